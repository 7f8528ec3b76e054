import {
  KMSClient,
  ListAliasesCommand,
  ListKeysCommand,
  paginateListAliases,
  paginateListKeys,
} from '@aws-sdk/client-kms';
import { describe, expect, it } from 'vitest';
import { SEEDED_KEYS } from '../seed/ids';
import { clientConfig, startForTests } from './harness';

// 3000 generated keys with an alias each, and 250 extra aliases, beside the default world.
const local = startForTests({ seed: { generatedKeys: 3000, generatedExtraAliases: 250 } });
const kms = () => new KMSClient(clientConfig(local.url));

const SEEDED_KEY_COUNT = 8;
const SEEDED_ALIASES = 7;

interface SdkError {
  name: string;
  message: string;
}

async function errorOf(promise: Promise<unknown>): Promise<SdkError> {
  try {
    await promise;
  } catch (error) {
    return error as SdkError;
  }
  throw new Error('expected the call to fail');
}

describe('KMS ListKeys paging', () => {
  it('returns 100 keys by default with a marker to the next page', async () => {
    const first = await kms().send(new ListKeysCommand({}));
    expect(first.Keys).toHaveLength(100);
    expect(first.Truncated).toBe(true);
    expect(first.NextMarker).toEqual(expect.any(String));
    const second = await kms().send(new ListKeysCommand({ Marker: first.NextMarker }));
    expect(second.Keys).toHaveLength(100);
    const firstIds = new Set(first.Keys?.map((k) => k.KeyId));
    expect(second.Keys?.some((k) => firstIds.has(k.KeyId))).toBe(false);
  });

  it('walks every key exactly once with markers, at the 1000 maximum', async () => {
    const ids: string[] = [];
    let Marker: string | undefined;
    let pages = 0;
    do {
      const page = await kms().send(new ListKeysCommand({ Limit: 1000, Marker }));
      pages++;
      ids.push(...(page.Keys ?? []).map((k) => k.KeyId ?? ''));
      expect(page.Truncated).toBe(page.NextMarker !== undefined);
      Marker = page.NextMarker;
    } while (Marker);
    expect(pages).toBe(4);
    expect(ids).toHaveLength(3000 + SEEDED_KEY_COUNT);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toContain(SEEDED_KEYS.transcribeOutput);
  });

  it('works with the SDK paginator', async () => {
    let count = 0;
    for await (const page of paginateListKeys({ client: kms(), pageSize: 500 }, {}))
      count += page.Keys?.length ?? 0;
    expect(count).toBe(3000 + SEEDED_KEY_COUNT);
  });

  it('ends exactly on the last key without a marker', async () => {
    const last = await kms().send(
      new ListKeysCommand({ Limit: 8, Marker: await pageMarkerAt(3000) }),
    );
    expect(last.Keys).toHaveLength(8);
    expect(last.Truncated).toBe(false);
    expect(last.NextMarker).toBeUndefined();
  });

  it('refuses Limit outside 1–1000 and a marker it did not issue', async () => {
    const zero = await errorOf(kms().send(new ListKeysCommand({ Limit: 0 })));
    expect([zero.name, zero.message]).toEqual([
      'ValidationException',
      "1 validation error detected: Value '0' at 'limit' failed to satisfy constraint: Member must have value greater than or equal to 1",
    ]);
    const over = await errorOf(kms().send(new ListKeysCommand({ Limit: 1001 })));
    expect(over.message).toBe(
      "1 validation error detected: Value '1001' at 'limit' failed to satisfy constraint: Member must have value less than or equal to 1000",
    );
    const marker = await errorOf(kms().send(new ListKeysCommand({ Marker: 'garbage!' })));
    expect(marker.name).toBe('InvalidMarkerException');
    const aliasMarker = (await kms().send(new ListAliasesCommand({ Limit: 1 }))).NextMarker;
    const wrongKind = await errorOf(kms().send(new ListKeysCommand({ Marker: aliasMarker })));
    expect(wrongKind.name).toBe('InvalidMarkerException');
  });
});

/** The marker after the first `n` keys. */
async function pageMarkerAt(n: number): Promise<string | undefined> {
  let Marker: string | undefined;
  let seen = 0;
  while (seen < n) {
    const page = await kms().send(new ListKeysCommand({ Limit: Math.min(1000, n - seen), Marker }));
    seen += page.Keys?.length ?? 0;
    Marker = page.NextMarker;
  }
  return Marker;
}

describe('KMS ListAliases paging', () => {
  it('returns 50 aliases by default, sorted by name across pages', async () => {
    const first = await kms().send(new ListAliasesCommand({}));
    expect(first.Aliases).toHaveLength(50);
    expect(first.Truncated).toBe(true);
    const second = await kms().send(new ListAliasesCommand({ Marker: first.NextMarker }));
    const names = [...(first.Aliases ?? []), ...(second.Aliases ?? [])].map((a) => a.AliasName);
    expect(names).toEqual([...names].sort());
    expect(new Set(names).size).toBe(100);
  });

  it('walks every alias with the SDK paginator at the 100 maximum', async () => {
    const names: string[] = [];
    let pages = 0;
    for await (const page of paginateListAliases({ client: kms(), pageSize: 100 }, {})) {
      pages++;
      names.push(...(page.Aliases ?? []).map((a) => a.AliasName ?? ''));
    }
    expect(names).toHaveLength(3000 + 250 + SEEDED_ALIASES);
    expect(pages).toBe(Math.ceil(names.length / 100));
    expect(names).toContain('alias/generated-03000');
    expect(names).toContain('alias/generated-extra-00250');
    expect(names).toContain('alias/aws/s3');
  });

  it('refuses Limit outside 1–100', async () => {
    const over = await errorOf(kms().send(new ListAliasesCommand({ Limit: 101 })));
    expect([over.name, over.message]).toEqual([
      'ValidationException',
      "1 validation error detected: Value '101' at 'limit' failed to satisfy constraint: Member must have value less than or equal to 100",
    ]);
    const hundred = await kms().send(new ListAliasesCommand({ Limit: 100 }));
    expect(hundred.Aliases).toHaveLength(100);
  });

  it('pages the aliases of one key', async () => {
    // Generated key 1 has its own alias and every 3000th extra alias: extra 1.
    const keyId = (await kms().send(new ListAliasesCommand({ Limit: 100 }))).Aliases?.find(
      (a) => a.AliasName === 'alias/generated-00001',
    )?.TargetKeyId;
    const first = await kms().send(new ListAliasesCommand({ KeyId: keyId, Limit: 1 }));
    expect(first.Aliases?.map((a) => a.AliasName)).toEqual(['alias/generated-00001']);
    expect(first.Truncated).toBe(true);
    const second = await kms().send(
      new ListAliasesCommand({ KeyId: keyId, Limit: 1, Marker: first.NextMarker }),
    );
    expect(second.Aliases?.map((a) => a.AliasName)).toEqual(['alias/generated-extra-00001']);
    expect(second.Truncated).toBe(false);
  });
});
