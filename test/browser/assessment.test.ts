import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { assessScenario, effectiveWorld } from '../../machines/run/simulation.ts';
import { underRegime } from '../../machines/run/regime.ts';
import { CHANNELS } from '../../machines/world/types.ts';
import { loadOrThrow } from '../../bin/cli/load.ts';
import { openAt, openPage, ready, screenshot, sharedStage } from './harness.ts';

const stage = sharedStage();
const PHONE = { width: 390, height: 844 };
const LAPTOP = { width: 1366, height: 768 };
const PROJECTOR = { width: 1920, height: 1080 };

// France asks a US provider for content, under the location principle: the regime adds
// LOCATION-PRINCIPLE-US, which closes the direct request beside the Stored Communications Act.
const SCENARIO = 'france-us-provider-content';
const REGIME = 'location-principle';
const scenario = underRegime(loadOrThrow(`scenarios/real/${SCENARIO}.yaml`), REGIME);
const assessment = assessScenario(scenario);
const regimeRule = effectiveWorld(scenario).rules.find((r) => r.id === 'LOCATION-PRINCIPLE-US')!;

/** A walk-through of the scenario under the regime, made as the library makes one (POST /api/sessions). */
async function walkThrough(page: Page): Promise<string> {
  await page.goto(stage.server.url);
  await ready(page, 'library');
  const id = await page.evaluate(async ([scenario, regime]) => {
    const response = await fetch('/api/sessions', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ scenario, regime }) });
    const body = await response.json();
    if (!response.ok) throw new Error(JSON.stringify(body));
    localStorage.setItem(`rogatory.trainer.${body.id}`, JSON.stringify({ token: body.trainerToken, solo: true }));
    return body.id as string;
  }, [SCENARIO, REGIME]);
  await page.goto(`${stage.server.url}/#/session/${id}`);
  await ready(page, 'console');
  // Drawn once the scenario's sources have come (the regime's rule among them).
  await expect.poll(() => page.locator('.p-assessment .as-direct .as-sources').textContent()).toContain(regimeRule.source.slice(0, 40));
  return id;
}

const within = async (page: Page, selector: string) => {
  const b = (await page.locator(selector).boundingBox())!;
  const v = page.viewportSize()!;
  return b.x >= 0 && b.y >= 0 && b.x + b.width <= v.width + 0.5 && b.y + b.height <= v.height + 0.5;
};
const scrollY = (page: Page) => page.evaluate(() => window.scrollY);

