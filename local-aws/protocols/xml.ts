// Writing XML for the query and REST-XML protocols.

export const escapeXml = (text: string) =>
  text.replace(
    /[<>&'"\r]/g,
    (ch) =>
      ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', "'": '&apos;', '"': '&quot;', '\r': '&#13;' })[
        ch
      ]!,
  );

/** `<name>text</name>`, or nothing for an absent value. */
export function element(name: string, value: string | number | boolean | undefined): string {
  if (value === undefined) return '';
  return `<${name}>${escapeXml(String(value))}</${name}>`;
}

/** Text of an XML element or attribute value, the predefined and numeric entities decoded. */
export const unescapeXml = (text: string) =>
  text
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&#(\d+);/g, (_, code: string) => String.fromCharCode(Number(code)))
    .replace(/&amp;/g, '&');
