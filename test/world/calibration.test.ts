import { readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { sampleScenario } from '../../machines/run/sample.ts';
import { unmet } from '../../machines/run/expectation.ts';
import { runScenario } from '../../machines/run/script.ts';
import { assessScenario, effectiveWorld } from '../../machines/run/simulation.ts';
import type { ChannelName } from '../../machines/world/types.ts';
import { BUILTIN_WORLD } from '../../machines/world/builtin/index.ts';
import type { Scenario } from '../../machines/scenario.ts';
import { findScenarioFiles, formatError, loadScenarioFile } from '../../scenarios/load.ts';

/**
 * Calibration of the built-in world against published figures, on the real-world scenarios in
 * scenarios/real/, and the checks every real scenario must pass. `[S#]` refers to
 * docs/sources.md.
 *
 * Sampled runs: 2,000 per scenario, seed 1, so every figure below is reproducible with
 * `npx rogatory run FILE --sample 2000 --seed 1 --json`. A median "matches" a published figure when
 * it is within 15% of it.
 */

const REAL = join(import.meta.dirname, '../../scenarios/real');
const RUNS = 2000;
const SEED = 1;
const TOLERANCE = 0.15;

function load(file: string): Scenario {
  const { scenario, errors } = loadScenarioFile(file, BUILTIN_WORLD);
  if (!scenario) throw new Error(errors.map(formatError).join('\n'));
  return scenario;
}

function real(id: string): Scenario {
  return load(join(REAL, `${id}.yaml`));
}

function sampledDays(id: string) {
  const result = sampleScenario(real(id), RUNS, SEED);
  // Every calibration scenario delivers in every run: a lost or blocked run would mean the route changed.
  expect(result.outcomes).toEqual({ delivered: RUNS });
  return result.days!;
}

function withinTolerance(value: number, figure: number): void {
  expect(value).toBeGreaterThanOrEqual(figure * (1 - TOLERANCE));
  expect(value).toBeLessThanOrEqual(figure * (1 + TOLERANCE));
}

/** The duration profile a scenario's run draws its channel's days from, as the built-in world gives it. */
function profileOf(id: string, channel: ChannelName) {
  const timing = assessScenario(real(id))[channel].timing;
  if ('fixed' in timing) throw new Error(`${id}: ${channel} takes a fixed ${timing.fixed} days, not a profile`);
  return timing.profile;
}

describe('calibration against published figures (2,000 sampled runs, seed 1)', () => {
  // The figures below are the sources' own; the world must carry them, or a sampled median near
  // them would say nothing about the data.
  it('the runs draw from the world\'s figures for these sources: 300 days to the US [S27], the EIO\'s 120 [S28], the EPOC\'s 10 days', () => {
    for (const id of ['france-us-provider-content', 'uk-us-agreement-us-person']) {
      expect(profileOf(id, 'mlat'), id).toMatchObject({ median: 300, basis: 'published' });
      expect(profileOf(id, 'mlat').source, id).toContain('[S27]');
    }
    expect(profileOf('skype-belgium-eio-2018', 'mlat')).toMatchObject({ median: 90, p90: 120 });
    expect(profileOf('skype-belgium-eio-2018', 'mlat').source).toContain('Directive 2014/41/EU art. 12');
    for (const id of ['e-evidence-content-notified', 'e-evidence-subscriber-unnotified']) {
      expect(profileOf(id, 'direct'), id).toMatchObject({ p90: 10, emergency: 1 });
      expect(profileOf(id, 'direct').source, id).toContain('Reg. 2023/1543 art. 10');
    }
  });

  // Published: mutual legal assistance requests to the United States take about 10 months on
  // average (European Commission 2018 [S27]; President's Review Group 2013 as reported [S60];
  // Council mandate of 6 Jun 2019 [S62b]), and "can extend beyond a year" (industry letter 2014 [S58]).
  const TEN_MONTHS = 300;

  it('a request from France to the United States for content: median about 10 months (300 days)', () => {
    const days = sampledDays('france-us-provider-content');
    withinTolerance(days.p50, TEN_MONTHS);
    // One request in ten takes more than a year.
    expect(days.p90).toBeGreaterThan(365);
  });

  it('a request from the United Kingdom to the United States (US person, no agreement): median about 300 days', () => {
    withinTolerance(sampledDays('uk-us-agreement-us-person').p50, TEN_MONTHS);
  });

  // The law's bound: Directive 2014/41/EU art. 12 gives 30 days to decide on recognition and 90 days
  // to execute, 120 days in all [S28][S27]. No published average exists; the built-in profile puts
  // the median at 90 and the 90th percentile at the bound.
  const EIO_BOUND = 30 + 90;

  it('a European Investigation Order stays within 30 + 90 = 120 days: median below, 90th percentile at the bound', () => {
    const days = sampledDays('skype-belgium-eio-2018');
    expect(days.p50).toBeLessThanOrEqual(EIO_BOUND);
    withinTolerance(days.p90, EIO_BOUND);
  });

  // The law's bound: Regulation (EU) 2023/1543 art. 10, production within 10 days, and in an
  // emergency within 8 hours, which a run counts as 1 day [S23][S26].
  const EPOC_DAYS = 10;

  it('European Production Orders are answered within 10 days (notified or not)', () => {
    for (const id of ['e-evidence-content-notified', 'e-evidence-subscriber-unnotified']) {
      const days = sampledDays(id);
      expect(days.p50, id).toBeLessThanOrEqual(EPOC_DAYS);
      withinTolerance(days.p90, EPOC_DAYS);
    }
  });

  it('emergencies are answered within 1 day: an emergency European Production Order and a US provider\'s emergency disclosure', () => {
    for (const id of ['e-evidence-emergency', 'emergency-disclosure-meta']) {
      const days = sampledDays(id);
      expect(days.p50, id).toBe(1);
      expect(days.p90, id).toBe(1);
    }
  });
});

describe('every scenario in scenarios/real/', () => {
  const files = findScenarioFiles([REAL]);
  const scenarios = files.map((file) => [basename(file), load(file)] as const);

  it('holds at least 15 scenarios', () => {
    expect(scenarios.length).toBeGreaterThanOrEqual(15);
  });

  it.each(scenarios)('%s: has a request date, a debrief, 2-4 objectives and the schema line', (file, scenario) => {
    expect(scenario.request.date, 'request.date').toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(scenario.debrief?.trim().length ?? 0, 'debrief').toBeGreaterThan(200);
    expect(scenario.objectives.length).toBeGreaterThanOrEqual(2);
    expect(scenario.objectives.length).toBeLessThanOrEqual(4);
    expect(scenario.id).toBe(file.replace(/\.yaml$/, ''));
    expect(readFileSync(join(REAL, file), 'utf8').split('\n')[0]).toBe('# yaml-language-server: $schema=../scenario.schema.json');
  });

  it.each(scenarios)('%s: every id in expect.cites exists in its world and is in force on the request date', (_file, scenario) => {
    expect(scenario.expect, 'expect').toBeDefined();
    // Production orders are cited like rules and instruments (issue 11, reach).
    const exists = new Set([...scenario.world.rules, ...scenario.world.instruments, ...(scenario.world.orders ?? [])].map((e) => e.id));
    const world = effectiveWorld(scenario);
    const inForce = new Set([...world.rules, ...world.instruments, ...(world.orders ?? [])].map((e) => e.id));
    for (const id of scenario.expect?.cites ?? []) {
      expect(exists.has(id), `${id} exists`).toBe(true);
      expect(inForce.has(id), `${id} in force on ${scenario.request.date}`).toBe(true);
    }
  });

  it.each(scenarios)('%s: the deterministic run meets its expect', (_file, scenario) => {
    expect(unmet(scenario.expect!, runScenario(scenario))).toEqual([]);
  });
});
