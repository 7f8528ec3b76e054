import { describe, expect, it } from 'vitest';
import {
  clearAllDrafts,
  clearDraft,
  draftKey,
  type KeyValueStorage,
  readDraft,
  writeDraft,
} from './drafts';
import { memoryStorage } from '@/testing/memory-storage';

const at = (iso: string) => new Date(iso);

describe('drafts', () => {
  it('keeps a draft per form and per user', () => {
    const storage = memoryStorage();
    const analyst = { storage, form: 'create-job', owner: 'sub-analyst' };
    const other = { storage, form: 'create-job', owner: 'sub-other' };
    writeDraft(analyst, { name: 'mine' }, at('2030-01-02T03:04:05Z'));
    expect(readDraft(analyst)).toEqual({
      values: { name: 'mine' },
      savedAt: at('2030-01-02T03:04:05Z'),
    });
    expect(readDraft(other)).toBeUndefined();
    expect(readDraft({ ...analyst, form: 'create-vocabulary' })).toBeUndefined();
    clearDraft(other);
    expect(readDraft(analyst)?.values).toEqual({ name: 'mine' });
    clearDraft(analyst);
    expect(readDraft(analyst)).toBeUndefined();
  });

  it('keeps the time of the last change when the same values are written again', () => {
    const storage = memoryStorage();
    const scope = { storage, form: 'create-job', owner: 'u' };
    writeDraft(scope, { name: 'a' }, at('2030-01-01T00:00:00Z'));
    writeDraft(scope, { name: 'a' }, at('2030-01-01T00:05:00Z'));
    expect(readDraft(scope)?.savedAt).toEqual(at('2030-01-01T00:00:00Z'));
    writeDraft(scope, { name: 'ab' }, at('2030-01-01T00:06:00Z'));
    expect(readDraft(scope)?.savedAt).toEqual(at('2030-01-01T00:06:00Z'));
  });

  it('clears every draft of every user at sign-out, and nothing else', () => {
    const storage = memoryStorage();
    writeDraft({ storage, form: 'create-job', owner: 'a' }, { x: 1 });
    writeDraft({ storage, form: 'create-job', owner: 'b' }, { x: 2 });
    writeDraft({ storage, form: 'create-vocabulary', owner: 'a' }, { x: 3 });
    storage.setItem('something-else', 'kept');
    clearAllDrafts(storage);
    expect([...storage.map.keys()]).toEqual(['something-else']);
    clearAllDrafts(undefined);
  });

  it('reads a broken entry, or none, as no draft', () => {
    const storage = memoryStorage();
    const scope = { storage, form: 'f', owner: 'o' };
    for (const raw of ['{not json', '{}', '{"values":{}}', '{"savedAt":"yesterday","values":{}}']) {
      storage.setItem(draftKey(scope), raw);
      expect(readDraft(scope)).toBeUndefined();
    }
    expect(readDraft({ ...scope, storage: undefined })).toBeUndefined();
  });

  it('loses only the draft when the storage refuses', () => {
    const refusing: KeyValueStorage = {
      length: 1,
      key: () => {
        throw new Error('SecurityError');
      },
      getItem: () => {
        throw new Error('SecurityError');
      },
      setItem: () => {
        throw new Error('QuotaExceededError');
      },
      removeItem: () => {
        throw new Error('SecurityError');
      },
    };
    const scope = { storage: refusing, form: 'f', owner: 'o' };
    expect(() => writeDraft(scope, { a: 1 })).not.toThrow();
    expect(readDraft(scope)).toBeUndefined();
    expect(() => clearDraft(scope)).not.toThrow();
    expect(() => clearAllDrafts(refusing)).not.toThrow();
  });

  it('keeps owners apart whatever characters their IDs hold', () => {
    expect(draftKey({ form: 'create-job', owner: 'a.b' })).not.toBe(
      draftKey({ form: 'create-job.a', owner: 'b' }),
    );
  });
});
