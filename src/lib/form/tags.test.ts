import { describe, expect, it } from 'vitest';
import { tagIssues, tagsOf } from './tags';

describe('tags', () => {
  it('puts each problem on its row and part', () => {
    expect(
      tagIssues([
        { key: '', value: '' },
        { key: 'aws:team', value: '' },
        { key: 'team', value: 'v'.repeat(257) },
        { key: 'team', value: '' },
      ]),
    ).toEqual([
      { path: ['tags', 0, 'key'], message: 'Enter a tag key.' },
      { path: ['tags', 1, 'key'], message: 'Tag keys starting with "aws:" are reserved for AWS.' },
      {
        path: ['tags', 2, 'value'],
        message: 'A tag value can be at most 256 characters; it has 257.',
      },
      { path: ['tags', 3, 'key'], message: 'The tag key "team" is already used.' },
    ]);
    expect(tagIssues(Array.from({ length: 51 }, (_, i) => ({ key: `k${i}`, value: '' })))).toEqual([
      { path: ['tags'], message: 'Up to 50 tags are allowed.' },
    ]);
  });

  it('sends tags as the API takes them, or none', () => {
    expect(tagsOf([])).toBeUndefined();
    expect(tagsOf([{ key: 'team', value: 'a' }])).toEqual([{ Key: 'team', Value: 'a' }]);
  });
});
