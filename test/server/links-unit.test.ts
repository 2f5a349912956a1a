import { afterEach, describe, expect, it } from 'vitest';
import { Catalog } from '../../server/catalog.ts';
import { memoryLogger } from '../../server/log.ts';
import { MAX_LINKS, accessOf, copyLinks, createLink, linkView, revokeLink } from '../../server/sessions/links.ts';
import { hashToken } from '../../server/sessions/tokens.ts';
import type { LinkRow, SessionRow } from '../../server/store/store.ts';
import { BLOCKING, Cleanup, LIBRARY, testStore } from './helpers.ts';

const cleanup = new Cleanup();
afterEach(() => cleanup.run());

const scenario = Catalog.fromFolder(LIBRARY, memoryLogger()).get(BLOCKING)!;
const OWNER = 'owner-token';
const row = (id: string, joinCode: string): SessionRow => ({
  id, scenario, joinCode, trainerTokenHash: hashToken(OWNER), status: 'ready', parent: null, createdAt: new Date().toISOString(), admission: 'open', worldEvents: true,
});
const link = (id: string, change: Partial<LinkRow> = {}): LinkRow => ({
  sessionId: 's1', id, role: 'presenter', tokenHash: hashToken(`token-${id}`), label: null, createdAt: `2026-01-01T10:00:${id.padStart(2, '0').slice(-2)}.000Z`, revokedAt: null, ...change,
});

/** A real store with session s1 (and s2 to copy to). */
async function sessions() {
  const store = await testStore(cleanup);
  await store.createSession(row('s1', 'AAAAAA'), []);
  await store.createSession(row('s2', 'BBBBBB'), []);
  return store;
}

describe('accessOf: who a token makes its holder', () => {
  it('the session’s own token is the owner', async () => {
    const store = await sessions();
    expect(await accessOf(store, 's1', hashToken(OWNER), OWNER)).toEqual({ as: 'owner', link: null });
  });

  it('a trainer link makes a co-trainer, a presenter link a presenter, each with its link id', async () => {
    const store = await sessions();
    const co = await createLink(store, 's1', 'trainer', 'Co-trainer Ben');
    const screen = await createLink(store, 's1', 'presenter', 'Beamer');
    expect(await accessOf(store, 's1', hashToken(OWNER), co.token)).toEqual({ as: 'cotrainer', link: co.id });
    expect(await accessOf(store, 's1', hashToken(OWNER), screen.token)).toEqual({ as: 'presenter', link: screen.id });
  });

  it('no token: refused with how to send one', async () => {
    const store = await sessions();
    for (const token of [undefined, '']) {
      await expect(accessOf(store, 's1', hashToken(OWNER), token)).rejects.toMatchObject({
        code: 'unauthorized',
        message: 'This needs the trainer token given when the session was created: send it as "Authorization: Bearer <trainerToken>".',
      });
    }
  });

  it('a token nobody holds: refused as not matching the session', async () => {
    const store = await sessions();
    await createLink(store, 's1', 'trainer', null);
    await expect(accessOf(store, 's1', hashToken(OWNER), 'guessed')).rejects.toMatchObject({
      code: 'unauthorized',
      message: 'The trainer token does not match this session. Use the token returned when this session (or its branch) was created.',
    });
  });

  it('a revoked link: refused, and told to ask for a new one', async () => {
    const store = await sessions();
    const co = await createLink(store, 's1', 'trainer', null);
    await revokeLink(store, 's1', co.id);
    await expect(accessOf(store, 's1', hashToken(OWNER), co.token)).rejects.toMatchObject({
      code: 'unauthorized',
      message: 'The trainer has revoked this link. Ask the trainer for a new one.',
    });
  });
});

