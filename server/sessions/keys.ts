import { createCipheriv, createDecipheriv, createHash, hkdfSync, randomBytes } from 'node:crypto';
import type { CreatedSession, InputRecord, SessionStatus, TrainerCommand, VoteResult } from '../protocol.ts';
import type { Admission, CommandKeyRow, JoinCodeHandOver, LinkRow, ParticipantRow, SessionRow, Store, VoteRow } from '../store/store.ts';
import { now } from './time.ts';

/**
 * Idempotency keys for the trainer's commands: the pieces the session service uses to apply a
 * command sent twice only once.
 */

/** The same command, whatever the order of its fields: sha-256 of its JSON with sorted keys. */
export function fingerprintOf(command: TrainerCommand): string {
  const sorted = (value: unknown): unknown =>
    Array.isArray(value)
      ? value.map(sorted)
      : value !== null && typeof value === 'object'
        ? Object.fromEntries(Object.keys(value).sort().map((k) => [k, sorted((value as Record<string, unknown>)[k])]))
        : value;
  return createHash('sha256').update(JSON.stringify(sorted(command))).digest('hex');
}

/**
 * A branch's answer holds the new session's trainer token, and a retry must get it again; yet the
 * store keeps only hashes of tokens. So the token is kept sealed (AES-256-GCM) under a key derived
 * from the trainer token the command came with (which the store does not hold) and the idempotency
 * key: only a retry of that very command, by a holder of that token, can open it.
 */
const sealingKey = (callerToken: string, idempotencyKey: string) =>
  Buffer.from(hkdfSync('sha256', callerToken, idempotencyKey, 'rogatory: the trainer token of a created session', 32));

export function sealToken(token: string, callerToken: string, idempotencyKey: string): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', sealingKey(callerToken, idempotencyKey), iv);
  const sealed = Buffer.concat([cipher.update(token, 'utf8'), cipher.final()]);
  return Buffer.concat([iv, cipher.getAuthTag(), sealed]).toString('base64url');
}

/** The token, or undefined when the caller's token is not the one it was sealed with. */
export function openToken(sealed: string, callerToken: string, idempotencyKey: string): string | undefined {
  const bytes = Buffer.from(sealed, 'base64url');
  try {
    const decipher = createDecipheriv('aes-256-gcm', sealingKey(callerToken, idempotencyKey), bytes.subarray(0, 12));
    decipher.setAuthTag(bytes.subarray(12, 28));
    return Buffer.concat([decipher.update(bytes.subarray(28)), decipher.final()]).toString('utf8');
  } catch {
    return undefined;
  }
}

/** A keyed command under way: its key goes with the first durable write it makes. */
export interface Claim {
  sessionId: string;
  key: string;
  fingerprint: string;
  /** The trainer token the command came with, to seal a created session's token. */
  callerToken: string;
  /** The session's seq when a write carries no input of its own (a status, a vote opened). */
  seq: () => number;
  /** Set by the service just before it creates a branch's session. */
  created?: CreatedSession;
  written: boolean;
}

export function keyRow(claim: Claim, seq: number): CommandKeyRow {
  const c = claim.created;
  return {
    sessionId: claim.sessionId, key: claim.key, fingerprint: claim.fingerprint, seq, recordedAt: now(),
    created: c ? { id: c.id, joinCode: c.joinCode, seq: c.seq, sealedToken: sealToken(c.trainerToken, claim.callerToken, claim.key) } : null,
  };
}

/**
 * The store as the session service (and voting.ts and play.ts through it) writes to it: while a
 * keyed command runs on a session, the first write that command makes carries the key, in the same
 * transaction. Commands on one session run one at a time (LiveSession.exclusive), so no other write
 * to that session can pick the key up; a write that fails leaves it for the next one.
 */
export class KeyedWrites implements Store {
  private readonly claims = new Map<string, Claim>();

  constructor(private readonly store: Store) {}

  begin(claim: Claim): void {
    this.claims.set(claim.sessionId, claim);
  }

  end(sessionId: string): void {
    this.claims.delete(sessionId);
  }

  claimOf(sessionId: string): Claim | undefined {
    return this.claims.get(sessionId);
  }

