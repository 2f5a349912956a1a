import { select } from 'd3-selection';
import { t } from '../i18n/index.ts';
import type { InvalidScenarioFile } from '../../server/protocol.ts';

export interface InvalidFilesState {
  files: InvalidScenarioFile[];
  /** The folders now hold other scenarios than the cards show: offer to show them. */
  changed: boolean;
}

/**
 * The files of the scenario folders that could not join the library, each error at its
 * file:line:column as `rogatory validate` prints it, so that an author can go straight to the line.
 * Hidden while every file is valid and the cards are current.
 */
export function create(container: HTMLElement, actions: { showNew: () => void }): (state: InvalidFilesState) => void {
  const section = select(container).append('section').attr('class', 'panel invalid-files').attr('aria-labelledby', 'invalid-files-title').attr('hidden', '');
  const changed = section.append('p').attr('class', 'invalid-files-changed').attr('hidden', '');
  changed.append('span').text(t('library.invalid.changed'));
  changed.append('button').attr('type', 'button').attr('class', 'btn').text(t('library.invalid.showNew')).on('click', () => actions.showNew());
  const title = section.append('h2').attr('id', 'invalid-files-title');
  const hint = section.append('p').attr('class', 'hint').text(t('library.invalid.hint'));
  const list = section.append('ul').attr('class', 'invalid-files-list');

  return ({ files, changed: isChanged }) => {
    section.attr('hidden', files.length === 0 && !isChanged ? '' : null);
    changed.attr('hidden', isChanged ? null : '');
    title.attr('hidden', files.length ? null : '').text(t('library.invalid.title', { count: files.length }));
    hint.attr('hidden', files.length ? null : '');
    const items = list.selectAll<HTMLLIElement, InvalidScenarioFile>('li.invalid-file').data(files, (f) => f.file)
      .join((enter) => {
        const li = enter.append('li').attr('class', 'invalid-file');
        // File names and the validator's messages are the author's and the tool's: English, left to right.
        li.append('h3').append('code').attr('lang', 'en').attr('dir', 'ltr');
        li.append('ul').attr('class', 'invalid-file-errors');
        return li;
      });
    items.select('h3 code').text((f) => f.file);
    items.select('ul.invalid-file-errors').selectAll('li')
      .data((f) => f.errors.map((e) => ({ ...e, file: f.file })))
      .join('li')
      .attr('lang', 'en').attr('dir', 'ltr')
      .text((e) => `${e.file}:${e.line}:${e.column}${e.path ? ` ${e.path}` : ''}: ${e.message}`);
  };
}
