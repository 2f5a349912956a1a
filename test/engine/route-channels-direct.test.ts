import { describe, expect, it } from 'vitest';
import { assessScenario } from '../../machines/run/simulation.ts';
import { say } from '../../machines/messages/say.ts';
import type { DurationProfile, Instrument, Provider, ProviderPractice } from '../../machines/world/types.ts';
import { instrument, order, provider, rule, scenario, type Build } from './build.ts';

/**
 * The direct request's verdict (machines/route/channels.ts, directVerdict) as the user reads it:
 * open or not, the path, the English reason in full, the cites and the days. Borealis (BO) asks
 * Nimbus, based in Arcadia (AR) and storing there, for content data.
 */
const direct = (build: Build = {}) => {
  const { message: _message, reach: _reach, ...verdict } = assessScenario(scenario(build)).direct;
  return verdict;
};
const nimbus = (more: Partial<Provider> = {}) => provider({ id: 'nimbus', home: 'AR', ...more });
const at = { channel: 'direct', requestedState: null, instrument: null } as const;
const DECLINED = "nimbus does not answer foreign authorities' requests for content data directly, and no direct-cooperation instrument binds BO and AR.";
const BO_ORDER_REACHES = 'BO-ORDER lets authorities of the requesting state (BO) compel nimbus (offering services in BO) to produce content data in its possession, custody or control, wherever stored.';

describe('a conflict of laws: an order of the requesting state reaches, another state forbids', () => {
  it('goes out, cites the order then each forbidding rule, and names them titled or by id', () => {
    const d = assessScenario(scenario({
      world: {
        providers: [nimbus({ offersServicesIn: ['BO'] })],
        orders: [order({ id: 'BO-ORDER', title: 'Borealis Order Act', sanction: 'a fine', review: { days: 20, source: 'court' } })],
        rules: [rule({ id: 'AR-BLOCK', jurisdiction: 'AR' }), rule({ id: 'CE-NAT', jurisdiction: 'CE', kind: 'consent-required', connection: ['subject-nationality'], title: 'Cerulean Consent Law' })],
      },
      request: { subject: { nationality: 'CE' } },
    })).direct;
    expect(d).toMatchObject({ ...at, open: true, path: 'conflict', timing: { fixed: 10 }, cites: ['BO-ORDER', 'AR-BLOCK', 'CE-NAT'] });
    expect(d.reason).toBe(`${BO_ORDER_REACHES} Under AR-BLOCK (AR, blocking) and CE-NAT (CE, consent-required), the same disclosure is not permitted by a direct request: nimbus faces a conflict of laws and must choose within 10 days of the order.`);
    const { nameMessages, ...conflict } = d.conflict!;
    expect(conflict).toEqual({
      order: 'BO-ORDER', breached: ['AR-BLOCK', 'CE-NAT'], sanction: 'a fine', review: { days: 20, source: 'court' },
      names: { provider: 'nimbus', order: 'Borealis Order Act (BO-ORDER, BO)', breached: 'AR-BLOCK (AR) and Cerulean Consent Law (CE-NAT, CE)' },
    });
    expect(nameMessages.order).toMatchObject({ id: 'route.titled' });
    expect(nameMessages.breached).toMatchObject({ id: 'route.list', params: { items: { join: 'and' } } });
  });

  it('says the order and the forbidding rules as messages: each by title or id with its state, the rules joined by "and"', () => {
    const d = assessScenario(scenario({
      world: {
        providers: [nimbus({ offersServicesIn: ['BO'] })],
        orders: [order({ id: 'BO-ORDER', title: 'Borealis Order Act' })],
        rules: [rule({ id: 'AR-BLOCK', jurisdiction: 'AR' }), rule({ id: 'CE-NAT', jurisdiction: 'CE', kind: 'consent-required', connection: ['subject-nationality'], title: 'Cerulean Consent Law' })],
      },
      request: { subject: { nationality: 'CE' } },
    })).direct;
    expect(say(d.conflict!.nameMessages.order)).toBe('Borealis Order Act (BO-ORDER, BO)');
    expect(say(d.conflict!.nameMessages.breached)).toBe('AR-BLOCK (AR) and Cerulean Consent Law (CE-NAT, CE)');
  });

  it('an order with no sanction or review carries neither', () => {
    const d = direct({ world: { providers: [nimbus({ offersServicesIn: ['BO'] })], orders: [order({ id: 'BO-ORDER' })], rules: [rule({ id: 'AR-BLOCK', jurisdiction: 'AR' })] } });
    expect(d.conflict).toEqual({
      order: 'BO-ORDER', breached: ['AR-BLOCK'], names: { provider: 'nimbus', order: 'BO-ORDER (BO)', breached: 'AR-BLOCK (AR)' },
      nameMessages: d.conflict!.nameMessages,
    });
    // toEqual passes over a key whose value is undefined: the keys themselves must be absent.
    expect(Object.keys(d.conflict!)).toEqual(['order', 'breached', 'names', 'nameMessages']);
    expect(d.reason).toBe(`${BO_ORDER_REACHES} Under AR-BLOCK (AR, blocking), the same disclosure is not permitted by a direct request: nimbus faces a conflict of laws and must choose within 10 days of the order.`);
  });
});

