import { describe, expect, it } from 'vitest';
import { openAt, ready, screenshot, SCREENS, sharedStage } from './harness.ts';

const stage = sharedStage();

/**
 * The atlas's what-if adds a production order (world.orders), as the YAML overlay can: listed with a
 * Remove button like the added instruments and rules, its effect shown before → after, kept in the link.
 */
describe('the atlas what-if with a production order', () => {
  const { name, viewport } = SCREENS[0]!;
  it(`adds a hypothetical order that opens the direct channel, named in the differences and kept in the link (${name})`, async () => {
    const { page, errors } = await openAt(stage, 'atlas', { path: '/#/atlas', viewport });
    // TikTok (home Singapore, offering services everywhere), content, asked by each state: Australia has no channel.
    await page.locator('select.atlas-provider').selectOption('tiktok');
    await page.locator('select.atlas-category').selectOption('content');
    // (Under the default provider, one that answers nobody, Australia's MLAT with it: wait for TikTok's answer.)
    const before = 'Australia: no channel';
    await expect.poll(() => page.locator('[data-state="AU"]').getAttribute('aria-label'), { timeout: 30_000 }).toBe(before);

    // Every field of the order is labelled.
    await page.getByRole('combobox', { name: 'State whose authorities issue it' }).selectOption('AU');
    const form = page.locator('form.atlas-add-order');
    expect(await form.getByRole('group', { name: 'Data it may compel' }).getByRole('checkbox').count()).toBe(3);
    expect(await form.getByRole('group', { name: 'Providers it binds' }).getByRole('checkbox').count()).toBe(2);
    await expect.poll(() => form.getByRole('checkbox', { name: 'offering services in the state' }).isChecked()).toBe(true);
    await page.getByRole('combobox', { name: 'Data it reaches' }).selectOption('anywhere');
    await page.getByRole('button', { name: 'Add the order' }).click();
    await expect.poll(() => page.locator('.added-orders li').textContent()).toContain('HYPOTHETICAL-ORDER-1: Australia, production order, subscriber');

    // The cell changes: Australia's own order reaches TikTok, a direct request answers in 10 days.
    // The map marks the cell as changed by the what-if.
    await expect.poll(() => page.locator('[data-state="AU"]').getAttribute('aria-label'), { timeout: 30_000 }).toBe('Australia: direct request to the provider, 10 days (changed (outlined))');
    const why = await page.locator('.atlas-whatif-differences li', { hasText: 'Australia' }).first().textContent();
    expect(why).toMatch(/→ direct request to the provider 10 days\./);
    expect(why).toContain('Because of HYPOTHETICAL-ORDER-1');
    const url = page.url();
    expect(url).toMatch(/whatif=[\w-]+/);
    await screenshot(page, `atlas-order-added-${viewport.width}`);

    // The link opens the same what-if: the order listed, the same cell; removing it restores the cell.
    const other = await page.context().newPage();
    await other.goto(url);
    await ready(other, 'atlas');
    await expect.poll(() => other.locator('.added-orders li').textContent()).toContain('HYPOTHETICAL-ORDER-1');
    await expect.poll(() => other.locator('[data-state="AU"]').getAttribute('aria-label'), { timeout: 30_000 }).toBe('Australia: direct request to the provider, 10 days (changed (outlined))');
    await other.getByRole('button', { name: 'Remove HYPOTHETICAL-ORDER-1' }).click();
    await expect.poll(() => other.locator('[data-state="AU"]').getAttribute('aria-label'), { timeout: 30_000 }).toBe(before);
    await expect.poll(() => other.url()).not.toMatch(/whatif=/);
    expect(errors).toEqual([]);
  }, 120_000);
});
