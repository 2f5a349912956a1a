import request from 'supertest';
import { afterEach, describe, expect, it } from 'vitest';
import { DEFAULT_LIMITS } from '../../server/limiter.ts';
import { Cleanup, testApp } from './helpers.ts';

const cleanup = new Cleanup();
afterEach(() => cleanup.run());

describe('a session created through the API opens as its trainer from a link', () => {
  it('POST /api/sessions answers with the console\'s address carrying the token, at the address the caller used', async () => {
    const { app } = await testApp(cleanup);
    const res = await request(app).post('/api/sessions').set('Host', 'training.example:8080').send({ scenario: 'server-blocking' }).expect(201);
    expect(res.body.trainerUrl).toBe(`http://training.example:8080/#/session/${res.body.id}/${res.body.trainerToken}`);
  });

  it('behind a trusted proxy, the link is the address the trainer used at the proxy: its scheme, host and port', async () => {
    const { app } = await testApp(cleanup, DEFAULT_LIMITS, null, 'loopback');
    const res = await request(app).post('/api/sessions').set('Host', '127.0.0.1:3001')
      .set('X-Forwarded-Proto', 'https').set('X-Forwarded-Host', 'class.example.org:8443').send({ scenario: 'server-blocking' }).expect(201);
    expect(res.body.trainerUrl).toBe(`https://class.example.org:8443/#/session/${res.body.id}/${res.body.trainerToken}`);
    // An untrusted caller cannot choose where the link points.
    const { app: direct } = await testApp(cleanup);
    const made = await request(direct).post('/api/sessions').set('Host', 'training.example').set('X-Forwarded-Host', 'evil.example').send({ scenario: 'server-blocking' }).expect(201);
    expect(made.body.trainerUrl).toMatch(/^http:\/\/training\.example\/#\/session\//);
  });

  it('with PUBLIC_URL set, the link starts with it whatever address the call came by', async () => {
    const { app } = await testApp(cleanup, DEFAULT_LIMITS, null, false, 'https://rogatory.example.org/training');
    const res = await request(app).post('/api/sessions').set('Host', '10.0.0.7:3002').send({ scenario: 'server-blocking' }).expect(201);
    expect(res.body.trainerUrl).toBe(`https://rogatory.example.org/training/#/session/${res.body.id}/${res.body.trainerToken}`);
  });

  it('the session says what a token opens, so that the console knows the owner from a co-trainer and the projector', async () => {
    const { app } = await testApp(cleanup);
    const { body: made } = await request(app).post('/api/sessions').send({ scenario: 'server-blocking' }).expect(201);
    const described = (token?: string) => {
      const call = request(app).get(`/api/sessions/${made.id}`);
      return (token ? call.set('Authorization', `Bearer ${token}`) : call).expect(200).then((r) => r.body);
    };
    expect((await described(made.trainerToken)).access).toBe('owner');
    const link = async (role: string) => (await request(app).post(`/api/sessions/${made.id}/links`).set('Authorization', `Bearer ${made.trainerToken}`).send({ role }).expect(201)).body.link.token;
    const cotrainer = await described(await link('trainer'));
    expect(cotrainer.access).toBe('cotrainer');
    // A co-trainer reads the whole scenario, script included; the projector reads what the class reads.
    expect(cotrainer.withheld).toEqual([]);
    const presenter = await described(await link('presenter'));
    expect(presenter.access).toBe('presenter');
    expect(presenter.withheld).toContain('script');
    expect((await described()).access).toBeUndefined();
    await request(app).get(`/api/sessions/${made.id}`).set('Authorization', 'Bearer not-a-token').expect(401);
  });
});
