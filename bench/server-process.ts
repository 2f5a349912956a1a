import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { awaitServing } from '../server/serving-line.ts';

const ROOT = join(import.meta.dirname, '..');

export interface ServerProcess {
  url: string;
  /** The server's process id, for reading the CPU time it used. */
  pid: number;
  /** Everything it has written to stdout and stderr so far. */
  output(): string;
  /** Milliseconds from the spawn to the server's "serving" line. */
  startMs: number;
  stop(): Promise<void>;
}

/**
 * `npm start` as a user runs it (node --import tsx server/main.ts) on 127.0.0.1 and a free port;
 * `env` adds settings (the limits a benchmark lifts, as an operator would); `imports` are modules
 * loaded into the process before the server (a benchmark's probe).
 */
export async function startServerProcess(dataDir: string, scenariosDir: string, env: Record<string, string> = {}, imports: string[] = []): Promise<ServerProcess> {
  const started = performance.now();
  const child: ChildProcess = spawn(process.execPath, ['--import', 'tsx', ...imports.flatMap((m) => ['--import', m]), 'server/main.ts'], {
    cwd: ROOT, env: { ...process.env, ...env, PORT: '0', HOST: '127.0.0.1', DATA_DIR: dataDir, SCENARIOS_DIR: scenariosDir },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const serving = awaitServing(child, 30_000);
  const stop = async () => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill('SIGTERM');
    const timer = setTimeout(() => child.kill('SIGKILL'), 5000);
    await exited;
    clearTimeout(timer);
  };
  try {
    const url = await serving.url;
    return { url, pid: child.pid!, output: serving.output, startMs: performance.now() - started, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}
