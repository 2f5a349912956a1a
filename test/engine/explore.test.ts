import { describe, expect, it } from 'vitest';
import { exploreScenario } from '../../machines/run/explore.ts';
import { replay, type Input } from '../../machines/run/replay.ts';
import { sampleScenario } from '../../machines/run/sample.ts';
import { runScenario } from '../../machines/run/script.ts';
import type { Exploration, ExploredPath, RunResult } from '../../machines/run/result.ts';
import { medianDraw, type Chance, type Draw } from '../../machines/random.ts';
import type { GivenAnswer } from '../../machines/world/types.ts';
import type { Scenario } from '../../machines/scenario.ts';
import { BUILTIN_WORLD } from '../../machines/world/builtin/index.ts';
import { findScenarioFiles, loadScenarioFile } from '../../scenarios/load.ts';
import { parseOverlay } from '../../scenarios/overlay.ts';
import { variantOf } from '../../machines/run/variant.ts';
import { readFileSync } from 'node:fs';

const files = findScenarioFiles(['scenarios/fictional', 'scenarios/real']);

function load(file: string): Scenario {
  const { scenario, errors } = loadScenarioFile(file, BUILTIN_WORLD);
  if (!scenario) throw new Error(errors.map((e) => e.message).join('\n'));
  return scenario;
}

const key = (outcome: string, channel: string | null) => `${outcome} via ${channel ?? 'none'}`;

/** An exploration and every path's inputs, as a session would record them. */
function explore(scenario: Scenario): { exploration: Exploration; inputs: (readonly Input[])[] } {
  const inputs: (readonly Input[])[] = [];
  const exploration = exploreScenario(scenario, { onPath: (index, i) => (inputs[index] = [...i]) });
  return { exploration, inputs };
}

/** A path replayed by run/replay.ts from its inputs, its chance choices handed back in the order they were taken. */
function replayPath(scenario: Scenario, path: ExploredPath, inputs: readonly Input[]): RunResult {
  const chances = path.choices.filter((c) => c.by === 'chance');
  let taken = 0;
  const next = (type: string) => (chances[taken]?.event.type === type ? chances[taken++]!.event : undefined);
  const draw: Draw = (profile) => (next('DURATION')?.days as number | undefined) ?? medianDraw(profile);
  const chance: Chance = (rate) => (rate >= 1 ? true : rate <= 0 ? false : next('RATE')!.answered === true);
  const answer = () => next('THIRD_COUNTRY_ANSWERS')!.answer as GivenAnswer;
  const result = replay(scenario, inputs, { draw, chance, answer, record: false }).result();
  expect(taken, 'every chance choice of the path was met on replay').toBe(chances.length);
  return result;
}

/** No path takes the probe's endless draw, and no race is shown with a side no sampled run takes. */
function expectRealDays(exploration: Exploration): void {
  for (const path of exploration.paths) {
    expect(path.days, 'a path\'s days').toBeLessThan(100_000);
    for (const c of path.choices) {
      if (c.event.type !== 'DURATION') continue;
      expect(c.event.days as number).toBeLessThan(100_000);
      expect((c.event.atMost ?? c.event.moreThan) as number).toBeLessThan(100_000);
    }
  }
  for (const o of exploration.outcomes) expect(o.days.max, `${o.outcome} via ${o.channel}`).toBeLessThan(100_000);
  const races = new Map<string, number>();
  for (const path of exploration.paths) {
    for (const c of path.choices) if (c.event.type === 'DURATION') races.set(JSON.stringify([c.day, c.state, c.event]), c.probability);
  }
  for (const [race, p] of races) expect(p > 1e-9 && p < 1 - 1e-9, `race side ${race} at ${p}`).toBe(true);
}

/** The requested state refuses (as the explorer brings it about) only a request it has received. */
function expectRefusalsReceived(exploration: Exploration): void {
  for (const path of exploration.paths) {
    for (const c of path.choices) {
      if (c.by !== 'world' || c.event.type !== 'REFUSE') continue;
      expect(c.state, `a refusal on day ${c.day}`).not.toMatch(/^(mlat|rogatory)\.(drafting|requestingReview|transmission)$/);
    }
  }
}

