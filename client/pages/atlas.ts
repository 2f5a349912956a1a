import { select } from 'd3-selection';
import { parse as parseYaml, stringify as stringifyYaml } from 'yaml';
import { BUILTIN_WORLD } from '../../machines/world/builtin/index.ts';
import { applyOverlay, isEmptyOverlay, type Overlay } from '../../machines/world/overlay.ts';
import { NAMED_REGIMES } from '../../machines/world/regimes.ts';
import { CATEGORIES, CONNECTIONS, INSTRUMENT_KINDS, OFFENCE_CATEGORIES, ORDER_DATA_REACH, ORDER_PROVIDER_REACH, REGIONS, RULE_KINDS, type Category, type Connection, type Instrument, type InstrumentKind, type OffenceCategory, type OrderDataReach, type OrderProviderReach, type ProductionOrder, type Rule, type RuleKind } from '../../machines/world/types.ts';
import { announce } from '../app/announce.ts';
import type { Page } from '../app/router.ts';
import { locale, t } from '../i18n/index.ts';
import { channelLabel, daysLabel } from '../i18n/labels.ts';
import { AtlasAsker, cellAt, NOBODY, type AtlasCell, type AtlasDifference, type ProviderAssumption } from '../model/atlas.ts';
import { answerJob, regimeNamed, type AtlasAnswer, type AtlasJob } from '../model/atlas-worker.ts';
import { create as createAtlas } from '../views/atlas.ts';
import { create as createMap, type MapCell } from '../views/atlas-map.ts';
import { reasonText } from '../i18n/engine-text.ts';
import { stateHere } from '../i18n/states.ts';

/**
 * Every other choice of the question, kept in the link too so that a shared link asks the same
 * question: only the ones that differ from the page's defaults are written.
 */
const CHOICE_KEYS = ['provider', 'from', 'category', 'regime', 'offence', 'view', 'colour', 'rows', 'columns'] as const;

/**
 * The `date` and `whatif` parameters of `#/atlas?…` (the what-if as base64url of its YAML), read and
 * written here in one place until client/app/variant-link.ts (part D) serves every page.
 */
function readLink(): { date?: string; overlay?: Overlay; choices: Map<string, string> } {
  const query = new URLSearchParams(location.hash.split('?')[1] ?? '');
  const out: { date?: string; overlay?: Overlay; choices: Map<string, string> } = { choices: new Map() };
  for (const key of CHOICE_KEYS) {
    const value = query.get(key);
    if (value !== null) out.choices.set(key, value);
  }
  const date = query.get('date');
  if (date && /^\d{4}-\d{2}-\d{2}$/.test(date)) out.date = date;
  const whatif = query.get('whatif');
  if (whatif) {
    try {
      const yaml = new TextDecoder().decode(Uint8Array.from(atob(whatif.replaceAll('-', '+').replaceAll('_', '/')), (c) => c.charCodeAt(0)));
      out.overlay = parseYaml(yaml) as Overlay;
    } catch { /* a damaged link asks the world as it stands */ }
  }
  return out;
}
function writeLink(date: string, today: string, overlay: Overlay, choices: Map<string, string>): void {
  const query = new URLSearchParams();
  for (const [key, value] of choices) query.set(key, value);
  if (date !== today) query.set('date', date);
  if (!isEmptyOverlay(overlay)) {
    const bytes = new TextEncoder().encode(stringifyYaml(overlay));
    query.set('whatif', btoa(String.fromCharCode(...bytes)).replaceAll('+', '-').replaceAll('/', '_').replace(/=+$/, ''));
  }
  const q = query.toString();
  history.replaceState(null, '', `#/atlas${q ? `?${q}` : ''}`);
}

/** Today by the reader's clock: "compared with today" is the world as it stands now. */
const todayIso = () => new Date().toISOString().slice(0, 10);

/**
 * `/atlas`: for the data asked, which channel opens from a requesting state to every other state (a
 * map, or the table of states against states), and how long a run takes; on any date, compared with
 * today; under a what-if a negotiator sketches and shares. Computed by the engine in a worker.
 */
/** An entry of the world the what-if can drop: its id, how the list names it, its source. */
interface Droppable {
  id: string;
  text: string;
  source: string;
}

