import { createServer, type Server as HttpServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Server } from 'socket.io';
import { createApp } from './app.ts';
import type { TrustFunction, TrustProxy } from './client-address.ts';
import { Catalog } from './catalog.ts';
import { watchFolders } from './scenario-watch.ts';
import { reachableUrls } from './addresses.ts';
import { capConnections } from './connections.ts';
import type { ServerAddresses } from './protocol.ts';
import { DEFAULT_LIMITS, RateLimiter, type CostLimits, type Limits } from './limiter.ts';
import { consoleLogger, type Logger } from './log.ts';
import { ThreadPool, type PoolOptions } from './pool/pool.ts';
import { attachRealtime, type RealtimeServer } from './realtime.ts';
import { SampledLog } from './sampled-log.ts';
import { SessionService } from './sessions/service.ts';
import { openStore, type AnyStore } from './store/open.ts';
import { soleOwnership, unnamedProcess } from './store/ownership.ts';
import { PostgresStore } from './store/postgres.ts';

export interface ServerOptions {
  /** 0 picks a free port (tests). */
  port: number;
  /** Unset: every interface, so that trainees' laptops can reach the trainer's machine. */
  host?: string;
  /** The SQLite store's folder (DATA_DIR); unused when `database` is set. */
  dataDir: string;
  /** A PostgreSQL store instead (DATABASE_URL), for several server processes on one database. */
  database?: { url: string; schema?: string } | null;
  /** The shipped library: always loaded, read once. */
  scenariosDir: string;
  /** Folders that add to it (SCENARIOS_DIR), watched and read again when they change. */
  addedScenarioDirs?: string[];
  log?: Logger;
  tickMs?: number;
  limits?: Limits;
  trustProxy?: TrustProxy;
  /** How long an unused session stays in memory (SessionServiceOptions.idleMs). */
  idleMs?: number;
  /** The engine's worker threads (POOL_THREADS, POOL_QUEUE, POOL_TASK_SECONDS). */
  pool?: PoolOptions;
  /** What a request, and an address in a minute, may cost the engine (RUN_COST_MAX, RUN_COST_PER_MINUTE). */
  costs?: CostLimits;
  /** The address people open, behind a proxy or a name (PUBLIC_URL): the join link and its QR code use it. */
  publicUrl?: string | null;
  /**
   * Several processes on one PostgreSQL database: this one's name, the proxy's for it (PROCESS_NAME),
   * and where the others reach it (INTERNAL_URL; default http://127.0.0.1:PORT, for one machine).
   */
  process?: { name?: string; internalUrl?: string };
}

export interface RunningServer {
  url: string;
  /** Where other machines can reach it (PUBLIC_URL, and every address it listens on but loopback). */
  addresses: ServerAddresses;
  port: number;
  http: HttpServer;
  io: RealtimeServer;
  store: AnyStore;
  sessions: SessionService;
  catalog: Catalog;
  pool: ThreadPool;
  close(): Promise<void>;
}

/** Sizes of socket messages: a command or a ballot is a few hundred bytes. */
const MAX_SOCKET_MESSAGE = 100_000;

/** The whole server in one process: the store, the library, the REST app and socket.io on one port. */
export async function startServer(options: ServerOptions): Promise<RunningServer> {
  const log = options.log ?? consoleLogger;
  const store = await openStore(options.database ? { databaseUrl: options.database.url, schema: options.database.schema } : { dataDir: options.dataDir }, log);
  try {
    return await serve(options, log, store);
  } catch (error) {
    // The data folder is free again for the next attempt (a port in use, a library that does not load).
    await store.close();
    throw error;
  }
}

async function serve(options: ServerOptions, log: Logger, store: AnyStore): Promise<RunningServer> {
  const limits = options.limits ?? DEFAULT_LIMITS;
  const added = options.addedScenarioDirs ?? [];
  const catalog = Catalog.fromFolders(options.scenariosDir, added, log);
  // An author's saved file reaches the library without a restart; running sessions keep their frozen copy.
  const watching = watchFolders(added, () => {
    if (catalog.reload(log)) log.info(`scenario folders changed: ${catalog.size} scenarios, ${catalog.invalid().length} invalid files`);
  }, log);
  // Several processes may share a PostgreSQL store: it says which sessions are this one's.
  const shared = store instanceof PostgresStore ? store : null;
  const sessions = new SessionService({ store, ownership: shared ?? soleOwnership, log, tickMs: options.tickMs, idleMs: options.idleMs, maxParticipants: limits.participantsPerSession, commandsPerSession: limits.commands });
  // Heavy engine work (parsing posted scenarios, runs, samples) runs here, never on the event loop.
  const pool = new ThreadPool(options.pool, log);
  // One budget for new sessions whether they come over REST or the socket (branch, reset).
  const creates = new RateLimiter(limits.creates.limit, limits.creates.windowMs);
  const addresses: ServerAddresses = { publicUrl: options.publicUrl ?? null, urls: [] };
  const app = createApp({ sessions, scenarios: catalog, pool, log, limits, costs: options.costs, trustProxy: options.trustProxy, creates, addresses: () => addresses, forwardSessions: shared !== null });
  const http = createServer(app);
  // The socket handshake and the connection cap read the client's address with the same trust as REST calls.
  const trust = app.get('trust proxy fn') as TrustFunction;
  const connectionLog = new SampledLog(log);
  capConnections(http, limits.connectionsPerAddress, trust, connectionLog);
  const io: RealtimeServer = new Server(http, { serveClient: false, maxHttpBufferSize: MAX_SOCKET_MESSAGE });
  const realtime = attachRealtime(io, sessions, log, { limits, trust, creates });

  await new Promise<void>((resolve, reject) => {
    // A port already taken must not leave the pool's threads keeping the process alive.
    const failed = (error: Error) => void pool.close().finally(() => reject(error));
    http.once('error', failed);
    http.listen(options.port, options.host, () => {
      http.off('error', failed);
      resolve();
    });
  });
  const port = (http.address() as AddressInfo).port;
  addresses.urls = reachableUrls(options.host, port);
  const shownHost = !options.host || options.host === '0.0.0.0' || options.host === '::' ? 'localhost' : options.host;
  const url = `http://${shownHost.includes(':') ? `[${shownHost}]` : shownHost}:${port}`;
  if (shared) {
    const self = { name: options.process?.name ?? unnamedProcess(), url: options.process?.internalUrl ?? `http://127.0.0.1:${port}` };
    shared.serveAs(self);
    log.info(`serving as process ${self.name}, reached by the others at ${self.url}`);
  }

  let closing: Promise<void> | undefined;
  const close = () =>
    (closing ??= (async () => {
      // Timers first, so that no tick writes while the rest shuts down; io.close() closes the http server too.
      watching.close();
      await sessions.close();
      realtime.close();
      connectionLog.close();
      await io.close();
      // After the http server: no request is left to post a task; any still running is stopped.
      await pool.close();
      await store.close();
    })());

  return { url, addresses, port, http, io, store, sessions, catalog, pool, close };
}
