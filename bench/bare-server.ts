// A bare node:http server that answers every request with one recorded response: the most
// one Node process on this machine can serve, the reference local-aws is measured against.
// Usage: node --import tsx bench/bare-server.ts RESPONSE.json (prints "listening on URL").
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';

export interface RecordedResponse {
  statusCode: number;
  headers: Record<string, string>;
  /** base64 */
  body: string;
}

const recorded = JSON.parse(readFileSync(process.argv[2]!, 'utf8')) as RecordedResponse;
const body = Buffer.from(recorded.body, 'base64');
const headers = { ...recorded.headers, 'content-length': String(body.length) };

const server = createServer((request, response) => {
  // The request is read to its end, as local-aws reads it, before the answer goes.
  request.resume();
  request.on('end', () => {
    response.writeHead(recorded.statusCode, headers);
    response.end(body);
  });
});
server.listen(0, '127.0.0.1', () => {
  const address = server.address();
  if (address && typeof address === 'object')
    console.log(`bare server listening on http://127.0.0.1:${address.port}`);
});
const stop = () => server.close(() => process.exit(0));
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
