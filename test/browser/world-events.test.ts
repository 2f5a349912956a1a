import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { ROOT, openAt, openPage, ready, screenshot, sharedStage, stepLettingPolicyDecide, type Watched } from './harness.ts';

/**
 * Issue 13, item 10: the world plays itself. In mlat-refused-dual-criminality the script has the
 * requested state refuse on day 120; `rogatory run` ends refused on day 120, and so must a
 * walk-through and a class that choose what the real authorities chose.
 */
const stage = sharedStage();
const TITLE = 'Refused for want of dual criminality';
const SCREENS = [
  { name: 'phone', viewport: { width: 390, height: 844 } },
  { name: 'laptop', viewport: { width: 1366, height: 768 } },
  { name: 'projector', viewport: { width: 1920, height: 1080 } },
];
const NEXT = 'Next world event: day 120, Requested state refuses (dual criminality: the conduct is not an offence under Arcadian law)';

async function openScenario(page: Page, action: 'Walk through' | 'Run a classroom session'): Promise<void> {
  await page.getByLabel('Search scenarios').fill(TITLE);
  await expect.poll(() => page.locator('li.card').count()).toBe(1);
  await page.getByRole('button', { name: new RegExp(`^${action}: ${TITLE}`) }).click();
  await ready(page, 'console');
}

/** Play at a year a second until play stops on its own (the refusal leaves the request waiting), then step to the end. */
async function playToRefusal(page: Page): Promise<void> {
  await page.getByLabel('Speed').selectOption('365');
  await page.getByRole('button', { name: /Play/ }).click();
  await expect.poll(() => page.locator('.f-state dd').textContent(), { timeout: 20_000 }).toBe('MLAT refused');
  expect(await page.locator('.f-day dd').textContent()).toBe('120');
  await expect.poll(() => page.locator('.world-next').textContent()).toBe('No world event ahead in the script.');
  await expect.poll(() => page.getByRole('button', { name: /Play/ }).textContent()).toContain('Play');
  await stepLettingPolicyDecide(page);
  await expect.poll(() => page.locator('.f-outcome dd').textContent()).toContain('refused');
  expect(await page.locator('.f-day dd').textContent()).toBe('120');
}

