import { afterEach, describe, expect, it } from 'vitest';
import { setTimeout as sleep } from 'node:timers/promises';
import { Catalog } from '../../server/catalog.ts';
import { memoryLogger } from '../../server/log.ts';
import { SessionService } from '../../server/sessions/service.ts';
import { openStore, type StorePlace } from '../../server/store/open.ts';
import type { Participant } from '../../server/protocol.ts';
import { BLOCKING, CONSENT, Cleanup, LIBRARY, api, client, testPlace, testServer, until, command } from './helpers.ts';

const cleanup = new Cleanup();
afterEach(() => cleanup.run());

describe('a server stopped and started again on the same DATA_DIR', () => {
  it('serves every session at the same seq and state, by replaying its log', async () => {
    const place = testPlace(cleanup);
    const first = await testServer(cleanup, { place });
    const url = first.server.url;

    // Session A: a decision and a few steps, a branch of it, a vote still open when the server stops.
    const a = (await api(url, 'POST', '/api/sessions', { scenario: BLOCKING })).body;
    const trainerA = await client(cleanup, url, { sessionId: a.id, trainerToken: a.trainerToken });
    await command(trainerA, { type: 'event', event: { type: 'SEND_DIRECT' } });
    await command(trainerA, { type: 'step' });
    await command(trainerA, { type: 'advance', to: 50.25 });
    const branch = (await command(trainerA, { type: 'branch', atSeq: 1 })).created!;
    await api(url, 'POST', `/api/sessions/${branch.id}/commands`, { type: 'event', event: { type: 'CHOOSE_ROGATORY' } }, branch.trainerToken);

    // Session B: a vote closed (its winner applied), then another opened with one ballot in.
    const b = (await api(url, 'POST', '/api/sessions', { scenario: CONSENT })).body;
    const trainerB = await client(cleanup, url, { sessionId: b.id, trainerToken: b.trainerToken });
    const trainee = await client(cleanup, url);
    const joined = await trainee.timeout(5000).emitWithAck('join', { code: b.joinCode, name: 'Ines' });
    if (!joined.ok) throw new Error(joined.error.message);
    await command(trainerB, { type: 'start' });
    const vote1 = (await command(trainerB, { type: 'openVote', options: [{ type: 'CHOOSE_MLAT' }, { type: 'CHOOSE_ROGATORY' }] })).vote!;
    await trainee.timeout(5000).emitWithAck('vote', { voteId: vote1.id, option: 0 });
    await command(trainerB, { type: 'closeVote' });
    const vote2 = (await command(trainerB, { type: 'openVote', options: [{ type: 'WITHDRAW' }, { type: 'EXTEND_PRESERVATION' }] })).vote!;
    await trainee.timeout(5000).emitWithAck('vote', { voteId: vote2.id, option: 1 });

    const ids = [a.id, branch.id, b.id];
    const before = await Promise.all(ids.map((id) => api(url, 'GET', `/api/sessions/${id}`)));
    const logsBefore = await Promise.all(ids.map((id) => api(url, 'GET', `/api/sessions/${id}/log`)));
    const debriefBefore = await api(url, 'GET', `/api/sessions/${b.id}/debrief`);
    expect(before.map((r) => r.body.seq)).toEqual([3, 2, 1]);
    trainee.disconnect();
    await first.server.close();

    const second = await testServer(cleanup, { place });
    const url2 = second.server.url;
    const after = await Promise.all(ids.map((id) => api(url2, 'GET', `/api/sessions/${id}`)));
    expect(after.map((r) => r.body)).toEqual(before.map((r) => r.body));
    expect(after[0]!.body.state).toMatchObject({ day: 50, state: 'mlat.requestedReview' });
    expect(after[2]!.body.vote).toMatchObject({ id: vote2.id, open: true, ballots: 1, counts: [0, 1] });
    expect(await Promise.all(ids.map((id) => api(url2, 'GET', `/api/sessions/${id}/log`).then((r) => r.body)))).toEqual(logsBefore.map((r) => r.body));
    expect((await api(url2, 'GET', `/api/sessions/${b.id}/debrief`)).body).toEqual(debriefBefore.body);

    // The same people carry on: the trainer's token, the participant's pass, the open vote.
    const again = await client(cleanup, url2, { participantToken: joined.participant.token });
    expect(await again.snapshot).toMatchObject({ you: { id: joined.participant.id, name: 'Ines' }, seq: 1, status: 'running' });
    const trainerB2 = await client(cleanup, url2, { sessionId: b.id, trainerToken: b.trainerToken });
    const inputs: number[] = [];
    again.on('input', (x) => inputs.push(x.seq));
    const closed = await command(trainerB2, { type: 'closeVote' });
    expect(closed).toMatchObject({ seq: 2, vote: { result: { applied: true, event: { type: 'EXTEND_PRESERVATION' } } } });
    await until('the participant sees input 2', () => inputs.includes(2));
  });
});

