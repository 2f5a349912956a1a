import { describe, expect, it } from 'vitest';
import { runScenario } from '../../machines/run/script.ts';
import { MLAT, instrument, rule, scenario } from './build.ts';

/**
 * What a refusal's note says of a preservation held pending the refused request
 * (machines/request/preservation.ts), at the edges preservation-pending.test.ts leaves open: a provider
 * with no deletion date, and a retention whose last day is the day of the refusal. The MLAT keeps the
 * preservation (90 + 90 days) held past day 180; the requested state refuses on day 250.
 */
const blockAR = rule({ id: 'AR-BLOCK', jurisdiction: 'AR', except: ['mlat', 'rogatory'] });
const holding = instrument({ ...MLAT, preservationPending: { source: 'AR-BO MLAT art. 9 (fictional)' } });
const refusedOn250 = (retentionDays?: number) => runScenario(scenario({
  world: { rules: [blockAR], instruments: [holding] }, request: retentionDays === undefined ? {} : { retentionDays },
  script: [{ type: 'CHOOSE_MLAT' }, [250, { type: 'REFUSE', ground: 'dual criminality' }]],
}));
const HELD_ENDS = 'The requested state refused the mutual legal assistance request (ground: dual criminality). Every channel through that state is closed. '
  + 'The preservation held under AR-BO-MLAT pending the request ends with this decision (its term ended on day 180); ';

describe('a refusal ending a held preservation', () => {
  it('with no deletion date the data stays: the note says so, and the request ends refused, not with the data lost', () => {
    const r = refusedOn250();
    expect(r.transitions.find((t) => t.event === 'REFUSE')!.reason).toBe(`${HELD_ENDS}the provider has no deletion date for this data.`);
    expect(r).toMatchObject({ outcome: 'refused', days: 250 });
  });

  it('a retention whose last day is the day of the refusal still keeps the data that day', () => {
    const r = refusedOn250(250);
    expect(r.transitions.find((t) => t.event === 'REFUSE')!.reason).toBe(`${HELD_ENDS}the provider keeps the data through day 250 under its retention policy.`);
    expect(r).toMatchObject({ outcome: 'refused', days: 250 });
  });
});
