import { createHash } from 'node:crypto';
import { request as httpRequest } from 'node:http';
import { Sha256 } from '@aws-crypto/sha256-js';
import { HttpRequest } from '@smithy/protocol-http';
import { SignatureV4 } from '@smithy/signature-v4';
import { adminCredentials, type Credentials, region } from '../harness';

// Requests an SDK would never send, signed or not, and AWS's answer to them read back.

/** An answer as a client sees it: status, error code and message (JSON or XML), headers. */
export interface Answer {
  status: number;
  code: string;
  message: string;
  text: string;
  headers: Record<string, string>;
}

const xmlText = (text: string) =>
  text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');

export function readAnswer(status: number, headers: Record<string, string>, text: string): Answer {
  let code = xmlText(/<Code>([^<]*)<\/Code>/.exec(text)?.[1] ?? '');
  let message = xmlText(/<Message>([^<]*)<\/Message>/.exec(text)?.[1] ?? '');
  if (!code && text.startsWith('{')) {
    try {
      const json = JSON.parse(text) as Record<string, string | undefined>;
      code = json.__type ?? '';
      message = json.message ?? json.Message ?? json.error ?? '';
    } catch {
      // not JSON after all: leave code and message empty
    }
  }
  return { status, code, message, text, headers };
}

export async function answerOf(response: Response): Promise<Answer> {
  return readAnswer(
    response.status,
    Object.fromEntries(response.headers.entries()),
    await response.text(),
  );
}

export interface RawSpec {
  method?: string;
  path?: string;
  /** The query string exactly as sent, without `?`. */
  rawQuery?: string;
  headers?: Record<string, string>;
  body?: string | Buffer;
}

/** A request exactly as given (node:http, no client rewriting), its answer read whole. */
export function rawRequest(url: string, spec: RawSpec): Promise<Answer> {
  const endpoint = new URL(url);
  return new Promise((resolveAnswer, reject) => {
    const req = httpRequest(
      {
        host: endpoint.hostname,
        port: endpoint.port,
        method: spec.method ?? 'GET',
        path: `${spec.path ?? '/'}${spec.rawQuery ? `?${spec.rawQuery}` : ''}`,
        headers: spec.headers,
        agent: false,
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () =>
          resolveAnswer(
            readAnswer(
              res.statusCode ?? 0,
              res.headers as Record<string, string>,
              Buffer.concat(chunks).toString('utf8'),
            ),
          ),
        );
      },
    );
    req.on('error', reject);
    req.end(spec.body);
  });
}

export interface SignSpec {
  service: string;
  method?: string;
  path?: string;
  query?: Record<string, string>;
  headers?: Record<string, string>;
  body?: string;
  credentials?: Credentials;
  /** The Region of the credential scope. */
  signingRegion?: string;
  /** The service of the credential scope (default: `service`). */
  signingService?: string;
  /** Headers left out of the signature (`host`, to leave it unsigned). */
  unsigned?: string[];
  signingDate?: Date;
  /** A body sent in place of the one signed (tampering). */
  sendBody?: string;
}

function unsignedRequest(url: string, spec: SignSpec): HttpRequest {
  const endpoint = new URL(url);
  return new HttpRequest({
    method: spec.method ?? 'POST',
    protocol: endpoint.protocol,
    hostname: endpoint.hostname,
    port: Number(endpoint.port),
    path: spec.path ?? '/',
    query: spec.query ?? {},
    headers: { host: endpoint.host, ...spec.headers },
    body: spec.body,
  });
}

const signerFor = (spec: SignSpec) =>
  new SignatureV4({
    credentials: spec.credentials ?? adminCredentials,
    region: spec.signingRegion ?? region,
    service: spec.signingService ?? spec.service,
    sha256: Sha256,
    uriEscapePath: spec.service !== 's3',
  });

/** The query string of a signed or presigned request, as the signer encoded it. */
export const queryString = (query: Record<string, string | string[] | null>) =>
  Object.entries(query)
    .map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(String(v))}`)
    .join('&');

/** Signs a request with the SDK's signer as told (right or subtly wrong), then sends it. */
export async function signedRequest(url: string, spec: SignSpec): Promise<Answer> {
  const request = unsignedRequest(url, spec);
  if (spec.service === 's3' && request.headers['x-amz-content-sha256'] === undefined)
    request.headers['x-amz-content-sha256'] = createHash('sha256')
      .update(spec.body ?? '')
      .digest('hex');
  const signed = await signerFor(spec).sign(request, {
    signingDate: spec.signingDate,
    unsignableHeaders: spec.unsigned ? new Set(spec.unsigned) : undefined,
  });
  return rawRequest(url, {
    method: signed.method,
    path: signed.path,
    rawQuery: queryString(signed.query ?? {}),
    headers: signed.headers,
    body: spec.sendBody ?? spec.body,
  });
}

/** A presigned URL for a request, made with the SDK's signer (no checks on its window). */
export async function presignedUrl(
  url: string,
  spec: SignSpec & { expiresIn: number },
): Promise<string> {
  const request = unsignedRequest(url, { ...spec, method: spec.method ?? 'GET' });
  request.headers['x-amz-content-sha256'] = 'UNSIGNED-PAYLOAD';
  const signed = await signerFor(spec).presign(request, {
    signingDate: spec.signingDate,
    expiresIn: spec.expiresIn,
  });
  return `${url}${signed.path}?${queryString(signed.query ?? {})}`;
}
