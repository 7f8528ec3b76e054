import { createHash } from 'node:crypto';
import { spawn } from 'node:child_process';
import { request as httpRequest } from 'node:http';
import { subscribe, unsubscribe } from 'node:diagnostics_channel';
import { connect, type Socket } from 'node:net';
import { resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { Sha256 } from '@aws-crypto/sha256-js';
import { HttpRequest } from '@smithy/protocol-http';
import { SignatureV4 } from '@smithy/signature-v4';
import { describe, expect, it } from 'vitest';
import { TRANSCRIPTS_BUCKET } from '../../seed/ids';
import { adminCredentials, region, startForTests } from '../harness';
import { HEALTH_BUDGET_MS, watched } from './corpus';
import { type Answer, readAnswer } from './requests';

const local = startForTests();

const MB = 1024 * 1024;
// One buffer for every upload: the client's memory stays flat, so growth is the server's.
const payload = Buffer.alloc(63 * MB, 0x61);

interface Upload {
  answer: Answer;
  /** Whether the server said `100 Continue`. */
  continued: boolean;
}

interface UploadSpec {
  method?: string;
  path?: string;
  headers: Record<string, string>;
  /** Bytes to send of the payload; undefined sends it all. */
  send?: number;
  /** Leave Content-Length out: the body goes chunked. */
  chunked?: boolean;
}

/**
 * Sends a large body as an attacker would and stops sending once the answer is in, as a
 * client that reads early answers does.
 */
function upload(url: string, spec: UploadSpec): Promise<Upload> {
  const endpoint = new URL(url);
  const length = spec.send ?? payload.length;
  return new Promise((resolveUpload, reject) => {
    let continued = false;
    let answer: Answer | undefined;
    const req = httpRequest({
      host: endpoint.hostname,
      port: endpoint.port,
      method: spec.method ?? 'POST',
      path: spec.path ?? '/',
      agent: false,
      headers: spec.chunked ? spec.headers : { 'content-length': String(length), ...spec.headers },
    });
    req.on('continue', () => (continued = true));
    req.on('response', (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => {
        answer = readAnswer(
          res.statusCode ?? 0,
          res.headers as Record<string, string>,
          Buffer.concat(chunks).toString('utf8'),
        );
        req.destroy();
        resolveUpload({ answer, continued });
      });
    });
    req.on('error', (error: NodeJS.ErrnoException) => {
      if (answer) return; // we cut our own upload short
      reject(error);
    });
    if (spec.headers.expect) return void req.flushHeaders();
    // A megabyte at a time as the connection takes it, until the answer is in.
    let offset = 0;
    const sendMore = () => {
      while (answer === undefined && offset < length && !req.destroyed) {
        const chunk = payload.subarray(offset, Math.min(offset + MB, length));
        offset += chunk.length;
        if (!req.write(chunk)) return void req.once('drain', sendMore);
      }
    };
    sendMore();
  });
}

/** The attacker in a process of its own (attacker.ts), waiting for `go`. */
async function attackerProcess(url: string, count: number, megabytes: number) {
  const child = spawn(
    process.execPath,
    [
      '--import',
      'tsx',
      resolve(import.meta.dirname, 'attacker.ts'),
      url,
      String(count),
      String(megabytes),
    ],
    { stdio: ['pipe', 'pipe', 'inherit'] },
  );
  const lines = createInterface({ input: child.stdout! })[Symbol.asyncIterator]();
  expect((await lines.next()).value).toBe('ready');
  const go = async () => {
    child.stdin!.write('go\n');
    return JSON.parse(String((await lines.next()).value)) as string[];
  };
  return { child, go };
}

/**
 * An upload as a client that writes without reading would send it, over a bare socket:
 * headers declaring 63 MB, 64 KB of body, then more as the server takes it. What came back,
 * whether the server ended the connection with a FIN, and any error (a reset).
 */
