import { afterEach, describe, expect, it } from 'vitest';
import type { ScenarioEvent } from '../../machines/request/events.ts';
import type { Participant } from '../../server/protocol.ts';
import { admit, admitAll, asParticipant, assignRole, byToken, join, leave, remove, rename, setAdmission, setRoles } from '../../server/sessions/roster.ts';
import { hashToken } from '../../server/sessions/tokens.ts';
import { voteView } from '../../server/sessions/votes.ts';
import { castBallot, openVote } from '../../server/sessions/voting.ts';
import type { Role } from '../../machines/request/roles.ts';
import { Cleanup } from './helpers.ts';
import { blocking, classroom } from './vote-harness.ts';

const cleanup = new Cleanup();
afterEach(() => cleanup.run());

const MLAT: ScenarioEvent = { type: 'CHOOSE_MLAT' };
const ROGATORY: ScenarioEvent = { type: 'CHOOSE_ROGATORY' };

async function room(options: { maxParticipants?: number; roles?: Role[]; approveJoins?: boolean } = {}) {
  const c = await classroom(cleanup, options);
  const rows = async () => (await c.store.participants(c.session.id)).map((p) => [p.name, p.status, p.role ?? null]);
  const row = async (id: string) => (await c.store.participants(c.session.id, { removed: true })).find((p) => p.id === id)!;
  const changes = () => c.roster.map((r) => ('participant' in r ? [r.change, r.participant.name, r.participant.status, r.participant.role ?? null] : [r.change, 'approveJoins' in r ? r.approveJoins : r.roles]));
  const said = (message: string) => c.log.lines.filter((l) => l.message === message).map((l) => l.details);
  return { ...c, rows, row, changes, said };
}

