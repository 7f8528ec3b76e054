import {
  clearDraft,
  type KeyValueStorage,
  readDraft,
  sessionDraftStorage,
  writeDraft,
} from '@/lib/drafts';
import { type CreateJobFormValues, emptyFormValues, formValuesShape } from './form-schema';

/** Where drafts lived before they had an owner; nobody can tell whose such a draft is. */
export const UNOWNED_DRAFT_KEY = 'transcribe-console.create-job-draft';

const FORM = 'create-job';

export interface CreateJobDraft {
  values: CreateJobFormValues;
  savedAt: Date;
}

const scope = (owner: string, storage: KeyValueStorage | undefined) => ({
  storage,
  form: FORM,
  owner,
});

/** The user's draft as typed, or none when there is none or it no longer fits the form. */
export function readCreateJobDraft(
  owner: string,
  storage: KeyValueStorage | undefined = sessionDraftStorage(),
): CreateJobDraft | undefined {
  try {
    storage?.removeItem(UNOWNED_DRAFT_KEY);
  } catch {
    // A blocked storage holds no draft either.
  }
  const stored = readDraft(scope(owner, storage));
  if (!stored) return undefined;
  const parsed = formValuesShape.partial().safeParse(stored.values);
  if (!parsed.success) return undefined;
  const values = { ...emptyFormValues, ...parsed.data };
  return isDraftDirty(values) ? { values, savedAt: stored.savedAt } : undefined;
}

/** Keeps the form as the user's draft; an untouched form leaves no draft behind. */
export function keepCreateJobDraft(
  owner: string,
  values: CreateJobFormValues,
  storage: KeyValueStorage | undefined = sessionDraftStorage(),
  now?: Date,
): void {
  if (isDraftDirty(values)) writeDraft(scope(owner, storage), values, now);
  else clearDraft(scope(owner, storage));
}

export function discardCreateJobDraft(
  owner: string,
  storage: KeyValueStorage | undefined = sessionDraftStorage(),
): void {
  clearDraft(scope(owner, storage));
}

/** Whether the form holds anything worth a "discard?" question. */
export function isDraftDirty(values: CreateJobFormValues): boolean {
  return JSON.stringify(values) !== JSON.stringify(emptyFormValues);
}
