import { Kysely, PostgresDialect } from 'kysely';
import pg from 'pg';
import { AppError } from '../errors.ts';
import { silentLogger, type Logger } from '../log.ts';
import { migrate } from './migrations.ts';
import { SqlStore } from './sql-store.ts';
import type { Tables } from './tables.ts';

export interface PostgresStoreOptions {
  /**
   * The schema the tables live in (created if missing); unset: the connection's default (`public`).
   * Tests give each store its own, so that many stores share one database without seeing each other.
   */
  schema?: string;
  /** Connections kept open (pg's pool), one of them holding the store's lock. */
  connections?: number;
  log?: Logger;
}

/** A schema name this code may put into SQL as it is. */
const SCHEMA_NAME = /^[a-z_][a-z0-9_]{0,62}$/;

/**
 * The store on PostgreSQL (DATABASE_URL): the same queries as SQLite's (SqlStore). One server
 * process per schema until sessions have owners of their own (README, "Deployment"). A commit is acknowledged by PostgreSQL only once it is durable (synchronous_commit
 * on, its default), which is what "never lost once acknowledged" needs.
 */
export class PostgresStore extends SqlStore {
  /** The connection that holds this store's lock on its schema; null once closed. */
  private holder: pg.PoolClient | null = null;
  /** Set, for good, once the lock's connection is lost: what the operator was told. */
  private lost: string | null = null;

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
      await store.takeLock();
      if (schema !== null) await pool.query(`CREATE SCHEMA IF NOT EXISTS ${schema}`);
      await migrate(store.db, 'postgres', schema ?? 'public');
    } catch (error) {
      await store.close();
      throw new Error(`could not open the PostgreSQL store at ${redacted(url)}: ${(error as Error).message}`);
    }
    return store;
  }

  /**
   * One server process per database schema, for now: two would each keep their own copy of every
   * session in memory and diverge, as two on one DATA_DIR would. The lock is PostgreSQL's advisory
   * lock, held by one connection kept for the store's life; PostgreSQL lets go of it when that
   * connection ends, so a process that dies leaves nothing to clean up.
   */
  private async takeLock(): Promise<void> {
    const name = `rogatory:${this.schema ?? 'public'}`;
    const holder = await this.pool.connect();
    const { rows } = await holder.query<{ got: boolean; pid: number }>('SELECT pg_try_advisory_lock(hashtext($1)) AS got, pg_backend_pid() AS pid', [name]);
    if (!rows[0]!.got) {
      holder.release(true);
      throw new Error(`another Rogatory server is using this database${this.schema ? ` (schema ${this.schema})` : ''}. ` +
        'Two servers on one store would each keep their own copy of every session and diverge. Stop that server first, or give this one another DATABASE_SCHEMA.');
    }
    const lose = (why: string) => {
      if (this.lost !== null || this.holder === null) return;
      this.lost = why;
      this.log.error(`the connection holding this server's lock on its database was lost (${why}): every write is refused from now on (503). Restart this server.`);
    };
    holder.on('error', (error) => lose(error.message));
    holder.on('end', () => lose('the connection ended'));
    this.holder = holder;
  }

  /**
   * Refuses a write once the lock's connection is gone: another process may hold the lock by now,
   * and two writers would diverge.
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
