import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { axeFindings } from './axe.ts';
import { openAt, ROOT, screenshot, sharedStage, SCREENS } from './harness.ts';

// An author's folder (SCENARIOS_DIR) holding one scenario with a provider that does not exist.
const folder = mkdtempSync(join(tmpdir(), 'rogatory-authored-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));
const valid = readFileSync(join(ROOT, 'test', 'server', 'fixtures', 'library', 'blocking.yaml'), 'utf8')
  .replace('id: server-blocking', 'id: authored-draft').replace(/^title: .*$/m, 'title: An author’s draft');
const broken = valid.replace('provider: nimbus', 'provider: nobody');
const brokenLine = broken.split('\n').findIndex((l) => l.includes('provider: nobody')) + 1;
const file = join(folder, 'draft.yaml');
writeFileSync(file, broken);
const shown = join(basename(folder), 'draft.yaml');

const stage = sharedStage({ addedScenarioDirs: [folder] });

describe('invalid files of the scenario folders on the library page (issue 16)', () => {
  for (const { name, viewport } of SCREENS) {
    it(`lists the invalid file with its error at file:line:column, and axe finds nothing (${name})`, async () => {
      const { page, errors } = await openAt(stage, 'library', { viewport });
      const section = page.getByRole('region', { name: 'Files that could not join the library: 1' });
      await expect.poll(() => section.isVisible()).toBe(true);
      expect(await section.getByRole('heading', { level: 3 }).textContent()).toBe(shown);
      const error = (await section.locator('.invalid-file-errors li').allTextContents()).join('\n');
      expect(error).toMatch(new RegExp(`^${shown.replace(/[.\\]/g, '\\$&')}:${brokenLine}:\\d+ \\S*provider: .*nobody`));
      // The draft is no card: only valid scenarios are.
      expect(await page.locator('li.card h2#card-authored-draft').count()).toBe(0);
      await screenshot(page, `invalid-files-${name}`);
      expect(await axeFindings(page)).toEqual([]);
      expect(errors).toEqual([]);
    });
  }

  it('in Arabic, the list reads right to left while file names and the validator\'s English read left to right', async () => {
    const ar = JSON.parse(readFileSync(join(ROOT, 'client', 'i18n', 'ar.json'), 'utf8')) as Record<string, string>;
    const { page, errors } = await openAt(stage, 'library', { locale: 'ar' });
    const section = page.locator('section.invalid-files');
    await expect.poll(() => section.isVisible()).toBe(true);
    expect(await section.locator('h2').textContent()).toContain(ar['library.invalid.title']!.split('{count}')[0]!.trim());
    expect(await section.evaluate((s) => getComputedStyle(s).direction)).toBe('rtl');
    const error = section.locator('.invalid-file-errors li').first();
    expect(await error.evaluate((li) => [getComputedStyle(li).direction, li.getAttribute('lang')])).toEqual(['ltr', 'en']);
    expect(await axeFindings(page)).toEqual([]);
    expect(errors).toEqual([]);
  });

  it('follows the fix when the author comes back to the page, and shows the new card on request', async () => {
    const { page, errors } = await openAt(stage, 'library');
    const section = page.locator('section.invalid-files');
    await expect.poll(() => section.isVisible()).toBe(true);

    writeFileSync(file, valid);
    // The author returns to the browser after saving: the page asks again when it is shown or focused.
    const offer = page.getByRole('button', { name: 'Show the current library' });
    await expect.poll(async () => {
      await page.evaluate(() => window.dispatchEvent(new Event('focus')));
      return offer.isVisible();
    }, { timeout: 10_000 }).toBe(true);
    expect(await section.locator('li.invalid-file').count()).toBe(0);
    expect(await page.getByText('The scenario folders have changed since this page was opened.').isVisible()).toBe(true);
    expect(await axeFindings(page)).toEqual([]);

    await offer.click();
    await expect.poll(() => page.locator('h2#card-authored-draft').textContent()).toBe('An author’s draft');
    expect(await section.isVisible()).toBe(false);
    writeFileSync(file, broken);
    expect(errors).toEqual([]);
  });
});
