import { createHmac, timingSafeEqual } from 'node:crypto';

// NextToken for Transcribe's lists. Tokens are opaque to callers; the MAC only tells a token
// we issued from one we did not. A token is good for the same list and query only.

const TOKEN_KEY = 'local-aws transcribe list token';

export interface TokenBody {
  /** The creation sequence of the last item returned: the next page starts below it. */
  after: number;
  /** The list and filters the token was issued for. */
  query: string;
}

const mac = (payload: string) =>
  createHmac('sha256', TOKEN_KEY).update(payload).digest('base64url').slice(0, 22);

export function encodeNextToken(body: TokenBody): string {
  const payload = Buffer.from(JSON.stringify(body)).toString('base64url');
  return `${payload}.${mac(payload)}`;
}

/** The token's body if we issued it for `query`, else undefined. */
export function decodeNextToken(token: string, query: string): TokenBody | undefined {
  const [payload, signature, extra] = token.split('.');
  if (!payload || !signature || extra !== undefined) return undefined;
  const expected = Buffer.from(mac(payload));
  const given = Buffer.from(signature);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return undefined;
  try {
    const body = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as TokenBody;
    return typeof body.after === 'number' && body.query === query ? body : undefined;
  } catch {
    return undefined;
  }
}

/**
 * One page of a list ordered newest first by `seq`, with the NextToken for the rest. Throws
 * `invalid` for a token that is not ours or was issued for another query.
 */
export function pageOf<T extends { seq: number }>(
  items: readonly T[],
  query: string,
  nextToken: string | undefined,
  maxResults: number,
  invalid: () => Error,
): { page: T[]; nextToken?: string } {
  let after = Number.POSITIVE_INFINITY;
  if (nextToken !== undefined) {
    const token = decodeNextToken(nextToken, query);
    if (!token) throw invalid();
    after = token.after;
  }
  const matching = items.filter((item) => item.seq < after);
  const page = matching.slice(0, maxResults);
  const last = page[page.length - 1];
  return {
    page,
    nextToken:
      matching.length > maxResults && last
        ? encodeNextToken({ after: last.seq, query })
        : undefined,
  };
}
