import { sql, type Kysely, type Transaction } from 'kysely';
import type { Role } from '../../machines/request/roles.ts';
import type { InputRecord, SessionStatus, VoteResult } from '../protocol.ts';
import type { InputsTable, LinksTable, ParticipantsTable, SessionsTable, Tables, VotesTable, CommandKeysTable } from './tables.ts';
import { NameTaken, type Admission, type BallotExtras, type CommandKeyRow, type JoinCodeHandOver, type LinkRow, type ParticipantRow, type SessionRow, type Store, type VoteBallots, type VoteRow } from './store.ts';

type Db = Kysely<Tables> | Transaction<Tables>;

/**
 * Every query of both stores, written once with Kysely: SqliteStore and PostgresStore differ only
 * in how they connect, what they check before a write, and how their database reports a name
 * already taken. Each transaction runs on one connection (Kysely's `transaction()`).
 */
export abstract class SqlStore implements Store {
  constructor(protected readonly db: Kysely<Tables>) {}

  /** Throws (a 503) when this process may no longer write: SQLite's file gone, for one. */
  protected abstract checkWritable(): void;
  /** Whether the error is the unique index on a session's participant names. */
  protected abstract isNameTaken(error: unknown): boolean;

  async createSession(s: SessionRow, inputs: readonly InputRecord[], key?: CommandKeyRow, handOver?: JoinCodeHandOver): Promise<void> {
    this.checkWritable();
    await this.db.transaction().execute(async (trx) => {
      // The parent lets go of its code first: codes are unique.
      if (handOver && s.parent) await trx.updateTable('sessions').set({ join_code: handOver.parentCode }).where('id', '=', s.parent.id).execute();
      await trx.insertInto('sessions').values({
        id: s.id, scenario_json: JSON.stringify(s.scenario), join_code: s.joinCode, trainer_token_hash: s.trainerTokenHash, status: s.status,
        parent_id: s.parent?.id ?? null, parent_seq: s.parent?.atSeq ?? null, created_at: s.createdAt, admission: s.admission,
        roles_json: s.roles ? JSON.stringify(s.roles) : null, world_events: s.worldEvents ? 1 : 0, variant_json: s.variant ? JSON.stringify(s.variant) : null,
      }).execute();
      for (const record of inputs) await append(trx, s.id, record);
      if (key) await putKey(trx, key);
    });
  }

  async getSession(id: string): Promise<SessionRow | undefined> {
    const row = await this.db.selectFrom('sessions').selectAll().where('id', '=', id).executeTakeFirst();
    return row && toSession(row);
  }

  async sessionByJoinCode(code: string): Promise<SessionRow | undefined> {
    const row = await this.db.selectFrom('sessions').selectAll().where('join_code', '=', code).executeTakeFirst();
    return row && toSession(row);
  }

  async newestBranch(id: string): Promise<SessionRow | undefined> {
    const row = await this.db.selectFrom('sessions').selectAll().where('parent_id', '=', id)
      .orderBy('created_at', 'desc').orderBy(sql`rowid`, 'desc').limit(1).executeTakeFirst();
    return row && toSession(row);
  }

  async setStatus(id: string, status: SessionStatus, key?: CommandKeyRow): Promise<void> {
    this.checkWritable();
    await this.db.transaction().execute(async (trx) => {
      await trx.updateTable('sessions').set({ status }).where('id', '=', id).execute();
      if (key) await putKey(trx, key);
    });
  }

  async setAdmission(id: string, admission: Admission): Promise<void> {
    this.checkWritable();
    await this.db.updateTable('sessions').set({ admission }).where('id', '=', id).execute();
  }

  async setRoles(id: string, roles: Role[] | null): Promise<void> {
    this.checkWritable();
    await this.db.updateTable('sessions').set({ roles_json: roles ? JSON.stringify(roles) : null }).where('id', '=', id).execute();
  }

