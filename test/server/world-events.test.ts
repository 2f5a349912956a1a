import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import request from 'supertest';
import { afterEach, describe, expect, it } from 'vitest';
import { runScenario } from '../../machines/run/script.ts';
import { loadOrThrow } from '../../bin/cli/load.ts';
import { authorityActsOf, worldEventsOf } from '../../machines/run/world-events.ts';
import { Cleanup, api, client, command, testPlace, testApp, testServer, until } from './helpers.ts';

const cleanup = new Cleanup();
afterEach(() => cleanup.run());

const SCENARIOS = join(import.meta.dirname, '..', '..', 'scenarios');
const REFUSED = join(SCENARIOS, 'fictional', 'mlat-refused-dual-criminality.yaml');
const YAHOO = join(SCENARIOS, 'real', 'yahoo-belgium-2007.yaml');
const yamlOf = (path: string) => readFileSync(path, 'utf8');

/** What `rogatory run` gives for the file: the CLI's result, which a class taking the same decisions must meet. */
function cliResult(path: string) {
  return runScenario(loadOrThrow(path));
}

async function session(app: Awaited<ReturnType<typeof testApp>>['app'], path: string, extra: object = {}) {
  const created = await request(app).post('/api/sessions').send({ yaml: yamlOf(path), ...extra }).expect(201);
  const { id, trainerToken } = created.body as { id: string; trainerToken: string };
  const send = (body: object, status = 200) =>
    request(app).post(`/api/sessions/${id}/commands`).set('Authorization', `Bearer ${trainerToken}`).send(body).expect(status).then((r) => r.body);
  return { id, trainerToken, send };
}

