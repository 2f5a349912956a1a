import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { axeFindings } from './axe.ts';
import { openAt, ready, ROOT, screenshot, sharedStage, SCREENS } from './harness.ts';

const stage = sharedStage();

/** The first file of docs/authoring.md's worked example (Step 1), as an author copies it: the test follows the page alone. */
function firstScenarioOfTheGuide(): string {
  const guide = readFileSync(join(ROOT, 'docs', 'authoring.md'), 'utf8');
  const step = guide.slice(guide.indexOf('### Step 1'));
  const block = /```yaml\n([\s\S]*?)```/.exec(step);
  if (!block) throw new Error('docs/authoring.md has no YAML block under "Step 1"');
  return block[1]!;
}

const written = firstScenarioOfTheGuide();
// The deliberate mistake: a plural where the format has one word for the category.
const mistaken = written.replace('data: content\n', 'data: contents\n');
const wrongLine = mistaken.split('\n').findIndex((l) => l.includes('data: contents')) + 1;
const wrongColumn = mistaken.split('\n')[wrongLine - 1]!.indexOf('contents') + 1;
const TITLE = 'Japan asks a US provider for e-mail content';

async function openSection(page: Page): Promise<void> {
  await page.getByText('Bring your own scenario', { exact: true }).click();
  await expect.poll(() => page.getByLabel('Or paste its YAML').isVisible()).toBe(true);
}

/** Paste the corrected file and check it: the errors go, the three ways in come. */
async function pasteValid(page: Page): Promise<void> {
  await page.getByLabel('Or paste its YAML').fill(written);
  await page.getByRole('button', { name: 'Check the scenario' }).click();
  await expect.poll(() => page.locator('.upload-valid-text').textContent(), { timeout: 15_000 }).toBe(`"${TITLE}" is a valid scenario.`);
}

