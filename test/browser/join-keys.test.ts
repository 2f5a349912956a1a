import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { openAt, openPage, ready, screenshot, sharedStage, type Watched } from './harness.ts';

/** Issue 13, items 7, 8 and 9: the join code people type, a class that moves on, the console from the keyboard. */
const stage = sharedStage();

const PHONE = { width: 390, height: 844 };
const LAPTOP = { width: 1366, height: 768 };
const PROJECTOR = { width: 1920, height: 1080 };
const BLOCKING = /^Run a classroom session: A blocking statute/;
const OBJECTION = /^Run a classroom session: A third country objects to the agreement/;

/** A trainer's console on a fresh classroom session; its id and join code. */
async function classroom(scenario: RegExp, viewport = LAPTOP) {
  const trainer = await openAt(stage, 'library', { viewport });
  await trainer.page.getByRole('button', { name: scenario }).click();
  await ready(trainer.page, 'console');
  const id = trainer.page.url().split('/').pop()!;
  const code = (await trainer.page.locator('.code-text').textContent())!;
  return { trainer, page: trainer.page, id, code };
}

/** The presenter screen, opened in the trainer's browser (which holds the session's key). */
async function presenter(trainer: Watched, id: string): Promise<Page> {
  const page = await trainer.context.newPage();
  await page.setViewportSize(PROJECTOR);
  await page.goto(`${stage.server.url}/#/present/${id}`);
  await ready(page, 'presenter');
  return page;
}

/** A phone that joins with `typed` as its code. */
async function phone(typed: string, name: string, viewport = PHONE): Promise<Watched> {
  const learner = await openPage(stage.browser, { viewport });
  await learner.page.goto(`${stage.server.url}/#/join`);
  await learner.page.getByLabel('Join code').fill(typed);
  await learner.page.getByLabel('Your name').fill(name);
  await learner.page.getByRole('button', { name: 'Join', exact: true }).click();
  await ready(learner.page, 'participant');
  return learner;
}

const participantsHeading = (page: Page) => page.locator('#participants-h').textContent();
const logLength = async (id: string) => ((await (await fetch(`${stage.server.url}/api/sessions/${id}/log`)).json()) as { inputs: unknown[] }).inputs.length;

describe('the join form and the join code (item 7)', () => {
  for (const viewport of [PHONE, LAPTOP, PROJECTOR]) {
    it(`fits a ${viewport.width}×${viewport.height} screen without scrolling sideways, in every language`, async () => {
      for (const locale of ['en-GB', 'ru', 'fr', 'ar']) {
        const { page, errors } = await openPage(stage.browser, { viewport, locale });
        await page.goto(`${stage.server.url}/#/join/ABCDEF`);
        await page.locator('#join-code').waitFor();
        const fit = await page.evaluate(() => ({
          scroll: document.documentElement.scrollWidth,
          width: window.innerWidth,
          form: Math.max(...[...document.querySelectorAll('.join-form *')].map((e) => e.getBoundingClientRect().right)),
        }));
        expect(fit.scroll, locale).toBeLessThanOrEqual(fit.width);
        expect(fit.form, locale).toBeLessThanOrEqual(fit.width);
        if (viewport === PHONE) await screenshot(page, `86-join-form-phone-${locale}`);
        expect(errors).toEqual([]);
        await page.context().close();
      }
    }, 180_000);
  }

  it('is shown as one word on the console and the projector, and a code typed with spaces, a dash or in lower case joins', async () => {
    const { trainer, page, id, code } = await classroom(BLOCKING);
    expect(code).toMatch(/^[A-Z0-9]{6}$/);
    const projector = await presenter(trainer, id);
    expect(await projector.locator('.code-text').textContent()).toBe(code);
    for (const screen of [page, projector]) {
      // Letters spaced like words would be typed as words: the spacing is a small part of a letter's width.
      const spacing = await screen.locator('.code-text').evaluate((el) => parseFloat(getComputedStyle(el).letterSpacing) / parseFloat(getComputedStyle(el).fontSize));
      expect(spacing).toBeLessThan(0.1);
    }
    await screenshot(projector, '87-join-code-projector');

    const spaced = await phone(`${code.slice(0, 3).toLowerCase()} ${code.slice(3).toLowerCase()}`, 'Amani');
    expect(await spaced.page.locator('.who').textContent()).toContain('You are Amani.');
    const dashed = await phone(`${code.slice(0, 3)}-${code.slice(3)}`, 'Bao', LAPTOP);
    expect(await dashed.page.locator('.who').textContent()).toContain('You are Bao.');
    await expect.poll(() => participantsHeading(page)).toContain('2 online of 2');
    expect([...trainer.errors, ...spaced.errors, ...dashed.errors]).toEqual([]);
  }, 180_000);
});

