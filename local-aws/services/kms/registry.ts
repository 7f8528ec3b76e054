import { randomUUID } from 'node:crypto';
import type { Store } from '../../core/store';
import type { World } from '../../core/types';
import { aliasArn, keyArn } from './identifiers';
import { ALIASES_TABLE, KEYS_TABLE, type StoredAlias, type StoredKey } from './model';
import { sortedInsert, sortedRemove } from './paging';

/**
 * Keys and aliases in the store, plus an in-memory index per account and Region (key IDs and
 * alias names in sorted order, aliases by target) so that a page of ListKeys / ListAliases
 * costs O(log n + page) even with tens of thousands of keys.
 *
 * The index is derived state. It is tied to a generation token kept in the store: a reset
 * clears the store (and the token), so the next use rebuilds the index from the tables.
 * Every KMS write goes through this module, which keeps the index in step.
 */
const META_TABLE = 'kms-meta';
const GENERATION = 'index-generation';

interface AccountIndex {
  keyIds: string[];
  aliasNames: string[];
  aliasesByKeyId: Map<string, Set<string>>;
}

interface KmsIndex {
  generation: string;
  accounts: Map<string, AccountIndex>;
}

const indexes = new WeakMap<Store, KmsIndex>();

const scope = (accountId: string, region: string) => `${accountId}/${region}`;

function accountIndex(index: KmsIndex, accountId: string, region: string): AccountIndex {
  const name = scope(accountId, region);
  let entry = index.accounts.get(name);
  if (!entry) {
    entry = { keyIds: [], aliasNames: [], aliasesByKeyId: new Map() };
    index.accounts.set(name, entry);
  }
  return entry;
}

function addAliasToIndex(index: KmsIndex, alias: StoredAlias): void {
  const entry = accountIndex(index, alias.accountId, alias.region);
  sortedInsert(entry.aliasNames, alias.aliasName);
  let names = entry.aliasesByKeyId.get(alias.targetKeyId);
  if (!names) {
    names = new Set();
    entry.aliasesByKeyId.set(alias.targetKeyId, names);
  }
  names.add(alias.aliasName);
}

function removeAliasFromIndex(index: KmsIndex, alias: StoredAlias): void {
  const entry = accountIndex(index, alias.accountId, alias.region);
  entry.aliasesByKeyId.get(alias.targetKeyId)?.delete(alias.aliasName);
  sortedRemove(entry.aliasNames, alias.aliasName);
}

function indexFor(store: Store): KmsIndex {
  const generation = store.get<string>(META_TABLE, GENERATION);
  const cached = indexes.get(store);
  if (cached && generation !== undefined && cached.generation === generation) return cached;
  const fresh: KmsIndex = { generation: generation ?? randomUUID(), accounts: new Map() };
  if (generation === undefined) store.put(META_TABLE, GENERATION, fresh.generation);
  for (const key of store.list<StoredKey>(KEYS_TABLE))
    sortedInsert(accountIndex(fresh, key.accountId, key.region).keyIds, key.keyId);
  for (const alias of store.list<StoredAlias>(ALIASES_TABLE)) addAliasToIndex(fresh, alias);
  indexes.set(store, fresh);
  return fresh;
}

export function getKey(world: World, arn: string): StoredKey | undefined {
  return world.store.get<StoredKey>(KEYS_TABLE, arn);
}

export function getKeyById(
  world: World,
  accountId: string,
  region: string,
  keyId: string,
): StoredKey | undefined {
  return getKey(world, keyArn(region, accountId, keyId));
}

export function getAlias(
  world: World,
  accountId: string,
  region: string,
  aliasName: string,
): StoredAlias | undefined {
  return world.store.get<StoredAlias>(ALIASES_TABLE, aliasArn(region, accountId, aliasName));
}

/** Saves a key (new or changed). */
export function putKey(world: World, key: StoredKey): void {
  const index = indexFor(world.store);
  const isNew = !world.store.has(KEYS_TABLE, key.arn);
  world.store.put(KEYS_TABLE, key.arn, key);
  if (isNew) sortedInsert(accountIndex(index, key.accountId, key.region).keyIds, key.keyId);
}

/** Saves an alias (new, or pointed at another key). */
export function putAlias(world: World, alias: StoredAlias): void {
  const index = indexFor(world.store);
  const previous = world.store.get<StoredAlias>(ALIASES_TABLE, alias.aliasArn);
  if (previous) removeAliasFromIndex(index, previous);
  world.store.put(ALIASES_TABLE, alias.aliasArn, alias);
  addAliasToIndex(index, alias);
}

/** Removes an alias (its key is untouched). */
export function removeAlias(world: World, alias: StoredAlias): void {
  removeAliasFromIndex(indexFor(world.store), alias);
  world.store.delete(ALIASES_TABLE, alias.aliasArn);
}

/** Key IDs of one account and Region, in listing order. Read-only view. */
export function keyIdsOf(world: World, accountId: string, region: string): readonly string[] {
  return accountIndex(indexFor(world.store), accountId, region).keyIds;
}

/** Alias names of one account and Region, in listing order. Read-only view. */
export function aliasNamesOf(world: World, accountId: string, region: string): readonly string[] {
  return accountIndex(indexFor(world.store), accountId, region).aliasNames;
}

/** Alias names that point at one key, sorted. */
export function aliasNamesOfKey(
  world: World,
  accountId: string,
  region: string,
  keyId: string,
): string[] {
  const names = accountIndex(indexFor(world.store), accountId, region).aliasesByKeyId.get(keyId);
  return [...(names ?? [])].sort();
}
