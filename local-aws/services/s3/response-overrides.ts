import { invalidArgument } from './errors';

/** Response header overrides a signed GET may ask for (`?response-content-type=…`). */
const OVERRIDES: Record<string, string> = {
  'response-content-type': 'content-type',
  'response-content-language': 'content-language',
  'response-expires': 'expires',
  'response-cache-control': 'cache-control',
  'response-content-disposition': 'content-disposition',
  'response-content-encoding': 'content-encoding',
};

/**
 * The headers a GET's `response-*` parameters set, each a value HTTP can carry: outside
 * ISO-8859-1, or with a control character (CR and LF would start a header of the client's
 * choosing), is S3's InvalidArgument naming the parameter.
 */
export function responseOverrides(query: Record<string, string>): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const [param, header] of Object.entries(OVERRIDES)) {
    const value = query[param];
    if (value === undefined) continue;
    if (/[^\t\x20-\x7e\xa0-\xff]/.test(value))
      throw invalidArgument(
        [...value].some((c) => c.charCodeAt(0) > 0xff)
          ? 'Header value cannot be represented using ISO-8859-1.'
          : 'Header value cannot contain control characters.',
        param,
        value,
      );
    headers[header] = value;
  }
  return headers;
}
