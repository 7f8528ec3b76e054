import {
  GetCallerIdentityCommand,
  type GetCallerIdentityCommandOutput,
  type STSClient,
} from '@aws-sdk/client-sts';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { useAwsClients } from './clients';

export async function getCallerIdentity(
  sts: Pick<STSClient, 'send'>,
): Promise<GetCallerIdentityCommandOutput> {
  return sts.send(new GetCallerIdentityCommand({}));
}

/** The AWS account and role the session's credentials act as; it does not change in a session. */
export const getCallerIdentityQueryOptions = (sts: Pick<STSClient, 'send'>) =>
  queryOptions({
    queryKey: ['sts', 'caller-identity'],
    queryFn: () => getCallerIdentity(sts),
    staleTime: Infinity,
  });

export function useCallerIdentity() {
  const { sts } = useAwsClients();
  return useQuery(getCallerIdentityQueryOptions(sts));
}

/** The signed-in account's ID, to tell a key ARN of this account from one of another. */
export function useCurrentAccountId(): string | undefined {
  return useCallerIdentity().data?.Account;
}
