import { ListAliasesCommand, type KMSClient } from '@aws-sdk/client-kms';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { useAwsClients } from '@/lib/aws/clients';

/** The aliases of one key of the caller's account (ListAliases with KeyId), sorted. */
export async function listKeyAliases(
  kms: Pick<KMSClient, 'send'>,
  keyArn: string,
  signal?: AbortSignal,
): Promise<string[]> {
  const names: string[] = [];
  let marker: string | undefined;
  do {
    const page = await kms.send(new ListAliasesCommand({ KeyId: keyArn, Marker: marker }), {
      abortSignal: signal,
    });
    for (const alias of page.Aliases ?? []) if (alias.AliasName) names.push(alias.AliasName);
    marker = page.Truncated ? page.NextMarker : undefined;
  } while (marker);
  return names.sort();
}

export const getKeyAliasesQueryOptions = (kms: Pick<KMSClient, 'send'>, keyArn: string) =>
  queryOptions({
    queryKey: ['kms', 'key-aliases', keyArn],
    queryFn: ({ signal }) => listKeyAliases(kms, keyArn, signal),
    // Aliases seldom change; a name beside an ARN is a help, not a fact to keep fresh.
    staleTime: 5 * 60_000,
    retry: false,
  });

/** The key's aliases, asked only for a key of the caller's account (`undefined`: none asked). */
export function useKeyAliases(keyArn: string | undefined) {
  const { kms } = useAwsClients();
  return useQuery({
    ...getKeyAliasesQueryOptions(kms, keyArn ?? ''),
    enabled: Boolean(keyArn),
  });
}
