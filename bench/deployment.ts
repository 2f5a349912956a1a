import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startCluster } from '../test/postgres/cluster.ts';
import { startNginx } from '../test/postgres/deployment.ts';
import { startServerProcess, type ServerProcess } from './server-process.ts';

/** Where a bench's server runs: one process on SQLite (`npm start`), or processes on PostgreSQL. */
export type Deployment = { store: 'sqlite' } | { store: 'postgres'; processes: number };

export interface Deployed {
  /** Where clients connect: the server, or nginx in front of several (docs/deploy/nginx.conf). */
  url: string;
  processes: ServerProcess[];
  /** How it ran, in words for the report. */
  described: string;
  stop(): Promise<void>;
}

/**
 * The server as an operator deploys it: with SQLite in a fresh data folder; with PostgreSQL in a
 * throwaway cluster (test/postgres/cluster.ts), several processes behind Debian's nginx.
 */
export async function deploy(deployment: Deployment, scenariosDir: string, env: Record<string, string>, imports: string[]): Promise<Deployed> {
  const dataDir = mkdtempSync(join(tmpdir(), 'rogatory-bench-'));
  const stops: (() => Promise<void>)[] = [async () => rmSync(dataDir, { recursive: true, force: true })];
  const stop = async () => {
    for (const s of stops.reverse()) await s().catch(() => undefined);
  };
  try {
    if (deployment.store === 'sqlite') {
      const server = await startServerProcess(dataDir, scenariosDir, env, imports);
      stops.push(server.stop);
      return { url: server.url, processes: [server], described: 'one server process on SQLite', stop };
    }
    const cluster = await startCluster();
    stops.push(cluster.stop);
    const processes: ServerProcess[] = [];
    for (let i = 0; i < deployment.processes; i++) {
      const server = await startServerProcess(dataDir, scenariosDir, { ...env, DATABASE_URL: cluster.url, PROCESS_NAME: `p${i + 1}`, TRUST_PROXY: 'loopback' }, imports);
      stops.push(server.stop);
      processes.push(server);
    }
    if (deployment.processes === 1) return { url: processes[0]!.url, processes, described: 'one server process on PostgreSQL', stop };
    const nginx = await startNginx(processes.map((p, i) => ({ name: `p${i + 1}`, port: Number(new URL(p.url).port) })));
    stops.push(nginx.stop);
    return { url: nginx.url, processes, described: `${deployment.processes} server processes on PostgreSQL behind nginx`, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}
