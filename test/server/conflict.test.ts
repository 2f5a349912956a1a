import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import request from 'supertest';
import { afterEach, describe, expect, it } from 'vitest';
import { runScenario } from '../../machines/run/script.ts';
import { loadOrThrow } from '../../bin/cli/load.ts';
import { Cleanup, testApp } from './helpers.ts';

const cleanup = new Cleanup();
afterEach(() => cleanup.run());

const CONFLICT = join(import.meta.dirname, '..', '..', 'scenarios', 'fictional', 'conflict-of-laws-order.yaml');

async function session(app: Awaited<ReturnType<typeof testApp>>['app']) {
  const created = await request(app).post('/api/sessions').send({ yaml: readFileSync(CONFLICT, 'utf8') }).expect(201);
  const { trainerToken, id } = created.body as { id: string; trainerToken: string };
  const send = (body: object, status = 200) =>
    request(app).post(`/api/sessions/${id}/commands`).set('Authorization', `Bearer ${trainerToken}`).send(body).expect(status).then((r) => r.body);
  return { send, id };
}

describe('a conflict of laws in a class session (REST)', () => {
  it('offers the provider\'s choices at the conflict and takes them, ending where the CLI does with the same choices', async () => {
    const { app } = await testApp(cleanup);
    const { send } = await session(app);
    await send({ type: 'event', event: { type: 'SEND_DIRECT' } });
    const met = (await send({ type: 'step' })).state;
    expect(met).toMatchObject({ state: 'direct.conflict', waiting: true, day: 10 });
    expect(met.allowed).toEqual(expect.arrayContaining([
      { type: 'PROVIDER_CHOOSES', choice: 'comply' }, { type: 'PROVIDER_CHOOSES', choice: 'refuse' }, { type: 'PROVIDER_CHOOSES', choice: 'review' },
    ]));
    await send({ type: 'event', event: { type: 'PROVIDER_CHOOSES', choice: 'review' } });
    expect((await send({ type: 'step' })).state).toMatchObject({ state: 'direct.ruling', day: 40 });
    await send({ type: 'event', event: { type: 'REVIEW_DECIDES', outcome: 'upheld' } });
    const refused = (await send({ type: 'event', event: { type: 'PROVIDER_CHOOSES', choice: 'refuse' } })).state;
    expect(refused).toMatchObject({ state: 'direct.refused', day: 40 });
    let state = refused;
    for (let i = 0; i < 20 && !state.done; i++) state = (await send({ type: 'step' })).state;
    const cli = runScenario(loadOrThrow(CONFLICT));
    expect({ outcome: state.outcome, channel: state.channel, day: state.day }).toEqual({ outcome: cli.outcome, channel: cli.channel, day: cli.days });
  });

  it('refuses a choice nobody awaits, and a choice of the wrong shape, with a message', async () => {
    const { app } = await testApp(cleanup);
    const { send } = await session(app);
    const early = await send({ type: 'event', event: { type: 'PROVIDER_CHOOSES', choice: 'comply' } }, 409);
    expect(JSON.stringify(early)).toContain('no conflict of laws awaits the provider');
    const wrong = await send({ type: 'event', event: { type: 'PROVIDER_CHOOSES', choice: 'ignore' } }, 400);
    expect(JSON.stringify(wrong)).toMatch(/choice/);
  });

  it('the debrief lists a choice the default policy made at the conflict, with the choice and the order\'s source', async () => {
    const { app } = await testApp(cleanup);
    const { send, id } = await session(app);
    await send({ type: 'event', event: { type: 'SEND_DIRECT' } });
    await send({ type: 'step' });
    expect((await send({ type: 'step' })).state).toMatchObject({ state: 'direct.refused' });
    const debrief = (await request(app).get(`/api/sessions/${id}/debrief`).expect(200)).body;
    expect(debrief.decisions).toContainEqual({ input: 3, day: 10, event: { type: 'PROVIDER_CHOOSES', choice: 'refuse' }, kind: 'decision', by: 'default policy', vote: null });
    const chose = debrief.timeline.find((t: { event: string }) => t.event === 'PROVIDER_CHOOSES');
    expect(chose.reason).toContain('Assumed by the default policy: refuse');
    expect(chose.sources).toContainEqual({ id: 'BO-PROD-ORDER', title: 'Borealis Production Order Act', source: 'Borealis Production Order Act s.3 (fictional)', uncertain: null });
  });

  it('the debrief sets the class\'s own choices at the conflict and the ruling beside the script\'s', async () => {
    const { app } = await testApp(cleanup);
    const { send, id } = await session(app);
    await send({ type: 'event', event: { type: 'SEND_DIRECT' } });
    await send({ type: 'step' });
    await send({ type: 'event', event: { type: 'PROVIDER_CHOOSES', choice: 'review' } });
    await send({ type: 'step' });
    await send({ type: 'event', event: { type: 'REVIEW_DECIDES', outcome: 'upheld' } });
    await send({ type: 'event', event: { type: 'PROVIDER_CHOOSES', choice: 'comply' } });
    const debrief = (await request(app).get(`/api/sessions/${id}/debrief`).expect(200)).body;
    const decided = debrief.decisions.filter((d: { kind: string }) => d.kind === 'decision').map((d: { event: object; by: string }) => [d.event, d.by]);
    expect(decided).toEqual([
      [{ type: 'SEND_DIRECT' }, 'trainer'],
      [{ type: 'PROVIDER_CHOOSES', choice: 'review' }, 'trainer'],
      [{ type: 'REVIEW_DECIDES', outcome: 'upheld' }, 'trainer'],
      [{ type: 'PROVIDER_CHOOSES', choice: 'comply' }, 'trainer'],
    ]);
    expect(debrief.authorities.map((a: { event: object }) => a.event)).toEqual([
      { type: 'SEND_DIRECT' }, { type: 'PROVIDER_CHOOSES', choice: 'review' }, { type: 'REVIEW_DECIDES', outcome: 'upheld' }, { type: 'PROVIDER_CHOOSES', choice: 'refuse' },
    ]);
    const markdown = (await request(app).get(`/api/sessions/${id}/debrief`).set('Accept', 'text/markdown').expect(200)).text;
    expect(markdown).toMatch(/\| 4 \| day 40: .*comply.* \| when a decision was awaited: .*refuse.* \|/);
  });
});
