import type { Lang, Message } from '../messages/types.ts';
import { msg, say } from '../messages/say.ts';
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
  why: { reason: string; message: Message; cites: string[] };
  /** With a sample: the sampled figures under this regime. */
  sample?: SampleResult;
}

/** Each regime's English title; every language by the id regime.<name>.title. */
export const COMPARED_REGIMES = [
  { name: 'contract', title: say(msg('regime.contract.title')) },
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

/** The comparison as text, in `lang` (the table's column names are the format's words and stay). */
export function formatComparison(scenario: Scenario, rows: RegimeRow[], lang: Lang = 'en'): string {
  const t = (id: Message['id'], params?: Message['params']) => say(msg(id, params), lang);
  const whyLine = (why: RegimeRow['why']) => {
    const reason = why.message ? say(why.message, lang) : why.reason;
    return why.cites.length ? `${reason} (${why.cites.join(', ')})` : reason;
  };
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
    for (const id of r.why.cites) if (!sources.has(id)) sources.set(id, known.get(id) ?? t('run.compare.unknownSource'));
  }
  const conflicts = rows.filter((r) => r.conflict).map((r) => `  ${t('run.compare.conflict', { regime: r.regime, choice: msg('run.value', { value: r.conflict!.choice }) })}`);
  const assumed = rows.flatMap((r) => (r.assumptions ?? []).map((a) =>
    `  ${t('run.compare.assumption', { regime: r.regime, about: a.aboutMessage, assumed: msg('run.value', { value: a.assumed }) })}`));
  const footer = [
    '', t('run.compare.why'), ...whys.map((w, i) => `  [${i + 1}] ${w}`),
    ...(sources.size ? ['', t('run.compare.sources'), ...[...sources].map(([id, source]) => `  ${id}: ${source}`)] : []),
    ...(conflicts.length ? ['', t('run.compare.conflicts'), ...conflicts] : []),
    ...(assumed.length ? ['', t('run.compare.assumed'), ...assumed] : []),
  ];
  return [t('run.compare.heading', { title: scenario.translations?.[lang]?.title ?? scenario.title, id: scenario.id }), '', line(head), ...body.map(line), ...footer].join('\n');
}
