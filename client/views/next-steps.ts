import { select } from 'd3-selection';
import { machineGraph } from '../../machines/request/graph.ts';
import type { RequestView } from '../../machines/run/view.ts';
import { t } from '../i18n/index.ts';
import { eventTypeLabel, stateLabel } from '../i18n/labels.ts';
import { nextSteps, type NextStep } from '../model/next-steps.ts';

/**
 * The statechart as a phone can show it: the current state, large, and the states it can move to
 * next with what would move it there, as a list in the page's own type size.
 */
export function create(container: HTMLElement): (view: RequestView) => void {
  const graph = machineGraph();
  const root = select(container).append('section').attr('class', 'next-steps').attr('aria-labelledby', 'next-h');
  root.append('h2').attr('id', 'next-h').text(t('next.title'));
  const now = root.append('p').attr('class', 'next-now');
  now.append('span').attr('class', 'eyebrow').text(t('next.now'));
  const here = now.append('strong').attr('class', 'next-state');
  const then = root.append('h3').text(t('next.then'));
  const list = root.append('ul').attr('class', 'next-list');
  const ended = root.append('p').attr('class', 'next-ended').text(t('next.ended'));
  const how = (step: NextStep) => (step.by === 'timed' ? t('next.timed') : step.by === 'atOnce' ? t('next.atOnce') : eventTypeLabel(step.by));

  return (view) => {
    here.text(stateLabel(view.state));
    // One line per thing that can happen, with where it may lead (the guards decide between them).
    const byWhat = new Map<string, string[]>();
    for (const step of nextSteps(graph, view)) byWhat.set(step.by, [...(byWhat.get(step.by) ?? []), step.to]);
    const groups = [...byWhat].map(([by, to]) => ({ by, to }));
    then.property('hidden', view.done);
    ended.property('hidden', !view.done);
    const items = list.selectAll<HTMLLIElement, { by: string; to: string[] }>('li').data(groups, (g) => g.by)
      .join((enter) => {
        const li = enter.append('li');
        li.append('span').attr('class', 'next-by');
        li.append('span').attr('class', 'next-to');
        return li;
      });
    items.order();
    items.select('.next-by').text((g) => how({ by: g.by, to: '' }));
    // The arrow is for the eye; read aloud it would say "rightwards arrow" before every line.
    items.select('.next-to').each(function (g) {
      const to = select(this);
      to.selectAll('*').remove();
      to.text('');
      to.append('span').attr('aria-hidden', 'true').text('→ ');
      to.append('span').text(g.to.map(stateLabel).join(t('next.or')));
    });
  };
}
