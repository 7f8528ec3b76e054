/**
 * Form drafts kept in the tab's sessionStorage, each under its form and its user: a draft
 * survives a reload and a session that ended (its user signs in again and finds it), and no
 * other user of the tab ever reads it. Signing out clears every draft (`clearAllDrafts`).
 */

/** The part of the Web Storage API drafts use; tests pass their own. */
export interface KeyValueStorage {
  readonly length: number;
  key(index: number): string | null;
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

/** Whose draft of which form. `owner` is the user pool's `sub`, stable across sign-ins. */
export interface DraftScope {
  storage: KeyValueStorage | undefined;
  form: string;
  owner: string;
}

export interface StoredDraft {
  /** As stored: the form's own reader checks it still fits the form. */
  values: unknown;
  /** When it was last changed. */
  savedAt: Date;
}

const PREFIX = 'transcribe-console.draft.';

/** The tab's sessionStorage, or none where there is no such thing (tests, a blocked storage). */
export function sessionDraftStorage(): KeyValueStorage | undefined {
  try {
    return typeof sessionStorage === 'undefined' ? undefined : sessionStorage;
  } catch {
    return undefined;
  }
}

export function draftKey({ form, owner }: Pick<DraftScope, 'form' | 'owner'>): string {
  return `${PREFIX}${encodeURIComponent(form)}/${encodeURIComponent(owner)}`;
}

export function readDraft(scope: DraftScope): StoredDraft | undefined {
  try {
    const raw = scope.storage?.getItem(draftKey(scope));
    if (!raw) return undefined;
    const parsed = JSON.parse(raw) as { values?: unknown; savedAt?: unknown };
    const savedAt = new Date(typeof parsed.savedAt === 'string' ? parsed.savedAt : NaN);
    if (parsed.values === undefined || Number.isNaN(savedAt.getTime())) return undefined;
    return { values: parsed.values, savedAt };
  } catch {
    return undefined;
  }
}

/**
 * Stores the values as the user's draft. Values equal to the stored ones keep their time, so
 * that reopening a draft does not make it look newer than the last change.
 */
export function writeDraft(scope: DraftScope, values: unknown, now: Date = new Date()): void {
  try {
    const json = JSON.stringify(values);
    const stored = readDraft(scope);
    if (stored && JSON.stringify(stored.values) === json) return;
    scope.storage?.setItem(
      draftKey(scope),
      `{"savedAt":${JSON.stringify(now.toISOString())},"values":${json}}`,
    );
  } catch {
    // A full or blocked storage loses only the draft, never the form.
  }
}

export function clearDraft(scope: DraftScope): void {
  try {
    scope.storage?.removeItem(draftKey(scope));
  } catch {
    // Nothing to clear.
  }
}

/** At sign-out: every draft of every user and form in this tab goes. */
export function clearAllDrafts(storage: KeyValueStorage | undefined): void {
  try {
    if (!storage) return;
    const keys: string[] = [];
    for (let i = 0; i < storage.length; i++) {
      const key = storage.key(i);
      if (key?.startsWith(PREFIX)) keys.push(key);
    }
    for (const key of keys) storage.removeItem(key);
  } catch {
    // Nothing to clear.
  }
}
