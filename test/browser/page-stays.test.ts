import { describe, expect, it } from 'vitest';
import { openAt, openPage, ready, sharedStage } from './harness.ts';

const stage = sharedStage();

/** Issue 13, item 1: updates never move the page; only the timeline's own list follows the newest entry. */
describe('a page that stays where its reader put it', () => {
  it('keeps the trainer at the controls and a phone at the top while the request moves on', async () => {
    const trainer = await openAt(stage, 'library', { viewport: { width: 1366, height: 768 } });
    const { page } = trainer;
    await page.getByRole('button', { name: /^Run a classroom session: A blocking statute/ }).click();
    await ready(page, 'console');
    const code = (await page.locator('.code-text').textContent())!;
    const phone = await openPage(stage.browser, { viewport: { width: 390, height: 844 } });
    await phone.page.goto(`${stage.server.url}/#/join/${code}`);
    await phone.page.getByLabel('Your name').fill('Ana');
    await phone.page.getByRole('button', { name: 'Join', exact: true }).click();
    await ready(phone.page, 'participant');

    // The trainer scrolls to the controls; the phone stays at the top of its page.
    await page.getByRole('button', { name: 'Start the session' }).scrollIntoViewIfNeeded();
    const trainerAt = await page.evaluate(() => window.scrollY);
    const phoneAt = await phone.page.evaluate(() => window.scrollY);
    for (let i = 0; i < 6; i++) {
      await page.locator('button.ctl-step').click();
      await expect.poll(() => phone.page.locator('.tl-item').count()).toBeGreaterThan(i);
    }
    await expect.poll(() => page.locator('.timeline-list .tl-item').count()).toBeGreaterThan(5);
    expect(await page.evaluate(() => window.scrollY)).toBe(trainerAt);
    expect(await phone.page.evaluate(() => window.scrollY)).toBe(phoneAt);
    // The timeline's own list shows its newest entry.
    const list = await page.locator('.timeline-list').evaluate((el) => ({ top: el.scrollTop, height: el.clientHeight, full: el.scrollHeight }));
    expect(list.top + list.height).toBeGreaterThanOrEqual(list.full - 1);
    expect([...trainer.errors, ...phone.errors]).toEqual([]);
  }, 60_000);
});
