import { describe, expect, it } from 'vitest';
import { runScenario } from '../../machines/run/script.ts';
import { STAGES, stagePlan } from '../../machines/request/stages.ts';
import { MLAT, instrument, rule, scenario } from './build.ts';

/**
 * The stages a channel passes through once it has gone out (machines/request/stages.ts): their names,
 * the words each stage's end is shown with, and the day each ends on, rounded to whole days, the last
 * on the channel's total. Arcadia (AR) blocks the direct channel so that treaties carry the request.
 */
const blockAR = rule({ id: 'AR-BLOCK', jurisdiction: 'AR', except: ['mlat', 'rogatory', 'agreement'] });
const stageSteps = (r: ReturnType<typeof runScenario>) => r.transitions.filter((t) => t.event === 'STAGE_COMPLETE' || t.event === 'DELIVERED').map((t) => [t.day, t.from, t.reason]);

describe('the stages of each channel', () => {
  it('are named, in order, as the catalogue names them', () => {
    expect(Object.fromEntries(Object.entries(STAGES).map(([c, s]) => [c, s.map((x) => x.state)]))).toEqual({
      direct: ['sent'],
      agreement: ['ordered'],
      mlat: ['drafting', 'requestingReview', 'transmission', 'requestedReview', 'domesticOrder', 'production', 'return'],
      rogatory: ['transmission', 'requestedReview', 'execution', 'return'],
    });
    expect(STAGES.agreement[0]!.label).toBe('The provider answers the order issued under the agreement.');
  });

  it('an MLAT of 301 days ends its stages on the rounded shares of 301 (15, 30, 45, 135, 181, 256), the last on day 301', () => {
    const odd = instrument({ ...MLAT, days: { median: 301, p90: 540 } });
    const r = runScenario(scenario({ world: { rules: [blockAR], instruments: [odd] } }));
    expect(stageSteps(r)).toEqual([
      [15, 'mlat.drafting', 'The request is drafted to the requested state\'s legal standard and translated.'],
      [30, 'mlat.requestingReview', 'The requesting state\'s central authority has reviewed and approved the request.'],
      [45, 'mlat.transmission', 'The request has reached the requested state\'s central authority.'],
      [135, 'mlat.requestedReview', 'The requested central authority has found the request admissible under the instrument and its own law.'],
      [181, 'mlat.domesticOrder', 'A court of the requested state has issued the domestic order.'],
      [256, 'mlat.production', 'The provider has produced the data to the requested state\'s authorities.'],
      [301, 'mlat.return', 'The evidence has been returned to the requesting state. The data is delivered through the mutual legal assistance channel.'],
    ]);
  });

  it('letters rogatory with no treaty take 540 days in four stages: 81, 243, 459, 540', () => {
    const r = runScenario(scenario({ world: { rules: [blockAR] } }));
    expect(stageSteps(r)).toEqual([
      [81, 'rogatory.transmission', 'The letters rogatory have passed through the diplomatic channel.'],
      [243, 'rogatory.requestedReview', 'The requested state has agreed, as a matter of comity, to execute the letters.'],
      [459, 'rogatory.execution', 'The requested state\'s court has obtained the data from the provider.'],
      [540, 'rogatory.return', expect.stringMatching(/^The evidence has been returned through the diplomatic channel\./)],
    ]);
  });

  it('a channel that goes out later has every stage moved by as many days', () => {
    expect(stagePlan(STAGES.rogatory, 100, 540)).toEqual([181, 343, 559, 640]);
    expect(stagePlan(STAGES.mlat, 7, 301)).toEqual([22, 37, 52, 142, 188, 263, 308]);
    expect(stagePlan(STAGES.direct, 3, 10)).toEqual([13]);
  });

  it('the last stage ends on the total even where the shares would round past it', () => {
    // A share of 1 rounds exactly; the last stage is pinned to start + total all the same.
    expect(stagePlan([{ ...STAGES.mlat[0]!, endsAt: 0.5 }, { ...STAGES.mlat[6]!, endsAt: 0.9 }], 10, 9)).toEqual([15, 19]);
  });
});