  private async carry(sessionId: string | undefined, seq: number | null, write: (key?: CommandKeyRow) => Promise<void>): Promise<void> {
    const claim = sessionId === undefined ? undefined : this.claims.get(sessionId);
    if (!claim || claim.written) return write();
    await write(keyRow(claim, seq ?? claim.seq()));
    claim.written = true;
  }

  createSession(session: SessionRow, inputs: readonly InputRecord[], _key?: CommandKeyRow, handOver?: JoinCodeHandOver): Promise<void> {
    return this.carry(session.parent?.id, null, (key) => this.store.createSession(session, inputs, key, handOver));
  }

  setStatus(id: string, status: SessionStatus): Promise<void> {
    return this.carry(id, null, (key) => this.store.setStatus(id, status, key));
  }

  appendInput(sessionId: string, record: InputRecord): Promise<void> {
    return this.carry(sessionId, record.seq, (key) => this.store.appendInput(sessionId, record, key));
  }

  openVote(vote: VoteRow): Promise<void> {
    return this.carry(vote.sessionId, null, (key) => this.store.openVote(vote, key));
  }

  closeVote(sessionId: string, voteId: string, closedAt: string, result: VoteResult, input: InputRecord | null): Promise<void> {
    return this.carry(sessionId, input?.seq ?? null, (key) => this.store.closeVote(sessionId, voteId, closedAt, result, input, key));
  }

  // Everything else passes through.
  getSession(id: string) { return this.store.getSession(id); }
  sessionByJoinCode(code: string) { return this.store.sessionByJoinCode(code); }
  newestBranch(id: string) { return this.store.newestBranch(id); }
  inputs(sessionId: string) { return this.store.inputs(sessionId); }
  addParticipant(participant: ParticipantRow) { return this.store.addParticipant(participant); }
  // The roster's writes carry no key: a keyed admit, rename or admission is idempotent by itself, and
  // its key is written just after (putCommandKey); a remove sent again finds nobody to remove (404).
  setAdmission(id: string, admission: Admission) { return this.store.setAdmission(id, admission); }
  setRoles(id: string, roles: Parameters<Store['setRoles']>[1]) { return this.store.setRoles(id, roles); }
  setWorldEvents(id: string, on: boolean) { return this.store.setWorldEvents(id, on); }
  updateParticipant(id: string, change: Parameters<Store['updateParticipant']>[1]) { return this.store.updateParticipant(id, change); }
  removeBallot(voteId: string, participantId: string) { return this.store.removeBallot(voteId, participantId); }
  participantByTokenHash(hash: string) { return this.store.participantByTokenHash(hash); }
  participants(sessionId: string, options?: { removed?: boolean }) { return this.store.participants(sessionId, options); }
  castBallot(voteId: string, participantId: string, option: number, at: string, ballot?: Parameters<Store['castBallot']>[4]) { return this.store.castBallot(voteId, participantId, option, at, ballot); }
  // A countdown held or resumed rides with the pause or start that moved it (whose status write carries the key).
  setVoteClock(voteId: string, closesAt: string | null, leftMs: number | null) { return this.store.setVoteClock(voteId, closesAt, leftMs); }
  revealVote(voteId: string, at: string) { return this.store.revealVote(voteId, at); }
  // Links are not commands: they carry no key.
  addLink(link: LinkRow) { return this.store.addLink(link); }
  links(sessionId: string) { return this.store.links(sessionId); }
  revokeLink(sessionId: string, id: string, at: string) { return this.store.revokeLink(sessionId, id, at); }
  votes(sessionId: string, ballotsOf?: 'all' | 'last') { return this.store.votes(sessionId, ballotsOf); }
  ballots(sessionId: string) { return this.store.ballots(sessionId); }
  putCommandKey(key: CommandKeyRow) { return this.store.putCommandKey(key); }
  commandKey(sessionId: string, key: string, notBefore: string) { return this.store.commandKey(sessionId, key, notBefore); }
  forgetCommandKeys(before: string) { return this.store.forgetCommandKeys(before); }
  close() { return this.store.close(); }
}
