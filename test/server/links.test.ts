import { afterEach, describe, expect, it } from 'vitest';
import type { CreatedLink, LinkView } from '../../server/protocol.ts';
import { BLOCKING, Cleanup, api, client, command, next, rosterOf, testServer, until } from './helpers.ts';

const cleanup = new Cleanup();
afterEach(() => cleanup.run());

async function session() {
  const { server, log } = await testServer(cleanup);
  const created = await api(server.url, 'POST', '/api/sessions', { scenario: BLOCKING });
  const { id, joinCode, trainerToken } = created.body as { id: string; joinCode: string; trainerToken: string };
  const owner = await client(cleanup, server.url, { sessionId: id, trainerToken });
  await owner.snapshot;
  const link = async (role: 'presenter' | 'trainer', label?: string) => {
    const res = await api<{ link: CreatedLink }>(server.url, 'POST', `/api/sessions/${id}/links`, { role, ...(label && { label }) }, trainerToken);
    expect(res.status).toBe(201);
    return res.body.link;
  };
  return { server, log, id, joinCode, trainerToken, owner, link };
}

describe('presenter and co-trainer links', () => {
  it('gives a presenter link that watches over REST and the socket but is refused every command (403, forbidden)', async () => {
    const { server, id, joinCode, owner, link } = await session();
    const presenter = await link('presenter');
    expect(presenter).toMatchObject({ role: 'presenter', revokedAt: null, token: expect.any(String) });

    // REST: it reads the session as the class does (no answer key), and cannot command.
    const read = await api(server.url, 'GET', `/api/sessions/${id}`, undefined, presenter.token);
    expect(read.status).toBe(200);
    expect(read.body.withheld).toContain('script');
    const step = await api(server.url, 'POST', `/api/sessions/${id}/commands`, { type: 'step' }, presenter.token);
    expect(step.status).toBe(403);
    expect(step.body.detail).toMatch(/presenter link/);
    expect((await api(server.url, 'POST', `/api/sessions/${id}/branch`, { atSeq: 0 }, presenter.token)).status).toBe(403);
    expect((await api(server.url, 'POST', `/api/sessions/${id}/links`, { role: 'trainer' }, presenter.token)).status).toBe(403);

    // Socket: it watches as an observer, with the join code for the lobby, and its commands are refused.
    const screen = await client(cleanup, server.url, { sessionId: id, presenterToken: presenter.token });
    expect(await screen.snapshot).toMatchObject({ sessionId: id, role: 'observer', joinCode });
    expect(await screen.timeout(5000).emitWithAck('command', { type: 'step' })).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(await screen.timeout(5000).emitWithAck('links', { action: 'create', role: 'trainer' })).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    // Shown as a trainer token, it is refused at the handshake: it cannot pass for the trainer.
    await expect(client(cleanup, server.url, { sessionId: id, trainerToken: presenter.token })).rejects.toMatchObject({ data: { code: 'forbidden' } });
    const broadcast = next(screen, 'input');
    await command(owner, { type: 'step' });
    expect((await broadcast).seq).toBe(1);
    const log = await api(server.url, 'GET', `/api/sessions/${id}/log`);
    expect(log.body.seq).toBe(1);
  });

  it('shows the presenter screen who joins (the lobby) without counting it as a trainer', async () => {
    const { server, id, joinCode, owner, link } = await session();
    const presenter = await link('presenter');
    const screen = await client(cleanup, server.url, { sessionId: id, presenterToken: presenter.token });
    const lobby = rosterOf(screen);
    const trainer = rosterOf(owner);
    for (const name of ['Ada', 'Grace']) {
      const p = await client(cleanup, server.url);
      expect(await p.timeout(5000).emitWithAck('join', { code: joinCode, name })).toMatchObject({ ok: true });
    }
    await until('the screen lists both', () => lobby.list.length === 2);
    expect(lobby.list.map((p) => p.name).sort()).toEqual(['Ada', 'Grace']);
    await until('the trainer lists both', () => trainer.list.length === 2);
    expect(trainer.broadcasts.at(-1)!.trainers).toBe(1);
  });

  it('gives a co-trainer their own token, which commands until the owner revokes it, then closes their sockets', async () => {
    const { server, id, trainerToken, owner, link } = await session();
    const cotrainer = await link('trainer', "Ana's laptop");
    const ana = await client(cleanup, server.url, { sessionId: id, trainerToken: cotrainer.token });
    expect(await ana.snapshot).toMatchObject({ role: 'trainer' });
    expect((await command(ana, { type: 'step' })).seq).toBe(1);
    expect((await api(server.url, 'POST', `/api/sessions/${id}/commands`, { type: 'step' }, cotrainer.token)).status).toBe(200);
    // A co-trainer cannot hand out or revoke links: that stays with the owner.
    expect((await api(server.url, 'GET', `/api/sessions/${id}/links`, undefined, cotrainer.token)).status).toBe(403);
    expect(await ana.timeout(5000).emitWithAck('links', { action: 'revoke', link: cotrainer.id })).toMatchObject({ ok: false, error: { code: 'forbidden' } });

    const listed = await api<{ links: LinkView[] }>(server.url, 'GET', `/api/sessions/${id}/links`, undefined, trainerToken);
    expect(listed.body.links).toEqual([{ id: cotrainer.id, role: 'trainer', label: "Ana's laptop", createdAt: cotrainer.createdAt, revokedAt: null }]);
    expect(JSON.stringify(listed.body)).not.toContain(cotrainer.token);

    const dismissed = next(ana, 'dismissed');
    const closed = new Promise<string>((resolve) => ana.once('disconnect', resolve));
    const revoked = await api(server.url, 'DELETE', `/api/sessions/${id}/links/${cotrainer.id}`, undefined, trainerToken);
    expect(revoked.status).toBe(200);
    expect(revoked.body.link.revokedAt).toEqual(expect.any(String));
    expect((await dismissed).message).toMatch(/revoked/);
    expect(await closed).toBe('io server disconnect');
    // The token opens nothing more, over REST or the socket; the owner goes on.
    const again = await api(server.url, 'POST', `/api/sessions/${id}/commands`, { type: 'step' }, cotrainer.token);
    expect(again.status).toBe(401);
    expect(again.body.detail).toMatch(/revoked/);
    await expect(client(cleanup, server.url, { sessionId: id, trainerToken: cotrainer.token })).rejects.toMatchObject({ data: { code: 'unauthorized' } });
    expect((await command(owner, { type: 'step' })).seq).toBe(3);
  });

  it('lets the owner manage links over the socket too, and refuses a malformed links message', async () => {
    const { server, id, trainerToken, owner } = await session();
    const made = await owner.timeout(5000).emitWithAck('links', { action: 'create', role: 'presenter' });
    if (!made.ok) throw new Error(made.error.message);
    expect(made.created).toMatchObject({ role: 'presenter', token: expect.any(String) });
    expect(made.links.map((l: LinkView) => l.id)).toEqual([made.created!.id]);
    const screen = await client(cleanup, server.url, { sessionId: id, presenterToken: made.created!.token });
    await screen.snapshot;
    const closed = new Promise<string>((resolve) => screen.once('disconnect', resolve));
    const revoked = await owner.timeout(5000).emitWithAck('links', { action: 'revoke', link: made.created!.id });
    expect(revoked).toMatchObject({ ok: true, links: [{ id: made.created!.id, revokedAt: expect.any(String) }] });
    expect(await closed).toBe('io server disconnect');
    expect(await owner.timeout(5000).emitWithAck('links', { action: 'create', role: 'janitor' } as never)).toMatchObject({ ok: false, error: { code: 'invalid' } });
    const badRest = await api(server.url, 'POST', `/api/sessions/${id}/links`, { role: 'presenter', label: 'x'.repeat(61) }, trainerToken);
    expect(badRest.status).toBe(400);
    expect(badRest.body.issues).toEqual([expect.objectContaining({ path: 'label' })]);
    expect((await api(server.url, 'POST', `/api/sessions/${id}/links`, { role: 'presenter' })).status).toBe(401);
  });

  it('carries the links over to a branch, so the screens follow the class', async () => {
    const { server, id, trainerToken, owner, link } = await session();
    const presenter = await link('presenter');
    const cotrainer = await link('trainer');
    const revokedOne = await link('trainer');
    await api(server.url, 'DELETE', `/api/sessions/${id}/links/${revokedOne.id}`, undefined, trainerToken);
    await command(owner, { type: 'step' });
    const branched = await command(owner, { type: 'branch', atSeq: 1 });
    const to = branched.created!.id;
    const screen = await client(cleanup, server.url, { sessionId: to, presenterToken: presenter.token });
    expect(await screen.snapshot).toMatchObject({ sessionId: to, role: 'observer' });
    const ana = await client(cleanup, server.url, { sessionId: to, trainerToken: cotrainer.token });
    expect(await ana.snapshot).toMatchObject({ sessionId: to, role: 'trainer' });
    await expect(client(cleanup, server.url, { sessionId: to, trainerToken: revokedOne.token })).rejects.toMatchObject({ data: { code: 'unauthorized' } });
  });
});
