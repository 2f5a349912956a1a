import { select } from 'd3-selection';
import type { ScenarioEvent } from '../../machines/request/events.ts';
import { t } from '../i18n/index.ts';
import { stateLabel } from '../i18n/labels.ts';
import { HUB, type LaidCluster, type LaidNode, type Layout } from '../model/statechart-layout.ts';

export interface TextAlternativeState {
  layout: Layout;
  /** The ids of the drawn nodes that are current, and of those visited. */
  current: ReadonlySet<string>;
  visited: ReadonlySet<string>;
  /** The events the request can take now, each with its full name. */
  events: { event: ScenarioEvent; label: string }[];
  /** Whether the events are buttons (the trainer's console) or only said. */
  interactive: boolean;
  done: boolean;
}

/** A key that names one event and its value ("PROVIDER_CHOOSES:comply"): the same on the chart and in the list. */
export function eventKey(event: ScenarioEvent): string {
  return Object.values(event).join(':');
}

/** An edge label's words without the chart's marks (◷ timed, ∗ from any state), which say nothing read aloud. */
export function spokenWords(text: string): string {
  return text.replace(/[◷∗]/g, '').trim();
}

interface Item { id: string; label: string; kind: LaidNode['kind'] | 'cluster'; children: Item[] }

/**
 * What the chart draws, as nested lists in the chart's order: the regions and open channel boxes
 * with their states inside. A folded channel is one item, as it is one box.
 */
function tree(layout: Layout): Item[] {
  const clusters = [...layout.clusters].sort((a, b) => a.depth - b.depth);
  const items = new Map<string, Item>();
  const roots: Item[] = [];
  // The decide node stands in the channel region's box, whose id it does not start with.
  const parentOf = (id: string): LaidCluster | undefined => {
    const key = id === HUB ? 'active.channel.hub' : id;
    return clusters.filter((c) => key.startsWith(`${c.id}.`)).at(-1);
  };
  const place = (item: Item, id: string) => {
    const parent = parentOf(id);
    (parent ? items.get(parent.id)?.children ?? roots : roots).push(item);
  };
  for (const c of clusters) {
    const item: Item = { id: c.id, label: stateLabel(c.path), kind: 'cluster', children: [] };
    items.set(c.id, item);
    place(item, c.id);
  }
  for (const n of layout.nodes) {
    const label = n.kind === 'hub' ? t('state.decide') : stateLabel(n.path);
    place({ id: n.id, label, kind: n.kind, children: [] }, n.id);
  }
  return roots;
}

/**
 * The statechart in words, for screen readers and anyone who tabs into it: every state the chart
 * draws, the current ones marked (aria-current, and in words), the visited ones in words, and the
 * events possible now — buttons that send them on the console. Hidden from the eye until it holds
 * the focus, when it shows where the focus is.
 */
export function createTextAlternative(parent: HTMLElement, onEvent: (event: ScenarioEvent) => void): (state: TextAlternativeState) => void {
  const root = select(parent).append('div').attr('class', 'sc-alt').attr('aria-labelledby', 'sc-alt-h').attr('role', 'region');
  root.append('h3').attr('id', 'sc-alt-h').text(t('statechart.altTitle'));
  const states = root.append('ul').attr('class', 'sc-alt-states');
  root.append('h4').attr('id', 'sc-alt-events-h').text(t('statechart.altEvents'));
  const events = root.append('ul').attr('class', 'sc-alt-events').attr('aria-labelledby', 'sc-alt-events-h');
  const none = root.append('p').attr('class', 'sc-alt-none');
  let drawnFor: Layout | null = null;

  return ({ layout, current, visited, events: now, interactive, done }) => {
    if (drawnFor !== layout) {
      drawnFor = layout;
      states.selectAll('*').remove();
      const add = (list: HTMLUListElement, items: Item[]) => {
        for (const item of items) {
          const li = list.appendChild(document.createElement('li'));
          li.dataset.state = item.id;
          li.className = `sc-alt-${item.kind}`;
          const name = li.appendChild(document.createElement('span'));
          name.className = 'sc-alt-name';
          name.textContent = item.label;
          if (item.kind === 'group') li.append(` — ${t('statechart.legendGroup')}`);
          li.appendChild(document.createElement('span')).className = 'sc-alt-mark';
          if (item.children.length) add(li.appendChild(document.createElement('ul')), item.children);
        }
      };
      add(states.node()!, tree(layout));
    }
    states.selectAll<HTMLLIElement, unknown>('li[data-state]').each(function () {
      const id = this.dataset.state!;
      const li = select(this);
      const mark = current.has(id) ? 'legendCurrent' : visited.has(id) ? 'legendVisited' : null;
      li.attr('aria-current', current.has(id) ? 'step' : null).classed('is-current', current.has(id)).classed('is-visited', !current.has(id) && visited.has(id));
      li.select(':scope > .sc-alt-mark').text(mark ? ` — ${t(`statechart.${mark}`)}` : '');
    });

    const items = events.selectAll<HTMLLIElement, { event: ScenarioEvent; label: string }>('li')
      .data(now, (d) => `${interactive}|${eventKey(d.event)}`)
      .join((enter) => enter.append('li').each(function (d) {
        const li = select(this);
        if (!interactive) li.text(d.label);
        else {
          li.append('button').datum(d).attr('type', 'button').attr('class', 'btn btn-small sc-alt-send')
            .attr('data-focus-key', `sc-alt:${eventKey(d.event)}`)
            .on('click', (_e, datum) => onEvent(datum.event));
        }
      }));
    items.select('button').text((d) => d.label);
    items.order();
    none.text(done ? t('next.ended') : now.length === 0 ? t('statechart.altNone') : '').property('hidden', !done && now.length > 0);
  };
}
