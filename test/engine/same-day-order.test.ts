import { describe, expect, it } from 'vitest';
import { runScenario, ScriptError } from '../../machines/run/script.ts';
import { J, MLAT, provider, rule, scenario } from './build.ts';

/**
 * "On one day, what the engine has scheduled (a stage ending, an answer, a deadline) happens before
 * the script's events of that day" (SCENARIO-FORMAT.md, "Events"). Each case below ends otherwise
 * if the script's event of that day went first. Two ways in: a deadline the script's own event set
 * for that very moment (0 days: driveScript fires what is due now before the next step), and a
 * deadline already waiting on the step's day (driveScript lets time run to it before the step).
 */

const steps = (r: ReturnType<typeof runScenario>) => r.transitions.map((t) => [t.day, t.event, t.to]);

describe('what the engine scheduled for a day happens before the script\'s events of that day', () => {
  it('a provider that answers the day it is asked delivers before a withdrawal dated that day', () => {
    // The answer is due 0 days after the request: scheduled by the script's own SEND_DIRECT, on day 0.
    const sameDay = provider({ id: 'nimbus', home: 'AR', answersDirect: ['content'], responseDays: 0 });
    const r = runScenario(scenario({ world: { providers: [sameDay] }, script: [[0, { type: 'SEND_DIRECT' }], [0, { type: 'WITHDRAW' }]] }));
    expect(r).toMatchObject({ outcome: 'delivered', channel: 'direct', attempts: ['direct'], days: 0 });
    expect(steps(r)).toEqual([
      [0, 'PRESERVATION_REQUESTED', 'preservation.preserved'],
      [0, 'SEND_DIRECT', 'direct.sent'],
      [0, 'DELIVERED', 'delivered'],
    ]);
  });

  it('a third country whose answer is due at once consents before a contrary answer the script gives that day', () => {
    // Cerulea answers 0 days after it is consulted: its consent completes the check on day 0, and
    // the script's objection of day 0 then finds no consultation under way.
    const world = {
      jurisdictions: [J('AR'), J('BO'), J('CE', { answer: 'consent', days: 0 }), J('DO')],
      providers: [provider({ id: 'nimbus', home: 'AR', storesIn: ['AR', 'CE'] })],
      rules: [rule({ id: 'AR-BLOCK', jurisdiction: 'AR', except: ['mlat', 'rogatory'] }), rule({ id: 'CE-LOC', jurisdiction: 'CE', kind: 'consent-required' })],
      instruments: [MLAT],
    };
    const s = scenario({ world, script: [[0, { type: 'CHOOSE_MLAT' }], [0, { type: 'THIRD_COUNTRY_ANSWERS', country: 'CE', answer: 'object' }]] });
    expect(() => runScenario(s)).toThrow(ScriptError);
    expect(() => runScenario(s)).toThrow(/^line 2: THIRD_COUNTRY_ANSWERS on day 0 in state mlat\.drafting: no consultation of third countries is under way/);
    // Without the script's objection, the same day's consent sends the MLAT out on day 0.
    const r = runScenario(scenario({ world, script: [[0, { type: 'CHOOSE_MLAT' }]] }));
    expect(r).toMatchObject({ outcome: 'delivered', channel: 'mlat', days: 300, cites: ['CE-LOC', 'AR-BO-MLAT'] });
    expect(steps(r).slice(1, 3)).toEqual([[0, 'CHOOSE_MLAT', 'sovereigntyCheck.consulting'], [0, 'THIRD_COUNTRY_ANSWER', 'mlat.drafting']]);
  });

  it('an MLAT that delivers on day 300 is delivered, whatever refusal the script dates that day', () => {
    const r = runScenario(scenario({
      world: { rules: [rule({ id: 'AR-BLOCK', jurisdiction: 'AR', except: ['mlat', 'rogatory'] })], instruments: [MLAT] },
      script: [[0, { type: 'CHOOSE_MLAT' }], [300, { type: 'REFUSE', ground: 'political offence' }]],
    }));
    expect(r).toMatchObject({ outcome: 'delivered', channel: 'mlat', attempts: ['mlat'], days: 300 });
    expect(steps(r).at(-1)).toEqual([300, 'DELIVERED', 'delivered']);
    expect(r.transitions.some((t) => t.event === 'REFUSE')).toBe(false);
  });

  it('an automatic extension due on day 90 comes before the script\'s extension of day 90, which is then one too many', () => {
    const s = scenario({
      world: { rules: [rule({ id: 'AR-BLOCK', jurisdiction: 'AR', except: ['mlat', 'rogatory'] })], instruments: [MLAT] },
      request: { retentionDays: 30 },
      script: [[0, { type: 'CHOOSE_MLAT' }], [90, { type: 'EXTEND_PRESERVATION' }]],
    });
    expect(() => runScenario(s)).toThrow(/^line 2: EXTEND_PRESERVATION on day 90 in state mlat\.\w+: the one extension the regime allows has been used/);
  });
});
