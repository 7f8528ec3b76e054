import { type CreateJobFormValues, emptyFormValues, formValuesShape } from './form-schema';

export const DRAFT_KEY = 'transcribe-console.create-job-draft';

interface KeyValueStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

/** The draft kept as typed, or the empty form when there is none or it no longer fits the form. */
export function readDraft(storage: KeyValueStorage | undefined): CreateJobFormValues {
  try {
    const raw = storage?.getItem(DRAFT_KEY);
    if (!raw) return emptyFormValues;
    const parsed = formValuesShape.partial().safeParse(JSON.parse(raw));
    return parsed.success ? { ...emptyFormValues, ...parsed.data } : emptyFormValues;
  } catch {
    return emptyFormValues;
  }
}

export function writeDraft(
  storage: KeyValueStorage | undefined,
  values: CreateJobFormValues,
): void {
  try {
    storage?.setItem(DRAFT_KEY, JSON.stringify(values));
  } catch {
    // A full or blocked storage loses only the draft, never the form.
  }
}

export function clearDraft(storage: KeyValueStorage | undefined): void {
  try {
    storage?.removeItem(DRAFT_KEY);
  } catch {
    // Nothing to clear.
  }
}

/** Whether the form holds anything worth a "discard?" question. */
export function isDraftDirty(values: CreateJobFormValues): boolean {
  return JSON.stringify(values) !== JSON.stringify(emptyFormValues);
}
