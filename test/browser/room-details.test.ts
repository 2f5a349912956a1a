import { describe, expect, it } from 'vitest';
import { openAt, openPage, ready, sharedStage, stepLettingPolicyDecide } from './harness.ts';

const stage = sharedStage();

/** What a trainer met trying a whole class on the merged product (issue 13). */
describe('details of a class in a real room', () => {
  it('reads a join link written with a dash or a space, opens a vote only with two options ticked, and keeps a phone\'s debrief within its width', async () => {
    const trainer = await openAt(stage, 'library', { viewport: { width: 1366, height: 768 } });
    const { page } = trainer;
    await page.getByRole('button', { name: /^Run a classroom session: A blocking statute/ }).click();
    await ready(page, 'console');
    const code = (await page.locator('.code-text').textContent())!;
    const id = new URL(page.url()).hash.split('/')[2]!;

    // A code copied off the board as "ABC-DEF" or "abc def" opens the join form, filled in.
    const phone = await openPage(stage.browser, { viewport: { width: 390, height: 844 } });
    for (const written of [`${code.slice(0, 3)}-${code.slice(3)}`, `${code.slice(0, 3).toLowerCase()}%20${code.slice(3)}`]) {
      await phone.page.goto(`${stage.server.url}/#/join/${written}`);
      await expect.poll(() => phone.page.getByLabel('Join code').inputValue()).toBe(code);
    }
    await phone.page.getByLabel('Your name').fill('Ana');
    await phone.page.getByRole('button', { name: 'Join', exact: true }).click();
    await expect.poll(() => phone.page.locator('.who').textContent()).toContain('Ana');

    // Fewer than two options ticked: Open the vote waits, and says why.
    await page.getByRole('button', { name: 'Start the session' }).click();
    const boxes = page.locator('.vote-options input[type="checkbox"]');
    for (const box of await boxes.all()) await box.uncheck();
    const open = page.locator('button.ctl-open-vote');
    await expect.poll(() => open.isDisabled()).toBe(true);
    expect(await page.locator('.p-controls').textContent()).toContain('Tick at least two options to open a vote.');
    await boxes.nth(0).check();
    expect(await open.isDisabled()).toBe(true);
    await boxes.nth(1).check();
    await expect.poll(() => open.isDisabled()).toBe(false);

    // A few steps later, the debrief on the phone: the timeline scrolls in its own box, not the page.
    for (let i = 0; i < 4; i++) await stepLettingPolicyDecide(page);
    await phone.page.goto(`${stage.server.url}/#/debrief/${id}`);
    await ready(phone.page, 'debrief');
    await expect.poll(() => phone.page.locator('.table-scroll tbody tr').count()).toBeGreaterThan(2);
    expect(await phone.page.evaluate(() => document.scrollingElement!.scrollWidth <= window.innerWidth)).toBe(true);
    await phone.page.screenshot({ path: 'test/.artifacts/screenshots/97-debrief-phone.png' });
    expect([...trainer.errors, ...phone.errors]).toEqual([]);
  }, 90_000);
});
