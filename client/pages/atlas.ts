import { select } from 'd3-selection';
import { BUILTIN_AS_OF, BUILTIN_WORLD } from '../../machines/world/builtin/index.ts';
import { NAMED_REGIMES } from '../../machines/world/regimes.ts';
import { CATEGORIES, DEFAULT_REGIME, INSTRUMENT_KINDS, OFFENCE_CATEGORIES, REGIONS, type Category, type Instrument, type InstrumentKind, type OffenceCategory, type Regime } from '../../machines/world/types.ts';
import { announce } from '../app/announce.ts';
import type { Page } from '../app/router.ts';
import { t } from '../i18n/index.ts';
import { atlasRows, type AtlasCell } from '../model/atlas.ts';
import { create as createAtlas } from '../views/atlas.ts';

/**
 * `/atlas`: for a category of data, which channel opens between every pair of the built-in world's
 * states, and how long it takes; a negotiator drops an instrument or adds a hypothetical one and
 * sees which cells move and by how many days. All computed here with the engine's `assess`.
 */
export function mount(main: HTMLElement): Page {
  main.className = 'page page-atlas';
  const root = select(main);
  root.append('h1').text(t('atlas.title'));
  root.append('p').attr('class', 'lede').text(t('atlas.lede'));

  const states = [...BUILTIN_WORLD.jurisdictions].sort((a, b) => a.name.localeCompare(b.name));
  const dropped = new Set<string>();
  const added: Instrument[] = [];

  const controls = root.append('div').attr('class', 'atlas-controls');
  const question = controls.append('section').attr('class', 'panel');
  question.append('h2').text(t('atlas.question'));
  const categoryField = question.append('p').append('label').attr('class', 'inline-field');
  categoryField.append('span').text(t('atlas.category'));
  const category = categoryField.append('select').attr('class', 'atlas-category');
  category.selectAll('option').data(CATEGORIES).join('option').attr('value', (d) => d).text((d) => t(`category.${d}`));
  category.property('value', 'content');
  const regimeField = question.append('p').append('label').attr('class', 'inline-field');
  regimeField.append('span').text(t('atlas.regime'));
  const regime = regimeField.append('select');
  regime.selectAll('option').data(['contract', ...NAMED_REGIMES.map((r) => r.name)]).join('option').attr('value', (d) => d).text((d) => t(`regime.${d}`));
  // Some conventions serve only requests about some offences (UNTOC, UNCAC, Vienna 1988): '' is "not stated".
  const offenceChoices = ['', ...OFFENCE_CATEGORIES] as const;
  const offenceLabel = (d: string) => t(d === '' ? 'offence.none' : `offence.${d}`);
  const offenceField = question.append('p').append('label').attr('class', 'inline-field');
  offenceField.append('span').text(t('atlas.offence'));
  const offence = offenceField.append('select').attr('class', 'atlas-offence');
  offence.selectAll('option').data(offenceChoices).join('option').attr('value', (d) => d).text(offenceLabel);
  // The whole world is 195 × 195 cells (seconds to compute): the question names which part to show.
  const place = (label: string, initial: string) => {
    const field = question.append('p').append('label').attr('class', 'inline-field');
    field.append('span').text(label);
    const select = field.append('select');
    const regions = select.append('optgroup').attr('label', t('atlas.regions'));
    regions.selectAll('option').data([...REGIONS, 'all']).join('option').attr('value', (d) => d).text((d) => (d === 'all' ? t('atlas.everyState') : t(`region.${d}`)));
    select.append('optgroup').attr('label', t('atlas.states')).selectAll('option').data(states).join('option').attr('value', (d) => d.id).text((d) => d.name);
    select.property('value', initial);
    return select;
  };
  const fromField = place(t('atlas.from'), 'asia').attr('class', 'atlas-from');
  const toField = place(t('atlas.to'), 'asia').attr('class', 'atlas-to');
  const chosen = (value: string) => states.filter((s) => value === 'all' || s.region === value || s.id === value);
  const dateField = question.append('p').append('label').attr('class', 'inline-field');
  dateField.append('span').text(t('atlas.date'));
  const date = dateField.append('input').attr('type', 'date').property('value', BUILTIN_AS_OF);

  const instruments = controls.append('section').attr('class', 'panel');
  instruments.append('h2').text(t('atlas.instruments'));
  instruments.append('p').attr('class', 'hint').text(t('atlas.instrumentsHint'));
  const shownNote = instruments.append('p').attr('class', 'hint atlas-instruments-shown');
  const list = instruments.append('div').attr('class', 'instrument-list');

  const add = controls.append('form').attr('class', 'panel atlas-add');
  add.append('h2').text(t('atlas.addTitle'));
  const kindField = add.append('p').append('label').attr('class', 'inline-field');
  kindField.append('span').text(t('atlas.kind'));
  const kind = kindField.append('select');
  kind.selectAll('option').data(INSTRUMENT_KINDS).join('option').attr('value', (d) => d).text((d) => t(`kind.${d}`));
  const partiesField = add.append('p').append('label').attr('class', 'inline-field');
  partiesField.append('span').text(t('atlas.parties'));
  const parties = partiesField.append('select').attr('multiple', true).attr('size', 6).attr('class', 'atlas-parties');
  parties.selectAll('option').data(states).join('option').attr('value', (d) => d.id).text((d) => `${d.name} (${d.id})`);
  const cats = add.append('fieldset').attr('class', 'check-row');
  cats.append('legend').text(t('atlas.covers'));
  cats.selectAll('label').data(CATEGORIES).join('label').attr('class', 'check').call((l) => {
    l.append('input').attr('type', 'checkbox').attr('value', (d) => d).property('checked', true);
    l.append('span').text((d) => t(`category.${d}`));
  });
  const servesField = add.append('p').append('label').attr('class', 'inline-field');
  servesField.append('span').text(t('atlas.serves'));
  const serves = servesField.append('select').attr('class', 'atlas-serves');
  serves.selectAll('option').data(['', ...OFFENCE_CATEGORIES]).join('option').attr('value', (d) => d).text((d) => (d === '' ? t('offence.any') : offenceLabel(d)));
  const daysField = add.append('p').append('label').attr('class', 'inline-field');
  daysField.append('span').text(t('atlas.median'));
  const median = daysField.append('input').attr('type', 'number').attr('min', 1).attr('max', 2000).property('value', '60');
  add.append('button').attr('type', 'submit').attr('class', 'btn btn-primary').text(t('atlas.add'));
  const addError = add.append('p').attr('class', 'form-error').attr('role', 'alert');
  const addedList = add.append('ul').attr('class', 'added-list');

  const progress = root.append('p').attr('class', 'atlas-progress hint').attr('role', 'status');
  const update = createAtlas(root.append('section').attr('class', 'atlas').node()!);

  const world = () => ({ ...BUILTIN_WORLD, instruments: [...BUILTIN_WORLD.instruments.filter((i) => !dropped.has(i.id)), ...added] });
  const currentRegime = (): Regime => (regime.property('value') === 'contract' ? DEFAULT_REGIME : NAMED_REGIMES.find((r) => r.name === regime.property('value'))!.regime);
  let rows = chosen(String(fromField.property('value')));
  let columns = chosen(String(toField.property('value')));
  const asking = (w: typeof BUILTIN_WORLD) => ({
    world: w, data: category.property('value') as Category, regime: currentRegime(), date: String(date.property('value')) || BUILTIN_AS_OF,
    offenceCategory: (offence.property('value') || undefined) as OffenceCategory | undefined, rows: rows.map((s) => s.id), states: columns.map((s) => s.id),
  });
  // The whole world is 38,025 cells (seconds): rows are computed in slices of about 50 ms, with the
  // page answering in between, and a newer question stops an older one.
  let asked = 0;
  const ask = async (w: typeof BUILTIN_WORLD, generation: number): Promise<AtlasCell[][] | null> => {
    const matrix: AtlasCell[][] = [];
    let slice = performance.now();
    for (const row of atlasRows(asking(w))) {
      matrix.push(row);
      if (performance.now() - slice > 50) {
        progress.text(t('atlas.computing', { done: matrix.length, total: rows.length }));
        await new Promise((resolve) => setTimeout(resolve, 0));
        if (generation !== asked) return null;
        slice = performance.now();
      }
    }
    return matrix;
  };

  let baseline: AtlasCell[][] = [];
  const draw = async (speak = false, fresh = false) => {
    const generation = ++asked;
    document.documentElement.dataset.ready = 'atlas-computing';
    const base = fresh ? await ask(BUILTIN_WORLD, generation) : baseline;
    const current = base && (dropped.size || added.length ? await ask(world(), generation) : base);
    if (!base || !current || generation !== asked) return;
    baseline = base;
    progress.text('');
    update({ rows, columns, baseline, current });
    if (speak) announce(String(root.select('.atlas-summary').text()));
    document.documentElement.dataset.ready = 'atlas';
  };
  const redrawAll = () => void draw(true, true);
  const drawInstruments = () => {
    // Only the instruments that can decide a shown cell: one party among the rows, another among the columns.
    const inRows = new Set(rows.map((s) => s.id));
    const inColumns = new Set(columns.map((s) => s.id));
    // Two different parties, one among the rows and one among the columns: only such an instrument can decide a shown cell.
    const shown = BUILTIN_WORLD.instruments
      .filter((i) => i.parties.some((p) => inRows.has(p) && i.parties.some((q) => q !== p && inColumns.has(q))))
      .sort((a, b) => a.id.localeCompare(b.id));
    shownNote.text(t('atlas.instrumentsShown', { shown: shown.length, total: BUILTIN_WORLD.instruments.length }));
    const labels = list.selectAll<HTMLLabelElement, Instrument>('label').data(shown, (d) => d.id).join((enter) => {
      const label = enter.append('label').attr('class', 'check');
      label.append('input').attr('type', 'checkbox').on('change', function (_e, d) {
        if ((this as HTMLInputElement).checked) dropped.delete(d.id);
        else dropped.add(d.id);
        void draw(true);
      });
      label.append('span');
      return label;
    });
    labels.select('input').property('checked', (d) => !dropped.has(d.id));
    labels.select('span').attr('title', (d) => d.source).text((d) => `${d.id} · ${t(`kind.${d.kind}`)} · ${d.parties.length} ${t('atlas.partiesShort')}`);
  };
  const replace = () => {
    rows = chosen(String(fromField.property('value')));
    columns = chosen(String(toField.property('value')));
    drawInstruments();
    redrawAll();
  };
  fromField.on('change', replace);
  toField.on('change', replace);
  category.on('change', redrawAll);
  regime.on('change', redrawAll);
  date.on('change', redrawAll);
  offence.on('change', redrawAll);

  drawInstruments();

  let counter = 0;
  const drawAdded = () => {
    const li = addedList.selectAll<HTMLLIElement, Instrument>('li').data(added, (d) => d.id).join((enter) => {
      const item = enter.append('li');
      item.append('span');
      item.append('button').attr('type', 'button').attr('class', 'btn btn-small').text(t('atlas.remove')).on('click', (_e, d) => {
        added.splice(added.indexOf(d), 1);
        drawAdded();
        void draw(true);
      });
      return item;
    });
    li.select('span').text((d) => `${d.id}: ${t(`kind.${d.kind}`)}, ${d.parties.join(', ')}, ${d.offences ? `${d.offences.map(offenceLabel).join(', ')}, ` : ''}${d.days.median} d `);
  };
  add.on('submit', (event: Event) => {
    event.preventDefault();
    const chosen = Array.from((parties.node() as HTMLSelectElement).selectedOptions).map((o) => o.value);
    const data = cats.selectAll<HTMLInputElement, Category>('input').filter(function () { return this.checked; }).data();
    const days = Math.round(Number(median.property('value')));
    if (chosen.length < 2) return void addError.text(t('atlas.needParties'));
    if (data.length === 0) return void addError.text(t('atlas.needData'));
    if (!(days >= 1)) return void addError.text(t('atlas.needDays'));
    addError.text('');
    added.push({
      id: `HYPOTHETICAL-${++counter}`, kind: kind.property('value') as InstrumentKind, parties: chosen, data, excludes: [],
      days: { median: days, p90: Math.round(days * 1.75) }, source: t('atlas.hypotheticalSource'),
      ...(serves.property('value') ? { offences: [serves.property('value') as OffenceCategory] } : {}),
    });
    drawAdded();
    void draw(true);
  });

  void draw(false, true);
  return {};
}
