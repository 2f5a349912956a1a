import { select } from 'd3-selection';
import { t } from '../i18n/index.ts';
import type { Page } from '../app/router.ts';

export function mount(main: HTMLElement): Page {
  const root = select(main);
  root.append('h1').text(t('notFound.title'));
  root.append('p').append('a').attr('href', '#/').text(t('notFound.back'));
  return {};
}
