import { describe, expect, it } from 'vitest';
import {
  filterLibrary, isFiltered, libraryChoices, libraryQueryString, NO_FILTER, parseLibraryQuery, sortLibrary, type LibraryItem, type LibraryQuery,
} from '../client/model/library-filter.ts';

/** A small library of made-up entries, each built to be kept or dropped by one filter. */
const ITEMS: (LibraryItem & { text: string })[] = [
  {
    id: 'a', title: 'Brazil and WhatsApp', text: 'court order messages',
    jurisdictions: [{ id: 'BR', name: 'Brazil', roles: ['requesting'] }, { id: 'US', name: 'United States', roles: ['providerHome'] }],
    library: { origin: 'real', date: '2016-03-01', run: { outcome: 'withdrawn', channel: null, days: 10 } },
  },
  {
    id: 'b', title: 'A treaty request', text: 'mutual legal assistance',
    jurisdictions: [{ id: 'BO', name: 'Borduria', roles: ['requesting'] }, { id: 'AR', name: 'Arcadia', roles: ['providerHome', 'dataLocation'] }],
    library: { origin: 'fictional', date: null, run: { outcome: 'delivered', channel: 'mlat', days: 300 } },
  },
  {
    id: 'c', title: 'Microsoft Ireland', text: 'a warrant for mail stored in Dublin',
    jurisdictions: [{ id: 'US', name: 'United States', roles: ['requesting', 'providerHome'] }, { id: 'IE', name: 'Ireland', roles: ['dataLocation'] }],
    library: { origin: 'real', date: '2013-12-04', run: { outcome: 'delivered', channel: 'mlat', days: 310 } },
  },
  {
    id: 'd', title: 'Cloud Act order', text: 'direct order to the provider',
    jurisdictions: [{ id: 'GB', name: 'United Kingdom', roles: ['requesting'] }, { id: 'US', name: 'United States', roles: ['providerHome', 'dataLocation'] }],
    library: { origin: 'real', date: '2024-06-03', run: { outcome: 'delivered', channel: 'agreement', days: 30 } },
  },
  {
    id: 'e', title: 'Unplayable', text: 'script cannot be played',
    jurisdictions: [{ id: 'BO', name: 'Borduria', roles: ['requesting'] }],
    library: { origin: 'fictional', date: null, run: null },
  },
];

const ids = (query: Partial<LibraryQuery>) =>
  filterLibrary(ITEMS, { ...NO_FILTER, ...query }, (item) => `${item.title} ${item.text}`.toLowerCase()).map((i) => i.id);

describe('library filters', () => {
  it('keeps everything when nothing is chosen, in title order', () => {
    expect(ids({})).toEqual(['b', 'a', 'd', 'c', 'e']);
  });

  it('keeps real cases or invented ones', () => {
    expect(ids({ origin: 'real' })).toEqual(['a', 'd', 'c']);
    expect(ids({ origin: 'fictional' })).toEqual(['b', 'e']);
  });

  it('keeps the scenarios a state takes part in, in the part asked for', () => {
    expect(ids({ state: 'US' })).toEqual(['a', 'd', 'c']);
    expect(ids({ state: 'US', as: 'requesting' })).toEqual(['c']);
    // Requested: the provider's home or where the data is.
    expect(ids({ state: 'US', as: 'requested' })).toEqual(['a', 'd', 'c']);
    expect(ids({ state: 'IE', as: 'requested' })).toEqual(['c']);
    expect(ids({ state: 'IE', as: 'requesting' })).toEqual([]);
  });

  it('keeps the scenarios whose deterministic run ends on a channel, or on none', () => {
    expect(ids({ channel: 'mlat' })).toEqual(['b', 'c']);
    expect(ids({ channel: 'none' })).toEqual(['a']);
    expect(ids({ channel: 'direct' })).toEqual([]);
  });

  it('keeps the scenarios whose deterministic run ends with an outcome; one with no run matches no outcome', () => {
    expect(ids({ outcome: 'delivered' })).toEqual(['b', 'd', 'c']);
    expect(ids({ outcome: 'withdrawn' })).toEqual(['a']);
  });

  it('searches the text as one phrase, whatever its case', () => {
    expect(ids({ text: 'DIRECT ORDER' })).toEqual(['d']);
    expect(ids({ text: 'provider direct' })).toEqual([]);
  });

  it('combines filters', () => {
    expect(ids({ origin: 'real', channel: 'mlat', state: 'IE' })).toEqual(['c']);
    expect(ids({ origin: 'fictional', outcome: 'withdrawn' })).toEqual([]);
  });
});

describe('library sorting', () => {
  it('by request date, oldest first, undated last in title order', () => {
    expect(sortLibrary(ITEMS, 'date').map((i) => i.id)).toEqual(['c', 'a', 'd', 'b', 'e']);
  });

  it('by days to the outcome, quickest first, unplayed last', () => {
    expect(sortLibrary(ITEMS, 'days').map((i) => i.id)).toEqual(['a', 'd', 'b', 'c', 'e']);
  });

  it('does not change the list it is given', () => {
    const before = ITEMS.map((i) => i.id);
    sortLibrary(ITEMS, 'days');
    expect(ITEMS.map((i) => i.id)).toEqual(before);
  });
});

describe('the filters in the address', () => {
  it('reads what it writes', () => {
    const query: LibraryQuery = { origin: 'real', state: 'IN', as: 'requesting', channel: 'none', outcome: 'blocked', text: 'ireland 2013', sort: 'days' };
    const written = libraryQueryString(query);
    expect(written).toBe('real=1&state=IN&as=requesting&channel=none&outcome=blocked&q=ireland+2013&sort=days');
    expect(parseLibraryQuery(new URLSearchParams(written))).toEqual(query);
  });

  it('writes nothing for no filter and the default sort', () => {
    expect(libraryQueryString(NO_FILTER)).toBe('');
    expect(isFiltered(NO_FILTER)).toBe(false);
    expect(isFiltered({ ...NO_FILTER, sort: 'days' })).toBe(false);
    expect(isFiltered({ ...NO_FILTER, origin: 'fictional' })).toBe(true);
  });

  it('drops only the values it does not know, from a hand-edited link', () => {
    const query = parseLibraryQuery(new URLSearchParams('real=yes&state=in&channel=fax&outcome=delivered&sort=size&as=judge'));
    expect(query).toEqual({ ...NO_FILTER, state: 'IN', outcome: 'delivered' });
  });

  it('reads real=0 as the invented scenarios', () => {
    expect(parseLibraryQuery(new URLSearchParams('real=0')).origin).toBe('fictional');
  });
});

describe('the choices offered', () => {
  it('are the states, channels and outcomes the library holds, and no others', () => {
    const choices = libraryChoices(ITEMS);
    expect(choices.states.map((s) => s.id)).toEqual(['AR', 'BO', 'BR', 'IE', 'GB', 'US']);
    expect(choices.channels).toEqual(['agreement', 'mlat', 'none']);
    expect(choices.outcomes).toEqual(['delivered', 'withdrawn']);
  });
});
