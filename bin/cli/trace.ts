import type { RunResult, SampleResult } from '../../machines/run/result.ts';
import type { Assessment } from '../../machines/route/assess.ts';
import type { Scenario } from '../../machines/scenario.ts';
import { CHANNELS } from '../../machines/world/types.ts';
import { requestDate } from '../../machines/run/simulation.ts';
import { worldSources } from '../../machines/run/why.ts';

/** The source of each rule and instrument of the world the request met (regime rules included), by id. */
const sourcesOf = worldSources;

const pad = (text: string | number, width: number) => String(text).padEnd(width);

/** A run as a person reads it: the assessment, each step with its reason and sources, the outcome. */
export function formatTrace(scenario: Scenario, assessment: Assessment, result: RunResult): string {
  const sources = sourcesOf(scenario);
  const dated = scenario.request.date ? `made on ${scenario.request.date}` : `undated: the world as of ${requestDate(scenario)}, the data's as-of date`;
  const regime = scenario.regime.name ?? `contract default (${scenario.regime.requestedState})`;
  const out: string[] = [`${scenario.title} (${scenario.id})`, `Request ${dated}; regime: ${regime}.`, '', 'Assessment on day 0:'];
  for (const channel of CHANNELS) {
    const v = assessment[channel];
    out.push(`  ${pad(channel, 10)} ${pad(v.open ? 'open' : 'closed', 7)} ${v.reason}`);
    // What the verdict cites (a treaty a party date, offence or reservation keeps from applying
    // included) is shown with its source here: a closed channel never reaches the run's cites.
    for (const id of v.cites) out.push(`  ${pad('', 18)} source: ${id}: ${sources.get(id) ?? 'unknown source'}`);
  }
  out.push('');
  for (const t of result.transitions) {
    out.push(`day ${pad(t.day, 5)} ${t.from} -> ${t.to}  [${t.event}]`);
    out.push(`          ${t.reason}`);
    for (const id of t.cites) out.push(`          source: ${id}: ${sources.get(id) ?? 'unknown source'}`);
  }
  out.push('');
  const via = result.channel ? ` (${result.channel})` : '';
  out.push(`Outcome: ${result.outcome}${via} on day ${result.days}. Attempts: ${result.attempts.join(', ') || 'none'}.`);
  if (result.cites.length > 0) out.push(`Cited: ${result.cites.join(', ')}.`);
  if (result.conflict) {
    const c = result.conflict;
    out.push(`Conflict of laws: ${conflictLine(c)}`);
  }
  // The outcome rests on these: said after it, never left to be found in a step's reason.
  for (const a of result.assumptions ?? []) out.push(`Assumed: ${a.about}: ${a.assumed}. ${sentence(a.why)}`);
  return out.join('\n');
}

/** A reason as a sentence of its own: capital first, full stop last. */
function sentence(text: string): string {
  const s = text.trim();
  return s.charAt(0).toUpperCase() + s.slice(1) + (/[.!?]$/.test(s) ? '' : '.');
}

/** The provider's choice and the law it breaks, in words (`breached`: comply, the prohibition; refuse, the order). */
function conflictLine(c: NonNullable<RunResult['conflict']>): string {
  const laws = c.breached.join(', ');
  switch (c.choice) {
    case 'comply': return `the provider complied with the order, in breach of ${laws}.`;
    case 'refuse': return `the provider refused the order ${laws}${c.sanction ? `, facing ${c.sanction}` : ''}.`;
    case 'review': return 'the provider asked a court to review the order, breaking neither law.';
  }
}

export function formatSample(result: SampleResult): string {
  const share = (n: number) => `${n} (${((100 * n) / result.runs).toFixed(1)}%)`;
  const out = [`${result.scenario}: ${result.runs} sampled runs, seed ${result.seed}`];
  for (const [outcome, n] of Object.entries(result.outcomes)) out.push(`  ${pad(outcome, 10)} ${share(n)}`);
  out.push('  channels: ' + (Object.entries(result.channels).map(([c, n]) => `${c} ${n}`).join(', ') || 'none'));
  if (result.assumed) out.push(`  resting on an assumption: ${share(result.assumed)} (the default policy's; the run without --sample says what it assumed and why)`);
  out.push(result.days ? `  days to delivery: p10 ${result.days.p10}, p50 ${result.days.p50}, p90 ${result.days.p90}` : '  no run was delivered');
  // One line per delivering channel: a direct answer's days and a treaty's are two distributions.
  for (const [channel, c] of Object.entries(result.byChannel ?? {})) {
    out.push(`    via ${pad(channel, 9)} ${pad(String(c.delivered), 6)} p10 ${c.days.p10}, p50 ${c.days.p50}, p90 ${c.days.p90}`);
  }
  return out.join('\n');
}
