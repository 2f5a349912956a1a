import { describe, expect, it } from 'vitest';
import { runScenario } from '../../machines/run/script.ts';
import { sampleScenario } from '../../machines/run/sample.ts';
import { Simulation, assessScenario } from '../../machines/run/simulation.ts';
import { playScript } from '../../machines/run/script.ts';
import { sampledChance, seededRandom } from '../../machines/random.ts';
import type { ProviderPractice } from '../../machines/world/types.ts';
import { J, MLAT, instrument, provider, scenario } from './build.ts';

/**
 * Nimbus (based in Arcadia) answers foreign subscriber requests in general; its transparency report
 * shows it answering Borealis after 5 days and Cerulea not at all. Both requesting states have an
 * MLAT with Arcadia to fall back on.
 */
const CE_MLAT = instrument({ id: 'AR-CE-MLAT', kind: 'mlat', parties: ['AR', 'CE'] });
const practice = (rateBO?: number): ProviderPractice[] => [
  { from: ['BO'], answersDirect: ['subscriber'], responseDays: 5, ...(rateBO === undefined ? {} : { rate: rateBO }), period: '2022', source: 'Nimbus transparency report 2022 (fictional)' },
  { from: ['CE', 'BO'], answersDirect: [], rate: 0, period: '2022', source: 'Nimbus transparency report 2022, Cerulea (fictional)' },
];
const world = (p: ProviderPractice[]) => ({
  jurisdictions: [J('AR'), J('BO'), J('CE'), J('DO')],
  providers: [provider({ id: 'nimbus', home: 'AR', answersDirect: ['subscriber'], responseDays: 10, practice: p })],
  instruments: [MLAT, CE_MLAT],
});
const ask = (from: string, p: ProviderPractice[], rest: Parameters<typeof scenario>[0] = {}) =>
  scenario({ world: world(p), request: { from, data: 'subscriber' }, ...rest });

describe('provider practice by requesting state, in deterministic runs', () => {
  it('the first entry listing the requesting state decides what is answered and how fast', () => {
    const r = runScenario(ask('BO', practice()));
    expect(r).toMatchObject({ outcome: 'delivered', channel: 'direct', days: 5 });
    expect(assessScenario(ask('BO', practice())).direct.reason).toContain('Nimbus transparency report 2022 (fictional)');
  });

  it('a state whose requests the provider does not answer goes to mutual legal assistance', () => {
    const verdict = assessScenario(ask('CE', practice())).direct;
    expect(verdict).toMatchObject({ open: false, path: 'declined', rate: 0 });
    expect(verdict.reason).toContain("does not answer requests from CE for subscriber data directly");
    expect(runScenario(ask('CE', practice()))).toMatchObject({ outcome: 'delivered', channel: 'mlat', cites: ['AR-CE-MLAT'] });
  });

  it('a state no entry lists meets the provider\'s general answersDirect', () => {
    const r = runScenario(ask('DO', practice(), { world: { ...world(practice()), instruments: [] } }));
    expect(r).toMatchObject({ outcome: 'delivered', channel: 'direct', days: 10 });
  });

  it('deterministic runs follow the documented practice whatever its rate', () => {
    expect(runScenario(ask('BO', practice(0)))).toMatchObject({ channel: 'direct', days: 5 });
  });
});

describe('provider practice in sampled runs', () => {
  it('answers a share of the runs near the rate, the same figures for the same seed', () => {
    const s = ask('BO', practice(0.6));
    const a = sampleScenario(s, 1000, 7);
    expect(sampleScenario(s, 1000, 7)).toEqual(a);
    expect(a.channels.direct! + a.channels.mlat!).toBe(1000);
    expect(a.channels.direct).toBeGreaterThan(550);
    expect(a.channels.direct).toBeLessThan(650);
    expect(sampleScenario(s, 1000, 8).channels).not.toEqual(a.channels);
  });

  it('a rate of 1 always answers and a rate of 0 never does', () => {
    expect(sampleScenario(ask('BO', practice(1)), 300, 3).channels).toEqual({ direct: 300 });
    expect(sampleScenario(ask('BO', practice(0)), 300, 3).channels).toEqual({ mlat: 300 });
  });

  it('a run that was not answered says so and waits out the provider\'s days before the next channel', () => {
    const sim = new Simulation(ask('BO', practice(0)), { chance: sampledChance(seededRandom(1)) });
    playScript(sim, []);
    const r = sim.result();
    expect(r.transitions[1]!.reason).toContain('This time it does not answer');
    expect(r.transitions.find((t) => t.to === 'direct.declined')).toMatchObject({ day: 5 });
    expect(r).toMatchObject({ channel: 'mlat', attempts: ['direct', 'mlat'], days: 305 });
  });

  it('a declined request sent anyway is answered at the documented rate', () => {
    const s = ask('CE', [{ from: ['CE'], answersDirect: [], rate: 1, source: 'fictional' }], { script: [{ type: 'SEND_DIRECT' }] });
    expect(sampleScenario(s, 100, 5).channels).toEqual({ direct: 100 });
    expect(runScenario(s)).toMatchObject({ channel: 'mlat', attempts: ['direct', 'mlat'] });
  });
});
