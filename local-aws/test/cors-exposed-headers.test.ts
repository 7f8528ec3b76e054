import { describe, expect, it } from 'vitest';
import { EXPOSED_HEADERS } from '../../common/web-security';
import { startForTests } from './harness';

const local = startForTests();

// The deployed buckets expose the same list (deploy/): what the console reads here, it can
// read there.
describe("local-aws's CORS answers", () => {
  it('expose the shared header list, on errors too', async () => {
    const response = await fetch(`${local.url}/_local/health`, {
      headers: { origin: 'http://127.0.0.1:5173' },
    });
    const refused = await fetch(local.url, {
      method: 'POST',
      headers: { origin: 'http://127.0.0.1:5173' },
    });
    for (const answer of [response, refused])
      expect(answer.headers.get('access-control-expose-headers')?.split(', ')).toEqual([
        ...EXPOSED_HEADERS,
      ]);
  });
});
