import { describe, expect, it } from 'vitest';
import { assessScenario } from '../../machines/run/simulation.ts';
import { medianDraw } from '../../machines/random.ts';
import type { DurationProfile } from '../../machines/world/types.ts';
import {
  answersWith, anyAvailable, availability, initialContext, nextAnswerDue, settle, timingDays, withCites,
  type Consultation, type PendingAnswer, type RequestContext,
} from '../../machines/request/context.ts';
import { MLAT, rule, scenario, type Build } from './build.ts';

/**
 * What the request machine's context works out (machines/request/context.ts): where a run starts, which
 * channels a user may still choose and why not, a channel's days, and what the third countries' answers
 * due on a day do to a consultation. Arcadia (AR) holds the data; its rule blocks the direct channel.
 */
const blockAR = rule({ id: 'AR-BLOCK', jurisdiction: 'AR', except: ['mlat', 'rogatory', 'agreement'] });
const start = (build: Build = { world: { rules: [blockAR], instruments: [MLAT] } }): RequestContext => {
  const s = scenario(build);
  return initialContext({ assessment: assessScenario(s), request: s.request, regime: s.regime, draw: medianDraw });
};
const reason = (context: RequestContext, channel: 'direct' | 'agreement' | 'mlat' | 'rogatory') => {
  const v = availability(context, channel);
  return [v.open, v.reason, v.cites];
};

describe('a run starts', () => {
  it('at day 0, with nothing tried, cited, preserved or consulted, the note saying the request is assessed', () => {
    const c = start();
    expect({ ...c, input: undefined, note: { ...c.note, message: undefined } }).toEqual({
      input: undefined, time: 0, attempts: [], closed: {}, current: null, plan: [], stage: 0, consultation: null, answers: [],
      preservedUntil: null, extensions: 0, directAnswers: false, lastEnd: null, cites: [], conflict: null, reviewed: false,
      note: { event: 'INTAKE', reason: 'The request is assessed.', message: undefined, cites: [], region: 'channel' }, notes: 0,
    });
  });
});

describe('which channels a user may choose, and why not', () => {
  it('at intake each channel is as the assessment found it: the direct request blocked, the MLAT open', () => {
    const c = start();
    expect(reason(c, 'direct')).toEqual([false, 'A direct request to nimbus is closed: AR-BLOCK (AR, blocking) covers content data and does not except a direct request.', ['AR-BLOCK']]);
    expect(reason(c, 'mlat')).toEqual([true, 'AR-BO-MLAT binds BO and AR; the request goes to the data\'s location (AR).', ['AR-BO-MLAT']]);
  });

  it('no channel while one is under way, even one already tried', () => {
    const c = { ...start(), current: 'mlat' as const, attempts: ['mlat' as const] };
    expect(reason(c, 'rogatory')).toEqual([false, 'The mutual legal assistance channel is under way.', []]);
    expect(reason(c, 'mlat')).toEqual([false, 'The mutual legal assistance channel is under way.', []]);
  });

  it('a channel tried once is not tried again; the others stay as they were', () => {
    const c = { ...start(), attempts: ['mlat' as const] };
    expect(reason(c, 'mlat')).toEqual([false, 'Already tried: mutual legal assistance. Each channel is tried at most once.', []]);
    expect(reason(c, 'rogatory')[0]).toBe(true);
    expect(reason({ ...c, attempts: ['mlat', 'rogatory'] }, 'rogatory')).toEqual([false, 'Already tried: letters rogatory. Each channel is tried at most once.', []]);
  });

  it('a channel closed (a third country objected) says why, on that closure\'s authority', () => {
    const closure = { open: false, reason: 'Cerulea objects.', message: { id: 'request.intake' as const }, cites: ['CE-LOC'] };
    const c = { ...start(), closed: { mlat: closure } };
    expect(availability(c, 'mlat')).toEqual(closure);
    expect(reason(c, 'rogatory')[0]).toBe(true);
  });

  it('the request can go on while one channel is open, and not once none is', () => {
    const c = start();
    expect(anyAvailable(c)).toBe(true);
    expect(anyAvailable({ ...c, attempts: ['mlat'] })).toBe(true);
    expect(anyAvailable({ ...c, attempts: ['mlat', 'rogatory'] })).toBe(false);
  });
});

describe('a channel\'s days', () => {
  const profile: DurationProfile = { median: 300, p90: 540 };
  it('are its fixed days, or its drawn days held back to at least a floor', () => {
    expect(timingDays({ fixed: 4 }, medianDraw)).toBe(4);
    expect(timingDays({ profile }, medianDraw)).toBe(300);
    expect(timingDays({ profile, atLeast: 400 }, medianDraw)).toBe(400);
    expect(timingDays({ profile, atLeast: 100 }, medianDraw)).toBe(300);
  });
});

/** Three countries consulted on the MLAT: Cerulea, Dorado and Elbonia, with their answers and due days. */
const pending = (country: string, answer: PendingAnswer['answer'], due: number, answered = false): PendingAnswer =>
  ({ country, name: country, rules: [`${country}-LOC`], answer, days: due, due, answered });
