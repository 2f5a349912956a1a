import type { Scenario } from '../../machines/scenario.ts';
import type { World } from '../../machines/world/types.ts';
import { formatError } from '../../scenarios/errors.ts';
import { askVariant, type VariantReport } from '../../scenarios/variant.ts';
import { createSession } from '../app/api.ts';
import { announce, guarded } from '../app/announce.ts';
import { navigate } from '../app/router.ts';
import { saveTrainerPass } from '../app/tokens.ts';
import { readVariantLink, routeOf, variantQuery, variantUrl, type VariantLink } from '../app/variant-link.ts';
import { t } from '../i18n/index.ts';
import { create as createDifferences } from '../views/differences.ts';
import { create as createVariantForm } from '../views/variant-form.ts';

/** The name a what-if typed in the page is placed under in its errors. */
const WHAT_IF_FILE = 'what-if';

/**
 * The scenario as the page's link asks it (its `date` and `whatif`: variant-link.ts): the form to
 * change them, and what they change against the scenario as written. Applying the form changes the
 * link, so the page that opens is the one a shared link opens.
 */
export async function askedUnderLink(container: HTMLElement, scenario: Scenario, options: { walk?: boolean } = {}): Promise<{ scenario: Scenario; report: VariantReport | null }> {
  const link = readVariantLink();
  const path = routeOf();
  const errors: string[] = [];
  let date: string | undefined;
  if (link.date !== undefined) {
    if (isCalendarDay(link.date)) date = link.date;
    else errors.push(t('variant.badDate', { date: link.date }));
  }
  let overlay;
  if (link.whatIf !== undefined) {
    // The checker (yaml, the format's schema) and the built-in world are loaded only for a what-if:
    // a page without one loads neither. Built-in ids may be dropped even where the scenario's world leaves them out.
    const [{ checkOverlay }, { BUILTIN_WORLD }] = await Promise.all([import('../../scenarios/overlay.ts'), import('../../machines/world/builtin/index.ts')]);
    const checked = checkOverlay(link.whatIf, WHAT_IF_FILE, [BUILTIN_WORLD, scenario.world] as World[]);
    if (checked.overlay) overlay = checked.overlay;
    else errors.push(...checked.errors.map(formatError));
  }
  const variant = { ...(date && { date }), ...(overlay && { overlay }) };
  const asked = date || overlay ? askVariant(scenario, variant) : { scenario, report: null };

  let notice = '';
  const form = createVariantForm(container, {
    apply: (next) => navigate(`${path}${variantQuery(next)}`),
    copy: (next) => {
      const url = variantUrl(path, next);
      notice = t('variant.copied', { url });
      void navigator.clipboard?.writeText(url).catch(() => undefined);
      draw();
      announce(t('variant.copiedShort'));
    },
    ...(options.walk && {
      walk: (next: VariantLink) => void guarded(async () => {
        const created = await createSession({ scenario: scenario.id, ...(next.date && { date: next.date }), ...(next.whatIf && { overlay: next.whatIf }) });
        saveTrainerPass(created.id, { token: created.trainerToken, solo: true });
        navigate(`/session/${created.id}`);
      }),
    }),
  });
  const draw = () => form({ link, errors, notice });
  draw();
  createDifferences(container)(asked.report);
  return asked;
}

function isCalendarDay(text: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return false;
  const day = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(day.getTime()) && day.toISOString().slice(0, 10) === text;
}
