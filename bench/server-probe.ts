/**
 * Loaded into the server's process by the classes bench (`--import`), never by `npm start`: on
 * SIGUSR2 it writes how long the event loop has been busy and idle so far, so that the bench can
 * tell a loop that was saturated (or blocked in SQLite's fsync) from one that was starved of CPU.
 */
import { performance } from 'node:perf_hooks';

process.on('SIGUSR2', () => {
  const { active, idle } = performance.eventLoopUtilization();
  process.stderr.write(`bench-probe active=${active.toFixed(1)} idle=${idle.toFixed(1)}\n`);
});
