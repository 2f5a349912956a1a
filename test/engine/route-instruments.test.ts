import { describe, expect, it } from 'vitest';
import { assessScenario } from '../../machines/run/simulation.ts';
import type { Instrument } from '../../machines/world/types.ts';
import { J, MLAT, instrument, provider, scenario, type Build } from './build.ts';

/**
 * Which instrument carries a request and why another does not (machines/route/instruments.ts), as
 * the assessment says it. Borealis (BO) asks Nimbus, based in Arcadia (AR) and storing there.
 */
const assessment = (build: Build) => assessScenario(scenario(build));
const mlat = (instruments: Instrument[], request: Build['request'] = {}) => assessment({ world: { instruments }, request }).mlat;
const convention = (extra: Partial<Instrument> = {}) =>
  instrument({ id: 'CONVENTION', kind: 'mlat', parties: ['AR', 'BO', 'CE'], days: { median: 200, p90: 380 }, ...extra });
const NONE = 'No mutual legal assistance instrument binds BO and AR for content data.';

describe('which instruments are candidates at all', () => {
  it('only one of the channel\'s kind, for the request\'s category', () => {
    const agreementOnly = instrument({ id: 'AR-BO-AGR', kind: 'agreement', parties: ['AR', 'BO'] });
    expect(mlat([agreementOnly])).toMatchObject({ open: false, cites: [], reason: NONE });
    expect(mlat([instrument({ ...MLAT, data: ['subscriber'] })])).toMatchObject({ open: false, cites: [], reason: NONE });
    expect(mlat([instrument({ ...MLAT, data: ['subscriber'] })], { data: 'subscriber' })).toMatchObject({ open: true, instrument: 'AR-BO-MLAT' });
  });

  it('a state neither party nor named in the instrument\'s terms is no near miss: nothing cited, nothing said', () => {
    const elsewhere = convention({ parties: ['AR', 'CE', 'DO'], partyTerms: { DO: { from: '2000-01-01' } } });
    expect(mlat([elsewhere], { date: '2024-01-01' })).toMatchObject({ open: false, cites: [], reason: NONE });
    // The same the other way: Borealis a party, Arcadia (the requested state) neither party nor named.
    const withoutArcadia = convention({ parties: ['BO', 'CE', 'DO'], partyTerms: { DO: { from: '2000-01-01' } } });
    expect(mlat([withoutArcadia], { date: '2024-01-01' })).toMatchObject({ open: false, cites: [], reason: NONE });
  });
});

describe('a state named in the terms but not bound', () => {
  const terms = (CE: NonNullable<Instrument['partyTerms']>[string]) => ({
    world: { providers: [provider({ id: 'nimbus', home: 'CE' })], instruments: [convention({ parties: ['AR', 'BO'], partyTerms: { CE } })] },
    request: { date: '2024-01-01' },
  });

  it('having ratified it: when', () => {
    expect(assessment(terms({ ratified: '2010-05-06' })).mlat).toMatchObject({
      open: false, cites: ['CONVENTION'],
      reason: 'No mutual legal assistance instrument binds BO and CE for content data. CE ratified CONVENTION on 2010-05-06 but is not bound by it.',
    });
  });

  it('bound from a later date, or no longer bound: which date', () => {
    expect(assessment(terms({ from: '2030-01-01' })).mlat.reason).toBe('No mutual legal assistance instrument binds BO and CE for content data. CE is bound by CONVENTION only from 2030-01-01.');
    expect(assessment(terms({ to: '2015-06-30' })).mlat.reason).toBe('No mutual legal assistance instrument binds BO and CE for content data. CE ceased to be bound by CONVENTION after 2015-06-30.');
  });

  it('named with no date at all', () => {
    expect(assessment(terms({})).mlat.reason).toBe('No mutual legal assistance instrument binds BO and CE for content data. CE is named in CONVENTION but is not bound by it.');
  });
});

describe('why several instruments do not carry the request, in one reason', () => {
  it('each unbound state first, then the offence-scoped instruments in one sentence, the first "serves only", the next "only"', () => {
    const signedOnly = convention({ id: 'SIGNED', parties: ['BO'], partyTerms: { AR: { signed: '2001-02-03' } } });
    const organised = convention({ id: 'ORGANISED', offences: ['organised-crime'] });
    const corruption = convention({ id: 'CORRUPTION', offences: ['corruption', 'terrorism'] });
    const closed = mlat([organised, signedOnly, corruption], { date: '2024-01-01' });
    expect(closed).toMatchObject({ open: false, cites: ['ORGANISED', 'SIGNED', 'CORRUPTION'] });
    expect(closed.reason).toBe(`${NONE} AR signed SIGNED on 2001-02-03 but is not bound by it. `
      + 'ORGANISED serves only requests concerning organised crime; CORRUPTION only requests concerning corruption or terrorism; '
      + 'this request gives no offence category (an offence described only in words does not decide the channel).');
  });

  it('an instrument for other offences does not carry it, naming the request\'s', () => {
    expect(mlat([convention({ id: 'ORGANISED', offences: ['organised-crime'] })], { offenceCategory: 'drug-trafficking' }))
      .toMatchObject({ open: false, reason: `${NONE} ORGANISED serves only requests concerning organised crime; this request concerns drug trafficking.` });
  });

  it('a state bound for a while only: between which dates', () => {
    const denounced = convention({ partyTerms: { AR: { from: '2000-01-01', to: '2021-12-31' } } });
    expect(mlat([denounced], { date: '2024-01-01' }).reason).toBe(`${NONE} AR is bound by CONVENTION only from 2000-01-01 to 2021-12-31.`);
  });

  it('an instrument for the request\'s offence carries it, and says it serves that offence', () => {
    const open = mlat([convention({ id: 'ORGANISED', offences: ['organised-crime', 'cybercrime'] })], { offenceCategory: 'cybercrime' });
    expect(open).toMatchObject({ open: true, instrument: 'ORGANISED' });
    expect(open.reason).toContain('organised crime or cybercrime');
  });
});