describe('the world plays itself', () => {
  for (const screen of SCREENS) {
    it(`a walk-through on a ${screen.name} meets the refusal on day 120 and ends beside what the real authorities did`, async () => {
      const { page, errors } = await openAt(stage, 'library', { viewport: screen.viewport });
      await openScenario(page, 'Walk through');
      // The trainer (here, the diplomat walking through) sees what comes; the script stays off the class's screens.
      await expect.poll(() => page.locator('.world-next').textContent()).toBe(NEXT);
      expect(await page.getByLabel('World events from the script').isChecked()).toBe(true);

      await page.getByRole('button', { name: 'Send now: Choose MLAT' }).click();
      await expect.poll(() => page.locator('.f-state dd').textContent()).toBe('Drafting');
      await playToRefusal(page);
      await expect.poll(() => page.locator('.tl-item').filter({ hasText: 'Requested state refuses' }).count()).toBeGreaterThan(0);

      const end = page.locator('.p-authorities');
      await expect.poll(() => end.isVisible()).toBe(true);
      expect(await end.locator('h2').textContent()).toBe('What the real authorities did');
      expect(await end.locator('.is-ours').textContent()).toBe('Your choicesday 0: Choose MLAT');
      expect(await end.locator('.is-theirs').textContent()).toBe('The real authoritiesday 0: Choose MLAT');
      await end.scrollIntoViewIfNeeded();
      expect(await end.evaluate((el) => el.getBoundingClientRect().width <= window.innerWidth)).toBe(true);
      await screenshot(page, `world-walkthrough-${screen.name}`);
      await page.screenshot({ path: `test/.artifacts/screenshots/world-walkthrough-end-${screen.name}.png` });
      expect(errors).toEqual([]);
    }, 60_000);
  }

  it('a class that votes as the real authorities did is refused on day 120; the debrief sets both side by side', async () => {
    const trainer = await openAt(stage, 'library', { viewport: { width: 1366, height: 768 } });
    const { page } = trainer;
    await openScenario(page, 'Run a classroom session');
    await expect.poll(() => page.locator('.world-next').textContent()).toBe(NEXT);
    const code = (await page.locator('.code-text').textContent())!;

    const phone: Watched = await openPage(stage.browser, { viewport: { width: 390, height: 844 } });
    await phone.page.goto(`${stage.server.url}/#/join/${code}`);
    await phone.page.getByLabel('Your name').fill('Ana');
    await phone.page.getByRole('button', { name: 'Join', exact: true }).click();
    await ready(phone.page, 'participant');
    const presenter = await trainer.context.newPage();
    await presenter.setViewportSize({ width: 1920, height: 1080 });
    await presenter.goto(`${stage.server.url}/#/present/${page.url().split('/').pop()}`);
    await ready(presenter, 'presenter');

    await page.getByRole('button', { name: 'Start the session' }).click();
    const options = page.locator('.vote-options label');
    await expect.poll(() => options.count()).toBeGreaterThan(1);
    for (const label of await options.all()) await label.locator('input').setChecked(/MLAT|rogatory/i.test((await label.textContent()) ?? ''));
    await page.getByRole('button', { name: 'Open the vote' }).click();
    const ballot = phone.page.getByRole('button', { name: 'Vote: Choose MLAT' });
    await ballot.click();
    await expect.poll(() => ballot.getAttribute('aria-pressed')).toBe('true');
    await page.getByRole('button', { name: 'Close the vote now' }).click();
    await expect.poll(() => page.locator('.f-channel dd').textContent()).toContain('mutual legal assistance');

    await playToRefusal(page);
    // The class sees the refusal when it happens, never beforehand.
    await expect.poll(() => phone.page.locator('.f-outcome dd').textContent()).toContain('refused');
    expect(await phone.page.locator('.tl-item').filter({ hasText: 'Requested state refuses' }).count()).toBeGreaterThan(0);
    await expect.poll(() => presenter.locator('.f-outcome dd').textContent()).toContain('refused');
    for (const screen of [phone.page, presenter]) expect(await screen.locator('.world-next, .control-world').count()).toBe(0);
    await screenshot(phone.page, 'world-class-phone-refused');
    await screenshot(presenter, 'world-class-presenter-refused');
    expect(await page.locator('.p-authorities .is-ours').textContent()).toBe("The class's choicesday 0: Choose MLAT");

    // The debrief, on the trainer's laptop and on the participant's phone (the request has ended, so the key is shown).
    await page.getByRole('link', { name: /Debrief/ }).click();
    await ready(page, 'debrief');
    await expect.poll(() => page.locator('.debrief-decisions').textContent()).toContain("Injected by the scenario's world, on its day");
    const side = page.locator('.debrief-authorities');
    expect(await side.locator('h2').textContent()).toBe('What the real authorities did');
    expect(await side.locator('.is-ours li').allTextContents()).toEqual(['day 0: Choose MLAT']);
    expect(await side.locator('.is-theirs li').allTextContents()).toEqual(['day 0: Choose MLAT']);
    await side.scrollIntoViewIfNeeded();
    await page.screenshot({ path: 'test/.artifacts/screenshots/world-debrief-laptop.png' });
    const [markdown] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export Markdown' }).click()]);
    const md = readFileSync((await markdown.path())!, 'utf8');
    expect(md).toContain('## What the real authorities did');
    expect(md).toContain('| 1 | day 0: Choose MLAT | day 0: Choose MLAT |');

    const sessionId = page.url().split('/').pop();
    for (const viewport of [{ width: 390, height: 844 }, { width: 1920, height: 1080 }]) {
      const reader = await openAt(stage, 'debrief', { path: `/#/debrief/${sessionId}`, viewport });
      const theirs = reader.page.locator('.debrief-authorities .is-theirs li');
      expect(await theirs.allTextContents()).toEqual(['day 0: Choose MLAT']);
      await theirs.first().scrollIntoViewIfNeeded();
      const box = await reader.page.locator('.debrief-authorities').boundingBox();
      expect(box!.width).toBeLessThanOrEqual(viewport.width);
      await reader.page.screenshot({ path: `test/.artifacts/screenshots/world-debrief-${viewport.width}.png` });
      expect(reader.errors).toEqual([]);
    }
    expect([...trainer.errors, ...phone.errors]).toEqual([]);
  }, 120_000);

  it('turned off by the trainer, the same walk-through runs on to delivery on day 300', async () => {
    const { page, errors } = await openAt(stage, 'library', { viewport: { width: 1366, height: 768 } });
    await openScenario(page, 'Walk through');
    await page.getByLabel('World events from the script').uncheck();
    await expect.poll(() => page.locator('.world-next').textContent()).toBe('Off: only the events you send happen.');
    await page.getByRole('button', { name: 'Send now: Choose MLAT' }).click();
    await page.getByLabel('Speed').selectOption('365');
    await page.getByRole('button', { name: /Play/ }).click();
    await expect.poll(() => page.locator('.f-outcome dd').textContent(), { timeout: 20_000 }).toContain('delivered');
    expect(await page.locator('.f-day dd').textContent()).toBe('300');
    // A reload keeps the setting: the server stored it.
    await page.reload();
    await ready(page, 'console');
    await expect.poll(() => page.getByLabel('World events from the script').isChecked()).toBe(false);
    expect(errors).toEqual([]);
  }, 60_000);

  it('Yahoo! in Belgium (2007) ends delivered on day 10 under the Belgian order, as `rogatory run` does, when the same decisions are taken', async () => {
    const { page, errors } = await openAt(stage, 'library', { viewport: { width: 1366, height: 768 } });
    await page.getByLabel('Search scenarios').fill('Yahoo! in Belgium');
    await expect.poll(() => page.locator('li.card').count()).toBe(1);
    await page.getByRole('button', { name: /^Walk through: Yahoo! in Belgium/ }).click();
    await ready(page, 'console');
    // Its script holds only the authorities' decisions: no world event is coming.
    await expect.poll(() => page.locator('.world-next').textContent()).toBe('No world event ahead in the script.');
    await page.getByRole('button', { name: 'Send now: Send direct request' }).click();
    // The direct request is a compelled order under Belgian law, which reaches a provider offering services in Belgium.
    await expect.poll(() => page.locator('.tl-item.is-latest').textContent()).toContain('BE-CIC-46BIS');
    await page.getByLabel('Speed').selectOption('365');
    await page.getByRole('button', { name: /Play/ }).click();
    await expect.poll(() => page.locator('.f-outcome dd').textContent(), { timeout: 20_000 }).toContain('delivered');
    expect(await page.locator('.f-day dd').textContent()).toBe('10');
    const end = page.locator('.p-authorities');
    await expect.poll(() => end.locator('.is-theirs li').allTextContents()).toEqual(['day 0: Send direct request']);
    expect(await end.locator('.is-ours li').allTextContents()).toEqual(['day 0: Send direct request']);
    await end.scrollIntoViewIfNeeded();
    await page.screenshot({ path: 'test/.artifacts/screenshots/world-yahoo-end-laptop.png' });
    expect(errors).toEqual([]);
  }, 60_000);

  it('in Arabic, the hint and the end view are translated and laid out right to left', async () => {
    const ar = JSON.parse(readFileSync(`${ROOT}/client/i18n/ar.json`, 'utf8')) as Record<string, string>;
    const { page, errors } = await openAt(stage, 'library', { locale: 'ar-EG', viewport: { width: 1920, height: 1080 } });
    await page.locator('#library-search').fill(TITLE);
    await expect.poll(() => page.locator('li.card').count()).toBe(1);
    await page.locator('li.card .act-walk').click();
    await ready(page, 'console');
    await expect.poll(() => page.locator('.world-next').textContent()).toContain(ar['controls.nextWorld']!.split('{day}')[0]!);
    expect(await page.locator('.control-world label').textContent()).toBe(ar['controls.worldEvents']);
    await page.locator('select.ctl-inject').selectOption({ label: ar['event.CHOOSE_MLAT']! });
    await page.locator('button.ctl-apply').click();
    await page.locator('select.ctl-speed').selectOption('365');
    await page.locator('button.ctl-play').click();
    await expect.poll(() => page.locator('.f-day dd').textContent(), { timeout: 20_000 }).toBe('120');
    await expect.poll(() => page.locator('button.ctl-play').getAttribute('aria-pressed')).toBe('false');
    await page.locator('button.ctl-step').click();
    const end = page.locator('.p-authorities');
    await expect.poll(() => end.isVisible()).toBe(true);
    expect(await end.locator('h2').textContent()).toBe(ar['authorities.title']);
    await end.scrollIntoViewIfNeeded();
    // Right to left: "your choices" start on the right, the real authorities' beside them to the left.
    const ours = (await end.locator('.is-ours').boundingBox())!;
    const theirs = (await end.locator('.is-theirs').boundingBox())!;
    expect(ours.x).toBeGreaterThan(theirs.x);
    expect(await end.locator('.is-theirs').evaluate((el) => getComputedStyle(el).borderRightWidth)).toBe('4px');
    await page.screenshot({ path: 'test/.artifacts/screenshots/world-walkthrough-end-ar.png' });
    expect(errors).toEqual([]);
  }, 60_000);
});
