import { expect } from 'vitest';
import { say } from '../../machines/messages/say.ts';
import type { RunResult, Transition } from '../../machines/run/result.ts';
import { assessScenario } from '../../machines/run/simulation.ts';
import { OUTCOMES, type Scenario } from '../../machines/scenario.ts';
import { CHANNELS, type ChannelName } from '../../machines/world/types.ts';

/** The event of the step that tries each channel (the decision, whoever took it). */
const TRIES: Record<string, ChannelName> = { SEND_DIRECT: 'direct', CHOOSE_AGREEMENT: 'agreement', CHOOSE_MLAT: 'mlat', CHOOSE_ROGATORY: 'rogatory' };

/** A channel ending without data: blocked, declined, refused, or closed by a third country. */
const ENDED = /^(direct|agreement|mlat|rogatory|sovereigntyCheck)\.(blocked|declined|refused|objected)$/;

/** The steps that ended a channel without data, in order. */
export const endings = (r: RunResult): Transition[] => r.transitions.filter((t) => ENDED.test(t.to));

/**
 * What SCENARIO-FORMAT.md ("Running and results", "Events") says of every run, whatever its
 * outcome: each step says its reason (the English of its message) and cites only what the world
 * holds; each channel is tried once, the next only after the last ended without data; and each
 * outcome carries the channel, the closing step and the closed channels the contract gives it.
 */
export function expectContract(scenario: Scenario, r: RunResult): void {
  const assessment = assessScenario(scenario);
  const ids = new Set([...scenario.world.rules.map((x) => x.id), ...scenario.world.instruments.map((x) => x.id)]);
  expect(OUTCOMES).toContain(r.outcome);
  // Nothing but the script withdraws a request, and a withdrawal in it ends the run there.
  expect(r.outcome === 'withdrawn').toBe(scenario.script.some((s) => s.event.type === 'WITHDRAW'));

  // Every step: numbered in order, never back in time, its reason the English of its message, its cites in the world.
  expect(r.transitions.map((t) => t.seq)).toEqual(r.transitions.map((_, i) => i + 1));
  r.transitions.forEach((t, i) => {
    if (i > 0) expect(t.day).toBeGreaterThanOrEqual(r.transitions[i - 1]!.day);
    expect(t.reason).toBe(say(t.message, 'en'));
    for (const id of t.cites) expect(ids).toContain(id);
  });
  for (const id of r.cites) expect(ids).toContain(id);
  expect(new Set(r.cites).size).toBe(r.cites.length);
  const last = r.transitions.at(-1)!;
  expect(last.day).toBe(r.days);

  // Each channel once, in the order of the steps that tried them; each after the one before ended without data.
  expect(new Set(r.attempts).size).toBe(r.attempts.length);
  const tries = r.transitions.flatMap((t, i) => (TRIES[t.event] ? [{ channel: TRIES[t.event]!, i }] : []));
  expect(tries.map((t) => t.channel)).toEqual(r.attempts);
  for (let k = 1; k < tries.length; k++) {
    const between = r.transitions.slice(tries[k - 1]!.i, tries[k]!.i);
    expect(between.some((t) => ENDED.test(t.to)), `${tries[k]!.channel} tried before ${tries[k - 1]!.channel} ended`).toBe(true);
  }

  // No channel left open when the request gives up: each untried one was closed from the start, or by a refusal of its state.
  const refusedStates = new Set(r.transitions.filter((t) => t.event === 'REFUSE').map((t) => assessment[t.to.split('.')[0] as ChannelName].requestedState));
  const noneLeft = () => {
    for (const c of CHANNELS.filter((c) => !r.attempts.includes(c))) {
      const closedByRefusal = c !== 'direct' && refusedStates.has(assessment[c].requestedState);
      expect(!assessment[c].open || closedByRefusal, `${c} was still open`).toBe(true);
    }
  };

  switch (r.outcome) {
    case 'delivered': {
      const channel = r.channel!;
      expect(channel).toBe(r.attempts.at(-1));
      expect([last.event, last.to]).toEqual(['DELIVERED', 'delivered']);
      expect(endings(r)).toHaveLength(r.attempts.length - 1);
      if (channel === 'direct') expect(['emergency', 'domestic', 'provider', 'instrument']).toContain(assessment.direct.path);
      else expect(assessment[channel].open).toBe(true);
      if (assessment[channel].instrument) expect(r.cites).toContain(assessment[channel].instrument);
      break;
    }
    case 'refused': {
      // The channel is the one a refusal ended last, and every channel tried ended.
      const end = endings(r).at(-1)!;
      expect([last.event, last.to]).toEqual(['CONCLUDE', 'refused']);
      expect(end.to).toBe(`${r.channel}.refused`);
      expect(['REFUSE', 'PROVIDER_REFUSES']).toContain(end.event);
      expect(endings(r)).toHaveLength(r.attempts.length);
      noneLeft();
      break;
    }
    case 'blocked':
      expect(r.channel).toBeNull();
      expect([last.event, last.to]).toEqual(['CONCLUDE', 'blocked']);
      expect(endings(r)).toHaveLength(r.attempts.length);
      expect(endings(r).at(-1)?.to.endsWith('.refused') ?? false).toBe(false);
      noneLeft();
      break;
    case 'data-lost':
      expect(scenario.request.retentionDays).toBeDefined();
      expect([last.event, last.to]).toEqual(['DATA_DELETED', 'dataLost']);
      expect(r.days).toBeGreaterThanOrEqual(scenario.request.retentionDays!);
      if (r.channel !== null) expect(r.channel).toBe(r.attempts.at(-1));
      break;
    case 'withdrawn':
      expect([last.event, last.to]).toEqual(['WITHDRAW', 'withdrawn']);
      if (r.channel !== null) expect(r.channel).toBe(r.attempts.at(-1));
      break;
  }
}
