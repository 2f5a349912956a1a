import { Kysely, PostgresDialect, sql } from 'kysely';
import pg from 'pg';
import { AppError } from '../errors.ts';
import { silentLogger, type Logger } from '../log.ts';
import { migrate } from './migrations.ts';
import { SqlStore } from './sql-store.ts';
import { unnamedProcess, type Ownership, type ServerProcess, type Whereabouts } from './ownership.ts';
import type { Tables } from './tables.ts';

export interface PostgresStoreOptions {
  /**
   * The schema the tables live in (created if missing); unset: the connection's default (`public`).
   * Tests give each store its own, so that many stores share one database without seeing each other.
   */
  schema?: string;
  /** Connections kept open (pg's pool), one of them holding the session locks. */
  connections?: number;
  log?: Logger;
}

/** A schema name this code may put into SQL as it is. */
export const SCHEMA_NAME = /^[a-z_][a-z0-9_]{0,62}$/;

/**
 * The store on PostgreSQL (DATABASE_URL): the same queries as SQLite's (SqlStore). Several server
 * processes may share one schema: each session is owned by one of them at a time (ownership.ts),
 * through a PostgreSQL advisory lock per session held on one connection kept for the store's life.
 * PostgreSQL lets go of those locks when that connection ends, so a process that dies leaves its
 * sessions free for the others, with nothing to clean up. A commit is acknowledged by PostgreSQL
 * only once it is durable (synchronous_commit on, its default), which is what "never lost once
 * acknowledged" needs.
 */
export class PostgresStore extends SqlStore implements Ownership {
  /** The connection that holds this process's session locks; null once closed. */
  private holder: pg.PoolClient | null = null;
  /** Set, for good, once the lock's connection is lost: what the operator was told. */
  private lost: string | null = null;
  /** The sessions this process owns (their locks held on `holder`). */
  private readonly held = new Set<string>();
  /** Who this process is to the others; set once it listens (serveAs). */
  private self: ServerProcess = { name: unnamedProcess(), url: '' };

  private constructor(db: Kysely<Tables>, readonly pool: pg.Pool, readonly schema: string | null, private readonly log: Logger) {
    super(db);
  }

  static async open(url: string, options: PostgresStoreOptions = {}): Promise<PostgresStore> {
    const schema = options.schema ?? null;
    if (schema !== null && !SCHEMA_NAME.test(schema)) throw new Error(`the database schema "${schema}" is not a plain lower-case name (letters, digits, _)`);
    const pool = new pg.Pool({
      connectionString: url,
      max: options.connections ?? 10,
      // Every connection of the pool looks in the store's schema first.
      ...(schema === null ? {} : { options: `-c search_path=${schema}` }),
    });
    const log = options.log ?? silentLogger;
    // An idle connection that breaks (the server restarted) must not bring the process down; the
    // pool opens another when one is next needed, and the operator is told.
    pool.on('error', (error) => log.warn(`an idle connection to PostgreSQL was lost: ${error.message}`));
    const store = new PostgresStore(new Kysely<Tables>({ dialect: new PostgresDialect({ pool }) }), pool, schema, log);
    try {
      await store.holdLocks();
      await store.migrate();
    } catch (error) {
      await store.close();
      throw new Error(`could not open the PostgreSQL store at ${redacted(url)}: ${(error as Error).message}`);
    }
    return store;
  }

  /** The name and address the other processes know this one by (PROCESS_NAME, INTERNAL_URL). */
  serveAs(self: ServerProcess): void {
    this.self = self;
  }

  /** Processes starting together create the schema and migrate it one at a time. */
  private async migrate(): Promise<void> {
    const holder = this.holder!;
    const key = `rogatory:${this.schema ?? 'public'}`;
    await holder.query('SELECT pg_advisory_lock(hashtext($1))', [key]);
    try {
      if (this.schema !== null) await holder.query(`CREATE SCHEMA IF NOT EXISTS ${this.schema}`);
      await migrate(this.db, 'postgres', this.schema ?? 'public');
    } finally {
      await holder.query('SELECT pg_advisory_unlock(hashtext($1))', [key]);
    }
  }

