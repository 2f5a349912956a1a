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
      // The world's citations are written in English (issue 18: marked, for screen readers on other pages).
      li.append('span').attr('class', 'cite-text');
      const uncertain = li.append('span').attr('class', 'cite-uncertain');
      uncertain.append('span').attr('class', 'cite-uncertain-label');
      uncertain.append('span').attr('class', 'cite-uncertain-text').attr('lang', 'en').attr('data-source', 'note');
      return li;
    });
  items.select('.cite-id').text((d) => d.id);
  // A citation the world lacks is said in the interface's words; the world's own are in English.
  // data-source: a source's original title and text, which keep their language on every page.
  items.select('.cite-text').attr('lang', (d) => (d.title !== null || d.source !== t('timeline.notInWorld') ? 'en' : null))
    .attr('data-source', (d) => (d.title !== null || d.source !== t('timeline.notInWorld') ? '' : null))
    .text((d) => ` ${d.title ? `${d.title}: ` : ''}${d.source}`);
  items.select('.cite-uncertain-label').text((d) => (d.uncertain ? ` ⚠ ${t('timeline.uncertain')}: ` : ''));
  items.select('.cite-uncertain-text').text((d) => d.uncertain ?? '');
}

export function resolveCites(cites: string[], sources: Map<string, Source>): Source[] {
  return cites.map((id) => sources.get(id) ?? { id, title: null, source: t('timeline.notInWorld'), uncertain: null });
}
