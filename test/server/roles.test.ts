import { afterEach, describe, expect, it } from 'vitest';
import type { ScenarioEvent } from '../../machines/request/events.ts';
import type { Role } from '../../machines/request/roles.ts';
import { countedBallots } from '../../server/sessions/roles.ts';
import { counts, leaders } from '../../server/sessions/votes.ts';
import type { VoteRow } from '../../server/store/store.ts';
import { CONSENT, Cleanup, api, client, command, next, rosterOf, testServer, until } from './helpers.ts';

const cleanup = new Cleanup();
afterEach(() => cleanup.run());

const MLAT = { type: 'CHOOSE_MLAT' } as const;
const ROGATORY = { type: 'CHOOSE_ROGATORY' } as const;

/** A session of the consent fixture, its trainer's socket, started. */
async function classroom(body: object = {}) {
  const { server } = await testServer(cleanup);
  const s = (await api(server.url, 'POST', '/api/sessions', { scenario: CONSENT, ...body })).body;
  const trainer = await client(cleanup, server.url, { sessionId: s.id, trainerToken: s.trainerToken });
  const first = await trainer.snapshot;
  await command(trainer, { type: 'start' });
  const join = async (name: string, role?: Role) => {
    const p = await client(cleanup, server.url);
    const joined = await p.timeout(5000).emitWithAck('join', { code: s.joinCode, name });
    if (!joined.ok) throw new Error(joined.error.message);
    if (role) {
      const chosen = await p.timeout(5000).emitWithAck('role', { role });
      if (!chosen.ok) throw new Error(chosen.error.message);
    }
    return Object.assign(p, { id: joined.participant.id, token: joined.participant.token });
  };
  return { server, s, trainer, first, join };
}

describe('roles off (the default)', () => {
  it('counts every ballot, as before, and says nothing of roles', async () => {
    const { server, s, trainer, first, join } = await classroom();
    expect(first.roles).toBeNull();
    const vote = (await command(trainer, { type: 'openVote', options: [MLAT, ROGATORY] })).vote!;
    const [a, b, c] = [await join('Ana'), await join('Ben'), await join('Chen')];
    for (const [p, option] of [[a, 0], [b, 1], [c, 1]] as const) expect((await p.timeout(5000).emitWithAck('vote', { voteId: vote.id, option })).ok).toBe(true);
    const closed = (await command(trainer, { type: 'closeVote' })).vote!;
    expect(closed.counts).toEqual([1, 2]);
    expect(closed.result).toMatchObject({ winner: 1, applied: true });
    expect(closed).not.toHaveProperty('deciders');
    expect(closed).not.toHaveProperty('uncounted');
    const debrief = (await api(server.url, 'GET', `/api/sessions/${s.id}/debrief`)).body;
    expect(debrief.votes[0].options).toEqual([{ event: MLAT, votes: 1 }, { event: ROGATORY, votes: 2 }]);
    // Nobody can take a role in a session without roles.
    const refused = await a.timeout(5000).emitWithAck('role', { role: 'prosecutor' });
    expect(refused).toMatchObject({ ok: false, error: { code: 'conflict', message: expect.stringMatching(/^This session has no roles/) } });
  });
});

