import { describe, expect, it } from 'vitest';
import { SampleTally, sampledRuns } from '../../machines/run/sample.ts';
import { Simulation } from '../../machines/run/simulation.ts';
import { playScript } from '../../machines/run/script.ts';
import { unknownRated } from './build.ts';

/** One run whose generator gives `r` for the consulted state's answer: the answer its step says, the channel and days. */
function runWith(r: number) {
  const s = unknownRated();
  const sim = new Simulation(s, { random: () => r });
  playScript(sim, s.script);
  const result = sim.result();
  const answered = result.transitions.find((t) => t.event === 'THIRD_COUNTRY_ANSWERS')!;
  return { answer: /published rates \(CE yearbook \(fictional\)\): (\w+)\./.exec(answered.reason)?.[1], channel: result.channel, days: result.days };
}

/**
 * Cerulea's answer is unknown, but it publishes its rates (consent 0.6, objection 0.3, silence the
 * rest): a sampled run draws the answer from those shares and says so, instead of assuming consent.
 */
describe('a sampled run draws an unknown answer from the published rates', () => {
  it('consents below 0.6, objects from 0.6 to below 0.9, stays silent above, and the request takes the channel each answer leaves', () => {
    expect(runWith(0.59)).toEqual({ answer: 'consent', channel: 'mlat', days: 330 });
    expect(runWith(0.6)).toEqual({ answer: 'object', channel: 'rogatory', days: 570 });
    expect(runWith(0.89)).toEqual({ answer: 'object', channel: 'rogatory', days: 570 });
    expect(runWith(0.91)).toEqual({ answer: 'silent', channel: 'rogatory', days: 570 });
  });

  it('gives each channel about its share over 2,000 seeded runs', () => {
    const tally = new SampleTally();
    for (const run of sampledRuns(unknownRated(), 2000, 11)) tally.add(run);
    expect(Object.keys(tally.channels).sort()).toEqual(['mlat', 'rogatory']);
    // Consent (0.6) keeps the treaty; objection and silence (0.4) leave letters rogatory.
    expect(tally.channels.mlat! / 2000).toBeGreaterThan(0.55);
    expect(tally.channels.mlat! / 2000).toBeLessThan(0.65);
  });
});
