import { ROLES, type Role } from '../../machines/request/roles.ts';
import { AppError } from '../errors.ts';
import type { Logger } from '../log.ts';
import type { Participant, VoteBroadcast } from '../protocol.ts';
import { NameTaken, participantNameKey, type Admission, type ParticipantRow, type Store } from '../store/store.ts';
import type { LiveSession } from './live.ts';
import { now } from './time.ts';
import { hashToken, newId, newToken } from './tokens.ts';
import { voteView } from './votes.ts';

/** What changed in a session's roster, for the realtime layer (presence, moving sockets). */
export type RosterChange =
  | { sessionId: string; change: 'joined' | 'renamed' | 'admitted' | 'removed' | 'left' | 'role'; participant: Participant }
  | { sessionId: string; change: 'admission'; approveJoins: boolean }
  | { sessionId: string; change: 'roles'; roles: Role[] | null };

/** What the roster needs from the SessionService; kept narrow so this file reads on its own. */
export interface RosterHost {
  readonly store: Store;
  readonly log: Logger;
  readonly maxParticipants: number;
  emit(event: 'roster', payload: RosterChange): void;
  emit(event: 'vote', payload: VoteBroadcast): void;
}

export const asParticipant = (row: ParticipantRow): Participant => ({
  id: row.id, name: row.name, status: row.status === 'pending' ? 'pending' : 'admitted', ...(row.role ? { role: row.role } : {}),
});

const nameTaken = (name: string) =>
  new AppError('conflict', `Someone in this session is already called "${name}": choose another name, or ask the trainer if that name is yours.`);

/**
 * A newcomer with the join code: admitted at once, or waiting for the trainer when the session asks
 * for approval. Someone coming back is not a newcomer: the holder of a pass of this session (`pass`),
 * or someone who left under this name, takes up their participant again (same id, same ballots), so
 * that leaving and joining again leaves no second entry behind in the trainer's list.
 */
export async function join(host: RosterHost, session: LiveSession, name: string, mustWait = false, pass?: string): Promise<{ participant: Participant; token: string }> {
  const everyone = await host.store.participants(session.id);
  const passHash = pass === undefined ? undefined : hashToken(pass);
  const key = participantNameKey(name);
  const own = everyone.find((p) => p.tokenHash === passHash) ?? everyone.find((p) => p.status === 'left' && p.nameKey === key);
  if (own) return rejoin(host, session, own, name, mustWait, own.tokenHash === passHash ? pass! : undefined);
  if (everyone.length >= host.maxParticipants) {
    throw new AppError('conflict', `This session is full: it has ${everyone.length} participants, its limit (MAX_PARTICIPANTS). Ask the trainer to remove someone who left.`);
  }
  const token = newToken();
  const nameKey = participantNameKey(name);
  const row: ParticipantRow = {
    id: newId(), sessionId: session.id, name, nameKey, status: mustWait || session.row.admission === 'approve' ? 'pending' : 'admitted',
    tokenHash: hashToken(token), joinedAt: now(), role: await roleBeforeBranch(host, session, nameKey),
  };
  try {
    await host.store.addParticipant(row);
  } catch (error) {
    if (error instanceof NameTaken) throw nameTaken(name);
    throw error;
  }
  const participant = asParticipant(row);
  host.emit('roster', { sessionId: session.id, participant, change: 'joined' });
  return { participant, token };
}

/**
 * A class that follows the trainer into a branch joins it again by name: each keeps the role they
 * played in the session branched from (if it is still in play), rather than choosing again.
 */
async function roleBeforeBranch(host: RosterHost, session: LiveSession, nameKey: string): Promise<Role | null> {
  const parent = session.row.parent;
  if (!parent || !session.row.roles) return null;
  const before = (await host.store.participants(parent.id)).find((p) => p.nameKey === nameKey);
  return before?.role && session.row.roles.includes(before.role) ? before.role : null;
}

/** `pass`: the pass they came back with; without it (they came back by name) a new one replaces the old. */
async function rejoin(host: RosterHost, session: LiveSession, row: ParticipantRow, name: string, mustWait: boolean, pass: string | undefined): Promise<{ participant: Participant; token: string }> {
  if (participantNameKey(name) !== row.nameKey || name !== row.name) {
    try {
      await host.store.updateParticipant(row.id, { name, nameKey: participantNameKey(name) });
    } catch (error) {
      if (error instanceof NameTaken) throw nameTaken(name);
      throw error;
    }
  }
  const token = pass ?? newToken();
  // Someone who left comes back as a newcomer would (the admission rule applies again); someone who
  // never left keeps the status they had.
  const status = row.status === 'left' ? (mustWait || session.row.admission === 'approve' ? 'pending' : 'admitted') : row.status;
  if (status !== row.status || !pass) await host.store.updateParticipant(row.id, { status, ...(pass ? {} : { tokenHash: hashToken(token) }) });
  const participant = asParticipant({ ...row, name, status });
  host.log.info('participant came back', { session: session.id, participant: row.id, with: pass ? 'pass' : 'name' });
  host.emit('roster', { sessionId: session.id, participant, change: 'joined' });
  return { participant, token };
}

/** A participant leaves by themselves: out of the list, the pass no longer opens the session, the name kept for their return. */
export async function leave(host: RosterHost, session: LiveSession, id: string): Promise<void> {
  const row = await find(host, session, id);
  if (row.status === 'left') return;
  await host.store.updateParticipant(id, { status: 'left' });
  host.emit('roster', { sessionId: session.id, participant: asParticipant(row), change: 'left' });
}