describe("an author's first scenario, brought into the library page (issue 16)", () => {
  it('the guide is followed as written: its first file names the case this test expects', () => {
    expect(mistaken).not.toBe(written);
    expect(written).toContain(`title: ${TITLE}`);
    expect(wrongLine).toBeGreaterThan(1);
  });

  for (const { name, viewport } of SCREENS) {
    it(`uploaded with a mistake, the error is on its line; fixed, it runs, is compared, and opens a class (${name})`, async () => {
      const { page, errors } = await openAt(stage, 'library', { viewport });
      await openSection(page);
      expect(await axeFindings(page)).toEqual([]);

      // Uploaded from a file: checked at once.
      await page.getByLabel('Scenario file (.yaml or .yml)').setInputFiles({ name: 'japan-us-content.yaml', mimeType: 'text/yaml', buffer: Buffer.from(mistaken) });
      const links = page.locator('.upload-error-link');
      await expect.poll(() => links.count(), { timeout: 15_000 }).toBe(1);
      expect(await links.textContent()).toBe(`Line ${wrongLine}, column ${wrongColumn}: request.data: expected one of subscriber, traffic, content, got "contents"`);
      // The file shown line by line, the wrong one marked at its column, its message beside it.
      expect(await page.locator('.upload-line').count()).toBe(mistaken.split('\n').length);
      const line = page.locator(`#upload-line-${wrongLine}`);
      expect(await page.locator('.upload-line-wrong').count()).toBe(1);
      expect(await line.locator('.upload-lineno').textContent()).toBe(String(wrongLine));
      expect(await line.locator('.upload-code').textContent()).toBe('  data: contents');
      expect(await line.locator('mark.upload-at').textContent()).toBe('c');
      expect(await line.locator('.upload-line-errors').textContent()).toBe(`⚠ column ${wrongColumn}: request.data: expected one of subscriber, traffic, content, got "contents"`);
      // Said to screen readers, and the focus goes to the list of errors.
      await expect.poll(() => page.locator('#announcer').textContent()).toContain('Errors found: 1. Each is marked on its line below.');
      expect(await page.evaluate(() => document.activeElement?.id)).toBe('upload-errors-title');
      expect(await axeFindings(page)).toEqual([]);

      // From the list to the line, by keyboard.
      await page.keyboard.press('Tab');
      expect(await page.evaluate(() => document.activeElement?.className)).toBe('upload-error-link');
      await page.keyboard.press('Enter');
      expect(await page.evaluate(() => document.activeElement?.id)).toBe(`upload-line-${wrongLine}`);
      expect(await line.isVisible()).toBe(true);
      await screenshot(page, `60-upload-error-${name}`);
      await page.locator('.upload-errors').screenshot({ path: join(ROOT, 'test', '.artifacts', 'screenshots', `60b-upload-errors-${name}.png`) });

      // Fixed in the text box and checked again: the errors are gone.
      await pasteValid(page);
      expect(await page.locator('.upload-errors').isHidden()).toBe(true);
      expect(await page.locator('.upload-line-wrong').count()).toBe(0);
      await expect.poll(() => page.locator('#announcer').textContent()).toContain(`"${TITLE}" is a valid scenario.`);
      expect(await axeFindings(page)).toEqual([]);

      // Walked through and run to its end: the treaty request to the United States, delivered on day 300.
      await page.getByRole('button', { name: 'Walk through it' }).click();
      await ready(page, 'console');
      await expect.poll(() => page.locator('.eyebrow').first().textContent()).toBe('Walk-through');
      expect(await page.locator('.join-code').count()).toBe(0);
      // The trainer decides as the guide's trace does: mutual legal assistance, then time runs.
      await page.getByRole('button', { name: 'Send now: Choose MLAT' }).click();
      await expect.poll(() => page.locator('.f-channel dd').textContent(), { timeout: 15_000 }).toBe('mutual legal assistance (MLAT)');
      await page.getByLabel('Speed').selectOption('365');
      await page.getByRole('button', { name: /Play/ }).click();
      await expect.poll(() => page.locator('.f-outcome dd').textContent(), { timeout: 60_000 }).toContain('delivered');
      expect(await page.locator('.f-day dd').textContent()).toBe('300');
      expect(await page.locator('.timeline-list').textContent()).toContain('US-JP-MLAT');

      // Compared under each regime, from this tab's copy of the file.
      await page.goto(`${stage.server.url}/#/`);
      await ready(page, 'library');
      await openSection(page);
      await pasteValid(page);
      await page.getByRole('link', { name: 'Compare it under each regime' }).click();
      // The comparison samples a thousand runs per regime in the page: on a busy machine that takes a while.
      await page.waitForFunction(() => document.documentElement.dataset.ready === 'compare', undefined, { timeout: 60_000 });
      expect(await page.locator('h1').textContent()).toBe(TITLE);
      expect(await page.locator('.comparison').textContent()).toContain('delivered');

      // A class opened with it: the console with a join code for the room.
      await page.goto(`${stage.server.url}/#/`);
      await ready(page, 'library');
      await openSection(page);
      await pasteValid(page);
      await page.getByRole('button', { name: 'Open a class with it' }).click();
      await ready(page, 'console');
      await expect.poll(() => page.locator('.join-code').first().isVisible()).toBe(true);
      expect(await page.locator('h1').first().textContent()).toContain(TITLE);
      expect(errors).toEqual([]);
    }, 240_000);
  }

  it('in Arabic the page reads right to left, the file still left to right, its errors in place', async () => {
    const { page, errors } = await openAt(stage, 'library', { locale: 'ar', viewport: SCREENS[1].viewport });
    expect(await page.evaluate(() => document.documentElement.dir)).toBe('rtl');
    await page.getByText('أحضِر سيناريو خاصًا بك', { exact: true }).click();
    await page.getByLabel('أو الصق نص YAML الخاص به').fill(mistaken);
    await page.getByRole('button', { name: 'افحص السيناريو' }).click();
    const links = page.locator('.upload-error-link');
    await expect.poll(() => links.count(), { timeout: 15_000 }).toBe(1);
    expect(await links.textContent()).toBe(`السطر \u2068${wrongLine}\u2069، العمود \u2068${wrongColumn}\u2069: request.data: expected one of subscriber, traffic, content, got "contents"`);
    expect(await page.locator('.upload-lines').evaluate((e) => getComputedStyle(e).direction)).toBe('ltr');
    expect(await page.locator('.upload-text').evaluate((e) => getComputedStyle(e).direction)).toBe('ltr');
    expect(await page.locator(`#upload-line-${wrongLine} mark.upload-at`).textContent()).toBe('c');
    expect(await axeFindings(page)).toEqual([]);
    await page.locator('.upload-errors').screenshot({ path: join(ROOT, 'test', '.artifacts', 'screenshots', '60c-upload-errors-ar.png') });
    expect(errors).toEqual([]);
  }, 60_000);

  it('a compare link with no scenario of this tab says what to do instead of failing', async () => {
    const { page } = await openAt(stage, 'library');
    await page.goto(`${stage.server.url}/#/compare/_uploaded`);
    await expect.poll(() => page.locator('#alerts').textContent(), { timeout: 15_000 }).toContain('This tab holds no scenario of your own');
    expect(await page.locator('h1').textContent()).toBe('There is no such page');
  });
});