export function mount(main: HTMLElement): Page {
  main.className = 'page page-atlas';
  const root = select(main);
  root.append('h1').text(t('atlas.title'));
  root.append('p').attr('class', 'lede').text(t('atlas.lede'));

  const link = readLink();
  const today = todayIso();
  // The states by their names in the page's language (Intl.DisplayNames), in that language's order.
  const states = BUILTIN_WORLD.jurisdictions.map((j) => ({ ...j, name: stateHere(j.id, j.name) })).sort((a, b) => a.name.localeCompare(b.name, locale()));
  const names = new Map(states.map((s) => [s.id, s.name]));
  const dropped = new Set<string>(link.overlay?.drop ?? []);
  const added: Instrument[] = [...(link.overlay?.add?.instruments ?? [])];
  const addedRules: Rule[] = [...(link.overlay?.add?.rules ?? [])];
  const addedOrders: ProductionOrder[] = [...(link.overlay?.add?.orders ?? [])];
  const overlay = (): Overlay => {
    const add = { ...(added.length && { instruments: [...added] }), ...(addedRules.length && { rules: [...addedRules] }), ...(addedOrders.length && { orders: [...addedOrders] }) };
    return { ...(dropped.size && { drop: [...dropped] }), ...(Object.keys(add).length && { add }) };
  };

  const controls = root.append('div').attr('class', 'atlas-controls');
  const question = controls.append('section').attr('class', 'panel atlas-question');
  question.append('h2').text(t('atlas.question'));
  const field = (label: string) => {
    const f = question.append('p').append('label').attr('class', 'inline-field');
    f.append('span').text(label);
    return f;
  };
  const category = field(t('atlas.category')).append('select').attr('class', 'atlas-category');
  category.selectAll('option').data(CATEGORIES).join('option').attr('value', (d) => d).text((d) => t(`category.${d}`));
  category.property('value', 'content');
  const regime = field(t('atlas.regime')).append('select');
  regime.selectAll('option').data(['contract', ...NAMED_REGIMES.map((r) => r.name)]).join('option').attr('value', (d) => d).text((d) => t(`regime.${d}`));
  // Some conventions serve only requests about some offences (UNTOC, UNCAC, Vienna 1988): '' is "not stated".
  const offenceLabel = (d: string) => t(d === '' ? 'offence.none' : `offence.${d}`);
  const offence = field(t('atlas.offence')).append('select').attr('class', 'atlas-offence');
  offence.selectAll('option').data(['', ...OFFENCE_CATEGORIES]).join('option').attr('value', (d) => d).text(offenceLabel);
  // Whom the requests go to: the assumption is chosen, and stated under the map and the table.
  const provider = field(t('atlas.provider')).append('select').attr('class', 'atlas-provider');
  provider.selectAll('option').data(['', ...BUILTIN_WORLD.providers.map((p) => p.id)]).join('option').attr('value', (d) => d)
    .text((d) => (d === '' ? t('atlas.providerNobody') : BUILTIN_WORLD.providers.find((p) => p.id === d)!.name));
  const requesting = field(t('atlas.requesting')).append('select').attr('class', 'atlas-requesting');
  requesting.selectAll('option').data(states).join('option').attr('value', (d) => d.id).text((d) => d.name);
  requesting.property('value', 'IN');
  const date = field(t('atlas.date')).append('input').attr('type', 'date').attr('class', 'atlas-date').property('value', link.date ?? today);
  question.append('p').attr('class', 'hint').text(t('atlas.comparedWithToday', { today }));

  // The what-if (instruments to drop, one to add) comes after the map and its differences: the
  // question and its answer first, on every screen.
  const whatIfBox = root.append('div').attr('class', 'atlas-controls atlas-whatif');
  const instruments = whatIfBox.append('section').attr('class', 'panel');
  instruments.append('h2').text(t('atlas.instruments'));
  instruments.append('p').attr('class', 'hint').text(t('atlas.instrumentsHint'));
  const shownNote = instruments.append('p').attr('class', 'hint atlas-instruments-shown');
  const list = instruments.append('div').attr('class', 'instrument-list');

  const add = whatIfBox.append('form').attr('class', 'panel atlas-add');
  add.append('h2').text(t('atlas.addTitle'));
  const addField = (label: string) => {
    const f = add.append('p').append('label').attr('class', 'inline-field');
    f.append('span').text(label);
    return f;
  };
  const kind = addField(t('atlas.kind')).append('select');
  kind.selectAll('option').data(INSTRUMENT_KINDS).join('option').attr('value', (d) => d).text((d) => t(`kind.${d}`));
  const parties = addField(t('atlas.parties')).append('select').attr('multiple', true).attr('size', 6).attr('class', 'atlas-parties');
  parties.selectAll('option').data(states).join('option').attr('value', (d) => d.id).text((d) => `${d.name} (${d.id})`);
  const cats = add.append('fieldset').attr('class', 'check-row');
  cats.append('legend').text(t('atlas.covers'));
  cats.selectAll('label').data(CATEGORIES).join('label').attr('class', 'check').call((l) => {
    l.append('input').attr('type', 'checkbox').attr('value', (d) => d).property('checked', true);
    l.append('span').text((d) => t(`category.${d}`));
  });
  const serves = addField(t('atlas.serves')).append('select').attr('class', 'atlas-serves');
  serves.selectAll('option').data(['', ...OFFENCE_CATEGORIES]).join('option').attr('value', (d) => d).text((d) => (d === '' ? t('offence.any') : offenceLabel(d)));
  const median = addField(t('atlas.median')).append('input').attr('type', 'number').attr('min', 1).attr('max', 2000).property('value', '60');
  add.append('button').attr('type', 'submit').attr('class', 'btn btn-primary').text(t('atlas.add'));
  const addError = add.append('p').attr('class', 'form-error').attr('role', 'alert');
  const addedList = add.append('ul').attr('class', 'added-list');

  // Each state's own law too: its rules (blocking, consent, recognition) and production orders, to drop
  // or, for a rule, to add; the negotiation is often about what a state's law says, not a treaty.
  const rulesBox = whatIfBox.append('section').attr('class', 'panel atlas-rules');
  rulesBox.append('h2').text(t('atlas.rulesTitle'));
  rulesBox.append('p').attr('class', 'hint').text(t('atlas.rulesHint'));
  const ruleList = rulesBox.append('div').attr('class', 'instrument-list rule-list');
  const addRule = whatIfBox.append('form').attr('class', 'panel atlas-add-rule');
  addRule.append('h2').text(t('atlas.addRuleTitle'));
  const ruleField = (label: string) => {
    const f = addRule.append('p').append('label').attr('class', 'inline-field');
    f.append('span').text(label);
    return f;
  };
  const ruleState = ruleField(t('atlas.ruleState')).append('select').attr('class', 'atlas-rule-state');
  ruleState.selectAll('option').data(states).join('option').attr('value', (d) => d.id).text((d) => d.name);
  const ruleKind = ruleField(t('atlas.ruleKindField')).append('select').attr('class', 'atlas-rule-kind');
  ruleKind.selectAll('option').data(RULE_KINDS).join('option').attr('value', (d) => d).text((d) => t(`atlas.ruleKind.${d}`));
  const ruleData = addRule.append('fieldset').attr('class', 'check-row');
  ruleData.append('legend').text(t('atlas.covers'));
  ruleData.selectAll('label').data(CATEGORIES).join('label').attr('class', 'check').call((l) => {
    l.append('input').attr('type', 'checkbox').attr('value', (d) => d).property('checked', true);
    l.append('span').text((d) => t(`category.${d}`));
  });
  const ruleTies = addRule.append('fieldset').attr('class', 'check-row');
  ruleTies.append('legend').text(t('atlas.ruleConnection'));
  ruleTies.selectAll('label').data(CONNECTIONS).join('label').attr('class', 'check').call((l) => {
    l.append('input').attr('type', 'checkbox').attr('value', (d) => d).property('checked', (d) => d === 'data-location');
    l.append('span').text((d) => t(`atlas.connection.${d}`));
  });
  addRule.append('button').attr('type', 'submit').attr('class', 'btn btn-primary').text(t('atlas.addRule'));
  const ruleError = addRule.append('p').attr('class', 'form-error').attr('role', 'alert');
  const addedRuleList = addRule.append('ul').attr('class', 'added-list added-rules');

  // A production order (world.orders): which state's authorities may compel which providers, for
  // which data. Only the direct channel uses it, so it changes a cell only for a provider it binds.
  const addOrder = whatIfBox.append('form').attr('class', 'panel atlas-add-order');
  addOrder.append('h2').text(t('atlas.addOrderTitle'));
  addOrder.append('p').attr('class', 'hint').text(t('atlas.addOrderHint'));
  const orderField = (label: string) => {
    const f = addOrder.append('p').append('label').attr('class', 'inline-field');
    f.append('span').text(label);
    return f;
  };
  const orderState = orderField(t('atlas.orderState')).append('select').attr('class', 'atlas-order-state');
  orderState.selectAll('option').data(states).join('option').attr('value', (d) => d.id).text((d) => d.name);
  const orderData = addOrder.append('fieldset').attr('class', 'check-row atlas-order-data');
  orderData.append('legend').text(t('atlas.orderCovers'));
  orderData.selectAll('label').data(CATEGORIES).join('label').attr('class', 'check').call((l) => {
    l.append('input').attr('type', 'checkbox').attr('value', (d) => d).property('checked', true);
    l.append('span').text((d) => t(`category.${d}`));
  });
  const orderTies = addOrder.append('fieldset').attr('class', 'check-row atlas-order-ties');
  orderTies.append('legend').text(t('atlas.orderTies'));
  orderTies.selectAll('label').data(ORDER_PROVIDER_REACH).join('label').attr('class', 'check').call((l) => {
    l.append('input').attr('type', 'checkbox').attr('value', (d) => d).property('checked', true);
    l.append('span').text((d) => t(`atlas.orderTie.${d}`));
  });
  const orderReach = orderField(t('atlas.orderReach')).append('select').attr('class', 'atlas-order-reach');
  orderReach.selectAll('option').data(ORDER_DATA_REACH).join('option').attr('value', (d) => d).text((d) => t(`atlas.orderReach.${d}`));
  addOrder.append('button').attr('type', 'submit').attr('class', 'btn btn-primary').text(t('atlas.addOrder'));
  const orderError = addOrder.append('p').attr('class', 'form-error').attr('role', 'alert');
  const addedOrderList = addOrder.append('ul').attr('class', 'added-list added-orders');

  // The provider assumption in words, always on screen.
  const assumption = root.append('p').attr('class', 'atlas-assumption');
  const tabs = root.append('div').attr('class', 'atlas-tabs').attr('role', 'group').attr('aria-label', t('atlas.views'));
  const mapTab = tabs.append('button').attr('type', 'button').attr('class', 'btn').text(t('atlas.mapView'));
  const tableTab = tabs.append('button').attr('type', 'button').attr('class', 'btn').text(t('atlas.tableView'));
  const colourField = tabs.append('label').attr('class', 'inline-field atlas-colour');
  colourField.append('span').text(t('atlas.colourBy'));
  const colour = colourField.append('select');
  colour.selectAll('option').data(['channel', 'days']).join('option').attr('value', (d) => d).text((d) => t(`atlas.colour.${d}`));

  const progress = root.append('p').attr('class', 'atlas-progress hint').attr('role', 'status');
  const mapSection = root.append('section').attr('class', 'atlas-map-section');
  const explain = mapSection.append('div').attr('class', 'atlas-explain panel').attr('aria-live', 'polite');
  const tableSection = root.append('section').attr('class', 'atlas-table-section');
  const tablePlace = (label: string, initial: string) => {
    const f = tableSection.append('p').append('label').attr('class', 'inline-field');
    f.append('span').text(label);
    const s = f.append('select');
    s.append('optgroup').attr('label', t('atlas.regions')).selectAll('option').data([...REGIONS, 'all']).join('option').attr('value', (d) => d).text((d) => (d === 'all' ? t('atlas.everyState') : t(`region.${d}`)));
    s.append('optgroup').attr('label', t('atlas.states')).selectAll('option').data(states).join('option').attr('value', (d) => d.id).text((d) => d.name);
    s.property('value', initial);
    return s;
  };
  const fromField = tablePlace(t('atlas.from'), 'asia').attr('class', 'atlas-from');
  const toField = tablePlace(t('atlas.to'), 'asia').attr('class', 'atlas-to');
  const chosen = (value: string) => states.filter((s) => value === 'all' || s.region === value || s.id === value);
  const updateTable = createAtlas(tableSection.append('div').attr('class', 'atlas').node()!, { explain: (cell) => explainCell(cell.from, cell.to) });
  const differences = root.append('section').attr('class', 'atlas-differences panel');
  main.append(whatIfBox.node()!);

  let view: 'map' | 'table' = link.choices.get('view') === 'table' ? 'table' : 'map';
  let answer: AtlasAnswer | null = null;
  // The link's choices, each taken only if the page offers it (a mistyped link keeps the default).
  const controlsByKey = { provider, from: requesting, category, regime, offence, colour, rows: fromField, columns: toField } as const;
  const defaults = new Map(Object.entries(controlsByKey).map(([key, control]) => [key, String(control.property('value'))]));
  for (const [key, control] of Object.entries(controlsByKey)) {
    const wanted = link.choices.get(key);
    const el = control.node() as HTMLSelectElement;
    if (wanted !== undefined && [...el.options].some((o) => o.value === wanted)) el.value = wanted;
  }
  const choices = () => {
    const out = new Map<string, string>();
    for (const key of CHOICE_KEYS) {
      if (key === 'view') {
        if (view !== 'map') out.set('view', view);
        continue;
      }
      if (view === 'map' && (key === 'rows' || key === 'columns')) continue;
      if (view === 'table' && key === 'colour') continue;
      const value = String(controlsByKey[key].property('value'));
      if (value !== defaults.get(key)) out.set(key, value);
    }
    return out;
  };
  const providerChoice = (): ProviderAssumption => (provider.property('value') ? { kind: 'provider', id: String(provider.property('value')) } : NOBODY);
  const realProvider = () => BUILTIN_WORLD.providers.find((p) => p.id === provider.property('value')) ?? null;
  const data = () => category.property('value') as Category;

  // The state pointed at or focused stays explained when a newer answer redraws the map under it.
  let pointed: string | null = null;
  const explainPointed = () => {
    const from = String(requesting.property('value'));
    explainCell(realProvider() ? pointed ?? from : from, pointed);
  };
  const updateMap = createMap(mapSection.insert('div', '.atlas-explain').node()!, {
    explain: (id) => {
      pointed = id;
      explainPointed();
    },
    choose: (id) => {
      requesting.property('value', id);
      ask();
    },
  });

  // The cell's reason is asked on the main thread, one cell at a time (the worker sends no words).
  let asker: { key: string; asker: AtlasAsker } | null = null;
  const askerFor = () => {
    const key = JSON.stringify([regime.property('value'), date.property('value'), offence.property('value'), provider.property('value'), overlay()]);
    if (asker?.key !== key) {
      asker = { key, asker: new AtlasAsker({ world: applyOverlay(BUILTIN_WORLD, overlay()), regime: regimeNamed(String(regime.property('value'))), date: currentDate(), offenceCategory: (offence.property('value') || undefined) as OffenceCategory | undefined, provider: providerChoice() }) };
    }
    return asker.asker;
  };
  const sourceOf = (id: string) => {
    // The whole world, not the one on the date: an entry not yet in force still names its source.
    const w = applyOverlay(BUILTIN_WORLD, overlay());
    const e = [...w.instruments, ...w.rules, ...(w.orders ?? [])].find((x) => x.id === id) as { title?: string; source?: string } | undefined;
    return e ? `${id}${e.title ? ` (${e.title})` : ''}: ${e.source ?? ''}` : id;
  };
  /** The engine's reason for a cell in the page's language, part by part. */
  function cellReason(cell: AtlasCell): string {
    if (cell.reason === 'domestic') return '';
    return cell.said ? cell.said.map((x) => reasonText(x)).join(' ') : cell.reason;
  }
  function cellWords(cell: AtlasCell): string {
    if (cell.reason === 'domestic') return t('atlas.domestic');
    const what = cell.channel ? `${channelLabel(cell.channel)}, ${daysLabel(cell.days ?? 0)}` : t('atlas.noChannel');
    return `${what}${cell.outcome ? ` (${t(`outcome.${cell.outcome}`)})` : ''}`;
  }
  /** The explanation of one state's cell in every category: channel, days, the engine's reason, the sources. */
  function explainCell(from: string, to: string | null): void {
    explain.selectAll('*').remove();
    const real = realProvider();
    const target = real ? real.home : to;
    if (!target) return void explain.append('p').attr('class', 'hint').text(t('atlas.explainHint'));
    const heading = real ? t('atlas.explainProvider', { from: names.get(from) ?? from, provider: real.name }) : t('atlas.explainPair', { from: names.get(from) ?? from, to: names.get(target) ?? target });
    explain.append('h3').text(heading);
    const dl = explain.append('dl').attr('class', 'atlas-explain-list');
    for (const d of CATEGORIES) {
      const cell = askerFor().cell(from, target, d);
      dl.append('dt').classed('is-current', d === data()).text(`${t(`category.${d}`)}: ${cellWords(cell)}`);
      const dd = dl.append('dd');
      dd.append('p').attr('dir', 'auto').attr('lang', cell.said?.every((x) => x.message) ? locale() : 'en').text(cellReason(cell));
      // Sources keep their original titles.
      if (cell.cites.length) dd.append('ul').attr('class', 'sources').selectAll('li').data(cell.cites).join('li').attr('dir', 'auto').attr('lang', 'en').attr('data-source', '').text(sourceOf);
    }
  }

  const currentDate = () => String(date.property('value')) || today;
  function describeAssumption(): void {
    const real = realProvider();
    assumption.text(real
      ? t('atlas.assumptionProvider', { provider: real.name, home: names.get(real.home) ?? real.home, stores: real.storesIn.map((s) => names.get(s) ?? s).join(', ') })
      : t('atlas.assumptionNobody'));
  }

  function job(): AtlasJob {
    const real = realProvider();
    const rows = view === 'map' ? (real ? states.map((s) => s.id) : [String(requesting.property('value'))]) : (real ? chosen(String(fromField.property('value'))) : chosen(String(fromField.property('value')))).map((s) => s.id);
    const columns = view === 'map' ? states.map((s) => s.id) : chosen(String(toField.property('value'))).map((s) => s.id);
    return {
      id: ++asked, regime: String(regime.property('value')), date: currentDate(), compareDate: today,
      offenceCategory: (offence.property('value') || undefined) as OffenceCategory | undefined,
      provider: providerChoice(), rows, columns, ...(!isEmptyOverlay(overlay()) && { overlay: overlay() }),
    };
  }

  // All pairs in all three categories are asked off the main thread; a newer question wins.
  let asked = 0;
  const worker = typeof Worker === 'undefined' ? null : new Worker(new URL('../model/atlas-worker.ts', import.meta.url), { type: 'module' });
  let speak = false;
  worker?.addEventListener('message', (e: MessageEvent<AtlasAnswer>) => e.data.id === asked && show(e.data));
  worker?.addEventListener('error', (e) => progress.text(`${t('atlas.failed')} ${e.message ?? ''}`));
  function ask(loud = false): void {
    speak ||= loud;
    writeLink(currentDate(), today, overlay(), choices());
    describeAssumption();
    document.documentElement.dataset.ready = 'atlas-computing';
    progress.text(t('atlas.computingAll'));
    const j = job();
    if (worker) worker.postMessage(j);
    else setTimeout(() => j.id === asked && show(answerJob(j)), 0);
  }

  function show(a: AtlasAnswer): void {
    answer = a;
    progress.text('');
    mapTab.attr('aria-pressed', String(view === 'map'));
    tableTab.attr('aria-pressed', String(view === 'table'));
    mapSection.property('hidden', view !== 'map');
    tableSection.property('hidden', view !== 'table');
    colourField.property('hidden', view !== 'map');
    // One explanation, beside whichever view is shown: the table's cells explain themselves there too.
    (view === 'map' ? mapSection : tableSection).node()!.append(explain.node()!);
    const d = data();
    const moved = new Set([...a.whatIf, ...(a.compared?.differences ?? [])].filter((x) => x.data === d).map((x) => (realProvider() ? x.from : x.to)));
    if (view === 'map') {
      const real = realProvider();
      const from = String(requesting.property('value'));
      const cells = new Map<string, MapCell>();
      for (const s of states) {
        const c = real ? cellAt(a.current, d, s.id, real.home) : cellAt(a.current, d, from, s.id);
        if (!c || (!real && s.id === from)) continue;
        cells.set(s.id, { channel: c.channel, days: c.days, changed: moved.has(s.id) });
      }
      updateMap({
        cells, names, colour: colour.property('value') as 'channel' | 'days',
        anchor: real ? real.home : from,
        anchorLabel: real ? t('atlas.anchorProvider', { provider: real.name }) : t('atlas.anchorRequesting'),
        reading: real ? t('atlas.readingProvider', { provider: real.name, data: t(`category.${d}`) }) : t('atlas.readingNobody', { from: names.get(from) ?? from, data: t(`category.${d}`) }),
      });
      explainPointed();
    } else {
      const rowsOf = a.current.rows.map((id) => states.find((s) => s.id === id)!);
      const columnsOf = a.current.columns.map((id) => states.find((s) => s.id === id)!);
      const matrix = (w: typeof a.base) => w.rows.map((from) => w.columns.map((to): AtlasCell => ({ ...cellAt(w, d, from, to)!, reason: from === to ? 'domestic' : '' })));
      updateTable({ rows: rowsOf, columns: columnsOf, baseline: matrix(a.base), current: matrix(a.current) });
    }
    drawDifferences(a);
    // What changed, said once: the table's summary, else the first list of differences and its size.
    const heard = view === 'table' ? tableSection.select('.atlas-summary').text() : differences.selectAll('h2').nodes().map((h) => (h as HTMLElement).parentElement!.textContent!.slice(0, 200)).join(' ');
    if (speak && heard) announce(heard);
    speak = false;
    document.documentElement.dataset.ready = 'atlas';
  }

  /** "Compared with today": each cell that differs, before and after, and the instrument or rule that made it. */
  function drawDifferences(a: AtlasAnswer): void {
    differences.selectAll('*').remove();
    const side = (s: AtlasDifference['before']) => (s.channel ? `${channelLabel(s.channel)} ${daysLabel(s.days ?? 0)}` : t('atlas.noChannel'));
    const item = (x: AtlasDifference) => {
      const to = realProvider()?.name ?? names.get(x.to) ?? x.to;
      const because = x.because.length ? t('atlas.because', { ids: x.because.map(sourceOf).join('; ') }) : '';
      return `${names.get(x.from) ?? x.from} ${t('common.arrow')} ${to}, ${t(`category.${x.data}`)}: ${side(x.before)} ${t('common.arrow')} ${side(x.after)}. ${because}`;
    };
    const section = (title: string, list: AtlasDifference[], className: string) => {
      const box = differences.append('div').attr('class', className);
      box.append('h2').text(title);
      const shown = list.filter((x) => x.data === data());
      if (shown.length === 0) return void box.append('p').text(t('atlas.noDifference'));
      box.append('ul').selectAll('li').data(shown.slice(0, 60)).join('li').text(item);
      if (shown.length > 60) box.append('p').attr('class', 'hint').text(t('atlas.moreDifferences', { more: shown.length - 60 }));
    };
    if (a.compared) section(t('atlas.dateDifferences', { date: currentDate(), today: a.compared.date }), a.compared.differences, 'atlas-date-differences');
    if (!isEmptyOverlay(overlay())) section(t('atlas.whatIfDifferences'), a.whatIf, 'atlas-whatif-differences');
  }

  const drawInstruments = () => {
    const inRows = new Set(view === 'map' ? [String(requesting.property('value'))] : chosen(String(fromField.property('value'))).map((s) => s.id));
    const inColumns = new Set(realProvider() ? [realProvider()!.home] : view === 'map' ? states.map((s) => s.id) : chosen(String(toField.property('value'))).map((s) => s.id));
    // Two different parties, one among the rows and one among the columns: only such an instrument can decide a shown cell.
    const shown = BUILTIN_WORLD.instruments
      .filter((i) => i.parties.some((p) => inRows.has(p) && i.parties.some((q) => q !== p && inColumns.has(q))))
      .sort((a, b) => a.id.localeCompare(b.id));
    shownNote.text(t('atlas.instrumentsShown', { shown: shown.length, total: BUILTIN_WORLD.instruments.length }));
    drawDroppable(list, shown.map((d) => ({ id: d.id, text: `${d.id} · ${t(`kind.${d.kind}`)} · ${d.parties.length} ${t('atlas.partiesShort')}`, source: d.source })));
  };
  /** A tick-box per entry of the world shown, unticked when the what-if drops it. */
  const drawDroppable = (host: typeof list, shown: Droppable[]) => {
    const labels = host.selectAll<HTMLLabelElement, Droppable>('label').data(shown, (d) => d.id).join((enter) => {
      const label = enter.append('label').attr('class', 'check');
      label.append('input').attr('type', 'checkbox').on('change', function (_e, d) {
        if ((this as HTMLInputElement).checked) dropped.delete(d.id);
        else dropped.add(d.id);
        ask(true);
      });
      label.append('span');
      return label;
    });
    labels.select('input').property('checked', (d) => !dropped.has(d.id));
    labels.select('span').attr('title', (d) => d.source).text((d) => d.text);
  };
  const drawRules = () => {
    const shownStates = new Set([
      ...(view === 'map' ? [String(requesting.property('value'))] : chosen(String(fromField.property('value'))).map((s) => s.id)),
      ...(realProvider() ? [realProvider()!.home] : view === 'map' ? [] : chosen(String(toField.property('value'))).map((s) => s.id)),
    ]);
    // On the map every state is a column: the requesting state's own law and every rule that guards data leaving a state.
    const everyColumn = view === 'map' && !realProvider();
    drawDroppable(ruleList, [
      ...BUILTIN_WORLD.rules.filter((r) => everyColumn || shownStates.has(r.jurisdiction))
        .map((r) => ({ id: r.id, text: `${r.id} · ${names.get(r.jurisdiction) ?? r.jurisdiction} · ${t(`atlas.ruleKind.${r.kind}`)}`, source: r.source })),
      ...(BUILTIN_WORLD.orders ?? []).filter((o) => everyColumn || shownStates.has(o.jurisdiction))
        .map((o) => ({ id: o.id, text: `${o.id} · ${names.get(o.jurisdiction) ?? o.jurisdiction} · ${t('atlas.order')}`, source: o.source })),
    ].sort((a, b) => a.id.localeCompare(b.id)));
  };
  /** The entries a what-if adds, each with a button that takes it out again. */
  const drawRemovable = <T extends { id: string }>(host: typeof addedList, entries: T[], describe: (d: T) => string): void => {
    const li = host.selectAll<HTMLLIElement, T>('li').data(entries, (d) => d.id).join((enter) => {
      const item = enter.append('li');
      item.append('span');
      item.append('button').attr('type', 'button').attr('class', 'btn btn-small').text(t('atlas.remove')).on('click', (_e, d) => {
        entries.splice(entries.indexOf(d), 1);
        drawRemovable(host, entries, describe);
        ask(true);
      });
      return item;
    });
    li.select('span').text(describe);
    li.select('button').attr('aria-label', (d) => `${t('atlas.remove')} ${d.id}`);
  };
  const drawAddedRules = () => drawRemovable(addedRuleList, addedRules, (d) =>
    `${d.id}: ${names.get(d.jurisdiction) ?? d.jurisdiction}, ${t(`atlas.ruleKind.${d.kind}`)}, ${d.data.map((c) => t(`category.${c}`)).join(', ')} `);
  let ruleCounter = addedRules.length;
  addRule.on('submit', (event: Event) => {
    event.preventDefault();
    const covered = ruleData.selectAll<HTMLInputElement, Category>('input').filter(function () { return this.checked; }).data();
    const ties = ruleTies.selectAll<HTMLInputElement, Connection>('input').filter(function () { return this.checked; }).data();
    if (covered.length === 0) return void ruleError.text(t('atlas.needData'));
    if (ties.length === 0) return void ruleError.text(t('atlas.needConnection'));
    ruleError.text('');
    addedRules.push({
      id: `HYPOTHETICAL-RULE-${++ruleCounter}`, kind: ruleKind.property('value') as RuleKind, jurisdiction: String(ruleState.property('value')),
      data: covered, connection: ties, except: [], source: t('atlas.hypotheticalRuleSource'),
    });
    drawAddedRules();
    ask(true);
  });
  const drawAddedOrders = () => drawRemovable(addedOrderList, addedOrders, (d) =>
    `${d.id}: ${names.get(d.jurisdiction) ?? d.jurisdiction}, ${t('atlas.order')}, ${d.data.map((c) => t(`category.${c}`)).join(', ')}; `
    + `${d.reach.providers.map((tie) => t(`atlas.orderTie.${tie}`)).join(', ')}; ${t(`atlas.orderReach.${d.reach.data}`)} `);
  let orderCounter = addedOrders.length;
  addOrder.on('submit', (event: Event) => {
    event.preventDefault();
    const covered = orderData.selectAll<HTMLInputElement, Category>('input').filter(function () { return this.checked; }).data();
    const ties = orderTies.selectAll<HTMLInputElement, OrderProviderReach>('input').filter(function () { return this.checked; }).data();
    if (covered.length === 0) return void orderError.text(t('atlas.needData'));
    if (ties.length === 0) return void orderError.text(t('atlas.needTie'));
    orderError.text('');
    addedOrders.push({
      id: `HYPOTHETICAL-ORDER-${++orderCounter}`, jurisdiction: String(orderState.property('value')), data: covered,
      reach: { providers: ties, data: orderReach.property('value') as OrderDataReach }, source: t('atlas.hypotheticalOrderSource'),
    });
    drawAddedOrders();
    ask(true);
  });
  const replace = () => {
    drawRules();
    drawInstruments();
    ask(true);
  };
  fromField.on('change', replace);
  toField.on('change', replace);
  requesting.on('change', replace);
  provider.on('change', replace);
  const again = () => ask(true);
  category.on('change', again);
  regime.on('change', again);
  offence.on('change', again);
  date.on('change', again);
  colour.on('change', () => {
    writeLink(currentDate(), today, overlay(), choices());
    if (answer) show(answer);
  });
  mapTab.on('click', () => {
    view = 'map';
    replace();
  });
  tableTab.on('click', () => {
    view = 'table';
    replace();
  });

  let counter = added.length;
  const drawAdded = () => drawRemovable(addedList, added, (d) =>
    `${d.id}: ${t(`kind.${d.kind}`)}, ${d.parties.join(', ')}, ${d.offences ? `${d.offences.map(offenceLabel).join(', ')}, ` : ''}${d.days.median} d `);
  add.on('submit', (event: Event) => {
    event.preventDefault();
    const picked = Array.from((parties.node() as HTMLSelectElement).selectedOptions).map((o) => o.value);
    const covered = cats.selectAll<HTMLInputElement, Category>('input').filter(function () { return this.checked; }).data();
    const days = Math.round(Number(median.property('value')));
    if (picked.length < 2) return void addError.text(t('atlas.needParties'));
    if (covered.length === 0) return void addError.text(t('atlas.needData'));
    if (!(days >= 1)) return void addError.text(t('atlas.needDays'));
    addError.text('');
    added.push({
      id: `HYPOTHETICAL-${++counter}`, kind: kind.property('value') as InstrumentKind, parties: picked, data: covered, excludes: [],
      days: { median: days, p90: Math.round(days * 1.75) }, source: t('atlas.hypotheticalSource'),
      ...(serves.property('value') ? { offences: [serves.property('value') as OffenceCategory] } : {}),
    });
    drawAdded();
    ask(true);
  });

  drawInstruments();
  drawAdded();
  drawRules();
  drawAddedRules();
  drawAddedOrders();
  ask();
  return { dispose: () => worker?.terminate() };
}
