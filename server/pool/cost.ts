import { assessScenario } from '../../machines/run/simulation.ts';
import type { Scenario } from '../../machines/scenario.ts';

/**
 * What a request asks of the engine, in units of "one transition carrying one country": every
 * transition of a run copies and settles the consultation under way, so a run costs its
 * transitions times (1 + the third countries it consults), and a sample that many times its runs.
 */
export interface Cost {
  runs: number;
  /** Transitions of one deterministic run (the yardstick for a sampled one). */
  transitions: number;
  /** Distinct third countries the request's channels consult. */
  thirdCountries: number;
  units: number;
}

/** Distinct third countries consulted on any channel of the scenario's request. */
export function thirdCountriesOf(scenario: Scenario): number {
  const countries = new Set<string>();
  for (const list of Object.values(assessScenario(scenario).consultations)) for (const c of list) countries.add(c.country);
  return countries.size;
}

export function costOf(scenario: Scenario, runs: number, transitions: number): Cost {
  const thirdCountries = thirdCountriesOf(scenario);
  const t = Math.max(1, transitions);
  return { runs, transitions: t, thirdCountries, units: runs * t * (1 + thirdCountries) };
}
