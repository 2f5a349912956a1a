import { select, type Selection } from 'd3-selection';
import { locale, t } from '../i18n/index.ts';
import { stateHere } from '../i18n/states.ts';
import {
  LIBRARY_SORTS, NO_FILTER, STATE_PARTS, isFiltered, type LibraryQuery, type libraryChoices,
} from '../model/library-filter.ts';

export type LibraryChoices = ReturnType<typeof libraryChoices>;

export interface LibraryFiltersActions {
  /** A control changed the query. `typed`: it came from a key in the search box (no step for the back button). */
  change(query: LibraryQuery, typed: boolean): void;
}

interface Option {
  value: string;
  label: string;
}

/**
 * The library's search box, filters and sort order: labelled native controls (a select is
 * keyboard- and screen-reader-ready as it is). `update` sets them from the query in the address.
 */
export function create(container: HTMLElement, choices: LibraryChoices, actions: LibraryFiltersActions): (query: LibraryQuery) => void {
  let query: LibraryQuery = NO_FILTER;
  const form = select(container).append('form').attr('class', 'library-filters').attr('role', 'search')
    .attr('aria-label', t('library.filters'))
    .on('submit', (event: Event) => event.preventDefault());

  const search = form.append('div').attr('class', 'search');
  search.append('label').attr('for', 'library-search').text(t('library.search'));
  const input = search.append('input').attr('id', 'library-search').attr('type', 'search').attr('autocomplete', 'off')
    .attr('aria-describedby', 'library-count')
    .on('input', function () {
      actions.change({ ...query, text: this.value.trim() }, true);
    });

  // On a phone the filters would push every card a screen down: they fold away until asked for
  // (or until a link arrives with filters set); wider screens show them open.
  const more = form.append('details').attr('class', 'filter-more')
    .property('open', window.matchMedia('(min-width: 40rem)').matches);
  const summary = more.append('summary');
  const row = more.append('div').attr('class', 'filter-row');
  const field = (id: string, label: string, options: Option[], set: (value: string) => Partial<LibraryQuery>) => {
    const wrap = row.append('div').attr('class', 'filter');
    wrap.append('label').attr('for', id).text(label);
    const control = wrap.append('select').attr('id', id).attr('name', id);
    control.selectAll('option').data(options).join('option').attr('value', (o) => o.value).text((o) => o.label);
    control.on('change', function () {
      actions.change({ ...query, ...set(this.value) }, false);
    });
    return control;
  };

  const origin = field('library-origin', t('library.origin'), [
    { value: '', label: t('library.origin.any') },
    { value: 'real', label: t('library.origin.real') },
    { value: 'fictional', label: t('library.origin.fictional') },
  ], (v) => ({ origin: v === 'real' || v === 'fictional' ? v : undefined }));
  const state = field('library-state', t('library.state'), [
    { value: '', label: t('library.state.any') },
    ...choices.states.map((s) => ({ value: s.id, label: stateHere(s.id, s.name) })).sort((a, b) => a.label.localeCompare(b.label, locale())),
  ], (v) => ({ state: v || undefined }));
  const part = field('library-as', t('library.as'),
    STATE_PARTS.map((p) => ({ value: p, label: t(`library.as.${p}`) })),
    (v) => ({ as: (STATE_PARTS as readonly string[]).includes(v) ? (v as LibraryQuery['as']) : 'any' }));
  const channel = field('library-channel', t('library.channel'), [
    { value: '', label: t('library.channel.any') },
    ...choices.channels.map((c) => ({ value: c, label: c === 'none' ? t('library.channel.none') : t(`channel.${c}`) })),
  ], (v) => ({ channel: (choices.channels as string[]).includes(v) ? (v as LibraryQuery['channel']) : undefined }));
  const outcome = field('library-outcome', t('library.outcome'), [
    { value: '', label: t('library.outcome.any') },
    ...choices.outcomes.map((o) => ({ value: o, label: t(`outcome.${o}`) })),
  ], (v) => ({ outcome: (choices.outcomes as string[]).includes(v) ? (v as LibraryQuery['outcome']) : undefined }));
  const sort = field('library-sort', t('library.sort'),
    LIBRARY_SORTS.map((s) => ({ value: s, label: t(`library.sort.${s}`) })),
    (v) => ({ sort: (LIBRARY_SORTS as readonly string[]).includes(v) ? (v as LibraryQuery['sort']) : 'title' }));

  more.append('p').attr('class', 'filter-hint').attr('id', 'library-as-hint').text(t('library.as.hint'));
  part.attr('aria-describedby', 'library-as-hint');

  const clear = row.append('div').attr('class', 'filter filter-clear').append('button').attr('type', 'button')
    .attr('class', 'btn library-clear').text(t('library.clear'))
    .on('click', () => actions.change({ ...NO_FILTER, sort: query.sort }, false));

  const setValue = (control: Selection<HTMLSelectElement, unknown, null, undefined>, value: string) => {
    // A state in an old link that this library does not hold still shows as chosen, rather than "any".
    if (!control.selectAll<HTMLOptionElement, unknown>('option').nodes().some((o) => o.value === value)) {
      control.append('option').attr('value', value).text(value);
    }
    control.property('value', value);
  };

  return (next) => {
    query = next;
    // What the person is typing stays as typed (a trailing space is not trimmed away under the cursor).
    const typed = input.node()!;
    if (typed.value.trim() !== next.text) typed.value = next.text;
    setValue(origin, next.origin ?? '');
    setValue(state, next.state ?? '');
    setValue(part, next.as);
    // The part a state plays means nothing until a state is chosen.
    part.property('disabled', !next.state);
    setValue(channel, next.channel ?? '');
    setValue(outcome, next.outcome ?? '');
    setValue(sort, next.sort);
    clear.attr('hidden', isFiltered(next) ? null : '');
    const chosen = [next.origin, next.state, next.channel, next.outcome].filter(Boolean).length;
    summary.text(chosen ? t('library.filtersChosen', { count: chosen }) : t('library.filters'));
    if (chosen || next.sort !== 'title') more.property('open', true);
  };
}
