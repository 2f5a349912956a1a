import { Router, type Request, type Response } from 'express';
import type { Catalog } from '../catalog.ts';
import { originOf } from '../addresses.ts';
import { AppError } from '../errors.ts';
import type { RateLimiter } from '../limiter.ts';
import { BranchBodySchema, CreateLinkBodySchema, CreateSessionBodySchema, TrainerCommandSchema, type CreatedSession } from '../protocol.ts';
import { debriefMarkdown } from '../sessions/debrief.ts';
import { answerLanguage } from './language.ts';
import type { SessionService } from '../sessions/service.ts';
import type { CommandKey } from '../sessions/service.ts';
import { bearer, bodyOf, idempotencyKey, rateLimited, sessionId, spend } from './guards.ts';
import type { Engine } from './offload.ts';
import { resolveScenario, sessionVariant } from './resolve.ts';

function created(res: Response, session: CreatedSession): void {
  res.status(201).location(`/api/sessions/${session.id}`).json(session);
}

export function sessionRoutes(sessions: SessionService, catalog: Catalog, limiter: RateLimiter, engine: Engine, publicUrl: () => string | null): Router {
  const router = Router();

  router.post('/api/sessions', rateLimited(limiter, 'new sessions'), async (req, res) => {
    const body = bodyOf(req, CreateSessionBodySchema);
    const written = await resolveScenario(body, catalog, engine, req, res);
    if (!written) return;
    const { scenario, variant } = sessionVariant(written, body);
    const session = await sessions.create(scenario, undefined, { approveJoins: body.approveJoins, roles: body.roles, worldEvents: body.worldEvents, variant });
    created(res, { ...session, trainerUrl: `${originOf(req, publicUrl())}/#/session/${session.id}/${session.trainerToken}` });
  });

  /**
   * Whether the caller reads as a trainer: the owner's or a co-trainer's token. A presenter link's
   * token is accepted and reads what the class reads (the projector shows the room no answer key).
   */
  const readsAsTrainer = async (req: Request, id: string): Promise<boolean> => {
    const token = bearer(req);
    if (token === undefined) return false;
    return (await sessions.access(id, token)).access.as !== 'presenter';
  };

  // With the trainer's token the whole scenario; without, its script and `expect` wait for the end.
  router.get('/api/sessions/:id', async (req, res) => {
    const id = sessionId(req);
    const token = bearer(req);
    const access = token === undefined ? undefined : (await sessions.access(id, token)).access.as;
    res.json({ ...(await sessions.describe(id, access !== undefined && access !== 'presenter')), ...(access && { access }) });
  });

  router.get('/api/sessions/:id/log', async (req, res) => {
    res.json(await sessions.logOf(sessionId(req)));
  });

  /** The Idempotency-Key sent, with the trainer token it came with (authorizeTrainer has checked it). */
  const keyOf = (req: Request): CommandKey | undefined => {
    const key = idempotencyKey(req);
    return key === undefined ? undefined : { key, callerToken: bearer(req)! };
  };

  // The trainer's commands, the very ones the socket takes.
  router.post('/api/sessions/:id/commands', async (req, res) => {
    const session = await sessions.authorizeTrainer(sessionId(req), bearer(req));
    const command = bodyOf(req, TrainerCommandSchema);
    const key = keyOf(req);
    // A branch or a reset is a new session: it spends the same budget as POST /api/sessions (unless
    // it is one already made, sent again with its key).
    const creates = command.type === 'branch' || command.type === 'reset';
    if (creates && !(key && (await sessions.knowsKey(session, key.key)))) spend(limiter, req, 'new sessions');
    const result = await sessions.command(session, command, key);
    if (result.created) res.status(201).location(`/api/sessions/${result.created.id}`);
    res.json(result);
  });

  // The same as the command { type: 'branch', atSeq }, answered with the new session alone.
  router.post('/api/sessions/:id/branch', rateLimited(limiter, 'new sessions'), async (req, res) => {
    const session = await sessions.authorizeTrainer(sessionId(req), bearer(req));
    const { atSeq } = bodyOf(req, BranchBodySchema);
    created(res, (await sessions.command(session, { type: 'branch', atSeq }, keyOf(req))).created!);
  });

  // Links for the other screens (the projector, a co-trainer's laptop): the owner's token only.
  router.get('/api/sessions/:id/links', async (req, res) => {
    const session = await sessions.authorizeOwner(sessionId(req), bearer(req));
    res.json({ links: await sessions.links(session) });
  });

  router.post('/api/sessions/:id/links', async (req, res) => {
    const session = await sessions.authorizeOwner(sessionId(req), bearer(req));
    const body = bodyOf(req, CreateLinkBodySchema);
    const link = await sessions.createLink(session, body.role, body.label ?? null);
    res.status(201).json({ link });
  });

  router.delete('/api/sessions/:id/links/:link', async (req, res) => {
    const session = await sessions.authorizeOwner(sessionId(req), bearer(req));
    const link = req.params.link;
    if (typeof link !== 'string' || !/^[A-Za-z0-9_-]{1,64}$/.test(link)) throw new AppError('not-found', 'There is no such link: list them with GET /api/sessions/:id/links.');
    res.json({ link: await sessions.revokeLink(session, link) });
  });

  router.get('/api/sessions/:id/debrief', async (req, res) => {
    const id = sessionId(req);
    const debrief = await sessions.debrief(id, await readsAsTrainer(req, id));
    res.vary('Accept');
    if (req.accepts(['application/json', 'text/markdown']) === 'text/markdown') {
      res.type('text/markdown; charset=utf-8').send(debriefMarkdown(debrief, answerLanguage(req, res)));
    } else {
      res.json(debrief);
    }
  });

  // Attendance and each participant's choices: names and ballots are the trainer's to read, nobody else's.
  router.get('/api/sessions/:id/debrief.csv', async (req, res) => {
    const id = sessionId(req);
    const token = bearer(req);
    try {
      await sessions.authorizeTrainer(id, token);
    } catch (error) {
      // A token was shown, and it is not this session's trainer's (a participant's pass, another session's).
      if (token !== undefined && error instanceof AppError && error.code === 'unauthorized') {
        throw new AppError('forbidden', 'Only the trainer of this session can read who attended and how each voted: send the trainer token given when the session was created, as "Authorization: Bearer <trainerToken>".');
      }
      throw error;
    }
    const csv = await sessions.attendance(id, answerLanguage(req, res));
    res.type('text/csv; charset=utf-8; header=present')
      .set('Content-Disposition', `attachment; filename="attendance-${id}.csv"`)
      .set('Cache-Control', 'no-store')
      .send(csv);
  });

  return router;
}
