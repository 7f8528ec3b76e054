import { describe, expect, it } from 'vitest';
import { encodeS3Url, entryName, listPage } from './listing';

const objects = ['a/1', 'a/2', 'b', 'c/x/1', 'c/y', 'd'];
const names = (page: ReturnType<typeof listPage>) => page.entries.map(entryName);

describe('S3 listing walk', () => {
  it('groups keys at the delimiter after the prefix, counting a group once', () => {
    const page = listPage(objects, { prefix: '', delimiter: '/', maxKeys: 1000 });
    expect(names(page)).toEqual(['a/', 'b', 'c/', 'd']);
    expect(page.truncated).toBe(false);
    expect(names(listPage(objects, { prefix: 'c/', delimiter: '/', maxKeys: 1000 }))).toEqual([
      'c/x/',
      'c/y',
    ]);
  });

  it('truncates at maxKeys and resumes after a common prefix without repeating it', () => {
    const first = listPage(objects, { prefix: '', delimiter: '/', maxKeys: 1 });
    expect(names(first)).toEqual(['a/']);
    expect(first.truncated).toBe(true);
    const second = listPage(objects, { prefix: '', delimiter: '/', maxKeys: 2, after: 'a/' });
    expect(names(second)).toEqual(['b', 'c/']);
    const third = listPage(objects, { prefix: '', delimiter: '/', maxKeys: 2, after: 'c/' });
    expect(names(third)).toEqual(['d']);
    expect(third.truncated).toBe(false);
  });

  it('is not truncated when the page ends exactly at the last key', () => {
    const page = listPage(objects, { prefix: '', delimiter: '', maxKeys: 6 });
    expect(page.entries).toHaveLength(6);
    expect(page.truncated).toBe(false);
  });

  it('url-encodes as S3 does', () => {
    expect(encodeS3Url("a b/c+d(1)!*'é")).toBe('a+b/c%2Bd%281%29%21%2A%27%C3%A9');
  });
});
