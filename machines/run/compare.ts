import type { Message } from '../messages/types.ts';
import type { Scenario } from '../scenario.ts';
import { NAMED_REGIMES } from '../world/regimes.ts';
import type { ChannelName } from '../world/types.ts';
import type { Outcome } from '../scenario.ts';
import type { Assumption, RunResult, SampleResult } from './result.ts';
import { underRegime } from './regime.ts';
import { sampleScenario } from './sample.ts';
import { runScenario } from './script.ts';
import { whyOfRun, worldSources } from './why.ts';

export interface RegimeRow {
  regime: string;
  title: string;
  outcome: Outcome;
  channel: ChannelName | null;
  attempts: ChannelName[];
  days: number;
  cites: string[];
  /** What the default policy assumed under this regime, when it assumed anything (RunResult.assumptions). */
  assumptions?: Assumption[];
  /** How the provider met a conflict of laws under this regime, when the run reached one. */
  conflict?: RunResult['conflict'];
  /** extension: why it ended so: the verdict of the channel taken, or the step that refused, blocked or lost it (whyOfRun). */
  why: { reason: string; message?: Message; cites: string[] };
  /** With a sample: the sampled figures under this regime. */
  sample?: SampleResult;
}

export const COMPARED_REGIMES = [
  { name: 'contract', title: 'Contract default (data location)' },
  ...NAMED_REGIMES.map((r) => ({ name: r.name, title: r.title })),
];

/** A scenario under the contract's default and every named regime: the deterministic run, and a sample if asked. */
export function compareRegimes(scenario: Scenario, sample?: { runs: number; seed: number }): RegimeRow[] {
  return COMPARED_REGIMES.map(({ name, title }) => {
    const variant = underRegime(scenario, name);
    // Recorded (one run per regime): the step that ended a refused or blocked run gives its why.
    const result = runScenario(variant);
    return {
      regime: name, title, outcome: result.outcome, channel: result.channel, attempts: result.attempts,
      days: result.days, cites: result.cites, why: whyOfRun(variant, result),
      ...(result.assumptions && { assumptions: result.assumptions }),
      ...(result.conflict && { conflict: result.conflict }),
      ...(sample ? { sample: sampleScenario(variant, sample.runs, sample.seed) } : {}),
    };
  });
}

export function formatComparison(scenario: Scenario, rows: RegimeRow[]): string {
  const head = ['regime', 'outcome', 'channel', 'days', 'attempts', ...(rows[0]?.sample ? ['sampled p50 (p10-p90)', 'delivered'] : []), 'why'];
  // Regimes that end for the same reason share one note under the table: the reasons are sentences,
  // too long for a column, and often the same under several regimes.
  const whys = [...new Set(rows.map((r) => whyLine(r.why)))];
  // A row that rests on what the default policy assumed is marked, and the assumptions are listed
  // under the table: a comparison must not read an assumed answer as the law's.
  const body = rows.map((r) => [
    r.regime, r.assumptions ? `${r.outcome}*` : r.outcome, r.channel ?? '-', String(r.days), r.attempts.join(' > ') || '-',
    ...(r.sample ? [r.sample.days ? `${r.sample.days.p50} (${r.sample.days.p10}-${r.sample.days.p90})` : '-',
      `${(((r.sample.outcomes.delivered ?? 0) * 100) / r.sample.runs).toFixed(0)}%`] : []),
    `[${whys.indexOf(whyLine(r.why)) + 1}]`,
  ]);
  const widths = head.map((h, i) => Math.max(h.length, ...body.map((row) => row[i]!.length)));
  const line = (cells: string[]) => cells.map((c, i) => c.padEnd(widths[i]!)).join('  ').trimEnd();
  // Each source once, from the world of the regime that cited it first (a regime may add rules).
  const sources = new Map<string, string>();
  for (const r of rows) {
    const known = worldSources(underRegime(scenario, r.regime));
    for (const id of r.why.cites) if (!sources.has(id)) sources.set(id, known.get(id) ?? 'unknown source');
  }
  const conflicts = rows.filter((r) => r.conflict).map((r) => `  ${r.regime}: the provider's last choice: ${r.conflict!.choice}.`);
  const assumed = rows.flatMap((r) => (r.assumptions ?? []).map((a) => `  ${r.regime}: ${a.about}: ${a.assumed}.`));
  const footer = [
    '', 'Why (the verdict of the channel taken, or the step that ended the request):', ...whys.map((w, i) => `  [${i + 1}] ${w}`),
    ...(sources.size ? ['', 'Sources:', ...[...sources].map(([id, source]) => `  ${id}: ${source}`)] : []),
    ...(conflicts.length ? ['', 'A conflict of laws (one state compels what another forbids):', ...conflicts] : []),
    ...(assumed.length ? ['', '* rests on what the default policy assumed (`rogatory run FILE --regime NAME` says each and why):', ...assumed] : []),
  ];
  return [`${scenario.title} (${scenario.id}) under each regime`, '', line(head), ...body.map(line), ...footer].join('\n');
}

/** A why in one line: the reason, then the ids it cites. */
function whyLine(why: RegimeRow['why']): string {
  return why.cites.length ? `${why.reason} (${why.cites.join(', ')})` : why.reason;
}
