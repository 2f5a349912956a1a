// Piscina's entry in each worker thread. Plain JavaScript, so that Node can load it in a fresh
// thread whatever started the process (`npm start` under tsx, vitest, the bench): it teaches the
// thread TypeScript through tsx's API, then hands Piscina the task function of tasks.ts. The
// thread is ready once the engine is loaded.
import { readlinkSync } from 'node:fs';
import { setPriority } from 'node:os';
import { register } from 'tsx/esm/api';

// On Linux, this thread yields to the event loop when they share a core: where the engine's
// threads are as many as the cores, a loop at the same priority waits its turn for every command
// (the bench's isolation part). A thread's id is the last part of /proc/thread-self; elsewhere
// nothing changes.
try {
  setPriority(Number(readlinkSync('/proc/thread-self').split("/").pop()), 10);
} catch {
  // Not Linux, or not allowed: the thread keeps the process's priority.
}

register();
const { runTask } = await import('./tasks.ts');

export default runTask;
