import { Migrator, sql, type Kysely, type Migration } from 'kysely';

export type Flavour = 'sqlite' | 'postgres';

/**
 * The one migration history of both stores, oldest first; Kysely's Migrator records which ran (in
 * `kysely_migration`) and runs each in a transaction. A change of schema is a new entry here, with
 * its SQL for both flavours, never an edit of an entry already released.
 */
export function migrations(flavour: Flavour): Record<string, Migration> {
  return {
    '0001-sessions': { up: (db) => (flavour === 'sqlite' ? sqliteInitial(db) : postgresInitial(db)) },
    // Several processes on PostgreSQL: who serves each session, so that the others can send its
    // clients there (ownership.ts). The advisory lock decides; a row only names the holder. SQLite
    // has the table too, unused, so that both stores keep one shape.
    '0002-session-owners': {
      up: (db) => run(db, 'CREATE TABLE session_owners (session_id TEXT PRIMARY KEY, process TEXT NOT NULL, url TEXT NOT NULL, since TEXT NOT NULL)'),
    },
  };
}

/** Brings the store (in `schema`, on PostgreSQL) to the newest shape; throws, naming the migration, when one fails. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- Kysely's Migrator works on any schema
export async function migrate(db: Kysely<any>, flavour: Flavour, schema?: string): Promise<void> {
  // Named: Kysely looks for its own tables across every schema otherwise, and would take another
  // schema's for this one's.
  const migrator = new Migrator({ db, provider: { getMigrations: async () => migrations(flavour) }, migrationTableSchema: schema });
  const { error, results } = await migrator.migrateToLatest();
  if (error) {
    const failed = results?.find((r) => r.status === 'Error')?.migrationName ?? 'unknown';
    throw new Error(`the database schema could not be brought up to date (migration ${failed}): ${error instanceof Error ? error.message : String(error)}`);
  }
}

async function run(db: Kysely<unknown>, statements: string): Promise<void> {
  for (const statement of statements.split(';').map((s) => s.trim()).filter(Boolean)) await sql.raw(statement).execute(db);
}

/**
 * SQLite's first entry is also the upgrade of every data folder made before this history existed:
 * tables created if missing, then each column added since the first release if missing. A
 * participant of then gets a name key no new name can equal (it holds a NUL), so old duplicates
 * block nobody.
 */
