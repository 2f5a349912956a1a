import { assess } from '../../machines/route/assess.ts';
import type { Timing } from '../../machines/route/channels.ts';
import { wholeDays } from '../../machines/random.ts';
import { worldOn } from '../../machines/world/in-force.ts';
import { worldUnder } from '../../machines/world/regimes.ts';
import { CHANNELS, type Category, type ChannelName, type DataRequest, type OffenceCategory, type Regime, type World } from '../../machines/world/types.ts';

/** One cell: which channel the default policy would take first, and its median days. */
export interface AtlasCell {
  from: string;
  to: string;
  channel: ChannelName | null;
  days: number | null;
  /** The instruments and rules that decided it. */
  cites: string[];
  reason: string;
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
}

/** A provider with no policy of its own, based and storing in the requested state: the states' law decides. */
const PROVIDER_ID = 'atlas-provider';

const medianDays = (timing: Timing) => ('fixed' in timing ? timing.fixed : wholeDays(timing.profile.median));

/**
 * The atlas: for each requesting state and each state where a provider and its data sit, the first
 * channel open in the contract's order (direct, agreement, MLAT, letters rogatory) and its median
 * days, from the engine's own `assess`. The provider answers nobody directly, so a direct channel
 * opens only through a direct-cooperation instrument.
 */
export function* atlasRows(q: AtlasQuestion): Generator<AtlasCell[]> {
  // The world on the date does not depend on the cell (worldOn leaves providers alone): date it once.
  const dated = worldOn(q.world, q.date);
  // With the provider and its data in the requested state and no subject, only the two states'
  // instruments, rules and orders can decide a cell: assessing each pair in a world cut to them gives
  // the same answer as the whole world, and keeps a 195 × 195 atlas within seconds.
  const involving = (id: string) => ({
    instruments: dated.instruments.filter((i) => i.parties.includes(id)),
    rules: dated.rules.filter((r) => r.jurisdiction === id),
    orders: (dated.orders ?? []).filter((o) => o.jurisdiction === id),
  });
  const byState = new Map([...new Set([...q.states, ...(q.rows ?? [])])].map((id) => [id, involving(id)]));
  const jurisdictions = new Map(dated.jurisdictions.map((j) => [j.id, j]));
  for (const from of q.rows ?? q.states) yield q.states.map((to) => {
    if (from === to) return { from, to, channel: null, days: null, cites: [], reason: 'domestic' };
    const provider = { id: PROVIDER_ID, name: 'provider', home: to, storesIn: [to], answersDirect: [], responseDays: 10, emergencyDisclosure: false };
    const request: DataRequest = { from, provider: PROVIDER_ID, data: q.data, urgency: 'routine', subject: {}, preservation: 'auto', date: q.date, offenceCategory: q.offenceCategory };
    const own = byState.get(from)!;
    const theirs = byState.get(to)!;
    const pair: World = {
      jurisdictions: [jurisdictions.get(from), jurisdictions.get(to)].filter((j) => j !== undefined),
      providers: [provider],
      instruments: own.instruments.filter((i) => i.parties.includes(to)),
      rules: [...own.rules, ...theirs.rules],
      orders: [...own.orders, ...theirs.orders],
    };
    const world = worldUnder(q.regime, pair, request);
    const a = assess(world, request, q.regime);
    const channel = CHANNELS.find((c) => a[c].open) ?? null;
    if (!channel) return { from, to, channel: null, days: null, cites: [], reason: a.rogatory.reason };
    const verdict = a[channel];
    return { from, to, channel, days: medianDays(verdict.timing), cites: verdict.cites, reason: verdict.reason };
  });
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

export function compareCells(before: AtlasCell, after: AtlasCell): CellChange | null {
  if (before.channel === after.channel && before.days === after.days) return null;
  return {
    channelChanged: before.channel !== after.channel,
    deltaDays: before.days !== null && after.days !== null ? after.days - before.days : null,
  };
}
