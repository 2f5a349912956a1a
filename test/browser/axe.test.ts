import { afterEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { axeFindings, type AxeFinding } from './axe.ts';
import { Cleanup, openAt, openPage, ready, sharedStage, stepLettingPolicyDecide } from './harness.ts';

/**
 * axe-core (WCAG 2.1 A and AA) on every page a class meets, in English and in Arabic (right to
 * left), and on the live pages also once a vote is open, once it is closed and after a step: what
 * a page draws later (the vote, the result, the next state) is checked as well as its first view.
 */
const stage = sharedStage();
const contexts = new Cleanup();
afterEach(() => contexts.run(), 30_000);

const SCENARIO = 'blocking-statute-mlat';
const LAPTOP = { width: 1366, height: 768 };
const PHONE = { width: 390, height: 844 };
const LANGUAGES = [{ lang: 'en', locale: 'en-GB' }, { lang: 'ar', locale: 'ar-EG' }] as const;

/** Every finding on the page, each with where it was seen, so a failure names the page and the moment. */
async function check(page: Page, where: string, found: Record<string, AxeFinding[]>): Promise<void> {
  const findings = await axeFindings(page);
  if (findings.length > 0) found[where] = findings;
}

async function open(path: string, view: string, locale: string, viewport = LAPTOP) {
  const watched = await openAt(stage, view, { path, locale, viewport });
  contexts.add(() => watched.context.close());
  return watched;
}

describe('axe finds nothing', () => {
  for (const { lang, locale } of LANGUAGES) {
    it(`on the pages one person reads (${lang}): library, walk-through, comparison, atlas`, async () => {
      const found: Record<string, AxeFinding[]> = {};
      const { page, errors } = await open('/', 'library', locale);
      await check(page, 'library', found);

      await page.goto(`${stage.server.url}/#/compare/${SCENARIO}`);
      // The comparison runs the scenario under every regime: on a busy machine it takes a while.
      await page.waitForFunction(() => document.documentElement.dataset.ready === 'compare', undefined, { timeout: 45_000 });
      await check(page, 'comparison', found);

      await page.goto(`${stage.server.url}/#/atlas`);
      await ready(page, 'atlas');
      await check(page, 'atlas', found);

      // The walk-through: a console of one, first view and after a step.
      await page.goto(`${stage.server.url}/`);
      await ready(page, 'library');
      await page.locator('li.card').filter({ has: page.locator(`#card-${SCENARIO}`) }).locator('button.act-walk').click();
      await ready(page, 'console');
      await check(page, 'walk-through', found);
      await stepLettingPolicyDecide(page);
      await expect.poll(() => page.locator('.history-item').count()).toBeGreaterThan(0);
      await check(page, 'walk-through after a step', found);

      expect(found).toEqual({});
      expect(errors).toEqual([]);
    }, 120_000);

    it(`on a class's pages (${lang}): console, presenter, join, participant, before and after a vote and a step, and the debrief`, async () => {
      const found: Record<string, AxeFinding[]> = {};
      const trainer = await open('/', 'library', locale);
      const console_ = trainer.page;
      await console_.locator('li.card').filter({ has: console_.locator(`#card-${SCENARIO}`) }).locator('button.act-classroom').click();
      await ready(console_, 'console');
      const code = (await console_.locator('.code-text').textContent())!;
      const id = console_.url().split('/').pop()!;
      await check(console_, 'console', found);

      const person = await openPage(stage.browser, { locale, viewport: PHONE });
      contexts.add(() => person.context.close());
      const phone = person.page;
      await phone.goto(`${stage.server.url}/#/join`);
      await phone.locator('#join-code').waitFor();
      await check(phone, 'join', found);
      await phone.locator('#join-code').fill(code);
      await phone.locator('#join-name').fill('Amina');
      await phone.locator('form button[type="submit"]').click();
      await ready(phone, 'participant');
      await phone.locator('.room').waitFor();
      await check(phone, 'participant', found);

      const presenter = await trainer.context.newPage();
      await presenter.setViewportSize({ width: 1920, height: 1080 });
      await presenter.goto(`${stage.server.url}/#/present/${id}`);
      await ready(presenter, 'presenter');
      await check(presenter, 'presenter (lobby)', found);

      await console_.locator('button.ctl-start').click();
      await expect.poll(() => console_.locator('button.ctl-open-vote').isEnabled()).toBe(true);
      // The vote offers the first two choices the class has now.
      const options = console_.locator('.vote-options input');
      await expect.poll(() => options.count()).toBeGreaterThan(1);
      for (const [i, box] of (await options.all()).entries()) await box.setChecked(i < 2);
      await console_.locator('button.ctl-open-vote').click();
      await expect.poll(() => phone.locator('button.vote-button').count()).toBeGreaterThan(1);
      await check(console_, 'console, vote open', found);
      await check(presenter, 'presenter, vote open', found);
      await check(phone, 'participant, vote open', found);

      await phone.locator('button.vote-button').first().click();
      await console_.locator('button.ctl-close-vote').click();
      await expect.poll(() => console_.locator('button.ctl-close-vote').isVisible()).toBe(false);
      await check(console_, 'console, vote closed', found);
      await check(presenter, 'presenter, vote closed', found);
      await check(phone, 'participant, vote closed', found);

      const before = await console_.locator('.history-item').count();
      await stepLettingPolicyDecide(console_);
      await expect.poll(() => console_.locator('.history-item').count()).toBeGreaterThan(before);
      await check(console_, 'console after a step', found);
      await check(presenter, 'presenter after a step', found);
      await check(phone, 'participant after a step', found);

      await console_.goto(`${stage.server.url}/#/debrief/${id}`);
      await ready(console_, 'debrief');
      await check(console_, 'debrief', found);

      expect(found).toEqual({});
      expect([...trainer.errors, ...person.errors]).toEqual([]);
    }, 180_000);
  }
});
