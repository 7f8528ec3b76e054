import { GetCallerIdentityCommand, type GetCallerIdentityCommandOutput } from '@aws-sdk/client-sts';
import { useQuery } from '@tanstack/react-query';
import { type AwsClients, useAwsClients } from '@/lib/aws/clients';

export const callerIdentityQueryKey = ['sts', 'caller-identity'] as const;

export async function getCallerIdentity(
  clients: Pick<AwsClients, 'sts'>,
): Promise<GetCallerIdentityCommandOutput> {
  return clients.sts.send(new GetCallerIdentityCommand({}));
}

/** The AWS account and role the session's credentials act as; it does not change in a session. */
export function useCallerIdentity() {
  const clients = useAwsClients();
  return useQuery({
    queryKey: callerIdentityQueryKey,
    queryFn: () => getCallerIdentity(clients),
    staleTime: Infinity,
  });
}
