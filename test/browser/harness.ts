import { afterAll, beforeAll } from 'vitest';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { startServer, type RunningServer } from '../../server/http.ts';
import { CLIENT_DIST } from '../../server/http/client-assets.ts';
import { memoryLogger } from '../../server/log.ts';

export const ROOT = resolve(import.meta.dirname, '..', '..');
export const SCREENSHOTS = join(ROOT, 'test', '.artifacts', 'screenshots');
const LOCK = join(ROOT, 'test', '.artifacts', 'client-build.lock');

/** The newest modification time under a folder (sources that the client is built from). */
function newest(path: string): number {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let latest = stat.mtimeMs;
  for (const entry of readdirSync(path)) {
    if (entry === 'dist' || entry === 'node_modules') continue;
    latest = Math.max(latest, newest(join(path, entry)));
  }
  return latest;
}

function builtAt(): number {
  try {
    return statSync(join(CLIENT_DIST, 'index.html')).mtimeMs;
  } catch {
    return 0;
  }
}

/**
 * Build the client with Vite when it is older than its sources. Test files run in parallel
 * workers: a lock folder makes one build while the others wait for it.
 */
export async function ensureClientBuilt(): Promise<void> {
  const sources = Math.max(newest(join(ROOT, 'client')), newest(join(ROOT, 'machines')), statSync(join(ROOT, 'vite.config.ts')).mtimeMs);
  if (builtAt() > sources) return;
  mkdirSync(join(ROOT, 'test', '.artifacts'), { recursive: true });
  const deadline = Date.now() + 60_000;
  for (;;) {
    try {
      mkdirSync(LOCK);
      break;
    } catch {
      // Another worker builds; a lock older than a minute is a crashed build's.
      try {
        if (Date.now() - statSync(LOCK).mtimeMs > 60_000) rmSync(LOCK, { recursive: true, force: true });
      } catch { /* gone already */ }
      if (Date.now() > deadline) throw new Error('timed out waiting for another worker to build the client');
      await new Promise((r) => setTimeout(r, 200));
      if (builtAt() > sources) return;
    }
  }
  try {
    if (builtAt() > sources) return;
    const { build } = await import('vite');
    await build({ configFile: join(ROOT, 'vite.config.ts'), root: join(ROOT, 'client'), logLevel: 'warn' });
  } finally {
    rmSync(LOCK, { recursive: true, force: true });
  }
}

export class Cleanup {
  private readonly steps: (() => unknown)[] = [];
  add(step: () => unknown): void {
    this.steps.push(step);
  }
  async run(): Promise<void> {
    while (this.steps.length) {
      try {
        await this.steps.pop()!();
      } catch {
        // One failed step must not keep the others from running.
      }
    }
  }
}

/**
 * The real server (its own factory, the shipped scenario library, a temporary data folder) on an
 * ephemeral port, serving the built client.
 */
export async function startAppServer(cleanup: Cleanup, options: { tickMs?: number; everyInterface?: boolean; addedScenarioDirs?: string[] } = {}): Promise<RunningServer> {
  await ensureClientBuilt();
  const dataDir = mkdtempSync(join(tmpdir(), 'rogatory-browser-'));
  cleanup.add(() => rmSync(dataDir, { recursive: true, force: true }));
  const server = await startServer({
    // Every interface, as `npm start` listens, only for a test of what other machines are shown; it is still opened at localhost.
    port: 0, host: options.everyInterface ? undefined : '127.0.0.1', dataDir, scenariosDir: join(ROOT, 'scenarios'), log: memoryLogger(), tickMs: options.tickMs ?? 40,
    addedScenarioDirs: options.addedScenarioDirs,
  });
  cleanup.add(() => server.close());
  return server;
}

/**
 * Step on a class's console. At a decision the console first asks whether the default policy may
 * decide for the class (a clicker's "next" must not take the class's decision): the answer is yes.
 */
