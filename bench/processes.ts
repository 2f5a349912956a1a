import { classesFigures, type ClassesFigures, type ClassesOptions } from './classes.ts';

/**
 * Issue 17: the classes bench (bench/classes.ts) on PostgreSQL, first with one server process, then
 * with three behind nginx (docs/deploy/nginx.conf). Smaller than the SQLite classes run: the three
 * processes, PostgreSQL, nginx and the two client crowds all share this machine's cores, so the
 * figures say what the parts cost next to each other here, not what three machines would give.
 */
export const PROCESSES_FULL: ClassesOptions = { sessions: 40, participants: 25, crowds: 2, rate: 20, seconds: 30, voteEvery: 8, batch: 25, timeoutMs: 10_000 };
export const PROCESSES_QUICK: ClassesOptions = { ...PROCESSES_FULL, seconds: 10 };

export type ProcessesFigures = { runs: (ClassesFigures & { processes: number })[] } | { error: string };

export async function processesFigures(options: ClassesOptions): Promise<ProcessesFigures> {
  const runs: (ClassesFigures & { processes: number })[] = [];
  try {
    for (const processes of [1, 3]) {
      process.stderr.write(`processes: ${options.sessions} classes × ${options.participants} on PostgreSQL, ${processes} server process(es)…\n`);
      runs.push({ ...(await classesFigures({ ...options, deployment: { store: 'postgres', processes } })), processes });
    }
  } catch (error) {
    // A machine without PostgreSQL's or nginx's programs still gets every other figure.
    return { error: error instanceof Error ? error.message.split('\n')[0]! : String(error) };
  }
  return { runs };
}