describe('closed by another state\'s rule', () => {
  it('one rule: closed, no days, citing it, said in the singular', () => {
    expect(direct({ world: { rules: [rule({ id: 'AR-BLOCK', jurisdiction: 'AR' })] } })).toEqual({
      ...at, open: false, path: 'blocked', timing: { fixed: 0 }, cites: ['AR-BLOCK'],
      reason: 'A direct request to nimbus is closed: AR-BLOCK (AR, blocking) covers content data and does not except a direct request.',
    });
  });

  it('only the rules that close: not a recognition rule, not the requesting state\'s own, not one excepting a direct request', () => {
    const d = direct({
      world: {
        rules: [
          rule({ id: 'AR-48', jurisdiction: 'AR', kind: 'recognition' }),
          rule({ id: 'AR-BLOCK', jurisdiction: 'AR' }),
          rule({ id: 'BO-OWN', jurisdiction: 'BO', connection: ['subject-location'] }),
          rule({ id: 'AR-EX', jurisdiction: 'AR', except: ['direct'] }),
          rule({ id: 'AR-SUB', jurisdiction: 'AR', data: ['subscriber'] }),
          rule({ id: 'AR-CONSENT', jurisdiction: 'AR', kind: 'consent-required' }),
        ],
      },
      request: { subject: { location: 'BO' } },
    });
    expect(d).toEqual({
      ...at, open: false, path: 'blocked', timing: { fixed: 0 }, cites: ['AR-BLOCK', 'AR-CONSENT'],
      reason: 'A direct request to nimbus is closed: AR-BLOCK (AR, blocking) and AR-CONSENT (AR, consent-required) cover content data and do not except a direct request.',
    });
  });

  it('a recognition rule alone closes nothing', () => {
    expect(direct({ world: { rules: [rule({ id: 'AR-48', jurisdiction: 'AR', kind: 'recognition' })] } })).toMatchObject({ open: false, path: 'declined', cites: [], reason: DECLINED });
  });
});

describe('an emergency', () => {
  const discloses = nimbus({ emergencyDisclosure: true });

  it('a provider that discloses in emergencies answers in a day', () => {
    expect(direct({ world: { providers: [discloses] }, request: { urgency: 'emergency' } })).toEqual({
      ...at, open: true, path: 'emergency', timing: { fixed: 1 }, cites: [],
      reason: 'nimbus discloses in an emergency: it answers a direct emergency request after 1 day.',
    });
  });

  it('not for a routine request, nor from a provider that does not disclose', () => {
    expect(direct({ world: { providers: [discloses] } })).toMatchObject({ open: false, path: 'declined', reason: DECLINED });
    expect(direct({ request: { urgency: 'emergency' } })).toMatchObject({ open: false, path: 'declined', reason: DECLINED });
  });
});

