import { randomUUID } from 'node:crypto';
import type { ServerResponse } from 'node:http';
import { AwsError } from '../core/errors';
import type { RawRequest } from '../core/http';
import type { RestXmlService } from '../core/service';
import { type CallEnvironment, serveCall } from './call';
import { escapeXml } from './xml';

// REST-XML (S3): the operation follows from method, path and query; each operation binds its
// own members to the URI, headers and XML body, and answers with the HTTP response. Errors
// are `<Error><Code>…` documents; a HEAD's answer has no body.

/** Serves one REST-XML service. */
export function restXmlProtocol(service: RestXmlService) {
  return async function serveRestXml(
    env: CallEnvironment,
    raw: RawRequest,
    res: ServerResponse,
    common: Record<string, string>,
  ): Promise<void> {
    const operation = service.operationOf(raw);
    const requestId = randomUUID();
    const ids = { 'x-amz-request-id': requestId, 'x-amz-id-2': requestId };
    const head = raw.method === 'HEAD';
    await serveCall(
      env,
      {
        service,
        operation,
        handler: service.operations.get(operation),
        requestId,
        raw,
        parse: () => raw,
        unknownOperation: () =>
          new AwsError(
            'NotImplemented',
            `local-aws does not implement ${service.name} operation ${operation}.`,
            501,
          ),
        signatureError: (failure) => service.signatureError(failure),
        reply: (response) => ({
          status: response.status,
          headers: { ...ids, ...response.headers },
          body: head ? undefined : response.body,
        }),
        replyError: (error) => {
          const extra = Object.entries(error.extra)
            .map(([k, v]) => `<${k}>${escapeXml(v)}</${k}>`)
            .join('');
          const xml = `<?xml version="1.0" encoding="UTF-8"?>\n<Error><Code>${escapeXml(error.code)}</Code><Message>${escapeXml(error.message)}</Message>${extra}<RequestId>${requestId}</RequestId></Error>`;
          return {
            status: error.status,
            headers: { ...ids, 'content-type': 'application/xml', 'x-amzn-errortype': error.code },
            body: head ? undefined : xml,
          };
        },
      },
      res,
      common,
    );
  };
}
