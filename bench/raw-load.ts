import { connect, type Socket } from 'node:net';
import type { HttpRequest } from '@smithy/protocol-http';

/** An HTTP/1.1 request as bytes, from the SDK's signed request, kept alive. */
export function requestBytes(request: HttpRequest): Buffer {
  const query = new URLSearchParams(
    Object.entries(request.query ?? {}).flatMap(([k, v]) =>
      Array.isArray(v) ? v.map((item) => [k, item]) : v == null ? [] : [[k, v]],
    ),
  ).toString();
  const body =
    request.body == null ? Buffer.alloc(0) : Buffer.from(request.body as string | Uint8Array);
  const headers: Record<string, string> = { ...request.headers };
  const names = new Set(Object.keys(headers).map((h) => h.toLowerCase()));
  if (!names.has('host'))
    headers.host = `${request.hostname}${request.port ? `:${request.port}` : ''}`;
  if (!names.has('content-length')) headers['content-length'] = String(body.length);
  headers.connection = 'keep-alive';
  const head = [
    `${request.method} ${request.path}${query ? `?${query}` : ''} HTTP/1.1`,
    ...Object.entries(headers).map(([k, v]) => `${k}: ${v}`),
    '',
    '',
  ].join('\r\n');
  return Buffer.concat([Buffer.from(head, 'latin1'), body]);
}

/** Sends `bytes` and resolves with the status code once the whole response has arrived. */
function exchange(socket: Socket, bytes: Buffer): Promise<number> {
  return new Promise((resolveStatus, reject) => {
    let buffered: Buffer = Buffer.alloc(0);
    const onData = (chunk: Buffer) => {
      buffered = buffered.length ? Buffer.concat([buffered, chunk]) : chunk;
      const headEnd = buffered.indexOf('\r\n\r\n');
      if (headEnd === -1) return;
      const head = buffered.subarray(0, headEnd).toString('latin1');
      const length = Number(/\r\ncontent-length:\s*(\d+)/i.exec(head)?.[1] ?? 0);
      if (buffered.length < headEnd + 4 + length) return;
      socket.off('data', onData);
      socket.off('error', reject);
      resolveStatus(Number(head.slice(9, 12)));
    };
    socket.on('data', onData);
    socket.once('error', reject);
    socket.write(bytes);
  });
}

/**
 * `total` copies of one request over `concurrency` kept-alive connections, each waiting for
 * its answer before sending again. The client does next to nothing (no signing, no parsing
 * beyond the length), so the server's own limit is what is measured.
 */
export async function rawLoad(url: string, bytes: Buffer, concurrency: number, total: number) {
  const { hostname, port } = new URL(url);
  const sockets = await Promise.all(
    Array.from(
      { length: concurrency },
      () =>
        new Promise<Socket>((resolveSocket, reject) => {
          const socket = connect(Number(port), hostname, () => resolveSocket(socket));
          socket.once('error', reject);
        }),
    ),
  );
  try {
    for (const socket of sockets) await exchange(socket, bytes); // warm up
    const latencies: number[] = [];
    const statuses = new Map<number, number>();
    let issued = 0;
    const started = performance.now();
    await Promise.all(
      sockets.map(async (socket) => {
        while (issued < total) {
          issued++;
          const t0 = performance.now();
          const status = await exchange(socket, bytes);
          latencies.push(performance.now() - t0);
          statuses.set(status, (statuses.get(status) ?? 0) + 1);
        }
      }),
    );
    return { rate: total / ((performance.now() - started) / 1000), latencies, statuses };
  } finally {
    for (const socket of sockets) socket.destroy();
  }
}
