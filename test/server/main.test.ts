import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { BLOCKING, Cleanup, LIBRARY, TEST_STORE, api, tempDataDir, testPlace } from './helpers.ts';
import type { StorePlace } from '../../server/store/open.ts';
import { awaitServing } from '../../server/serving-line.ts';

const cleanup = new Cleanup();
afterEach(() => cleanup.run());

const ROOT = join(import.meta.dirname, '..', '..');

/** The variables that put the store in a place: DATA_DIR, or DATABASE_URL and DATABASE_SCHEMA. */
const storeEnv = (place: StorePlace): Record<string, string> =>
  'dataDir' in place ? { DATA_DIR: place.dataDir } : { DATABASE_URL: place.databaseUrl, DATABASE_SCHEMA: place.schema ?? '' };

/** `npm start` as a user runs it (tsx server/main.ts), configured by environment variables only. */
function spawnMain(place: StorePlace, env: Record<string, string> = {}): ChildProcess {
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts'], {
    cwd: ROOT,
    env: { ...process.env, PORT: '0', HOST: '127.0.0.1', ...storeEnv(place), SCENARIOS_DIR: LIBRARY, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  cleanup.add(() => child.exitCode === null && child.signalCode === null && child.kill('SIGKILL'));
  return child;
}

async function start(place: StorePlace): Promise<{ child: ChildProcess; url: string; output: () => string }> {
  const child = spawnMain(place);
  const serving = awaitServing(child, 15_000);
  const url = await serving.url;
  return { child, url, output: serving.output };
}

function exited(child: ChildProcess): Promise<number | null> {
  return new Promise((resolve) => (child.exitCode !== null || child.signalCode !== null ? resolve(child.exitCode) : child.once('exit', (code) => resolve(code))));
}

describe('npm start', () => {
  it('serves the page and the API, loses nothing acknowledged when killed, and stops cleanly on SIGTERM', async () => {
    const place = TEST_STORE === 'sqlite' ? { dataDir: join(tempDataDir(cleanup), 'not-yet-there') } : testPlace(cleanup);
    const first = await start(place);
    // The serving line says which store, and how it runs.
    expect(first.output()).toMatch(TEST_STORE === 'sqlite' ? /"journalMode":"wal","synchronous":2/ : /"store":"postgres","schema":"t_[0-9a-f]{16}"/);
    const page = await fetch(`${first.url}/`, { signal: AbortSignal.timeout(5000) });
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toMatch(/^text\/html/);
    const library = await fetch(`${first.url}/api/scenarios`, { signal: AbortSignal.timeout(5000) });
    expect(await library.text()).toContain('A blocking statute sends the request to the treaty');

    const s = (await api(first.url, 'POST', '/api/sessions', { scenario: BLOCKING })).body;
    for (let i = 0; i < 5; i++) expect((await api(first.url, 'POST', `/api/sessions/${s.id}/commands`, { type: 'step' }, s.trainerToken)).status).toBe(200);
    const before = (await api(first.url, 'GET', `/api/sessions/${s.id}`)).body;
    expect(before.seq).toBe(5);
    // Samples run in the engine's worker threads, which load TypeScript under tsx as the process does.
    const sample = await api(first.url, 'POST', '/api/runs', { scenario: BLOCKING, sample: 100, seed: 1 });
    expect(sample.status).toBe(200);
    expect(sample.body).toMatchObject({ scenario: BLOCKING, runs: 100, seed: 1 });

    // No shutdown at all: every acknowledged input must already be on disk.
    first.child.kill('SIGKILL');
    await exited(first.child);

    const second = await start(place);
    expect((await api(second.url, 'GET', `/api/sessions/${s.id}`)).body).toEqual(before);

    second.child.kill('SIGTERM');
    expect(await exited(second.child)).toBe(0);
    expect(second.output()).toContain('SIGTERM: shutting down');
  });

  it('refuses to start on a setting it cannot read, naming the variable and what it takes', async () => {
    const refused = async (env: Record<string, string>) => {
      const child = spawnMain({ dataDir: tempDataDir(cleanup) }, env);
      let output = '';
      child.stdout!.on('data', (chunk) => (output += chunk));
      child.stderr!.on('data', (chunk) => (output += chunk));
      return { code: await exited(child), output: () => output };
    };
    const idle = await refused({ SESSION_IDLE_MINUTES: 'soon' });
    expect(idle.code).toBe(1);
    expect(idle.output()).toMatch(/cannot start: SESSION_IDLE_MINUTES must be a number of minutes, got "soon"/);
    const proxy = await refused({ TRUST_PROXY: 'the proxy' });
    expect(proxy.code).toBe(1);
    expect(proxy.output()).toMatch(/cannot start: TRUST_PROXY must be true, false, a number of proxy hops/);
    const ballots = await refused({ LIMIT_BALLOTS: 'ten' });
    expect(ballots.code).toBe(1);
    expect(ballots.output()).toMatch(/cannot start: LIMIT_BALLOTS must be a count per minute \("60"\) or a count per a number of seconds \("10\/10"\), got "ten"/);
    const threads = await refused({ POOL_THREADS: '0' });
    expect(threads.code).toBe(1);
    expect(threads.output()).toMatch(/cannot start: POOL_THREADS must be a whole number of at least 1, got "0"/);
    const cost = await refused({ RUN_COST_MAX: 'lots' });
    expect(cost.code).toBe(1);
    expect(cost.output()).toMatch(/cannot start: RUN_COST_MAX must be a whole number of at least 1, got "lots"/);
    const schema = await refused({ DATABASE_URL: 'postgres://127.0.0.1:1/none', DATABASE_SCHEMA: 'Rogatory Live' });
    expect(schema.code).toBe(1);
    expect(schema.output()).toMatch(/cannot start: DATABASE_SCHEMA must be a lower-case name of letters, digits and _ \(at most 63\), got "Rogatory Live"/);
    const name = await refused({ PROCESS_NAME: 'p 1' });
    expect(name.code).toBe(1);
    expect(name.output()).toMatch(/cannot start: PROCESS_NAME must be letters, digits, - or _ \(at most 40\), got "p 1"/);
    const internal = await refused({ INTERNAL_URL: '10.0.0.5:3000' });
    expect(internal.code).toBe(1);
    expect(internal.output()).toMatch(/cannot start: INTERNAL_URL must be an http:\/\/ or https:\/\/ address without a path, such as http:\/\/10\.0\.0\.5:3000, got "10\.0\.0\.5:3000"/);
  });
});