describe('a reservation', () => {
  const reservation = { data: ['content' as const], text: 'no stored content', source: 'fictional' };

  it('of a state on neither end of the request does not close it', () => {
    expect(mlat([convention({ reservations: [{ party: 'CE', ...reservation }] })])).toMatchObject({ open: true, instrument: 'CONVENTION' });
  });

  it('of the requesting state closes it as that of the requested state does', () => {
    expect(mlat([convention({ reservations: [{ party: 'BO', ...reservation }] })]).reason)
      .toBe(`${NONE} The reservation of BO to CONVENTION excludes content data (no stored content; source: fictional).`);
  });

  it('on notification only excludes no category', () => {
    expect(mlat([convention({ reservations: [{ party: 'AR', notify: false, text: 'no notification', source: 'fictional' }] })])).toMatchObject({ open: true, instrument: 'CONVENTION' });
  });
});

describe('which of several binding instruments carries the request', () => {
  const days = (median: number) => ({ median, p90: median * 2 });

  it('a binding convention before a faster scheme that binds no one', () => {
    const scheme = convention({ id: 'SCHEME', legalForm: 'scheme', days: days(50) });
    expect(mlat([scheme, convention({ id: 'TREATY', days: days(250) })]).instrument).toBe('TREATY');
    expect(mlat([scheme]).instrument).toBe('SCHEME');
  });

  it('among conventions the smallest median, and among equals the first in file order', () => {
    expect(mlat([convention({ id: 'SLOW', days: days(300) }), convention({ id: 'FAST', days: days(100) })]).instrument).toBe('FAST');
    expect(mlat([convention({ id: 'FIRST' }), convention({ id: 'SECOND' })]).instrument).toBe('FIRST');
  });

  it('a convention that binds only the two states on the date is still a convention: a slower treaty between them comes first', () => {
    const twoOfThree = convention({ days: days(100), partyTerms: { CE: { from: '2030-01-01' } } });
    expect(mlat([twoOfThree, instrument({ ...MLAT, days: days(400) })], { date: '2024-01-01' }).instrument).toBe('AR-BO-MLAT');
  });

  it('a treaty between the two states, with terms of its own, is still bilateral: it comes before a faster convention', () => {
    const bilateral = instrument({ ...MLAT, days: days(400), partyTerms: { AR: { from: '1990-01-01' }, BO: { from: '1995-01-01' } } });
    expect(mlat([convention({ days: days(100) }), bilateral], { date: '2024-01-01' }).instrument).toBe('AR-BO-MLAT');
  });
});

describe('two parts of one state', () => {
  // Arcadia is a region of Borealis: a convention between states does not carry between them.
  const world = (instruments: Instrument[]) => ({ jurisdictions: [{ ...J('AR'), partOf: 'BO' }, J('BO'), J('CE'), J('DO')], instruments });

  it('an arrangement between the two carries the request', () => {
    expect(assessment({ world: world([MLAT]) }).mlat).toMatchObject({ open: true, instrument: 'AR-BO-MLAT' });
  });

  it('a convention does not', () => {
    expect(assessment({ world: world([convention()]) }).mlat).toMatchObject({
      open: false, cites: [],
      reason: 'No mutual legal assistance instrument binds BO and AR for content data. BO and AR are parts of one state: conventions between states do not carry requests between them, and no arrangement between them is in the world.',
    });
  });
});

describe('a notified state', () => {
  const coop = (extra: Partial<Instrument> = {}) => instrument({
    id: 'COOP', kind: 'direct-cooperation', parties: ['AR', 'BO'], days: { median: 5, p90: 8 }, notify: { data: ['content'], days: 10 }, ...extra,
  });

  it('a reservation of the provider\'s home about categories, not notification, leaves the instrument\'s notification as it is', () => {
    const d = assessment({ world: { instruments: [coop({ reservations: [{ party: 'AR', data: ['traffic'], text: 'no traffic data', source: 'fictional' }] })] } }).direct;
    expect(d).toMatchObject({ open: true, path: 'instrument', timing: { atLeast: 10 } });
    expect(d.reason).not.toContain('declaration');
  });

  it('a declaration of another party than the provider\'s home changes nothing for it', () => {
    const d = assessment({ world: { instruments: [coop({ reservations: [{ party: 'BO', notify: false, text: 'Borealis is not notified', source: 'fictional' }] })] } }).direct;
    expect(d).toMatchObject({ open: true, path: 'instrument', timing: { atLeast: 10 } });
    expect(d.reason).not.toContain('Borealis is not notified');
  });

  it('a declaration asking to be notified of every order waits out the instrument\'s window for any category', () => {
    const build = { world: { instruments: [coop({ reservations: [{ party: 'AR', notify: true, text: 'Arcadia is notified of all orders', source: 'fictional' }] })] }, request: { data: 'subscriber' as const } };
    expect(assessment(build).direct).toMatchObject({ open: true, path: 'instrument', timing: { atLeast: 10 } });
  });

  it('a category the instrument does not notify is not notified', () => {
    const d = assessment({ world: { instruments: [coop()] }, request: { data: 'subscriber' } }).direct;
    expect(d.timing).not.toHaveProperty('atLeast');
    expect(d.reason).not.toContain('notified');
  });
});