  private async holdLocks(): Promise<void> {
    const holder = await this.pool.connect();
    const lose = (why: string) => {
      if (this.lost !== null || this.holder === null) return;
      this.lost = why;
      this.log.error(`the connection holding this server's locks on its sessions was lost (${why}): every write is refused from now on (503). Restart this server.`);
    };
    holder.on('error', (error) => lose(error.message));
    holder.on('end', () => lose('the connection ended'));
    this.holder = holder;
  }

  /** One 64-bit lock key per session, within this schema. */
  private lockKey(sessionId: string): string {
    return `rogatory:${this.schema ?? 'public'}:${sessionId}`;
  }

  async claim(sessionId: string): Promise<Whereabouts> {
    this.checkWritable();
    // PostgreSQL counts a lock taken twice on one connection as two: one claim per session, one release.
    if (this.held.has(sessionId)) return { here: true };
    const { rows } = await this.holder!.query<{ got: boolean }>('SELECT pg_try_advisory_lock(hashtextextended($1, 0)) AS got', [this.lockKey(sessionId)]);
    if (rows[0]!.got) {
      this.held.add(sessionId);
      // One statement writes this process in and reads who was there before: a row left behind names
      // a process that held the session and let go without releasing it (the CTE sees the old row).
      const { rows: [written] } = await sql<{ taken_from: string | null }>`
        WITH before AS (SELECT process FROM session_owners WHERE session_id = ${sessionId})
        INSERT INTO session_owners (session_id, process, url, since)
        VALUES (${sessionId}, ${this.self.name}, ${this.self.url}, ${new Date().toISOString()})
        ON CONFLICT (session_id) DO UPDATE SET process = excluded.process, url = excluded.url, since = excluded.since
        RETURNING (SELECT process FROM before) AS taken_from`.execute(this.db);
      return written?.taken_from ? { here: true, takenFrom: written.taken_from } : { here: true };
    }
    const owner = await this.db.selectFrom('session_owners').select(['process', 'url']).where('session_id', '=', sessionId).executeTakeFirst();
    // The holder has not written its row yet (it claimed a moment ago): the client asks again.
    return { here: false, owner: owner && owner.process !== this.self.name ? { name: owner.process, url: owner.url } : null };
  }

  async release(sessionId: string): Promise<void> {
    if (!this.held.delete(sessionId) || this.lost !== null || this.holder === null) return;
    await this.db.deleteFrom('session_owners').where('session_id', '=', sessionId).where('process', '=', this.self.name).execute();
    await this.holder.query('SELECT pg_advisory_unlock(hashtextextended($1, 0))', [this.lockKey(sessionId)]);
  }

  /**
   * Refuses a write once the lock's connection is gone: another process may own this one's
   * sessions by now, and two writers would diverge.
   */
  protected checkWritable(): void {
    if (this.lost !== null) {
      throw new AppError('unavailable', 'Nothing was recorded: this server lost its hold on its database. Tell whoever runs the server: it must be restarted. Once it is back, send this again.', { retryAfter: 60 });
    }
  }

  protected isNameTaken(error: unknown): boolean {
    return (error as { code?: string; constraint?: string }).code === '23505' && (error as { constraint?: string }).constraint === 'participant_names';
  }

  private closing: Promise<void> | undefined;
  async close(): Promise<void> {
    await (this.closing ??= (async () => {
      const holder = this.holder;
      this.holder = null;
      holder?.release(true);
      await this.db.destroy();
    })());
  }
}

/** The URL as it can be logged: without its password. */
export function redacted(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = '***';
    return parsed.toString();
  } catch {
    return 'DATABASE_URL (not a URL)';
  }
}
