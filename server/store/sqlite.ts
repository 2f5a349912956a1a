import { chmodSync, closeSync, existsSync, mkdirSync, openSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import Database from 'better-sqlite3';
import { Kysely, SqliteDialect } from 'kysely';
import { AppError } from '../errors.ts';
import { silentLogger, type Logger } from '../log.ts';
import { DataDirLock } from './lock.ts';
import { migrate } from './migrations.ts';
import { SqlStore } from './sql-store.ts';
import type { Tables } from './tables.ts';

export interface SqliteStoreOptions {
  log?: Logger;
  /** The data folder's lock, released when the store closes. */
  lock?: DataDirLock;
}

/** A file's identity: a file deleted, or replaced by another one at the same path, no longer has it. */
interface Identity {
  dev: number;
  ino: number;
}

const identity = (path: string): Identity | undefined => {
  const stat = statSync(path, { throwIfNoEntry: false });
  return stat && { dev: stat.dev, ino: stat.ino };
};

/** Owner only: the database holds trainers' session logs and participants' names. */
const FILE_MODE = 0o600;
const DIR_MODE = 0o700;

/** The single-process store: one SQLite file under DATA_DIR, written durably before anything is acknowledged. */
export class SqliteStore extends SqlStore {
  /** Set, for good, once the files are found gone: what the operator was told. */
  private gone: string | null = null;

  private constructor(
    readonly file: string,
    private readonly sqlite: Database.Database,
    /** How long the integrity check at start took (ms), for the start-up log. */
    readonly integrityCheckMs: number,
    private readonly log: Logger,
    /** The database file and its WAL as opened: every write first checks that the paths still lead to them. */
    private readonly opened: { path: string; id: Identity }[],
    private readonly lock: DataDirLock | undefined,
  ) {
    super(new Kysely<Tables>({ dialect: new SqliteDialect({ database: preparedOnce(sqlite) }) }));
  }

  /** Opens (creating if need be) the database file, checked before anything writes, its schema brought up to date. */
  static async open(file: string, options: SqliteStoreOptions = {}): Promise<SqliteStore> {
    const log = options.log ?? silentLogger;
    privateFiles(file, log);
    const sqlite = new Database(file);
    let store: SqliteStore | undefined;
    try {
      sqlite.pragma('busy_timeout = 5000');
      // Before anything writes: a damaged file is refused as it is, for whoever will recover it.
      // integrity_check rather than quick_check: both take about 2 ms on a 10,000-input store
      // (bench/store-checks.ts), and integrity_check also checks every index against its table.
      const started = performance.now();
      const problems = (sqlite.pragma('integrity_check') as { integrity_check: string }[]).map((r) => r.integrity_check);
      const integrityCheckMs = performance.now() - started;
      if (problems.length !== 1 || problems[0] !== 'ok') throw new Error(damaged(file, problems.slice(0, 3).join('; ')));
      sqlite.pragma('journal_mode = WAL');
      // Explicit: in WAL mode the effective default differs between connections (TOOLCHAIN.md), and
      // FULL makes each commit survive a power cut, which is what "never lost once acknowledged" needs.
      sqlite.pragma('synchronous = FULL');
      sqlite.pragma('foreign_keys = ON');
      store = new SqliteStore(file, sqlite, integrityCheckMs, log, [], options.lock);
      await migrate(store.db, 'sqlite');
      // Reading in WAL mode opens the -wal and -shm files; SQLite gives them the database's mode.
      sqlite.prepare('SELECT COUNT(*) FROM sessions').get();
    } catch (error) {
      sqlite.close();
      const code = (error as { code?: string }).code;
      if (code === 'SQLITE_CORRUPT' || code === 'SQLITE_NOTADB') throw new Error(damaged(file, (error as Error).message));
      throw error;
    }
    privateFiles(file, log);
    for (const path of [file, `${file}-wal`]) {
      const id = identity(path);
      if (id) store.opened.push({ path, id });
    }
    return store;
  }

  /**
   * Opens (creating if need be) the store in a data folder: the folder private to this user, its
   * lock taken (one server process per folder), the database checked before anything is written.
   */
  static async inFolder(dataDir: string, options: { log?: Logger } = {}): Promise<SqliteStore> {
    const log = options.log ?? silentLogger;
    mkdirSync(dataDir, { recursive: true, mode: DIR_MODE });
    const lock = DataDirLock.acquire(dataDir, log);
    try {
      return await SqliteStore.open(join(dataDir, 'rogatory.sqlite'), { log, lock });
    } catch (error) {
      lock.release();
      throw error;
    }
  }

  /**
   * Refuses a write (AppError `unavailable`, a 503) when the database file or its WAL is no longer
   * the one opened (deleted, or replaced by another file), or the data folder's lock is no longer
   * ours: SQLite would go on writing into a file nobody will ever read again, and acknowledge it.
   * Two or three stat calls, well under the cost of the commit that follows (bench/store-checks.ts).
   * The operator is told once; every write after it is refused the same way.
   */
  checkWritable(): void {
    if (this.gone === null) {
      const lost = this.opened.find(({ path, id }) => {
        const now = identity(path);
        return !now || now.ino !== id.ino || now.dev !== id.dev;
      });
      if (lost) {
        this.gone = `the database ${lost.path} was deleted or replaced while the server ran`;
      } else if (this.lock && !this.lock.held()) {
        this.gone = `the lock ${this.lock.file} was removed or taken by another process while this server ran`;
      }
      if (this.gone !== null) {
        this.log.error(`${this.gone}: every write is refused from now on (503), nothing more is acknowledged. ` +
          `Stop this server, keep a copy of ${dirname(this.file)} as it is, and start it again (restoring the database from a backup if it is gone).`);
      }
    }
    if (this.gone !== null) {
      throw new AppError('unavailable', 'Nothing was recorded: this server can no longer write its database (it was deleted or replaced, or another server took its data folder, while this one ran). Tell whoever runs the server: it must be restarted. Once it is back, send this again.', { retryAfter: 60 });
    }
  }

  protected isNameTaken(error: unknown): boolean {
    return error instanceof Error && /UNIQUE constraint failed: participants\.session_id, participants\.name_key/.test(error.message);
  }

  /** For tests and start-up logs: what the connection really runs with. */
  pragmas(): { journalMode: string; synchronous: number } {
    return {
      journalMode: this.sqlite.pragma('journal_mode', { simple: true }) as string,
      synchronous: this.sqlite.pragma('synchronous', { simple: true }) as number,
    };
  }

  async close(): Promise<void> {
    if (this.sqlite.open) await this.db.destroy();
    this.lock?.release();
  }
}

/**
 * Kysely's SQLite driver prepares every statement it runs; the store runs the same few dozen
 * statements over and over, so each is prepared once and kept (a Map from SQL text).
 */
function preparedOnce(sqlite: Database.Database): { close(): void; prepare(sql: string): Database.Statement } {
  const prepared = new Map<string, Database.Statement>();
  return {
    close: () => sqlite.close(),
    prepare(sql: string) {
      let statement = prepared.get(sql);
      if (!statement) prepared.set(sql, (statement = sqlite.prepare(sql)));
      return statement;
    },
  };
}

/**
 * The database and its companions readable by this user only. A new database is created 0600, and
 * SQLite gives its -wal and -shm files the database's mode; files left by an older version
 * (0644) are narrowed. A file this user may not chmod is said, not fatal.
 */
function privateFiles(file: string, log: Logger): void {
  if (!existsSync(file)) closeSync(openSync(file, 'a', FILE_MODE));
  for (const path of [file, `${file}-wal`, `${file}-shm`]) {
    try {
      if ((statSync(path).mode & 0o777) !== FILE_MODE) chmodSync(path, FILE_MODE);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code !== 'ENOENT') log.warn(`could not make ${path} private to this user (${code}): other users of this machine may read it`);
    }
  }
}

function damaged(file: string, detail: string): string {
  return `the database ${file} is damaged (${detail}). Nothing was changed. Keep a copy of its folder as it is, then restore ` +
    `${file} from a backup, or move it (with its -wal and -shm files) away to start with an empty store; ` +
    `sqlite3's ".recover" command may save what is left of it.`;
}
