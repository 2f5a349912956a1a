import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import request from 'supertest';
import { afterEach, describe, expect, it } from 'vitest';
import { memoryLogger } from '../../server/log.ts';
import { SessionService } from '../../server/sessions/service.ts';
import { Cleanup, testApp } from './helpers.ts';

const cleanup = new Cleanup();
afterEach(() => cleanup.run());

// The treaty holds the preserved data while the request is pending; a refusal ends the hold, and the
// data is deleted that same day. Between the refusal and the deletion the engine has a happening due
// "now" that the next input settles first: an event refused after that settling has already moved
// the simulation in memory, though nothing was recorded.
const heldPending = readFileSync(join(import.meta.dirname, '..', '..', 'scenarios', 'fictional', 'preservation-held-pending.yaml'), 'utf8');

describe('an input the request refuses', () => {
  it('leaves the session exactly as its log replays: the next command acts on the recorded state', async () => {
    const { app, store } = await testApp(cleanup);
    const created = await request(app).post('/api/sessions').send({ yaml: heldPending }).expect(201);
    const { id, trainerToken } = created.body as { id: string; trainerToken: string };
    const command = (body: object) => request(app).post(`/api/sessions/${id}/commands`).set('Authorization', `Bearer ${trainerToken}`).send(body);

    // The default policy takes the treaty; on day 180 the preservation is held; on day 200 Arcadia refuses.
    await command({ type: 'step' }).expect(200);
    await command({ type: 'advance', to: 200 }).expect(200);
    const refused = await command({ type: 'event', event: { type: 'REFUSE', ground: 'dual criminality' } }).expect(200);
    expect(refused.body).toMatchObject({ seq: 3, state: { state: 'mlat.refused', day: 200, done: false, outcome: null, attempts: ['mlat'] } });
    // The deletion due that same day comes first, so withdrawing is no longer offered...
    expect(refused.body.state.allowed).toEqual([]);

    // ...and a screen that still offers it (one a moment behind) is refused, with nothing recorded.
    const withdraw = await command({ type: 'event', event: { type: 'WITHDRAW' } });
    expect(withdraw.status).toBe(409);
    expect(withdraw.body.detail).toMatch(/^WITHDRAW cannot be taken/);
    expect((await request(app).get(`/api/sessions/${id}`)).body).toMatchObject({ seq: 3, state: { state: 'mlat.refused', day: 200, done: false } });

    // A step from the recorded state lets the deletion happen, as input 4.
    const step = await command({ type: 'step' }).expect(200);
    expect(step.body).toMatchObject({ seq: 4, state: { state: 'dataLost', day: 200, done: true, outcome: 'data-lost', attempts: ['mlat'] } });
    expect(step.body.state.transitions.at(-1)).toMatchObject({ seq: 11, day: 200, to: 'dataLost' });

    // A fresh replay of the recorded log (a restart on the same database) tells the same story.
    const restarted = new SessionService({ store, log: memoryLogger(), tickMs: 20 });
    cleanup.add(() => restarted.close());
    expect((await restarted.get(id)).view).toEqual(step.body.state);
  });
});