describe('the assessment beside the choice (issue 14, item 1)', () => {
  it('shows each channel open or closed with the engine\'s reason and its sources, the regime\'s rule with its source, in sight on a laptop', async () => {
    const { page, errors } = await openPage(stage.browser, { viewport: LAPTOP });
    await walkThrough(page);
    // The page opens at its top, the assessment and its channel buttons in sight without scrolling.
    expect(await scrollY(page)).toBe(0);
    expect(await within(page, '.p-assessment')).toBe(true);
    for (const channel of CHANNELS) {
      const row = page.locator(`.p-assessment .as-${channel}`);
      const verdict = assessment[channel];
      expect(await row.locator('.as-state').textContent()).toContain(verdict.open ? 'open' : 'closed');
      expect(await row.evaluate((el, open) => el.classList.contains(open ? 'is-open' : 'is-closed'), verdict.open)).toBe(true);
      expect(await row.locator('.as-reason').textContent()).toBe(verdict.reason);
      for (const id of verdict.cites) expect(await row.locator('.as-sources .cite-id').allTextContents()).toContain(id);
    }
    // The closed direct request: the engine's reason, the SCA and the regime's rule, each with its source.
    expect(assessment.direct.open).toBe(false);
    expect(assessment.direct.cites).toEqual(expect.arrayContaining(['US-SCA-2702-CONTENT', 'LOCATION-PRINCIPLE-US']));
    const direct = page.locator('.p-assessment .as-direct');
    const source = (id: string) => direct.locator('.as-source').filter({ has: page.locator('.cite-id', { hasText: new RegExp(`^${id}$`) }) });
    const regimeSource = source('LOCATION-PRINCIPLE-US');
    expect(await regimeSource.locator('.cite-text').textContent()).toContain(regimeRule.source);
    expect(await page.locator('.p-assessment').textContent()).not.toContain("not in this scenario's world");
    // The SCA's uncertainty is marked, and read in full when its source is opened.
    const sca = source('US-SCA-2702-CONTENT');
    expect(await sca.locator('.cite-uncertain-mark').textContent()).toContain('uncertain');
    expect(await sca.locator('.cite-uncertain').isVisible()).toBe(false);
    await sca.locator('summary').click();
    await expect.poll(() => sca.locator('.cite-uncertain').isVisible()).toBe(true);
    await sca.locator('summary').click();
    // The choice is beside the reasons: the channels' buttons are in the assessment, in sight.
    const chooseMlat = page.locator('.p-assessment').getByRole('button', { name: 'Choose MLAT' });
    expect(await within(page, '.p-assessment .as-mlat .as-choose')).toBe(true);
    await screenshot(page, 'a1-assessment-1366');

    // Sending the direct request anyway: the timeline cites the regime's rule with its source too.
    await page.locator('.p-assessment').getByRole('button', { name: 'Send direct request' }).click();
    await expect.poll(() => page.locator('.f-state dd').textContent()).toBe('Blocked by law');
    const latest = page.locator('.tl-item.is-latest');
    await expect.poll(() => latest.textContent()).toContain('LOCATION-PRINCIPLE-US');
    expect(await latest.textContent()).toContain(regimeRule.source);
    expect(await latest.textContent()).not.toContain("not in this scenario's world");
    // The step's reason is beside the controls, not only on the timeline far below.
    await expect.poll(() => page.locator('.p-assessment .as-latest').textContent()).toContain('Direct request blocked');
    expect(await within(page, '.p-assessment .as-latest')).toBe(true);

    await chooseMlat.click();
    await expect.poll(() => page.locator('.f-channel dd').textContent()).toBe('mutual legal assistance (MLAT)');
    await expect.poll(() => page.locator('.p-assessment .as-latest').textContent()).toContain('mutual legal assistance request goes out');
    // No longer at a decision: the channel buttons are gone, the assessment stays as the intake's.
    await expect.poll(() => page.locator('.p-assessment .as-choose:visible').count()).toBe(0);
    expect(await page.locator('.p-assessment .as-mlat').evaluate((el) => el.classList.contains('is-current'))).toBe(true);
    expect(await scrollY(page)).toBe(0);
    expect(errors).toEqual([]);
  }, 60_000);

  it('on a phone the assessment comes with the choice, and the page still opens at its top', async () => {
    const { page, errors } = await openPage(stage.browser, { viewport: PHONE });
    await walkThrough(page);
    expect(await scrollY(page)).toBe(0);
    // Next to the choice: the channel buttons are in the panel, the trainer's controls right after it.
    const panel = (await page.locator('.p-assessment').boundingBox())!;
    const controls = (await page.locator('.p-controls').boundingBox())!;
    expect(controls.y - (panel.y + panel.height)).toBeLessThan(40);
    const button = (await page.locator('.p-assessment .as-mlat .as-choose').boundingBox())!;
    expect(button.y).toBeGreaterThan(panel.y);
    expect(button.y + button.height).toBeLessThan(panel.y + panel.height);
    // Reachable: scrolled to, the whole channel with its reason and its button fits the screen, nothing sideways.
    await page.locator('.p-assessment .as-mlat').scrollIntoViewIfNeeded();
    expect(await within(page, '.p-assessment .as-mlat')).toBe(true);
    expect(await page.evaluate(() => document.scrollingElement!.scrollWidth <= window.innerWidth)).toBe(true);
    expect(await page.locator('.p-assessment .as-direct .as-reason').textContent()).toBe(assessment.direct.reason);
    await page.locator('.p-assessment').screenshot({ path: `${(await import('./harness.ts')).SCREENSHOTS}/a2-assessment-390.png` });
    expect(errors).toEqual([]);
  }, 60_000);

  it('the trainer\'s console of a class shows it right under the controls, its buttons held while the class votes', async () => {
    const classScenario = loadOrThrow('scenarios/fictional/blocking-statute-mlat.yaml');
    const classAssessment = assessScenario(classScenario);
    const { page, errors } = await openAt(stage, 'library', { viewport: LAPTOP });
    await page.getByRole('button', { name: /^Run a classroom session: A blocking statute/ }).click();
    await ready(page, 'console');
    await expect.poll(() => page.locator('.p-assessment .as-channel').count()).toBe(4);
    for (const channel of CHANNELS) {
      expect(await page.locator(`.p-assessment .as-${channel} .as-reason`).textContent()).toBe(classAssessment[channel].reason);
    }
    // Beside the choice: the trainer's controls (where the vote is put), the assessment next.
    const controls = (await page.locator('.p-controls').boundingBox())!;
    const panel = (await page.locator('.p-assessment').boundingBox())!;
    expect(panel.y - (controls.y + controls.height)).toBeGreaterThanOrEqual(0);
    expect(panel.y - (controls.y + controls.height)).toBeLessThan(40);
    expect(Math.abs(panel.x - controls.x)).toBeLessThan(1);
    await page.getByRole('button', { name: 'Start the session' }).click();
    const mlat = page.locator('.p-assessment').getByRole('button', { name: 'Choose MLAT' });
    await expect.poll(() => mlat.isEnabled()).toBe(true);
    await page.getByRole('button', { name: 'Open the vote' }).click();
    await expect.poll(() => mlat.isDisabled()).toBe(true);
    expect(errors).toEqual([]);
  }, 60_000);

  it('the presenter shows it while a decision is awaited, beside the current state, and not once a channel is under way', async () => {
    const { page, context, errors } = await openPage(stage.browser, { viewport: LAPTOP });
    const id = await walkThrough(page);
    // The presenter, in another window of the same browser (it reads the trainer's key).
    const screen = await context.newPage();
    for (const viewport of [LAPTOP, PROJECTOR]) {
      await screen.setViewportSize(viewport);
      await screen.goto(`${stage.server.url}/#/present/${id}`);
      await ready(screen, 'presenter');
      await expect.poll(() => screen.locator('.p-assessment').isVisible()).toBe(true);
      expect(await scrollY(screen)).toBe(0);
      expect(await within(screen, '.p-assessment')).toBe(true);
      expect(await screen.evaluate(() => document.scrollingElement!.scrollHeight <= window.innerHeight)).toBe(true);
      for (const channel of CHANNELS) {
        expect(await screen.locator(`.p-assessment .as-${channel} .as-reason`).textContent()).toBe(assessment[channel].reason);
        expect(await within(screen, `.p-assessment .as-${channel} .as-reason`), `${channel} at ${viewport.width}`).toBe(true);
        // Not cut off by its panel either.
        const panel = (await screen.locator('.p-assessment').boundingBox())!;
        const reason = (await screen.locator(`.p-assessment .as-${channel} .as-reason`).boundingBox())!;
        expect(reason.y + reason.height, `${channel} cut off at ${viewport.width}`).toBeLessThanOrEqual(panel.y + panel.height);
      }
      // The room only watches: no channel buttons on its screen.
      expect(await screen.locator('.p-assessment button').filter({ visible: true }).count()).toBe(0);
      await screenshot(screen, `a3-presenter-assessment-${viewport.width}`);
    }
    await page.locator('.p-assessment').getByRole('button', { name: 'Choose MLAT' }).click();
    await expect.poll(() => screen.locator('.p-assessment').isHidden()).toBe(true);
    expect(await screen.locator('.p-map svg[role="img"]').isVisible()).toBe(true);
    expect(errors).toEqual([]);
  }, 60_000);

  it('a walk-through opened from a library scrolled to its last card opens at the top, and a reload keeps it there', async () => {
    for (const viewport of [LAPTOP, PHONE]) {
      const { page, errors } = await openAt(stage, 'library', { viewport });
      const walks = page.getByRole('button', { name: /^Walk through:/ });
      await walks.last().scrollIntoViewIfNeeded();
      expect(await scrollY(page)).toBeGreaterThan(1000);
      await walks.last().click();
      await ready(page, 'console');
      // Once everything is drawn (the map, the sources, the assessment), the page is still at its top.
      await expect.poll(() => page.locator('.map path.country').count(), { timeout: 10_000 }).toBeGreaterThan(150);
      await expect.poll(() => page.locator('.p-assessment .as-channel').count()).toBe(4);
      expect(await scrollY(page)).toBe(0);
      expect(await page.locator('.page-head h1').isVisible()).toBe(true);
      await page.reload();
      await ready(page, 'console');
      await expect.poll(() => page.locator('.p-assessment .as-channel').count()).toBe(4);
      expect(await scrollY(page)).toBe(0);
      expect(errors).toEqual([]);
    }
  }, 60_000);
});