  async setWorldEvents(id: string, on: boolean): Promise<void> {
    this.checkWritable();
    await this.db.updateTable('sessions').set({ world_events: on ? 1 : 0 }).where('id', '=', id).execute();
  }

  async appendInput(sessionId: string, record: InputRecord, key?: CommandKeyRow): Promise<void> {
    this.checkWritable();
    if (!key) return append(this.db, sessionId, record);
    await this.db.transaction().execute(async (trx) => {
      await append(trx, sessionId, record);
      await putKey(trx, key);
    });
  }

  async inputs(sessionId: string): Promise<InputRecord[]> {
    const rows = await this.db.selectFrom('inputs').select(['seq', 'input_json', 'actor', 'vote_id', 'recorded_at'])
      .where('session_id', '=', sessionId).orderBy('seq').execute();
    return rows.map(toInput);
  }

  async addParticipant(p: ParticipantRow): Promise<void> {
    this.checkWritable();
    await this.nameChecked(this.db.insertInto('participants').values({
      id: p.id, session_id: p.sessionId, name: p.name, name_key: p.nameKey, status: p.status, token_hash: p.tokenHash, joined_at: p.joinedAt, role: p.role ?? null,
    }).execute());
  }

  async updateParticipant(
    id: string, change: { name: string; nameKey: string } | { status: ParticipantRow['status']; tokenHash?: string } | { role: Role | null },
  ): Promise<void> {
    this.checkWritable();
    const participant = this.db.updateTable('participants').where('id', '=', id);
    if ('role' in change) await participant.set({ role: change.role }).execute();
    else if ('status' in change) await participant.set(change.tokenHash ? { status: change.status, token_hash: change.tokenHash } : { status: change.status }).execute();
    else await this.nameChecked(participant.set({ name: change.name, name_key: change.nameKey }).execute());
  }

  async participantByTokenHash(hash: string): Promise<ParticipantRow | undefined> {
    const row = await this.db.selectFrom('participants').selectAll().where('token_hash', '=', hash).executeTakeFirst();
    return row && toParticipant(row);
  }

  async participants(sessionId: string, options: { removed?: boolean } = {}): Promise<ParticipantRow[]> {
    let query = this.db.selectFrom('participants').selectAll().where('session_id', '=', sessionId);
    if (!options.removed) query = query.where('status', '!=', 'removed');
    const rows = await query.orderBy('joined_at').orderBy(sql`rowid`).execute();
    return rows.map(toParticipant);
  }

  async addLink(l: LinkRow): Promise<void> {
    this.checkWritable();
    await this.db.insertInto('links').values({
      session_id: l.sessionId, id: l.id, role: l.role, token_hash: l.tokenHash, label: l.label, created_at: l.createdAt, revoked_at: l.revokedAt,
    }).execute();
  }

  async links(sessionId: string): Promise<LinkRow[]> {
    const rows = await this.db.selectFrom('links').selectAll().where('session_id', '=', sessionId).orderBy('created_at').orderBy('id').execute();
    return rows.map(toLink);
  }

  async revokeLink(sessionId: string, id: string, at: string): Promise<boolean> {
    this.checkWritable();
    const { numUpdatedRows } = await this.db.updateTable('links').set({ revoked_at: at })
      .where('session_id', '=', sessionId).where('id', '=', id).where('revoked_at', 'is', null).executeTakeFirst();
    return numUpdatedRows === 1n;
  }

  async openVote(v: VoteRow, key?: CommandKeyRow): Promise<void> {
    this.checkWritable();
    await this.db.transaction().execute(async (trx) => {
      await trx.insertInto('votes').values({
        id: v.id, session_id: v.sessionId, options_json: JSON.stringify(v.options), opened_at_seq: v.openedAtSeq, opened_at: v.openedAt,
        closes_at: v.closesAt, tie_rule: v.settings.tie, prompt: v.settings.prompt, hide_results: Number(v.settings.hideResults),
        explain_choice: Number(v.settings.explain), seconds: v.settings.seconds, left_ms: v.leftMs, roles_json: v.roles ? JSON.stringify(v.roles) : null,
      }).execute();
      if (key) await putKey(trx, key);
    });
  }

