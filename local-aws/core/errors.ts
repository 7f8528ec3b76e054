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

/** One `Value 'X' at 'member' failed to satisfy constraint: …` clause of a validation error. */
export interface ValidationProblem {
  member: string;
  value: unknown;
  constraint: string;
}

function renderValue(value: unknown): string {
  if (value === undefined || value === null) return 'null';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  // AWS renders maps and lists in Java's toString form; JSON is close enough and unambiguous.
  return JSON.stringify(value);
}

/** AWS's `N validation error(s) detected: …` message for one or more problems. */
export function validationMessage(problems: ValidationProblem[]): string {
  const count = problems.length;
  const head = `${count} validation error${count === 1 ? '' : 's'} detected: `;
  return (
    head +
    problems
      .map(
        (p) =>
          `Value ${p.value === undefined || p.value === null ? 'null' : `'${renderValue(p.value)}'`} at '${p.member}' failed to satisfy constraint: ${p.constraint}`,
      )
      .join('; ')
  );
}

export function validationError(
  problems: ValidationProblem[],
  code = 'ValidationException',
): AwsError {
  return new AwsError(code, validationMessage(problems), 400);
}

export const serializationError = (detail: string) =>
  new AwsError('SerializationException', detail, 400);

export const internalFailure = (message = 'We encountered an internal error. Please try again.') =>
  new AwsError('InternalFailure', message, 500);
