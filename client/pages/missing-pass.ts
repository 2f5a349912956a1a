import { select } from 'd3-selection';
import type { Page } from '../app/router.ts';
import { t } from '../i18n/index.ts';

/** A session page opened in a browser that does not hold the session's trainer token. */
export function missingPass(main: HTMLElement, id: string): Page {
  main.className = 'page page-message';
  const root = select(main);
  root.append('h1').text(t('console.noPassTitle'));
  root.append('p').text(t('console.noPass'));
  const links = root.append('p').attr('class', 'page-links');
  links.append('a').attr('class', 'btn').attr('href', `#/debrief/${id}`).text(t('console.debrief'));
  links.append('a').attr('class', 'btn').attr('href', '#/join').text(t('nav.join'));
  links.append('a').attr('class', 'btn').attr('href', '#/').text(t('nav.library'));
  return {};
}
