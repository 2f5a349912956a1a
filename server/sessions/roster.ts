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
  | { sessionId: string; change: 'joined' | 'renamed' | 'admitted' | 'removed'; participant: Participant }
  | { sessionId: string; change: 'admission'; approveJoins: boolean };

/** What the roster needs from the SessionService; kept narrow so this file reads on its own. */
export interface RosterHost {
  readonly store: Store;
  readonly log: Logger;
  readonly maxParticipants: number;
  emit(event: 'roster', payload: RosterChange): void;
  emit(event: 'vote', payload: VoteBroadcast): void;
}

const asParticipant = (row: ParticipantRow): Participant => ({ id: row.id, name: row.name, status: row.status === 'pending' ? 'pending' : 'admitted' });

const nameTaken = (name: string) =>
  new AppError('conflict', `Someone in this session is already called "${name}": choose another name, or ask the trainer if that name is yours.`);

/** A newcomer with the join code: admitted at once, or waiting for the trainer when the session asks for approval. */
export async function join(host: RosterHost, session: LiveSession, name: string, mustWait = false): Promise<{ participant: Participant; token: string }> {
  const everyone = await host.store.participants(session.id);
  if (everyone.length >= host.maxParticipants) {
    throw new AppError('conflict', `This session is full: it has ${everyone.length} participants, its limit (MAX_PARTICIPANTS). Ask the trainer to remove someone who left.`);
  }
  const token = newToken();
  const row: ParticipantRow = {
    id: newId(), sessionId: session.id, name, nameKey: participantNameKey(name), status: mustWait || session.row.admission === 'approve' ? 'pending' : 'admitted',
    tokenHash: hashToken(token), joinedAt: now(),
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

/** A returning participant, known by the pass they were given when they joined; a removed one is not. */
export async function byToken(store: Store, token: string): Promise<{ sessionId: string; participant: Participant } | undefined> {
  const row = await store.participantByTokenHash(hashToken(token));
  if (!row || row.status === 'removed') return undefined;
  return { sessionId: row.sessionId, participant: asParticipant(row) };
}
