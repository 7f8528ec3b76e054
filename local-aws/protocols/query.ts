import { AwsError, malformedQueryString } from '../core/errors';
import { parseQuery, type RawRequest, type RequestHead } from '../core/http';
import type { QueryService } from '../core/service';
import { type Serve, serveCall } from './call';
import { signatureError } from './signature-errors';
import { element, escapeXml } from './xml';

// The query protocol (STS): a form POST with `Action=<Operation>` and the input as form
// parameters; replies are `<OperationResponse><OperationResult>…` XML.

export const isQueryRequest = (head: RequestHead) =>
  head.method === 'POST' &&
  head.rawPath === '/' &&
  (head.headers['content-type'] ?? '').startsWith('application/x-www-form-urlencoded');

/** An output's members as XML elements, in the output's order. */
function resultXml(output: object): string {
  return Object.entries(output)
    .map(([name, value]) => element(name, value as string | number | boolean | undefined))
    .join('');
}

/** Serves one query-protocol service. */
export function queryProtocol(service: QueryService): Serve {
  // The form's parameters, read once the body is: a repeated parameter keeps its first value.
  const paramsOf = (raw: RawRequest) => {
    const flat = Object.create(null) as Record<string, string>;
    for (const [k, v] of Object.entries(parseQuery(raw.body.toString('utf8'))))
      flat[k] = Array.isArray(v) ? (v[0] ?? '') : v;
    return flat;
  };
  return async (env, head, body, res, common) => {
    let operation = '';
    const xml = (requestId: string, status: number, text: string) => ({
      status,
      headers: { 'content-type': 'text/xml', 'x-amzn-requestid': requestId },
      body: text,
    });
    await serveCall(
      env,
      {
        service,
        operations: service.operations,
        operationIn: (raw) => (operation = paramsOf(raw).Action ?? ''),
        parse: paramsOf,
        unknownOperation: (name) =>
          new AwsError(
            'InvalidAction',
            `local-aws does not implement ${service.name} operation ${name || '(no Action)'}.`,
            400,
          ),
        signatureError: (failure) => signatureError(failure, 'query'),
        bodyTooLarge: (_, limit) =>
          new AwsError(
            'RequestEntityTooLarge',
            `Request body exceeds the maximum of ${limit} bytes.`,
            413,
          ),
        malformedUri: malformedQueryString,
        reply: (output, requestId) =>
          xml(
            requestId,
            200,
            `<${operation}Response xmlns="${service.xmlns}"><${operation}Result>${resultXml(output)}</${operation}Result><ResponseMetadata><RequestId>${requestId}</RequestId></ResponseMetadata></${operation}Response>`,
          ),
        replyError: (error, requestId) =>
          xml(
            requestId,
            error.status,
            `<ErrorResponse xmlns="${service.xmlns}"><Error><Type>${error.status >= 500 ? 'Receiver' : 'Sender'}</Type><Code>${escapeXml(error.code)}</Code><Message>${escapeXml(error.message)}</Message></Error><RequestId>${requestId}</RequestId></ErrorResponse>`,
          ),
      },
      undefined,
      head,
      body,
      res,
      common,
    );
  };
}