describe('a class\'s earlier votes after a restart', () => {
  /** A service on the data folder, as a server start makes one. */
  const open = async (place: StorePlace) => {
    const store = await openStore(place, memoryLogger());
    const sessions = new SessionService({ store, log: memoryLogger() });
    return { sessions, close: async () => { await sessions.close(); await store.close(); } };
  };

  it('keep every ballot and reason: the session, its debrief and its attendance sheet read as before the restart', async () => {
    const place = testPlace(cleanup);
    const first = await open(place);
    cleanup.add(first.close);
    const { sessions } = first;
    const created = await sessions.create(Catalog.fromFolder(LIBRARY, memoryLogger()).get(CONSENT)!);
    const session = await sessions.get(created.id);
    const people: Participant[] = [];
    for (const name of ['Ana', 'Ben', 'Chloé']) people.push((await sessions.join(created.id, name)).participant);
    await sessions.command(session, { type: 'start' });
    // Ballots a few ms apart: in the same millisecond their order after a restart is the participants' ids'.
    const answer = async (voteId: string, options: number[], reasons: string[]) => {
      for (const [i, option] of options.entries()) {
        await sessions.castBallot(session, people[i]!, voteId, option, reasons[i]);
        await sleep(3);
      }
    };
    const vote1 = (await sessions.command(session, { type: 'openVote', options: [{ type: 'CHOOSE_MLAT' }, { type: 'CHOOSE_ROGATORY' }], explain: true })).vote!;
    await answer(vote1.id, [0, 1, 0], ['faster', 'the treaty is silent', 'we have an MLAT']);
    await sessions.command(session, { type: 'closeVote' });
    const vote2 = (await sessions.command(session, { type: 'openVote', options: [{ type: 'WITHDRAW' }, { type: 'REQUEST_PRESERVATION' }] })).vote!;
    await answer(vote2.id, [1, 1, 0], []);
    await sessions.command(session, { type: 'closeVote' });
    const vote3 = (await sessions.command(session, { type: 'openVote', options: [{ type: 'THIRD_COUNTRY_ANSWERS', country: 'CE', answer: 'consent' }, { type: 'THIRD_COUNTRY_ANSWERS', country: 'CE', answer: 'object' }] })).vote!;
    await answer(vote3.id, [0, 1], []);

    const read = async (s: SessionService) => ({
      trainer: await s.describe(created.id, true), participant: await s.describe(created.id), debrief: await s.debrief(created.id, true), attendance: await s.attendance(created.id),
    });
    const before = await read(sessions);
    await first.close();

    const second = await open(place);
    cleanup.add(second.close);
    const after = await read(second.sessions);
    expect(after).toEqual(before);
    // What the restart must not lose, said once more in its own terms.
    expect(after.debrief.votes.map((v) => [v.ballots, v.options.map((o) => o.votes)])).toEqual([[3, [2, 1]], [3, [1, 2]], [2, [1, 1]]]);
    expect(after.debrief.votes[0]?.explanations?.map((e) => [e.name, e.option, e.text])).toEqual([['Ana', 0, 'faster'], ['Ben', 1, 'the treaty is silent'], ['Chloé', 0, 'we have an MLAT']]);
    expect(after.trainer.vote).toMatchObject({ id: vote3.id, open: true, ballots: 2, counts: [1, 1] });
    expect(after.trainer.vote?.voters?.map((v) => v.participant)).toEqual([people[0]!.id, people[1]!.id]);
    // One row per participant and vote: 3 people × 3 votes, below the header.
    expect(after.attendance.trim().split('\n')).toHaveLength(10);
  });
});
