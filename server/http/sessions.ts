import { Router, type Response } from 'express';
import type { Catalog } from '../catalog.ts';
import type { RateLimiter } from '../limiter.ts';
import { BranchBodySchema, CreateSessionBodySchema, TrainerCommandSchema, type CreatedSession } from '../protocol.ts';
import { debriefMarkdown } from '../sessions/debrief.ts';
import type { SessionService } from '../sessions/service.ts';
import { bearer, bodyOf, rateLimited, sessionId } from './guards.ts';
import type { Engine } from './offload.ts';
import { resolveScenario } from './resolve.ts';

function created(res: Response, session: CreatedSession): void {
  res.status(201).location(`/api/sessions/${session.id}`).json(session);
}

export function sessionRoutes(sessions: SessionService, catalog: Catalog, limiter: RateLimiter, engine: Engine): Router {
  const router = Router();

  router.post('/api/sessions', rateLimited(limiter, 'new sessions'), async (req, res) => {
    const scenario = await resolveScenario(bodyOf(req, CreateSessionBodySchema), catalog, engine, req, res);
    if (!scenario) return;
    created(res, await sessions.create(scenario));
  });

  router.get('/api/sessions/:id', async (req, res) => {
    res.json(await sessions.describe(sessionId(req)));
  });

  router.get('/api/sessions/:id/log', async (req, res) => {
    res.json(await sessions.logOf(sessionId(req)));
  });

  // The trainer's commands, the very ones the socket takes.
  router.post('/api/sessions/:id/commands', async (req, res) => {
    const session = await sessions.authorizeTrainer(sessionId(req), bearer(req));
    const result = await sessions.command(session, bodyOf(req, TrainerCommandSchema));
    if (result.created) res.status(201).location(`/api/sessions/${result.created.id}`);
    res.json(result);
  });

  router.post('/api/sessions/:id/branch', rateLimited(limiter, 'new sessions'), async (req, res) => {
    const session = await sessions.authorizeTrainer(sessionId(req), bearer(req));
    created(res, await sessions.branchOf(session, bodyOf(req, BranchBodySchema).atSeq));
  });

  router.get('/api/sessions/:id/debrief', async (req, res) => {
    const debrief = await sessions.debrief(sessionId(req));
    res.vary('Accept');
    if (req.accepts(['application/json', 'text/markdown']) === 'text/markdown') {
      res.type('text/markdown; charset=utf-8').send(debriefMarkdown(debrief));
    } else {
      res.json(debrief);
    }
  });

  return router;
}
