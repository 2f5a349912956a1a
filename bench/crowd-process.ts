import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import type { FromCrowd, ToCrowd } from './crowd-protocol.ts';

const ROOT = join(import.meta.dirname, '..');

/** What every crowd says: that it is ready, and why it failed. */
type Said = { type: 'ready' } | { type: 'failed'; message: string };

/**
 * A crowd's child process (bench/crowd.ts by default; bench/classes-crowd.ts for the classes),
 * driven by request and answer over IPC.
 */
export class CrowdProcess<To extends { type: string } = ToCrowd, From extends { type: string } = FromCrowd> {
  private readonly waiting: { type: From['type']; resolve: (m: From) => void; reject: (e: Error) => void }[] = [];

  private constructor(private readonly child: ChildProcess) {
    child.on('message', (message: From | Said) => {
      if (message.type === 'failed') return this.failAll(new Error(`crowd: ${(message as Said & { type: 'failed' }).message}`));
      const at = this.waiting.findIndex((w) => w.type === message.type);
      if (at >= 0) this.waiting.splice(at, 1)[0]!.resolve(message as From);
    });
    child.once('exit', (code, signal) => this.failAll(new Error(`the crowd process exited (${code ?? signal})`)));
  }

  static async start<To extends { type: string } = ToCrowd, From extends { type: string } = FromCrowd>(script = 'crowd.ts'): Promise<CrowdProcess<To, From>> {
    const child = spawn(process.execPath, ['--import', 'tsx', join(ROOT, 'bench', script)], {
      cwd: ROOT, stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    });
    const crowd = new CrowdProcess<To, From>(child);
    await crowd.expect('ready' as From['type'], 30_000);
    return crowd;
  }

  /** The child's process id, for reading the CPU time it used. */
  get pid(): number {
    return this.child.pid!;
  }

  /** Send `message` and wait for the answer of type `answer`. */
  async ask<T extends From['type']>(message: To, answer: T, ms = 120_000): Promise<Extract<From, { type: T }>> {
    const reply = this.expect(answer, ms);
    this.child.send(message);
    return reply;
  }

  async stop(): Promise<void> {
    if (this.child.exitCode !== null || this.child.signalCode !== null) return;
    const exited = new Promise((resolve) => this.child.once('exit', resolve));
    this.child.send({ type: 'exit' });
    const timer = setTimeout(() => this.child.kill('SIGKILL'), 5000);
    await exited;
    clearTimeout(timer);
  }

  private expect<T extends From['type']>(type: T, ms: number): Promise<Extract<From, { type: T }>> {
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`the crowd did not answer ${type} in ${ms} ms`)), ms);
      this.waiting.push({
        type,
        resolve: (m) => { clearTimeout(timer); resolve(m as Extract<From, { type: T }>); },
        reject: (e) => { clearTimeout(timer); reject(e); },
      });
    });
  }

  private failAll(error: Error): void {
    for (const w of this.waiting.splice(0)) w.reject(error);
  }
}
