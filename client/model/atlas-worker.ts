import { BUILTIN_WORLD } from '../../machines/world/builtin/index.ts';
import type { Overlay } from '../../machines/world/overlay.ts';
import { NAMED_REGIMES } from '../../machines/world/regimes.ts';
import { DEFAULT_REGIME, type OffenceCategory, type Regime } from '../../machines/world/types.ts';
import { atlasDifferences, atlasUnder, atlasWhole, atlasWorld, type AtlasDifference, type AtlasWhole, type ProviderAssumption, type WholeQuestion } from './atlas.ts';

/** What the atlas page asks: the states shown, in every category, on a date, under a what-if. */
export interface AtlasJob {
  id: number;
  /** 'contract' or a named regime. */
  regime: string;
  date: string;
  /** The date to compare with ("today"); none: no comparison. */
  compareDate?: string;
  offenceCategory?: OffenceCategory;
  provider: ProviderAssumption;
  rows: string[];
  columns: string[];
  overlay?: Overlay;
}

export interface AtlasAnswer {
  id: number;
  /** The world as it stands on the date. */
  base: AtlasWhole;
  /** With the what-if (the same object's data when there is none). */
  current: AtlasWhole;
  whatIf: AtlasDifference[];
  /** The atlas on the compared date, and how the date asked differs from it. */
  compared?: { date: string; differences: AtlasDifference[] };
}

export const regimeNamed = (name: string): Regime => (name === 'contract' ? DEFAULT_REGIME : NAMED_REGIMES.find((r) => r.name === name)?.regime ?? DEFAULT_REGIME);

/** One job, start to end (the worker's whole work; also callable without a worker, as the bench does). */
export function answerJob(job: AtlasJob): AtlasAnswer {
  const q: WholeQuestion = { world: BUILTIN_WORLD, regime: regimeNamed(job.regime), date: job.date, offenceCategory: job.offenceCategory, provider: job.provider, rows: job.rows, states: job.columns };
  const base = atlasWhole(q);
  const current = job.overlay ? atlasUnder(base, q, job.overlay) : base;
  const whatIf = current === base ? [] : atlasDifferences(base, atlasWorld(q), current, atlasWorld(q, job.overlay));
  let compared: AtlasAnswer['compared'];
  if (job.compareDate && job.compareDate !== job.date) {
    const then = { ...q, date: job.compareDate };
    // Before: the compared date ("today"); after: the date asked. Both as the world stands, without the what-if.
    compared = { date: job.compareDate, differences: atlasDifferences(atlasWhole(then), atlasWorld(then), base, atlasWorld(q)) };
  }
  return { id: job.id, base, current, whatIf, ...(compared && { compared }) };
}

// In a worker: answer each job as it comes (the page sends a new one only when the question changes).
const scope = globalThis as unknown as { document?: unknown; onmessage: ((e: MessageEvent<AtlasJob>) => void) | null; postMessage: (m: AtlasAnswer) => void };
if (typeof scope.document === 'undefined' && typeof (globalThis as { WorkerGlobalScope?: unknown }).WorkerGlobalScope !== 'undefined') {
  scope.onmessage = (e) => scope.postMessage(answerJob(e.data));
}
