import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { startServer } from '../../server/http.ts';
import { memoryLogger } from '../../server/log.ts';
import { Cleanup, api, client, command, tempDataDir } from './helpers.ts';

const cleanup = new Cleanup();
afterEach(() => cleanup.run());

const consent = { type: 'THIRD_COUNTRY_ANSWERS', country: 'CE', answer: 'consent' } as const;
const object = { type: 'THIRD_COUNTRY_ANSWERS', country: 'CE', answer: 'object' } as const;

/** A class on the shipped unknown-third-country-answer scenario, stopped at Cerulea's undecided answer. */
async function atUndecidedAnswer(participants: string[]) {
  const server = await startServer({
    port: 0, host: '127.0.0.1', dataDir: tempDataDir(cleanup), scenariosDir: join(import.meta.dirname, '..', '..', 'scenarios'),
    log: memoryLogger(), tickMs: 20, pool: { threads: 1 },
  });
  cleanup.add(() => server.close());
  const s = (await api(server.url, 'POST', '/api/sessions', { scenario: 'unknown-third-country-answer' })).body as { id: string; joinCode: string; trainerToken: string };
  const trainer = await client(cleanup, server.url, { sessionId: s.id, trainerToken: s.trainerToken });
  await trainer.snapshot;
  const people = [];
  for (const name of participants) {
    const socket = await client(cleanup, server.url);
    const joined = await socket.timeout(5000).emitWithAck('join', { code: s.joinCode, name });
    if (!joined.ok) throw new Error(joined.error.message);
    people.push(socket);
  }
  await command(trainer, { type: 'start' });
  await command(trainer, { type: 'event', event: { type: 'CHOOSE_MLAT' } });
  // One step: Cerulea's 30 days run out.
  const stepped = await command(trainer, { type: 'step' });
  expect(stepped.state.state).toBe('sovereigntyCheck.undecided');
  expect(stepped.state.undecided).toEqual({ country: 'CE', name: 'Cerulea', rules: ['CE-LOCALISATION-7'] });
  expect(stepped.state.allowed.filter((e: { type: string }) => e.type === 'THIRD_COUNTRY_ANSWERS')).toEqual([consent, object]);
  return { server, session: s, trainer, people };
}

describe("a class decides a third country's unknown answer", () => {
  it('by a vote between consent and objection: the objection closes the channel and says it was decided', async () => {
    const c = await atUndecidedAnswer(['Ana', 'Bo']);
    const vote = (await command(c.trainer, { type: 'openVote', options: [consent, object] })).vote!;
    for (const socket of c.people) {
      const answer = await socket.timeout(5000).emitWithAck('vote', { voteId: vote.id, option: 1 });
      expect(answer.ok).toBe(true);
    }
    const closed = await command(c.trainer, { type: 'closeVote' });
    expect(closed.state.state).toBe('sovereigntyCheck.objected');
    expect(closed.state.transitions.at(-1)!.reason).toContain("Cerulea: its answer is not known; decided: object.");
  });

  it('refuses `unknown` as an answer, over REST and the socket, with a message a person can act on', async () => {
    const c = await atUndecidedAnswer([]);
    const bad = { type: 'event', event: { type: 'THIRD_COUNTRY_ANSWERS', country: 'CE', answer: 'unknown' } };
    const rest = await api(c.server.url, 'POST', `/api/sessions/${c.session.id}/commands`, bad, c.session.trainerToken);
    expect(rest.status).toBe(400);
    expect(JSON.stringify(rest.body)).toMatch(/consent|object|silent/);
    const socket = await c.trainer.timeout(5000).emitWithAck('command', bad as never);
    expect(socket.ok).toBe(false);
    // The session goes on: the class can still decide.
    const decided = await command(c.trainer, { type: 'event', event: consent });
    expect(decided.state.state).toBe('mlat.drafting');
  });
});
