import { describe, expect, it } from 'vitest';
import { clearDraft, DRAFT_KEY, isDraftDirty, readDraft, writeDraft } from './draft-storage';
import { emptyFormValues } from './form-schema';

function memoryStorage() {
  const map = new Map<string, string>();
  return {
    map,
    getItem: (k: string) => map.get(k) ?? null,
    setItem: (k: string, v: string) => void map.set(k, v),
    removeItem: (k: string) => void map.delete(k),
  };
}

describe('drafts', () => {
  it('round-trips the form as typed', () => {
    const storage = memoryStorage();
    const values = {
      ...emptyFormValues,
      name: 'half typed/',
      encryption: true,
      kmsKeySource: 'other' as const,
      kmsKeyArn: 'arn:aws:kms:',
      encryptionContext: [{ key: 'a', value: '' }],
    };
    writeDraft(storage, values);
    expect(readDraft(storage)).toEqual(values);
    clearDraft(storage);
    expect(storage.map.has(DRAFT_KEY)).toBe(false);
    expect(readDraft(storage)).toEqual(emptyFormValues);
  });

  it('falls back to the empty form for a broken or foreign draft', () => {
    const storage = memoryStorage();
    storage.setItem(DRAFT_KEY, '{not json');
    expect(readDraft(storage)).toEqual(emptyFormValues);
    storage.setItem(DRAFT_KEY, JSON.stringify({ name: 42 }));
    expect(readDraft(storage)).toEqual(emptyFormValues);
    storage.setItem(DRAFT_KEY, JSON.stringify({ name: 'kept' }));
    expect(readDraft(storage)).toEqual({ ...emptyFormValues, name: 'kept' });
    expect(readDraft(undefined)).toEqual(emptyFormValues);
  });

  it('knows a touched form from an empty one', () => {
    expect(isDraftDirty(emptyFormValues)).toBe(false);
    expect(isDraftDirty({ ...emptyFormValues, name: 'x' })).toBe(true);
  });
});
