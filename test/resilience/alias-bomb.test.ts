import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_ALIASES } from '../../scenarios/limits.ts';
import { BLOCKING, Cleanup, LIBRARY, api, tempDataDir } from '../server/helpers.ts';
import { freePort, sleep, startMain, type ServerChild } from './processes.ts';

/**
 * The security review's finding: a scenario of a few thousand YAML aliases held the event loop for
 * minutes, so every other session stopped answering. The server runs in its own process here, so
 * that a blocked server cannot also block the test: the bystander's command simply times out.
 */
const cleanup = new Cleanup();
let server: ServerChild;
let other: { id: string; trainerToken: string };
let day = 0;

/** `a: &a x` then `b: [*a, *a, ...]`, about 189 KB: the size the review measured at 8.5 minutes. */
const BOMB = `a: &a x\nb: [${Array.from({ length: 47_000 }, () => '*a').join(', ')}]\n`;

/** How long another session's trainer waits for a command while `request` is under way. */
async function bystanderWait(request: Promise<Response>): Promise<{ ms: number; status: number; answer: Response | Error }> {
  const answer = request.catch((error: Error) => error);
  // Let the bomb reach the server first, so that the command queues behind it if it blocks.
  await sleep(30);
  const start = performance.now();
  // Status 0: no answer within the 5 s the helper waits.
  const status = await api(server.url, 'POST', `/api/sessions/${other.id}/commands`, { type: 'advance', to: ++day }, other.trainerToken)
    .then((res) => res.status, () => 0);
  return { ms: performance.now() - start, status, answer: await answer };
}

const post = (path: string, body: object) =>
  fetch(`${server.url}${path}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body), signal: AbortSignal.timeout(10_000) });

beforeAll(async () => {
  server = await startMain(cleanup, { PORT: String(await freePort()), DATA_DIR: tempDataDir(cleanup), SCENARIOS_DIR: LIBRARY });
  other = (await api(server.url, 'POST', '/api/sessions', { scenario: BLOCKING })).body;
  expect(BOMB.length).toBeGreaterThan(188_000);
  expect(BOMB.length).toBeLessThan(190_000);
});
afterAll(() => cleanup.run());

describe('a scenario of thousands of YAML aliases (an alias bomb)', () => {
  it.each(['/api/scenarios/validate', '/api/runs', '/api/sessions'])('posted to %s is refused at once, naming the alias limit, while another session goes on', async (path) => {
    const { ms, status, answer } = await bystanderWait(post(path, { yaml: BOMB }));
    expect(ms, "the other session's command waited").toBeLessThan(1000);
    expect(status).toBe(200);

    if (answer instanceof Error) throw answer;
    expect(answer.status).toBe(422);
    expect(answer.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    const problem = (await answer.json()) as { detail: string; errors: { line: number; column: number; message: string }[] };
    expect(problem.detail).toContain(`more than ${MAX_ALIASES} aliases`);
    // The first alias past the limit, on line 2: `b: [` and MAX_ALIASES times `*a, `.
    expect(problem.errors).toEqual([expect.objectContaining({ line: 2, column: 5 + 4 * MAX_ALIASES, message: expect.stringContaining('aliases') })]);
  });
});
