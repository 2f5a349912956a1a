import type { Scenario } from '../scenario.ts';
import { NAMED_REGIMES } from '../world/regimes.ts';
import type { ChannelName } from '../world/types.ts';
import type { Outcome } from '../scenario.ts';
import type { Assumption, RunResult, SampleResult } from './result.ts';
import { underRegime } from './regime.ts';
import { sampleScenario } from './sample.ts';
import { runScenario } from './script.ts';

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
    const result = runScenario(variant, { record: false });
    return {
      regime: name, title, outcome: result.outcome, channel: result.channel, attempts: result.attempts,
      days: result.days, cites: result.cites,
      ...(result.assumptions && { assumptions: result.assumptions }),
      ...(result.conflict && { conflict: result.conflict }),
      ...(sample ? { sample: sampleScenario(variant, sample.runs, sample.seed) } : {}),
    };
  });
}

export function formatComparison(scenario: Scenario, rows: RegimeRow[]): string {
  const head = ['regime', 'outcome', 'channel', 'days', 'attempts', ...(rows[0]?.sample ? ['sampled p50 (p10-p90)', 'delivered'] : [])];
  // A row that rests on what the default policy assumed is marked, and the assumptions are listed
  // under the table: a comparison must not read an assumed answer as the law's.
  const body = rows.map((r) => [
    r.regime, r.assumptions ? `${r.outcome}*` : r.outcome, r.channel ?? '-', String(r.days), r.attempts.join(' > ') || '-',
    ...(r.sample ? [r.sample.days ? `${r.sample.days.p50} (${r.sample.days.p10}-${r.sample.days.p90})` : '-',
      `${(((r.sample.outcomes.delivered ?? 0) * 100) / r.sample.runs).toFixed(0)}%`] : []),
  ]);
  const widths = head.map((h, i) => Math.max(h.length, ...body.map((row) => row[i]!.length)));
  const line = (cells: string[]) => cells.map((c, i) => c.padEnd(widths[i]!)).join('  ').trimEnd();
  const conflicts = rows.filter((r) => r.conflict).map((r) => `  ${r.regime}: the provider's last choice: ${r.conflict!.choice}.`);
  const assumed = rows.flatMap((r) => (r.assumptions ?? []).map((a) => `  ${r.regime}: ${a.about}: ${a.assumed}.`));
  const footer = [
    ...(conflicts.length ? ['', 'A conflict of laws (one state compels what another forbids):', ...conflicts] : []),
    ...(assumed.length ? ['', '* rests on what the default policy assumed (`rogatory run FILE --regime NAME` says each and why):', ...assumed] : []),
  ];
  return [`${scenario.title} (${scenario.id}) under each regime`, '', line(head), ...body.map(line), ...footer].join('\n');
}
