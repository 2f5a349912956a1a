import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import type { FromCrowd, ToCrowd } from './crowd-protocol.ts';

const ROOT = join(import.meta.dirname, '..');

/** The crowd's child process (bench/crowd.ts), driven by request and answer over IPC. */
export class CrowdProcess {
  private readonly waiting: { type: FromCrowd['type']; resolve: (m: FromCrowd) => void; reject: (e: Error) => void }[] = [];

  private constructor(private readonly child: ChildProcess) {
    child.on('message', (message: FromCrowd) => {
      if (message.type === 'failed') return this.failAll(new Error(`crowd: ${message.message}`));
      const at = this.waiting.findIndex((w) => w.type === message.type);
      if (at >= 0) this.waiting.splice(at, 1)[0]!.resolve(message);
    });
    child.once('exit', (code, signal) => this.failAll(new Error(`the crowd process exited (${code ?? signal})`)));
  }

  static async start(): Promise<CrowdProcess> {
    const child = spawn(process.execPath, ['--import', 'tsx', join(ROOT, 'bench', 'crowd.ts')], {
      cwd: ROOT, stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    });
    const crowd = new CrowdProcess(child);
    await crowd.expect('ready', 30_000);
    return crowd;
  }

  /** Send `message` and wait for the answer of type `answer`. */
  async ask<T extends FromCrowd['type']>(message: ToCrowd, answer: T, ms = 120_000): Promise<Extract<FromCrowd, { type: T }>> {
    const reply = this.expect(answer, ms);
    this.child.send(message);
    return reply;
  }

  async stop(): Promise<void> {
    if (this.child.exitCode !== null || this.child.signalCode !== null) return;
    const exited = new Promise((resolve) => this.child.once('exit', resolve));
    this.child.send({ type: 'exit' } satisfies ToCrowd);
    const timer = setTimeout(() => this.child.kill('SIGKILL'), 5000);
    await exited;
    clearTimeout(timer);
  }

  private expect<T extends FromCrowd['type']>(type: T, ms: number): Promise<Extract<FromCrowd, { type: T }>> {
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`the crowd did not answer ${type} in ${ms} ms`)), ms);
      this.waiting.push({
        type,
        resolve: (m) => { clearTimeout(timer); resolve(m as Extract<FromCrowd, { type: T }>); },
        reject: (e) => { clearTimeout(timer); reject(e); },
      });
    });
  }

  private failAll(error: Error): void {
    for (const w of this.waiting.splice(0)) w.reject(error);
  }
}