describe('joining', () => {
  it('a newcomer is admitted at once in an open session, and gets a pass that finds them again', async () => {
    const c = await room();
    const { participant, token } = await join(c.host, c.session, 'Ana');
    expect(participant).toEqual({ id: participant.id, name: 'Ana', status: 'admitted' });
    expect(token.length).toBeGreaterThan(20);
    expect((await c.row(participant.id)).tokenHash).toBe(hashToken(token));
    expect(await byToken(c.store, token)).toEqual({ sessionId: c.session.id, participant });
    expect(await byToken(c.store, 'no-such-pass')).toBeUndefined();
    expect(c.roster).toEqual([{ sessionId: c.session.id, participant, change: 'joined' }]);
  });

  it('waits for the trainer when the session asks for approval, or when the caller says so', async () => {
    const c = await room({ approveJoins: true });
    expect((await join(c.host, c.session, 'Ana')).participant.status).toBe('pending');
    const open = await room();
    expect((await join(open.host, open.session, 'Ben', true)).participant.status).toBe('pending');
    expect((await join(open.host, open.session, 'Eva', false)).participant.status).toBe('admitted');
    expect(await open.rows()).toEqual([['Ben', 'pending', null], ['Eva', 'admitted', null]]);
  });

  it('a name already taken, in any case or spacing, is refused with the name asked for', async () => {
    const c = await room();
    await join(c.host, c.session, 'Ana Lima');
    await expect(join(c.host, c.session, 'ana  LIMA')).rejects.toMatchObject({
      code: 'conflict', message: 'Someone in this session is already called "ana  LIMA": choose another name, or ask the trainer if that name is yours.',
    });
    expect(await c.rows()).toEqual([['Ana Lima', 'admitted', null]]);
  });

  it('a full session refuses the next newcomer, saying how many it has; someone coming back still gets in', async () => {
    const c = await room({ maxParticipants: 2 });
    const ana = await join(c.host, c.session, 'Ana');
    await join(c.host, c.session, 'Ben');
    await expect(join(c.host, c.session, 'Eva')).rejects.toMatchObject({
      code: 'conflict', message: 'This session is full: it has 2 participants, its limit (MAX_PARTICIPANTS). Ask the trainer to remove someone who left.',
    });
    expect((await join(c.host, c.session, 'Ana', false, ana.token)).participant.id).toBe(ana.participant.id);
    const one = await room({ maxParticipants: 2 });
    await join(one.host, one.session, 'Ana');
    expect((await join(one.host, one.session, 'Ben')).participant.name).toBe('Ben');
  });

  it('with a pass, the same participant comes back under the same pass, without a second entry', async () => {
    const c = await room();
    const first = await join(c.host, c.session, 'Ana');
    const again = await join(c.host, c.session, 'Ana', false, first.token);
    expect(again).toEqual({ participant: first.participant, token: first.token });
    expect((await c.row(first.participant.id)).tokenHash).toBe(hashToken(first.token));
    expect(await c.rows()).toEqual([['Ana', 'admitted', null]]);
    expect(c.said('participant came back')).toEqual([{ session: c.session.id, participant: first.participant.id, with: 'pass' }]);
    expect(c.changes()).toEqual([['joined', 'Ana', 'admitted', null], ['joined', 'Ana', 'admitted', null]]);
  });

  it('with a pass under a new name: renamed, unless someone else has that name', async () => {
    const c = await room();
    const first = await join(c.host, c.session, 'Ana');
    await join(c.host, c.session, 'Ben');
    await expect(join(c.host, c.session, 'ben', false, first.token)).rejects.toMatchObject({
      code: 'conflict', message: 'Someone in this session is already called "ben": choose another name, or ask the trainer if that name is yours.',
    });
    const renamed = await join(c.host, c.session, 'Anna', false, first.token);
    expect(renamed.participant).toEqual({ id: first.participant.id, name: 'Anna', status: 'admitted' });
    // Only the case changes: the name shown changes too.
    expect((await join(c.host, c.session, 'anna', false, first.token)).participant.name).toBe('anna');
    expect(await c.rows()).toEqual([['anna', 'admitted', null], ['Ben', 'admitted', null]]);
  });

  it('a pass of a trainee still waiting keeps them waiting, even when the session no longer asks', async () => {
    const c = await room({ approveJoins: true });
    const first = await join(c.host, c.session, 'Ana');
    await setAdmission(c.host, c.session, 'open');
    expect((await join(c.host, c.session, 'Ana', false, first.token)).participant.status).toBe('pending');
    expect(await c.rows()).toEqual([['Ana', 'pending', null]]);
  });

  it('someone who left comes back by name as the same participant, with a new pass, under the admission rule of now', async () => {
    const c = await room();
    const first = await join(c.host, c.session, 'Ana');
    await leave(c.host, c.session, first.participant.id);
    expect(await byToken(c.store, first.token)).toBeUndefined();
    await setAdmission(c.host, c.session, 'approve');
    const back = await join(c.host, c.session, 'ANA');
    expect(back.participant).toEqual({ id: first.participant.id, name: 'ANA', status: 'pending' });
    expect(back.token).not.toBe(first.token);
    expect((await c.row(first.participant.id)).tokenHash).toBe(hashToken(back.token));
    expect(await byToken(c.store, back.token)).toMatchObject({ participant: { id: first.participant.id, status: 'pending' } });
    expect(c.said('participant came back')).toEqual([{ session: c.session.id, participant: first.participant.id, with: 'name' }]);
    expect(await c.rows()).toEqual([['ANA', 'pending', null]]);
  });

  it('someone who left comes back with their pass: admitted again in an open session, same pass', async () => {
    const c = await room();
    const first = await join(c.host, c.session, 'Ana');
    await leave(c.host, c.session, first.participant.id);
    const back = await join(c.host, c.session, 'Ana', false, first.token);
    expect(back).toEqual({ participant: first.participant, token: first.token });
    expect(await byToken(c.store, first.token)).toMatchObject({ participant: first.participant });
    const waiting = await join(c.host, c.session, 'Ben');
    await leave(c.host, c.session, waiting.participant.id);
    expect((await join(c.host, c.session, 'Ben', true)).participant).toEqual({ ...waiting.participant, status: 'pending' });
    // The trainer's list shows each as they are now: Ana in, Ben waiting.
    expect(await c.rows()).toEqual([['Ana', 'admitted', null], ['Ben', 'pending', null]]);
  });

  it('a name someone still present holds is not theirs to take back: only one who left is found by name', async () => {
    const c = await room();
    const ana = await join(c.host, c.session, 'Ana');
    await expect(join(c.host, c.session, 'Ana')).rejects.toMatchObject({ code: 'conflict' });
    await join(c.host, c.session, 'Ben');
    const ben = (await c.store.participants(c.session.id)).find((p) => p.name === 'Ben')!;
    await leave(c.host, c.session, ben.id);
    expect((await join(c.host, c.session, 'Ben')).participant.id).toBe(ben.id);
    expect((await join(c.host, c.session, 'Eva')).participant.id).not.toBe(ana.participant.id);
    // A newcomer does not take over the entry of someone else who left.
    await leave(c.host, c.session, ben.id);
    const zoe = await join(c.host, c.session, 'Zoe');
    expect(zoe.participant.id).not.toBe(ben.id);
    expect(await c.rows()).toEqual([['Ana', 'admitted', null], ['Ben', 'left', null], ['Eva', 'admitted', null], ['Zoe', 'admitted', null]]);
  });

  it('in a branch with roles, each keeps the role they played before the branch, if it is still in play', async () => {
    const c = await room({ roles: ['prosecutor', 'centralAuthority', 'thirdState'] });
    const ana = await join(c.host, c.session, 'Ana');
    const ben = await join(c.host, c.session, 'Ben');
    await assignRole(c.host, c.session, ana.participant.id, 'prosecutor', 'participant');
    await assignRole(c.host, c.session, ben.participant.id, 'thirdState', 'participant');
    const branch = await c.service.create(blocking(), { session: c.session, atSeq: 0 }, { roles: ['prosecutor', 'centralAuthority'] });
    const child = await c.service.get(branch.id);
    expect((await join(c.host, child, 'ana')).participant).toMatchObject({ name: 'ana', role: 'prosecutor' });
    expect((await join(c.host, child, 'Ben')).participant).toEqual({ id: expect.any(String), name: 'Ben', status: 'admitted' });
    expect((await join(c.host, child, 'Eva')).participant.role).toBeUndefined();
    expect((await c.store.participants(child.id)).map((p) => [p.name, p.role ?? null])).toEqual([['ana', 'prosecutor'], ['Ben', null], ['Eva', null]]);
  });

  it('in a branch without roles, or a first session with roles, nobody starts with a role', async () => {
    const c = await room({ roles: ['prosecutor'] });
    const ana = await join(c.host, c.session, 'Ana');
    await assignRole(c.host, c.session, ana.participant.id, 'prosecutor', 'trainer');
    expect((await join(c.host, c.session, 'Ben')).participant.role).toBeUndefined();
    await setRoles(c.host, c.session, []);
    const branch = await c.service.create(blocking(), { session: c.session, atSeq: 0 });
    const child = await c.service.get(branch.id);
    expect(child.row.roles).toBe(null);
    expect((await join(c.host, child, 'Ana')).participant).toEqual({ id: expect.any(String), name: 'Ana', status: 'admitted' });
  });
});