describe('a class that moves on (item 8)', () => {
  it('keeps its join code on a branch: the class follows, and a latecomer with the code lands in the branch', async () => {
    const { trainer, page, id, code } = await classroom(BLOCKING);
    const projector = await presenter(trainer, id);
    const dana = await phone(code, 'Dana');
    await page.getByRole('button', { name: 'Send now: Send direct request' }).click();
    await expect.poll(() => page.locator('.f-state dd').textContent()).toBe('Blocked by law');
    await page.getByRole('button', { name: 'Send now: Send letters rogatory' }).click();
    await expect.poll(() => dana.page.locator('.f-channel dd').textContent()).toBe('letters rogatory');
    await page.getByRole('button', { name: 'Branch here (after step 1: Send direct request)' }).click();

    await expect.poll(() => page.url().split('/').pop()).not.toBe(id);
    await ready(page, 'console');
    const branch = page.url().split('/').pop()!;
    // The same code on the console and the projector: what the room already typed still leads here.
    await expect.poll(() => page.locator('.code-text').textContent()).toBe(code);
    await expect.poll(() => projector.url()).toContain(branch);
    await expect.poll(() => projector.locator('.code-text').textContent()).toBe(code);
    await expect.poll(() => dana.page.locator('.f-state dd').textContent()).toBe('Blocked by law');

    const late = await phone(code, 'Eli');
    await expect.poll(() => late.page.locator('.f-state dd').textContent()).toBe('Blocked by law');
    expect(await late.page.locator('.f-channel dd').textContent()).not.toBe('letters rogatory');
    await expect.poll(() => participantsHeading(page)).toContain('2 online of 2');
    await screenshot(late.page, '88-latecomer-in-branch-phone');
    await screenshot(projector, '89-branch-same-code-projector');
    expect([...trainer.errors, ...dana.errors, ...late.errors]).toEqual([]);
  }, 180_000);

  it('leaves no ghost when someone leaves and joins again, from the same phone or under the same name', async () => {
    const { trainer, page, code } = await classroom(BLOCKING);
    const noor = await phone(code, 'Noor');
    await expect.poll(() => participantsHeading(page)).toContain('1 online of 1');

    await noor.page.getByRole('button', { name: 'Leave' }).click();
    await expect.poll(() => participantsHeading(page)).toContain('0 online of 0');
    // The form is back with the code and the name filled in: one click to come back.
    expect(await noor.page.getByLabel('Join code').inputValue()).toBe(code);
    expect(await noor.page.getByLabel('Your name').inputValue()).toBe('Noor');
    await noor.page.getByRole('button', { name: 'Join', exact: true }).click();
    await ready(noor.page, 'participant');
    await expect.poll(() => participantsHeading(page)).toContain('1 online of 1');
    expect(await page.locator('.participant-list li').count()).toBe(1);

    // Left again, and back from a laptop under the same name: still one Noor.
    await noor.page.getByRole('button', { name: 'Leave' }).click();
    await expect.poll(() => participantsHeading(page)).toContain('0 online of 0');
    const again = await phone(code.toLowerCase(), 'Noor', LAPTOP);
    expect(await again.page.locator('.who').textContent()).toContain('You are Noor.');
    await expect.poll(() => participantsHeading(page)).toContain('1 online of 1');
    expect(await page.locator('.participant-list .participant-name').allTextContents()).toEqual(['Noor']);
    await screenshot(page, '90-rejoin-no-ghost-console');
    expect([...trainer.errors, ...noor.errors, ...again.errors]).toEqual([]);
  }, 180_000);

  it('keeps a third country\'s answer on the map after its consultation ends, on every screen', async () => {
    const { trainer, page, id, code } = await classroom(OBJECTION);
    const projector = await presenter(trainer, id);
    const learner = await phone(code, 'Chen');
    const mark = (screen: Page) => screen.locator('.map .place', { hasText: 'Cerulea' }).locator('.place-mark').textContent();

    await page.getByRole('button', { name: 'Send now: Use the agreement' }).click();
    await expect.poll(() => mark(page)).toBe('? awaited');
    // Cerulea objects on day 20: the agreement is closed and the request waits for another channel.
    await page.locator('button.ctl-step').click();
    await expect.poll(() => page.locator('.f-channel dd').textContent()).not.toBe('agreement');
    for (const screen of [page, projector, learner.page]) await expect.poll(() => mark(screen)).toBe('✗ objected');
    // The request goes on by the treaty; Cerulea's objection stays on the map.
    await page.getByRole('button', { name: 'Send now: Choose MLAT' }).click();
    await expect.poll(() => learner.page.locator('.f-channel dd').textContent()).toBe('mutual legal assistance (MLAT)');
    for (const screen of [page, projector, learner.page]) await expect.poll(() => mark(screen)).toBe('✗ objected');
    await screenshot(learner.page, '91-map-keeps-answer-phone');
    await screenshot(projector, '92-map-keeps-answer-projector');
    expect([...trainer.errors, ...learner.errors]).toEqual([]);
  }, 180_000);
});

