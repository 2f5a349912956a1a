import { describe, expect, it } from 'vitest';
import { runScenario } from '../../machines/run/script.ts';
import type { ScenarioEvent } from '../../machines/request/events.ts';
import type { ProductionOrder } from '../../machines/world/types.ts';
import { MLAT, order, provider, refusal, rule, scenario } from './build.ts';

/**
 * The words of each step at a conflict of laws (machines/request/conflict.ts), pinned whole: which
 * options the provider is offered (a sanction, a review with or without its source), the day a review's
 * ruling is due, and how each choice or ruling is said. Borealis (BO) orders Nimbus, which offers
 * services there, to produce data stored in Arcadia (AR), whose blocking statute forbids it; the answer
 * is due after 12 days.
 */
const nimbus = provider({ id: 'nimbus', home: 'AR', responseDays: 12, offersServicesIn: ['BO'] });
const BLOCK = rule({ id: 'AR-BLOCK', jurisdiction: 'AR', title: 'Arcadian Blocking Statute', except: ['mlat', 'rogatory', 'agreement'] });
const PLAIN = order({ id: 'BO-ORDER' });
const FULL = order({ id: 'BO-ORDER', title: 'Act', sanction: 'a fine', review: { days: 30, source: 'Act s. 9' } });
const BARE_REVIEW = order({ id: 'BO-ORDER', review: { days: 30 } });

const choose = (choice: 'comply' | 'refuse' | 'review'): ScenarioEvent => ({ type: 'PROVIDER_CHOOSES', choice });
const ruling = (outcome: 'upheld' | 'lifted'): ScenarioEvent => ({ type: 'REVIEW_DECIDES', outcome });
const steps = (o: ProductionOrder, script: ScenarioEvent[], data: 'content' | 'traffic' = 'content', sentOn = 0) =>
  runScenario(scenario({ world: { providers: [nimbus], orders: [o], rules: [BLOCK], instruments: [MLAT] }, request: { data }, script: [[sentOn, { type: 'SEND_DIRECT' }], ...script] }))
    .transitions.filter((t) => ['CONFLICT', 'PROVIDER_CHOOSES', 'REVIEW_DUE', 'REVIEW_DECIDES'].includes(t.event))
    .map((t) => [t.day, t.event, t.to, t.reason]);

describe('the provider meets a conflict of laws', () => {
  it('an order with no sanction and no review: comply or refuse, the data category named', () => {
    expect(steps(PLAIN, [choose('comply')], 'traffic')[0]).toEqual([12, 'CONFLICT', 'direct.conflict',
      'nimbus\'s answer is due: a conflict of laws. BO-ORDER (BO) requires it to produce the traffic data; Arcadian Blocking Statute (AR-BLOCK, AR) does not permit that disclosure on a direct request. nimbus may comply or refuse.']);
  });

  it('an order with a sanction and a sourced review: three options, the sanction and the review\'s days and source in them', () => {
    expect(steps(FULL, [choose('comply')])[0]![3]).toBe(
      'nimbus\'s answer is due: a conflict of laws. Act (BO-ORDER, BO) requires it to produce the content data; Arcadian Blocking Statute (AR-BLOCK, AR) does not permit that disclosure on a direct request. nimbus may comply, refuse (and face: a fine) or ask a court to review the order (30 days; Act s. 9).');
  });

  it('an order with a review and no source: the review offered with its days only', () => {
    expect(steps(BARE_REVIEW, [choose('comply')])[0]![3]).toBe(
      'nimbus\'s answer is due: a conflict of laws. BO-ORDER (BO) requires it to produce the content data; Arcadian Blocking Statute (AR-BLOCK, AR) does not permit that disclosure on a direct request. nimbus may comply, refuse or ask a court to review the order (30 days).');
  });
});

describe('each choice and ruling, as the note says it', () => {
  it('comply names the law the disclosure breaks', () => {
    expect(steps(PLAIN, [choose('comply')])[1]).toEqual([12, 'PROVIDER_CHOOSES', 'delivered',
      'nimbus complies with BO-ORDER (BO) and produces the content data; in doing so it discloses what Arcadian Blocking Statute (AR-BLOCK, AR) does not permit on a direct request.']);
  });

  it('refuse says whether the order names a sanction', () => {
    expect(steps(PLAIN, [choose('refuse')])[1]).toEqual([12, 'PROVIDER_CHOOSES', 'direct.refused',
      'nimbus refuses to produce, keeping to Arcadian Blocking Statute (AR-BLOCK, AR). BO-ORDER (BO) names no sanction in this world. The direct channel ends; the requesting state may try another.']);
    expect(steps(FULL, [choose('refuse')])[1]![3]).toBe(
      'nimbus refuses to produce, keeping to Arcadian Blocking Statute (AR-BLOCK, AR). Under Act (BO-ORDER, BO) a refusal exposes it to: a fine. The direct channel ends; the requesting state may try another.');
  });

  it('a review counts its days from the choice (day 12 + 30 = 42), its source named when it has one; the court upholds', () => {
    expect(steps(FULL, [choose('review'), ruling('upheld'), choose('comply')])).toEqual([
      [12, 'CONFLICT', 'direct.conflict', expect.any(String)],
      [12, 'PROVIDER_CHOOSES', 'direct.review', 'nimbus asks a court to review Act (BO-ORDER, BO) (Act s. 9); the ruling is due on day 42.'],
      [42, 'REVIEW_DUE', 'direct.ruling', 'The review of Act (BO-ORDER, BO) has run its 30 days: the court\'s ruling is awaited.'],
      [42, 'REVIEW_DECIDES', 'direct.conflict', 'The court upholds Act (BO-ORDER, BO): nimbus must choose again, now without a review.'],
      [42, 'PROVIDER_CHOOSES', 'delivered', expect.stringContaining('nimbus complies with Act (BO-ORDER, BO)')],
    ]);
  });

  it('a review chosen later is due later: sent on day 8, the conflict comes on day 20 and the ruling on day 50', () => {
    expect(steps(BARE_REVIEW, [choose('review'), ruling('lifted')], 'content', 8).slice(1)).toEqual([
      [20, 'PROVIDER_CHOOSES', 'direct.review', 'nimbus asks a court to review BO-ORDER (BO); the ruling is due on day 50.'],
      [50, 'REVIEW_DUE', 'direct.ruling', 'The review of BO-ORDER (BO) has run its 30 days: the court\'s ruling is awaited.'],
      [50, 'REVIEW_DECIDES', 'direct.lifted', 'The court lifts BO-ORDER (BO): the order falls and the direct channel is closed. The requesting state decides on another channel.'],
    ]);
  });

  it('a review is used once: after the court upholds the order, asking for another is refused', () => {
    const again = refusal(() => steps(FULL, [choose('review'), ruling('upheld'), choose('review')]));
    expect(again.message).toBe('line 4: PROVIDER_CHOOSES on day 42 in state direct.conflict: the order has already been reviewed and upheld: the provider complies or refuses.');
  });
});
