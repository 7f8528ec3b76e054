import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FileStore } from '../../core/file-store';
import { MemoryStore, type Store } from '../../core/store';
import { LocalWorld } from '../../core/world';
import { CURRENT_ACCOUNT, OTHER_ACCOUNT, SEEDED_KEYS } from '../../seed/ids';
import { ALIASES_TABLE, KEYS_TABLE } from './model';
import { aliasNamesOf, keyIdsOf } from './registry';
import { generatedKeyId, seedKms } from './seed';

const worldOn = (store: Store) =>
  new LocalWorld(store, {
    region: 'us-east-1',
    jobDelays: { queuedMs: 0, inProgressMs: 0 },
    publicUrl: 'http://127.0.0.1:0',
    rootDir: process.cwd(),
  });

const big = { generatedKeys: 10_000, generatedExtraAliases: 10_000 };

describe('seedKms', () => {
  it('seeds the spec tables: 8 + 2 keys and 7 + 2 aliases', () => {
    const world = worldOn(new MemoryStore());
    seedKms(world, { generatedKeys: 0, generatedExtraAliases: 0 });
    expect(world.store.count(KEYS_TABLE)).toBe(10);
    expect(world.store.count(ALIASES_TABLE)).toBe(9);
    expect(keyIdsOf(world, OTHER_ACCOUNT, 'us-east-1')).toEqual([
      SEEDED_KEYS.sharedWithAnalytics,
      SEEDED_KEYS.private,
    ]);
  });

  // How long it takes is the bench's to report (npm run bench: key-list and store at scale).
  it('seeds 10,000 keys and 10,000 extra aliases, durably', () => {
    const dir = mkdtempSync(join(tmpdir(), 'kms-seed-'));
    try {
      const store = new FileStore(dir);
      const world = worldOn(store);
      store.batch(() => seedKms(world, big));
      expect(keyIdsOf(world, CURRENT_ACCOUNT, 'us-east-1')).toHaveLength(10_008);
      expect(aliasNamesOf(world, CURRENT_ACCOUNT, 'us-east-1')).toHaveLength(20_007);
      store.close();
      // A restart rebuilds the listing index from the stored tables.
      const reopened = worldOn(new FileStore(dir));
      expect(keyIdsOf(reopened, CURRENT_ACCOUNT, 'us-east-1')).toHaveLength(10_008);
      expect(
        reopened.store.get(
          KEYS_TABLE,
          `arn:aws:kms:us-east-1:${CURRENT_ACCOUNT}:key/${generatedKeyId(10_000)}`,
        ),
      ).toBeDefined();
      reopened.store.close();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('rebuilds the index after the store is cleared and seeded again (reset)', () => {
    const world = worldOn(new MemoryStore());
    seedKms(world, { generatedKeys: 5, generatedExtraAliases: 0 });
    expect(keyIdsOf(world, CURRENT_ACCOUNT, 'us-east-1')).toHaveLength(13);
    world.store.clear();
    seedKms(world, { generatedKeys: 0, generatedExtraAliases: 0 });
    expect(keyIdsOf(world, CURRENT_ACCOUNT, 'us-east-1')).toHaveLength(8);
  });
});
