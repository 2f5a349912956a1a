import { execFileSync } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';

/**
 * A throwaway PostgreSQL server for the tests and benchmarks that need one: a new cluster in a
 * temporary folder, on loopback and a free port above 20000, stopped and deleted afterwards. It
 * uses Debian's server programs (`apt-get install postgresql`; .ci/run installs them). Run as
 * root, the server runs as the `postgres` user, since PostgreSQL refuses to run as root.
 */
export interface Cluster {
  url: string;
  stop(): Promise<void>;
}

const INSTALL = 'PostgreSQL\'s server programs were not found (looked for initdb under /usr/lib/postgresql/*/bin and on PATH). ' +
  'Install them (Debian: apt-get install postgresql), or set TEST_DATABASE_URL to a database in which the tests may create and drop schemas.';

function serverBin(): string {
  const root = '/usr/lib/postgresql';
  const versions = existsSync(root) ? readdirSync(root).filter((v) => existsSync(join(root, v, 'bin', 'initdb'))).sort((a, b) => Number(b) - Number(a)) : [];
  if (versions.length) return join(root, versions[0]!, 'bin');
  try {
    return execFileSync('sh', ['-c', 'dirname "$(command -v initdb)"'], { encoding: 'utf8' }).trim();
  } catch {
    throw new Error(INSTALL);
  }
}

export async function freePort(): Promise<number> {
  for (let attempt = 0; attempt < 50; attempt++) {
    const port = 20000 + Math.floor(Math.random() * 20000);
    const free = await new Promise<boolean>((resolve) => {
      const probe = createServer().once('error', () => resolve(false)).listen(port, '127.0.0.1', () => probe.close(() => resolve(true)));
    });
    if (free) return port;
  }
  throw new Error('no free port above 20000 on 127.0.0.1');
}

export async function startCluster(options: { settings?: Record<string, string> } = {}): Promise<Cluster> {
  const bin = serverBin();
  if (!existsSync(join(bin, 'initdb'))) throw new Error(INSTALL);
  const dir = mkdtempSync(join(tmpdir(), 'rogatory-pg-'));
  const asRoot = process.getuid?.() === 0;
  const owner = asRoot ? Number(execFileSync('id', ['-u', 'postgres'], { encoding: 'utf8' }).trim()) : null;
  if (owner !== null) chownSync(dir, owner, Number(execFileSync('id', ['-g', 'postgres'], { encoding: 'utf8' }).trim()));
  const run = (program: string, args: string[]) =>
    asRoot ? execFileSync('runuser', ['-u', 'postgres', '--', join(bin, program), ...args], { stdio: 'pipe' }) : execFileSync(join(bin, program), args, { stdio: 'pipe' });
  const data = join(dir, 'data');
  run('initdb', ['-D', data, '-A', 'trust', '-U', 'rogatory', '--no-sync', '-E', 'UTF8', '--locale', 'C']);
  const port = await freePort();
  const settings = { listen_addresses: '127.0.0.1', port: String(port), unix_socket_directories: dir, max_connections: '300', ...options.settings };
  const serverOptions = Object.entries(settings).map(([k, v]) => `-c ${k}=${v}`).join(' ');
  run('pg_ctl', ['-D', data, '-l', join(dir, 'server.log'), '-o', serverOptions, '-w', 'start']);
  let stopped = false;
  return {
    url: `postgres://rogatory@127.0.0.1:${port}/postgres`,
    async stop() {
      if (stopped) return;
      stopped = true;
      try {
        run('pg_ctl', ['-D', data, '-m', 'immediate', '-w', 'stop']);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
  };
}

/** One statement on a connection of its own, closed after: for a test's set-up, inspection or clean-up. */
export async function sqlOnce<T extends pg.QueryResultRow>(url: string, text: string, values: unknown[] = []): Promise<T[]> {
  const connection = new pg.Client({ connectionString: url });
  await connection.connect();
  try {
    return (await connection.query<T>(text, values)).rows;
  } finally {
    await connection.end();
  }
}