describe('roles on', () => {
  it('counts only the ballots of the role that decides: two central authorities cannot outvote one prosecutor on a channel', async () => {
    const { server, s, trainer, first, join } = await classroom({ roles: ['prosecutor', 'centralAuthority'] });
    expect(first.roles).toEqual(['prosecutor', 'centralAuthority']);
    const pros = await join('Ana', 'prosecutor');
    const ca1 = await join('Ben', 'centralAuthority');
    const ca2 = await join('Chen', 'centralAuthority');
    const vote = (await command(trainer, { type: 'openVote', options: [MLAT, ROGATORY] })).vote!;
    expect(vote.deciders).toEqual(['prosecutor', 'prosecutor']);
    await pros.timeout(5000).emitWithAck('vote', { voteId: vote.id, option: 0 });
    await ca1.timeout(5000).emitWithAck('vote', { voteId: vote.id, option: 1 });
    const last = await ca2.timeout(5000).emitWithAck('vote', { voteId: vote.id, option: 1 });
    expect(last.ok && last.vote).toMatchObject({ ballots: 3, counts: [1, 0], uncounted: [0, 2] });
    const closed = await command(trainer, { type: 'closeVote' });
    expect(closed.vote?.result).toMatchObject({ winner: 0, applied: true, event: MLAT });
    expect(closed.state.channel).toBe('mlat');
    // The debrief keeps the ballots that did not count apart, in JSON and in Markdown.
    const debrief = (await api(server.url, 'GET', `/api/sessions/${s.id}/debrief`)).body;
    expect(debrief.votes[0].options).toEqual([
      { event: MLAT, votes: 1, decider: 'prosecutor', uncounted: 0 },
      { event: ROGATORY, votes: 0, decider: 'prosecutor', uncounted: 2 },
    ]);
    const md = await (await fetch(`${server.url}/api/sessions/${s.id}/debrief`, { headers: { accept: 'text/markdown' } })).text();
    expect(md).toContain('| Send letters rogatory (decided by: Requesting prosecutor; 2 ballots of other roles not counted) | 0 |');
  });

  it('lets a participant choose once, among the roles in play; the trainer assigns and changes roles, and a ballot already cast follows', async () => {
    const { s, server, trainer, join } = await classroom({ roles: ['prosecutor', 'thirdState'] });
    const roster = rosterOf(trainer);
    const ana = await join('Ana');
    const notInPlay = await ana.timeout(5000).emitWithAck('role', { role: 'providerCounsel' });
    expect(notInPlay).toMatchObject({ ok: false, error: { code: 'conflict', message: expect.stringContaining('The roles in play are: prosecutor, thirdState') } });
    const malformed = await ana.timeout(5000).emitWithAck('role', { role: 'judge' } as never);
    expect(malformed).toMatchObject({ ok: false, error: { code: 'invalid' } });
    expect((await ana.timeout(5000).emitWithAck('role', { role: 'thirdState' })).ok).toBe(true);
    const again = await ana.timeout(5000).emitWithAck('role', { role: 'prosecutor' });
    expect(again).toMatchObject({ ok: false, error: { message: expect.stringMatching(/ask the trainer/) } });
    await until('the trainer sees Ana as third state', () => roster.list.some((p) => p.name === 'Ana' && p.role === 'thirdState'));

    const vote = (await command(trainer, { type: 'openVote', options: [MLAT, ROGATORY] })).vote!;
    const cast = await ana.timeout(5000).emitWithAck('vote', { voteId: vote.id, option: 1 });
    expect(cast.ok && cast.vote).toMatchObject({ counts: [0, 0], uncounted: [0, 1] });
    // The trainer makes Ana the prosecutor, over REST: her ballot counts now, and her screen knows.
    const snapshot = next(ana, 'snapshot');
    const assigned = await api(server.url, 'POST', `/api/sessions/${s.id}/commands`, { type: 'assignRole', participant: ana.id, role: 'prosecutor' }, s.trainerToken);
    expect(assigned.status).toBe(200);
    expect(assigned.body.vote).toMatchObject({ counts: [0, 1], uncounted: [0, 0] });
    expect((await snapshot).you).toMatchObject({ name: 'Ana', role: 'prosecutor' });
    await until('the trainer sees Ana as prosecutor', () => roster.list.some((p) => p.name === 'Ana' && p.role === 'prosecutor'));
    const refused = await api(server.url, 'POST', `/api/sessions/${s.id}/commands`, { type: 'assignRole', participant: ana.id, role: 'providerCounsel' }, s.trainerToken);
    expect(refused.status).toBe(409);
    expect((await command(trainer, { type: 'closeVote' })).vote?.result).toMatchObject({ winner: 1, applied: true });
  });

  it('is turned on and off by a command that every screen hears, and a screen that connects later gets in its snapshot', async () => {
    const { s, server, trainer, join } = await classroom();
    const ana = await join('Ana');
    const heard = next(ana, 'roles');
    await command(trainer, { type: 'roles', roles: ['thirdState', 'prosecutor'] });
    // In the order the request meets them, whatever order they were ticked in.
    expect((await heard).roles).toEqual(['prosecutor', 'thirdState']);
    const bad = await api(server.url, 'POST', `/api/sessions/${s.id}/commands`, { type: 'roles', roles: ['prosecutor', 'prosecutor'] }, s.trainerToken);
    expect(bad.status).toBe(400);
    const other = await client(cleanup, server.url, { sessionId: s.id, trainerToken: s.trainerToken });
    expect((await other.snapshot).roles).toEqual(['prosecutor', 'thirdState']);
    const off = next(ana, 'roles');
    await command(trainer, { type: 'roles', roles: [] });
    expect((await off).roles).toBeNull();
  });
});

