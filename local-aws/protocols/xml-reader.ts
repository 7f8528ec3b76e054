// Reading the XML bodies REST-XML requests carry (S3's CompleteMultipartUpload and the like).
// One pass over the text, never looking back: each `indexOf` starts where the last one
// stopped, so a body of unclosed tags costs its length, not its length squared. No DTDs or
// external entities (a body that declares one is refused), and limits on size and depth.

/** An element: its name as written (with any prefix), attributes, child elements and text. */
export interface XmlElement {
  name: string;
  attributes: Record<string, string>;
  children: XmlElement[];
  /** The element's own character data (entities decoded), without its children's. */
  text: string;
}

/** A body that is not well-formed XML, or exceeds a limit: the service's MalformedXML. */
export class XmlSyntaxError extends Error {}

export interface XmlLimits {
  /** Characters of text; requests are bounded before this, so it is a second fence. */
  maxLength: number;
  /** Nesting of elements. */
  maxDepth: number;
}

export const DEFAULT_XML_LIMITS: XmlLimits = { maxLength: 4 * 1024 * 1024, maxDepth: 32 };

const NAME = /^[A-Za-z_][\w.:-]*$/;
const ATTRIBUTE = /\s+([A-Za-z_][\w.:-]*)\s*=\s*(?:"([^"<]*)"|'([^'<]*)')/y;
const TRAILING_SPACE = /\s*$/y;

const PREDEFINED: Record<string, string> = { lt: '<', gt: '>', amp: '&', apos: "'", quot: '"' };

function decodeEntities(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(/&([^;&\s]{0,10});|&/g, (whole, entity: string | undefined) => {
    if (entity === undefined) throw new XmlSyntaxError('a bare & in text');
    const predefined = PREDEFINED[entity];
    if (predefined !== undefined) return predefined;
    const numeric = /^#(?:x([0-9a-fA-F]{1,6})|([0-9]{1,7}))$/.exec(entity);
    const code = numeric && parseInt(numeric[1] ?? numeric[2]!, numeric[1] ? 16 : 10);
    if (!code || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff))
      throw new XmlSyntaxError(`unknown entity ${whole}`);
    return String.fromCodePoint(code);
  });
}

function parseAttributes(source: string): Record<string, string> {
  const attributes: Record<string, string> = Object.create(null) as Record<string, string>;
  let at = 0;
  for (;;) {
    TRAILING_SPACE.lastIndex = at;
    if (TRAILING_SPACE.test(source)) return attributes;
    ATTRIBUTE.lastIndex = at;
    const m = ATTRIBUTE.exec(source);
    if (!m) throw new XmlSyntaxError('malformed attribute');
    if (m[1]! in attributes) throw new XmlSyntaxError(`attribute ${m[1]} repeated`);
    attributes[m[1]!] = decodeEntities(m[2] ?? m[3] ?? '');
    at = ATTRIBUTE.lastIndex;
  }
}

/** The `>` that ends a tag opened before `from`, skipping quoted attribute values. */
function tagEnd(text: string, from: number): number {
  for (let i = from; i < text.length; i++) {
    const ch = text[i];
    if (ch === '>') return i;
    if (ch === '"' || ch === "'") {
      i = text.indexOf(ch, i + 1);
      if (i < 0) break;
    }
  }
  throw new XmlSyntaxError('unterminated tag');
}

/** Parses a whole document into its root element. Throws XmlSyntaxError. */
export function parseXml(text: string, limits: XmlLimits = DEFAULT_XML_LIMITS): XmlElement {
  if (text.length > limits.maxLength) throw new XmlSyntaxError('document too large');
  const stack: XmlElement[] = [];
  const texts: string[][] = [];
  let root: XmlElement | undefined;
  let at = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const expectEnd = (marker: string, from: number) => {
    const end = text.indexOf(marker, from);
    if (end < 0) throw new XmlSyntaxError(`unterminated ${marker}`);
    return end;
  };
  while (at < text.length) {
    const open = text.indexOf('<', at);
    const chunk = text.slice(at, open < 0 ? text.length : open);
    if (stack.length > 0) texts[texts.length - 1]!.push(decodeEntities(chunk));
    else if (/\S/.test(chunk)) throw new XmlSyntaxError('text outside the root element');
    if (open < 0) break;
    if (text.startsWith('<?', open)) {
      at = expectEnd('?>', open + 2) + 2;
    } else if (text.startsWith('<!--', open)) {
      at = expectEnd('-->', open + 4) + 3;
    } else if (text.startsWith('<![CDATA[', open)) {
      if (stack.length === 0) throw new XmlSyntaxError('CDATA outside the root element');
      const end = expectEnd(']]>', open + 9);
      texts[texts.length - 1]!.push(text.slice(open + 9, end));
      at = end + 3;
    } else if (text.startsWith('<!', open)) {
      // DOCTYPE and entity declarations: what XML bombs and external entities are made of.
      throw new XmlSyntaxError('document type declarations are not allowed');
    } else if (text.startsWith('</', open)) {
      const end = expectEnd('>', open + 2);
      const name = text.slice(open + 2, end).trim();
      const element = stack.pop();
      if (!element || element.name !== name)
        throw new XmlSyntaxError(`</${name}> does not close the open element`);
      element.text = texts.pop()!.join('');
      at = end + 1;
    } else {
      const end = tagEnd(text, open + 1);
      const selfClosing = text[end - 1] === '/';
      const inner = text.slice(open + 1, selfClosing ? end - 1 : end);
      const space = inner.search(/\s/);
      const name = space < 0 ? inner : inner.slice(0, space);
      if (!NAME.test(name)) throw new XmlSyntaxError('malformed element name');
      const element: XmlElement = {
        name,
        attributes: parseAttributes(space < 0 ? '' : inner.slice(space)),
        children: [],
        text: '',
      };
      const parent = stack[stack.length - 1];
      if (parent) parent.children.push(element);
      else if (root) throw new XmlSyntaxError('more than one root element');
      else root = element;
      if (!selfClosing) {
        if (stack.length >= limits.maxDepth) throw new XmlSyntaxError('elements nested too deep');
        stack.push(element);
        texts.push([]);
      }
      at = end + 1;
    }
  }
  if (stack.length > 0)
    throw new XmlSyntaxError(`<${stack[stack.length - 1]!.name}> is not closed`);
  if (!root) throw new XmlSyntaxError('no root element');
  return root;
}

/** The child elements of `element` named `name` (its local name, without a prefix). */
export const childrenNamed = (element: XmlElement, name: string): XmlElement[] =>
  element.children.filter((child) => child.name === name || child.name.endsWith(`:${name}`));
