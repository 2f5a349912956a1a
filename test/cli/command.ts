import { spawnSync } from 'node:child_process';

/** The real command, as a user runs it: its exit code, standard output and standard error. */
export function rogatory(...args: string[]): { code: number | null; out: string; err: string } {
  const r = spawnSync(process.execPath, ['bin/rogatory', ...args], { encoding: 'utf8', timeout: 60_000 });
  return { code: r.status, out: r.stdout, err: r.stderr };
}
