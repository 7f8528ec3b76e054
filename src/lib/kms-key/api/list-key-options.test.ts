import type {
  ListAliasesCommand,
  AliasListEntry,
  KeyListEntry,
  ListAliasesCommandOutput,
  ListKeysCommandOutput,
} from '@aws-sdk/client-kms';
import { ListKeysCommand } from '@aws-sdk/client-kms';
import { describe, expect, it } from 'vitest';
import {
  filterKeyOptions,
  type KeyListProgress,
  type KmsSender,
  loadKeyOptions,
} from './list-key-options';

const account = '111122223333';
const arn = (id: string) => `arn:aws:kms:us-east-1:${account}:key/${id}`;

/** A KMS that pages like the real one (Limit, Marker, Truncated) and records each call. */
function fakeKms(
  keys: KeyListEntry[],
  aliases: AliasListEntry[],
  fail?: (call: number) => boolean,
) {
  const calls: { operation: string; marker?: string; limit?: number }[] = [];
  let inFlight = 0;
  let maxInFlight = 0;
  const page = <T>(items: T[], limit: number, marker?: string) => {
    const start = marker ? Number(marker) : 0;
    const end = start + limit;
    return {
      items: items.slice(start, end),
      Truncated: end < items.length,
      NextMarker: end < items.length ? String(end) : undefined,
    };
  };
  async function send(command: ListKeysCommand): Promise<ListKeysCommandOutput>;
  async function send(command: ListAliasesCommand): Promise<ListAliasesCommandOutput>;
  async function send(
    command: ListKeysCommand | ListAliasesCommand,
  ): Promise<ListKeysCommandOutput | ListAliasesCommandOutput> {
    const { Limit, Marker } = command.input;
    calls.push({ operation: command.constructor.name, marker: Marker, limit: Limit });
    const call = calls.length;
    inFlight++;
    maxInFlight = Math.max(maxInFlight, inFlight);
    // Let the other chain's request start before this one answers.
    await new Promise((resolve) => setImmediate(resolve));
    inFlight--;
    if (fail?.(call))
      throw Object.assign(new Error('Rate exceeded'), { name: 'ThrottlingException' });
    if (command instanceof ListKeysCommand) {
      const p = page(keys, Limit ?? 100, Marker);
      return { Keys: p.items, Truncated: p.Truncated, NextMarker: p.NextMarker, $metadata: {} };
    }
    const p = page(aliases, Limit ?? 50, Marker);
    return { Aliases: p.items, Truncated: p.Truncated, NextMarker: p.NextMarker, $metadata: {} };
  }
  const kms: KmsSender = { send };
  return { kms, calls, maxInFlight: () => maxInFlight };
}

const keyId = (n: number) => `${n.toString(16).padStart(8, '0')}-0000-4000-8000-${account}`;

function world(count: number) {
  const keys = Array.from({ length: count }, (_, i) => ({
    KeyId: keyId(i),
    KeyArn: arn(keyId(i)),
  }));
  const aliases: AliasListEntry[] = keys.map((k, i) => ({
    AliasName: `alias/generated-${String(i).padStart(5, '0')}`,
    TargetKeyId: k.KeyId,
  }));
  return { keys, aliases };
}