function rawRefusedUpload(url: string) {
  const endpoint = new URL(url);
  return new Promise<{ answer: string; fin: boolean; error?: string }>((done) => {
    let answer = '';
    let fin = false;
    let error: string | undefined;
    const socket = connect(Number(endpoint.port), endpoint.hostname, () => {
      socket.write(
        `POST / HTTP/1.1\r\nHost: ${endpoint.host}\r\nContent-Length: ${63 * MB}\r\n` +
          'Content-Type: application/x-amz-json-1.1\r\nX-Amz-Target: TrentService.ListKeys\r\n\r\n',
      );
      socket.write(payload.subarray(0, 64 * 1024));
    });
    socket.on('data', (chunk: Buffer) => (answer += chunk.toString('latin1')));
    socket.on('end', () => (fin = true));
    socket.on('error', (e: NodeJS.ErrnoException) => (error = e.code ?? e.message));
    socket.on('close', () => done({ answer, fin, error }));
  });
}

const unsignedKms = {
  'content-type': 'application/x-amz-json-1.1',
  'x-amz-target': 'TrentService.ListKeys',
};

/** Headers of a KMS call signed over a body of `length` bytes of the payload. */
async function signedKmsHeaders(url: string, length: number, chunked = false) {
  const endpoint = new URL(url);
  const signer = new SignatureV4({
    credentials: adminCredentials,
    region,
    service: 'kms',
    sha256: Sha256,
  });
  const signed = await signer.sign(
    new HttpRequest({
      method: 'POST',
      hostname: endpoint.hostname,
      port: Number(endpoint.port),
      path: '/',
      headers: {
        host: endpoint.host,
        ...unsignedKms,
        ...(chunked ? {} : { 'content-length': String(length) }),
      },
      body: payload.subarray(0, length),
    }),
  );
  return signed.headers;
}

const missingToken = { status: 400, code: 'MissingAuthenticationTokenException' };