export async function stepLettingPolicyDecide(page: Page): Promise<void> {
  await page.locator('button.ctl-step').click();
  const dialog = page.locator('dialog.confirm-step');
  if (await dialog.evaluate((d) => (d as HTMLDialogElement).open)) await dialog.locator('.confirm-ok').click();
}

/** A data folder of a test's own, removed after it. */
export function ownDataDir(cleanup: Cleanup, prefix: string): string {
  const dataDir = mkdtempSync(join(tmpdir(), prefix));
  cleanup.add(() => rmSync(dataDir, { recursive: true, force: true }));
  return dataDir;
}

/**
 * The app serving `dataDir` on `port` (0: any free one), outside the shared stage: for tests that
 * stop the server and start it again at the same address (a restart, a lost connection).
 */
export function serveDataDir(dataDir: string, port = 0): Promise<RunningServer> {
  return startServer({ port, host: '127.0.0.1', dataDir, scenariosDir: join(ROOT, 'scenarios'), log: memoryLogger(), pool: { threads: 1 } });
}

/** The server and the browser that a test file's tests share. */
export interface Stage {
  server: RunningServer;
  browser: Browser;
}

/** Start one app server and one Chromium before a file's tests, and close both after them. */
export function sharedStage(options: { everyInterface?: boolean; addedScenarioDirs?: string[] } = {}): Stage {
  const cleanup = new Cleanup();
  const stage = {} as Stage;
  beforeAll(async () => {
    stage.server = await startAppServer(cleanup, options);
    stage.browser = await launchBrowser(cleanup);
  }, 90_000);
  afterAll(() => cleanup.run(), 30_000);
  return stage;
}

export async function launchBrowser(cleanup: Cleanup): Promise<Browser> {
  const browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    timeout: 20_000,
  });
  cleanup.add(() => browser.close());
  return browser;
}

export interface Watched {
  context: BrowserContext;
  page: Page;
  /** Uncaught page errors and console errors, including CSP violations. */
  errors: string[];
}

/** A fresh browser context (its own storage, as another person's laptop) with one page, watched for errors. */
export async function openPage(browser: Browser, options: { locale?: string; viewport?: { width: number; height: number } } = {}): Promise<Watched> {
  const context = await browser.newContext({
    locale: options.locale ?? 'en-GB', viewport: options.viewport ?? { width: 1600, height: 1000 }, acceptDownloads: true,
  });
  context.setDefaultTimeout(10_000);
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(`console: ${message.text()}`);
  });
  return { context, page, errors };
}

/** A fresh page opened at `path` of the app (the library by default), once its `view` is drawn. */
export async function openAt(
  stage: Stage, view: string, options: { path?: string; locale?: string; viewport?: { width: number; height: number } } = {},
): Promise<Watched> {
  const watched = await openPage(stage.browser, options);
  await watched.page.goto(`${stage.server.url}${options.path ?? ''}`);
  await ready(watched.page, view);
  return watched;
}

/** What the screen shows (a projector shows no more); `fullPage` for pages read by scrolling, like the debrief. */
export async function screenshot(page: Page, name: string, fullPage = false): Promise<string> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  const path = join(SCREENSHOTS, `${name}.png`);
  // From the top, as the page first meets the eye; the focus ring of the last click is not the subject.
  await page.evaluate(() => {
    window.scrollTo(0, 0);
    (document.activeElement as HTMLElement | null)?.blur?.();
  });
  await page.screenshot({ path, fullPage });
  return path;
}

/** Wait until the page says its view is drawn (the client sets data-ready on <html>). */
export async function ready(page: Page, view: string): Promise<void> {
  await page.waitForFunction((v) => document.documentElement.dataset.ready === v, view, { timeout: 10_000 });
}

/** The three screens every page is checked on: a phone, a laptop, a projector. */
export const SCREENS = [
  { name: 'phone', viewport: { width: 390, height: 844 } },
  { name: 'laptop', viewport: { width: 1366, height: 768 } },
  { name: 'projector', viewport: { width: 1920, height: 1080 } },
] as const;