describe('loadKeyOptions', () => {
  it('labels by alias, else key ID, and leaves out AWS managed keys', async () => {
    const keys = ['a', 'b', 'c', 'd'].map((c) => ({ KeyId: `${c}-id`, KeyArn: arn(`${c}-id`) }));
    const aliases: AliasListEntry[] = [
      { AliasName: 'alias/zeta', TargetKeyId: 'a-id' },
      { AliasName: 'alias/alpha', TargetKeyId: 'a-id' },
      { AliasName: 'alias/aws/s3', TargetKeyId: 'd-id' },
      { AliasName: 'alias/beta', TargetKeyId: 'b-id' },
      { AliasName: 'alias/unassociated' },
    ];
    const { kms } = fakeKms(keys, aliases);
    const options = await loadKeyOptions(kms);
    expect(options.map((o) => [o.label, o.keyId, o.aliases])).toEqual([
      ['alias/alpha', 'a-id', ['alias/alpha', 'alias/zeta']],
      ['alias/beta', 'b-id', ['alias/beta']],
      ['c-id', 'c-id', []],
    ]);
    expect(options[0]?.keyArn).toBe(arn('a-id'));
  });

  it('asks for both first pages at once and shows options after them', async () => {
    const { keys, aliases } = world(2500);
    const { kms, calls, maxInFlight } = fakeKms(keys, aliases);
    const progress: KeyListProgress[] = [];
    const options = await loadKeyOptions(kms, (p) => progress.push(p), undefined, 0);
    expect(
      calls
        .slice(0, 2)
        .map((c) => c.operation)
        .sort(),
    ).toEqual(['ListAliasesCommand', 'ListKeysCommand']);
    expect(maxInFlight()).toBe(2);
    expect(progress[0]).toMatchObject({ done: false, requests: 2 });
    expect(progress[0]?.options.length).toBeGreaterThan(0);
    expect(progress.at(-1)).toMatchObject({ done: true, requests: 3 + 25 });
    expect(options).toHaveLength(2500);
  });

  it('makes the fewest round trips the page sizes allow: 10 + 100 for 10,000 keys and aliases', async () => {
    const { keys, aliases } = world(10_000);
    const { kms, calls } = fakeKms(keys, aliases);
    const options = await loadKeyOptions(kms);
    expect(calls.filter((c) => c.operation === 'ListKeysCommand')).toHaveLength(10);
    expect(calls.filter((c) => c.operation === 'ListAliasesCommand')).toHaveLength(100);
    expect(calls.every((c) => c.limit === (c.operation === 'ListKeysCommand' ? 1000 : 100))).toBe(
      true,
    );
    expect(options).toHaveLength(10_000);
    expect(new Set(options.map((o) => o.keyId)).size).toBe(10_000);
  });

  it('fails as a whole when a page fails, so the select can offer Retry', async () => {
    const { keys, aliases } = world(300);
    const { kms } = fakeKms(keys, aliases, (call) => call === 4);
    await expect(loadKeyOptions(kms)).rejects.toThrow('Rate exceeded');
  });

  it('reports nothing after it is aborted', async () => {
    const { keys, aliases } = world(300);
    const { kms } = fakeKms(keys, aliases);
    const controller = new AbortController();
    const progress: KeyListProgress[] = [];
    const loading = loadKeyOptions(
      kms,
      (p) => {
        progress.push(p);
        controller.abort();
      },
      controller.signal,
      0,
    );
    await loading.catch(() => undefined);
    expect(progress).toHaveLength(1);
  });

  it('asks for no further page once it is aborted (the page was left)', async () => {
    const { keys, aliases } = world(3000);
    const { kms, calls } = fakeKms(keys, aliases);
    const controller = new AbortController();
    let callsAtAbort = 0;
    const loading = loadKeyOptions(
      kms,
      () => {
        if (controller.signal.aborted) return;
        callsAtAbort = calls.length;
        controller.abort();
      },
      controller.signal,
      0,
    );
    await loading.catch(() => undefined);
    expect(callsAtAbort).toBeGreaterThan(0);
    expect(calls).toHaveLength(callsAtAbort);
  });
});

describe('filterKeyOptions', () => {
  it('matches alias, key ID and ARN, ignoring case', async () => {
    const { keys, aliases } = world(50);
    const options = await loadKeyOptions(fakeKms(keys, aliases).kms);
    expect(filterKeyOptions(options, 'GENERATED-0001').map((o) => o.label)).toEqual(
      Array.from({ length: 10 }, (_, i) => `alias/generated-0001${i}`),
    );
    expect(filterKeyOptions(options, keyId(7))).toHaveLength(1);
    expect(filterKeyOptions(options, `key/${keyId(7)}`.toUpperCase())).toHaveLength(1);
    expect(filterKeyOptions(options, '  ')).toHaveLength(50);
    expect(filterKeyOptions(options, 'nothing-like-this')).toEqual([]);
  });
});
