import { applyInput, type Input } from '../../machines/run/replay.ts';
import { Simulation, effectiveWorld } from '../../machines/run/simulation.ts';
import { CONFLICT_EVENTS, DECISION_EVENTS } from '../../machines/request/events.ts';
import { authorityActsOf } from '../../machines/run/world-events.ts';
import type { Scenario } from '../../machines/scenario.ts';
import type { Actor, Debrief, DebriefDecision, DebriefExplanation, DebriefTransition, DebriefVoteSummary, InputRecord, Source } from '../protocol.ts';
import type { SessionRow, VoteRow } from '../store/store.ts';
import { safeCell, safeMarkdown } from './markdown.ts';
import { counts } from './votes.ts';
import { EXPORT_WORDS, type ExportWord } from './export-words.ts';
import { say, sayFrom, stateNameWith } from '../../machines/messages/say.ts';
import type { Lang, Message } from '../../machines/messages/types.ts';
import { eventPhrase, eventWord, interfaceText, interfaceWord, stateWord, type EventNames } from '../../client/i18n/all-words.ts';
import { isRealState } from '../../machines/route/world-index.ts';
import { voteResultText } from '../../client/i18n/vote-result.ts';
import { scenarioPhrases } from '../../machines/run/explore.ts';
import { deciderOf } from '../../machines/request/roles.ts';
import { uncountedPerOption } from './roles.ts';

// Events a person chooses; the rest of the scenario events are the world's (a trainer's injects).
// A provider's choice and a court's ruling at a conflict of laws are the script's authority acts too.
const CHOSEN = new Set<string>([...DECISION_EVENTS, ...CONFLICT_EVENTS, 'REQUEST_PRESERVATION', 'EXTEND_PRESERVATION', 'WITHDRAW']);
const POLICY = new Set<string>([...DECISION_EVENTS, ...CONFLICT_EVENTS, 'CONCLUDE']);

/** Sources of the world the request met: the scenario's, as of its date, with its regime's rules. */
function sourcesOf(scenario: Scenario): Map<string, Source> {
  const found = new Map<string, Source>();
  const world = effectiveWorld(scenario);
  for (const e of [...world.rules, ...world.instruments, ...(world.orders ?? [])]) {
    found.set(e.id, { id: e.id, title: e.title ?? null, source: e.source, uncertain: e.uncertain ?? null });
  }
  return found;
}

/** Each reason given with a ballot, with who gave it and what they chose, in the order cast. */
function explanationsOf(vote: VoteRow, names: ReadonlyMap<string, string>): DebriefExplanation[] {
  return [...vote.ballots].flatMap(([participant, option]) => {
    const text = vote.explanations.get(participant);
    return text === undefined ? [] : [{ name: names.get(participant) ?? null, option, event: vote.options[option]!, text }];
  });
}

/**
 * The log replayed input by input, so that every transition is told with the input (and the person)
 * behind it. `names`: participants by id, for the reasons given with ballots.
 */
