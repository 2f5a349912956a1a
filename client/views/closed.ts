import { select } from 'd3-selection';
import { t } from '../i18n/index.ts';

/**
 * A screen the trainer closed (a revoked co-trainer link, a replaced presenter link): its page gives
 * way to a sentence that says so, rather than staying up, greyed, as if the network had failed.
 */
export function showClosed(main: HTMLElement, message: string): void {
  const page = select(main);
  page.selectAll('*').remove();
  const box = page.append('section').attr('class', 'panel screen-closed').attr('role', 'alert');
  box.append('h1').text(t('screen.closedTitle'));
  box.append('p').text(message);
  box.append('p').append('a').attr('href', '#/').text(t('screen.toLibrary'));
}
