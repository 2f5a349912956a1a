import { describe, expect, it } from 'vitest';
import { assessScenario } from '../../machines/run/simulation.ts';
import { MLAT, instrument, provider, scenario } from './build.ts';

/**
 * Which channels keep a preservation in force while their request is pending
 * (machines/route/preservation.ts): those whose instrument says so, each with its instrument and
 * source, and no other. Borealis (BO) asks Nimbus, based in Arcadia (AR).
 */
const HOLDS = { source: 'AR-BO MLAT art. 9 (fictional)' };
const holdingMlat = instrument({ ...MLAT, preservationPending: HOLDS });
const agreement = instrument({ id: 'AR-BO-AGR', kind: 'agreement', parties: ['AR', 'BO'] });
const coop = instrument({ id: 'AR-BO-COOP', kind: 'direct-cooperation', parties: ['AR', 'BO'], preservationPending: { source: 'COOP art. 11(2) (fictional)' } });
const pending = (instruments: ReturnType<typeof instrument>[]) =>
  assessScenario(scenario({ world: { providers: [provider({ id: 'nimbus', home: 'AR' })], instruments } })).preservationPending;

describe('a preservation held pending the request', () => {
  it('only on the channels whose instrument holds it, naming that instrument and its source', () => {
    expect(pending([holdingMlat, agreement])).toEqual({ mlat: { instrument: 'AR-BO-MLAT', source: 'AR-BO MLAT art. 9 (fictional)' } });
  });

  it('on the direct channel too when its instrument holds it', () => {
    expect(pending([holdingMlat, coop])).toEqual({
      direct: { instrument: 'AR-BO-COOP', source: 'COOP art. 11(2) (fictional)' },
      mlat: { instrument: 'AR-BO-MLAT', source: 'AR-BO MLAT art. 9 (fictional)' },
    });
  });

  it('on no channel when no instrument holds it, nor on a channel without an instrument (letters rogatory)', () => {
    expect(pending([MLAT, agreement])).toEqual({});
    expect(pending([])).toEqual({});
  });
});