describe('the requesting state\'s own order', () => {
  const coop = instrument({ id: 'COOP', kind: 'direct-cooperation', parties: ['AR', 'BO'] });

  it('compels a foreign provider where no direct-cooperation instrument binds the two states', () => {
    expect(direct({ world: { providers: [nimbus({ offersServicesIn: ['BO'] })], orders: [order({ id: 'BO-ORDER' })] } })).toEqual({
      ...at, open: true, path: 'compelled', timing: { fixed: 10 }, cites: ['BO-ORDER'],
      reason: `${BO_ORDER_REACHES} The direct request is a compelled order, answered after 10 days.`,
    });
  });

  it('gives way to an instrument binding both states: its procedure governs', () => {
    expect(direct({ world: { providers: [nimbus({ offersServicesIn: ['BO'] })], orders: [order({ id: 'BO-ORDER' })], instruments: [coop] } })).toEqual({
      ...at, open: true, path: 'instrument', instrument: 'COOP', cites: ['COOP'], timing: { profile: { median: 20, p90: 45 } },
      reason: 'COOP lets BO request content data directly from providers based in AR.',
    });
  });

  it('compels a provider based at home whatever instrument its state is party to', () => {
    const home = provider({ id: 'nimbus', home: 'BO', offersServicesIn: ['BO'] });
    expect(direct({ world: { providers: [home], orders: [order({ id: 'BO-ORDER' })], instruments: [coop] } })).toMatchObject({
      open: true, path: 'compelled', instrument: null, cites: ['BO-ORDER'],
    });
  });

  it('an order for data in its territory only: a provider at home is declined for data abroad, citing it', () => {
    const home = provider({ id: 'nimbus', home: 'BO', storesIn: ['AR'] });
    const local = order({ id: 'BO-LOCAL', reach: { providers: ['established'], data: 'in-territory' } });
    const d = direct({ world: { providers: [home], orders: [local] } });
    expect(d).toMatchObject({ ...at, open: false, path: 'declined', timing: { fixed: 10 }, cites: ['BO-LOCAL'] });
    expect(d.reason).toBe('No production order of BO reaches this request: BO-LOCAL reaches only data stored in BO, and the data is stored in AR. '
      + 'A domestic order to nimbus does not reach the data where it is stored.');
  });

  it('the same order does not make a foreign provider\'s decline cite it: that provider is simply not bound', () => {
    const local = order({ id: 'BO-LOCAL', reach: { providers: ['offers-services'], data: 'in-territory' } });
    expect(direct({ world: { providers: [nimbus({ offersServicesIn: ['BO'] })], orders: [local] } })).toEqual({
      ...at, open: false, path: 'declined', timing: { fixed: 10 }, cites: [], reason: DECLINED,
    });
  });
});

describe('a provider based in the requesting state', () => {
  it('answers a domestic order, for any category, after its response days', () => {
    const home = provider({ id: 'nimbus', home: 'BO', storesIn: ['AR'], responseDays: 12 });
    expect(direct({ world: { providers: [home] } })).toEqual({
      ...at, open: true, path: 'domestic', timing: { fixed: 12 }, cites: [],
      reason: 'nimbus is based in BO, the requesting state: a domestic order, answered after 12 days.',
    });
  });
});

describe('a provider that answers foreign authorities directly', () => {
  const spread = (basis: DurationProfile['basis'], more: Partial<DurationProfile> = {}): DurationProfile => ({ median: 30.4, p90: 90.6, source: 'S', basis, ...more });

  it('after its response days', () => {
    expect(direct({ world: { providers: [nimbus({ answersDirect: ['content'] })] } })).toEqual({
      ...at, open: true, path: 'provider', timing: { fixed: 10 }, cites: [],
      reason: "nimbus answers foreign authorities' requests for content data directly, after 10 days.",
    });
  });

  it('not for a category it does not answer', () => {
    expect(direct({ world: { providers: [nimbus({ answersDirect: ['subscriber'] })] } })).toMatchObject({ open: false, path: 'declined', reason: DECLINED });
  });

  it('after a published spread, said in whole days; a default spread says it is one', () => {
    expect(direct({ world: { providers: [nimbus({ answersDirect: ['content'], responseProfile: spread('published') })] } })).toMatchObject({
      path: 'provider', timing: { profile: spread('published') },
      reason: "nimbus answers foreign authorities' requests for content data directly, after about 30 days (median; 90 % within 91).",
    });
    expect(direct({ world: { providers: [nimbus({ answersDirect: ['content'], responseProfile: spread('default') })] } }).reason)
      .toBe("nimbus answers foreign authorities' requests for content data directly, after about 30 days (median; 90 % within 91; no published figure: the default spread).");
  });

  it('in an emergency, after the spread\'s emergency figure, its p90 scaled alike; without one, after the usual spread', () => {
    const urgent = spread('published', { median: 30, p90: 90, emergency: 3 });
    expect(direct({ world: { providers: [nimbus({ answersDirect: ['content'], responseProfile: urgent })] }, request: { urgency: 'emergency' } })).toMatchObject({
      timing: { profile: { median: 3, p90: 9, emergency: 3, source: 'S', basis: 'published' } },
      reason: "nimbus answers foreign authorities' requests for content data directly, after about 3 days (median; 90 % within 9).",
    });
    expect(direct({ world: { providers: [nimbus({ answersDirect: ['content'], responseProfile: urgent })] } }).timing).toEqual({ profile: urgent });
    const plain = spread('published', { median: 30, p90: 90 });
    expect(direct({ world: { providers: [nimbus({ answersDirect: ['content'], responseProfile: plain })] }, request: { urgency: 'emergency' } }).timing).toEqual({ profile: plain });
  });

  it('a spread of zero days stays zero days in an emergency, never "NaN"', () => {
    const instant = spread('published', { median: 0, p90: 0, emergency: 0 });
    expect(direct({ world: { providers: [nimbus({ answersDirect: ['content'], responseProfile: instant })] }, request: { urgency: 'emergency' } })).toMatchObject({
      timing: { profile: { median: 0, p90: 0 } },
      reason: "nimbus answers foreign authorities' requests for content data directly, after about 0 days (median; 90 % within 0).",
    });
  });
});

