import { describe, expect, it } from 'vitest';
import { openPage, ready, screenshot, sharedStage, openAt } from './harness.ts';

const stage = sharedStage();

describe('branching a classroom session', () => {
  it('a participant who reloads stays the same person, and follows the class to a branch', async () => {
    const trainer = await openAt(stage, 'library');
    const { page } = trainer;
    await page.getByRole('button', { name: /^Run a classroom session: A blocking statute/ }).click();
    await ready(page, 'console');
    const firstSession = page.url().split('/').pop()!;
    const code = (await page.locator('.code-text').textContent())!;

    const learner = await openPage(stage.browser, { viewport: { width: 1000, height: 900 } });
    await learner.page.goto(`${stage.server.url}/#/join`);
    // The code field is first, and the form is usable from the keyboard alone.
    await learner.page.keyboard.press('Tab');
    await learner.page.getByLabel('Join code').fill(code.toLowerCase());
    await learner.page.getByLabel('Your name').fill('Dana');
    await learner.page.keyboard.press('Enter');
    await ready(learner.page, 'participant');
    await expect.poll(() => page.locator('#participants-h').textContent()).toContain('1 online of 1');

    // A reload keeps the pass: still Dana, still one participant.
    await learner.page.reload();
    await ready(learner.page, 'participant');
    expect(await learner.page.locator('.who').textContent()).toContain('You are Dana.');
    await expect.poll(() => page.locator('#participants-h').textContent()).toContain('1 online of 1');

    // Two decisions, then a branch from after the first.
    await page.getByRole('button', { name: 'Send now: Send direct request' }).click();
    await expect.poll(() => page.locator('.f-state dd').textContent()).toBe('Blocked by law');
    await page.getByRole('button', { name: 'Send now: Send letters rogatory' }).click();
    await expect.poll(() => page.locator('.f-channel dd').textContent()).toBe('letters rogatory');
    await expect.poll(() => learner.page.locator('.f-channel dd').textContent()).toBe('letters rogatory');
    await page.getByRole('button', { name: 'Branch here (after step 1: Send direct request)' }).click();

    // The trainer is on the new session, back at "blocked by law", with the same join code.
    await expect.poll(() => page.url().split('/').pop()).not.toBe(firstSession);
    await ready(page, 'console');
    await expect.poll(() => page.locator('.f-state dd').textContent()).toBe('Blocked by law');
    // The class's code came along: what the room typed still leads to where the class is.
    await expect.poll(() => page.locator('.code-text').textContent()).toBe(code);
    // Dana followed, under the same name.
    await expect.poll(() => learner.page.locator('.f-state dd').textContent(), { timeout: 10_000 }).toBe('Blocked by law');
    expect(await learner.page.locator('.who').textContent()).toContain('You are Dana.');
    await expect.poll(() => page.locator('#participants-h').textContent()).toContain('1 online of 1');
    // The other road: the treaty this time.
    await page.getByRole('button', { name: 'Send now: Choose MLAT' }).click();
    await expect.poll(() => learner.page.locator('.f-channel dd').textContent()).toBe('mutual legal assistance (MLAT)');
    await screenshot(page, '50-branch-console');
    await screenshot(learner.page, '51-branch-participant');
    expect([...trainer.errors, ...learner.errors]).toEqual([]);
  }, 60_000);
});
