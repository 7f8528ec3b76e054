import type { HttpResponse } from '../../core/http';
export const S3_XMLNS = 'http://s3.amazonaws.com/doc/2006-03-01/';

/** An S3 response document with its XML declaration and namespace. */
export function document(root: string, inner: string): string {
  return `<?xml version="1.0" encoding="UTF-8"?>\n<${root} xmlns="${S3_XMLNS}">${inner}</${root}>`;
}

export const xmlResponse = (body: string, status = 200): HttpResponse => ({
  status,
  headers: {
    'content-type': 'application/xml',
    'content-length': String(Buffer.byteLength(body)),
  },
  body,
});