describe('the provider\'s documented practice towards the requesting state', () => {
  const practice: ProviderPractice[] = [
    { from: ['CE'], answersDirect: [], source: 'CE report' },
    { from: ['DO', 'BO'], answersDirect: ['content'], rate: 0.8, responseDays: 4, period: '2024', source: 'Nimbus report' },
  ];

  it('replaces what it answers and how fast, carries the rate, and is said after the verdict', () => {
    const spread: DurationProfile = { median: 30, p90: 90, source: 'S', basis: 'published' };
    expect(direct({ world: { providers: [nimbus({ practice, responseProfile: spread })] } })).toEqual({
      ...at, open: true, path: 'provider', timing: { fixed: 4 }, cites: [], rate: 0.8,
      reason: 'nimbus answers requests from BO for content data directly, after 4 days. Its practice towards BO: it answered 80 % of them in 2024; Nimbus report.',
    });
  });

  it('without days of its own leaves the published spread in place and carries no rate', () => {
    const spread: DurationProfile = { median: 30, p90: 90, source: 'S', basis: 'published' };
    const bare: ProviderPractice[] = [{ from: ['BO'], answersDirect: ['content'], source: 'R' }];
    expect(direct({ world: { providers: [nimbus({ practice: bare, responseProfile: spread })] } })).toEqual({
      ...at, open: true, path: 'provider', timing: { profile: spread }, cites: [],
      reason: 'nimbus answers requests from BO for content data directly, after about 30 days (median; 90 % within 90). Its practice towards BO: R.',
    });
  });

  it('a practice that does not answer the category declines it, with its rate and days', () => {
    const declines: ProviderPractice[] = [{ from: ['BO'], answersDirect: ['subscriber'], rate: 0.25, responseDays: 7, source: 'Nimbus report' }];
    expect(direct({ world: { providers: [nimbus({ answersDirect: ['content'], practice: declines })] } })).toEqual({
      ...at, open: false, path: 'declined', timing: { fixed: 7 }, cites: [], rate: 0.25,
      reason: 'nimbus does not answer requests from BO for content data directly, and no direct-cooperation instrument binds BO and AR. Its practice towards BO: it answered 25 % of them; Nimbus report.',
    });
  });
});

