import { describe, expect, it } from 'vitest';
import { reachableUrls } from '../../server/addresses.ts';
import { join } from 'node:path';
import { openPage, ready, SCREENSHOTS, sharedStage } from './harness.ts';

// A server on every interface, as `npm start` runs, opened at localhost as the README says.
const stage = sharedStage({ everyInterface: true });

describe('the join link a trainer shows the room (issue 13, item 2)', () => {
  it('points phones at an address of the room network, not localhost, and lets the trainer pick another', async () => {
    const port = stage.server.port;
    const reachable = reachableUrls(undefined, port);
    const trainer = await openPage(stage.browser, { viewport: { width: 1366, height: 768 } });
    const { page } = trainer;
    await page.goto(`http://localhost:${port}/`);
    await ready(page, 'library');
    await page.getByRole('button', { name: /^Run a classroom session: A blocking statute/ }).click();
    await ready(page, 'console');
    const code = (await page.locator('.code-text').textContent())!;
    // A machine with no network but loopback has nothing better to offer than the page's own address.
    const expected = reachable[0] ?? `http://localhost:${port}`;
    await expect.poll(() => page.locator('.join-url').textContent()).toBe(`${expected}/#/join/${code}`);
    await expect.poll(() => page.locator('svg.qr').getAttribute('aria-label')).toContain(expected);
    if (reachable.length > 0) {
      // The trainer may pick another address (here the page's own), and the pick is kept.
      await page.getByLabel('Address for phones').selectOption(`http://localhost:${port}`);
      await expect.poll(() => page.locator('.join-url').textContent()).toBe(`http://localhost:${port}/#/join/${code}`);
      await page.reload();
      await ready(page, 'console');
      await expect.poll(() => page.locator('.join-url').textContent()).toBe(`http://localhost:${port}/#/join/${code}`);
    }
    await page.locator('.join-code').screenshot({ path: join(SCREENSHOTS, '70-join-link-panel.png') });
    expect(trainer.errors).toEqual([]);
  }, 60_000);
});