describe('the trainer’s list', () => {
  it('leaving takes a participant out; leaving twice says nothing more', async () => {
    const c = await room();
    const ana = await join(c.host, c.session, 'Ana');
    c.roster.length = 0;
    await leave(c.host, c.session, ana.participant.id);
    await leave(c.host, c.session, ana.participant.id);
    expect(await c.rows()).toEqual([['Ana', 'left', null]]);
    expect(c.roster).toEqual([{ sessionId: c.session.id, participant: ana.participant, change: 'left' }]);
  });

  it('someone unknown cannot be renamed, admitted, removed, or leave', async () => {
    const c = await room();
    const refusal = { code: 'not-found', message: 'No participant p-404 is in this session (any more).' };
    await expect(rename(c.host, c.session, 'p-404', 'X')).rejects.toMatchObject(refusal);
    await expect(admit(c.host, c.session, 'p-404')).rejects.toMatchObject(refusal);
    await expect(remove(c.host, c.session, 'p-404')).rejects.toMatchObject(refusal);
    await expect(leave(c.host, c.session, 'p-404')).rejects.toMatchObject(refusal);
  });

  it('renaming: the new name shows, and a name taken is refused', async () => {
    const c = await room();
    const ana = await join(c.host, c.session, 'Ana');
    await join(c.host, c.session, 'Ben');
    c.roster.length = 0;
    await rename(c.host, c.session, ana.participant.id, 'Anita');
    await expect(rename(c.host, c.session, ana.participant.id, 'BEN')).rejects.toMatchObject({
      code: 'conflict', message: 'Someone in this session is already called "BEN": choose another name, or ask the trainer if that name is yours.',
    });
    expect(await c.rows()).toEqual([['Anita', 'admitted', null], ['Ben', 'admitted', null]]);
    expect(c.roster).toEqual([{ sessionId: c.session.id, participant: { ...ana.participant, name: 'Anita' }, change: 'renamed' }]);
  });

  it('admitting one lets them in once; admitting all lets in only those waiting', async () => {
    const c = await room({ approveJoins: true });
    const ana = await join(c.host, c.session, 'Ana');
    const ben = await join(c.host, c.session, 'Ben');
    const eva = await join(c.host, c.session, 'Eva');
    await admit(c.host, c.session, ana.participant.id);
    await admit(c.host, c.session, ana.participant.id);
    await leave(c.host, c.session, eva.participant.id);
    c.roster.length = 0;
    await admitAll(c.host, c.session);
    expect(await c.rows()).toEqual([['Ana', 'admitted', null], ['Ben', 'admitted', null], ['Eva', 'left', null]]);
    expect(c.roster).toEqual([{ sessionId: c.session.id, participant: { ...ben.participant, status: 'admitted' }, change: 'admitted' }]);
    expect(c.changes()).toEqual([['admitted', 'Ben', 'admitted', null]]);
    expect(await byToken(c.store, ana.token)).toMatchObject({ participant: { status: 'admitted' } });
  });

  it('admitting one: the list hears it once', async () => {
    const c = await room({ approveJoins: true });
    const ana = await join(c.host, c.session, 'Ana');
    c.roster.length = 0;
    await admit(c.host, c.session, ana.participant.id);
    await admit(c.host, c.session, ana.participant.id);
    expect(c.roster).toEqual([{ sessionId: c.session.id, participant: { ...ana.participant, status: 'admitted' }, change: 'admitted' }]);
  });

  it('removing someone takes their ballot out of the open vote, and their pass stops working', async () => {
    const c = await room();
    const ana = await join(c.host, c.session, 'Ana');
    const ben = await join(c.host, c.session, 'Ben');
    await c.command({ type: 'start' });
    const vote = await openVote(c.host, c.session, [MLAT, ROGATORY], { explain: true });
    await castBallot(c.host, c.session, ana.participant, vote.id, 0, 'fast');
    await castBallot(c.host, c.session, ben.participant, vote.id, 1, 'sure');
    c.roster.length = 0;
    const votesBefore = c.votes.length;
    await remove(c.host, c.session, ana.participant.id);
    expect(voteView(vote)).toMatchObject({ counts: [0, 1], ballots: 1, voters: [{ participant: ben.participant.id, option: 1, explanation: 'sure' }] });
    expect(c.votes.length).toBe(votesBefore + 1);
    expect(c.votes.at(-1)).toMatchObject({ sessionId: c.session.id, seq: 0, vote: { counts: [0, 1] } });
    expect((await c.store.ballots(c.session.id)).get(vote.id)!.ballots).toEqual(new Map([[ben.participant.id, 1]]));
    expect(c.roster).toEqual([{ sessionId: c.session.id, participant: ana.participant, change: 'removed' }]);
    expect((await c.row(ana.participant.id)).status).toBe('removed');
    expect(await byToken(c.store, ana.token)).toBeUndefined();
    expect(c.said('participant removed by the trainer')).toEqual([{ session: c.session.id, participant: ana.participant.id }]);
  });

  it('removing someone who did not vote leaves the vote as it was, unannounced', async () => {
    const c = await room();
    const ana = await join(c.host, c.session, 'Ana');
    const ben = await join(c.host, c.session, 'Ben');
    await c.command({ type: 'start' });
    const vote = await openVote(c.host, c.session, [MLAT, ROGATORY]);
    await castBallot(c.host, c.session, ben.participant, vote.id, 1);
    const votesBefore = c.votes.length;
    await remove(c.host, c.session, ana.participant.id);
    expect(c.votes.length).toBe(votesBefore);
    expect(voteView(vote).counts).toEqual([0, 1]);
    // With no vote at all, removing works the same.
    const other = await room();
    const eva = await join(other.host, other.session, 'Eva');
    await remove(other.host, other.session, eva.participant.id);
    expect(other.votes).toEqual([]);
  });

  it('admission: a change is stored and announced, asking again for the same changes nothing', async () => {
    const c = await room();
    await setAdmission(c.host, c.session, 'open');
    expect(c.roster).toEqual([]);
    await setAdmission(c.host, c.session, 'approve');
    await setAdmission(c.host, c.session, 'approve');
    expect(c.session.row.admission).toBe('approve');
    expect((await c.store.getSession(c.session.id))!.admission).toBe('approve');
    await setAdmission(c.host, c.session, 'open');
    expect(c.roster).toEqual([
      { sessionId: c.session.id, change: 'admission', approveJoins: true },
      { sessionId: c.session.id, change: 'admission', approveJoins: false },
    ]);
  });
});

