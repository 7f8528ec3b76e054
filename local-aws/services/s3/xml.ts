export const S3_XMLNS = 'http://s3.amazonaws.com/doc/2006-03-01/';

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

/** An S3 response document with its XML declaration and namespace. */
export function document(root: string, inner: string): string {
  return `<?xml version="1.0" encoding="UTF-8"?>\n<${root} xmlns="${S3_XMLNS}">${inner}</${root}>`;
}
