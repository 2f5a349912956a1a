// Piscina's entry in each worker thread. Plain JavaScript, so that Node can load it in a fresh
// thread whatever started the process (`npm start` under tsx, vitest, the bench): it teaches the
// thread TypeScript through tsx's API, then hands Piscina the task function of tasks.ts. The
// thread is ready once the engine is loaded.
import { register } from 'tsx/esm/api';

register();
const { runTask } = await import('./tasks.ts');

export default runTask;