describe("the script's world events in a class", () => {
  it('refuse the MLAT on day 120, as the CLI does, when the class chooses what the real authorities chose', async () => {
    const cli = cliResult(REFUSED);
    expect(cli).toMatchObject({ outcome: 'refused', channel: 'mlat', days: 120 });

    const { app } = await testApp(cleanup);
    const { id, send } = await session(app, REFUSED);
    await send({ type: 'event', event: { type: 'CHOOSE_MLAT' } });
    const advanced = await send({ type: 'advance', to: 300 });
    // The refusal came on its day, and time went on to day 300 while the request waited for a decision.
    expect(advanced.state).toMatchObject({ state: 'mlat.refused', waiting: true, day: 300 });
    const log = (await request(app).get(`/api/sessions/${id}/log`).expect(200)).body.inputs as { input: { kind: string; to?: number; event?: { type: string }; script?: number }; actor: string }[];
    expect(log.map((r) => [r.input.kind, r.input.to ?? r.input.event?.type, r.actor])).toEqual([
      ['event', 'CHOOSE_MLAT', 'trainer'],
      ['advance', 120, 'trainer'],
      ['event', 'REFUSE', 'world'],
      ['advance', 300, 'trainer'],
    ]);
    expect(log[2]!.input.script).toBe(1);
    const refusal = advanced.state.transitions.find((t: { event: string }) => t.event === 'REFUSE');
    expect(refusal).toMatchObject({ day: 120, from: 'mlat.requestedReview', to: 'mlat.refused' });
  });

  it('end the session refused on day 120 when the trainer steps through it, like the CLI', async () => {
    const { app } = await testApp(cleanup);
    const { send } = await session(app, REFUSED);
    await send({ type: 'event', event: { type: 'CHOOSE_MLAT' } });
    let state = (await send({ type: 'step' })).state;
    for (let i = 0; i < 20 && !state.done; i++) state = (await send({ type: 'step' })).state;
    const cli = cliResult(REFUSED);
    expect({ outcome: state.outcome, channel: state.channel, day: state.day }).toEqual({ outcome: cli.outcome, channel: cli.channel, day: cli.days });
    // The same transitions as the CLI's trace, but for preservation (which the CLI's default policy asks for).
    const channelOnly = (ts: { event: string; day: number }[]) => ts.filter((t) => !t.event.startsWith('PRESERVATION')).map((t) => `${t.day} ${t.event}`);
    expect(channelOnly(state.transitions)).toEqual(channelOnly(cli.transitions));
  });

  it('let the MLAT run to delivery when the trainer turned world events off at creation', async () => {
    const { app } = await testApp(cleanup);
    const { id, send } = await session(app, REFUSED, { worldEvents: false });
    expect((await request(app).get(`/api/sessions/${id}/log`).expect(200)).body.inputs).toEqual([]);
    await send({ type: 'event', event: { type: 'CHOOSE_MLAT' } });
    const state = (await send({ type: 'advance', to: 400 })).state;
    expect(state).toMatchObject({ done: true, outcome: 'delivered', day: 300 });
  });

  it('skip an event whose day passed while they were off, even once they are on again', async () => {
    const { app } = await testApp(cleanup);
    const { id, send } = await session(app, REFUSED);
    await send({ type: 'worldEvents', on: false });
    await send({ type: 'event', event: { type: 'CHOOSE_MLAT' } });
    await send({ type: 'advance', to: 150 });
    await send({ type: 'worldEvents', on: true });
    const state = (await send({ type: 'advance', to: 400 })).state;
    expect(state).toMatchObject({ outcome: 'delivered' });
    const actors = (await request(app).get(`/api/sessions/${id}/log`).expect(200)).body.inputs.map((r: { actor: string }) => r.actor);
    expect(actors).not.toContain('world');
  });

  it("give way to the trainer's own inject of the same event", async () => {
    // The script has Kestrel refuse the agreement's order on day 12. Here the trainer has the
    // provider refuse a direct request on day 2 instead; the class then turns to the agreement.
    const { app } = await testApp(cleanup);
    const { id, send } = await session(app, join(SCENARIOS, 'fictional', 'provider-refuses-agreement.yaml'));
    await send({ type: 'event', event: { type: 'SEND_DIRECT' } });
    await send({ type: 'advance', to: 2 });
    await send({ type: 'event', event: { type: 'PROVIDER_REFUSES', reason: 'the trainer says so' } });
    await send({ type: 'event', event: { type: 'CHOOSE_AGREEMENT' } });
    const state = (await send({ type: 'advance', to: 100 })).state;
    // The trainer's refusal stood for the script's: the agreement was not refused on day 12.
    expect(state).toMatchObject({ done: true, outcome: 'delivered', channel: 'agreement' });
    const log = (await request(app).get(`/api/sessions/${id}/log`).expect(200)).body.inputs;
    expect(log.filter((r: { input: { event?: { type: string } } }) => r.input.event?.type === 'PROVIDER_REFUSES').map((r: { actor: string }) => r.actor)).toEqual(['trainer']);
  });

  it('skip an event the request can no longer take, without an error', async () => {
    const { app } = await testApp(cleanup);
    const { send } = await session(app, REFUSED);
    // The class chose nothing: no MLAT is under way on day 120, so there is nothing to refuse.
    const state = (await send({ type: 'advance', to: 130 })).state;
    expect(state).toMatchObject({ day: 130, done: false });
    expect(state.transitions.map((t: { event: string }) => t.event)).not.toContain('REFUSE');
  });

  it('refuse a worldEvents command of the wrong shape with a message, over REST', async () => {
    const { app } = await testApp(cleanup);
    const { send } = await session(app, REFUSED);
    const answer = await send({ type: 'worldEvents', on: 'yes' }, 400);
    expect(JSON.stringify(answer)).toMatch(/on/);
  });

  it('end yahoo-belgium-2007 as the CLI does when the class takes the same decisions', async () => {
    const cli = cliResult(YAHOO);
    // Belgium's order reaches Yahoo! (Cass. 1 Dec 2015): the demand is compelled and answered on day 10.
    expect(cli).toMatchObject({ outcome: 'delivered', days: 10, attempts: ['direct'] });
    const { app } = await testApp(cleanup);
    const { send } = await session(app, YAHOO);
    await send({ type: 'event', event: { type: 'SEND_DIRECT' } });
    const state = (await send({ type: 'advance', to: 10 })).state;
    expect({ outcome: state.outcome, day: state.day, attempts: state.attempts }).toEqual({ outcome: cli.outcome, day: cli.days, attempts: cli.attempts });
  });
});

