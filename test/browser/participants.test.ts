import { describe, expect, it } from 'vitest';
import { join as pathJoin } from 'node:path';
import { openPage, openAt, ready, screenshot, SCREENSHOTS, sharedStage } from './harness.ts';

const stage = sharedStage();

describe("the trainer's hand on who is in the class", () => {
  it('makes newcomers wait, admits one, renames one, removes one, and each participant sees it', async () => {
    const trainer = await openAt(stage, 'library');
    const { page } = trainer;
    await page.getByRole('button', { name: /^Run a classroom session: A blocking statute/ }).click();
    await ready(page, 'console');
    const code = (await page.locator('.code-text').textContent())!;
    await page.getByLabel('Admit newcomers one by one').check();

    const join = async (name: string) => {
      const p = await openPage(stage.browser, { viewport: { width: 390, height: 844 } });
      await p.page.goto(`${stage.server.url}/#/join/${code}`);
      await p.page.getByLabel('Your name').fill(name);
      await p.page.getByRole('button', { name: 'Join', exact: true }).click();
      await ready(p.page, 'participant');
      return p;
    };
    const ines = await join('Inès');
    const bot = await join('Ines');
    // A second "Inès" written alike is refused on the spot, with what to do.
    const copy = await openPage(stage.browser, { viewport: { width: 390, height: 844 } });
    await copy.page.goto(`${stage.server.url}/#/join/${code}`);
    await copy.page.getByLabel('Your name').fill('INÈS');
    await copy.page.getByRole('button', { name: 'Join', exact: true }).click();
    await expect.poll(() => copy.page.locator('.form-error').textContent()).toMatch(/already called "INÈS"/);

    await expect.poll(() => ines.page.locator('.who').textContent()).toContain('you can vote once you are let in');
    await expect.poll(() => page.locator('.participants-waiting').textContent()).toBe('2 waiting for you to admit them.');
    await page.locator('.participants').screenshot({ path: pathJoin(SCREENSHOTS, '60-participants-panel-waiting.png') });
    await screenshot(ines.page, '61-participant-waiting');

    expect(await page.getByRole('button', { name: 'Admit all 2' }).isVisible()).toBe(true);
    await page.getByRole('button', { name: 'Admit Inès' }).click();
    await expect.poll(() => ines.page.locator('.who > span').textContent()).toBe('You are Inès.');
    await expect.poll(() => page.locator('.participants-waiting').textContent()).toBe('1 waiting for you to admit them.');
    // With one left, the one-by-one button is enough.
    expect(await page.getByRole('button', { name: /^Admit all/ }).isVisible()).toBe(false);

    page.once('dialog', (dialog) => void dialog.accept('Inès Duarte'));
    await page.getByRole('button', { name: 'Rename Inès' }).click();
    await expect.poll(() => ines.page.locator('.who > span').textContent()).toBe('You are Inès Duarte.');

    page.once('dialog', (dialog) => void dialog.accept());
    await page.getByRole('button', { name: 'Remove Ines' }).click();
    await expect.poll(() => bot.page.locator('.form-error').textContent()).toMatch(/trainer has removed you/);
    await expect.poll(() => page.locator('.participant-list li').count()).toBe(1);
    await expect.poll(() => page.locator('#participants-h').textContent()).toContain('1 online of 1');
    await page.locator('.participants').screenshot({ path: pathJoin(SCREENSHOTS, '62-participants-panel-after.png') });
    await screenshot(bot.page, '63-participant-removed');
    expect([...trainer.errors, ...ines.errors]).toEqual([]);
  }, 60_000);
});
