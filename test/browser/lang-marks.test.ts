import { afterEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { Cleanup, openAt, ready, sharedStage, stepLettingPolicyDecide } from './harness.ts';

/**
 * On an Arabic page, text in another language (scenario texts not yet translated, the engine's
 * English reasons, sources' own titles) is marked with its language, so that a screen reader
 * switches voice instead of reading English words with Arabic rules (issue 18).
 */
const stage = sharedStage();
const contexts = new Cleanup();
afterEach(() => contexts.run(), 30_000);
const LAPTOP = { width: 1366, height: 768 };

/**
 * Every text mostly in Latin letters, with a run of three or more Latin words, whose nearest
 * language mark is the page's Arabic. Not counted: web addresses and paths, identifiers in capitals, names in
 * a list of options, and drawings (the
 * statechart's SVG is hidden from assistive technology and described by an HTML list instead).
 */
function unmarkedLatin(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const out: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      // Addresses and file paths are not words to voice, nor identifiers in capitals (AR-BO-MLAT).
      const text = (node.textContent ?? '').replace(/\S*[/.@]\S*[A-Za-z]\S*/g, ' ');
      if (!/[A-Za-z]*[a-z][A-Za-z]*(?:[^A-Za-z\u0600-\u06FF]+[A-Za-z]*[a-z][A-Za-z]*){2,}/.test(text)) continue;
      // An Arabic sentence that quotes a name in its own script (Meta, e-Evidence Regulation, a
      // scenario's id) is Arabic: only a text mostly in Latin letters is in another language.
      if ((text.match(/[A-Za-z]/g) ?? []).length <= (text.match(/[\u0600-\u06FF]/g) ?? []).length) continue;
      const parent = node.parentElement;
      if (!parent || parent.closest('script, style, svg, [aria-hidden="true"], [hidden]')) continue;
      // Allowed: the names of states and providers offered in a list to choose from (names need no language).
      if (parent.closest('option')) continue;
      if (parent.closest('[lang]')?.getAttribute('lang') === 'ar') out.push(`${parent.tagName.toLowerCase()}.${[...parent.classList].join('.')}: ${text.trim().slice(0, 80)}`);
    }
    return out;
  });
}

describe('text in another language than the page', () => {
  it('is marked with its language on the Arabic library, comparison, atlas, walk-through and debrief', async () => {
    const { page, errors } = await openAt(stage, 'library', { locale: 'ar-EG', viewport: LAPTOP });
    contexts.add(() => page.context().close());
    const found: Record<string, string[]> = {};
    const check = async (where: string) => {
      const latin = await unmarkedLatin(page);
      if (latin.length) found[where] = latin;
    };
    await check('library');
    await page.goto(`${stage.server.url}/#/compare/blocking-statute-mlat`);
    // The comparison runs the scenario under every regime: on a busy machine it takes a while.
    await page.waitForFunction(() => document.documentElement.dataset.ready === 'compare', undefined, { timeout: 45_000 });
    await check('comparison');
    await page.goto(`${stage.server.url}/#/atlas`);
    await ready(page, 'atlas');
    await check('atlas');
    await page.goto(`${stage.server.url}/`);
    await ready(page, 'library');
    await page.locator('li.card').filter({ has: page.locator('#card-blocking-statute-mlat') }).locator('button.act-walk').click();
    await ready(page, 'console');
    await stepLettingPolicyDecide(page);
    await stepLettingPolicyDecide(page);
    await expect.poll(() => page.locator('.history-item').count()).toBeGreaterThan(1);
    await check('walk-through');
    const id = page.url().split('/').pop()!;
    await page.goto(`${stage.server.url}/#/debrief/${id}`);
    await ready(page, 'debrief');
    await check('debrief');
    expect(found).toEqual({});
    expect(errors).toEqual([]);
  }, 120_000);
});
