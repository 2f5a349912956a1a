import type { SessionDescription } from '../../server/protocol.ts';
import type { World } from '../../machines/world/types.ts';
import { formatError } from '../../scenarios/errors.ts';
import { ApiError, createSession } from '../app/api.ts';
import { navigate } from '../app/router.ts';
import { saveTrainerPass } from '../app/tokens.ts';
import type { VariantLink } from '../app/variant-link.ts';
import { t } from '../i18n/index.ts';
import { create as createDifferences } from '../views/differences.ts';
import { create as createVariantForm } from '../views/variant-form.ts';

/**
 * The console's date and what-if: what the session was started with and what that changed, and, in
 * a walk-through, a form that starts a new walk-through of the same library scenario on another
 * date or under another what-if (a session's scenario is fixed once it starts).
 */
export function consoleVariant(stage: HTMLElement, side: HTMLElement, solo: boolean): (description: SessionDescription) => void {
  const differences = createDifferences(stage);
  differences(null);
  let drawn = false;
  return (description) => {
    differences(description.variant ?? null);
    if (!solo || drawn) return;
    drawn = true;
    // A button that shows the form, rather than <details>: the form's controls are out of the Tab order until asked for.
    const box = side.appendChild(document.createElement('div'));
    box.className = 'panel p-variant';
    const toggle = box.appendChild(document.createElement('button'));
    toggle.type = 'button';
    toggle.className = 'btn act-variant-open';
    toggle.textContent = t('variant.walkOther');
    toggle.setAttribute('aria-expanded', 'false');
    toggle.setAttribute('aria-controls', 'console-variant-form');
    const details = box.appendChild(document.createElement('div'));
    details.id = 'console-variant-form';
    details.hidden = true;
    toggle.addEventListener('click', () => {
      details.hidden = !details.hidden;
      toggle.setAttribute('aria-expanded', String(!details.hidden));
    });
    const link: VariantLink = {
      ...(description.variant?.date && { date: description.variant.date }),
      ...(description.variant?.overlay && { whatIf: description.variant.overlay }),
    };
    let errors: string[] = [];
    let notice = '';
    const start = async (next: VariantLink) => {
      errors = [];
      notice = '';
      if (next.whatIf) {
        const [{ checkOverlay }, { BUILTIN_WORLD }] = await Promise.all([import('../../scenarios/overlay.ts'), import('../../machines/world/builtin/index.ts')]);
        const checked = checkOverlay(next.whatIf, 'what-if', [BUILTIN_WORLD, description.scenario.world] as World[]);
        errors = checked.errors.map(formatError);
      }
      if (errors.length === 0) {
        try {
          const created = await createSession({ scenario: description.scenario.id, ...(next.date && { date: next.date }), ...(next.whatIf && { overlay: next.whatIf }) });
          saveTrainerPass(created.id, { token: created.trainerToken, solo: true });
          navigate(`/session/${created.id}`);
          return;
        } catch (error) {
          notice = error instanceof ApiError ? error.message : String(error);
        }
      }
      form({ link: next, errors, notice });
    };
    const form = createVariantForm(details, { apply: (next) => void start(next) }, { title: t('variant.title'), applyLabel: t('variant.walk'), clear: false });
    form({ link, errors, notice });
  };
}
