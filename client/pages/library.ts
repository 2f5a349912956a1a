import { select } from 'd3-selection';
import { createSession, listScenarios } from '../app/api.ts';
import { announce, guarded } from '../app/announce.ts';
import { navigate, type Page } from '../app/router.ts';
import { saveTrainerPass } from '../app/tokens.ts';
import { t } from '../i18n/index.ts';
import { scenarioObjectives, scenarioSummary, scenarioTitle } from '../i18n/scenario-text.ts';
import type { Involved } from '../../machines/world/involved.ts';
import { create as createCards, type CardsState } from '../views/cards.ts';

/** `/`: the shipped scenarios as cards, searchable, each with its three ways in. */
export async function mount(main: HTMLElement): Promise<Page> {
  main.className = 'page page-library';
  const root = select(main);
  root.append('h1').text(t('library.title'));
  root.append('p').attr('class', 'lede').text(t('library.lede'));

  const search = root.append('div').attr('class', 'search');
  search.append('label').attr('for', 'library-search').text(t('library.search'));
  const input = search.append('input').attr('id', 'library-search').attr('type', 'search').attr('autocomplete', 'off')
    .attr('aria-describedby', 'library-count');
  const count = root.append('p').attr('id', 'library-count').attr('class', 'count');
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
  // The library's summaries carry the jurisdictions each request touches: no scenario is fetched.
  const state: CardsState = { scenarios: all, involved: new Map(all.map((s) => [s.id, s.jurisdictions])) };
  const draw = (speak = false) => {
    const query = String(input.property('value') ?? '').trim().toLowerCase();
    const shown = query === '' ? all : all.filter((s) => haystack(s, state.involved.get(s.id)).includes(query));
    update({ ...state, scenarios: shown });
    const words = t('library.count', { shown: shown.length, total: all.length });
    count.text(words);
    if (speak) announce(words);
  };
  input.on('input', () => draw(true));
  draw();
  // The first view is interactive from here: the bench and the tests read this mark.
  performance.mark('rogatory:interactive');
  document.documentElement.dataset.ready = 'library';

  return { dispose: () => { disposed = true; } };
}

function haystack(s: Parameters<typeof scenarioTitle>[0] & { id: string }, involved: Involved[] | undefined): string {
  return [s.id, scenarioTitle(s), s.title, scenarioSummary(s), ...scenarioObjectives(s), ...(involved ?? []).map((j) => `${j.name} ${j.id}`)]
    .join(' \n ')
    .toLowerCase();
}
