import { describe, expect, it } from 'vitest';
import { exploreScenario } from '../../machines/run/explore.ts';
import { replay } from '../../machines/run/replay.ts';
import { runScenario } from '../../machines/run/script.ts';
import { variantOf } from '../../machines/run/variant.ts';
import type { RunResult } from '../../machines/run/result.ts';
import { J, MLAT, order, provider, refusal, rule, scenario } from './build.ts';

/**
 * When a script's steps happen, read where playScript's loop (script.ts, driveScript) makes a
 * choice: a dated step with nothing else scheduled, a timer that falls due before a dated step, a
 * dated choice at a conflict, another country's answer at an undecided one, a step a variant makes
 * impossible, and the line a refused step is named by.
 */

const steps = (r: RunResult) => r.transitions.map((t) => [t.day, t.event, t.to]);
const BLOCKED = { rules: [rule({ id: 'AR-BLOCK', jurisdiction: 'AR', except: ['mlat', 'rogatory'] })], instruments: [MLAT] };

describe('a dated step', () => {
  it('waits for its day even when nothing else is scheduled (no preservation running)', () => {
    const r = runScenario(scenario({ world: BLOCKED, request: { preservation: 'manual' }, script: [[50, { type: 'CHOOSE_MLAT' }]] }));
    expect(steps(r).slice(0, 2)).toEqual([[50, 'CHOOSE_MLAT', 'mlat.drafting'], [65, 'STAGE_COMPLETE', 'mlat.requestingReview']]);
    expect(r).toMatchObject({ outcome: 'delivered', channel: 'mlat', days: 350 });
  });

  it('waits for its day before a timer that falls due later (the preservation extended on day 90)', () => {
    const r = runScenario(scenario({ world: BLOCKED, script: [[50, { type: 'CHOOSE_MLAT' }]] }));
    expect(steps(r).slice(0, 3)).toEqual([
      [0, 'PRESERVATION_REQUESTED', 'preservation.preserved'],
      [50, 'CHOOSE_MLAT', 'mlat.drafting'],
      [65, 'STAGE_COMPLETE', 'mlat.requestingReview'],
    ]);
  });

  it('does not let time run past a timer due earlier: the decision that timer calls for is taken on its day', () => {
    // Nimbus stays silent on day 10; the script has no decision left, so the policy chooses the MLAT
    // that day, not on day 100 when the script withdraws.
    const r = runScenario(scenario({ world: { instruments: [MLAT] }, script: [{ type: 'SEND_DIRECT' }, [100, { type: 'WITHDRAW' }]] }));
    expect(steps(r).slice(1, 4)).toEqual([[0, 'SEND_DIRECT', 'direct.sent'], [10, 'PROVIDER_SILENT', 'direct.declined'], [10, 'CHOOSE_MLAT', 'mlat.drafting']]);
    expect(r).toMatchObject({ outcome: 'withdrawn', attempts: ['direct', 'mlat'], days: 100 });
  });

  it('a provider\'s choice dated after the conflict arises is taken on its day: the policy does not choose for it before', () => {
    const nimbus = provider({ id: 'nimbus', home: 'AR', responseDays: 12, offersServicesIn: ['BO'] });
    const world = { providers: [nimbus], orders: [order({ id: 'BO-ORDER' })], rules: [rule({ id: 'AR-BLOCK', jurisdiction: 'AR', except: ['mlat', 'rogatory'] })], instruments: [MLAT] };
    const r = runScenario(scenario({ world, script: [{ type: 'SEND_DIRECT' }, [20, { type: 'PROVIDER_CHOOSES', choice: 'refuse' }], { type: 'CHOOSE_ROGATORY' }] }));
    expect(steps(r).slice(2, 5)).toEqual([[12, 'CONFLICT', 'direct.conflict'], [20, 'PROVIDER_CHOOSES', 'direct.refused'], [20, 'CHOOSE_ROGATORY', 'rogatory.transmission']]);
    expect(r).toMatchObject({ outcome: 'delivered', channel: 'rogatory', days: 560 });
  });
});