/** Whether sampled runs can end in more than one place: such scenarios are checked against 10,000 samples. */
const mixed = (exploration: Exploration) => exploration.outcomes.some((o) => o.probability > 1e-9 && o.probability < 1 - 1e-9);

describe('the outcome explorer, checked against sampling on every shipped scenario', () => {
  it('finds the scenarios', () => {
    expect(files.length).toBeGreaterThan(50);
  });

  for (const file of files) {
    it(file, () => {
      const scenario = load(file);
      const { exploration, inputs } = explore(scenario);
      expect(exploration.truncated).toBe(false);
      expect(exploration.scenario).toBe(scenario.id);

      // Every outcome seen in the samples is explored, and its probability is the sampled share
      // within sampling error (exactly, where the exploration says 0 or 1).
      const n = mixed(exploration) ? 10_000 : 500;
      const sample = sampleScenario(scenario, n, 20261202);
      const seen = new Map<string, number>();
      // SampleResult counts outcomes and channels apart; a sample of one run each tells the pair.
      const explored = new Map(exploration.outcomes.map((o) => [key(o.outcome, o.channel), o.probability]));
      expect(Object.values(sample.outcomes).reduce((a, b) => a + b!, 0)).toBe(n);
      for (const [outcome, count] of Object.entries(sample.outcomes)) {
        const p = exploration.outcomes.filter((o) => o.outcome === outcome).reduce((a, o) => a + o.probability, 0);
        seen.set(outcome, count!);
        expect(p, `${outcome} seen in ${count} of ${n} samples`).toBeGreaterThan(0);
        expect(Math.abs(p - count! / n), `${outcome}: explored ${p}, sampled ${count! / n}`).toBeLessThanOrEqual(4 * Math.sqrt((p * (1 - p)) / n) + 1e-9);
      }
      for (const [channel, count] of Object.entries(sample.channels)) {
        const p = exploration.outcomes.filter((o) => o.channel === channel).reduce((a, o) => a + o.probability, 0);
        expect(Math.abs(p - count! / n), `channel ${channel}: explored ${p}, sampled ${count! / n}`).toBeLessThanOrEqual(4 * Math.sqrt((p * (1 - p)) / n) + 1e-9);
      }
      // What sampled runs never reach has no probability either.
      for (const o of exploration.outcomes) if (!seen.has(o.outcome)) expect(o.probability).toBeLessThan(4 / n);
      expect(exploration.outcomes.reduce((a, o) => a + o.probability, 0)).toBeCloseTo(1, 9);

      // Every day shown is a real one (no endless probe draw leaks into a path), and every side of a
      // race is one sampled runs can take.
      expectRealDays(exploration);
      expectRefusalsReceived(exploration);

      // The deterministic run (the script, then the default policy, durations at their medians) is the
      // first path explored, to the day, with the same citations. (The explorer takes the likelier side
      // of a provider's rate first, the scripted run the documented practice: in every shipped
      // scenario they are the same side.)
      const run = runScenario(scenario, { record: false });
      const first = exploration.paths[0]!;
      expect([first.outcome, first.channel, first.days, first.attempts, first.cites], 'the first path is the scripted run')
        .toEqual([run.outcome, run.channel, run.days, run.attempts, run.cites]);
      expect(explored.has(key(run.outcome, run.channel))).toBe(true);

      // Every outcome is reachable, those sampled runs never reach included: a path to it, replayed
      // from its inputs as a session replays them (the drawn durations, rates and answers it took
      // given back in order), ends there on the path's day.
      for (const o of exploration.outcomes) {
        const index = o.paths[0]!;
        const path = exploration.paths[index]!;
        const result = replayPath(scenario, path, inputs[index]!);
        expect(key(result.outcome, result.channel), `replaying a path to ${key(o.outcome, o.channel)}`).toBe(key(o.outcome, o.channel));
        expect(result.days).toBe(path.days);
      }
    }, 120_000);
  }
});

