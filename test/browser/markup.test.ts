import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openPage, ready, ROOT, screenshot, sharedStage } from './harness.ts';

const stage = sharedStage();

const IMG = '<img src=x onerror="window.__injected=1">';
const BOLD = '<b>bold</b>';

/** A shipped scenario with markup put into every text a screen shows: titles, names, sources, notes. */
function hostileYaml(): string {
  let yaml = readFileSync(join(ROOT, 'scenarios', 'fictional', 'blocking-statute-mlat.yaml'), 'utf8');
  const quoted = (s: string) => JSON.stringify(s);
  yaml = yaml
    .replace(/^id: .*$/m, 'id: hostile-markup')
    .replace(/^title: .*$/m, `title: ${quoted(`Title ${IMG} and ${BOLD}`)}`)
    .replace(/^summary: >-\n(  .*\n)+/m, `summary: ${quoted(`Summary ${BOLD} ${IMG}`)}\n`)
    .replace(/^objectives:\n(  - .*\n)+/m, `objectives:\n  - ${quoted(`Objective ${IMG}`)}\n`)
    .replace('{ id: AR, name: Arcadia }', `{ id: AR, name: ${quoted(`Arcadia ${BOLD}`)} }`)
    .replace('{ id: BO, name: Borealis }', `{ id: BO, name: ${quoted(`Borealis ${IMG}`)} }`)
    .replace('source: "Arcadia-Borealis Treaty on Mutual Legal Assistance (fictional)"', `source: ${quoted(`Treaty ${IMG} ${BOLD}`)}`);
  return `${yaml.trimEnd()}\ndebrief: ${quoted(`Notes ${IMG} ${BOLD}`)}\n`;
}

describe('scenario text is shown as text, never as markup', () => {
  it('a scenario full of <img onerror> and <b> renders them literally on the console, the map, the timeline and the debrief', async () => {
    const { page, errors } = await openPage(stage.browser);
    const dialogs: string[] = [];
    page.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    await page.goto(stage.server.url);
    await ready(page, 'library');
    // The scenario goes in as YAML, as a trainer's own file would (POST /api/sessions { yaml }).
    const created = await page.evaluate(async (yaml) => {
      const response = await fetch('/api/sessions', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ yaml }) });
      const body = await response.json();
      if (!response.ok) throw new Error(JSON.stringify(body));
      localStorage.setItem(`rogatory.trainer.${body.id}`, JSON.stringify({ token: body.trainerToken, solo: true }));
      return body as { id: string };
    }, hostileYaml());
    await page.goto(`${stage.server.url}/#/session/${created.id}`);
    await ready(page, 'console');
    await expect.poll(() => page.locator('main h1').textContent()).toBe(`Title ${IMG} and ${BOLD}`);
    expect(await page.locator('.page-head .lede').textContent()).toBe(`Summary ${BOLD} ${IMG}`);
    await expect.poll(() => page.locator('.map .place-name').allTextContents()).toEqual(expect.arrayContaining([`Arcadia ${BOLD}`, `Borealis ${IMG}`]));

    await page.getByRole('button', { name: 'Send now: Choose MLAT' }).click();
    await expect.poll(() => page.locator('.tl-item.is-latest .cite-text').textContent()).toContain(`Treaty ${IMG} ${BOLD}`);
    await expect.poll(() => page.locator('.tl-item.is-latest .tl-reason').textContent()).toContain(`Borealis ${IMG}`);
    await screenshot(page, '30-markup-as-text-console');

    await page.getByRole('link', { name: 'Debrief' }).click();
    await ready(page, 'debrief');
    expect(await page.locator('main h1').textContent()).toBe(`Title ${IMG} and ${BOLD}`);
    expect(await page.locator('.notes-text').textContent()).toBe(`Notes ${IMG} ${BOLD}`);
    expect(await page.locator('.debrief-timeline').textContent()).toContain(`Treaty ${IMG} ${BOLD}`);
    await screenshot(page, '31-markup-as-text-debrief');

    // Nothing became an element, nothing ran.
    expect(await page.locator('main img, main b, .alerts img').count()).toBe(0);
    expect(await page.evaluate(() => (window as unknown as { __injected?: number }).__injected)).toBeUndefined();
    expect(dialogs).toEqual([]);
    expect(errors).toEqual([]);
  }, 60_000);
});
