import { select } from 'd3-selection';
import type { ScenarioError } from '../../scenarios/errors.ts';
import { t } from '../i18n/index.ts';

/** What the last check of the text found; `null` before any check. */
export interface UploadState {
  checked: { lines: string[]; errors: ScenarioError[]; title: string | null } | null;
  busy: boolean;
}

export interface UploadActions {
  /** Check this text; `file` is the chosen file's name, when it came from one. */
  check(yaml: string, file: string | undefined): void;
  walk(): void;
  classroom(): void;
  compareHref: string;
}

/**
 * "Bring your own scenario": a file picker and a text box, checked by the server as `rogatory
 * validate` checks a file. Errors are shown on their lines (the file with its line numbers, the
 * column marked) and listed above it as buttons that move the focus to their line. A valid file
 * offers the library's three ways in. All of the file goes in as text.
 */
export function create(container: HTMLElement, actions: UploadActions): (state: UploadState) => void {
  const section = select(container).append('section').attr('class', 'upload').attr('aria-labelledby', 'upload-title');
  const details = section.append('details').attr('class', 'upload-details');
  details.append('summary').append('h2').attr('id', 'upload-title').text(t('upload.title'));
  // Chromium still lays out a closed <details>' content (content-visibility), so that its controls
  // have boxes though no Tab reaches them: `hidden` says plainly that they are not there until opened.
  const body = details.append('div').attr('class', 'upload-body').attr('hidden', '');
  details.on('toggle', function () {
    body.attr('hidden', (this as HTMLDetailsElement).open ? null : '');
  });
  body.append('p').attr('class', 'upload-help').text(t('upload.help'));

  let fileName: string | undefined;
  const form = body.append('form').attr('class', 'upload-form')
    .on('submit', (event: Event) => {
      event.preventDefault();
      actions.check(text.property('value') as string, fileName);
    });
  const pick = form.append('label').attr('class', 'upload-field');
  pick.append('span').text(t('upload.file'));
  pick.append('input').attr('type', 'file').attr('class', 'upload-file').attr('accept', '.yaml,.yml,text/yaml,application/yaml')
    .on('change', async function () {
      const file = (this as HTMLInputElement).files?.[0];
      if (!file) return;
      fileName = file.name;
      text.property('value', await file.text());
      actions.check(text.property('value') as string, fileName);
    });
  const paste = form.append('label').attr('class', 'upload-field');
  paste.append('span').text(t('upload.paste'));
  // YAML reads left to right whatever the interface's direction; the browser must not "correct" it.
  const text = paste.append('textarea').attr('class', 'upload-text').attr('rows', 10).attr('dir', 'ltr')
    .attr('spellcheck', 'false').attr('autocapitalize', 'off').attr('autocomplete', 'off');
  const checkButton = form.append('button').attr('type', 'submit').attr('class', 'btn btn-primary upload-check').text(t('upload.check'));
  const status = body.append('p').attr('class', 'upload-status');

  const errorsBox = body.append('div').attr('class', 'upload-errors').attr('hidden', '');
  const errorsTitle = errorsBox.append('h3').attr('id', 'upload-errors-title').attr('tabindex', -1).text(t('upload.errorsTitle'));
  const errorList = errorsBox.append('ol').attr('class', 'upload-error-list').attr('aria-labelledby', 'upload-errors-title');
  errorsBox.append('h3').attr('id', 'upload-listing-title').text(t('upload.listing'));
  const listing = errorsBox.append('ol').attr('class', 'upload-lines').attr('dir', 'ltr').attr('aria-labelledby', 'upload-listing-title');

  const valid = body.append('div').attr('class', 'upload-valid').attr('hidden', '');
  const validText = valid.append('p').attr('class', 'upload-valid-text');
  const buttons = valid.append('div').attr('class', 'card-actions');
  buttons.append('button').attr('type', 'button').attr('class', 'btn btn-primary upload-walk').text(t('upload.walk')).on('click', () => actions.walk());
  buttons.append('a').attr('class', 'btn upload-compare').attr('href', actions.compareHref).text(t('upload.compare'));
  buttons.append('button').attr('type', 'button').attr('class', 'btn upload-classroom').text(t('upload.classroom')).on('click', () => actions.classroom());

  let shown: UploadState['checked'] = null;
  return (state) => {
    checkButton.property('disabled', state.busy);
    if (state.busy) status.text(t('upload.checking'));
    if (state.checked === shown) return;
    shown = state.checked;
    const checked = state.checked;
    if (!checked) return;
    const { errors, lines } = checked;
    status.text(errors.length ? t('upload.errorCount', { count: errors.length }) : '');
    valid.attr('hidden', errors.length ? '' : null);
    validText.text(checked.title ? t('upload.valid', { title: checked.title }) : '');
    errorsBox.attr('hidden', errors.length ? null : '');
    if (!errors.length) {
      errorList.selectAll('li').remove();
      listing.selectAll('li').remove();
      return;
    }
    // An error placed past the end (an empty file's "expected a scenario") is shown on the last line.
    const lineOf = (e: ScenarioError) => Math.min(Math.max(e.line, 1), lines.length);
    const byLine = new Map<number, ScenarioError[]>();
    for (const e of errors) byLine.set(lineOf(e), [...(byLine.get(lineOf(e)) ?? []), e]);

    // The checker's messages are in English whatever the interface's language: marked so, for screen readers.
    const link = errorList.selectAll('li').data(errors).join('li').selectAll('button').data((e) => [e]).join('button')
      .attr('type', 'button').attr('class', 'upload-error-link');
    link.selectAll('*').remove();
    link.append('span').text((e) => `${t('upload.at', { line: e.line, column: e.column })}: `);
    link.append('span').attr('lang', 'en').attr('dir', 'ltr').text(said);
    link.on('click', (_event, e) => {
        const line = document.getElementById(`upload-line-${lineOf(e)}`);
        line?.scrollIntoView({ block: 'center' });
        line?.focus({ preventScroll: true });
      });

    const rows = listing.selectAll('li').data(lines).join('li').attr('class', 'upload-line')
      .attr('id', (_l, i) => `upload-line-${i + 1}`)
      .classed('upload-line-wrong', (_l, i) => byLine.has(i + 1))
      // Only a line with an error is a place the list sends the focus to.
      .attr('tabindex', (_l, i) => (byLine.has(i + 1) ? -1 : null));
    rows.selectAll('*').remove();
    rows.append('span').attr('class', 'upload-lineno').text((_l, i) => String(i + 1));
    rows.append('code').attr('class', 'upload-code').each(function (line, i) {
      const wrong = byLine.get(i + 1);
      const code = select(this);
      if (!wrong) {
        code.text(line);
        return;
      }
      // The first error's column is marked on the line: the character there, or a space past the end.
      const at = Math.max(wrong[0]!.column, 1) - 1;
      code.append('span').text(line.slice(0, at));
      code.append('mark').attr('class', 'upload-at').text(line.slice(at, at + 1) || ' ');
      code.append('span').text(line.slice(at + 1));
    });
    rows.each(function (_line, i) {
      const wrong = byLine.get(i + 1);
      if (!wrong) return;
      const beside = select(this).append('ul').attr('class', 'upload-line-errors').selectAll('li').data(wrong).join('li');
      // The interface's words keep their own direction inside the left-to-right file (bdi isolates them).
      beside.append('span').text('⚠ ');
      beside.append('bdi').text((e) => `${t('upload.column', { column: e.column })}:`);
      beside.append('span').text(' ');
      beside.append('span').attr('lang', 'en').text(said);
    });
    // The summary of errors takes the focus, as a form's error summary does: the list is read from there.
    (errorsTitle.node() as HTMLElement).focus();
  };
}

/** An error's field and message, as the checker words them. */
const said = (e: ScenarioError) => `${e.path ? `${e.path}: ` : ''}${e.message}`;
