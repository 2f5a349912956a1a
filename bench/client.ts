import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { CLIENT_DIST } from '../server/http/client-assets.ts';
import { Cleanup, launchBrowser, ROOT, startAppServer } from '../test/browser/harness.ts';
import { median } from './stats.ts';

/**
 * The client's two figures (issue 5): how much JavaScript the first page (the library) loads,
 * gzipped, and how long until it is interactive in Chromium. The goals: under 200 KB and under
 * a second.
 */
export const FIRST_LOAD_GOAL_KB = 200;
export const INTERACTIVE_GOAL_MS = 1000;

export interface ClientFigures {
  /** The library page's JavaScript: the entry, what it imports, and the library page's chunk. */
  firstLoad: { gzipBytes: number; rawBytes: number; files: { file: string; gzipBytes: number }[] };
  /** The stylesheet, also on the first load. */
  css: { gzipBytes: number };
  /** Every JavaScript chunk of the build (the other pages load theirs on demand). */
  allJs: { gzipBytes: number; files: number };
  /** Navigation start to the library drawn with its handlers (the client's `rogatory:interactive` mark), cold each time. */
  interactiveMs: { median: number; max: number; runs: number[] };
}

interface ManifestChunk {
  file: string;
  isEntry?: boolean;
  imports?: string[];
  dynamicImports?: string[];
  css?: string[];
}

const gzip = (path: string) => gzipSync(readFileSync(path), { level: 9 }).length;

/** The chunks a page needs before it runs: the chunk and its static imports, transitively. */
function closure(manifest: Record<string, ManifestChunk>, keys: string[]): Set<string> {
  const seen = new Set<string>();
  const visit = (key: string) => {
    if (seen.has(key) || !manifest[key]) return;
    seen.add(key);
    for (const next of manifest[key]!.imports ?? []) visit(next);
  };
  keys.forEach(visit);
  return seen;
}

export async function buildAndMeasureSize(): Promise<Omit<ClientFigures, 'interactiveMs'>> {
  const { build } = await import('vite');
  await build({ configFile: join(ROOT, 'vite.config.ts'), root: join(ROOT, 'client'), logLevel: 'warn' });
  const manifest = JSON.parse(readFileSync(join(CLIENT_DIST, '.vite', 'manifest.json'), 'utf8')) as Record<string, ManifestChunk>;
  // The entry, and the library page the router imports at once on `/`.
  const keys = closure(manifest, ['index.html', 'pages/library.ts']);
  const files = [...keys].map((key) => manifest[key]!.file).filter((f) => f.endsWith('.js'));
  const sized = files.map((file) => ({ file, gzipBytes: gzip(join(CLIENT_DIST, file)) }));
  const css = [...new Set([...keys].flatMap((key) => manifest[key]!.css ?? []))];
  const everyJs = [...new Set(Object.values(manifest).map((c) => c.file).filter((f) => f.endsWith('.js')))];
  return {
    firstLoad: {
      gzipBytes: sized.reduce((a, f) => a + f.gzipBytes, 0),
      rawBytes: files.reduce((a, f) => a + readFileSync(join(CLIENT_DIST, f)).length, 0),
      files: sized,
    },
    css: { gzipBytes: css.reduce((a, f) => a + gzip(join(CLIENT_DIST, f)), 0) },
    allJs: { gzipBytes: everyJs.reduce((a, f) => a + gzip(join(CLIENT_DIST, f)), 0), files: everyJs.length },
  };
}

/** Cold loads of the library page from the real server, each in a fresh browser context. */
export async function measureInteractive(runs = 7): Promise<ClientFigures['interactiveMs']> {
  const cleanup = new Cleanup();
  try {
    const server = await startAppServer(cleanup);
    const browser = await launchBrowser(cleanup);
    const times: number[] = [];
    for (let i = 0; i < runs; i++) {
      const context = await browser.newContext({ locale: 'en-GB', viewport: { width: 1600, height: 1000 } });
      const page = await context.newPage();
      await page.goto(server.url);
      await page.waitForFunction(() => performance.getEntriesByName('rogatory:interactive').length > 0, undefined, { timeout: 10_000 });
      times.push(await page.evaluate(() => performance.getEntriesByName('rogatory:interactive')[0]!.startTime));
      await context.close();
    }
    // The first load also warms the server (its first GET reads the catalogue from memory, not disk): report all.
    return { median: median(times), max: Math.max(...times), runs: times.map((t) => Math.round(t)) };
  } finally {
    await cleanup.run();
  }
}

export async function clientFigures(): Promise<ClientFigures> {
  const size = await buildAndMeasureSize();
  return { ...size, interactiveMs: await measureInteractive() };
}

export function formatClient(c: ClientFigures): string {
  const kb = (b: number) => `${(b / 1024).toFixed(1)} KB`;
  const ok = (value: number, goal: number) => (value <= goal ? 'meets the goal' : 'MISSES the goal');
  return [
    `client: first page JavaScript, gzip   ${kb(c.firstLoad.gzipBytes).padStart(10)}   goal < ${FIRST_LOAD_GOAL_KB} KB   ${ok(c.firstLoad.gzipBytes / 1024, FIRST_LOAD_GOAL_KB)}`,
    ...c.firstLoad.files.map((f) => `          ${f.file.padEnd(36)} ${kb(f.gzipBytes).padStart(10)}`),
    `client: first page CSS, gzip          ${kb(c.css.gzipBytes).padStart(10)}`,
    `client: every JS chunk, gzip          ${kb(c.allJs.gzipBytes).padStart(10)}   (${c.allJs.files} chunks, loaded by the pages that need them)`,
    `client: library interactive, median   ${`${c.interactiveMs.median.toFixed(0)} ms`.padStart(10)}   goal < ${INTERACTIVE_GOAL_MS} ms   ${ok(c.interactiveMs.median, INTERACTIVE_GOAL_MS)}; max ${c.interactiveMs.max.toFixed(0)} ms; runs ${c.interactiveMs.runs.join(', ')}`,
  ].join('\n');
}

// `npx tsx bench/client.ts`: the client's figures alone.
if (import.meta.url === `file://${process.argv[1]}`) {
  console.log(formatClient(await clientFigures()));
}
