/** An error as AWS sends it: HTTP status, error code (`__type` / `<Code>`) and message. */
export class AwsError extends Error {
  readonly code: string;
  readonly status: number;
  /** Extra members some services add to the error body (e.g. S3's `<Key>`). */
  readonly extra: Record<string, string>;

  constructor(code: string, message: string, status = 400, extra: Record<string, string> = {}) {
    super(message);
    this.name = code;
    this.code = code;
    this.status = status;
    this.extra = extra;
  }

  get isServerFault(): boolean {
    return this.status >= 500;
  }
}

export const serializationError = (detail: string) =>
  new AwsError('SerializationException', detail, 400);

export const internalFailure = (message = 'We encountered an internal error. Please try again.') =>
  new AwsError('InternalFailure', message, 500);

/** A percent-escape that does not decode, as the JSON and query services answer it. */
export const malformedQueryString = () =>
  new AwsError('MalformedQueryString', 'The query string contains a syntax error.', 400);
