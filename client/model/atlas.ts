import { assess } from '../../machines/route/assess.ts';
import { medianDays } from '../../machines/route/channels.ts';
import { changedEntries } from '../../machines/run/differences.ts';
import { runScenario } from '../../machines/run/script.ts';
import type { Outcome, Scenario } from '../../machines/scenario.ts';
import { worldOn } from '../../machines/world/in-force.ts';
import { applyOverlay, isEmptyOverlay, type Overlay } from '../../machines/world/overlay.ts';
import { worldUnder } from '../../machines/world/regimes.ts';
import { CHANNELS, type Category, type ChannelName, type DataRequest, type Instrument, type Jurisdiction, type OffenceCategory, type Provider, type ProductionOrder, type Regime, type Rule, type World } from '../../machines/world/types.ts';
import type { Message } from '../../machines/messages/types.ts';

/**
 * Whom the requests are addressed to. `nobody`: a provider based and storing in the requested state
 * that answers no foreign authority directly, so only the states' law decides (a direct channel
 * opens only through a direct-cooperation instrument). `provider`: a real provider of the world,
 * with its own home, storage and practice: every requesting state asks that one provider.
 */
export type ProviderAssumption = { kind: 'nobody' } | { kind: 'provider'; id: string };
export const NOBODY: ProviderAssumption = { kind: 'nobody' };

/** One cell: which channel the default policy would take first, and its days as a deterministic run counts them. */
export interface AtlasCell {
  from: string;
  to: string;
  channel: ChannelName | null;
  days: number | null;
  /** The instruments and rules that decided it. */
  cites: string[];
  reason: string;
  /** The reason's parts as the engine said them (each with its message), to be said in the page's language. */
  said?: { reason: string; message?: Message }[];
  /** When the run does not deliver (a provider refusing at a conflict of laws, say): how it ends. */
  outcome?: Outcome;
  /** The days come from running the engine (a choice or a rate the assessment alone cannot settle). */
  ran?: boolean;
}

export interface AtlasQuestion {
  world: World;
  data: Category;
  regime: Regime;
  date: string;
  /** What the requests are about, for instruments limited to some offences; none: not stated. */
  offenceCategory?: OffenceCategory;
  /** Requested states (columns), by id; also the requesting states unless `rows` says otherwise. */
  states: string[];
  /** Requesting states (rows), by id. Default: `states`. */
  rows?: string[];
  /** Default: a provider that answers nobody directly. */
  provider?: ProviderAssumption;
}

/** The provider with no policy of its own, based and storing in the requested state. */
export const PROVIDER_ID = 'atlas-provider';
const nobodyIn = (to: string): Provider => ({ id: PROVIDER_ID, name: 'a provider that answers nobody directly', home: to, storesIn: [to], answersDirect: [], responseDays: 10, emergencyDisclosure: false });

/** A stage's days as a deterministic run takes them: the median, held back by a notified state's window (atLeast). */

/** The scenario a run would ask for one cell: the same world, request and regime. */
export function cellScenario(world: World, regime: Regime, request: DataRequest): Scenario {
  return { id: `atlas-${request.from}-${request.provider}-${request.data}`, title: 'atlas cell', summary: '', objectives: [], world, regime, request, script: [] };
}

/**
 * What the atlas asks, indexed once: the world on the date, each state's instruments (by every
 * party), rules and orders. A pair's cell is then assessed in a world cut to the two states: with
 * no subject and the data where the provider is, only their entries can decide it.
 */
export class AtlasAsker {
  readonly dated: World;
  private readonly instruments = new Map<string, Instrument[]>();
  private readonly rules = new Map<string, Rule[]>();
  private readonly orders = new Map<string, ProductionOrder[]>();
  private readonly jurisdictions: Map<string, Jurisdiction>;
  readonly provider: Provider | null;
  /** States that are part of another, and the states they are part of. */
  private readonly partOf = new Set<string>();

