import {
  type AliasListEntry,
  type KeyListEntry,
  ListAliasesCommand,
  type ListAliasesCommandOutput,
  ListKeysCommand,
  type ListKeysCommandOutput,
} from '@aws-sdk/client-kms';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { useAwsClients } from '@/lib/aws/clients';

/** One customer managed key as the "KMS key ID" select shows it. */
export interface KeyOption {
  keyId: string;
  keyArn?: string;
  /** The key's aliases, sorted; the first is the label. */
  aliases: string[];
  label: string;
  /** Lower-case alias names, key ID and ARN, for filtering as the analyst types. */
  searchText: string;
}

export interface KeyListProgress {
  options: KeyOption[];
  done: boolean;
  /** ListKeys and ListAliases calls answered so far. */
  requests: number;
}

/** The one method of KMSClient this needs, so tests can hand in a fake pager. */
export interface KmsSender {
  send(command: ListKeysCommand, options?: SendOptions): Promise<ListKeysCommandOutput>;
  send(command: ListAliasesCommand, options?: SendOptions): Promise<ListAliasesCommandOutput>;
}

interface SendOptions {
  abortSignal?: AbortSignal;
}

// The largest pages KMS allows: the fewest round trips to the whole list.
const KEYS_PAGE = 1000;
const ALIASES_PAGE = 100;

/**
 * Every customer managed key of the account and Region, from ListKeys and ListAliases, all
 * pages. The first page of each is requested in parallel and options are reported as soon as
 * both have arrived, then after every later page; the two chains page independently.
 * AWS managed keys (aliases under `alias/aws/`) are left out. No call per key.
 */
export async function loadKeyOptions(
  kms: KmsSender,
  onProgress: (progress: KeyListProgress) => void = () => {},
  signal?: AbortSignal,
  /** Least time between two progress reports: rebuilding 10,000 options is not free. */
  reportEveryMs = 200,
): Promise<KeyOption[]> {
  const keys = new Map<string, KeyListEntry>();
  const aliasesByKey = new Map<string, string[]>();
  const awsManaged = new Set<string>();
  let requests = 0;
  let keysArrived = false;
  let aliasesArrived = false;
  let lastReport = -Infinity;

  // Nothing until the first page of both lists is in: a key's alias may be on either.
  const report = () => {
    if (signal?.aborted || !keysArrived || !aliasesArrived) return;
    const now = Date.now();
    if (now - lastReport < reportEveryMs) return;
    lastReport = now;
    onProgress({ options: buildOptions(keys, aliasesByKey, awsManaged), done: false, requests });
  };

  const addAliases = (entries: AliasListEntry[] = []) => {
    for (const alias of entries) {
      if (!alias.AliasName || !alias.TargetKeyId) continue;
      if (alias.AliasName.startsWith('alias/aws/')) {
        awsManaged.add(alias.TargetKeyId);
        continue;
      }
      const list = aliasesByKey.get(alias.TargetKeyId) ?? [];
      list.push(alias.AliasName);
      aliasesByKey.set(alias.TargetKeyId, list);
    }
  };

  const pageKeys = async () => {
    let marker: string | undefined;
    do {
      const page = await kms.send(new ListKeysCommand({ Limit: KEYS_PAGE, Marker: marker }), {
        abortSignal: signal,
      });
      requests++;
      for (const key of page.Keys ?? []) if (key.KeyId) keys.set(key.KeyId, key);
      marker = page.Truncated ? page.NextMarker : undefined;
      keysArrived = true;
      report();
    } while (marker && !signal?.aborted);
  };

  const pageAliases = async () => {
    let marker: string | undefined;
    do {
      const page = await kms.send(new ListAliasesCommand({ Limit: ALIASES_PAGE, Marker: marker }), {
        abortSignal: signal,
      });
      requests++;
      addAliases(page.Aliases);
      marker = page.Truncated ? page.NextMarker : undefined;
      aliasesArrived = true;
      report();
    } while (marker && !signal?.aborted);
  };

  await Promise.all([pageKeys(), pageAliases()]);
  const options = buildOptions(keys, aliasesByKey, awsManaged);
  if (!signal?.aborted) onProgress({ options, done: true, requests });
  return options;
}

function buildOptions(
  keys: Map<string, KeyListEntry>,
  aliasesByKey: Map<string, string[]>,
  awsManaged: Set<string>,
): KeyOption[] {
  const ids = new Set<string>([...keys.keys(), ...aliasesByKey.keys()]);
  const options: KeyOption[] = [];
  for (const keyId of ids) {
    if (awsManaged.has(keyId)) continue;
    const aliases = [...(aliasesByKey.get(keyId) ?? [])].sort();
    const keyArn = keys.get(keyId)?.KeyArn;
    options.push({
      keyId,
      keyArn,
      aliases,
      label: aliases[0] ?? keyId,
      searchText: [...aliases, keyId, keyArn ?? ''].join(' ').toLowerCase(),
    });
  }
  // Aliased keys by alias name, then keys without an alias by ID, as the KMS console lists them.
  return options.sort((a, b) => {
    const aliasedA = a.aliases.length > 0;
    const aliasedB = b.aliases.length > 0;
    if (aliasedA !== aliasedB) return aliasedA ? -1 : 1;
    return a.label < b.label ? -1 : a.label > b.label ? 1 : 0;
  });
}

/** Options whose alias names, key ID or ARN contain the typed text (case-insensitive). */
export function filterKeyOptions(options: readonly KeyOption[], text: string): KeyOption[] {
  const needle = text.trim().toLowerCase();
  if (!needle) return options as KeyOption[];
  return options.filter((option) => option.searchText.includes(needle));
}

export type KeyListStatus = 'loading' | 'finished' | 'error';

/**
 * The key list for the select: options as they arrive, loading until the last page, retry.
 * Nothing is asked until `wanted` is first true; after that the list is kept for the life of
 * the calling component, so hiding and showing the select costs no round trips.
 */
export function useKeyOptions(wanted = true) {
  const { kms } = useAwsClients();
  const [state, setState] = useState<{
    options: KeyOption[];
    status: KeyListStatus;
    error?: unknown;
  }>({ options: [], status: 'loading' });
  const [attempt, setAttempt] = useState(0);
  const [requested, setRequested] = useState(wanted);
  if (wanted && !requested) setRequested(true);

  useEffect(() => {
    if (!requested) return;
    const controller = new AbortController();
    // Stale pages of an earlier attempt are dropped by the aborted signal.
    loadKeyOptions(
      kms,
      (progress) =>
        setState({ options: progress.options, status: progress.done ? 'finished' : 'loading' }),
      controller.signal,
    ).catch((error: unknown) => {
      if (!controller.signal.aborted) setState((s) => ({ ...s, status: 'error', error }));
    });
    return () => controller.abort();
  }, [kms, attempt, requested]);

  const retry = useCallback(() => {
    setState({ options: [], status: 'loading' });
    setAttempt((n) => n + 1);
  }, []);

  return useMemo(() => ({ ...state, retry }), [state, retry]);
}

export type KeyOptionsState = ReturnType<typeof useKeyOptions>;
