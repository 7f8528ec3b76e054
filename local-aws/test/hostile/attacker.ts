import { request as httpRequest } from 'node:http';
import { createInterface } from 'node:readline';

// An attacker in its own process, so that the emulator's process measures its own work only:
// `node --import tsx attacker.ts URL COUNT MEGABYTES` prints `ready`, and on a line `go`
// sends COUNT concurrent unsigned POSTs declaring MEGABYTES each, a megabyte at a time as
// the connection takes it, stopping each when its answer is in; then prints the answers as
// JSON (status and error code, or the connection error) and exits.

const [url = '', count = '1', megabytes = '1'] = process.argv.slice(2);
const MB = 1024 * 1024;
const payload = Buffer.alloc(Number(megabytes) * MB, 0x61);
const endpoint = new URL(url);

function upload(): Promise<string> {
  return new Promise((done) => {
    let answered = false;
    const req = httpRequest({
      host: endpoint.hostname,
      port: endpoint.port,
      method: 'POST',
      path: '/',
      agent: false,
      headers: {
        'content-length': String(payload.length),
        'content-type': 'application/x-amz-json-1.1',
        'x-amz-target': 'TrentService.ListKeys',
      },
    });
    req.on('response', (res) => {
      let text = '';
      res.on('data', (chunk: Buffer) => (text += chunk.toString()));
      res.on('end', () => {
        answered = true;
        req.destroy();
        done(`${res.statusCode} ${/"__type":"(\w+)"/.exec(text)?.[1] ?? ''}`);
      });
    });
    req.on('error', (error: NodeJS.ErrnoException) => {
      if (!answered) done(error.code ?? error.message);
    });
    let offset = 0;
    const sendMore = () => {
      while (!answered && offset < payload.length && !req.destroyed) {
        const chunk = payload.subarray(offset, offset + MB);
        offset += chunk.length;
        if (!req.write(chunk)) return void req.once('drain', sendMore);
      }
    };
    sendMore();
  });
}

const lines = createInterface({ input: process.stdin });
console.log('ready');
for await (const line of lines) {
  if (line !== 'go') continue;
  const answers = await Promise.all(Array.from({ length: Number(count) }, upload));
  console.log(JSON.stringify(answers));
  process.exit(0);
}
