import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * `npm run mutation:named`: the nine careless edits a review once slipped past the whole suite
 * (issue 19), each applied to the source in turn, with the test named for it run against it. Each
 * test must pass on the code as it is and fail on the edit; the source is restored after each.
 * Not part of `npm test`: it rewrites source files while it runs.
 */
export interface NamedMutation {
  what: string;
  file: string;
  /** The text the edit changes; it must occur exactly once in the file. */
  from: string;
  to: string;
  test: string;
  /** The name (or a unique part of it) of the test that must catch the edit. */
  caughtBy: string;
}

export const NAMED_MUTATIONS: NamedMutation[] = [
  {
    what: 'a third country answering a second time',
    file: 'machines/request/machine.ts',
    from: 'c.country === event.country && !c.answered)', to: 'c.country === event.country)',
    test: 'test/engine/once-only.test.ts', caughtBy: 'a second answer from a country that already consented',
  },
  {
    what: 'a direct request sent twice',
    file: 'machines/request/machine.ts',
    from: "context.current === null && !context.attempts.includes('direct')", to: 'context.current === null',
    test: 'test/engine/once-only.test.ts', caughtBy: 'a second SEND_DIRECT after the first was blocked',
  },
  {
    what: 'due timers and script events of the same moment in the wrong order',
    file: 'machines/run/script.ts',
    from: 'if (nextTimer <= now)', to: 'if (nextTimer < now)',
    test: 'test/engine/same-day-order.test.ts', caughtBy: 'a provider that answers the day it is asked delivers before a withdrawal',
  },
  {
    what: '"this connection has already joined" removed',
    file: 'server/realtime.ts',
    from: "if (socket.data.role) throw new AppError('conflict', 'This connection has already joined a session.');", to: '',
    test: 'test/server/join-once.test.ts', caughtBy: 'is refused a second join',
  },
  {
    what: 'a stale vote winner no longer allowed when the vote closes',
    file: 'server/sessions/voting.ts',
    from: "rather than failing the close.\n    if (!(error instanceof AppError && error.code === 'conflict')) throw error;",
    to: 'rather than failing the close.\n    throw error;',
    test: 'test/server/stale-vote-winner.test.ts', caughtBy: 'still closes, keeping the winner on record as not applied',
  },
  {
    what: 'a timed vote not re-armed after a restart',
    file: 'server/sessions/service.ts',
    from: "if (session.status === 'running') armVoteTimer(this.host, session, open, Date.parse(open.closesAt) - Date.now());",
    to: "if (session.status === 'running') { /* not re-armed */ }",
    test: 'test/server/vote-timer-restart.test.ts', caughtBy: 'closes on its own at its deadline after the restart',
  },
  {
    what: 'no rebuild after a rejected input',
    file: 'server/sessions/service.ts',
    from: '      applyInput(session.sim, input);\n    } catch (error) {\n      session.rebuild();\n',
    to: '      applyInput(session.sim, input);\n    } catch (error) {\n',
    test: 'test/server/rejected-input.test.ts', caughtBy: 'leaves the session exactly as its log replays',
  },
  {
    what: 'a branch at the current end of the log refused',
    file: 'server/sessions/service.ts',
    from: 'if (atSeq > session.seq) throw', to: 'if (atSeq >= session.seq) throw',
    test: 'test/server/branch-route.test.ts', caughtBy: 'branches at the current end of the log',
  },
  {
    what: "the branch route's rate limit removed",
    file: 'server/http/sessions.ts',
    from: "router.post('/api/sessions/:id/branch', rateLimited(limiter, 'new sessions'), async", to: "router.post('/api/sessions/:id/branch', async",
    test: 'test/server/branch-route.test.ts', caughtBy: "spends the address's budget for new sessions",
  },
];

type Status = 'passed' | 'failed' | 'not run';

/** Runs one test file filtered to one test; the named test's status from vitest's JSON report. */
function runNamed(test: string, name: string): Status {
  const dir = mkdtempSync(join(tmpdir(), 'named-'));
  const output = join(dir, 'report.json');
  try {
    spawnSync('npx', ['vitest', 'run', test, '-t', escapeForPattern(name), '--reporter=json', `--outputFile=${output}`], { stdio: 'ignore' });
    const report = JSON.parse(readFileSync(output, 'utf8')) as { testResults: { assertionResults: { title: string; status: string }[] }[] };
    const found = report.testResults.flatMap((f) => f.assertionResults).filter((t) => t.title.includes(name));
    if (found.length === 0) return 'not run';
    return found.some((t) => t.status === 'failed') ? 'failed' : found.every((t) => t.status === 'passed') ? 'passed' : 'not run';
  } catch {
    return 'not run';
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const escapeForPattern = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

export function applyOnce(source: string, mutation: NamedMutation): string {
  const at = source.indexOf(mutation.from);
  if (at < 0 || source.indexOf(mutation.from, at + 1) >= 0) {
    throw new Error(`${mutation.file}: the text to change for "${mutation.what}" must occur exactly once; the code moved, update NAMED_MUTATIONS`);
  }
  return source.slice(0, at) + mutation.to + source.slice(at + mutation.from.length);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  // `npm run mutation:named -- rebuild` runs only the edits whose description mentions "rebuild".
  const only = process.argv[2];
  const chosen = NAMED_MUTATIONS.filter((m) => only === undefined || m.what.includes(only));
  let missed = 0;
  for (const mutation of chosen) {
    const original = readFileSync(mutation.file, 'utf8');
    const mutated = applyOnce(original, mutation);
    const clean = runNamed(mutation.test, mutation.caughtBy);
    let edited: Status;
    writeFileSync(mutation.file, mutated);
    try {
      edited = runNamed(mutation.test, mutation.caughtBy);
    } finally {
      writeFileSync(mutation.file, original);
    }
    const caught = clean === 'passed' && edited === 'failed';
    if (!caught) missed++;
    console.log(`${caught ? 'caught' : 'MISSED'}  ${mutation.what}: "${mutation.caughtBy}" (${mutation.test}) ${clean} as it is, ${edited} with the edit`);
  }
  console.log(`${chosen.length - missed} of ${chosen.length} named edits caught`);
  process.exitCode = missed === 0 ? 0 : 1;
}
