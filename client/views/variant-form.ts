import { select } from 'd3-selection';
import type { VariantLink } from '../app/variant-link.ts';
import { t } from '../i18n/index.ts';

export interface VariantFormActions {
  /** Ask again under the date and what-if in the form. */
  apply(link: VariantLink): void;
  /** Copy the link that reproduces the variant (absent where the page has none to give). */
  copy?(link: VariantLink): void;
  /** Start a walk-through on the variant (absent where the page offers none). */
  walk?(link: VariantLink): void;
}

export interface VariantFormState {
  link: VariantLink;
  /** The what-if's problems, each `line:column: field: message`, as the CLI and the server place them. */
  errors: string[];
  /** A sentence after an act (the link copied, a walk-through refused). */
  notice?: string;
}

/**
 * A date field and a what-if editor (the overlay as YAML, docs/what-if.md), with the overlay's
 * errors shown under it, and a link that reproduces what is asked.
 */
export function create(
  container: HTMLElement, actions: VariantFormActions, options: { title?: string; applyLabel?: string; clear?: boolean } = {},
): (state: VariantFormState) => void {
  const form = select(container).append('form').attr('class', 'panel variant-form').attr('aria-labelledby', 'variant-form-title');
  form.append('h2').attr('id', 'variant-form-title').text(options.title ?? t('variant.title'));
  const dateField = form.append('label').attr('class', 'inline-field');
  dateField.append('span').text(t('variant.date'));
  const date = dateField.append('input').attr('type', 'date').attr('name', 'date').attr('class', 'variant-date');
  const whatIfField = form.append('label').attr('class', 'variant-whatif-field');
  whatIfField.append('span').text(t('variant.whatIf'));
  const whatIf = whatIfField.append('textarea').attr('name', 'whatif').attr('class', 'variant-whatif').attr('rows', 8)
    .attr('spellcheck', 'false').attr('dir', 'ltr').attr('aria-describedby', 'variant-hint variant-errors')
    .attr('placeholder', 'title: …\nadd:\n  instruments: […]\ndrop: [ID]');
  form.append('p').attr('id', 'variant-hint').attr('class', 'hint').text(t('variant.hint'));
  const errorBox = form.append('div').attr('id', 'variant-errors').attr('class', 'variant-errors').attr('aria-live', 'polite');
  const buttons = form.append('div').attr('class', 'control-row');
  buttons.append('button').attr('type', 'submit').attr('class', 'btn btn-primary act-variant-apply').text(options.applyLabel ?? t('variant.apply'));
  if (options.clear !== false) {
    buttons.append('button').attr('type', 'button').attr('class', 'btn act-variant-clear').text(t('variant.clear'))
      .on('click', () => actions.apply({}));
  }
  if (actions.copy) {
    buttons.append('button').attr('type', 'button').attr('class', 'btn act-variant-copy').text(t('variant.copy'))
      .on('click', () => actions.copy!(current()));
  }
  if (actions.walk) {
    buttons.append('button').attr('type', 'button').attr('class', 'btn act-variant-walk').text(t('variant.walk'))
      .on('click', () => actions.walk!(current()));
  }
  const notice = form.append('p').attr('class', 'variant-notice').attr('role', 'status');

  const current = (): VariantLink => {
    const d = String(date.property('value') ?? '').trim();
    const w = String(whatIf.property('value') ?? '');
    return { ...(d && { date: d }), ...(w.trim() && { whatIf: w }) };
  };
  form.on('submit', (event: Event) => {
    event.preventDefault();
    actions.apply(current());
  });

  return (state) => {
    date.property('value', state.link.date ?? '');
    whatIf.property('value', state.link.whatIf ?? '');
    whatIf.attr('aria-invalid', state.errors.length ? 'true' : null);
    errorBox.selectAll('p').data(state.errors.length ? [0] : []).join('p').text(t('variant.errors'));
    errorBox.selectAll('ul').data(state.errors.length ? [state.errors] : []).join('ul')
      .selectAll('li').data((d) => d).join('li').attr('lang', 'en').attr('dir', 'ltr').text((d) => d);
    notice.text(state.notice ?? '');
  };
}
