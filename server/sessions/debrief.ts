import { applyInput, type Input } from '../../machines/run/replay.ts';
import { Simulation, effectiveWorld } from '../../machines/run/simulation.ts';
import type { Transition } from '../../machines/run/result.ts';
import { CONFLICT_EVENTS, DECISION_EVENTS, type ScenarioEvent } from '../../machines/request/events.ts';
import { authorityActsOf, type AuthorityAct } from '../../machines/run/world-events.ts';
import type { Scenario } from '../../machines/scenario.ts';
import type { Actor, Debrief, DebriefDecision, DebriefExplanation, DebriefTransition, DebriefVote, DebriefVoteSummary, InputRecord, Source } from '../protocol.ts';
import type { SessionRow, VoteRow } from '../store/store.ts';
import { safeCell, safeMarkdown } from './markdown.ts';
import { counts, describeEvent } from './votes.ts';
import { deciderOf, type Role } from '../../machines/request/roles.ts';
import { uncountedPerOption } from './roles.ts';
import { ROLE_NAMES } from './attendance.ts';

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
      timeline.push({ seq: t.seq, day: t.day, event: t.event, from: t.from, to: t.to, reason: t.reason, sources: cited, input, kind, by });
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
    scenario: { id: scenario.id, title: scenario.title, summary: scenario.summary, objectives: scenario.objectives, notes: scenario.debrief ?? null },
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

const eventName = (e: DebriefDecision['event']) => (e.type === 'CONCLUDE' ? 'CONCLUDE' : describeEvent(e));

export function debriefMarkdown(d: Debrief): string {
  const out: string[] = [`# Debrief: ${cell(d.scenario.title)}`, ''];
  out.push(`Session \`${d.session.id}\` of scenario \`${d.scenario.id}\`, ${d.session.seq} input${d.session.seq === 1 ? '' : 's'}${d.session.parent ? `, branched from \`${d.session.parent.id}\` after input ${d.session.parent.atSeq}` : ''}.`, '');
  const s = d.status;
  out.push(s.done
    ? `**Outcome: ${s.outcome}**${s.channel ? ` via ${s.channel}` : ''} on day ${s.day}. Channels tried: ${s.attempts.join(', ') || 'none'}.`
    : `**Under way** on day ${s.day}, in state \`${s.state}\`. Channels tried: ${s.attempts.join(', ') || 'none'}.`, '');
  out.push(cell(d.scenario.summary), '');
  if (d.scenario.objectives.length) out.push('Objectives:', ...d.scenario.objectives.map((o) => `- ${cell(o)}`), '');

  out.push('## Timeline', '', '| Day | From → To | Event | Reason | Sources | Input |', '| ---: | --- | --- | --- | --- | --- |');
  for (const t of d.timeline) {
    const sources = t.sources.map((x) => `${x.id}: ${x.source}${x.uncertain ? ` (uncertain: ${x.uncertain})` : ''}`).join('; ');
    const input = t.input === 0 ? 'start' : `#${t.input} ${t.kind} (${t.by})`;
    out.push(`| ${t.day} | ${cell(t.from)} → ${cell(t.to)} | ${t.event} | ${cell(t.reason)} | ${cell(sources)} | ${input} |`);
  }
  out.push('', '## Decisions', '');
  if (d.decisions.length === 0) out.push('No decision was taken.');
  for (const x of d.decisions) {
    const vote = x.vote ? ` (${x.vote.ballots} ballots: ${x.vote.counts.join(' / ')})` : '';
    const by = x.by === 'vote' ? 'the class vote' : x.by === 'world' ? "the scenario's world, on its day" : `the ${x.by}`;
    out.push(`- Day ${x.day}, input #${x.input}: ${cell(eventName(x.event))}, ${x.kind === 'inject' ? 'injected' : 'decided'} by ${by}${vote}.`);
    if (x.vote?.prompt) out.push(`  - Question: ${cell(x.vote.prompt)}`);
    // What participants wrote is theirs, as untrusted as a scenario's text.
    for (const e of x.vote?.explanations ?? []) out.push(`  - ${cell(e.name ?? 'A participant since removed')} (chose ${cell(describeEvent(e.event))}): “${cell(e.text)}”`);
  }
  if (d.authorities.length > 0) {
    // Side by side, in the order each took them: the class's decisions and the script's.
    // The runner's conclusion is how a run ends, not a choice.
    const chosen = d.decisions.filter((x) => x.kind === 'decision' && x.event.type !== 'CONCLUDE');
    out.push('', '## What the real authorities did', '', '| # | The class | The real authorities |', '| ---: | --- | --- |');
    for (let i = 0; i < Math.max(chosen.length, d.authorities.length); i++) {
      const mine = chosen[i];
      const theirs = d.authorities[i];
      out.push(`| ${i + 1} | ${mine ? `day ${mine.day}: ${cell(eventName(mine.event))}` : '—'} | ${theirs ? `${theirs.day === null ? 'when a decision was awaited' : `day ${theirs.day}`}: ${cell(describeEvent(theirs.event))}` : '—'} |`);
    }
  }
  out.push('', '## Votes', '');
  if (d.votes.length === 0) out.push('No vote was held.');
  d.votes.forEach((v, i) => {
    out.push(`### Vote ${i + 1}, opened after input ${v.openedAtSeq}`, '');
    if (v.prompt) out.push(`Question: ${cell(v.prompt)}`, '');
    out.push('| Option | Votes |', '| --- | ---: |');
    for (const o of v.options) {
      const roles = o.decider === undefined ? '' : ` (decided by the ${o.decider ? ROLE_NAMES[o.decider] : 'whole class'}${o.uncounted ? `; ${o.uncounted} ballot${o.uncounted === 1 ? '' : 's'} of other roles not counted` : ''})`;
      out.push(`| ${cell(describeEvent(o.event))}${roles} | ${o.votes} |`);
    }
    out.push('', v.result ? cell(v.result.message) : 'Still open.', '');
  });
  if (d.scenario.notes) out.push('## Notes', '', safeMarkdown(d.scenario.notes), '');
  return out.join('\n').trimEnd() + '\n';
}
