import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { awaitServing } from '../../server/serving-line.ts';
import { LIBRARY, type Cleanup } from '../server/helpers.ts';
import { freePort } from './cluster.ts';

const ROOT = join(import.meta.dirname, '..', '..');
/** The example every deployment starts from; the tests run it with their own ports. */
export const NGINX_EXAMPLE = join(ROOT, 'docs', 'deploy', 'nginx.conf');
const NGINX = '/usr/sbin/nginx';

export interface ServerProcessHandle {
  name: string;
  port: number;
  url: string;
  child: ChildProcess;
  output: () => string;
}

/** `npm start` as an operator runs it behind a proxy: one process of several on one PostgreSQL schema. */
export async function startProcess(
  cleanup: Cleanup, database: { url: string; schema: string }, name: string, env: Record<string, string> = {},
): Promise<ServerProcessHandle> {
  const port = await freePort();
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts'], {
    cwd: ROOT,
    env: {
      ...process.env, PORT: String(port), HOST: '127.0.0.1', DATABASE_URL: database.url, DATABASE_SCHEMA: database.schema,
      PROCESS_NAME: name, TRUST_PROXY: 'loopback', SCENARIOS_DIR: LIBRARY, POOL_THREADS: '1', ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  cleanup.add(() => child.exitCode === null && child.signalCode === null && child.kill('SIGKILL'));
  const serving = awaitServing(child, 30_000);
  await serving.url;
  return { name, port, url: `http://127.0.0.1:${port}`, child, output: serving.output };
}

/**
 * Debian's nginx with docs/deploy/nginx.conf, its three processes' ports and its own port swapped
 * for these; the URL everyone opens. Runs in the foreground of a temporary prefix, as any user.
 * The bench starts it too (bench/deployment.ts).
 */
export async function startNginx(processes: { name: string; port: number }[]): Promise<{ url: string; stop(): Promise<void> }> {
  if (!existsSync(NGINX)) throw new Error(`${NGINX} is missing: install Debian's nginx-light (.ci/run does)`);
  if (processes.length > 3) throw new Error('docs/deploy/nginx.conf names three processes');
  const port = await freePort();
  let site = readFileSync(NGINX_EXAMPLE, 'utf8').replace('listen 8080;', `listen 127.0.0.1:${port};`);
  for (let i = 0; i < 3; i++) {
    const p = processes[i];
    // Fewer than three: the example's other servers are left out of every upstream.
    site = p
      ? site.replaceAll(`127.0.0.1:${3001 + i};`, `127.0.0.1:${p.port};`).replace(new RegExp(`^(\\s+)p${i + 1}(\\s+)rogatory_p${i + 1};`, 'm'), `$1${p.name}$2rogatory_p${i + 1};`)
      : site.replaceAll(`    server 127.0.0.1:${3001 + i};\n`, '').replace(new RegExp(`^\\s+p${i + 1}\\s+rogatory_p${i + 1};\\n`, 'm'), '').replace(new RegExp(`upstream rogatory_p${i + 1} \\{\\n\\}\\n\\n`), '');
  }
  const prefix = mkdtempSync(join(tmpdir(), 'rogatory-nginx-'));
  writeFileSync(join(prefix, 'rogatory.conf'), site);
  const temp = ['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map((t) => `${t}_temp_path ${join(prefix, t)};`).join(' ');
  writeFileSync(join(prefix, 'nginx.conf'), [
    process.getuid?.() === 0 ? 'user root;' : '',
    'daemon off; worker_processes 1;', `pid ${join(prefix, 'nginx.pid')};`, `error_log ${join(prefix, 'error.log')} warn;`,
    'events { worker_connections 16384; }',
    `http { access_log off; ${temp} include ${join(prefix, 'rogatory.conf')}; }`,
  ].join('\n'));
  const child = spawn(NGINX, ['-p', prefix, '-c', join(prefix, 'nginx.conf'), '-e', join(prefix, 'error.log')], { stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stderr!.on('data', (chunk) => (output += chunk));
  const stop = () => new Promise<void>((resolve) => {
    const done = () => (rmSync(prefix, { recursive: true, force: true }), resolve());
    if (child.exitCode !== null || child.signalCode !== null) return done();
    child.once('exit', done);
    child.kill('SIGTERM');
  });
  const deadline = Date.now() + 10_000;
  while (!(await accepts(port))) {
    if (child.exitCode !== null || Date.now() > deadline) {
      const log = existsSync(join(prefix, 'error.log')) ? readFileSync(join(prefix, 'error.log'), 'utf8') : '';
      await stop();
      throw new Error(`nginx did not start: ${output}${log}`);
    }
    await new Promise((r) => setTimeout(r, 50));
  }
  return { url: `http://127.0.0.1:${port}`, stop };
}

function accepts(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1').once('connect', () => (socket.destroy(), resolve(true))).once('error', () => resolve(false));
  });
}
