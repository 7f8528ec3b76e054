/*
 * The IAM role Transcribe assumes (DataAccessRoleArn), checked against the API's pattern,
 * `^arn:(aws|aws-cn|aws-us-gov|aws-iso-{0,1}[a-z]{0,1}):iam::[0-9]{0,63}:role/[A-Za-z0-9:_/+=,@.-]{0,1024}$`,
 * 20–2048 characters, with one message per kind of mistake.
 */

const PARTITION = /^aws(-cn|-us-gov|-iso-?[a-z]?)?$/;
const ROLE_NAME_CHAR = /^[A-Za-z0-9:_/+=,@.-]$/;
const EXAMPLE = 'arn:aws:iam::111122223333:role/TranscribeDataAccess';

export function roleArnProblem(input: string): string | undefined {
  const value = input.trim();
  if (!value) return `Enter the ARN of the IAM role that Transcribe uses, such as ${EXAMPLE}.`;
  if (value !== input) return 'Remove the spaces around the role ARN.';
  if (!value.startsWith('arn:')) return `This is not an ARN. A role ARN looks like ${EXAMPLE}.`;
  const [, partition = '', service = '', region, account = '', ...rest] = value.split(':');
  const resource = rest.join(':');
  if (!PARTITION.test(partition))
    return `"${partition}" is not an AWS partition: use aws, aws-cn or aws-us-gov, as in ${EXAMPLE}.`;
  if (service !== 'iam')
    return `This is an ARN of ${service ? `the ${service} service` : 'no service'}, not an IAM role. A role ARN looks like ${EXAMPLE}.`;
  if (region) return `IAM ARNs have no Region: remove "${region}", as in ${EXAMPLE}.`;
  if (!/^\d{0,63}$/.test(account))
    return `"${account}" is not an AWS account ID: use only digits, as in ${EXAMPLE}.`;
  if (!resource.startsWith('role/'))
    return `This ARN names ${resource.split('/')[0] || 'nothing'}${resource.includes('/') ? ` (${resource})` : ''}, not a role. Transcribe assumes a role: arn:aws:iam::ACCOUNT:role/NAME.`;
  const name = resource.slice('role/'.length);
  const bad = [...name].find((ch) => !ROLE_NAME_CHAR.test(ch));
  if (bad !== undefined)
    return `A role name can use only letters, digits and + = , . @ _ - / :. It has "${bad}".`;
  if (name.length > 1024)
    return `The role name can be at most 1024 characters; it has ${name.length}.`;
  if (value.length < 20) return 'The role ARN is too short: it needs at least 20 characters.';
  if (value.length > 2048)
    return `The role ARN can be at most 2048 characters; it has ${value.length}.`;
  return undefined;
}