describe('a direct-cooperation instrument and the notified state', () => {
  const epoc = (more: Partial<Instrument> = {}) => instrument({
    id: 'EPOC', kind: 'direct-cooperation', parties: ['AR', 'BO'], days: { median: 8, p90: 10, emergency: 1 }, notify: { data: ['traffic', 'content'], days: 10 }, ...more,
  });
  const via = (i: Instrument, request: Build['request'] = {}) => direct({ world: { instruments: [i] }, request });
  const OPENS = 'EPOC lets BO request content data directly from providers based in AR.';
  const TEXT = 'Arcadia asks to be notified of every order';
  const declaring = (notify: boolean) => epoc({ reservations: [{ party: 'AR', notify, text: TEXT, source: 'AR declaration' }] });

  it('a notified category waits out the window, said with its days', () => {
    expect(via(epoc(), { subject: { location: 'CE' } })).toEqual({
      ...at, open: true, path: 'instrument', instrument: 'EPOC', cites: ['EPOC'], timing: { profile: { median: 8, p90: 10, emergency: 1 }, atLeast: 10 },
      reason: `${OPENS} AR is notified of the order and has 10 days to raise a ground for refusal; the provider produces at the end of them.`,
    });
  });

  it('a subject located in the requesting state is not notified, nor is a category outside the notification', () => {
    expect(via(epoc(), { subject: { location: 'BO' } })).toMatchObject({ timing: { profile: { median: 8, p90: 10, emergency: 1 } }, reason: OPENS });
    expect(via(epoc(), { subject: { location: 'BO' } }).timing).not.toHaveProperty('atLeast');
    expect(via(epoc(), { data: 'subscriber' })).toEqual({
      ...at, open: true, path: 'instrument', instrument: 'EPOC', cites: ['EPOC'], timing: { profile: { median: 8, p90: 10, emergency: 1 } },
      reason: 'EPOC lets BO request subscriber data directly from providers based in AR.',
    });
  });

  it('in an emergency the provider answers at once on the emergency figure, and the state objects afterwards', () => {
    expect(via(epoc(), { urgency: 'emergency' })).toMatchObject({
      timing: { profile: { median: 1, p90: 1.25, emergency: 1 } },
      reason: `${OPENS} AR is notified; in an emergency the provider answers at once and that state may object afterwards.`,
    });
    expect(via(epoc(), { urgency: 'emergency' }).timing).not.toHaveProperty('atLeast');
  });

  it('a notification with no window holds nothing back: the state is told when the order is served', () => {
    const d = via(epoc({ notify: { data: ['content'], days: 0 } }));
    expect(d).toMatchObject({ timing: { profile: { median: 8, p90: 10, emergency: 1 } }, reason: `${OPENS} AR is notified of the order when it is served.` });
    expect(d.timing).not.toHaveProperty('atLeast');
  });

  it('a declaration of the provider\'s home decides, and is quoted whether it asks to be notified or not', () => {
    expect(via(declaring(true), { data: 'subscriber' })).toMatchObject({
      timing: { atLeast: 10 },
      reason: `EPOC lets BO request subscriber data directly from providers based in AR. AR is notified of the order and has 10 days to raise a ground for refusal; the provider produces at the end of them (declaration of AR: ${TEXT}).`,
    });
    expect(via(declaring(false)).reason).toBe(`${OPENS} AR is not notified (declaration of AR: ${TEXT}).`);
    expect(via(declaring(true), { urgency: 'emergency' }).reason).toBe(`${OPENS} AR is notified; in an emergency the provider answers at once and that state may object afterwards.`);
  });

  it('a published figure for requests from the requesting state to the provider\'s home replaces the instrument\'s days', () => {
    const paired = epoc({ notify: undefined, pairDays: [{ from: 'BO', to: 'CE', days: { median: 50, p90: 60 } }, { from: 'BO', to: 'AR', days: { median: 5, p90: 6 } }] });
    expect(via(paired)).toMatchObject({ timing: { profile: { median: 5, p90: 6 } }, reason: OPENS });
  });
});

describe('declined', () => {
  const unbound = instrument({ id: 'COOP', kind: 'direct-cooperation', parties: ['BO'], partyTerms: { AR: { signed: '2001-02-03' } } });

  it('cites the instrument that would have carried it and says why it does not', () => {
    expect(direct({ world: { instruments: [unbound] } })).toEqual({
      ...at, open: false, path: 'declined', timing: { fixed: 10 }, cites: ['COOP'],
      reason: `${DECLINED} AR signed COOP on 2001-02-03 but is not bound by it.`,
    });
  });

  it('with a documented practice, says whose requests it declines and the practice last', () => {
    const practice: ProviderPractice[] = [{ from: ['BO'], answersDirect: [], source: 'R' }];
    expect(direct({ world: { providers: [nimbus({ practice })], instruments: [unbound] } })).toEqual({
      ...at, open: false, path: 'declined', timing: { fixed: 10 }, cites: ['COOP'],
      reason: 'nimbus does not answer requests from BO for content data directly, and no direct-cooperation instrument binds BO and AR. AR signed COOP on 2001-02-03 but is not bound by it. Its practice towards BO: R.',
    });
  });
});