describe('a class that takes the real authorities\' decisions meets the CLI\'s run', () => {
  const withWorld = ['mlat-refused-dual-criminality', 'inject-third-country-consent', 'provider-refuses-agreement'].map((id) => join(SCENARIOS, 'fictional', `${id}.yaml`));
  for (const path of [...withWorld, YAHOO]) {
    it(`${path.split('/').pop()}: the same transitions on the same days`, async () => {
      const scenario = loadOrThrow(path);
      const cli = runScenario(scenario);
      const { app } = await testApp(cleanup);
      const { send } = await session(app, path);
      // The class does what the script's authorities did, when they did it; the world does the rest.
      const acts = authorityActsOf(scenario.script);
      let state = (await send({ type: 'advance', to: 0 })).state;
      for (let guard = 0; !state.done && guard < 200; guard++) {
        const act = acts[0];
        if (act && act.day !== null && act.day > state.day) state = (await send({ type: 'advance', to: act.day })).state;
        else if (act && (act.day !== null || state.waiting)) {
          acts.shift();
          state = (await send({ type: 'event', event: act.event })).state;
        } else state = (await send({ type: 'step' })).state;
      }
      expect(worldEventsOf(scenario.script).length > 0 || path === YAHOO).toBe(true);
      const trace = (ts: { day: number; event: string; from: string; to: string }[]) => ts.map((t) => `${t.day} ${t.event} ${t.from} -> ${t.to}`);
      expect(trace(state.transitions)).toEqual(trace(cli.transitions));
      expect({ outcome: state.outcome, day: state.day }).toEqual({ outcome: cli.outcome, day: cli.days });
    });
  }
});

describe('the debrief sets the class beside the real authorities', () => {
  it('lists the script\'s decisions beside the class\'s, and the world\'s events as the world\'s', async () => {
    const { app } = await testApp(cleanup);
    const { id, trainerToken, send } = await session(app, REFUSED);
    // Before the end, only the trainer sees what the real authorities did: it is an answer key.
    expect((await request(app).get(`/api/sessions/${id}/debrief`).expect(200)).body.authorities).toEqual([]);
    await send({ type: 'event', event: { type: 'CHOOSE_ROGATORY' } });
    await send({ type: 'advance', to: 120 });
    const trainerView = (await request(app).get(`/api/sessions/${id}/debrief`).set('Authorization', `Bearer ${trainerToken}`).expect(200)).body;
    expect(trainerView.authorities).toEqual([{ index: 0, day: 0, event: { type: 'CHOOSE_MLAT' } }]);

    // The class took another road: letters rogatory, which the requested state refuses on day 120 all the same.
    const state = (await send({ type: 'step' })).state;
    expect(state).toMatchObject({ done: true, outcome: 'refused', day: 120 });
    const debrief = (await request(app).get(`/api/sessions/${id}/debrief`).expect(200)).body;
    expect(debrief.authorities).toEqual([{ index: 0, day: 0, event: { type: 'CHOOSE_MLAT' } }]);
    expect(debrief.decisions.map((d: { day: number; event: { type: string }; by: string; kind: string }) => [d.day, d.event.type, d.kind, d.by])).toEqual([
      [0, 'CHOOSE_ROGATORY', 'decision', 'trainer'],
      [120, 'REFUSE', 'inject', 'world'],
      [120, 'CONCLUDE', 'decision', 'default policy'],
    ]);
    const markdown = (await request(app).get(`/api/sessions/${id}/debrief`).set('Accept', 'text/markdown').expect(200)).text;
    expect(markdown).toContain("Requested state refuses (dual criminality: the conduct is not an offence under Arcadian law), injected by the scenario's world, on its day.");
    expect(markdown).toContain('## What the real authorities did');
    expect(markdown).toContain('| 1 | day 0: Send letters rogatory | day 0: Choose MLAT |');
  });
});