async function find(host: RosterHost, session: LiveSession, id: string): Promise<ParticipantRow> {
  const row = (await host.store.participants(session.id)).find((p) => p.id === id);
  if (!row) throw new AppError('not-found', `No participant ${id} is in this session (any more).`);
  return row;
}

export async function rename(host: RosterHost, session: LiveSession, id: string, name: string): Promise<void> {
  const row = await find(host, session, id);
  try {
    await host.store.updateParticipant(id, { name, nameKey: participantNameKey(name) });
  } catch (error) {
    if (error instanceof NameTaken) throw nameTaken(name);
    throw error;
  }
  host.emit('roster', { sessionId: session.id, participant: { ...asParticipant(row), name }, change: 'renamed' });
}

export async function admit(host: RosterHost, session: LiveSession, id: string): Promise<void> {
  const row = await find(host, session, id);
  if (row.status === 'admitted') return;
  await host.store.updateParticipant(id, { status: 'admitted' });
  host.emit('roster', { sessionId: session.id, participant: { ...asParticipant(row), status: 'admitted' }, change: 'admitted' });
}

/** Lets everyone waiting in. */
export async function admitAll(host: RosterHost, session: LiveSession): Promise<void> {
  for (const row of await host.store.participants(session.id)) {
    if (row.status !== 'pending') continue;
    await host.store.updateParticipant(row.id, { status: 'admitted' });
    host.emit('roster', { sessionId: session.id, participant: { ...asParticipant(row), status: 'admitted' }, change: 'admitted' });
  }
}

/** Sends a participant away; a ballot of theirs in the open vote no longer counts. */
export async function remove(host: RosterHost, session: LiveSession, id: string): Promise<void> {
  const row = await find(host, session, id);
  await host.store.updateParticipant(id, { status: 'removed' });
  const vote = session.openVote;
  if (vote?.ballots.has(id)) {
    await host.store.removeBallot(vote.id, id);
    vote.ballots.delete(id);
    vote.explanations.delete(id);
    host.emit('vote', { sessionId: session.id, seq: session.seq, vote: voteView(vote) });
  }
  host.log.info('participant removed by the trainer', { session: session.id, participant: id });
  host.emit('roster', { sessionId: session.id, participant: asParticipant(row), change: 'removed' });
}

export async function setAdmission(host: RosterHost, session: LiveSession, admission: Admission): Promise<void> {
  if (session.row.admission === admission) return;
  await host.store.setAdmission(session.id, admission);
  session.row.admission = admission;
  host.emit('roster', { sessionId: session.id, change: 'admission', approveJoins: admission === 'approve' });
}

/** The roles in play: an empty list turns roles off (each participant keeps the role they had, for when they come back on). */
export async function setRoles(host: RosterHost, session: LiveSession, roles: Role[]): Promise<void> {
  // In the order the request meets them, whatever order the trainer ticked them in.
  const inPlay = roles.length === 0 ? null : ROLES.filter((r) => roles.includes(r));
  if (JSON.stringify(inPlay) === JSON.stringify(session.row.roles ?? null)) return;
  await host.store.setRoles(session.id, inPlay);
  session.row.roles = inPlay;
  host.log.info('roles changed by the trainer', { session: session.id, roles: inPlay });
  host.emit('roster', { sessionId: session.id, change: 'roles', roles: inPlay });
}

/**
 * A participant's role: chosen by themselves once (a class whose members switch sides to make their
 * ballot count would learn nothing), or given by the trainer at any time. A ballot already cast in
 * the open vote is judged by the new role.
 */
export async function assignRole(host: RosterHost, session: LiveSession, id: string, role: Role | null, by: 'trainer' | 'participant'): Promise<Participant> {
  const inPlay = session.row.roles ?? null;
  if (!inPlay) throw new AppError('conflict', 'This session has no roles: the trainer turns them on (the roles command) before anyone can play one.');
  if (role !== null && !inPlay.includes(role)) {
    throw new AppError('conflict', `The role ${role} is not in play in this session. The roles in play are: ${inPlay.join(', ')}.`);
  }
  const row = await find(host, session, id);
  if (by === 'participant' && row.role && inPlay.includes(row.role) && row.role !== role) {
    throw new AppError('conflict', 'You already have a role in this session: ask the trainer if you should play another one.');
  }
  await host.store.updateParticipant(id, { role });
  const participant = asParticipant({ ...row, role });
  const vote = session.openVote;
  const option = vote?.ballots.get(id);
  if (vote?.roles && option !== undefined) {
    await host.store.castBallot(vote.id, id, option, now(), { explanation: vote.explanations.get(id) ?? null, role });
    vote.ballotRoles ??= new Map();
    vote.ballotRoles.set(id, role);
    host.emit('vote', { sessionId: session.id, seq: session.seq, vote: voteView(vote) });
  }
  host.emit('roster', { sessionId: session.id, participant, change: 'role' });
  return participant;
}

/** A returning participant, known by the pass they were given when they joined; a removed one is not, nor one who left (they join again). */
export async function byToken(store: Store, token: string): Promise<{ sessionId: string; participant: Participant } | undefined> {
  const row = await store.participantByTokenHash(hashToken(token));
  if (!row || row.status === 'removed' || row.status === 'left') return undefined;
  return { sessionId: row.sessionId, participant: asParticipant(row) };
}