async function sqliteInitial(db: Kysely<unknown>): Promise<void> {
  await run(db, `
    CREATE TABLE IF NOT EXISTS sessions (
      id TEXT PRIMARY KEY, scenario_json TEXT NOT NULL, join_code TEXT NOT NULL UNIQUE, trainer_token_hash TEXT NOT NULL,
      status TEXT NOT NULL, parent_id TEXT REFERENCES sessions(id), parent_seq INTEGER, created_at TEXT NOT NULL);
    CREATE INDEX IF NOT EXISTS sessions_by_parent ON sessions(parent_id);
    CREATE TABLE IF NOT EXISTS inputs (
      session_id TEXT NOT NULL REFERENCES sessions(id), seq INTEGER NOT NULL, input_json TEXT NOT NULL, actor TEXT NOT NULL,
      vote_id TEXT, recorded_at TEXT NOT NULL, PRIMARY KEY (session_id, seq)) WITHOUT ROWID;
    CREATE TABLE IF NOT EXISTS participants (
      id TEXT PRIMARY KEY, session_id TEXT NOT NULL REFERENCES sessions(id), name TEXT NOT NULL, token_hash TEXT NOT NULL UNIQUE,
      joined_at TEXT NOT NULL);
    CREATE INDEX IF NOT EXISTS participants_by_session ON participants(session_id);
    CREATE TABLE IF NOT EXISTS votes (
      id TEXT PRIMARY KEY, session_id TEXT NOT NULL REFERENCES sessions(id), options_json TEXT NOT NULL, opened_at_seq INTEGER NOT NULL,
      opened_at TEXT NOT NULL, closes_at TEXT, closed_at TEXT, result_json TEXT);
    CREATE INDEX IF NOT EXISTS votes_by_session ON votes(session_id);
    CREATE TABLE IF NOT EXISTS command_keys (
      session_id TEXT NOT NULL REFERENCES sessions(id), key TEXT NOT NULL, fingerprint TEXT NOT NULL, seq INTEGER NOT NULL,
      created_json TEXT, recorded_at TEXT NOT NULL, PRIMARY KEY (session_id, key)) WITHOUT ROWID;
    CREATE INDEX IF NOT EXISTS command_keys_by_time ON command_keys(recorded_at);
    CREATE TABLE IF NOT EXISTS links (
      session_id TEXT NOT NULL REFERENCES sessions(id), id TEXT NOT NULL, role TEXT NOT NULL, token_hash TEXT NOT NULL, label TEXT,
      created_at TEXT NOT NULL, revoked_at TEXT, PRIMARY KEY (session_id, id)) WITHOUT ROWID;
    CREATE TABLE IF NOT EXISTS ballots (
      vote_id TEXT NOT NULL REFERENCES votes(id), participant_id TEXT NOT NULL REFERENCES participants(id), option INTEGER NOT NULL,
      cast_at TEXT NOT NULL, PRIMARY KEY (vote_id, participant_id)) WITHOUT ROWID`);
  for (const [table, column, ...statements] of SQLITE_ADDED_COLUMNS) {
    const { rows } = await sql<{ name: string }>`SELECT name FROM pragma_table_info(${table})`.execute(db);
    if (!rows.some((c) => c.name === column)) for (const statement of statements) await sql.raw(statement).execute(db);
  }
  await run(db, `CREATE UNIQUE INDEX IF NOT EXISTS participant_names ON participants(session_id, name_key) WHERE status != 'removed'`);
}

/** [table, column, statements that add it], in the order they were released. */
const SQLITE_ADDED_COLUMNS: [string, string, ...string[]][] = [
  ['sessions', 'admission', "ALTER TABLE sessions ADD COLUMN admission TEXT NOT NULL DEFAULT 'open'"],
  ['sessions', 'world_events', 'ALTER TABLE sessions ADD COLUMN world_events INTEGER NOT NULL DEFAULT 1'],
  // Votes recorded before tie rules were decided by the order of their options: they read as 'first'.
  ['votes', 'tie_rule', "ALTER TABLE votes ADD COLUMN tie_rule TEXT NOT NULL DEFAULT 'first'"],
  ['votes', 'prompt', 'ALTER TABLE votes ADD COLUMN prompt TEXT'],
  ['votes', 'hide_results', 'ALTER TABLE votes ADD COLUMN hide_results INTEGER NOT NULL DEFAULT 0'],
  ['votes', 'explain_choice', 'ALTER TABLE votes ADD COLUMN explain_choice INTEGER NOT NULL DEFAULT 0'],
  ['votes', 'seconds', 'ALTER TABLE votes ADD COLUMN seconds INTEGER'],
  ['votes', 'left_ms', 'ALTER TABLE votes ADD COLUMN left_ms INTEGER'],
  ['votes', 'revealed_at', 'ALTER TABLE votes ADD COLUMN revealed_at TEXT'],
  ['ballots', 'explanation', 'ALTER TABLE ballots ADD COLUMN explanation TEXT'],
  ['participants', 'status', "ALTER TABLE participants ADD COLUMN status TEXT NOT NULL DEFAULT 'admitted'"],
  ['participants', 'name_key', "ALTER TABLE participants ADD COLUMN name_key TEXT NOT NULL DEFAULT ''", 'UPDATE participants SET name_key = lower(name) || char(0) || id'],
  // Roles (issue 13): NULL everywhere means roles off, as every session before them was.
  ['sessions', 'roles_json', 'ALTER TABLE sessions ADD COLUMN roles_json TEXT'],
  ['participants', 'role', 'ALTER TABLE participants ADD COLUMN role TEXT'],
  ['votes', 'roles_json', 'ALTER TABLE votes ADD COLUMN roles_json TEXT'],
  ['ballots', 'role', 'ALTER TABLE ballots ADD COLUMN role TEXT'],
  // What-ifs and dates (issue 14): NULL is the scenario as written, as every session before them was.
  ['sessions', 'variant_json', 'ALTER TABLE sessions ADD COLUMN variant_json TEXT'],
];

