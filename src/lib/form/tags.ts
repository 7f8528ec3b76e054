import { z } from 'zod';

/** Tags as the forms hold them; sent as [{ Key, Value }]. */
export const tagsShape = z.array(z.object({ key: z.string(), value: z.string() }));
export type TagPairs = z.infer<typeof tagsShape>;

export const MAX_TAGS = 50;

function tagProblem(tag: { key: string; value: string }): { key?: string; value?: string } {
  const problems: { key?: string; value?: string } = {};
  if (!tag.key) problems.key = 'Enter a tag key.';
  else if (tag.key.length > 128)
    problems.key = `A tag key can be at most 128 characters; it has ${tag.key.length}.`;
  else if (tag.key.toLowerCase().startsWith('aws:'))
    problems.key = 'Tag keys starting with "aws:" are reserved for AWS.';
  if (tag.value.length > 256)
    problems.value = `A tag value can be at most 256 characters; it has ${tag.value.length}.`;
  return problems;
}

/** Each problem of the tags, on the row and part to change. */
export function tagIssues(tags: TagPairs): { path: (string | number)[]; message: string }[] {
  const issues: { path: (string | number)[]; message: string }[] = [];
  if (tags.length > MAX_TAGS)
    issues.push({ path: ['tags'], message: `Up to ${MAX_TAGS} tags are allowed.` });
  const keys = new Set<string>();
  tags.forEach((tag, index) => {
    const problems = tagProblem(tag);
    if (problems.key) issues.push({ path: ['tags', index, 'key'], message: problems.key });
    else if (keys.has(tag.key))
      issues.push({
        path: ['tags', index, 'key'],
        message: `The tag key "${tag.key}" is already used.`,
      });
    keys.add(tag.key);
    if (problems.value) issues.push({ path: ['tags', index, 'value'], message: problems.value });
  });
  return issues;
}

/** The tags as the API takes them, or none. */
export const tagsOf = (tags: TagPairs) =>
  tags.length > 0 ? tags.map((tag) => ({ Key: tag.key, Value: tag.value })) : undefined;