  /**
   * `lean`: for the whole atlas, whose cells keep no reason. An instrument serving only other offences
   * than the question's can carry no request: it would only be named in a closed channel's reason, so
   * it is left out of the cut world (unless the regime asks which instruments bind a pair, as the
   * location principle does). The cells' channel, days and citations are unchanged (test/atlas-model).
   */
  constructor(readonly q: Omit<AtlasQuestion, 'states' | 'rows' | 'data'>, lean = false) {
    this.dated = worldOn(q.world, q.date);
    const push = <T>(map: Map<string, T[]>, id: string, e: T) => (map.get(id) ?? map.set(id, []).get(id)!).push(e);
    const serves = (i: Instrument) => !lean || q.regime.locationConsent || !i.offences || (q.offenceCategory !== undefined && i.offences.includes(q.offenceCategory));
    for (const i of this.dated.instruments) if (serves(i)) for (const p of new Set(i.parties)) push(this.instruments, p, i);
    for (const r of this.dated.rules) push(this.rules, r.jurisdiction, r);
    for (const o of this.dated.orders ?? []) push(this.orders, o.jurisdiction, o);
    this.jurisdictions = new Map(this.dated.jurisdictions.map((j) => [j.id, j]));
    for (const j of this.dated.jurisdictions) if (j.partOf) this.partOf.add(j.id).add(j.partOf);
    const p = q.provider ?? NOBODY;
    this.provider = p.kind === 'provider' ? this.dated.providers.find((x) => x.id === p.id) ?? null : null;
    if (p.kind === 'provider' && !this.provider) throw new Error(`Unknown provider "${p.id}"`);
  }

  /**
   * What a cell of the lean atlas rests on, when it can be said without the two states' ids: the
   * category, each state's rules and orders (by place: the requesting state's, the requested
   * state's), each pair instrument (by id, with its figures for this pair: pairDays, directional
   * exclusions; a party's terms only name why an instrument binds someone else, and both are bound
   * here), and, where the requesting state may order a provider (a run may then consult), the
   * requested state's consultation practice. Two pairs with the same key get the same channel, days and citations (the ids only
   * change the words). Null where an id itself can decide: one state and its region (partOf), a
   * reservation, or a regime that adds a rule named after the state (the location principle).
   */
  private key(from: string, to: string, data: Category): string | null {
    if (this.provider || this.q.regime.locationConsent || this.partOf.has(from) || this.partOf.has(to)) return null;
    const parts: string[] = [data, this.stateKey(from), this.stateKey(to)];
    if (this.orders.has(from)) parts.push(JSON.stringify(this.jurisdictions.get(to)?.consultation ?? null));
    for (const i of this.instruments.get(from) ?? []) {
      if (!i.parties.includes(to)) continue;
      if (i.reservations?.length) return null;
      parts.push(i.id);
      if (i.pairDays) parts.push(JSON.stringify(i.pairDays.filter((d) => d.to === to || d.to === from || d.from === from || d.from === to)));
      if (i.directionalExcludes) parts.push(JSON.stringify(i.directionalExcludes.filter((d) => d.from === from || d.from === to)));
    }
    return parts.join('\u0001');
  }
  private readonly stateKeys = new Map<string, string>();
  private stateKey(id: string): string {
    let k = this.stateKeys.get(id);
    if (k === undefined) {
      k = JSON.stringify([(this.rules.get(id) ?? []).map((r) => r.id), (this.orders.get(id) ?? []).map((o) => o.id)]);
      this.stateKeys.set(id, k);
    }
    return k;
  }
  private readonly memo = new Map<string, Omit<AtlasCell, 'from' | 'to' | 'reason'>>();

  /** A cell without its reason (the whole atlas keeps none): pairs alike in every way that counts are asked once. */
  leanCell(from: string, to: string, data: Category): Omit<AtlasCell, 'reason'> {
    if (from === to && !this.provider) return { from, to, channel: null, days: null, cites: [] };
    const key = this.key(from, to, data);
    const known = key === null ? undefined : this.memo.get(key);
    if (known) return { from, to, ...known };
    const { reason: _reason, said: _said, ...cell } = this.cell(from, to, data);
    if (key !== null) {
      const { from: _f, to: _t, ...rest } = cell;
      this.memo.set(key, rest);
    }
    return cell;
  }

  /** The requested state of a cell: the provider's home for a real provider, else the column's state. */
  requestedOf(to: string): string {
    return this.provider ? this.provider.home : to;
  }

  private pairWorld(from: string, provider: Provider): World {
    if (this.provider) {
      // A real provider may store anywhere and be asked by anyone: every state's rules stay (one may
      // forbid the disclosure), only instruments that do not bind the requesting state leave.
      return { ...this.dated, providers: [provider], instruments: this.instruments.get(from) ?? [] };
    }
    const to = provider.home;
    const own = this.instruments.get(from) ?? [];
    return {
      jurisdictions: [this.jurisdictions.get(from), this.jurisdictions.get(to)].filter((j) => j !== undefined),
      providers: [provider],
      instruments: own.filter((i) => i.parties.includes(to)),
      rules: [...(this.rules.get(from) ?? []), ...(this.rules.get(to) ?? [])],
      orders: [...(this.orders.get(from) ?? []), ...(this.orders.get(to) ?? [])],
    };
  }