const consultation = (...countries: PendingAnswer[]): Consultation => ({ channel: 'mlat', countries });
const read = (s: ReturnType<typeof settle>) => ({
  consents: s.consents.map((c) => c.country), closer: s.closer?.country ?? null, undecided: s.undecided?.country ?? null, complete: s.complete,
});

describe('the next answer due', () => {
  it('is the earliest day among those not yet answered; none left, none ever', () => {
    expect(nextAnswerDue(consultation(pending('CE', 'consent', 30), pending('DO', 'consent', 12, true), pending('EL', 'object', 20)))).toBe(20);
    expect(nextAnswerDue(consultation(pending('CE', 'consent', 30, true)))).toBe(Infinity);
    expect(nextAnswerDue(null)).toBe(Infinity);
  });
});

describe('what the answers due on a day do', () => {
  it('consents due by that day, including on it, are taken; later ones wait, so the consultation is not complete', () => {
    expect(read(settle(consultation(pending('CE', 'consent', 10), pending('DO', 'consent', 11), pending('EL', 'consent', 9)), 10)))
      .toEqual({ consents: ['CE', 'EL'], closer: null, undecided: null, complete: false });
  });

  it('every consent in: complete', () => {
    expect(read(settle(consultation(pending('CE', 'consent', 10), pending('DO', 'consent', 5, true)), 10)))
      .toEqual({ consents: ['CE'], closer: null, undecided: null, complete: true });
  });

  it('the first objection or silence closes, and stops the reading: a consent after it is not taken', () => {
    expect(read(settle(consultation(pending('CE', 'consent', 10), pending('DO', 'object', 10), pending('EL', 'consent', 10)), 10)))
      .toEqual({ consents: ['CE'], closer: 'DO', undecided: null, complete: false });
    expect(read(settle(consultation(pending('CE', 'silent', 10), pending('DO', 'object', 10)), 10)))
      .toEqual({ consents: [], closer: 'CE', undecided: null, complete: false });
  });

  it('an answer nobody knows awaits a decision, and stops the reading too', () => {
    expect(read(settle(consultation(pending('CE', 'unknown', 10), pending('DO', 'object', 10)), 10)))
      .toEqual({ consents: [], closer: null, undecided: 'CE', complete: false });
  });

  it('a country that has already answered is not read again', () => {
    expect(read(settle(consultation(pending('CE', 'object', 10, true), pending('DO', 'consent', 10)), 10)))
      .toEqual({ consents: ['DO'], closer: null, undecided: null, complete: true });
  });

  it('a country answering out of turn (an inject) counts alone, whatever is due', () => {
    const c = consultation(pending('CE', 'object', 5), pending('DO', 'unknown', 40));
    expect(read(settle(c, 5, { country: 'DO', answer: 'consent' }))).toEqual({ consents: ['DO'], closer: null, undecided: null, complete: false });
    expect(read(settle(c, 5, { country: 'DO', answer: 'object' }))).toEqual({ consents: [], closer: 'DO', undecided: null, complete: false });
    expect(read(settle(consultation(pending('DO', 'unknown', 40)), 5, { country: 'DO', answer: 'consent' })).complete).toBe(true);
  });
});

describe('the answers kept for the map and the debrief', () => {
  const earlier = { country: 'XX', name: 'XX', channel: 'agreement' as const, answer: 'consent' as const, day: 3 };
  const during = { ...start(), answers: [earlier], consultation: consultation(pending('CE', 'object', 10), pending('DO', 'consent', 10)) };

  it('are appended after the earlier ones, each with the channel consulted on and the day', () => {
    expect(answersWith(during, during.consultation.countries, 10)).toEqual([
      earlier,
      { country: 'CE', name: 'CE', channel: 'mlat', answer: 'object', day: 10 },
      { country: 'DO', name: 'DO', channel: 'mlat', answer: 'consent', day: 10 },
    ]);
  });

  it('an answer given for all (a decision on an unknown answer) replaces each country\'s own', () => {
    expect(answersWith(during, [during.consultation.countries[0]!], 12, 'consent').at(-1)).toEqual({ country: 'CE', name: 'CE', channel: 'mlat', answer: 'consent', day: 12 });
  });

  it('nobody answering, or no consultation, leaves them as they were', () => {
    expect(answersWith(during, [], 10)).toEqual([earlier]);
    expect(answersWith({ ...during, consultation: null }, during.consultation.countries, 10)).toEqual([earlier]);
  });
});

describe('the cites of a run', () => {
  it('keep their first-use order and add each new id once', () => {
    expect(withCites(['AR-BLOCK', 'AR-BO-MLAT'], ['AR-BO-MLAT', 'CE-LOC', 'AR-BLOCK', 'DO-LOC'])).toEqual(['AR-BLOCK', 'AR-BO-MLAT', 'CE-LOC', 'DO-LOC']);
    expect(withCites([], ['CE-LOC'])).toEqual(['CE-LOC']);
    expect(withCites(['CE-LOC'], [])).toEqual(['CE-LOC']);
  });
});
