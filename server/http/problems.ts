import type { ErrorRequestHandler, RequestHandler } from 'express';
import { AppError, STATUS_OF } from '../errors.ts';
import type { Logger } from '../log.ts';
import type { ErrorCode } from '../protocol.ts';

/** An RFC 9457 problem document. */
export interface Problem {
  type: string;
  title: string;
  status: number;
  detail: string;
  instance?: string;
  [extension: string]: unknown;
}

const TITLES: Record<ErrorCode, string> = {
  invalid: 'The request is not valid',
  unauthorized: 'A trainer token is needed',
  forbidden: 'Not allowed',
  'not-found': 'Not found',
  conflict: 'Not possible in the current state',
  unprocessable: 'The content cannot be used',
  'rate-limited': 'Too many requests',
  'too-costly': 'More work than one request may ask for',
  busy: 'The server is busy',
  internal: 'Server error',
  unavailable: 'The server cannot record anything now',
  elsewhere: 'The session is served by another server process, which cannot be reached now',
};

export const problemType = (code: ErrorCode) => `urn:rogatory:problem:${code}`;

/** What body-parser says, in words a client developer can act on. */
function fromBodyParser(error: { type?: string; status?: number; limit?: number }): AppError | undefined {
  switch (error.type) {
    case 'entity.too.large':
      return new AppError('invalid', `The body is larger than the ${Math.round((error.limit ?? 0) / 1024)} KB this server accepts.`, { status: 413, title: 'Body too large' });
    case 'entity.parse.failed':
      return new AppError('invalid', 'The body is not valid JSON.');
    case 'encoding.unsupported':
    case 'charset.unsupported':
      return new AppError('invalid', 'Send the body in UTF-8.', { status: 415, title: 'Unsupported encoding' });
    default:
      return error.status && error.status >= 400 && error.status < 500 ? new AppError('invalid', 'The request could not be read.') : undefined;
  }
}

/** The one place errors become responses. */
export function problemHandler(log: Logger): ErrorRequestHandler {
  return (error, req, res, _next) => {
    const known = error instanceof AppError ? error : fromBodyParser(error ?? {});
    if (!known) log.error(`${req.method} ${req.path} failed`, { error: error instanceof Error ? error.stack : String(error) });
    const app = known ?? new AppError('internal', 'Something went wrong on the server. It has been logged; try again, and report it if it persists.');
    const { status: statusOverride, title: titleOverride, retryAfter, ...extra } = app.extra as { status?: number; title?: string; retryAfter?: number };
    const status = statusOverride ?? STATUS_OF[app.code];
    const problem: Problem = {
      type: problemType(app.code), title: titleOverride ?? TITLES[app.code], status, detail: app.message, instance: req.originalUrl, ...extra,
    };
    if (app.code === 'unauthorized') res.set('WWW-Authenticate', 'Bearer');
    if (retryAfter) res.set('Retry-After', String(retryAfter));
    res.status(status).type('application/problem+json').send(JSON.stringify(problem));
  };
}

export const notFound: RequestHandler = (req, _res, next) => {
  next(new AppError('not-found', `There is no ${req.method} ${req.path}. GET /api/openapi.json lists every route.`));
};
