import type { LibraryFacts } from '../../server/protocol.ts';
import { OUTCOMES, type Outcome } from '../../machines/scenario.ts';
import type { Involved } from '../../machines/world/involved.ts';
import { CHANNELS, type ChannelName } from '../../machines/world/types.ts';

/**
 * The library's filters and sorting, kept in the hash's query (`#/?real=1&state=IN&sort=days`) so that
 * a reload, a shared link and the back button keep them. Pure: the page reads and writes the address.
 */
export interface LibraryQuery {
  /** Real cases or invented ones; absent: both. */
  origin?: LibraryFacts['origin'];
  /** A jurisdiction's id; with `as`, the part it must play. */
  state?: string;
  as: StatePart;
  /** The channel the deterministic run ended on; `none`: it ended before any channel carried it. */
  channel?: ChannelName | 'none';
  outcome?: Outcome;
  /** Words searched in the card's text (title, summary, objectives, jurisdictions). */
  text: string;
  sort: LibrarySort;
}

/** `requested`: a state the request is addressed to (the provider's home or where the data is). */
export const STATE_PARTS = ['any', 'requesting', 'requested'] as const;
export type StatePart = (typeof STATE_PARTS)[number];

export const LIBRARY_SORTS = ['title', 'date', 'days'] as const;
export type LibrarySort = (typeof LIBRARY_SORTS)[number];

export const NO_FILTER: LibraryQuery = { as: 'any', text: '', sort: 'title' };

/** One scenario as the filters see it. `title` is the text shown (translated), for sorting by it. */
export interface LibraryItem {
  id: string;
  title: string;
  jurisdictions: Involved[];
  library?: LibraryFacts;
}

const oneOf = <T extends string>(values: readonly T[], value: string | null): T | undefined =>
  value !== null && (values as readonly string[]).includes(value) ? (value as T) : undefined;

/** A hand-edited or old link with an unknown value loses that filter only, never the page. */
export function parseLibraryQuery(params: URLSearchParams): LibraryQuery {
  const real = params.get('real');
  const state = params.get('state')?.trim().toUpperCase();
  const query: LibraryQuery = {
    as: oneOf(STATE_PARTS, params.get('as')) ?? 'any',
    text: params.get('q')?.trim() ?? '',
    sort: oneOf(LIBRARY_SORTS, params.get('sort')) ?? 'title',
  };
  if (real === '1') query.origin = 'real';
  if (real === '0') query.origin = 'fictional';
  if (state && /^[A-Z0-9-]{1,16}$/.test(state)) query.state = state;
  const channel = oneOf([...CHANNELS, 'none'] as const, params.get('channel'));
  if (channel) query.channel = channel;
  const outcome = oneOf(OUTCOMES, params.get('outcome'));
  if (outcome) query.outcome = outcome;
  return query;
}

/** The query's parameters in a fixed order, defaults left out (no filter: ''). */
export function libraryQueryString(query: LibraryQuery): string {
  const params = new URLSearchParams();
  if (query.origin) params.set('real', query.origin === 'real' ? '1' : '0');
  if (query.state) {
    params.set('state', query.state);
    if (query.as !== 'any') params.set('as', query.as);
  }
  if (query.channel) params.set('channel', query.channel);
  if (query.outcome) params.set('outcome', query.outcome);
  if (query.text) params.set('q', query.text);
  if (query.sort !== 'title') params.set('sort', query.sort);
  return params.toString();
}

/** Whether any filter narrows the list (sorting alone does not). */
export function isFiltered(query: LibraryQuery): boolean {
  return Boolean(query.origin || query.state || query.channel || query.outcome || query.text);
}

function playsPart(item: LibraryItem, state: string, as: StatePart): boolean {
  const involved = item.jurisdictions.find((j) => j.id === state);
  if (!involved) return false;
  if (as === 'requesting') return involved.roles.includes('requesting');
  if (as === 'requested') return involved.roles.includes('providerHome') || involved.roles.includes('dataLocation');
  return true;
}

/**
 * The items the query keeps, sorted. `haystack` gives an item's searchable text in lower case
 * (the page builds it from the translated card text).
 */
export function filterLibrary<T extends LibraryItem>(items: readonly T[], query: LibraryQuery, haystack: (item: T) => string): T[] {
  // The words as typed, as one phrase: "Microsoft Ireland (2013)" finds that card, not every 2013 one.
  const phrase = query.text.toLowerCase();
  const kept = items.filter((item) => {
    const facts = item.library;
    if (query.origin && facts?.origin !== query.origin) return false;
    if (query.state && !playsPart(item, query.state, query.as)) return false;
    if (query.channel && (!facts?.run || (facts.run.channel ?? 'none') !== query.channel)) return false;
    if (query.outcome && facts?.run?.outcome !== query.outcome) return false;
    if (phrase && !haystack(item).includes(phrase)) return false;
    return true;
  });
  return sortLibrary(kept, query.sort);
}

const byTitle = (a: LibraryItem, b: LibraryItem) => a.title.localeCompare(b.title) || a.id.localeCompare(b.id);

/**
 * `date`: oldest request first; `days`: the quickest deterministic run first. What has no date or no
 * run goes last, in title order, rather than pretending to be day 0.
 */
export function sortLibrary<T extends LibraryItem>(items: readonly T[], sort: LibrarySort): T[] {
  const key = (item: LibraryItem): string | number | null =>
    sort === 'date' ? (item.library?.date ?? null) : sort === 'days' ? (item.library?.run?.days ?? null) : null;
  return [...items].sort((a, b) => {
    if (sort === 'title') return byTitle(a, b);
    const ka = key(a);
    const kb = key(b);
    if (ka === null || kb === null) return ka === kb ? byTitle(a, b) : ka === null ? 1 : -1;
    if (ka < kb) return -1;
    if (ka > kb) return 1;
    return byTitle(a, b);
  });
}

/** What the filters offer: the states, channels and outcomes that occur in the library, so no choice is always empty. */
export function libraryChoices(items: readonly LibraryItem[]): {
  states: { id: string; name: string }[];
  channels: (ChannelName | 'none')[];
  outcomes: Outcome[];
} {
  const states = new Map<string, string>();
  const channels = new Set<ChannelName | 'none'>();
  const outcomes = new Set<Outcome>();
  for (const item of items) {
    for (const j of item.jurisdictions) states.set(j.id, j.name);
    const run = item.library?.run;
    if (run) {
      channels.add(run.channel ?? 'none');
      outcomes.add(run.outcome);
    }
  }
  return {
    states: [...states].map(([id, name]) => ({ id, name })).sort((a, b) => a.name.localeCompare(b.name)),
    channels: [...CHANNELS, 'none' as const].filter((c) => channels.has(c)),
    outcomes: OUTCOMES.filter((o) => outcomes.has(o)),
  };
}
