import { Sha256 } from '@aws-crypto/sha256-js';
import { HttpRequest } from '@smithy/protocol-http';
import { SignatureV4 } from '@smithy/signature-v4';
import { describe, expect, it } from 'vitest';
import { adminCredentials, region, startForTests } from './harness';

const local = startForTests();

/** A signed POST to `/`, as an SDK would send it, with a body and headers of our choosing. */
async function signedPost(service: string, headers: Record<string, string>, body: string) {
  const endpoint = new URL(local.url);
  const request = new HttpRequest({
    method: 'POST',
    protocol: endpoint.protocol,
    hostname: endpoint.hostname,
    port: Number(endpoint.port),
    path: '/',
    headers: { host: endpoint.host, ...headers },
    body,
  });
  const signer = new SignatureV4({
    credentials: adminCredentials,
    region,
    service,
    sha256: Sha256,
  });
  const signed = await signer.sign(request);
  const response = await fetch(local.url, { method: 'POST', headers: signed.headers, body });
  return { status: response.status, text: await response.text() };
}

// Names every JavaScript object answers to: an operation table that is a plain object would
// find them and call (or fail to call) something that is not an operation.
const objectNames = ['constructor', 'toString', '__proto__', 'hasOwnProperty', 'valueOf'];

describe('operations are looked up among the operations only', () => {
  it.each(objectNames)('JSON 1.1: TrentService.%s is an unknown operation', async (name) => {
    const response = await signedPost(
      'kms',
      { 'content-type': 'application/x-amz-json-1.1', 'x-amz-target': `TrentService.${name}` },
      '{}',
    );
    expect(response.status).toBe(400);
    expect(JSON.parse(response.text)).toEqual({
      __type: 'UnknownOperationException',
      message: `local-aws does not implement KMS operation ${name}.`,
    });
  });

  it.each(objectNames)('JSON 1.1: a target prefix %s is an unknown service', async (name) => {
    const response = await signedPost(
      'kms',
      { 'content-type': 'application/x-amz-json-1.1', 'x-amz-target': `${name}.ListKeys` },
      '{}',
    );
    expect(response.status).toBe(400);
    expect(JSON.parse(response.text)).toEqual({
      __type: 'UnknownOperationException',
      message: `local-aws does not implement ${name} operation ListKeys.`,
    });
  });

  it.each(objectNames)('query: STS Action=%s is an unknown action', async (name) => {
    const response = await signedPost(
      'sts',
      { 'content-type': 'application/x-www-form-urlencoded' },
      `Action=${name}&Version=2011-06-15`,
    );
    expect(response.status).toBe(400);
    expect(response.text).toContain('<Code>InvalidAction</Code>');
    expect(response.text).toContain(
      `<Message>local-aws does not implement STS operation ${name}.</Message>`,
    );
  });
});
