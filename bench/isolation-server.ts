/**
 * The server for the isolation bench, in a process of its own (the bench is its client): the real
 * startServer and its engine threads (POOL_THREADS as `npm start` reads it), with the per-address
 * limits lifted, so that the bench can keep a bomb and samples in flight from 127.0.0.1 for as long
 * as it times commands. What is measured is isolation, not the limits.
 */
import { startServer } from '../server/http.ts';
import { DEFAULT_COSTS, OPEN_LIMITS } from '../server/limiter.ts';
import { silentLogger } from '../server/log.ts';
import { servingLine } from '../server/serving-line.ts';

const threads = process.env.POOL_THREADS ? Number(process.env.POOL_THREADS) : undefined;
const server = await startServer({
  port: 0, host: '127.0.0.1', dataDir: process.env.DATA_DIR!, scenariosDir: process.env.SCENARIOS_DIR!, log: silentLogger,
  limits: OPEN_LIMITS,
  costs: { ...DEFAULT_COSTS, perMinute: Infinity },
  pool: { threads },
});
console.log(servingLine(server.catalog.size, server.url));
process.on('SIGTERM', () => void server.close().then(() => process.exit(0)));