  request(from: string, provider: Provider, data: Category): DataRequest {
    return { from, provider: provider.id, data, urgency: 'routine', subject: {}, preservation: 'auto', date: this.q.date, offenceCategory: this.q.offenceCategory };
  }

  /** One cell, as a deterministic run of the same request would end. `to` is ignored for a real provider. */
  cell(from: string, to: string, data: Category): AtlasCell {
    const provider = this.provider ?? nobodyIn(to);
    const requested = provider.home;
    if (from === requested && !this.provider) return { from, to, channel: null, days: null, cites: [], reason: 'domestic' };
    const request = this.request(from, provider, data);
    const pair = this.pairWorld(from, provider);
    const a = assess(worldUnder(this.q.regime, pair, request), request, this.q.regime);
    const channel = CHANNELS.find((c) => a[c].open) ?? null;
    if (!channel) return { from, to: requested, channel: null, days: null, cites: [], reason: a.rogatory.reason, said: [saidOf(a.rogatory)] };
    const verdict = a[channel];
    // A provider's choice at a conflict of laws, or a documented rate, is settled by the run's own
    // default policy, not by the assessment: the engine is run for that cell.
    if (channel === 'direct' && (a.direct.path === 'conflict' || a.direct.rate !== undefined)) {
      const run = runScenario(cellScenario(pair, this.q.regime, request));
      const taken = run.channel ? a[run.channel] : verdict;
      return {
        from, to: requested, channel: run.channel, days: run.days, cites: run.cites, ran: true,
        reason: run.channel === 'direct' ? taken.reason : `${verdict.reason} ${taken.reason}`,
        said: run.channel === 'direct' ? [saidOf(taken)] : [saidOf(verdict), saidOf(taken)],
        ...(run.outcome !== 'delivered' && { outcome: run.outcome }),
      };
    }
    return { from, to: requested, channel, days: medianDays(verdict.timing), cites: verdict.cites, reason: verdict.reason, said: [saidOf(verdict)] };
  }
}

/** A verdict's reason and message only: cells cross to the page from a worker. */
function saidOf(v: { reason: string; message?: Message }): { reason: string; message?: Message } {
  return v.message ? { reason: v.reason, message: v.message } : { reason: v.reason };
}

/**
 * The atlas: for each requesting state and each state where a provider and its data sit, the first
 * channel open in the contract's order (direct, agreement, MLAT, letters rogatory) and its days as a
 * deterministic run counts them (a notified state's window included), from the engine's own `assess`.
 */
export function* atlasRows(q: AtlasQuestion): Generator<AtlasCell[]> {
  const asker = new AtlasAsker(q);
  for (const from of q.rows ?? q.states) yield q.states.map((to) => asker.cell(from, to, q.data));
}

/** The whole matrix at once (rows: requesting states; columns: requested states). */
export function atlasMatrix(q: AtlasQuestion): AtlasCell[][] {
  return [...atlasRows(q)];
}

/** How a cell moved between two matrices: a channel change, and the days gained (negative) or lost. */
export interface CellChange {
  channelChanged: boolean;
  deltaDays: number | null;
}

export function compareCells(before: Pick<AtlasCell, 'channel' | 'days'>, after: Pick<AtlasCell, 'channel' | 'days'>): CellChange | null {
  if (before.channel === after.channel && before.days === after.days) return null;
  return {
    channelChanged: before.channel !== after.channel,
    deltaDays: before.days !== null && after.days !== null ? after.days - before.days : null,
  };
}

// ---------------------------------------------------------------------------------------------
// The whole atlas at once (every pair × every category), compact enough to pass from a worker.

export const ATLAS_CATEGORIES = ['subscriber', 'traffic', 'content'] as const satisfies readonly Category[];
const CHANNEL_CODE: (ChannelName | null)[] = [null, ...CHANNELS];

/** One category: cell (i, j) at i × columns + j; channel as an index in [none, ...CHANNELS]; days −1 when none. */
export interface AtlasGrid {
  channel: Int8Array;
  days: Int32Array;
  /** Index into AtlasWhole.cites: the cell's citations joined with '|'. */
  cites: Int32Array;
}

