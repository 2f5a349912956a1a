import { request } from 'node:http';
import type { NextFunction, Request, Response } from 'express';
import { AppError } from '../errors.ts';
import type { Logger } from '../log.ts';
import type { SessionService } from '../sessions/service.ts';

/** Marks a call one process sent another, so that it is never sent on a second time. */
const FORWARDED = 'x-rogatory-forwarded-by';

/**
 * Several processes on one database: a REST call about a session another process serves is sent on
 * to that process as it came (method, headers, body unread), and its answer sent back as it is. The
 * owner checks the token, the rate limits and the body exactly as if it had been asked directly.
 * Mounted before the body parsers, on /api/sessions/:id.
 */
export function forwardToOwner(sessions: SessionService, log: Logger) {
  // Said once per session and owner, so that an operator can follow a session without a line per call.
  const said = new Set<string>();
  return async (req: Request<{ id: string }>, res: Response, next: NextFunction): Promise<void> => {
    let owner: { process: string; url: string } | null = null;
    try {
      await sessions.get(req.params.id);
    } catch (error) {
      if (error instanceof AppError && error.code === 'elsewhere' && typeof error.extra.url === 'string' && error.extra.url) {
        owner = { process: error.extra.process as string, url: error.extra.url };
      }
      // Anything else (no such session, a take-over under way) is for the route itself to say.
    }
    if (!owner) return next();
    if (req.headers[FORWARDED]) return next(new AppError('elsewhere', 'The server processes disagree about which one serves this session: try again in a moment.', { retryAfter: 1 }));
    const pair = `${req.params.id} ${owner.process}`;
    if (!said.has(pair)) {
      if (said.size >= 10_000) said.clear();
      said.add(pair);
      log.info(`sends the calls about session ${req.params.id} on to process ${owner.process}, which serves it`, { sessionId: req.params.id, process: owner.process });
    }
    const out = request(new URL(req.originalUrl, owner.url), { method: req.method, headers: { ...req.headers, [FORWARDED]: owner.process } }, (answer) => {
      res.status(answer.statusCode ?? 502);
      for (const [name, value] of Object.entries(answer.headers)) if (value !== undefined) res.setHeader(name, value);
      answer.pipe(res);
    });
    out.on('error', (error) => {
      log.warn('could not forward a call to the process serving its session', { process: owner.process, url: owner.url, error: error.message });
      if (res.headersSent) return void res.destroy();
      next(new AppError('elsewhere', `The server process that serves this session (${owner.process}) cannot be reached; another takes it over within seconds: try again.`, { retryAfter: 2 }));
    });
    req.pipe(out);
  };
}
