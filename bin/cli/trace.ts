import type { RunResult, SampleResult } from '../../machines/run/result.ts';
import type { Assessment } from '../../machines/route/assess.ts';
import type { Scenario } from '../../machines/scenario.ts';
import { CHANNELS } from '../../machines/world/types.ts';
import { requestDate } from '../../machines/run/simulation.ts';
import { worldSources } from '../../machines/run/why.ts';
import { say, sayFrom } from '../../machines/messages/say.ts';
import { CATALOGUE } from '../../machines/messages/catalogue/index.ts';
import type { Lang, Message } from '../../machines/messages/types.ts';
import { eventWord, interfaceWord, stateWord } from '../../client/i18n/all-words.ts';
import { CLI_WORDS, type CliWord } from './words.ts';
import { scenarioPhrases } from '../../machines/run/explore.ts';

/** The source of each rule and instrument of the world the request met (regime rules included), by id. */
const sourcesOf = worldSources;

const pad = (text: string | number, width: number) => String(text).padEnd(width);

/** How the trace speaks: its words, the engine's sentences, the scenario's texts, in one language. */
function speaker(scenario: Scenario, lang: Lang) {
  const phrases = scenarioPhrases(scenario, lang);
  return {
    w: (id: CliWord, params?: Message['params']) => sayFrom(CLI_WORDS, id, params, lang, { phrases }),
    // English keeps the engine's text exactly as the run results give it.
    engine: (english: string, message?: Message) => (lang === 'en' || !message ? english : say(message, lang, { phrases })),
    state: (path: string) => (lang === 'en' ? path : stateWord(lang, path)),
    event: (type: string) => (lang === 'en' ? type : eventWord(lang, type)),
    word: (key: string, raw: string) => (lang === 'en' ? raw : interfaceWord(lang, key) ?? raw),
    title: scenario.translations?.[lang]?.title ?? scenario.title,
  };
}

/** A run as a person reads it: the assessment, each step with its reason and sources, the outcome. */
export function formatTrace(scenario: Scenario, assessment: Assessment, result: RunResult, lang: Lang = 'en'): string {
  const sources = sourcesOf(scenario);
  const s = speaker(scenario, lang);
  // A source in full the first time the trace cites it, then by its id: an MLAT's citation would
  // otherwise repeat on every stage of the channel.
  const given = new Set<string>();
  const source = (id: string) => {
    if (given.has(id)) return s.w('trace.sourceAgain', { id });
    given.add(id);
    return s.w('trace.source', { id, source: sources.get(id) ?? s.w('trace.unknownSource') });
  };
  const dated = scenario.request.date ? s.w('trace.dated', { date: scenario.request.date }) : s.w('trace.undated', { date: requestDate(scenario) });
  const named = scenario.regime.name;
  const regime = named
    ? lang !== 'en' && `regime.${named}.title` in CATALOGUE ? sayFrom(CATALOGUE, `regime.${named}.title`, undefined, lang) : named
    : s.w('trace.contract', { requestedState: scenario.regime.requestedState });
  const out: string[] = [`${s.title} (${scenario.id})`, s.w('trace.regime', { request: dated, regime }), '', s.w('trace.assessment')];
  const channelWidth = lang === 'en' ? 10 : Math.max(...CHANNELS.map((c) => s.word(`channel.${c}`, c).length)) + 1;
  for (const channel of CHANNELS) {
    const v = assessment[channel];
    out.push(`  ${pad(s.word(`channel.${channel}`, channel), channelWidth)} ${pad(s.w(v.open ? 'trace.open' : 'trace.closed'), 7)} ${s.engine(v.reason, v.message)}`);
    // What the verdict cites (a treaty a party date, offence or reservation keeps from applying
    // included) is shown with its source here: a closed channel never reaches the run's cites.
    for (const id of v.cites) out.push(`  ${pad('', channelWidth + 8)} ${source(id)}`);
  }
  out.push('');
  for (const t of result.transitions) {
    out.push(`${pad(s.w('trace.dayN', { n: t.day }), 9)} ${s.state(t.from)} -> ${s.state(t.to)}  [${s.event(t.event)}]`);
    out.push(`          ${s.engine(t.reason, t.message)}`);
    for (const id of t.cites) out.push(`          ${source(id)}`);
  }
  out.push('');
  const via = result.channel ? ` (${s.word(`channel.${result.channel}`, result.channel)})` : '';
  const attempts = result.attempts.map((c) => s.word(`channel.${c}`, c)).join(', ') || s.w('trace.none');
  out.push(s.w('trace.outcome', { outcome: s.word(`outcome.${result.outcome}`, result.outcome), via, days: result.days, attempts }));
  if (result.cites.length > 0) out.push(s.w('trace.cited', { cites: result.cites.join(', ') }));
  if (result.conflict) out.push(s.w('trace.conflict', { line: conflictLine(result.conflict, s.w) }));
  // The outcome rests on these: said after it, never left to be found in a step's reason.
  for (const a of result.assumptions ?? []) {
    out.push(s.w('trace.assumed', { about: s.engine(a.about, a.aboutMessage), assumed: s.word(`answer.${a.assumed}`, a.assumed), why: sentence(s.engine(a.why, a.whyMessage)) }));
  }
  return out.join('\n');
}

/** A reason as a sentence of its own: capital first, full stop last (in scripts that have them). */
function sentence(text: string): string {
  const s = text.trim();
  return s.charAt(0).toUpperCase() + s.slice(1) + (/[.!?。]$/.test(s) ? '' : '.');
}

/** The provider's choice and the law it breaks, in words (`breached`: comply, the prohibition; refuse, the order). */
function conflictLine(c: NonNullable<RunResult['conflict']>, w: (id: CliWord, params?: Message['params']) => string): string {
  const laws = c.breached.join(', ');
  switch (c.choice) {
    case 'comply': return w('trace.conflict.comply', { laws });
    case 'refuse': return c.sanction ? w('trace.conflict.refuseSanction', { laws, sanction: c.sanction }) : w('trace.conflict.refuse', { laws });
    case 'review': return w('trace.conflict.review');
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
