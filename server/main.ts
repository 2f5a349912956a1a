import { resolve } from 'node:path';
import { parsePublicUrl } from './addresses.ts';
import { parseTrustProxy } from './client-address.ts';
import { limitsFromEnv } from './limiter.ts';
import { addedScenarioFolders } from './scenario-folders.ts';
import { servingLine } from './serving-line.ts';
import { startServer } from './http.ts';
import { SCHEMA_NAME } from './store/postgres.ts';
import { SqliteStore } from './store/sqlite.ts';
import { DEFAULT_COSTS } from './limiter.ts';
import { consoleLogger as log } from './log.ts';
import { DEFAULT_TASK_MS, defaultThreads } from './pool/pool.ts';

/** `npm start`: configuration by environment variables only, with defaults that need no set-up. */
function config() {
  const port = Number(process.env.PORT ?? 3000);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`PORT must be a port number, got "${process.env.PORT}"`);
  return {
    port,
    host: process.env.HOST || undefined,
    dataDir: resolve(process.env.DATA_DIR || './data'),
    // Set: sessions live in PostgreSQL (several processes may share it) and DATA_DIR is not used.
    database: process.env.DATABASE_URL?.trim() ? { url: process.env.DATABASE_URL.trim(), schema: databaseSchema() } : null,
    // Several processes on one database: how the proxy names this one and where the others reach it (README, "Deployment").
    process: { name: processName(), internalUrl: internalUrl() },
    // The shipped library is always there; SCENARIOS_DIR adds folders to it (docs/authoring.md).
    scenariosDir: resolve(import.meta.dirname, '..', 'scenarios'),
    addedScenarioDirs: addedScenarioFolders(process.env.SCENARIOS_DIR),
    trustProxy: parseTrustProxy(process.env.TRUST_PROXY),
    publicUrl: parsePublicUrl(process.env.PUBLIC_URL),
    idleMs: idleMinutes() * 60_000,
    limits: limitsFromEnv(process.env),
    pool: {
      threads: whole('POOL_THREADS', defaultThreads(), 1),
      queue: process.env.POOL_QUEUE?.trim() ? whole('POOL_QUEUE', 0, 0) : undefined,
      taskMs: whole('POOL_TASK_SECONDS', DEFAULT_TASK_MS / 1000, 1) * 1000,
    },
    costs: {
      perRequest: whole('RUN_COST_MAX', DEFAULT_COSTS.perRequest, 1),
      perMinute: whole('RUN_COST_PER_MINUTE', DEFAULT_COSTS.perMinute, 1),
      perSession: whole('SESSION_COST_MAX', DEFAULT_COSTS.perSession, 1),
    },
  };
}

/** A whole number from the environment, at least `min`; `fallback` when unset. */
function whole(name: string, fallback: number, min: number): number {
  const text = process.env[name];
  if (text === undefined || text.trim() === '') return fallback;
  const value = Number(text);
  if (!Number.isInteger(value) || value < min) throw new Error(`${name} must be a whole number of at least ${min}, got "${text}"`);
  return value;
}

/** DATABASE_SCHEMA: a plain lower-case name, or unset for the connection's default. */
function databaseSchema(): string | undefined {
  const text = process.env.DATABASE_SCHEMA?.trim();
  if (!text) return undefined;
  if (!SCHEMA_NAME.test(text)) throw new Error(`DATABASE_SCHEMA must be a lower-case name of letters, digits and _ (at most 63), got "${text}"`);
  return text;
}

/** PROCESS_NAME: what the proxy routes `?process=` by; letters, digits, - and _. */
function processName(): string | undefined {
  const text = process.env.PROCESS_NAME?.trim();
  if (!text) return undefined;
  if (!/^[A-Za-z0-9_-]{1,40}$/.test(text)) throw new Error(`PROCESS_NAME must be letters, digits, - or _ (at most 40), got "${text}"`);
  return text;
}

/** INTERNAL_URL: where the other processes reach this one, an http(s) URL without a path. */
function internalUrl(): string | undefined {
  const text = process.env.INTERNAL_URL?.trim();
  if (!text) return undefined;
  let url: URL | null = null;
  try {
    url = new URL(text);
  } catch {
    // said below
  }
  if (!url || !/^https?:$/.test(url.protocol) || url.pathname !== '/') throw new Error(`INTERNAL_URL must be an http:// or https:// address without a path, such as http://10.0.0.5:3000, got "${text}"`);
  return url.origin;
}

/** SESSION_IDLE_MINUTES: how long an unused session stays in memory (default 30; 0 or less: for ever). */
function idleMinutes(): number {
  const text = process.env.SESSION_IDLE_MINUTES;
  if (text === undefined || text.trim() === '') return 30;
  const minutes = Number(text);
  if (!Number.isFinite(minutes)) throw new Error(`SESSION_IDLE_MINUTES must be a number of minutes, got "${text}"`);
  return minutes > 0 ? minutes : Infinity;
}

async function main(): Promise<void> {
  const options = config();
  const server = await startServer({ ...options, log });
  if (server.store instanceof SqliteStore) {
    const { journalMode, synchronous } = server.store.pragmas();
    const integrityCheckMs = Math.round(server.store.integrityCheckMs * 10) / 10;
    log.info(servingLine(server.catalog.size, server.url), { dataDir: options.dataDir, journalMode, synchronous, integrityCheckMs });
  } else {
    log.info(servingLine(server.catalog.size, server.url), { store: 'postgres', schema: options.database?.schema ?? 'public' });
  }
  // What a trainer needs to tell a room of laptops: localhost is only this machine.
  const { publicUrl, urls } = server.addresses;
  if (publicUrl) log.info(`participants join at ${publicUrl} (PUBLIC_URL)`);
  for (const url of urls) log.info(`also reachable from other machines at ${url}`);
  if (!publicUrl && urls.length === 0) log.warn('no address but loopback: participants on other machines cannot reach this server (set HOST, or PUBLIC_URL behind a proxy)');

  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    log.info(`${signal}: shutting down`);
    server.close().then(
      () => process.exit(0),
      (error) => {
        log.error('shutdown failed', { error: String(error) });
        process.exit(1);
      },
    );
  };
  process.on('SIGINT', () => stop('SIGINT'));
  process.on('SIGTERM', () => stop('SIGTERM'));
}

main().catch((error) => {
  log.error(`cannot start: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
