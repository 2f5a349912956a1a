/**
 * The server for the load test, in a process of its own so that its memory is measured alone:
 * the real startServer with a short play tick, run with --expose-gc. Over IPC it answers
 * `memory` (after a full collection) and `stop`.
 */
import { startServer } from '../../../server/http.ts';
import type { Logger } from '../../../server/log.ts';

export type ToLoadServer = { type: 'memory' } | { type: 'stop' };
export type FromLoadServer =
  | { type: 'memory'; heapUsed: number; rss: number; errors: string[]; warnings: string[] }
  | { type: 'stopped' };

const errors: string[] = [];
const warnings: string[] = [];
const log: Logger = {
  info() {},
  warn: (message, details) => void (warnings.length < 20 && warnings.push(`${message} ${JSON.stringify(details ?? {})}`)),
  error: (message, details) => void (errors.length < 20 && errors.push(`${message} ${JSON.stringify(details ?? {})}`)),
};
// Every trainee of the test joins from 127.0.0.1: lift the per-address limits.
const open = { limit: 1_000_000, windowMs: 60_000 };
const server = await startServer({
  port: 0, host: '127.0.0.1', dataDir: process.env.DATA_DIR!, scenariosDir: process.env.SCENARIOS_DIR!, log,
  tickMs: Number(process.env.TICK_MS ?? 50), limits: { joins: open, votes: open, creates: open, validations: open },
});
// What loading the library said (the fixtures hold a broken file on purpose) is not the test's business.
errors.length = 0;
warnings.length = 0;
const gc = (globalThis as { gc?: () => void }).gc;

process.on('message', async (message: ToLoadServer) => {
  const reply = (m: FromLoadServer) => process.send!(m);
  if (message.type === 'memory') {
    gc?.();
    gc?.();
    const { heapUsed, rss } = process.memoryUsage();
    reply({ type: 'memory', heapUsed, rss, errors, warnings });
  } else {
    await server.close();
    reply({ type: 'stopped' });
    process.exit(0);
  }
});
process.on('disconnect', () => process.exit(0));
console.log(`serving ${server.catalog.size} scenarios at ${server.url}`);
