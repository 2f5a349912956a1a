import { describe, expect, it } from 'vitest';
import { openAt, openPage, ready, sharedStage, stepLettingPolicyDecide } from './harness.ts';

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
      if (i === 0) {
        // The request waits for the class's decision: Step asks before the default policy takes it.
        const seen = await phone.page.locator('.tl-item').count();
        await page.locator('button.ctl-step').click();
        const ask = page.getByRole('dialog', { name: 'Let the default policy decide?' });
        await expect.poll(() => ask.isVisible()).toBe(true);
        await page.keyboard.press('Escape');
        await expect.poll(() => ask.isVisible()).toBe(false);
        expect(await phone.page.locator('.tl-item').count()).toBe(seen);
      }
      await stepLettingPolicyDecide(page);
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
  it('brings a vote that opens below the fold into a phone\'s sight once, then leaves the page where its reader puts it', async () => {
    const trainer = await openAt(stage, 'library', { viewport: { width: 1366, height: 768 } });
    const { page } = trainer;
    await page.getByRole('button', { name: /^Run a classroom session: A blocking statute/ }).click();
    await ready(page, 'console');
    const code = (await page.locator('.code-text').textContent())!;
    const phones = [];
    for (const name of ['Ana', 'Ben']) {
      const phone = await openPage(stage.browser, { viewport: { width: 390, height: 844 } });
      await phone.page.goto(`${stage.server.url}/#/join/${code}`);
      await phone.page.getByLabel('Your name').fill(name);
      await phone.page.getByRole('button', { name: 'Join', exact: true }).click();
      await ready(phone.page, 'participant');
      phones.push(phone);
    }
    const [ana, ben] = phones as [typeof phones[0], typeof phones[0]];
    expect(await ana.page.evaluate(() => window.scrollY)).toBe(0);
    const firstOption = ana.page.locator('.p-votes button.vote-button').first();
    await page.getByRole('button', { name: 'Start the session' }).click();
    await page.getByRole('button', { name: 'Open the vote' }).click();
    // The vote's first option is on the phone's screen without the reader scrolling.
    await expect.poll(() => firstOption.evaluate((el) => {
      const box = el.getBoundingClientRect();
      return box.top >= 0 && box.bottom <= window.innerHeight;
    }), { timeout: 10_000 }).toBe(true);
    await ana.page.screenshot({ path: 'test/.artifacts/screenshots/96-phone-vote-in-sight.png' });
    // The reader scrolls back up (once the smooth scroll has come to rest); a ballot cast by someone
    // else updates the vote but not the page.
    const resting = () => ana.page.evaluate(() => new Promise<boolean>((done) => {
      const at = window.scrollY;
      setTimeout(() => done(window.scrollY === at), 250);
    }));
    await expect.poll(resting).toBe(true);
    await ana.page.evaluate(() => window.scrollTo({ top: 0, behavior: 'instant' }));
    await expect.poll(() => ana.page.evaluate(() => window.scrollY)).toBe(0);
    await ben.page.locator('.p-votes button.vote-button').first().click();
    await expect.poll(() => page.locator('body').textContent()).toContain('open: 1 ballot');
    await ana.page.waitForTimeout(300);
    expect(await ana.page.evaluate(() => window.scrollY)).toBe(0);
    expect([...trainer.errors, ...ana.errors, ...ben.errors]).toEqual([]);
  }, 60_000);
  it('opens a page from the library at its top, not where the library was scrolled to', async () => {
    const { page, errors } = await openAt(stage, 'library', { viewport: { width: 1366, height: 768 } });
    const last = page.locator('li.card').last().getByRole('button', { name: /^Walk through/ });
    await last.scrollIntoViewIfNeeded();
    expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(500);
    await last.click();
    await ready(page, 'console');
    await expect.poll(() => page.locator('.page-head h1').isVisible()).toBe(true);
    expect(await page.evaluate(() => window.scrollY)).toBe(0);
    expect(errors).toEqual([]);
  }, 60_000);
});
