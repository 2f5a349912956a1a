import type { z } from 'zod';
import type { ErrorCode, WireError } from './protocol.ts';

/**
 * A failure a person can act on: the session service throws it, the REST layer turns it into an
 * RFC 9457 problem and the socket layer into a refused acknowledgement, with the same message.
 */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    /** Extra members for the problem document (field issues, scenario errors, the request's state). */
    readonly extra: Record<string, unknown> = {},
  ) {
    super(message);
  }

  toWire(): WireError {
    const issues = this.extra.issues as WireError['issues'];
    const process = this.extra.process as string | undefined;
    return { code: this.code, message: this.message, ...(issues ? { issues } : {}), ...(process ? { process } : {}) };
  }
}

export const STATUS_OF: Record<ErrorCode, number> = {
  invalid: 400,
  unauthorized: 401,
  forbidden: 403,
  'not-found': 404,
  conflict: 409,
  unprocessable: 422,
  'rate-limited': 429,
  'too-costly': 422,
  busy: 503,
  internal: 500,
  unavailable: 503,
  // Only when forwarding to the process that serves the session failed: try again in a moment.
  elsewhere: 503,
};

/** A zod failure as field-by-field issues and one sentence that names the first of them. */
export function invalid(what: string, error: z.ZodError): AppError {
  const issues = error.issues.map((i) => ({ path: i.path.map(String).join('.') || '(body)', message: i.message }));
  const first = issues[0];
  // A problem with the value as a whole (a header, a body that is no object) has no field to name.
  const where = first && first.path !== '(body)' ? `${first.path}: ` : '';
  const detail = first ? `${what} is not valid: ${where}${first.message}${issues.length > 1 ? ` (and ${issues.length - 1} more)` : ''}.` : `${what} is not valid.`;
  return new AppError('invalid', detail, { issues });
}
