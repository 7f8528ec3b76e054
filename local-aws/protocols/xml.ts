// Writing XML for the query and REST-XML protocols (reading it: xml-reader.ts).

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
