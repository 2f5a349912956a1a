import express, { type Express } from 'express';
import { originOf } from './addresses.ts';
import type { Catalog } from './catalog.ts';
import type { TrustProxy } from './client-address.ts';
import { forwardToOwner } from './http/forward.ts';
import { problemHandler, notFound } from './http/problems.ts';
import { placeholderPage } from './http/page.ts';
import { CLIENT_DIST, clientAssets } from './http/client-assets.ts';
import { runRoutes } from './http/runs.ts';
import { explorationRoutes } from './http/explorations.ts';
import { scenarioRoutes } from './http/scenarios.ts';
import { securityHeaders } from './http/security.ts';
import { sessionRoutes } from './http/sessions.ts';
import { Engine } from './http/offload.ts';
import type { ServerAddresses } from './protocol.ts';
import { DEFAULT_COSTS, DEFAULT_LIMITS, RateLimiter, type CostLimits, type Limits } from './limiter.ts';
import { silentLogger, type Logger } from './log.ts';
import { openApiDocument } from './openapi.ts';
import type { EnginePool } from './pool/pool.ts';
import type { SessionService } from './sessions/service.ts';
import { gzipLargeJson } from './http/gzip.ts';
import { editorSchemaRoutes } from './http/editor-schema.ts';

export interface AppOptions {
  sessions: SessionService;
  scenarios: Catalog;
  log?: Logger;
  limits?: Limits;
  /**
   * Where parsing, runs and samples happen: the server's pool of worker threads (server/http.ts);
   * tests of the REST app alone may pass an InlinePool.
   */
  pool: EnginePool;
  /** What one request, and one address in a minute, may cost the engine (RUN_COST_MAX, RUN_COST_PER_MINUTE). */
  costs?: CostLimits;
  /** Where the built client is (default client/dist); null serves only the API and the placeholder page. */
  clientDist?: string | null;
  /** Which proxies to believe about a client's address (TRUST_PROXY); default none. */
  trustProxy?: TrustProxy;
  /** Where participants can reach the server (GET /api/server); filled in once it listens. */
  addresses?: () => ServerAddresses;
  /** The budget for new sessions and runs, when the socket shares it (startServer); default one of the app's own. */
  creates?: RateLimiter;
  /** Several processes share the store: calls about a session another one serves are sent there (forward.ts). */
  forwardSessions?: boolean;
}

/** Bodies larger than this are refused (413): a scenario file is a few kilobytes. */
export const BODY_LIMIT = '200kb';

/** The REST app, without listening: the entry (server/http.ts) and supertest both drive it. */
export function createApp({
  sessions, scenarios, pool, log = silentLogger, limits = DEFAULT_LIMITS, costs = DEFAULT_COSTS, clientDist = CLIENT_DIST, trustProxy = false,
  creates = new RateLimiter(limits.creates.limit, limits.creates.windowMs),
  addresses = () => ({ publicUrl: null, urls: [] }), forwardSessions = false,
}: AppOptions): Express {
  const app = express();
  app.disable('x-powered-by');
  try {
    app.set('trust proxy', trustProxy);
  } catch (error) {
    throw new Error(`TRUST_PROXY must be true, false, a number of proxy hops, or addresses and subnets such as "loopback, 10.0.0.0/8"; "${trustProxy}" is not (${error instanceof Error ? error.message : String(error)}).`);
  }
  // First, with the body unread: the process that serves the session answers, headers and all.
  if (forwardSessions) app.use('/api/sessions/:id', forwardToOwner(sessions, log));
  app.use(securityHeaders());
  app.use(gzipLargeJson());
  app.use(express.json({ limit: BODY_LIMIT, type: ['application/json', 'application/*+json'] }));
  app.use(express.text({ limit: BODY_LIMIT, type: ['text/plain', 'text/yaml', 'application/yaml', 'application/x-yaml'] }));

  const validations = new RateLimiter(limits.validations.limit, limits.validations.windowMs);
  const runs = new RateLimiter(limits.runs.limit, limits.runs.windowMs);
  const engine = new Engine(pool, costs);

  // The built client (Vite, client/dist) when there is one; the placeholder page answers otherwise.
  if (clientDist !== null) app.use(clientAssets(clientDist));
  app.get('/', (req, res) => {
    res.type('html').send(placeholderPage(originOf(req, addresses().publicUrl), scenarios.list()));
  });
  app.use(editorSchemaRoutes());
  app.get('/api/openapi.json', (_req, res) => {
    res.json(openApiDocument());
  });
  app.get('/api/server', (_req, res) => {
    res.json(addresses());
  });
  app.get('/api/health', (_req, res) => {
    res.json({ ok: true, scenarios: scenarios.size });
  });
  app.use(scenarioRoutes(scenarios, validations, engine));
  app.use(runRoutes(scenarios, runs, engine));
  app.use(explorationRoutes(scenarios, runs, engine));
  app.use(sessionRoutes(sessions, scenarios, creates, engine, () => addresses().publicUrl));

  app.use(notFound);
  app.use(problemHandler(log));
  return app;
}