export function debriefOf(row: SessionRow, inputs: readonly InputRecord[], votes: readonly VoteRow[], names: ReadonlyMap<string, string> = new Map()): Debrief {
  const scenario = row.scenario;
  const sources = sourcesOf(scenario);
  const voteById = new Map(votes.map((v) => [v.id, v]));
  const sim = new Simulation(scenario);
  const timeline: DebriefTransition[] = [];
  const decisions: DebriefDecision[] = [];
  const tell = (from: number, input: number, kind: Input['kind'] | null, by: Actor | null) => {
    for (const t of sim.transitions.slice(from)) {
      const cited = t.cites.map((id) => sources.get(id) ?? { id, title: null, source: 'not in this scenario\'s world', uncertain: null });
      timeline.push({ seq: t.seq, day: t.day, event: t.event, from: t.from, to: t.to, reason: t.reason, ...(t.message && { message: t.message }), sources: cited, input, kind, by });
    }
  };
  tell(0, 0, null, null);
  for (const record of inputs) {
    const before = sim.transitions.length;
    const day = Math.floor(sim.time);
    // What the default policy would choose now, with its fields (a provider's choice at a conflict of laws).
    const planned = record.input.kind === 'step' && sim.waiting && !sim.done ? sim.policyDecision() : null;
    applyInput(sim, record.input);
    tell(before, record.seq, record.input.kind, record.actor);
    const vote = record.voteId ? voteById.get(record.voteId) : undefined;
    const voteSummary: DebriefVoteSummary | null = vote
      ? {
          id: vote.id, counts: counts(vote), ballots: vote.ballots.size, prompt: vote.settings.prompt,
          ...(vote.result?.tied && { tied: vote.result.tied }), explanations: explanationsOf(vote, names),
        }
      : null;
    if (record.input.kind === 'event') {
      const event = record.input.event;
      decisions.push({
        input: record.seq, day, event, kind: CHOSEN.has(event.type) ? 'decision' : 'inject',
        by: record.actor === 'vote' || record.actor === 'world' ? record.actor : 'trainer', vote: voteSummary,
      });
    } else if (record.input.kind === 'step') {
      // A step while a decision was awaited let the default policy choose.
      const chosen = sim.transitions.slice(before).find((t) => POLICY.has(t.event));
      const event = planned && planned.type === chosen?.event ? planned : { type: chosen?.event };
      if (chosen) decisions.push({ input: record.seq, day, event: event as DebriefDecision['event'], kind: 'decision', by: 'default policy', vote: null });
    }
  }
  const result = sim.done ? sim.result() : null;
  return {
    session: { id: row.id, createdAt: row.createdAt, parent: row.parent, seq: inputs.length },
    scenario: { id: scenario.id, title: scenario.title, summary: scenario.summary, objectives: scenario.objectives, notes: scenario.debrief ?? null, ...(scenario.translations && { translations: scenario.translations }) },
    states: Object.fromEntries(effectiveWorld(scenario).jurisdictions.map((j) => [j.id, j.name])),
    status: {
      day: Math.floor(sim.time), state: sim.state, done: sim.done, outcome: result?.outcome ?? null,
      channel: result ? result.channel : sim.context.current, attempts: [...sim.context.attempts],
    },
    timeline,
    decisions,
    authorities: authorityActsOf(scenario.script),
    votes: votes.map((v) => {
      const tally = counts(v);
      const uncounted = uncountedPerOption(v);
      return {
        id: v.id, openedAtSeq: v.openedAtSeq, openedAt: v.openedAt, closedAt: v.closedAt,
        options: v.options.map((event, i) => ({
          event, votes: tally[i] ?? 0, ...(v.roles && { decider: deciderOf(event, v.roles), uncounted: uncounted[i] ?? 0 }),
        })),
        ballots: v.ballots.size, result: v.result,
        prompt: v.settings.prompt, explanations: explanationsOf(v, names),
      };
    }),
  };
}

/** Scenario text is the author's: keep it from breaking a table, starting markup or carrying a script link. */
const cell = safeCell;

/**
 * The debrief as Markdown in `lang`: the export's words, the interface's names for states, events
 * and channels, the engine's reasons said in that language, the scenario's own texts where it
 * translates them. Sources keep their original titles.
 */