  async castBallot(voteId: string, participantId: string, option: number, at: string, ballot: BallotExtras = {}): Promise<void> {
    this.checkWritable();
    // A participant may change their mind while the vote is open: the last ballot counts.
    await this.db.insertInto('ballots')
      .values({ vote_id: voteId, participant_id: participantId, option, cast_at: at, explanation: ballot.explanation ?? null, role: ballot.role ?? null })
      .onConflict((c) => c.columns(['vote_id', 'participant_id']).doUpdateSet((eb) => ({
        option: eb.ref('excluded.option'), cast_at: eb.ref('excluded.cast_at'), explanation: eb.ref('excluded.explanation'), role: eb.ref('excluded.role'),
      })))
      .execute();
  }

  async setVoteClock(voteId: string, closesAt: string | null, leftMs: number | null): Promise<void> {
    this.checkWritable();
    await this.db.updateTable('votes').set({ closes_at: closesAt, left_ms: leftMs }).where('id', '=', voteId).execute();
  }

  async revealVote(voteId: string, at: string): Promise<void> {
    this.checkWritable();
    await this.db.updateTable('votes').set((eb) => ({ revealed_at: eb.fn.coalesce('revealed_at', eb.val(at)) })).where('id', '=', voteId).execute();
  }

  async removeBallot(voteId: string, participantId: string): Promise<void> {
    this.checkWritable();
    await this.db.deleteFrom('ballots').where('vote_id', '=', voteId).where('participant_id', '=', participantId).execute();
  }

  async closeVote(sessionId: string, voteId: string, closedAt: string, result: VoteResult, input: InputRecord | null, key?: CommandKeyRow): Promise<void> {
    this.checkWritable();
    await this.db.transaction().execute(async (trx) => {
      if (input) await append(trx, sessionId, input);
      await trx.updateTable('votes').set({ closed_at: closedAt, result_json: JSON.stringify(result) }).where('id', '=', voteId).execute();
      if (key) await putKey(trx, key);
    });
  }

  async votes(sessionId: string, ballotsOf: 'all' | 'last' = 'all'): Promise<VoteRow[]> {
    const rows = await this.db.selectFrom('votes').selectAll().where('session_id', '=', sessionId).orderBy('opened_at').orderBy(sql`rowid`).execute();
    const last = rows.at(-1);
    const cast = ballotsOf === 'all' ? await this.ballots(sessionId) : last ? await this.ballotsWhere('b.vote_id', last.id) : new Map<string, VoteBallots>();
    return rows.map((r) => toVote(r, cast.get(r.id)));
  }

  async ballots(sessionId: string): Promise<Map<string, VoteBallots>> {
    return this.ballotsWhere('v.session_id', sessionId);
  }

