import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { startServer, type RunningServer } from '../../server/http.ts';
import { memoryLogger } from '../../server/log.ts';
import { Cleanup, ROOT, ensureClientBuilt, launchBrowser, openPage, ready, screenshot } from './harness.ts';

const cleanup = new Cleanup();
afterAll(() => cleanup.run(), 30_000);

/** The app on a port and data folder of this test's own, so that it can stop and start again. */
async function serve(dataDir: string, port = 0): Promise<RunningServer> {
  return startServer({ port, host: '127.0.0.1', dataDir, scenariosDir: join(ROOT, 'scenarios'), log: memoryLogger(), pool: { threads: 1 } });
}

describe('a lost connection (issue 13, item 4)', () => {
  it('is said on the page, refuses clicks instead of queueing them, and goes away when the server is back', async () => {
    await ensureClientBuilt();
    const dataDir = mkdtempSync(join(tmpdir(), 'rogatory-offline-'));
    cleanup.add(() => rmSync(dataDir, { recursive: true, force: true }));
    let server = await serve(dataDir);
    const port = server.port;
    cleanup.add(() => server.close());
    const browser = await launchBrowser(cleanup);

    const trainer = await openPage(browser, { viewport: { width: 1366, height: 768 } });
    const { page } = trainer;
    await page.goto(`${server.url}/`);
    await ready(page, 'library');
    await page.getByRole('button', { name: /^Run a classroom session: A blocking statute/ }).click();
    await ready(page, 'console');
    expect(await page.locator('#offline-banner').count()).toBe(0);

    await server.close();
    await expect.poll(() => page.locator('#offline-banner').textContent(), { timeout: 10_000 }).toMatch(/Connection to the server lost/);
    await screenshot(page, '80-offline');
    await page.locator('button.ctl-step').click();
    await expect.poll(() => page.locator('#alerts').textContent()).toMatch(/Not sent: the connection to the server is lost/);

    // The same server comes back on the same port: the page reconnects by itself, and nothing was applied meanwhile.
    server = await serve(dataDir, port);
    await expect.poll(() => page.locator('#offline-banner').count(), { timeout: 20_000 }).toBe(0);
    expect(await page.locator('.f-state dd').textContent()).toBe('Intake');
    await page.locator('button.ctl-step').click();
    await expect.poll(() => page.locator('.f-state dd').textContent()).not.toBe('Intake');
  }, 90_000);
});