describe('createLink: a new link for a co-trainer or a screen', () => {
  it('answers the link with its token once; the store keeps only the token’s hash', async () => {
    const store = await sessions();
    const created = await createLink(store, 's1', 'presenter', 'Beamer');
    expect(created).toEqual({ id: expect.any(String), role: 'presenter', label: 'Beamer', createdAt: expect.any(String), revokedAt: null, token: expect.any(String) });
    expect(created.token.length).toBeGreaterThan(20);
    const [stored] = await store.links('s1');
    expect(stored).toEqual({ sessionId: 's1', id: created.id, role: 'presenter', tokenHash: hashToken(created.token), label: 'Beamer', createdAt: created.createdAt, revokedAt: null });
  });

  it(`a session holds ${MAX_LINKS} links, revoked ones too; the next is refused`, async () => {
    const store = await sessions();
    expect(MAX_LINKS).toBe(50);
    for (let i = 1; i < 50; i++) await store.addLink(link(String(i), { revokedAt: i % 2 ? '2026-01-01T11:00:00.000Z' : null }));
    const fiftieth = await createLink(store, 's1', 'trainer', 'last');
    expect(fiftieth.label).toBe('last');
    await expect(createLink(store, 's1', 'trainer', 'one more')).rejects.toMatchObject({
      code: 'conflict',
      message: 'This session already has 50 links (revoked ones count too), its limit: reuse a link you made, or start a new session.',
    });
    expect(await store.links('s1')).toHaveLength(50);
  });
});

describe('revokeLink', () => {
  it('revokes the link named, not another, and answers it revoked', async () => {
    const store = await sessions();
    await store.addLink(link('1', { label: 'first' }));
    await store.addLink(link('2', { label: 'second' }));
    const revoked = await revokeLink(store, 's1', '2');
    expect(revoked).toEqual({ id: '2', role: 'presenter', label: 'second', createdAt: '2026-01-01T10:00:02.000Z', revokedAt: expect.any(String) });
    expect(revoked.revokedAt).not.toBe(null);
    expect((await store.links('s1')).map((l) => [l.id, l.revokedAt === null])).toEqual([['1', true], ['2', false]]);
  });

  it('a link already revoked stays revoked as it was', async () => {
    const store = await sessions();
    await store.addLink(link('1', { revokedAt: '2026-01-01T11:00:00.000Z' }));
    expect(await revokeLink(store, 's1', '1')).toEqual({ id: '1', role: 'presenter', label: null, createdAt: '2026-01-01T10:00:01.000Z', revokedAt: '2026-01-01T11:00:00.000Z' });
    expect((await store.links('s1'))[0]!.revokedAt).toBe('2026-01-01T11:00:00.000Z');
  });

  it('an unknown link: not found, with where to list them (a long id cut short)', async () => {
    const store = await sessions();
    await store.addLink(link('1'));
    await expect(revokeLink(store, 's1', 'nope')).rejects.toMatchObject({
      code: 'not-found',
      message: 'This session has no link nope: list them with GET /api/sessions/s1/links.',
    });
    await expect(revokeLink(store, 's1', 'x'.repeat(100))).rejects.toMatchObject({
      message: `This session has no link ${'x'.repeat(64)}: list them with GET /api/sessions/s1/links.`,
    });
  });
});

describe('copyLinks: a branch keeps the screens that follow it', () => {
  it('copies the links still valid, with their tokens, and leaves the revoked ones behind', async () => {
    const store = await sessions();
    await store.addLink(link('1', { role: 'trainer', label: 'Ben' }));
    await store.addLink(link('2', { label: 'old screen', revokedAt: '2026-01-01T11:00:00.000Z' }));
    await store.addLink(link('3', { label: 'Beamer' }));
    await copyLinks(store, 's1', 's2');
    expect((await store.links('s2')).map(linkView)).toEqual([
      { id: '1', role: 'trainer', label: 'Ben', createdAt: '2026-01-01T10:00:01.000Z', revokedAt: null },
      { id: '3', role: 'presenter', label: 'Beamer', createdAt: '2026-01-01T10:00:03.000Z', revokedAt: null },
    ]);
    expect(await accessOf(store, 's2', hashToken(OWNER), 'token-3')).toEqual({ as: 'presenter', link: '3' });
    expect(await store.links('s1')).toHaveLength(3);
  });
});