describe('the console from the keyboard and a clicker (item 9)', () => {
  for (const viewport of [LAPTOP, PROJECTOR]) {
    it(`keeps the focus, steps on a key, and asks before Withdraw (${viewport.width}×${viewport.height})`, async () => {
      const { trainer, page, id } = await classroom(BLOCKING, viewport);
      const focused = () => page.evaluate(() => document.activeElement?.className ?? '');

      // Start: the focus goes to Play/Pause, which takes its place, not to the top of the page.
      await page.locator('button.ctl-start').focus();
      await page.keyboard.press('Enter');
      await expect.poll(() => page.locator('button.ctl-start').isHidden()).toBe(true);
      await expect.poll(focused).toContain('ctl-play');
      // Open the vote: the focus goes to Close the vote.
      await page.locator('button.ctl-open-vote').focus();
      await page.keyboard.press('Enter');
      await expect.poll(() => page.locator('button.ctl-close-vote').isVisible()).toBe(true);
      await expect.poll(focused).toContain('ctl-close-vote');
      await page.keyboard.press('Enter');
      await expect.poll(() => page.locator('button.ctl-open-vote').isVisible()).toBe(true);
      // Closed: the focus goes to the vote's result, what the trainer wants to hear next (issue 18).
      await expect.poll(focused).toContain('vote-result');

      // The keys are said on the console.
      expect(await page.locator('.shortcut-help').textContent()).toContain('Page Down');
      const before = await logLength(id);
      // Typing in a field is typing: Page Down there does not step.
      await page.locator('input.ctl-seconds').focus();
      await page.keyboard.press('PageDown');
      await page.evaluate(() => (document.activeElement as HTMLElement).blur());
      // "b" (a clicker's blank-screen key) opens the vote; "." closes it.
      await page.keyboard.press('b');
      await expect.poll(() => page.locator('button.ctl-close-vote').isVisible()).toBe(true);
      expect(await logLength(id)).toBe(before);
      await page.keyboard.press('.');
      await expect.poll(() => page.locator('button.ctl-open-vote').isVisible()).toBe(true);
      // Page Down (a clicker's "next") steps.
      const state = await page.locator('.f-state dd').textContent();
      await page.keyboard.press('PageDown');
      // At a decision the console asks before the default policy takes it for the class (page-stays.test.ts).
      const ask = page.locator('dialog.confirm-step');
      if (await ask.evaluate((d) => (d as HTMLDialogElement).open)) await ask.locator('.confirm-ok').click();
      await expect.poll(() => logLength(id)).toBe(before + 1);
      await expect.poll(() => page.locator('.f-state dd').textContent()).not.toBe(state);

      // Withdraw asks first; Escape (or the focused "Keep") keeps the request.
      await page.locator('select.ctl-inject').selectOption({ label: 'Withdraw' });
      await page.locator('button.ctl-apply').click();
      const dialog = page.getByRole('dialog', { name: 'Withdraw the request?' });
      await expect.poll(() => dialog.isVisible()).toBe(true);
      expect(await focused()).toContain('confirm-cancel');
      await screenshot(page, `93-withdraw-confirm-${viewport.width}`);
      await page.keyboard.press('Escape');
      await expect.poll(() => dialog.isVisible()).toBe(false);
      expect(await logLength(id)).toBe(before + 1);
      // From the keyboard: Tab to "Withdraw the request", Enter.
      await page.locator('button.ctl-apply').click();
      await expect.poll(() => dialog.isVisible()).toBe(true);
      await page.keyboard.press('Tab');
      expect(await focused()).toContain('confirm-ok');
      await page.keyboard.press('Enter');
      await expect.poll(() => page.locator('.f-state dd').textContent()).toBe('Withdrawn');
      expect(trainer.errors).toEqual([]);
    }, 180_000);
  }
});