export interface AtlasWhole {
  /** Requesting states, in order. */
  rows: string[];
  /** Requested states in order (for a real provider: its one home). */
  columns: string[];
  grids: Record<(typeof ATLAS_CATEGORIES)[number], AtlasGrid>;
  cites: string[];
}

export interface WholeQuestion {
  world: World;
  regime: Regime;
  date: string;
  offenceCategory?: OffenceCategory;
  provider?: ProviderAssumption;
  /** Requested states (columns; ignored for a real provider, whose home is the one column). */
  states: string[];
  /** Requesting states (rows). Default: `states`. */
  rows?: string[];
}

function emptyGrid(n: number): AtlasGrid {
  return { channel: new Int8Array(n), days: new Int32Array(n).fill(-1), cites: new Int32Array(n) };
}

class CiteTable {
  readonly list: string[] = [''];
  private readonly index = new Map<string, number>([['', 0]]);
  of(cites: string[]): number {
    const key = cites.join('|');
    let i = this.index.get(key);
    if (i === undefined) this.index.set(key, (i = this.list.push(key) - 1));
    return i;
  }
}

function fill(whole: AtlasWhole, table: CiteTable, asker: AtlasAsker, rows: Iterable<number>, columns: (i: number) => Iterable<number>): void {
  for (const data of ATLAS_CATEGORIES) {
    const grid = whole.grids[data];
    for (const i of rows) for (const j of columns(i)) {
      const cell = asker.leanCell(whole.rows[i]!, whole.columns[j]!, data);
      const k = i * whole.columns.length + j;
      grid.channel[k] = CHANNEL_CODE.indexOf(cell.channel);
      grid.days[k] = cell.days ?? -1;
      grid.cites[k] = table.of(cell.cites);
    }
  }
}

const range = (n: number) => Array.from({ length: n }, (_, i) => i);

/** Every requesting state against every requested state (or the one provider), in all three categories. */
export function atlasWhole(q: WholeQuestion): AtlasWhole {
  const asker = new AtlasAsker(q, true);
  const columns = asker.provider ? [asker.provider.home] : q.states;
  const rows = q.rows ?? q.states;
  const n = rows.length * columns.length;
  const whole: AtlasWhole = { rows, columns, grids: { subscriber: emptyGrid(n), traffic: emptyGrid(n), content: emptyGrid(n) }, cites: [] };
  const table = new CiteTable();
  fill(whole, table, asker, range(rows.length), () => range(columns.length));
  whole.cites = table.list;
  return whole;
}

/** The states an overlay's entries bind: only their rows and columns can move. */
export function touchedStates(world: World, overlay: Overlay): Set<string> {
  const touched = new Set<string>();
  const dropped = new Set(overlay.drop ?? []);
  for (const i of [...world.instruments.filter((x) => dropped.has(x.id)), ...(overlay.add?.instruments ?? [])]) i.parties.forEach((p) => touched.add(p));
  for (const r of [...world.rules.filter((x) => dropped.has(x.id)), ...(overlay.add?.rules ?? [])]) touched.add(r.jurisdiction);
  for (const o of [...(world.orders ?? []).filter((x) => dropped.has(x.id)), ...(overlay.add?.orders ?? [])]) touched.add(o.jurisdiction);
  // An added entry replacing one of the same id also frees the states the old one bound.
  const added = new Set([...(overlay.add?.instruments ?? []), ...(overlay.add?.rules ?? []), ...(overlay.add?.orders ?? [])].map((e) => e.id));
  for (const i of world.instruments) if (added.has(i.id)) i.parties.forEach((p) => touched.add(p));
  for (const r of world.rules) if (added.has(r.id)) touched.add(r.jurisdiction);
  return touched;
}

/**
 * The atlas under a what-if, from the atlas without it: with the provider nobody's, a pair's cell
 * rests only on the two states' entries, so only the rows and columns of the states the overlay
 * touches are asked again. A real provider's atlas is one column: it is asked again whole.
 */
