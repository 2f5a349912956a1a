import { afterAll, describe, expect, it } from 'vitest';
import { Cleanup, ensureClientBuilt, launchBrowser, ownDataDir, serveDataDir, openPage, ready, screenshot } from './harness.ts';

const cleanup = new Cleanup();
afterAll(() => cleanup.run(), 30_000);

describe('a phone reloaded while the server is down (issue 13, item 4)', () => {
  it('shows the app with its offline banner, not the browser\'s error page, and reconnects when the server is back', async () => {
    await ensureClientBuilt();
    const dataDir = ownDataDir(cleanup, 'rogatory-offline-reload-');
    let server = await serveDataDir(dataDir);
    const port = server.port;
    cleanup.add(() => server.close());
    const browser = await launchBrowser(cleanup);

    const trainer = await openPage(browser, { viewport: { width: 1366, height: 768 } });
    await trainer.page.goto(`${server.url}/`);
    await ready(trainer.page, 'library');
    await trainer.page.getByRole('button', { name: /^Run a classroom session: A blocking statute/ }).click();
    await ready(trainer.page, 'console');
    const code = (await trainer.page.locator('.code-text').textContent())!;

    // 127.0.0.1 is a secure context: the service worker is allowed there (and on https), not on a LAN's plain http.
    const phone = await openPage(browser, { viewport: { width: 390, height: 844 } });
    const { page } = phone;
    await page.goto(`${server.url}/#/join/${code}`);
    await page.getByLabel('Your name').fill('Wanjiru');
    await page.getByRole('button', { name: 'Join', exact: true }).click();
    await ready(page, 'participant');
    // The worker has kept the shell and controls the page.
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
    });
    await expect.poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null), { timeout: 10_000 }).toBe(true);
    const headers = await page.evaluate(async () => {
      const res = await fetch('/sw.js', { cache: 'no-store' });
      return { type: res.headers.get('content-type'), cache: res.headers.get('cache-control'), csp: res.headers.get('content-security-policy') };
    });
    expect(headers.type).toMatch(/javascript/);
    expect(headers.cache).toBe('no-cache');

    await server.close();
    await page.reload();
    // The app, not chrome-error://: the join page drew itself from the kept shell, and says the server is gone.
    expect(page.url()).toBe(`${server.url}/#/join/${code}`);
    await expect.poll(() => page.locator('#offline-banner').textContent(), { timeout: 10_000 }).toMatch(/Connection to the server lost/);
    expect(await page.locator('.topbar .brand').textContent()).toBe('Rogatory');
    // Still Wanjiru's room (this phone's pass), not an empty join form.
    expect(await page.locator('.who').textContent()).toContain('You are Wanjiru.');
    expect(await page.locator('.join-form').isVisible()).toBe(false);
    await screenshot(page, '85-offline-reload-phone');

    // The server comes back on the same port: the phone reconnects by itself, as the same participant.
    server = await serveDataDir(dataDir, port);
    await expect.poll(() => page.locator('#offline-banner').count(), { timeout: 20_000 }).toBe(0);
    await ready(page, 'participant');
    expect(await page.locator('.who').textContent()).toContain('You are Wanjiru.');
    expect(phone.errors.filter((e) => !/ERR_CONNECTION_REFUSED|Failed to load resource|WebSocket/.test(e))).toEqual([]);
  }, 120_000);
});