  /**
   * Ballots in one statement, not one per vote: a class of 25 that voted a thousand times cast
   * 25,000. Within a vote they come in the order cast, ballots cast in the same millisecond by
   * participant id.
   */
  private async ballotsWhere(column: 'v.session_id' | 'b.vote_id', value: string): Promise<Map<string, VoteBallots>> {
    const cast = await this.db.selectFrom('votes as v').innerJoin('ballots as b', 'b.vote_id', 'v.id')
      .select(['b.vote_id', 'b.participant_id', 'b.option', 'b.explanation', 'b.role'])
      .where(column, '=', value).orderBy(sql`v.rowid`).orderBy('b.cast_at').orderBy('b.participant_id').execute();
    const byVote = new Map<string, VoteBallots>();
    for (const { vote_id: voteId, participant_id: participant, option, explanation, role } of cast) {
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
    await putKey(this.db, key);
  }

  async commandKey(sessionId: string, key: string, notBefore: string): Promise<CommandKeyRow | undefined> {
    const row = await this.db.selectFrom('command_keys').selectAll()
      .where('session_id', '=', sessionId).where('key', '=', key).where('recorded_at', '>=', notBefore).executeTakeFirst();
    return row && toCommandKey(row);
  }

  async forgetCommandKeys(before: string): Promise<number> {
    this.checkWritable();
    const { numDeletedRows } = await this.db.deleteFrom('command_keys').where('recorded_at', '<', before).executeTakeFirst();
    return Number(numDeletedRows);
  }

  abstract close(): Promise<void>;

  /** The unique index on names, as the error the service turns into words. */
  private async nameChecked(write: Promise<unknown>): Promise<void> {
    try {
      await write;
    } catch (error) {
      if (this.isNameTaken(error)) throw new NameTaken((error as Error).message);
      throw error;
    }
  }
}

/** Appends only right after the last seq: the log can have neither holes nor rewrites. */
async function append(db: Db, sessionId: string, r: InputRecord): Promise<void> {
  const { numInsertedOrUpdatedRows } = await db.insertInto('inputs')
    .columns(['session_id', 'seq', 'input_json', 'actor', 'vote_id', 'recorded_at'])
    .expression(db.selectNoFrom((eb) => [
      eb.val(sessionId).as('session_id'), eb.cast<number>(eb.val(r.seq), 'integer').as('seq'), eb.val(JSON.stringify(r.input)).as('input_json'),
      eb.val(r.actor).as('actor'), eb.val(r.voteId).as('vote_id'), eb.val(r.recordedAt).as('recorded_at'),
    ]).where((eb) => eb(
      eb.selectFrom('inputs').select((s) => s.fn.coalesce(s.fn.max('seq'), sql.lit(0)).as('last')).where('session_id', '=', sessionId),
      '=', r.seq - 1,
    )))
    .executeTakeFirst();
  if (numInsertedOrUpdatedRows !== 1n) throw new Error(`input ${r.seq} of session ${sessionId} does not follow the last one recorded`);
}

/** The service looks a key up before it applies the command, so a key already there has expired. */
async function putKey(db: Db, k: CommandKeyRow): Promise<void> {
  const created = k.created === null ? null : JSON.stringify(k.created);
  await db.insertInto('command_keys')
    .values({ session_id: k.sessionId, key: k.key, fingerprint: k.fingerprint, seq: k.seq, created_json: created, recorded_at: k.recordedAt })
    .onConflict((c) => c.columns(['session_id', 'key']).doUpdateSet({ fingerprint: k.fingerprint, seq: k.seq, created_json: created, recorded_at: k.recordedAt }))
    .execute();
}

const toSession = (r: SessionsTable): SessionRow => ({
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

const toInput = (r: Omit<InputsTable, 'session_id'>): InputRecord => ({
  seq: r.seq, input: JSON.parse(r.input_json), actor: r.actor, voteId: r.vote_id, recordedAt: r.recorded_at,
});

const toParticipant = (r: ParticipantsTable): ParticipantRow => ({
  id: r.id, sessionId: r.session_id, name: r.name, nameKey: r.name_key, status: r.status, tokenHash: r.token_hash, joinedAt: r.joined_at, role: r.role,
});

const toLink = (r: LinksTable): LinkRow => ({
  sessionId: r.session_id, id: r.id, role: r.role, tokenHash: r.token_hash, label: r.label, createdAt: r.created_at, revokedAt: r.revoked_at,
});

const toCommandKey = (r: CommandKeysTable): CommandKeyRow => ({
  sessionId: r.session_id, key: r.key, fingerprint: r.fingerprint, seq: r.seq,
  created: r.created_json === null ? null : JSON.parse(r.created_json), recordedAt: r.recorded_at,
});

const toVote = (r: VotesTable, of: VoteBallots | undefined): VoteRow => ({
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
});