export function atlasUnder(base: AtlasWhole, q: WholeQuestion, overlay: Overlay): AtlasWhole {
  if (isEmptyOverlay(overlay)) return base;
  const world = applyOverlay(q.world, overlay);
  if ((q.provider ?? NOBODY).kind === 'provider') return atlasWhole({ ...q, world });
  const asker = new AtlasAsker({ ...q, world }, true);
  const touched = touchedStates(q.world, overlay);
  const copy = (g: AtlasGrid): AtlasGrid => ({ channel: g.channel.slice(), days: g.days.slice(), cites: g.cites.slice() });
  const whole: AtlasWhole = { ...base, grids: { subscriber: copy(base.grids.subscriber), traffic: copy(base.grids.traffic), content: copy(base.grids.content) } };
  const table = new CiteTable();
  for (const c of base.cites.slice(1)) table.of(c.split('|'));
  const rowIn = base.rows.map((id) => touched.has(id));
  const touchedColumns = base.columns.flatMap((id, j) => (touched.has(id) ? [j] : []));
  const all = range(base.columns.length);
  fill(whole, table, asker, range(base.rows.length), (i) => (rowIn[i] ? all : touchedColumns));
  whole.cites = table.list;
  return whole;
}

/** A cell of a whole atlas, without its reason (explainCell gives it). */
export function cellAt(whole: AtlasWhole, data: Category, from: string, to: string): Pick<AtlasCell, 'from' | 'to' | 'channel' | 'days' | 'cites'> | null {
  const i = whole.rows.indexOf(from);
  const j = whole.columns.length === 1 ? 0 : whole.columns.indexOf(to);
  if (i < 0 || j < 0) return null;
  const g = whole.grids[data as (typeof ATLAS_CATEGORIES)[number]];
  const k = i * whole.columns.length + j;
  const cites = whole.cites[g.cites[k]!]!;
  return { from, to: whole.columns[j]!, channel: CHANNEL_CODE[g.channel[k]!]!, days: g.days[k]! < 0 ? null : g.days[k]!, cites: cites ? cites.split('|') : [] };
}

/** A cell that differs between two atlases, and the entries of the world that made it differ. */
export interface AtlasDifference {
  data: Category;
  from: string;
  to: string;
  before: { channel: ChannelName | null; days: number | null };
  after: { channel: ChannelName | null; days: number | null };
  /** Ids of instruments, rules or orders changed between the two worlds, cited by either side or binding both states. */
  because: string[];
}

/**
 * Every cell that differs between two atlases of the same states (two dates, or a what-if), each
 * naming the instrument or rule that made it differ: the changed entries either side cites, else
 * the changed entries that bind the requesting state and the requested one (an instrument that
 * left leaves no trace in the verdict that replaced it).
 */
export function atlasDifferences(before: AtlasWhole, beforeWorld: World, after: AtlasWhole, afterWorld: World): AtlasDifference[] {
  const changed = changedEntries(beforeWorld, afterWorld);
  // Who an entry concerns: an instrument binds its parties (both ends must be bound); a rule or an
  // order is one state's law, which counts whether that state asks (an order) or is asked (a rule).
  const entries = new Map<string, (from: string, to: string) => boolean>();
  for (const w of [beforeWorld, afterWorld]) {
    for (const i of w.instruments) if (changed.has(i.id)) entries.set(i.id, (from, to) => i.parties.includes(from) && i.parties.includes(to));
    for (const r of [...w.rules, ...(w.orders ?? [])]) if (changed.has(r.id)) entries.set(r.id, (from, to) => r.jurisdiction === from || r.jurisdiction === to);
  }
  const out: AtlasDifference[] = [];
  for (const data of ATLAS_CATEGORIES) {
    const b = before.grids[data];
    const a = after.grids[data];
    for (let i = 0; i < before.rows.length; i++) for (let j = 0; j < before.columns.length; j++) {
      const k = i * before.columns.length + j;
      if (b.channel[k] === a.channel[k] && b.days[k] === a.days[k]) continue;
      const from = before.rows[i]!;
      const to = before.columns[j]!;
      const cited = [...before.cites[b.cites[k]!]!.split('|'), ...after.cites[a.cites[k]!]!.split('|')].filter((id) => changed.has(id));
      const binding = [...entries].filter(([, concerns]) => concerns(from, to)).map(([id]) => id);
      out.push({
        data, from, to,
        before: { channel: CHANNEL_CODE[b.channel[k]!]!, days: b.days[k]! < 0 ? null : b.days[k]! },
        after: { channel: CHANNEL_CODE[a.channel[k]!]!, days: a.days[k]! < 0 ? null : a.days[k]! },
        because: [...new Set(cited.length ? cited : binding)],
      });
    }
  }
  return out;
}

/** The world a whole atlas was asked in (for naming causes): on its date, with its what-if. */
export function atlasWorld(q: Pick<WholeQuestion, 'world' | 'date'>, overlay?: Overlay): World {
  return worldOn(applyOverlay(q.world, overlay), q.date);
}
