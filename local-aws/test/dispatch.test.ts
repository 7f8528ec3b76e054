import { describe, expect, it } from 'vitest';
import { signedPost, startForTests } from './harness';

const local = startForTests();

async function post(service: string, headers: Record<string, string>, body: string) {
  const response = await signedPost(local.url, { service, headers, body });
  return { status: response.status, text: await response.text() };
}

// Names every JavaScript object answers to: an operation table that is a plain object would
// find them and call (or fail to call) something that is not an operation.
const objectNames = ['constructor', 'toString', '__proto__', 'hasOwnProperty', 'valueOf'];

describe('operations are looked up among the operations only', () => {
  it.each(objectNames)('JSON 1.1: TrentService.%s is an unknown operation', async (name) => {
    const response = await post(
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
    const response = await post(
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
    const response = await post(
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
