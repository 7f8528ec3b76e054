import { describe, expect, it } from 'vitest';
import { childrenNamed, parseXml, XmlSyntaxError } from './xml-reader';

const refused = (text: string, limits?: Parameters<typeof parseXml>[1]) =>
  expect(() => parseXml(text, limits)).toThrow(XmlSyntaxError);

describe('parseXml', () => {
  it('reads elements, attributes, text, entities, CDATA, comments and the declaration', () => {
    const root = parseXml(
      `\uFEFF<?xml version="1.0" encoding="UTF-8"?>\n<!-- parts -->
<CompleteMultipartUpload xmlns="http://s3.amazonaws.com/doc/2006-03-01/">
  <Part><PartNumber>1</PartNumber><ETag>&quot;a&amp;b&#34;&#x41;</ETag></Part>
  <s3:Part a='x>y' b="&lt;"><ETag><![CDATA[<raw> & ]]></ETag></s3:Part>
  <Empty/>
</CompleteMultipartUpload>`,
    );
    expect(root.name).toBe('CompleteMultipartUpload');
    expect(root.attributes.xmlns).toBe('http://s3.amazonaws.com/doc/2006-03-01/');
    const parts = childrenNamed(root, 'Part');
    expect(parts).toHaveLength(2);
    expect(childrenNamed(parts[0]!, 'ETag')[0]!.text).toBe('"a&b"A');
    expect(parts[1]!.attributes).toEqual({ a: 'x>y', b: '<' });
    expect(parts[1]!.children[0]!.text).toBe('<raw> & ');
    expect(childrenNamed(root, 'Empty')[0]!.children).toEqual([]);
  });

  it.each([
    ['unclosed element', '<a><b></a>'],
    ['unclosed root', '<a>'],
    ['two roots', '<a/><b/>'],
    ['text outside the root', 'x<a/>'],
    ['no root', '<?xml version="1.0"?>'],
    ['bad entity', '<a>&bogus;</a>'],
    ['bare ampersand', '<a>&</a>'],
    ['surrogate character reference', '<a>&#xD800;</a>'],
    ['DOCTYPE (entity expansion, external entities)', '<!DOCTYPE a [<!ENTITY x "y">]><a>&x;</a>'],
    ['malformed attribute', '<a b=c/>'],
    ['repeated attribute', '<a b="1" b="2"/>'],
    ['unterminated comment', '<a><!-- </a>'],
    ['unterminated tag', '<a b="1'],
    ['bad name', '<1a/>'],
  ])('refuses %s', (_, text) => refused(text));

  it('refuses nesting and size beyond its limits', () => {
    const nested = (depth: number) => `${'<a>'.repeat(depth)}${'</a>'.repeat(depth)}`;
    expect(parseXml(nested(32)).name).toBe('a');
    refused(nested(33));
    refused('<a/>', { maxLength: 3, maxDepth: 32 });
  });

  it('refuses 800 KB of unclosed tags at once', () => {
    // Issue 10: a regular expression took 37 s over this CompleteMultipartUpload body.
    refused(`<CompleteMultipartUpload>${'<Part>'.repeat(133_000)}</CompleteMultipartUpload>`);
    refused(`<CompleteMultipartUpload>${'<Part'.repeat(160_000)}`);
    refused(`<a>${'<!--'.repeat(200_000)}`);
    refused(`<a>${'&amp'.repeat(200_000)}</a>`);
  });
});
