import { AwsError } from '../core/errors';
import type { RestXmlService } from '../core/service';
import { type Serve, serveCall } from './call';
import { escapeXml } from './xml';

// REST-XML (S3): the operation follows from method, path and query; each operation binds its
// own members to the URI, headers and XML body, and answers with the HTTP response. Errors
// are `<Error><Code>…` documents; a HEAD's answer has no body.

/** Serves one REST-XML service. */
export function restXmlProtocol(service: RestXmlService): Serve {
  return async (env, head, body, res, common) => {
    const operation = service.operationOf(head);
    const ids = (requestId: string) => ({ 'x-amz-request-id': requestId, 'x-amz-id-2': requestId });
    const isHead = head.method === 'HEAD';
    await serveCall(
      env,
      {
        service,
        operations: service.operations,
        parse: (raw) => raw,
        unknownOperation: (name) =>
          new AwsError(
            'NotImplemented',
            `local-aws does not implement ${service.name} operation ${name}.`,
            501,
          ),
        signatureError: (failure) => service.signatureError(failure),
        bodyTooLarge: (name, limit) => service.bodyTooLarge(name, limit),
        malformedUri: () => service.malformedUri(),
        reply: (response, requestId) => ({
          status: response.status,
          headers: { ...ids(requestId), ...response.headers },
          body: isHead ? undefined : response.body,
        }),
        replyError: (error, requestId) => {
          const extra = Object.entries(error.extra)
            .map(([k, v]) => `<${k}>${escapeXml(v)}</${k}>`)
            .join('');
          const xml = `<?xml version="1.0" encoding="UTF-8"?>\n<Error><Code>${escapeXml(error.code)}</Code><Message>${escapeXml(error.message)}</Message>${extra}<RequestId>${requestId}</RequestId></Error>`;
          return {
            status: error.status,
            headers: {
              ...ids(requestId),
              'content-type': 'application/xml',
              'x-amzn-errortype': error.code,
            },
            body: isHead ? undefined : xml,
          };
        },
      },
      operation,
      head,
      body,
      res,
      common,
    );
  };
}