describe('what the explorer shows', () => {
  // Loaded inside each test, not in the describe body (README, mutation testing).
  const unknownScenario = () => load('scenarios/fictional/unknown-third-country-answer.yaml');

  it('an outcome only a decision other than the default policy\'s reaches: letters rogatory, never sampled, still delivered', () => {
    const unknown = unknownScenario();
    const { exploration, inputs } = explore(unknown);
    const rogatory = exploration.outcomes.find((o) => o.outcome === 'delivered' && o.channel === 'rogatory')!;
    expect(rogatory).toBeDefined();
    expect(rogatory.probability).toBe(0);
    // Every path to it takes a decision the default policy does not take.
    for (const i of rogatory.paths) expect(exploration.paths[i]!.choices.some((c) => c.by === 'decision' && c.probability === 0)).toBe(true);
    const index = rogatory.paths.find((i) => exploration.paths[i]!.choices[0]!.event.type === 'CHOOSE_ROGATORY')!;
    expect(exploration.paths[index]!.choices[0]).toMatchObject({ by: 'decision', day: 0, state: 'intake', event: { type: 'CHOOSE_ROGATORY' }, probability: 0 });
    expect(replay(unknown, inputs[index]!).result()).toMatchObject({ outcome: 'delivered', channel: 'rogatory', attempts: ['rogatory'] });
    // The default policy's own path is there too, with the decisions it takes marked as such.
    const mlat = exploration.outcomes.find((o) => o.outcome === 'delivered' && o.channel === 'mlat')!;
    expect(mlat.probability).toBe(1);
    expect(exploration.paths[mlat.paths[0]!]!.choices.map((c) => [c.by, c.event.type, c.probability])).toEqual([
      ['decision', 'CHOOSE_MLAT', 1], ['decision', 'THIRD_COUNTRY_ANSWERS', 1],
    ]);
  });

  it('an objection nobody knows about is explored as a decision: the MLAT closes and the request ends without data', () => {
    const { exploration } = explore(unknownScenario());
    const objected = exploration.paths.find((p) => p.choices.some((c) => c.event.type === 'THIRD_COUNTRY_ANSWERS' && c.event.answer === 'object') && p.choices.length === 3)!;
    expect(objected.probability).toBe(0);
    expect(objected.outcome).not.toBe('delivered');
    expect(objected.attempts).toContain('mlat');
  });

  it('a race between a drawn duration and the data\'s deletion is explored both ways, each at its log-normal probability', () => {
    const race = load('scenarios/fictional/preservation-race-lost.yaml');
    const { exploration } = explore(race);
    const lost = exploration.outcomes.find((o) => o.outcome === 'data-lost' && o.channel === 'mlat')!;
    const delivered = exploration.outcomes.find((o) => o.outcome === 'delivered' && o.channel === 'mlat')!;
    expect(lost.probability + delivered.probability).toBeCloseTo(1, 9);
    expect(lost.probability).toBeGreaterThan(0.5);
    const sides = exploration.paths.flatMap((p) => p.choices.filter((c) => c.event.type === 'DURATION'));
    expect(sides.some((c) => 'atMost' in c.event) && sides.some((c) => 'moreThan' in c.event)).toBe(true);
  });

  it('an agreement order that no deadline races takes its median: 6 days (the UK\'s 7-day default to produce), no race shown', () => {
    const { exploration } = explore(load('scenarios/real/uk-us-agreement-order.yaml'));
    const agreement = exploration.outcomes.find((o) => o.outcome === 'delivered' && o.channel === 'agreement')!;
    expect(agreement.probability).toBeCloseTo(1, 9);
    expect(agreement.days).toEqual({ min: 6, max: 6 });
    expect(exploration.paths.some((p) => p.choices.some((c) => c.event.type === 'DURATION'))).toBe(false);
    expectRealDays(exploration);
  });

  it('under the India-US agreement what-if, the agreement\'s paths have real days', () => {
    const base = load('scenarios/real/india-meta-content-mlat-2021.yaml');
    const file = 'scenarios/what-if/india-us-data-access-agreement.yaml';
    const asked = variantOf(base, { overlay: parseOverlay(readFileSync(file, 'utf8'), file, [base.world]) });
    const { exploration } = explore(asked);
    const agreement = exploration.outcomes.find((o) => o.outcome === 'delivered' && o.channel === 'agreement')!;
    expect(agreement.days.max).toBeLessThan(100);
    expectRealDays(exploration);
  });

  it('an MLAT is refused only once the requested state has it, not while India drafts it', () => {
    const { exploration } = explore(load('scenarios/real/india-meta-content-mlat-2021.yaml'));
    const refusals = exploration.paths.flatMap((p) => p.choices.filter((c) => c.by === 'world' && c.event.type === 'REFUSE'));
    expect(refusals.length).toBeGreaterThan(0);
    for (const c of refusals) expect(c.state).toMatch(/^(mlat\.(requestedReview|domesticOrder)|rogatory\.(requestedReview|execution))$/);
    const refused = exploration.outcomes.find((o) => o.outcome === 'refused' && o.channel === 'mlat')!;
    expect(refused.days.min).toBeGreaterThan(10);
    expectRefusalsReceived(exploration);
  });

  it('explores a later refusal too: the court of the requested state refusing the domestic order, later than the review', () => {
    const { exploration, inputs } = explore(load('scenarios/real/india-meta-content-mlat-2021.yaml'));
    const refusedAt = (state: string) => exploration.paths.filter((p) => p.outcome === 'refused' && p.channel === 'mlat'
      && p.choices.some((c) => c.event.type === 'REFUSE' && c.state === state));
    const early = refusedAt('mlat.requestedReview');
    const late = refusedAt('mlat.domesticOrder');
    expect(early.length).toBeGreaterThan(0);
    expect(late.length).toBeGreaterThan(0);
    expect(Math.min(...late.map((p) => p.days))).toBeGreaterThan(Math.min(...early.map((p) => p.days)));
    // Each such path is a run the engine itself plays from the path's inputs.
    const index = exploration.paths.indexOf(late[0]!);
    const replayed = replayPath(load('scenarios/real/india-meta-content-mlat-2021.yaml'), late[0]!, inputs[index]!);
    expect([replayed.outcome, replayed.days]).toEqual([late[0]!.outcome, late[0]!.days]);
  });

  it('explores a court ruling before the review is over', () => {
    const conflict = explore(load('scenarios/fictional/conflict-of-laws-order.yaml')).exploration;
    const early = conflict.paths.flatMap((p) => p.choices).filter((c) => c.event.type === 'REVIEW_DECIDES' && c.state === 'direct.review');
    expect(early.map((c) => c.event.outcome)).toEqual(expect.arrayContaining(['lifted', 'upheld']));
    for (const c of early) expect([c.by, c.probability]).toEqual(['world', 0]);
  });

  it('explores the preservation a script leaves out, where the provider deletes the data on a known day', () => {
    // The manual-preservation scenario without its day-0 request: left alone, the data is deleted first.
    const own = load('scenarios/fictional/preservation-manual-saved.yaml');
    const scenario: Scenario = { ...own, script: own.script.filter((s) => s.event.type !== 'REQUEST_PRESERVATION') };
    const { exploration, inputs } = explore(scenario);
    expect(exploration.outcomes[0]!.outcome).toBe('data-lost');
    const asked = exploration.paths.filter((p) => p.choices.some((c) => c.event.type === 'REQUEST_PRESERVATION' && c.by === 'decision' && c.day === 0));
    expect(asked.length).toBeGreaterThan(0);
    for (const p of asked) expect(p.probability).toBe(0);
    // Asked on day 0 (and extended on day 75, as the script does), the treaty request gets the data: the shipped scenario's own run.
    const saved = asked.find((p) => p.outcome === 'delivered' && p.choices.every((c) => c.by !== 'world'))!;
    expect([saved.channel, saved.days]).toEqual(['mlat', 170]);
    const replayed = replayPath(scenario, saved, inputs[exploration.paths.indexOf(saved)]!);
    expect([replayed.outcome, replayed.days]).toEqual(['delivered', 170]);
    // The shipped scenario asks for it itself: nothing to explore there.
    const shipped = explore(own).exploration;
    expect(shipped.paths.flatMap((p) => p.choices).some((c) => c.event.type === 'REQUEST_PRESERVATION')).toBe(false);
  });

  it('explores extending a manual preservation on its last day in force: extended, the MLAT delivers; not, the data is lost', () => {
    // The manual-preservation scenario without its day-75 extension: preserved on day 0 through day 90,
    // the provider's retention over on day 30, the MLAT's median 170 days.
    const own = load('scenarios/fictional/preservation-manual-saved.yaml');
    const scenario: Scenario = { ...own, script: own.script.filter((s) => s.event.type !== 'EXTEND_PRESERVATION') };
    const { exploration, inputs } = explore(scenario);
    const onMedianSide = (p: ExploredPath) => p.choices[0]!.event.type === 'CHOOSE_MLAT' && p.choices[1]!.event.moreThan === 90;
    const lost = exploration.paths.find((p) => onMedianSide(p) && p.choices.length === 2)!;
    expect([lost.outcome, lost.channel, lost.days]).toEqual(['data-lost', 'mlat', 90]);
    const extended = exploration.paths.find((p) => onMedianSide(p) && p.choices.length === 3)!;
    expect(extended.choices[2]).toEqual({ by: 'decision', day: 90, state: 'mlat.domesticOrder', event: { type: 'EXTEND_PRESERVATION' }, probability: 0 });
    expect([extended.outcome, extended.channel, extended.days, extended.probability]).toEqual(['delivered', 'mlat', 170, 0]);
    const replayed = replayPath(scenario, extended, inputs[exploration.paths.indexOf(extended)]!);
    expect([replayed.outcome, replayed.days]).toEqual(['delivered', 170]);
    // Both outcomes of the MLAT are in the exploration; sampled runs (which never extend) lose the data unless the MLAT is quick.
    const outcome = (o: string) => exploration.outcomes.find((x) => x.outcome === o && x.channel === 'mlat')!;
    expect(outcome('data-lost').days).toEqual({ min: 90, max: 90 });
    expect(outcome('delivered').days).toEqual({ min: 90, max: 180 });
    expect(outcome('data-lost').probability + outcome('delivered').probability).toBeCloseTo(1, 9);
    // Offered once per preservation, only on its last day in force, and never where it changes nothing.
    const offers = exploration.paths.flatMap((p) => p.choices).filter((c) => c.event.type === 'EXTEND_PRESERVATION');
    for (const c of offers) expect([c.day, c.by, c.probability]).toEqual([90, 'decision', 0]);
    for (const p of exploration.paths) expect(p.choices.filter((c) => c.event.type === 'EXTEND_PRESERVATION').length).toBeLessThanOrEqual(1);
    // The shipped scenario extends on day 75 itself (its only extension): nothing to offer.
    expect(explore(own).exploration.paths.flatMap((p) => p.choices).some((c) => c.event.type === 'EXTEND_PRESERVATION')).toBe(false);
    // Under the default policy the engine extends by itself whenever the preservation would lapse: no offer either.
    const auto: Scenario = { ...scenario, request: { ...scenario.request, preservation: 'auto' } };
    expect(explore(auto).exploration.paths.flatMap((p) => p.choices).some((c) => c.event.type === 'EXTEND_PRESERVATION')).toBe(false);
    // Nor once the regime's extensions are used up (none allowed).
    const none: Scenario = { ...scenario, regime: { ...scenario.regime, maxExtensions: 0 } };
    expect(explore(none).exploration.paths.flatMap((p) => p.choices).some((c) => c.event.type === 'EXTEND_PRESERVATION')).toBe(false);
  });

  it('stops at its limit of paths and says so', () => {
    const unknown = unknownScenario();
    const all = exploreScenario(unknown);
    const part = exploreScenario(unknown, { maxPaths: 5 });
    expect(all.paths.length).toBeGreaterThan(5);
    expect(part.truncated).toBe(true);
    expect(part.paths).toHaveLength(5);
    expect(part.paths).toEqual(all.paths.slice(0, 5));
  });
});
