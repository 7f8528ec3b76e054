import { describe, expect, it } from 'vitest';
import { MemoryStore } from '../../core/store';
import { LocalWorld } from '../../core/world';
import { CURRENT_ACCOUNT } from '../../seed/ids';
import { aliasArn } from './identifiers';
import { pageAfter } from './paging';
import { aliasNamesOf, aliasNamesOfKey, keyIdsOf, putAlias } from './registry';
import { generatedKeyId, seedKms } from './seed';

/** A store that counts full-table reads, to show paging never scans the tables. */
class CountingStore extends MemoryStore {
  fullReads = 0;
  override list<T>(table: string): T[] {
    this.fullReads++;
    return super.list<T>(table);
  }
  override ids(table: string): string[] {
    this.fullReads++;
    return super.ids(table);
  }
}

const worldOn = (store: MemoryStore) =>
  new LocalWorld(store, {
    region: 'us-east-1',
    jobDelays: { queuedMs: 0, inProgressMs: 0 },
    publicUrl: 'http://127.0.0.1:0',
    rootDir: process.cwd(),
  });

describe('KMS registry index', () => {
  it('pages 10,000 keys without reading whole tables', () => {
    const store = new CountingStore();
    const world = worldOn(store);
    seedKms(world, { generatedKeys: 10_000, generatedExtraAliases: 0 });
    const readsAfterSeed = store.fullReads;
    let after: string | undefined;
    let seen = 0;
    do {
      const page = pageAfter(keyIdsOf(world, CURRENT_ACCOUNT, 'us-east-1'), after, 100);
      seen += page.items.length;
      after = page.truncated ? page.items.at(-1) : undefined;
    } while (after);
    expect(seen).toBe(10_008);
    expect(store.fullReads).toBe(readsAfterSeed);
  });

  it('moves an alias between keys in the index when it is re-pointed', () => {
    const world = worldOn(new MemoryStore());
    seedKms(world, { generatedKeys: 2, generatedExtraAliases: 0 });
    const name = 'alias/generated-00001';
    putAlias(world, {
      aliasName: name,
      aliasArn: aliasArn('us-east-1', CURRENT_ACCOUNT, name),
      accountId: CURRENT_ACCOUNT,
      region: 'us-east-1',
      targetKeyId: generatedKeyId(2),
      creationDate: 0,
      lastUpdatedDate: 0,
    });
    expect(aliasNamesOfKey(world, CURRENT_ACCOUNT, 'us-east-1', generatedKeyId(1))).toEqual([]);
    expect(aliasNamesOfKey(world, CURRENT_ACCOUNT, 'us-east-1', generatedKeyId(2))).toEqual([
      'alias/generated-00001',
      'alias/generated-00002',
    ]);
    expect(
      aliasNamesOf(world, CURRENT_ACCOUNT, 'us-east-1').filter((n) => n === name),
    ).toHaveLength(1);
  });
});
