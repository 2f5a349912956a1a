import { select } from 'd3-selection';
import { createSession, listScenarios } from '../app/api.ts';
import { announce, guarded } from '../app/announce.ts';
import { navigate, routeQuery, writeRouteQuery, type Page } from '../app/router.ts';
import { saveTrainerPass } from '../app/tokens.ts';
import { t } from '../i18n/index.ts';
import { scenarioObjectives, scenarioSummary, scenarioTitle } from '../i18n/scenario-text.ts';
import type { Involved } from '../../machines/world/involved.ts';
import { stateNamesEverywhere, useScenario } from '../i18n/states.ts';
import { create as createCards, type CardsState } from '../views/cards.ts';
import { create as createFilters } from '../views/library-filters.ts';
import { mountUpload } from './library-upload.ts';
import { mountInvalidFiles } from './invalid-section.ts';
import {
  filterLibrary, libraryChoices, libraryQueryString, NO_FILTER, parseLibraryQuery, type LibraryQuery,
} from '../model/library-filter.ts';

/** `/`: the shipped scenarios as cards, searchable, filtered and sorted from the address's query, each with its three ways in. */
export async function mount(main: HTMLElement): Promise<Page> {
  main.className = 'page page-library';
  // No scenario is open here: no scenario's phrases or world names apply.
  useScenario(null);
  const root = select(main);
  root.append('h1').text(t('library.title'));
  root.append('p').attr('class', 'lede').text(t('library.lede'));
  const invalidHost = root.append('div').node()!;

  // Issue 16: a scenario of one's own, checked, then walked through, compared or taught.
  mountUpload(root.append('div').node()!, () => disposed);
  const filtersHost = root.append('div').node()!;
  const count = root.append('p').attr('id', 'library-count').attr('class', 'count');
  const empty = root.append('div').attr('class', 'library-empty').attr('hidden', '');
  empty.append('p').text(t('library.empty'));
  const host = root.append('div').node()!;

  let disposed = false;
  const start = async (id: string, solo: boolean) => {
    const created = await guarded(() => createSession({ scenario: id }));
    if (!created || disposed) return;
    saveTrainerPass(created.id, { token: created.trainerToken, solo });
    navigate(`/session/${created.id}`);
  };
  const update = createCards(host, {
    walk: (id) => void start(id, true),
    classroom: (id) => void start(id, false),
    compareHref: (id) => `#/compare/${encodeURIComponent(id)}`,
    exploreHref: (id) => `#/explore/${encodeURIComponent(id)}`,
  });

  const all = (await guarded(listScenarios)) ?? [];
  const stopInvalid = mountInvalidFiles(invalidHost, all.map((s) => s.id));
  // The library's summaries carry the jurisdictions each request touches: no scenario is fetched.
  const state: CardsState = { scenarios: all, involved: new Map(all.map((s) => [s.id, s.jurisdictions])) };
  const items = all.map((s) => ({ ...s, title: scenarioTitle(s), source: s }));
  const texts = new Map(items.map((i) => [i.id, haystack(i.source, i.jurisdictions)]));

  // The address holds the filters: the page draws from it, and writes it when a control changes.
  let query = parseLibraryQuery(routeQuery());
  const change = (next: LibraryQuery, typed: boolean) => {
    writeRouteQuery(libraryQueryString(next), !typed);
    draw(next, true);
  };
  const updateFilters = createFilters(filtersHost, libraryChoices(items), { change });
  empty.append('button').attr('type', 'button').attr('class', 'btn library-clear-empty').text(t('library.clear'))
    .on('click', () => change({ ...NO_FILTER, sort: query.sort }, false));

  const draw = (next: LibraryQuery, speak: boolean) => {
    query = next;
    updateFilters(query);
    const shown = filterLibrary(items, query, (i) => texts.get(i.id) ?? '');
    update({ ...state, scenarios: shown.map((i) => i.source) });
    const words = t('library.count', { shown: shown.length, total: all.length });
    count.text(words);
    empty.attr('hidden', shown.length === 0 ? null : '');
    if (speak) announce(shown.length === 0 ? `${words}. ${t('library.empty')}` : words);
  };
  draw(query, false);
  // The first view is interactive from here: the bench and the tests read this mark.
  performance.mark('rogatory:interactive');
  document.documentElement.dataset.ready = 'library';

  return {
    dispose: () => { disposed = true; stopInvalid(); },
    // Back, forward, or a link to other filters: the cards follow the address.
    query: (params) => draw(parseLibraryQuery(params), true),
  };
}

/**
 * What a search matches a scenario by: its id, and its title, summary and objectives in every
 * language it is written in, and the names of the states it touches in every language of the
 * interface (哈萨克斯坦, Казахстан and Kazakhstan find the same scenarios) or as its translations call them.
 */
function haystack(s: Parameters<typeof scenarioTitle>[0] & { id: string }, involved: Involved[] | undefined): string {
  const translated = Object.values(s.translations ?? {}).flatMap((x) => {
    if (!x || typeof x !== 'object') return [];
    const texts = [x.title, x.summary, ...(Array.isArray(x.objectives) ? x.objectives : [])];
    return texts.filter((v): v is string => typeof v === 'string');
  });
  const phrased = (name: string) => Object.values(s.translations ?? {}).map((x) => x?.phrases?.[name]).filter((v): v is string => typeof v === 'string');
  const states = (involved ?? []).flatMap((j) => [j.id, ...stateNamesEverywhere(j.id, j.name), ...phrased(j.name)]);
  return [s.id, scenarioTitle(s), s.title, scenarioSummary(s), ...scenarioObjectives(s), ...s.objectives, ...translated, ...states]
    .join(' \n ')
    .toLowerCase();
}
