import type { Selection } from 'd3-selection';
import { t } from '../i18n/index.ts';
import type { Source } from '../model/sources.ts';

/**
 * A list of citations: the id, its title and source, and what is uncertain about it, every part
 * scenario text and set as text. Shared by the timeline and the debrief.
 */
export function drawSources(list: Selection<HTMLUListElement, unknown, any, any>, sources: Source[]): void {
  list.attr('class', 'sources').attr('aria-label', t('timeline.sources'));
  const items = list.selectAll<HTMLLIElement, Source>('li').data(sources, (d) => d.id)
    .join((enter) => {
      const li = enter.append('li').attr('dir', 'auto');
      li.append('span').attr('class', 'cite-id');
      li.append('span').attr('class', 'cite-text');
      li.append('span').attr('class', 'cite-uncertain');
      return li;
    });
  items.select('.cite-id').text((d) => d.id);
  items.select('.cite-text').text((d) => ` ${d.title ? `${d.title}: ` : ''}${d.source}`);
  items.select('.cite-uncertain').text((d) => (d.uncertain ? ` ⚠ ${t('timeline.uncertain')}: ${d.uncertain}` : ''));
}

export function resolveCites(cites: string[], sources: Map<string, Source>): Source[] {
  return cites.map((id) => sources.get(id) ?? { id, title: null, source: t('timeline.notInWorld'), uncertain: null });
}
