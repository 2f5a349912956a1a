import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import type { TrainerCommand } from '../../server/protocol.ts';
import { Cleanup, testServer } from '../server/helpers.ts';
import { twoSessions } from './classroom.ts';
import {
  badBranchBody, badCommand, badCreateBody, badRunBody, brokenJsonText, draw, forgedToken, junk, strangerId,
} from './malformed.ts';
import { OPEN_LIMITS, tally } from './refusals.ts';
import { refusedCommands } from './refused.ts';

const cleanup = new Cleanup();
afterEach(() => cleanup.run());

interface Case {
  what: string;
  method: 'GET' | 'POST' | 'DELETE';
  path: string;
  /** The body as sent, byte for byte. */
  body?: string;
  type?: string;
  token?: string;
  /** The statuses that mean "refused for the right reason". */
  expect: number[];
}

const json = (value: unknown) => JSON.stringify(value) ?? 'undefined';
const CONCURRENCY = 16;

describe('malformed REST requests', () => {
  it('answers each with a 4xx problem, stays up, and changes nothing in any session', async () => {
    const { server, log } = await testServer(cleanup, { limits: OPEN_LIMITS });
    const world = await twoSessions(cleanup, server);
    const { a, b } = world;
    const real = new Set([a.id, b.id]);
    const commands = `/api/sessions/${a.id}/commands`;

    const cases: Case[] = [
      ...draw(badCreateBody, 1200).map((v): Case => ({ what: 'create: malformed body', method: 'POST', path: '/api/sessions', body: json(v), expect: [400, 413] })),
      ...draw(fc.string({ minLength: 1, maxLength: 200 }), 100).map((id): Case => ({ what: 'create: unknown scenario', method: 'POST', path: '/api/sessions', body: json({ scenario: `x-${id}` }), expect: [404] })),
      ...draw(fc.string({ minLength: 1, maxLength: 2000 }), 100).map((yaml): Case => ({ what: 'create: YAML that is no scenario', method: 'POST', path: '/api/sessions', body: json({ yaml }), expect: [422] })),
      ...draw(badCommand, 1500).map((v): Case => ({ what: 'command: malformed', method: 'POST', path: commands, body: json(v), token: a.trainerToken, expect: [400, 413] })),
      ...draw(refusedCommands(world.allowedInA, world.seqA, world.dayA), 400).map((c): Case => ({ what: 'command: refused in this state', method: 'POST', path: commands, body: json(c), token: a.trainerToken, expect: [409, 422] })),
      ...draw(fc.tuple(fc.option(forgedToken, { nil: undefined }), fc.constantFrom<TrainerCommand>({ type: 'step' }, { type: 'pause' }, { type: 'reset' }, { type: 'advance', to: 400 })), 600)
        .map(([token, c]): Case => ({ what: 'command: forged or missing token', method: 'POST', path: commands, body: json(c), token, expect: [401] })),
      ...draw(fc.tuple(strangerId.filter((id) => !real.has(id)), fc.constantFrom('', '/log', '/debrief', '/commands')), 600).map(([id, tail]): Case => ({
        what: 'wrong session id', method: tail === '/commands' ? 'POST' : 'GET', path: `/api/sessions/${encodeURIComponent(id)}${tail}`,
        body: tail === '/commands' ? json({ type: 'step' }) : undefined, token: a.trainerToken, expect: [404],
      })),
      // Links: a body that is no link, a forged token, another session's owner.
      ...draw(junk, 300).map((v): Case => ({ what: 'links: malformed body', method: 'POST', path: `/api/sessions/${a.id}/links`, body: json(v), token: a.trainerToken, expect: [400, 413] })),
      ...draw(fc.tuple(fc.option(forgedToken, { nil: undefined }), fc.constantFrom('GET', 'POST')), 100)
        .map(([token, method]): Case => ({ what: 'links: forged or missing token', method, path: `/api/sessions/${a.id}/links`, body: method === 'POST' ? json({ role: 'trainer' }) : undefined, token, expect: [401] })),
      ...draw(strangerId, 50).map((link): Case => ({ what: 'links: revoke one another owner holds', method: 'DELETE', path: `/api/sessions/${a.id}/links/${encodeURIComponent(link)}`, token: b.trainerToken, expect: [401] })),
      ...draw(badBranchBody, 300).map((v): Case => ({ what: 'branch: malformed', method: 'POST', path: `/api/sessions/${a.id}/branch`, body: json(v), token: a.trainerToken, expect: [400, 413] })),
      ...draw(fc.integer({ min: world.seqA + 1, max: 2 ** 31 }), 100).map((atSeq): Case => ({ what: 'branch: beyond the log', method: 'POST', path: `/api/sessions/${a.id}/branch`, body: json({ atSeq }), token: a.trainerToken, expect: [422] })),
      ...draw(forgedToken, 100).map((token): Case => ({ what: 'branch: forged token', method: 'POST', path: `/api/sessions/${b.id}/branch`, body: json({ atSeq: 0 }), token, expect: [401] })),
      ...draw(badRunBody, 600).map((v): Case => ({ what: 'run: malformed', method: 'POST', path: '/api/runs', body: json(v), expect: [400, 404, 413] })),
      ...draw(fc.tuple(brokenJsonText, fc.constantFrom('/api/sessions', commands, '/api/runs', `/api/sessions/${a.id}/branch`)), 600)
        .map(([body, path]): Case => ({ what: 'broken JSON', method: 'POST', path, body, token: a.trainerToken, expect: [400] })),
      ...draw(junk, 100).map((v): Case => ({ what: 'command: as text/plain', method: 'POST', path: commands, body: json(v), type: 'text/plain', token: a.trainerToken, expect: [400, 413] })),
      ...draw(junk, 100).map((v): Case => ({ what: 'command: as application/xml', method: 'POST', path: commands, body: json(v), type: 'application/xml', token: a.trainerToken, expect: [400] })),
      ...Array.from({ length: 20 }, (_, i): Case => ({
        what: 'huge body', method: 'POST', path: i % 2 ? commands : '/api/sessions', body: json({ type: 'event', event: { type: 'REFUSE', ground: 'g'.repeat(210_000 + i) } }), token: a.trainerToken, expect: [413],
      })),
    ];

    const outcome = tally();
    const started = performance.now();
    let next = 0;
    await Promise.all(Array.from({ length: CONCURRENCY }, async () => {
      while (next < cases.length) {
        const c = cases[next++]!;
        const headers: Record<string, string> = {};
        if (c.body !== undefined) headers['content-type'] = c.type ?? 'application/json';
        if (c.token !== undefined) headers.authorization = `Bearer ${c.token}`;
        const res = await fetch(`${server.url}${c.path}`, { method: c.method, headers, body: c.body, signal: AbortSignal.timeout(10_000) });
        const problem = (res.headers.get('content-type') ?? '').startsWith('application/problem+json');
        await res.arrayBuffer();
        outcome.record(c.what, c.expect.includes(res.status) && problem, `${c.method} ${c.path.slice(0, 60)} -> ${res.status}${problem ? '' : ' (not a problem document)'}; body ${c.body?.slice(0, 120)}`);
      }
    }));
    console.log(outcome.summary(`REST: ${cases.length} malformed requests in ${((performance.now() - started) / 1000).toFixed(1)} s`));

    expect(cases.length).toBeGreaterThanOrEqual(5000);
    expect(outcome.failures()).toEqual([]);
    expect((await fetch(`${server.url}/api/health`)).status).toBe(200);
    expect(log.lines.filter((l) => l.level === 'error')).toEqual([]);
    expect(await world.state()).toEqual(world.before);
  // Thousands of requests, one by one through the whole stack: on a loaded 2-core machine this takes
  // longer than the suite's default limit, which is about hangs, not speed (speed lives in the benchmarks).
  }, 90_000);
});
