import { describe, expect, it } from 'vitest';
import { runScenario } from '../../machines/run/script.ts';
import { unmet } from '../../machines/run/expectation.ts';
import type { RunResult } from '../../machines/run/result.ts';
import { MLAT, instrument, scenario } from './build.ts';

/** A request that goes by the MLAT: delivered on day 300, citing AR-BO-MLAT, after attempting only the MLAT. */
const byMlat = (): RunResult => runScenario(scenario({ world: { instruments: [MLAT] } }));

describe('what `rogatory test` says of a scenario\'s expectation', () => {
  it('says nothing when every expected field holds', () => {
    const r = byMlat();
    expect(r.outcome).toBe('delivered');
    expect(r.days).toBe(300);
    expect(unmet({ outcome: 'delivered', channel: 'mlat', attempts: ['mlat'], cites: ['AR-BO-MLAT'], days: { min: 300, max: 300 } }, r)).toEqual([]);
  });

  it('names the expected and the actual outcome when they differ', () => {
    expect(unmet({ outcome: 'refused' }, byMlat())).toEqual(['outcome: expected refused, got delivered']);
  });

  it('names the expected and the actual channel when they differ', () => {
    expect(unmet({ channel: 'agreement' }, byMlat())).toEqual(['channel: expected agreement, got mlat']);
  });

  it('writes an expected "no channel" as null', () => {
    expect(unmet({ channel: null }, byMlat())).toEqual(['channel: expected null, got mlat']);
  });

  it('writes a run that ended with no channel as null', () => {
    expect(unmet({ channel: 'mlat' }, { ...byMlat(), channel: null })).toEqual(['channel: expected mlat, got null']);
  });

  it('lists the expected and the actual attempts, comma-separated, when they differ', () => {
    const agreement = instrument({ id: 'AR-BO-AGREEMENT', kind: 'agreement', parties: ['AR', 'BO'] });
    const r = runScenario(scenario({ world: { instruments: [MLAT, agreement] } }));
    expect(r.attempts).toEqual(['agreement']);
    expect(unmet({ attempts: ['agreement', 'mlat'] }, r)).toEqual(['attempts: expected [agreement, mlat], got [agreement]']);
    expect(unmet({ attempts: ['mlat'] }, { ...byMlat(), attempts: ['agreement', 'mlat'] }))
      .toEqual(['attempts: expected [mlat], got [agreement, mlat]']);
  });

  it('names each expected cite the run did not make, and what it cited instead', () => {
    expect(unmet({ cites: ['AR-BO-MLAT', 'X-1', 'X-2'] }, byMlat())).toEqual(['cites: missing X-1, X-2 (cited: AR-BO-MLAT)']);
    expect(unmet({ cites: ['X-1'] }, { ...byMlat(), cites: ['AR-BO-MLAT', 'AR-BLOCKING'] }))
      .toEqual(['cites: missing X-1 (cited: AR-BO-MLAT, AR-BLOCKING)']);
  });

  it('says "none" when the run cited nothing at all', () => {
    expect(unmet({ cites: ['X-1'] }, { ...byMlat(), cites: [] })).toEqual(['cites: missing X-1 (cited: none)']);
  });

  it('says a run came in under the minimum days, but not one that met it exactly', () => {
    expect(unmet({ days: { min: 301 } }, byMlat())).toEqual(['days: expected at least 301, got 300']);
    expect(unmet({ days: { min: 300 } }, byMlat())).toEqual([]);
  });

  it('says a run went over the maximum days', () => {
    expect(unmet({ days: { max: 299 } }, byMlat())).toEqual(['days: expected at most 299, got 300']);
  });

  it('lists every unmet field, in the order outcome, channel, attempts, cites, days', () => {
    expect(unmet({ outcome: 'refused', channel: 'rogatory', attempts: ['rogatory'], cites: ['X-1'], days: { min: 400 } }, byMlat())).toEqual([
      'outcome: expected refused, got delivered',
      'channel: expected rogatory, got mlat',
      'attempts: expected [rogatory], got [mlat]',
      'cites: missing X-1 (cited: AR-BO-MLAT)',
      'days: expected at least 400, got 300',
    ]);
  });
});