describe('world events over the socket, played and recovered', () => {
  it('happen while playing, stop play for the decision, and survive a restart and a branch', async () => {
    const place = testPlace(cleanup);
    const first = await testServer(cleanup, { place, tickMs: 10 });
    const url = first.server.url;
    const created = (await api(url, 'POST', '/api/sessions', { yaml: yamlOf(REFUSED) })).body;
    const trainer = await client(cleanup, url, { sessionId: created.id, trainerToken: created.trainerToken });
    expect(await trainer.snapshot).toMatchObject({ worldEvents: true });
    const statuses: { worldEvents: boolean; reason: string | null }[] = [];
    trainer.on('status', (s) => statuses.push(s));
    const worldInputs: number[] = [];
    trainer.on('input', (b) => {
      if (b.record.actor === 'world') worldInputs.push(b.state.day);
    });
    await command(trainer, { type: 'event', event: { type: 'CHOOSE_MLAT' } });
    await command(trainer, { type: 'play', speed: 50 });
    await until('the refusal arrives while playing', () => worldInputs.length === 1, 10_000);
    expect(worldInputs).toEqual([120]);
    await until('play stops for the decision', () => statuses.some((s) => s.reason === 'The request waits for a decision.'));
    const described = (await api(url, 'GET', `/api/sessions/${created.id}`)).body;
    expect(described.state).toMatchObject({ day: 120, state: 'mlat.refused', waiting: true });
    const log = (await api(url, 'GET', `/api/sessions/${created.id}/log`)).body;

    await command(trainer, { type: 'worldEvents', on: false });
    expect(statuses.at(-1)).toMatchObject({ worldEvents: false });
    await first.server.close();

    const second = await testServer(cleanup, { place });
    const url2 = second.server.url;
    expect((await api(url2, 'GET', `/api/sessions/${created.id}/log`)).body).toEqual(log);
    expect((await api(url2, 'GET', `/api/sessions/${created.id}`)).body.state).toEqual(described.state);
    const again = await client(cleanup, url2, { sessionId: created.id, trainerToken: created.trainerToken });
    // The setting was stored.
    expect(await again.snapshot).toMatchObject({ worldEvents: false });
    // A branch from before the refusal carries the setting; with world events on again, it refuses again on day 120.
    const choseAt = log.inputs.findIndex((r: { input: { kind: string } }) => r.input.kind === 'event') + 1;
    const branch = (await command(again, { type: 'branch', atSeq: choseAt })).created!;
    const branched = await client(cleanup, url2, { sessionId: branch.id, trainerToken: branch.trainerToken });
    expect(await branched.snapshot).toMatchObject({ worldEvents: false });
    await command(branched, { type: 'worldEvents', on: true });
    const result = await command(branched, { type: 'advance', to: 125 });
    expect(result.state).toMatchObject({ state: 'mlat.refused' });
    expect(result.state.transitions.find((t: { event: string }) => t.event === 'REFUSE')).toMatchObject({ day: 120 });
  }, 30_000);

  it('stay hidden from participants: the script is withheld until the end', async () => {
    const { server } = await testServer(cleanup);
    const created = (await api(server.url, 'POST', '/api/sessions', { yaml: yamlOf(REFUSED) })).body;
    const described = (await api(server.url, 'GET', `/api/sessions/${created.id}`)).body;
    expect(described.scenario.script).toEqual([]);
    expect(described.withheld).toContain('script');
  });
});
