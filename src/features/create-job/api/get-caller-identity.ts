import { GetCallerIdentityCommand } from '@aws-sdk/client-sts';
import { useQuery } from '@tanstack/react-query';
import { useAwsClients } from '@/lib/aws/clients';

// Same key as the top bar's query, so the page reuses the answer the shell already has.
const callerIdentityQueryKey = ['sts', 'caller-identity'] as const;

/** The signed-in account's ID, to tell a key ARN of this account from one of another. */
export function useCurrentAccountId(): string | undefined {
  const { sts } = useAwsClients();
  const identity = useQuery({
    queryKey: callerIdentityQueryKey,
    queryFn: () => sts.send(new GetCallerIdentityCommand({})),
    staleTime: Infinity,
  });
  return identity.data?.Account;
}
