import { afterAll, describe, expect, it } from 'vitest';
import { Cleanup, ensureClientBuilt, launchBrowser, ownDataDir, serveDataDir, stepLettingPolicyDecide, openPage, ready, screenshot } from './harness.ts';

const cleanup = new Cleanup();
afterAll(() => cleanup.run(), 30_000);

describe('a lost connection (issue 13, item 4)', () => {
  it('is said on the page, refuses clicks instead of queueing them, and goes away when the server is back', async () => {
    await ensureClientBuilt();
    const dataDir = ownDataDir(cleanup, 'rogatory-offline-');
    let server = await serveDataDir(dataDir);
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
    await stepLettingPolicyDecide(page);
    await expect.poll(() => page.locator('#alerts').textContent()).toMatch(/Not sent: the connection to the server is lost/);

    // The same server comes back on the same port: the page reconnects by itself, and nothing was applied meanwhile.
    server = await serveDataDir(dataDir, port);
    await expect.poll(() => page.locator('#offline-banner').count(), { timeout: 20_000 }).toBe(0);
    expect(await page.locator('.f-state dd').textContent()).toBe('Intake');
    await stepLettingPolicyDecide(page);
    await expect.poll(() => page.locator('.f-state dd').textContent()).not.toBe('Intake');
  }, 90_000);
});
