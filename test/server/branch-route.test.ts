import request from 'supertest';
import { afterEach, describe, expect, it } from 'vitest';
import { DEFAULT_LIMITS } from '../../server/limiter.ts';
import { BLOCKING, Cleanup, expectProblem, testApp } from './helpers.ts';

const cleanup = new Cleanup();
afterEach(() => cleanup.run());

type App = Awaited<ReturnType<typeof testApp>>['app'];

async function newSession(app: App) {
  const res = await request(app).post('/api/sessions').send({ scenario: BLOCKING }).expect(201);
  return res.body as { id: string; joinCode: string; trainerToken: string };
}

const branch = (app: App, id: string, token: string, atSeq: number) =>
  request(app).post(`/api/sessions/${id}/branch`).set('Authorization', `Bearer ${token}`).send({ atSeq });

describe('POST /api/sessions/:id/branch', () => {
  it('branches at the current end of the log: a copy of the session as it stands, to try another road from here', async () => {
    const { app } = await testApp(cleanup);
    const { id, trainerToken } = await newSession(app);
    const command = (body: object) => request(app).post(`/api/sessions/${id}/commands`).set('Authorization', `Bearer ${trainerToken}`).send(body);
    await command({ type: 'event', event: { type: 'SEND_DIRECT' } }).expect(200);
    await command({ type: 'step' }).expect(200);

    const res = await branch(app, id, trainerToken, 2);
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ seq: 2, id: expect.not.stringMatching(new RegExp(`^${id}$`)) });
    expect(res.headers.location).toBe(`/api/sessions/${res.body.id}`);
    const copy = (await request(app).get(`/api/sessions/${res.body.id}`).expect(200)).body;
    expect(copy).toMatchObject({ seq: 2, parent: { id, atSeq: 2 }, state: { state: 'mlat.drafting', day: 0, channel: 'mlat', attempts: ['direct', 'mlat'], done: false } });
    expect(copy.state).toEqual((await request(app).get(`/api/sessions/${id}`)).body.state);
    // One past the end is still refused.
    expectProblem(await branch(app, id, trainerToken, 3), 422, /atSeq 3 is beyond the end of the log: this session has 2 inputs/);
  });

  it('spends the address\'s budget for new sessions, as creating one does: past it, 429 with Retry-After', async () => {
    const { app, sessions } = await testApp(cleanup, { ...DEFAULT_LIMITS, creates: { limit: 3, windowMs: 60_000 } });
    type Made = { id: string; joinCode: string; trainerToken: string };
    const made = await newSession(app);
    // The trainer branches, then branches the branch: the class's code follows each time.
    const b1 = (await branch(app, made.id, made.trainerToken, 0).expect(201)).body as Made;
    const b2 = (await branch(app, b1.id, b1.trainerToken, 0).expect(201)).body as Made;
    expect([b1.joinCode, b2.joinCode]).toEqual([made.joinCode, made.joinCode]);

    const refused = await branch(app, b2.id, b2.trainerToken, 0);
    expectProblem(refused, 429, /^Too many new sessions from this address: try again in \d+ s\.$/);
    expect(Number(refused.headers['retry-after'])).toBeGreaterThan(50);
    // Refused before anything was made: a branch made would have taken the class's code over.
    expect(await sessions.sessionIdByCode(made.joinCode)).toBe(b2.id);
    // The same budget: a plain creation is refused too.
    expectProblem(await request(app).post('/api/sessions').send({ scenario: BLOCKING }), 429, /Too many new sessions/);
  });
});
