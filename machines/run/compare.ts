import type { Scenario } from '../scenario.ts';
import { NAMED_REGIMES } from '../world/regimes.ts';
import type { ChannelName } from '../world/types.ts';
import type { Outcome } from '../scenario.ts';
import type { SampleResult } from './result.ts';
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
      ...(sample ? { sample: sampleScenario(variant, sample.runs, sample.seed) } : {}),
    };
  });
}

export function formatComparison(scenario: Scenario, rows: RegimeRow[]): string {
  const head = ['regime', 'outcome', 'channel', 'days', 'attempts', ...(rows[0]?.sample ? ['sampled p50 (p10-p90)', 'delivered'] : [])];
  const body = rows.map((r) => [
    r.regime, r.outcome, r.channel ?? '-', String(r.days), r.attempts.join(' > ') || '-',
    ...(r.sample ? [r.sample.days ? `${r.sample.days.p50} (${r.sample.days.p10}-${r.sample.days.p90})` : '-',
      `${(((r.sample.outcomes.delivered ?? 0) * 100) / r.sample.runs).toFixed(0)}%`] : []),
  ]);
  const widths = head.map((h, i) => Math.max(h.length, ...body.map((row) => row[i]!.length)));
  const line = (cells: string[]) => cells.map((c, i) => c.padEnd(widths[i]!)).join('  ').trimEnd();
  return [`${scenario.title} (${scenario.id}) under each regime`, '', line(head), ...body.map(line)].join('\n');
}