describe('roles and branches', () => {
  it('keeps the roles in play in a branch, and each participant who follows by name keeps their role', async () => {
    const { trainer, join, server } = await classroom({ roles: ['prosecutor', 'centralAuthority'] });
    await join('Ana', 'centralAuthority');
    const branch = (await command(trainer, { type: 'branch', atSeq: 0 })).created!;
    const p = await client(cleanup, server.url);
    const joined = await p.timeout(5000).emitWithAck('join', { code: branch.joinCode, name: 'ana' });
    expect(joined.ok && joined.snapshot).toMatchObject({ roles: ['prosecutor', 'centralAuthority'], you: { name: 'ana', role: 'centralAuthority' } });
    // Someone new to the class chooses, as anyone joining does.
    const q = await client(cleanup, server.url);
    const newcomer = await q.timeout(5000).emitWithAck('join', { code: branch.joinCode, name: 'Ben' });
    expect(newcomer.ok && newcomer.snapshot.you).not.toHaveProperty('role');
  });
});

describe('the tally with roles (unit)', () => {
  const vote = (options: ScenarioEvent[], roles: Role[] | null, ballots: [string, number, Role | null][]): VoteRow => ({
    id: 'v', sessionId: 's', options, openedAtSeq: 0, openedAt: '', closesAt: null, closedAt: null, result: null,
    ballots: new Map(ballots.map(([id, o]) => [id, o])), roles, ballotRoles: new Map(ballots.map(([id, , r]) => [id, r])),
    settings: { prompt: null, tie: 'first', hideResults: false, explain: false, seconds: null }, leftMs: null, revealedAt: null, explanations: new Map(),
  });

  it('takes each option by its own role in a mixed vote, and gives a role nobody plays to the whole class', () => {
    const options: ScenarioEvent[] = [{ type: 'REFUSE', ground: 'dual criminality' }, { type: 'THIRD_COUNTRY_ANSWERS', country: 'CE', answer: 'consent' }, { type: 'WITHDRAW' }];
    const ballots: [string, number, Role | null][] = [
      ['ca', 0, 'centralAuthority'], ['pros', 0, 'prosecutor'], ['third', 1, 'thirdState'], ['pros2', 1, 'prosecutor'], ['none', 2, null], ['pros3', 2, 'prosecutor'],
    ];
    const all = vote(options, ['prosecutor', 'centralAuthority', 'providerCounsel', 'thirdState'], ballots);
    expect([...countedBallots(all).keys()]).toEqual(['ca', 'third', 'pros3']);
    expect(counts(all)).toEqual([1, 1, 1]);
    // Without a third state in the class, its answer is the whole class's to give.
    expect(counts(vote(options, ['prosecutor', 'centralAuthority'], ballots))).toEqual([1, 2, 1]);
    expect(counts(vote(options, null, ballots))).toEqual([2, 2, 2]);
    expect(leaders(counts(vote(options, ['prosecutor', 'centralAuthority'], ballots)))).toEqual([1]);
  });
});