describe('hostile input: bodies (issue 10, 7)', () => {
  it('refuses 24 concurrent unsigned 63 MB POSTs from their heads, reading little of them', async () => {
    // The emulator runs in this process: its connections are counted as it accepts them.
    const accepted: Socket[] = [];
    const onSocket = (message: unknown) => accepted.push((message as { socket: Socket }).socket);
    subscribe('net.server.socket', onSocket);
    const attacker = await attackerProcess(local.url, 24, 63);
    const exited = new Promise((done) => attacker.child.once('exit', done));
    try {
      const { result, worstHealthMs, rssGrowthBytes } = await watched(local.url, attacker.go);
      expect(result).toEqual(
        Array.from({ length: 24 }, () => '400 MissingAuthenticationTokenException'),
      );
      // Buffered, they were 1.5 GB; read at all, they would not have been answered first.
      expect(rssGrowthBytes).toBeLessThan(128 * MB);
      expect(worstHealthMs).toBeLessThan(HEALTH_BUDGET_MS);
      // Once the attacker is gone nothing more arrives: what each connection cost in reading
      // is a megabyte or so past the answer, not whatever the client managed to send (about
      // 4 MB each over loopback when a refused body was dumped as it came).
      await exited;
      const read = accepted.reduce((sum, socket) => sum + socket.bytesRead, 0);
      expect(read).toBeLessThan(24 * 2 * MB);
    } finally {
      unsubscribe('net.server.socket', onSocket);
      attacker.child.kill();
    }
  });

  it('answers a refused upload, then closes the connection without a reset', async () => {
    const { result, worstHealthMs } = await watched(local.url, () => rawRefusedUpload(local.url));
    expect(result.answer).toMatch(/^HTTP\/1\.1 400 Bad Request\r\n/);
    expect(result.answer).toMatch(/\r\nconnection: close\r\n/i);
    expect(result).toMatchObject({ fin: true, error: undefined });
    expect(worstHealthMs).toBeLessThan(HEALTH_BUDGET_MS);
  });

  it('never asks a refused client that expects 100-continue for its body', async () => {
    const { result } = await watched(local.url, () =>
      upload(local.url, { headers: { ...unsignedKms, expect: '100-continue' } }),
    );
    expect({ status: result.answer.status, code: result.answer.code }).toEqual(missingToken);
    expect(result.continued).toBe(false);
  });

  it('asks a signed client that expects 100-continue for its body', async () => {
    const body = '{}';
    const endpoint = new URL(local.url);
    const signer = new SignatureV4({
      credentials: adminCredentials,
      region,
      service: 'kms',
      sha256: Sha256,
    });
    const signed = await signer.sign(
      new HttpRequest({
        method: 'POST',
        hostname: endpoint.hostname,
        port: Number(endpoint.port),
        path: '/',
        headers: { host: endpoint.host, ...unsignedKms, expect: '100-continue' },
        body,
      }),
    );
    const result = await new Promise<{ continued: boolean; status: number }>((done, reject) => {
      let continued = false;
      const req = httpRequest({
        host: endpoint.hostname,
        port: endpoint.port,
        method: 'POST',
        path: '/',
        agent: false,
        headers: { ...signed.headers, 'content-length': String(body.length) },
      });
      req.on('continue', () => {
        continued = true;
        req.end(body);
      });
      req.on('response', (res) => {
        res.resume();
        res.on('end', () => done({ continued, status: res.statusCode ?? 0 }));
      });
      req.on('error', reject);
      req.flushHeaders();
    });
    expect(result).toEqual({ continued: true, status: 200 });
  });

  it('refuses a signed KMS body over its limit from Content-Length: 413', async () => {
    const length = 3 * MB;
    const headers = await signedKmsHeaders(local.url, length);
    const { result, worstHealthMs } = await watched(local.url, () =>
      upload(local.url, { headers, send: length }),
    );
    expect({ status: result.answer.status, code: result.answer.code }).toEqual({
      status: 413,
      code: 'RequestEntityTooLargeException',
    });
    expect(worstHealthMs).toBeLessThan(HEALTH_BUDGET_MS);
  });

  it('refuses a chunked KMS body once it passes the limit: 413', async () => {
    const length = 3 * MB;
    const headers = await signedKmsHeaders(local.url, length, true);
    const { result, worstHealthMs } = await watched(local.url, () =>
      upload(local.url, { headers, send: length, chunked: true }),
    );
    expect({ status: result.answer.status, code: result.answer.code }).toEqual({
      status: 413,
      code: 'RequestEntityTooLargeException',
    });
    expect(worstHealthMs).toBeLessThan(HEALTH_BUDGET_MS);
  });

  it('refuses S3 object data over 5 GiB: EntityTooLarge, before reading it', async () => {
    const endpoint = new URL(local.url);
    const declared = 5 * 1024 * MB + 1;
    const path = `/${TRANSCRIPTS_BUCKET}/hostile/too-large`;
    const signer = new SignatureV4({
      credentials: adminCredentials,
      region,
      service: 's3',
      sha256: Sha256,
      uriEscapePath: false,
    });
    const signed = await signer.sign(
      new HttpRequest({
        method: 'PUT',
        hostname: endpoint.hostname,
        port: Number(endpoint.port),
        path,
        headers: {
          host: endpoint.host,
          'content-length': String(declared),
          'x-amz-content-sha256': 'UNSIGNED-PAYLOAD',
        },
      }),
    );
    const { result, worstHealthMs } = await watched(local.url, () =>
      upload(local.url, { method: 'PUT', path, headers: signed.headers, send: MB }),
    );
    expect({ status: result.answer.status, code: result.answer.code }).toEqual({
      status: 400,
      code: 'EntityTooLarge',
    });
    expect(worstHealthMs).toBeLessThan(HEALTH_BUDGET_MS);
  });

  it('binds a declared S3 payload hash to the body it names', async () => {
    // Sanity for the interface streaming operations will use: a wrong declared hash is
    // still caught for a buffered body.
    const endpoint = new URL(local.url);
    const path = `/${TRANSCRIPTS_BUCKET}/hostile/hash`;
    const signer = new SignatureV4({
      credentials: adminCredentials,
      region,
      service: 's3',
      sha256: Sha256,
      uriEscapePath: false,
    });
    const signed = await signer.sign(
      new HttpRequest({
        method: 'PUT',
        hostname: endpoint.hostname,
        port: Number(endpoint.port),
        path,
        headers: {
          host: endpoint.host,
          'x-amz-content-sha256': createHash('sha256').update('one').digest('hex'),
        },
      }),
    );
    const { result } = await watched(local.url, () =>
      upload(local.url, { method: 'PUT', path, headers: signed.headers, send: 3 }),
    );
    expect(result.answer.code).toBe('XAmzContentSHA256Mismatch');
  });
});
