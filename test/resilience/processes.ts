import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { join } from 'node:path';
import type { Cleanup } from '../server/helpers.ts';
import { awaitServing } from '../../server/serving-line.ts';

export const ROOT = join(import.meta.dirname, '..', '..');

/** A port free on 127.0.0.1 right now (the kernel's pick), to start a server on it twice. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });
}

export interface ServerChild {
  child: ChildProcess;
  url: string;
  output(): string;
  /** Resolves once the process is gone, with its exit code (null when a signal ended it). */
  exited(): Promise<number | null>;
}

/**
 * A server process: `args` after `node` (e.g. `--import tsx server/main.ts`), configured by
 * environment. Resolves once it prints the line that names its URL. `cleanup` kills it if the
 * test ends first.
 */
export async function spawnServer(cleanup: Cleanup, args: string[], env: Record<string, string>, ipc = false): Promise<ServerChild> {
  const child = spawn(process.execPath, args, {
    cwd: ROOT, env: { ...process.env, HOST: '127.0.0.1', ...env }, stdio: ['ignore', 'pipe', 'pipe', ...(ipc ? ['ipc' as const] : [])],
  });
  const exit = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const exited = () => exit;
  cleanup.add(async () => {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
    await exit;
  });
  const serving = awaitServing(child, 20_000);
  const url = await serving.url;
  return { child, url, output: serving.output, exited };
}

/** `npm start` as a user runs it, on a chosen port and DATA_DIR. */
export function startMain(cleanup: Cleanup, env: { PORT: string; DATA_DIR: string; SCENARIOS_DIR: string }): Promise<ServerChild> {
  return spawnServer(cleanup, ['--import', 'tsx', 'server/main.ts'], env);
}

/**
 * `npm start` expected to refuse: resolves with its exit code and everything it printed once it
 * exits; fails the test if it starts serving instead (then it is killed) or is still running after `ms`.
 */
export function refusedMain(cleanup: Cleanup, env: { PORT: string; DATA_DIR: string; SCENARIOS_DIR: string }, ms = 20_000): Promise<{ code: number | null; output: string }> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts'], {
    cwd: ROOT, env: { ...process.env, HOST: '127.0.0.1', ...env }, stdio: ['ignore', 'pipe', 'pipe'],
  });
  // 'close', not 'exit': the last lines it printed may still be in the pipes when it exits.
  const exit = new Promise<number | null>((resolve) => child.once('close', (code) => resolve(code)));
  cleanup.add(async () => {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
    await exit;
  });
  const serving = awaitServing(child, ms);
  return new Promise((resolve, reject) => {
    serving.url.then(
      (url) => {
        child.kill('SIGKILL');
        reject(new Error(`the server started at ${url} when it should have refused:\n${serving.output()}`));
      },
      () => {
        // awaitServing gives up when the process exits, or after `ms` while it still runs.
        const running = child.exitCode === null && child.signalCode === null;
        if (running) child.kill('SIGKILL');
        void exit.then((code) => (running ? reject(new Error(`still running after ${ms / 1000} s:\n${serving.output()}`)) : resolve({ code, output: serving.output() })));
      },
    );
  });
}

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