describe('at an undecided answer', () => {
  it('another country\'s answer in the script does not decide it: the policy assumes consent on the deadline', () => {
    // Cerulea (the subject's state) and Dorado (where the data is stored) are both consulted; nobody
    // knows how either answers. Cerulea's answer is undecided on day 30; the script answers for Dorado on day 50.
    const s = scenario({
      world: {
        jurisdictions: [J('AR'), J('BO'), J('CE', { answer: 'unknown', days: 30 }), J('DO', { answer: 'unknown', days: 60 })],
        providers: [provider({ id: 'nimbus', home: 'AR', storesIn: ['AR', 'DO'] })],
        rules: [
          rule({ id: 'CE-APPROVAL', jurisdiction: 'CE', kind: 'consent-required', connection: ['subject-nationality'], except: ['rogatory'] }),
          rule({ id: 'DO-LOC', jurisdiction: 'DO', kind: 'consent-required', except: ['rogatory'] }),
        ],
        instruments: [MLAT],
      },
      request: { subject: { nationality: 'CE' } },
      script: [{ type: 'CHOOSE_MLAT' }, [50, { type: 'THIRD_COUNTRY_ANSWERS', country: 'DO', answer: 'consent' }]],
    });
    const r = runScenario(s);
    expect(steps(r).slice(2, 5)).toEqual([
      [30, 'THIRD_COUNTRY_ANSWER', 'sovereigntyCheck.undecided'],
      [30, 'THIRD_COUNTRY_ANSWERS', 'sovereigntyCheck.consulting'],
      [50, 'THIRD_COUNTRY_ANSWERS', 'mlat.drafting'],
    ]);
    expect((r.assumptions ?? []).map((a) => a.assumed)).toEqual(['consent']);
  });
});

describe('a step the request refuses', () => {
  it('is passed over when the scenario is asked in a what-if where it cannot happen', () => {
    // As written, Arcadia refuses the MLAT request on day 5; with the blocking rule dropped the
    // policy sends the request direct, where a refusal of mutual assistance has nothing to refuse.
    const nimbus = provider({ id: 'nimbus', home: 'AR', answersDirect: ['content'] });
    const base = scenario({ world: { ...BLOCKED, providers: [nimbus] }, script: [{ type: 'CHOOSE_MLAT' }, [5, { type: 'REFUSE', ground: 'political offence' }]] });
    expect(runScenario(base)).toMatchObject({ outcome: 'refused', channel: 'mlat', days: 5 });
    expect(runScenario(variantOf(base, { overlay: { drop: ['AR-BLOCK'] } }))).toMatchObject({ outcome: 'delivered', channel: 'direct', days: 10 });
  });

  it('is named by its line, which the error keeps', () => {
    const s = scenario({ world: BLOCKED, script: [{ type: 'CHOOSE_MLAT' }, [5, { type: 'PROVIDER_CHOOSES', choice: 'comply' }]] });
    const error = refusal(() => runScenario(s));
    expect(error.line).toBe(2);
    expect(error.state).toBe('mlat.drafting');
    expect(error.message).toMatch(/^line 2: PROVIDER_CHOOSES on day 5 in state mlat\.drafting: /);
  });

  it('written without a line (a script built by a program), is named by its event and day alone', () => {
    const s = scenario({ world: BLOCKED, script: [{ type: 'CHOOSE_MLAT' }, [5, { type: 'PROVIDER_CHOOSES', choice: 'comply' }]] });
    const error = refusal(() => runScenario({ ...s, script: s.script.map(({ line: _line, ...step }) => step) }));
    expect(error.line).toBeUndefined();
    expect(error.message).toMatch(/^PROVIDER_CHOOSES on day 5 in state mlat\.drafting: /);
  });
});

describe('the outcome explorer', () => {
  it('on a path that left the script\'s decisions, passes over the script\'s later withdrawal', () => {
    // The script sends the request direct and withdraws on day 400. A class that chose letters
    // rogatory instead is on a path of its own: the withdrawal was the script's, and the letters
    // deliver on day 540.
    const s = scenario({ world: { instruments: [MLAT] }, script: [{ type: 'SEND_DIRECT' }, [400, { type: 'WITHDRAW' }]] });
    const paths = exploreScenario(s).paths.map((p) => ({ decisions: p.choices.filter((c) => c.by !== 'chance').map((c) => c.event.type), outcome: p.outcome, days: p.days }));
    expect(paths).toContainEqual({ decisions: ['CHOOSE_ROGATORY'], outcome: 'delivered', days: 540 });
    // The script's own path still withdraws on its day.
    expect(paths).toContainEqual({ decisions: ['SEND_DIRECT', 'CHOOSE_MLAT'], outcome: 'withdrawn', days: 400 });
  });
});

describe('a failing source of chance', () => {
  it('lets that failure through as it is, not as a refused input', () => {
    const s = scenario({ world: BLOCKED });
    const draw = () => {
      throw new Error('the sample ran out of draws');
    };
    expect(() => replay(s, [{ kind: 'event', event: { type: 'CHOOSE_MLAT' } }, { kind: 'advance', to: 400 }], { draw })).toThrow(new Error('the sample ran out of draws'));
  });

  it('and a script played with it fails with that failure, not as a refused step', () => {
    const s = scenario({ world: BLOCKED, script: [{ type: 'CHOOSE_MLAT' }] });
    const draw = () => {
      throw new Error('the sample ran out of draws');
    };
    expect(() => runScenario(s, { draw })).toThrow(new Error('the sample ran out of draws'));
  });
});
