import { describe, expect, it } from 'vitest';
import { draftKey } from '@/lib/drafts';
import { memoryStorage } from '@/testing/memory-storage';
import {
  discardCreateJobDraft,
  isDraftDirty,
  keepCreateJobDraft,
  readCreateJobDraft,
  UNOWNED_DRAFT_KEY,
} from './draft-storage';
import { emptyFormValues } from './form-schema';

const ANALYST = '0a1b2c3d-analyst';
const NEXT_USER = '9f8e7d6c-next-user';
const keyOf = (owner: string) => draftKey({ form: 'create-job', owner });

describe('create-job drafts', () => {
  it('round-trips the form as typed, with the time of the last change', () => {
    const storage = memoryStorage();
    const values = {
      ...emptyFormValues,
      name: 'half typed/',
      encryption: true,
      kmsKeySource: 'other' as const,
      kmsKeyArn: 'arn:aws:kms:',
      encryptionContext: [{ key: 'a', value: '' }],
    };
    const savedAt = new Date('2030-05-06T07:08:09Z');
    keepCreateJobDraft(ANALYST, values, storage, savedAt);
    expect(readCreateJobDraft(ANALYST, storage)).toEqual({ values, savedAt });
    discardCreateJobDraft(ANALYST, storage);
    expect(storage.map.size).toBe(0);
    expect(readCreateJobDraft(ANALYST, storage)).toBeUndefined();
  });

  it("never gives one user another user's draft", () => {
    const storage = memoryStorage();
    keepCreateJobDraft(ANALYST, { ...emptyFormValues, name: 'analysts-job' }, storage);
    expect(readCreateJobDraft(NEXT_USER, storage)).toBeUndefined();
    keepCreateJobDraft(NEXT_USER, { ...emptyFormValues, name: 'next-job' }, storage);
    expect(readCreateJobDraft(ANALYST, storage)?.values.name).toBe('analysts-job');
    expect(readCreateJobDraft(NEXT_USER, storage)?.values.name).toBe('next-job');
  });

  it('drops a draft from before drafts had an owner, unread', () => {
    const storage = memoryStorage();
    storage.setItem(UNOWNED_DRAFT_KEY, JSON.stringify({ ...emptyFormValues, name: 'whose' }));
    expect(readCreateJobDraft(NEXT_USER, storage)).toBeUndefined();
    expect(storage.map.has(UNOWNED_DRAFT_KEY)).toBe(false);
  });

  it('an untouched form leaves no draft behind', () => {
    const storage = memoryStorage();
    keepCreateJobDraft(ANALYST, { ...emptyFormValues, name: 'x' }, storage);
    keepCreateJobDraft(ANALYST, emptyFormValues, storage);
    expect(storage.map.size).toBe(0);
  });

  it('falls back to no draft for a broken or foreign one', () => {
    const storage = memoryStorage();
    const stored = (values: unknown) =>
      storage.setItem(
        keyOf(ANALYST),
        JSON.stringify({ savedAt: '2030-01-01T00:00:00.000Z', values }),
      );
    storage.setItem(keyOf(ANALYST), '{not json');
    expect(readCreateJobDraft(ANALYST, storage)).toBeUndefined();
    stored({ name: 42 });
    expect(readCreateJobDraft(ANALYST, storage)).toBeUndefined();
    stored(emptyFormValues);
    expect(readCreateJobDraft(ANALYST, storage)).toBeUndefined();
    stored({ name: 'kept' });
    expect(readCreateJobDraft(ANALYST, storage)?.values).toEqual({
      ...emptyFormValues,
      name: 'kept',
    });
    expect(readCreateJobDraft(ANALYST, undefined)).toBeUndefined();
  });

  it('knows a touched form from an empty one', () => {
    expect(isDraftDirty(emptyFormValues)).toBe(false);
    expect(isDraftDirty({ ...emptyFormValues, name: 'x' })).toBe(true);
  });
});