describe('roles', () => {
  it('are kept in the order the request meets them; the same set again changes nothing; none turns them off', async () => {
    const c = await room();
    await setRoles(c.host, c.session, ['thirdState', 'prosecutor']);
    expect(c.session.row.roles).toEqual(['prosecutor', 'thirdState']);
    await setRoles(c.host, c.session, ['prosecutor', 'thirdState']);
    await setRoles(c.host, c.session, []);
    expect(c.session.row.roles).toBe(null);
    await setRoles(c.host, c.session, []);
    expect((await c.store.getSession(c.session.id))!.roles ?? null).toBe(null);
    expect(c.roster).toEqual([
      { sessionId: c.session.id, change: 'roles', roles: ['prosecutor', 'thirdState'] },
      { sessionId: c.session.id, change: 'roles', roles: null },
    ]);
    expect(c.said('roles changed by the trainer')).toEqual([{ session: c.session.id, roles: ['prosecutor', 'thirdState'] }, { session: c.session.id, roles: null }]);
  });

  it('are stored as set', async () => {
    const c = await room();
    await setRoles(c.host, c.session, ['centralAuthority', 'providerCounsel', 'prosecutor']);
    expect((await c.store.getSession(c.session.id))!.roles).toEqual(['prosecutor', 'centralAuthority', 'providerCounsel']);
  });

  it('cannot be played in a session without roles, nor outside those in play', async () => {
    const c = await room();
    const ana = await join(c.host, c.session, 'Ana');
    await expect(assignRole(c.host, c.session, ana.participant.id, 'prosecutor', 'participant')).rejects.toMatchObject({
      code: 'conflict', message: 'This session has no roles: the trainer turns them on (the roles command) before anyone can play one.',
    });
    await setRoles(c.host, c.session, ['prosecutor', 'centralAuthority']);
    await expect(assignRole(c.host, c.session, ana.participant.id, 'thirdState', 'trainer')).rejects.toMatchObject({
      code: 'conflict', message: 'The role thirdState is not in play in this session. The roles in play are: prosecutor, centralAuthority.',
    });
    await expect(assignRole(c.host, c.session, 'p-404', 'prosecutor', 'trainer')).rejects.toMatchObject({ code: 'not-found' });
    expect(await c.rows()).toEqual([['Ana', 'admitted', null]]);
  });

  it('a participant chooses once; choosing the same again is fine; the trainer changes or clears it at any time', async () => {
    const c = await room({ roles: ['prosecutor', 'centralAuthority'] });
    const ana = await join(c.host, c.session, 'Ana');
    c.roster.length = 0;
    expect(await assignRole(c.host, c.session, ana.participant.id, 'prosecutor', 'participant')).toEqual({ ...ana.participant, role: 'prosecutor' });
    expect(await assignRole(c.host, c.session, ana.participant.id, 'prosecutor', 'participant')).toEqual({ ...ana.participant, role: 'prosecutor' });
    await expect(assignRole(c.host, c.session, ana.participant.id, 'centralAuthority', 'participant')).rejects.toMatchObject({
      code: 'conflict', message: 'You already have a role in this session: ask the trainer if you should play another one.',
    });
    expect(await assignRole(c.host, c.session, ana.participant.id, 'centralAuthority', 'trainer')).toEqual({ ...ana.participant, role: 'centralAuthority' });
    expect(await c.rows()).toEqual([['Ana', 'admitted', 'centralAuthority']]);
    expect(await assignRole(c.host, c.session, ana.participant.id, null, 'trainer')).toEqual(ana.participant);
    expect(await c.rows()).toEqual([['Ana', 'admitted', null]]);
    expect(c.changes()).toEqual([
      ['role', 'Ana', 'admitted', 'prosecutor'], ['role', 'Ana', 'admitted', 'prosecutor'], ['role', 'Ana', 'admitted', 'centralAuthority'], ['role', 'Ana', 'admitted', null],
    ]);
    expect(c.roster[0]).toMatchObject({ sessionId: c.session.id, change: 'role' });
  });

  it('a role no longer in play does not bind: the participant chooses again', async () => {
    const c = await room({ roles: ['prosecutor', 'centralAuthority'] });
    const ana = await join(c.host, c.session, 'Ana');
    await assignRole(c.host, c.session, ana.participant.id, 'centralAuthority', 'participant');
    await setRoles(c.host, c.session, ['prosecutor', 'thirdState']);
    expect(await assignRole(c.host, c.session, ana.participant.id, 'prosecutor', 'participant')).toMatchObject({ role: 'prosecutor' });
  });

  it('a participant without a role may choose one, and the trainer may give someone one they did not choose', async () => {
    const c = await room({ roles: ['prosecutor', 'centralAuthority'] });
    const ana = await join(c.host, c.session, 'Ana');
    const ben = await join(c.host, c.session, 'Ben');
    await assignRole(c.host, c.session, ben.participant.id, 'prosecutor', 'trainer');
    expect(await assignRole(c.host, c.session, ana.participant.id, 'centralAuthority', 'participant')).toMatchObject({ role: 'centralAuthority' });
    expect(await assignRole(c.host, c.session, ben.participant.id, 'centralAuthority', 'trainer')).toMatchObject({ role: 'centralAuthority' });
    expect(await c.rows()).toEqual([['Ana', 'admitted', 'centralAuthority'], ['Ben', 'admitted', 'centralAuthority']]);
    expect(asParticipant((await c.row(ana.participant.id)))).toEqual({ id: ana.participant.id, name: 'Ana', status: 'admitted', role: 'centralAuthority' });
  });

  it('a ballot already cast in the open vote is judged by the new role, explanation kept', async () => {
    const c = await room({ roles: ['prosecutor', 'centralAuthority'] });
    const ana = await join(c.host, c.session, 'Ana');
    const ben = await join(c.host, c.session, 'Ben');
    await c.command({ type: 'start' });
    const vote = await openVote(c.host, c.session, [MLAT, ROGATORY], { explain: true });
    await castBallot(c.host, c.session, ana.participant, vote.id, 0, 'quicker');
    expect(voteView(vote)).toMatchObject({ counts: [0, 0], uncounted: [1, 0] });
    const before = c.votes.length;
    await assignRole(c.host, c.session, ben.participant.id, 'centralAuthority', 'trainer');
    expect(c.votes.length).toBe(before);
    await assignRole(c.host, c.session, ana.participant.id, 'prosecutor', 'participant');
    expect(voteView(vote)).toMatchObject({ counts: [1, 0], uncounted: [0, 0] });
    expect(c.votes.length).toBe(before + 1);
    expect(c.votes.at(-1)).toMatchObject({ sessionId: c.session.id, seq: 0, vote: { counts: [1, 0] } });
    const stored = (await c.store.ballots(c.session.id)).get(vote.id)!;
    expect(stored.ballotRoles).toEqual(new Map([[ana.participant.id, 'prosecutor']]));
    expect(stored.explanations).toEqual(new Map([[ana.participant.id, 'quicker']]));
    await assignRole(c.host, c.session, ana.participant.id, 'centralAuthority', 'trainer');
    expect(voteView(vote)).toMatchObject({ counts: [0, 0], uncounted: [1, 0] });
  });

  it('a ballot of a vote held without roles is not touched by a role given later', async () => {
    const c = await room();
    const ana = await join(c.host, c.session, 'Ana');
    await c.command({ type: 'start' });
    const vote = await openVote(c.host, c.session, [MLAT, ROGATORY]);
    await castBallot(c.host, c.session, ana.participant, vote.id, 0);
    await setRoles(c.host, c.session, ['centralAuthority']);
    const before = c.votes.length;
    await assignRole(c.host, c.session, ana.participant.id, 'centralAuthority', 'trainer');
    expect(c.votes.length).toBe(before);
    expect(vote.ballotRoles).toEqual(new Map([[ana.participant.id, null]]));
    expect(voteView(vote).counts).toEqual([1, 0]);
  });

  it('with no vote open, a role is just stored', async () => {
    const c = await room({ roles: ['prosecutor'] });
    const ana = await join(c.host, c.session, 'Ana');
    await assignRole(c.host, c.session, ana.participant.id, 'prosecutor', 'trainer');
    expect(c.votes).toEqual([]);
    expect(await byToken(c.store, ana.token)).toEqual({ sessionId: c.session.id, participant: { ...ana.participant, role: 'prosecutor' } });
  });
});

