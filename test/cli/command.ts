import { spawnSync } from 'node:child_process';

/** The real command, as a user runs it: its exit code, standard output and standard error. */
export function rogatory(...args: string[]): { code: number | null; out: string; err: string } {
  return rogatoryIn({}, ...args);
}

/**
 * The command under a locale of our choosing: the machine's own (LANG, LC_ALL) never decides the
 * language a test reads, since the CLI speaks the locale's language (bin/cli/lang.ts).
 */
export function rogatoryIn(locale: { LANG?: string; LC_ALL?: string }, ...args: string[]): { code: number | null; out: string; err: string } {
  const { LANG: _l, LC_ALL: _a, LC_MESSAGES: _m, ...env } = process.env;
  const r = spawnSync(process.execPath, ['bin/rogatory', ...args], { encoding: 'utf8', timeout: 60_000, env: { ...env, LANG: 'C.UTF-8', ...locale } });
  return { code: r.status, out: r.stdout, err: r.stderr };
}
