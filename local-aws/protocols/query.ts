import { AwsError } from '../core/errors';
import { parseQuery, type RequestHead } from '../core/http';
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
  return async (env, raw, res, common) => {
    const params = parseQuery(raw.body.toString('utf8'));
    const operation = String(params.Action ?? '');
    const xml = (requestId: string, status: number, body: string) => ({
      status,
      headers: { 'content-type': 'text/xml', 'x-amzn-requestid': requestId },
      body,
    });
    await serveCall(
      env,
      {
        service,
        operation,
        operations: service.operations,
        raw,
        parse: () => {
          // A repeated parameter keeps its first value.
          const flat: Record<string, string> = {};
          for (const [k, v] of Object.entries(params))
            flat[k] = Array.isArray(v) ? (v[0] ?? '') : v;
          return flat;
        },
        unknownOperation: () =>
          new AwsError(
            'InvalidAction',
            `local-aws does not implement ${service.name} operation ${operation || '(no Action)'}.`,
            400,
          ),
        signatureError: (failure) => signatureError(failure, 'query'),
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
      res,
      common,
    );
  };
}