describe('what a participant row shows', () => {
  it('waiting stays waiting; left or removed show as admitted (they are out of the list anyway); a role shows only when set', () => {
    const base = { id: 'p1', sessionId: 's', name: 'Ana', nameKey: 'ana', tokenHash: 'h', joinedAt: '2026-01-01T00:00:00.000Z' };
    const shown: Participant[] = (['pending', 'admitted', 'left', 'removed'] as const).map((status) => asParticipant({ ...base, status }));
    expect(shown.map((p) => p.status)).toEqual(['pending', 'admitted', 'admitted', 'admitted']);
    expect(asParticipant({ ...base, status: 'admitted', role: null })).toEqual({ id: 'p1', name: 'Ana', status: 'admitted' });
    expect(asParticipant({ ...base, status: 'pending', role: 'thirdState' })).toEqual({ id: 'p1', name: 'Ana', status: 'pending', role: 'thirdState' });
  });
});

describe('coming back, more', () => {
  it('someone who left, back by name with a pass that is not theirs, gets a new pass that works', async () => {
    const c = await room();
    const first = await join(c.host, c.session, 'Ana');
    await leave(c.host, c.session, first.participant.id);
    const back = await join(c.host, c.session, 'Ana', false, 'a-stale-pass');
    expect(back.participant.id).toBe(first.participant.id);
    expect(back.token).not.toBe('a-stale-pass');
    expect(await byToken(c.store, back.token)).toEqual({ sessionId: c.session.id, participant: first.participant });
    expect(c.said('participant came back')).toEqual([{ session: c.session.id, participant: first.participant.id, with: 'name' }]);
  });

  it('a role given during a vote keeps the roles of the other ballots', async () => {
    const c = await room({ roles: ['prosecutor', 'centralAuthority'] });
    const ana = await join(c.host, c.session, 'Ana');
    const ben = await join(c.host, c.session, 'Ben');
    await assignRole(c.host, c.session, ben.participant.id, 'prosecutor', 'trainer');
    await c.command({ type: 'start' });
    const vote = await openVote(c.host, c.session, [MLAT, ROGATORY]);
    await castBallot(c.host, c.session, { ...ben.participant, role: 'prosecutor' }, vote.id, 1);
    await castBallot(c.host, c.session, ana.participant, vote.id, 0);
    expect(voteView(vote)).toMatchObject({ counts: [0, 1], uncounted: [1, 0] });
    await assignRole(c.host, c.session, ana.participant.id, 'prosecutor', 'trainer');
    expect(voteView(vote)).toMatchObject({ counts: [1, 1], uncounted: [0, 0] });
    expect(vote.ballotRoles).toEqual(new Map([[ben.participant.id, 'prosecutor'], [ana.participant.id, 'prosecutor']]));
  });
});