export function debriefMarkdown(d: Debrief, lang: Lang = 'en'): string {
  const tr = d.scenario.translations?.[lang];
  const phrases = scenarioPhrases(d.scenario, lang);
  const w = (id: ExportWord, params?: Message['params']) => sayFrom(EXPORT_WORDS, id, params, lang, { phrases });
  const country = (id: string) => {
    const name = d.states?.[id] ?? id;
    return stateNameWith(id, name, isRealState(id, name), lang, phrases);
  };
  const names: EventNames = { state: country, phrase: (text) => phrases[text] ?? text };
  const event = (e: DebriefDecision['event']) => eventPhrase(lang, e, names);
  const channel = (c: string) => interfaceWord(lang, `channel.${c}`) ?? c;
  const channels = (cs: readonly string[]) => cs.map(channel).join(', ') || w('md.none');
  const reason = (t: DebriefTransition) => (t.message ? say(t.message, lang, { phrases }) : t.reason);

  const out: string[] = [`# ${w('md.title', { title: cell(tr?.title ?? d.scenario.title) })}`, ''];
  out.push(`${w('md.session', { session: d.session.id, scenario: d.scenario.id, inputs: d.session.seq })}${d.session.parent ? w('md.branched', { parent: d.session.parent.id, at: d.session.parent.atSeq }) : ''}.`, '');
  const s = d.status;
  out.push(s.done
    ? w('md.outcome', { outcome: interfaceWord(lang, `outcome.${s.outcome}`) ?? String(s.outcome), via: s.channel ? w('md.via', { channel: channel(s.channel) }) : '', day: s.day, attempts: channels(s.attempts) })
    : w('md.underWay', { day: s.day, state: stateWord(lang, s.state), attempts: channels(s.attempts) }), '');
  out.push(cell(tr?.summary ?? d.scenario.summary), '');
  const objectives = tr?.objectives?.length === d.scenario.objectives.length ? tr.objectives : d.scenario.objectives;
  if (objectives.length) out.push(w('md.objectives'), ...objectives.map((o) => `- ${cell(o)}`), '');

  out.push(`## ${w('md.timeline')}`, '', w('md.timelineHeader'), '| ---: | --- | --- | --- | --- | --- |');
  for (const t of d.timeline) {
    const sources = t.sources.map((x) => `${x.id}: ${x.source}${x.uncertain ? ` ${w('md.uncertain', { why: x.uncertain })}` : ''}`).join('; ');
    const input = t.input === 0 ? w('md.start') : w('md.input', { n: t.input, kind: w(`md.kind.${t.kind ?? 'event'}`), by: t.by ? w(`md.by.${t.by}`) : '' });
    out.push(`| ${t.day} | ${cell(stateWord(lang, t.from))} → ${cell(stateWord(lang, t.to))} | ${cell(eventWord(lang, t.event))} | ${cell(reason(t))} | ${cell(sources)} | ${input} |`);
  }
  out.push('', `## ${w('md.decisions')}`, '');
  if (d.decisions.length === 0) out.push(w('md.noDecision'));
  for (const x of d.decisions) {
    const vote = x.vote ? w('md.ballots', { ballots: x.vote.ballots, counts: x.vote.counts.join(' / ') }) : '';
    const by = w(x.by === 'vote' ? 'md.decider.vote' : x.by === 'world' ? 'md.decider.world' : x.by === 'trainer' ? 'md.decider.trainer' : 'md.decider.policy');
    out.push(w('md.decision', { day: x.day, input: x.input, event: cell(event(x.event)), how: w(x.kind === 'inject' ? 'md.injected' : 'md.decided'), by, vote }));
    if (x.vote?.prompt) out.push(`  - ${w('md.question', { prompt: cell(x.vote.prompt) })}`);
    // What participants wrote is theirs, as untrusted as a scenario's text.
    for (const e of x.vote?.explanations ?? []) out.push(`  - ${w('md.explanation', { name: cell(e.name ?? w('md.removed')), option: cell(event(e.event)), text: cell(e.text) })}`);
  }
  if (d.authorities.length > 0) {
    // Side by side, in the order each took them: the class's decisions and the script's.
    // The runner's conclusion is how a run ends, not a choice.
    const chosen = d.decisions.filter((x) => x.kind === 'decision' && x.event.type !== 'CONCLUDE');
    out.push('', `## ${w('md.authorities')}`, '', w('md.authoritiesHeader'), '| ---: | --- | --- |');
    for (let i = 0; i < Math.max(chosen.length, d.authorities.length); i++) {
      const mine = chosen[i];
      const theirs = d.authorities[i];
      const ours = mine ? w('md.onDay', { day: mine.day, event: cell(event(mine.event)) }) : '—';
      const real = theirs ? (theirs.day === null ? w('md.whenAwaited', { event: cell(event(theirs.event)) }) : w('md.onDay', { day: theirs.day, event: cell(event(theirs.event)) })) : '—';
      out.push(`| ${i + 1} | ${ours} | ${real} |`);
    }
  }
  out.push('', `## ${w('md.votes')}`, '');
  if (d.votes.length === 0) out.push(w('md.noVote'));
  d.votes.forEach((v, i) => {
    out.push(`### ${w('md.vote', { n: i + 1, seq: v.openedAtSeq })}`, '');
    if (v.prompt) out.push(w('md.question', { prompt: cell(v.prompt) }), '');
    out.push(w('md.voteHeader'), '| --- | ---: |');
    for (const o of v.options) {
      const who = o.decider ? interfaceWord(lang, `role.${o.decider}`) ?? o.decider : w('md.wholeClass');
      const roles = o.decider === undefined ? '' : w('md.decidedBy', { who, uncounted: o.uncounted ? w('md.uncounted', { n: o.uncounted }) : '' });
      out.push(`| ${cell(event(o.event))}${roles} | ${o.votes} |`);
    }
    out.push('', v.result ? cell(lang === 'en' ? v.result.message : voteResultText(v.result, v.options.map((o) => o.event), (key, params) => interfaceText(lang, key, params), event)) : w('md.stillOpen'), '');
  });
  const notes = tr?.debrief ?? d.scenario.notes;
  if (notes) out.push(`## ${w('md.notes')}`, '', safeMarkdown(notes), '');
  return out.join('\n').trimEnd() + '\n';
}