/**
 * PostgreSQL starts at the newest shape. `rowid` stands in for SQLite's own: the order rows were
 * written, which the queries sort by (tables.ts).
 */
async function postgresInitial(db: Kysely<unknown>): Promise<void> {
  await run(db, `
    CREATE TABLE sessions (
      rowid BIGINT GENERATED ALWAYS AS IDENTITY UNIQUE,
      id TEXT PRIMARY KEY, scenario_json TEXT NOT NULL, join_code TEXT NOT NULL UNIQUE, trainer_token_hash TEXT NOT NULL,
      status TEXT NOT NULL, parent_id TEXT REFERENCES sessions(id), parent_seq INTEGER, created_at TEXT NOT NULL,
      admission TEXT NOT NULL DEFAULT 'open', roles_json TEXT, world_events INTEGER NOT NULL DEFAULT 1, variant_json TEXT);
    CREATE INDEX sessions_by_parent ON sessions(parent_id);
    CREATE TABLE inputs (
      session_id TEXT NOT NULL REFERENCES sessions(id), seq INTEGER NOT NULL, input_json TEXT NOT NULL, actor TEXT NOT NULL,
      vote_id TEXT, recorded_at TEXT NOT NULL, PRIMARY KEY (session_id, seq));
    CREATE TABLE participants (
      rowid BIGINT GENERATED ALWAYS AS IDENTITY UNIQUE,
      id TEXT PRIMARY KEY, session_id TEXT NOT NULL REFERENCES sessions(id), name TEXT NOT NULL, token_hash TEXT NOT NULL UNIQUE,
      joined_at TEXT NOT NULL, name_key TEXT NOT NULL, status TEXT NOT NULL DEFAULT 'admitted', role TEXT);
    CREATE INDEX participants_by_session ON participants(session_id);
    CREATE UNIQUE INDEX participant_names ON participants(session_id, name_key) WHERE status != 'removed';
    CREATE TABLE votes (
      rowid BIGINT GENERATED ALWAYS AS IDENTITY UNIQUE,
      id TEXT PRIMARY KEY, session_id TEXT NOT NULL REFERENCES sessions(id), options_json TEXT NOT NULL, opened_at_seq INTEGER NOT NULL,
      opened_at TEXT NOT NULL, closes_at TEXT, closed_at TEXT, result_json TEXT, roles_json TEXT,
      tie_rule TEXT NOT NULL DEFAULT 'first', prompt TEXT, hide_results INTEGER NOT NULL DEFAULT 0,
      explain_choice INTEGER NOT NULL DEFAULT 0, seconds INTEGER, left_ms INTEGER, revealed_at TEXT);
    CREATE INDEX votes_by_session ON votes(session_id);
    CREATE TABLE command_keys (
      session_id TEXT NOT NULL REFERENCES sessions(id), key TEXT NOT NULL, fingerprint TEXT NOT NULL, seq INTEGER NOT NULL,
      created_json TEXT, recorded_at TEXT NOT NULL, PRIMARY KEY (session_id, key));
    CREATE INDEX command_keys_by_time ON command_keys(recorded_at);
    CREATE TABLE links (
      session_id TEXT NOT NULL REFERENCES sessions(id), id TEXT NOT NULL, role TEXT NOT NULL, token_hash TEXT NOT NULL, label TEXT,
      created_at TEXT NOT NULL, revoked_at TEXT, PRIMARY KEY (session_id, id));
    CREATE TABLE ballots (
      vote_id TEXT NOT NULL REFERENCES votes(id), participant_id TEXT NOT NULL REFERENCES participants(id), option INTEGER NOT NULL,
      cast_at TEXT NOT NULL, explanation TEXT, role TEXT, PRIMARY KEY (vote_id, participant_id))`);
}
