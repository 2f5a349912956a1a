import { chmodSync, closeSync, existsSync, mkdirSync, openSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import Database from 'better-sqlite3';
import { AppError } from '../errors.ts';
import { silentLogger, type Logger } from '../log.ts';
import type { InputRecord, SessionStatus, VoteResult } from '../protocol.ts';
import { DataDirLock } from './lock.ts';
import type { Role } from '../../machines/request/roles.ts';
import { NameTaken, type BallotExtras, type CommandKeyRow, type JoinCodeHandOver, type LinkRow, type ParticipantRow, type SessionRow, type Store, type VoteBallots, type VoteRow } from './store.ts';

const SCHEMA = `
CREATE TABLE IF NOT EXISTS sessions (
  id                 TEXT PRIMARY KEY,
  scenario_json      TEXT NOT NULL,
  join_code          TEXT NOT NULL UNIQUE,
  trainer_token_hash TEXT NOT NULL,
  status             TEXT NOT NULL,
  parent_id          TEXT REFERENCES sessions(id),
  parent_seq         INTEGER,
  created_at         TEXT NOT NULL,
  admission          TEXT NOT NULL DEFAULT 'open',
  roles_json         TEXT,
  world_events       INTEGER NOT NULL DEFAULT 1,
  variant_json       TEXT
);
CREATE INDEX IF NOT EXISTS sessions_by_parent ON sessions(parent_id);
CREATE TABLE IF NOT EXISTS inputs (
  session_id  TEXT NOT NULL REFERENCES sessions(id),
  seq         INTEGER NOT NULL,
  input_json  TEXT NOT NULL,
  actor       TEXT NOT NULL,
  vote_id     TEXT,
  recorded_at TEXT NOT NULL,
  PRIMARY KEY (session_id, seq)
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS participants (
  id         TEXT PRIMARY KEY,
  session_id TEXT NOT NULL REFERENCES sessions(id),
  name       TEXT NOT NULL,
  token_hash TEXT NOT NULL UNIQUE,
  joined_at  TEXT NOT NULL,
  name_key   TEXT NOT NULL,
  status     TEXT NOT NULL DEFAULT 'admitted',
  role       TEXT
);
CREATE INDEX IF NOT EXISTS participants_by_session ON participants(session_id);
CREATE TABLE IF NOT EXISTS votes (
  id            TEXT PRIMARY KEY,
  session_id    TEXT NOT NULL REFERENCES sessions(id),
  options_json  TEXT NOT NULL,
  opened_at_seq INTEGER NOT NULL,
  opened_at     TEXT NOT NULL,
  closes_at     TEXT,
  closed_at     TEXT,
  result_json   TEXT,
  roles_json    TEXT
);
CREATE INDEX IF NOT EXISTS votes_by_session ON votes(session_id);
CREATE TABLE IF NOT EXISTS command_keys (
  session_id   TEXT NOT NULL REFERENCES sessions(id),
  key          TEXT NOT NULL,
  fingerprint  TEXT NOT NULL,
  seq          INTEGER NOT NULL,
  created_json TEXT,
  recorded_at  TEXT NOT NULL,
  PRIMARY KEY (session_id, key)
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS command_keys_by_time ON command_keys(recorded_at);
CREATE TABLE IF NOT EXISTS links (
  session_id TEXT NOT NULL REFERENCES sessions(id),
  id         TEXT NOT NULL,
  role       TEXT NOT NULL,
  token_hash TEXT NOT NULL,
  label      TEXT,
  created_at TEXT NOT NULL,
  revoked_at TEXT,
  PRIMARY KEY (session_id, id)
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS ballots (
  vote_id        TEXT NOT NULL REFERENCES votes(id),
  participant_id TEXT NOT NULL REFERENCES participants(id),
  option         INTEGER NOT NULL,
  cast_at        TEXT NOT NULL,
  role           TEXT,
  PRIMARY KEY (vote_id, participant_id)
) WITHOUT ROWID;
`;

/**
 * Columns added after the first release, for data folders made before them. A participant of then
 * gets a name key no new name can equal (it holds a NUL), so old duplicates block nobody.
 */
const MIGRATIONS: { table: string; column: string; sql: string[] }[] = [
  { table: 'sessions', column: 'admission', sql: ["ALTER TABLE sessions ADD COLUMN admission TEXT NOT NULL DEFAULT 'open'"] },
  { table: 'sessions', column: 'world_events', sql: ['ALTER TABLE sessions ADD COLUMN world_events INTEGER NOT NULL DEFAULT 1'] },
  // Votes recorded before tie rules were decided by the order of their options: they read as 'first'.
  { table: 'votes', column: 'tie_rule', sql: ["ALTER TABLE votes ADD COLUMN tie_rule TEXT NOT NULL DEFAULT 'first'"] },
  { table: 'votes', column: 'prompt', sql: ['ALTER TABLE votes ADD COLUMN prompt TEXT'] },
  { table: 'votes', column: 'hide_results', sql: ['ALTER TABLE votes ADD COLUMN hide_results INTEGER NOT NULL DEFAULT 0'] },
  { table: 'votes', column: 'explain_choice', sql: ['ALTER TABLE votes ADD COLUMN explain_choice INTEGER NOT NULL DEFAULT 0'] },
  { table: 'votes', column: 'seconds', sql: ['ALTER TABLE votes ADD COLUMN seconds INTEGER'] },
  { table: 'votes', column: 'left_ms', sql: ['ALTER TABLE votes ADD COLUMN left_ms INTEGER'] },
  { table: 'votes', column: 'revealed_at', sql: ['ALTER TABLE votes ADD COLUMN revealed_at TEXT'] },
  { table: 'ballots', column: 'explanation', sql: ['ALTER TABLE ballots ADD COLUMN explanation TEXT'] },
  { table: 'participants', column: 'status', sql: ["ALTER TABLE participants ADD COLUMN status TEXT NOT NULL DEFAULT 'admitted'"] },
  {
    table: 'participants', column: 'name_key',
    sql: ["ALTER TABLE participants ADD COLUMN name_key TEXT NOT NULL DEFAULT ''", "UPDATE participants SET name_key = lower(name) || char(0) || id"],
  },
  // Roles (issue 13): NULL everywhere means roles off, as every session before them was.
  { table: 'sessions', column: 'roles_json', sql: ['ALTER TABLE sessions ADD COLUMN roles_json TEXT'] },
  { table: 'participants', column: 'role', sql: ['ALTER TABLE participants ADD COLUMN role TEXT'] },
  { table: 'votes', column: 'roles_json', sql: ['ALTER TABLE votes ADD COLUMN roles_json TEXT'] },
  { table: 'ballots', column: 'role', sql: ['ALTER TABLE ballots ADD COLUMN role TEXT'] },
  // What-ifs and dates (issue 14): NULL is the scenario as written, as every session before them was.
  { table: 'sessions', column: 'variant_json', sql: ['ALTER TABLE sessions ADD COLUMN variant_json TEXT'] },
];

/** Names are unique among the participants of a session who were not removed. */
const NAME_INDEX = `CREATE UNIQUE INDEX IF NOT EXISTS participant_names ON participants(session_id, name_key) WHERE status != 'removed'`;

interface SessionDbRow {
  id: string;
  scenario_json: string;
  join_code: string;
  trainer_token_hash: string;
  status: SessionStatus;
  parent_id: string | null;
  parent_seq: number | null;
  created_at: string;
  admission: SessionRow['admission'];
  roles_json: string | null;
  world_events: number;
  variant_json: string | null;
}

interface InputDbRow {
  seq: number;
  input_json: string;
  actor: InputRecord['actor'];
  vote_id: string | null;
  recorded_at: string;
}

interface CommandKeyDbRow {
  session_id: string;
  key: string;
  fingerprint: string;
  seq: number;
  created_json: string | null;
  recorded_at: string;
}

interface ParticipantDbRow {
  id: string;
  session_id: string;
  name: string;
  name_key: string;
  status: ParticipantRow['status'];
  token_hash: string;
  joined_at: string;
  role: Role | null;
}

interface LinkDbRow {
  session_id: string;
  id: string;
  role: LinkRow['role'];
  token_hash: string;
  label: string | null;
  created_at: string;
  revoked_at: string | null;
}

interface VoteDbRow {
  id: string;
  session_id: string;
  options_json: string;
  opened_at_seq: number;
  opened_at: string;
  closes_at: string | null;
  closed_at: string | null;
  result_json: string | null;
  roles_json: string | null;
  tie_rule: VoteRow['settings']['tie'];
  prompt: string | null;
  hide_results: number;
  explain_choice: number;
  seconds: number | null;
  left_ms: number | null;
  revealed_at: string | null;
}

const toSession = (r: SessionDbRow): SessionRow => ({
  id: r.id,
  scenario: JSON.parse(r.scenario_json),
  joinCode: r.join_code,
  trainerTokenHash: r.trainer_token_hash,
  status: r.status,
  parent: r.parent_id === null ? null : { id: r.parent_id, atSeq: r.parent_seq ?? 0 },
  createdAt: r.created_at,
  admission: r.admission,
  roles: r.roles_json === null ? null : JSON.parse(r.roles_json),
  worldEvents: r.world_events !== 0,
  variant: r.variant_json === null ? null : JSON.parse(r.variant_json),
});

const toInput = (r: InputDbRow): InputRecord => ({
  seq: r.seq, input: JSON.parse(r.input_json), actor: r.actor, voteId: r.vote_id, recordedAt: r.recorded_at,
});

const toParticipant = (r: ParticipantDbRow): ParticipantRow => ({
  id: r.id, sessionId: r.session_id, name: r.name, nameKey: r.name_key, status: r.status, tokenHash: r.token_hash, joinedAt: r.joined_at, role: r.role,
});

const toLink = (r: LinkDbRow): LinkRow => ({
  sessionId: r.session_id, id: r.id, role: r.role, tokenHash: r.token_hash, label: r.label, createdAt: r.created_at, revokedAt: r.revoked_at,
});

const toCommandKey = (r: CommandKeyDbRow): CommandKeyRow => ({
  sessionId: r.session_id, key: r.key, fingerprint: r.fingerprint, seq: r.seq,
  created: r.created_json === null ? null : JSON.parse(r.created_json), recordedAt: r.recorded_at,
});

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
export class SqliteStore implements Store {
  private readonly db: Database.Database;
  private readonly insertInput: Database.Statement;
  private readonly upsertKey: Database.Statement;
  private readonly log: Logger;
  private readonly lock: DataDirLock | undefined;
  /** The database file and its WAL as opened: every write first checks that the paths still lead to them. */
  private readonly opened: { path: string; id: Identity }[];
  /** Set, for good, once the files are found gone: what the operator was told. */
  private gone: string | null = null;
  /** How long the integrity check at start took (ms), for the start-up log. */
  readonly integrityCheckMs: number;

  constructor(readonly file: string, options: SqliteStoreOptions = {}) {
    this.log = options.log ?? silentLogger;
    this.lock = options.lock;
    privateFiles(file, this.log);
    this.db = new Database(file);
    try {
      this.db.pragma('busy_timeout = 5000');
      // Before anything writes: a damaged file is refused as it is, for whoever will recover it.
      // integrity_check rather than quick_check: both take about 2 ms on a 10,000-input store
      // (bench/store-checks.ts), and integrity_check also checks every index against its table.
      const started = performance.now();
      const problems = (this.db.pragma('integrity_check') as { integrity_check: string }[]).map((r) => r.integrity_check);
      this.integrityCheckMs = performance.now() - started;
      if (problems.length !== 1 || problems[0] !== 'ok') throw new Error(damaged(file, problems.slice(0, 3).join('; ')));
      this.db.pragma('journal_mode = WAL');
      // Explicit: in WAL mode the effective default differs between connections (TOOLCHAIN.md), and
      // FULL makes each commit survive a power cut, which is what "never lost once acknowledged" needs.
      this.db.pragma('synchronous = FULL');
      this.db.pragma('foreign_keys = ON');
      this.db.exec(SCHEMA);
      this.migrate();
      // Reading in WAL mode opens the -wal and -shm files; SQLite gives them the database's mode.
      this.db.prepare('SELECT COUNT(*) FROM sessions').get();
    } catch (error) {
      this.db.close();
      const code = (error as { code?: string }).code;
      if (code === 'SQLITE_CORRUPT' || code === 'SQLITE_NOTADB') throw new Error(damaged(file, (error as Error).message));
      throw error;
    }
    privateFiles(file, this.log);
    this.opened = [file, `${file}-wal`].flatMap((path) => {
      const id = identity(path);
      return id ? [{ path, id }] : [];
    });
    // Appends only right after the last seq: the log can have neither holes nor rewrites.
    this.insertInput = this.db.prepare(`
      INSERT INTO inputs (session_id, seq, input_json, actor, vote_id, recorded_at)
      SELECT @sessionId, @seq, @input, @actor, @voteId, @recordedAt
      WHERE (SELECT COALESCE(MAX(seq), 0) FROM inputs WHERE session_id = @sessionId) = @seq - 1`);
    // The service looks a key up before it applies the command, so a key already there has expired.
    this.upsertKey = this.db.prepare(`
      INSERT INTO command_keys (session_id, key, fingerprint, seq, created_json, recorded_at)
      VALUES (@sessionId, @key, @fingerprint, @seq, @created, @recordedAt)
      ON CONFLICT (session_id, key) DO UPDATE SET
        fingerprint = excluded.fingerprint, seq = excluded.seq, created_json = excluded.created_json, recorded_at = excluded.recorded_at`);
  }

  private migrate(): void {
    this.db.transaction(() => {
      for (const m of MIGRATIONS) {
        const columns = this.db.prepare(`PRAGMA table_info(${m.table})`).all() as { name: string }[];
        if (!columns.some((c) => c.name === m.column)) for (const sql of m.sql) this.db.exec(sql);
      }
      this.db.exec(NAME_INDEX);
    })();
  }

  /**
   * Opens (creating if need be) the store in a data folder: the folder private to this user, its
   * lock taken (one server process per folder), the database checked before anything is written.
   */
  static inFolder(dataDir: string, options: { log?: Logger } = {}): SqliteStore {
    const log = options.log ?? silentLogger;
    mkdirSync(dataDir, { recursive: true, mode: DIR_MODE });
    const lock = DataDirLock.acquire(dataDir, log);
    try {
      return new SqliteStore(join(dataDir, 'rogatory.sqlite'), { log, lock });
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

  /** For tests and start-up logs: what the connection really runs with. */
  pragmas(): { journalMode: string; synchronous: number } {
    return {
      journalMode: this.db.pragma('journal_mode', { simple: true }) as string,
      synchronous: this.db.pragma('synchronous', { simple: true }) as number,
    };
  }

  async createSession(s: SessionRow, inputs: readonly InputRecord[], key?: CommandKeyRow, handOver?: JoinCodeHandOver): Promise<void> {
    this.checkWritable();
    this.db.transaction(() => {
      // The parent lets go of its code first: codes are unique.
      if (handOver && s.parent) this.db.prepare('UPDATE sessions SET join_code = ? WHERE id = ?').run(handOver.parentCode, s.parent.id);
      this.db
        .prepare(`INSERT INTO sessions (id, scenario_json, join_code, trainer_token_hash, status, parent_id, parent_seq, created_at, admission, roles_json, world_events, variant_json)
                  VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`)
        .run(s.id, JSON.stringify(s.scenario), s.joinCode, s.trainerTokenHash, s.status, s.parent?.id ?? null, s.parent?.atSeq ?? null, s.createdAt, s.admission,
          s.roles ? JSON.stringify(s.roles) : null, s.worldEvents ? 1 : 0, s.variant ? JSON.stringify(s.variant) : null);
      for (const record of inputs) this.append(s.id, record);
      if (key) this.putKey(key);
    })();
  }

  async getSession(id: string): Promise<SessionRow | undefined> {
    const row = this.db.prepare('SELECT * FROM sessions WHERE id = ?').get(id) as SessionDbRow | undefined;
    return row && toSession(row);
  }

  async sessionByJoinCode(code: string): Promise<SessionRow | undefined> {
    const row = this.db.prepare('SELECT * FROM sessions WHERE join_code = ?').get(code) as SessionDbRow | undefined;
    return row && toSession(row);
  }

  async newestBranch(id: string): Promise<SessionRow | undefined> {
    const row = this.db.prepare('SELECT * FROM sessions WHERE parent_id = ? ORDER BY created_at DESC, rowid DESC LIMIT 1').get(id) as SessionDbRow | undefined;
    return row && toSession(row);
  }

  async setStatus(id: string, status: SessionStatus, key?: CommandKeyRow): Promise<void> {
    this.checkWritable();
    this.db.transaction(() => {
      this.db.prepare('UPDATE sessions SET status = ? WHERE id = ?').run(status, id);
      if (key) this.putKey(key);
    })();
  }

  async setAdmission(id: string, admission: SessionRow['admission']): Promise<void> {
    this.checkWritable();
    this.db.prepare('UPDATE sessions SET admission = ? WHERE id = ?').run(admission, id);
  }

  async setRoles(id: string, roles: Role[] | null): Promise<void> {
    this.checkWritable();
    this.db.prepare('UPDATE sessions SET roles_json = ? WHERE id = ?').run(roles ? JSON.stringify(roles) : null, id);
  }

  async setWorldEvents(id: string, on: boolean): Promise<void> {
    this.checkWritable();
    this.db.prepare('UPDATE sessions SET world_events = ? WHERE id = ?').run(on ? 1 : 0, id);
  }

  async appendInput(sessionId: string, record: InputRecord, key?: CommandKeyRow): Promise<void> {
    this.checkWritable();
    if (!key) return this.append(sessionId, record);
    this.db.transaction(() => {
      this.append(sessionId, record);
      this.putKey(key);
    })();
  }

  private append(sessionId: string, r: InputRecord): void {
    const { changes } = this.insertInput.run({
      sessionId, seq: r.seq, input: JSON.stringify(r.input), actor: r.actor, voteId: r.voteId, recordedAt: r.recordedAt,
    });
    if (changes !== 1) throw new Error(`input ${r.seq} of session ${sessionId} does not follow the last one recorded`);
  }

  async inputs(sessionId: string): Promise<InputRecord[]> {
    const rows = this.db.prepare('SELECT seq, input_json, actor, vote_id, recorded_at FROM inputs WHERE session_id = ? ORDER BY seq').all(sessionId);
    return (rows as InputDbRow[]).map(toInput);
  }

  async addParticipant(p: ParticipantRow): Promise<void> {
    this.checkWritable();
    nameChecked(() =>
      this.db
        .prepare('INSERT INTO participants (id, session_id, name, name_key, status, token_hash, joined_at, role) VALUES (?, ?, ?, ?, ?, ?, ?, ?)')
        .run(p.id, p.sessionId, p.name, p.nameKey, p.status, p.tokenHash, p.joinedAt, p.role ?? null),
    );
  }

  async updateParticipant(
    id: string, change: { name: string; nameKey: string } | { status: ParticipantRow['status']; tokenHash?: string } | { role: Role | null },
  ): Promise<void> {
    this.checkWritable();
    if ('role' in change) this.db.prepare('UPDATE participants SET role = ? WHERE id = ?').run(change.role, id);
    else if ('status' in change) {
      if (change.tokenHash) this.db.prepare('UPDATE participants SET status = ?, token_hash = ? WHERE id = ?').run(change.status, change.tokenHash, id);
      else this.db.prepare('UPDATE participants SET status = ? WHERE id = ?').run(change.status, id);
    }
    else nameChecked(() => this.db.prepare('UPDATE participants SET name = ?, name_key = ? WHERE id = ?').run(change.name, change.nameKey, id));
  }

  async participantByTokenHash(hash: string): Promise<ParticipantRow | undefined> {
    const row = this.db.prepare('SELECT * FROM participants WHERE token_hash = ?').get(hash) as ParticipantDbRow | undefined;
    return row && toParticipant(row);
  }

  async participants(sessionId: string, options: { removed?: boolean } = {}): Promise<ParticipantRow[]> {
    const rows = this.db.prepare(`SELECT * FROM participants WHERE session_id = ? ${options.removed ? '' : "AND status != 'removed'"} ORDER BY joined_at, rowid`).all(sessionId);
    return (rows as ParticipantDbRow[]).map(toParticipant);
  }

  async addLink(l: LinkRow): Promise<void> {
    this.checkWritable();
    this.db
      .prepare('INSERT INTO links (session_id, id, role, token_hash, label, created_at, revoked_at) VALUES (?, ?, ?, ?, ?, ?, ?)')
      .run(l.sessionId, l.id, l.role, l.tokenHash, l.label, l.createdAt, l.revokedAt);
  }

  async links(sessionId: string): Promise<LinkRow[]> {
    const rows = this.db.prepare('SELECT * FROM links WHERE session_id = ? ORDER BY created_at, id').all(sessionId) as LinkDbRow[];
    return rows.map(toLink);
  }

  async revokeLink(sessionId: string, id: string, at: string): Promise<boolean> {
    this.checkWritable();
    return this.db.prepare('UPDATE links SET revoked_at = ? WHERE session_id = ? AND id = ? AND revoked_at IS NULL').run(at, sessionId, id).changes === 1;
  }

  async openVote(v: VoteRow, key?: CommandKeyRow): Promise<void> {
    this.checkWritable();
    this.db.transaction(() => {
      this.db
        .prepare(`INSERT INTO votes (id, session_id, options_json, opened_at_seq, opened_at, closes_at, tie_rule, prompt, hide_results, explain_choice, seconds, left_ms, roles_json)
                  VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`)
        .run(v.id, v.sessionId, JSON.stringify(v.options), v.openedAtSeq, v.openedAt, v.closesAt, v.settings.tie, v.settings.prompt,
          Number(v.settings.hideResults), Number(v.settings.explain), v.settings.seconds, v.leftMs, v.roles ? JSON.stringify(v.roles) : null);
      if (key) this.putKey(key);
    })();
  }

  async castBallot(voteId: string, participantId: string, option: number, at: string, ballot: BallotExtras = {}): Promise<void> {
    this.checkWritable();
    // A participant may change their mind while the vote is open: the last ballot counts.
    this.db
      .prepare(`INSERT INTO ballots (vote_id, participant_id, option, cast_at, explanation, role) VALUES (?, ?, ?, ?, ?, ?)
                ON CONFLICT (vote_id, participant_id) DO UPDATE SET option = excluded.option, cast_at = excluded.cast_at,
                  explanation = excluded.explanation, role = excluded.role`)
      .run(voteId, participantId, option, at, ballot.explanation ?? null, ballot.role ?? null);
  }

  async setVoteClock(voteId: string, closesAt: string | null, leftMs: number | null): Promise<void> {
    this.checkWritable();
    this.db.prepare('UPDATE votes SET closes_at = ?, left_ms = ? WHERE id = ?').run(closesAt, leftMs, voteId);
  }

  async revealVote(voteId: string, at: string): Promise<void> {
    this.checkWritable();
    this.db.prepare('UPDATE votes SET revealed_at = COALESCE(revealed_at, ?) WHERE id = ?').run(at, voteId);
  }

  async removeBallot(voteId: string, participantId: string): Promise<void> {
    this.checkWritable();
    this.db.prepare('DELETE FROM ballots WHERE vote_id = ? AND participant_id = ?').run(voteId, participantId);
  }

  async closeVote(sessionId: string, voteId: string, closedAt: string, result: VoteResult, input: InputRecord | null, key?: CommandKeyRow): Promise<void> {
    this.checkWritable();
    this.db.transaction(() => {
      if (input) this.append(sessionId, input);
      this.db.prepare('UPDATE votes SET closed_at = ?, result_json = ? WHERE id = ?').run(closedAt, JSON.stringify(result), voteId);
      if (key) this.putKey(key);
    })();
  }

  async votes(sessionId: string, ballotsOf: 'all' | 'last' = 'all'): Promise<VoteRow[]> {
    const rows = this.db.prepare('SELECT * FROM votes WHERE session_id = ? ORDER BY opened_at, rowid').all(sessionId) as VoteDbRow[];
    const last = rows.at(-1);
    const cast = ballotsOf === 'all' ? await this.ballots(sessionId) : last ? this.ballotsWhere('b.vote_id = ?', last.id) : new Map();
    return rows.map((r) => {
      const of = cast.get(r.id);
      return {
        id: r.id,
        sessionId: r.session_id,
        options: JSON.parse(r.options_json),
        openedAtSeq: r.opened_at_seq,
        openedAt: r.opened_at,
        closesAt: r.closes_at,
        closedAt: r.closed_at,
        result: r.result_json === null ? null : JSON.parse(r.result_json),
        ballots: of?.ballots ?? new Map(),
        settings: { prompt: r.prompt, tie: r.tie_rule, hideResults: r.hide_results === 1, explain: r.explain_choice === 1, seconds: r.seconds },
        leftMs: r.left_ms,
        revealedAt: r.revealed_at,
        explanations: of?.explanations ?? new Map(),
        roles: r.roles_json === null ? null : JSON.parse(r.roles_json),
        ballotRoles: of?.ballotRoles ?? new Map(),
      };
    });
  }

  async ballots(sessionId: string): Promise<Map<string, VoteBallots>> {
    return this.ballotsWhere('v.session_id = ?', sessionId);
  }

  /**
   * Ballots in one statement, not one per vote: a class of 25 that voted a thousand times cast
   * 25,000. Within a vote they come in the order cast, ballots cast in the same millisecond by
   * participant id (as the ballots' primary key hands them to the sort).
   */
  private ballotsWhere(where: string, param: string): Map<string, VoteBallots> {
    const cast = this.db
      .prepare(`SELECT b.vote_id, b.participant_id, b.option, b.explanation, b.role FROM votes v JOIN ballots b ON b.vote_id = v.id
                WHERE ${where} ORDER BY v.rowid, b.cast_at, b.participant_id`)
      .raw()
      .all(param) as [string, string, number, string | null, Role | null][];
    // The same few participants cast every ballot: one string for each of them, not one per ballot.
    const ids = new Map<string, string>();
    const byVote = new Map<string, VoteBallots>();
    for (const [voteId, castBy, option, explanation, role] of cast) {
      let participant = ids.get(castBy);
      if (participant === undefined) ids.set(castBy, (participant = castBy));
      let of = byVote.get(voteId);
      if (!of) byVote.set(voteId, (of = { ballots: new Map(), explanations: new Map(), ballotRoles: new Map() }));
      of.ballots.set(participant, option);
      if (explanation !== null) of.explanations.set(participant, explanation);
      of.ballotRoles!.set(participant, role);
    }
    return byVote;
  }

  async putCommandKey(key: CommandKeyRow): Promise<void> {
    this.checkWritable();
    this.putKey(key);
  }

  private putKey(k: CommandKeyRow): void {
    this.upsertKey.run({
      sessionId: k.sessionId, key: k.key, fingerprint: k.fingerprint, seq: k.seq,
      created: k.created === null ? null : JSON.stringify(k.created), recordedAt: k.recordedAt,
    });
  }

  async commandKey(sessionId: string, key: string, notBefore: string): Promise<CommandKeyRow | undefined> {
    const row = this.db.prepare('SELECT * FROM command_keys WHERE session_id = ? AND key = ? AND recorded_at >= ?').get(sessionId, key, notBefore) as CommandKeyDbRow | undefined;
    return row && toCommandKey(row);
  }

  async forgetCommandKeys(before: string): Promise<number> {
    this.checkWritable();
    return this.db.prepare('DELETE FROM command_keys WHERE recorded_at < ?').run(before).changes;
  }

  async close(): Promise<void> {
    if (this.db.open) this.db.close();
    this.lock?.release();
  }
}

/** The unique index on names, as the error the service turns into words. */
function nameChecked(write: () => unknown): void {
  try {
    write();
  } catch (error) {
    if (error instanceof Error && /UNIQUE constraint failed: participants\.session_id, participants\.name_key/.test(error.message)) throw new NameTaken(error.message);
    throw error;
  }
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
