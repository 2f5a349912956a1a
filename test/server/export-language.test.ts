import request from 'supertest';
import { afterEach, describe, expect, it } from 'vitest';
import { BLOCKING, CONSENT, Cleanup, api, client, command, parseCsv, testApp, testServer } from './helpers.ts';

const cleanup = new Cleanup();
afterEach(() => cleanup.run());

/** A finished run of the blocking-statute scenario: direct blocked, then the treaty delivers. */
async function finished(app: Parameters<typeof request>[0]) {
  const { id, trainerToken } = (await request(app).post('/api/sessions').send({ scenario: BLOCKING }).expect(201)).body;
  const send = (body: object) => request(app).post(`/api/sessions/${id}/commands`).set('Authorization', `Bearer ${trainerToken}`).send(body).expect(200);
  await send({ type: 'event', event: { type: 'SEND_DIRECT' } });
  await send({ type: 'step' });
  await send({ type: 'advance', to: 300 });
  return id as string;
}

const markdown = (app: Parameters<typeof request>[0], path: string, language?: string) => {
  const r = request(app).get(path).set('Accept', 'text/markdown');
  return language ? r.set('Accept-Language', language) : r;
};

describe('the Markdown debrief in the language asked', () => {
  it('follows Accept-Language: headings, states, events and the engine\'s reasons in French, sources as written', async () => {
    const { app } = await testApp(cleanup);
    const id = await finished(app);
    const res = await markdown(app, `/api/sessions/${id}/debrief`, 'fr-CH, fr;q=0.9, en;q=0.5').expect(200);
    expect(res.headers['content-language']).toBe('fr');
    expect(res.headers.vary).toMatch(/Accept-Language/);
    expect(res.text).toContain('## Chronologie');
    expect(res.text).toContain('**Issue : ');
    expect(res.text).toContain('Réception → Bloquée par la loi');
    expect(res.text).not.toMatch(/SEND_DIRECT|CHOOSE_MLAT|direct\.blocked|preservation\.none/);
    // The source keeps its original title.
    expect(res.text).toContain('AR-DATA-ACT-12: Arcadia Data Act s.12 (fictional)');
  });

  it('takes ?lang= over the header (the page\'s own choice), and names the languages when it gets one it does not speak', async () => {
    const { app } = await testApp(cleanup);
    const id = await finished(app);
    const ar = await markdown(app, `/api/sessions/${id}/debrief?lang=ar`, 'fr').expect(200);
    expect(ar.headers['content-language']).toBe('ar');
    expect(ar.text).toContain('## التسلسل الزمني');
    const bad = await markdown(app, `/api/sessions/${id}/debrief?lang=de`).expect(400);
    expect(bad.body.detail).toMatch(/"lang" takes one of en, zh, ru, fr, ar; got "de"/);
  });

  it('stays English without a language we speak', async () => {
    const { app } = await testApp(cleanup);
    const id = await finished(app);
    const res = await markdown(app, `/api/sessions/${id}/debrief`, 'de-DE').expect(200);
    expect(res.headers['content-language']).toBe('en');
    expect(res.text).toContain('## Timeline');
  });
});

describe('the attendance CSV in the language asked', () => {
  it('writes its header, statuses and choices in Russian', async () => {
    const { server } = await testServer(cleanup);
    const s = (await api(server.url, 'POST', '/api/sessions', { scenario: CONSENT })).body;
    const trainer = await client(cleanup, server.url, { sessionId: s.id, trainerToken: s.trainerToken });
    await trainer.snapshot;
    await command(trainer, { type: 'start' });
    const ana = await client(cleanup, server.url);
    expect((await ana.timeout(5000).emitWithAck('join', { code: s.joinCode, name: 'Ana' })).ok).toBe(true);
    const vote = (await command(trainer, { type: 'openVote', options: [{ type: 'CHOOSE_MLAT' }, { type: 'CHOOSE_ROGATORY' }] })).vote!;
    await ana.timeout(5000).emitWithAck('vote', { voteId: vote.id, option: 0 });
    const res = await fetch(`${server.url}/api/sessions/${s.id}/debrief.csv`, { headers: { authorization: `Bearer ${s.trainerToken}`, 'accept-language': 'ru' } });
    expect(res.headers.get('content-language')).toBe('ru');
    const rows = parseCsv((await res.text()).replace(/^\uFEFF/, ''));
    expect(rows[0]!.slice(0, 3)).toEqual(['Участник', 'Роль', 'Статус']);
    expect(rows[1]![4]).toBe('да');
    expect(rows[1]![9]).not.toMatch(/CHOOSE_MLAT|Choose MLAT/);
  });
});
