import { describe, expect, it } from 'vitest';
import { assessScenario } from '../../machines/run/simulation.ts';
import { CHANNEL_LABELS, medianDays } from '../../machines/route/channels.ts';
import { namedRegime } from '../../machines/world/regimes.ts';
import type { Instrument, Jurisdiction, Provider } from '../../machines/world/types.ts';
import { J, MLAT, instrument, provider, scenario, type Build } from './build.ts';

/**
 * The verdicts of the agreement, mutual legal assistance and letters rogatory
 * (machines/route/channels.ts) as the user reads them: open or not, the requested state, the
 * instrument, the English reason in full, the cites and the days. Borealis (BO) asks Nimbus, based
 * in Arcadia (AR) and storing there, for content data.
 */
type Channel = 'agreement' | 'mlat' | 'rogatory';
const verdicts = (build: Build = {}) => {
  const a = assessScenario(scenario(build));
  const plain = (c: Channel) => {
    const { message: _message, ...v } = a[c];
    return v;
  };
  return { agreement: plain('agreement'), mlat: plain('mlat'), rogatory: plain('rogatory') };
};
const nimbus = (more: Partial<Provider> = {}) => provider({ id: 'nimbus', home: 'AR', ...more });
const ROGATORY = { profile: { median: 540, p90: 900, source: 'SCENARIO-FORMAT.md default for letters rogatory (no treaty; slow and discretionary)' } };

describe('the data-access agreement', () => {
  const agreement = (more: Partial<Instrument> = {}) => instrument({ id: 'AR-BO-AGR', kind: 'agreement', parties: ['AR', 'BO'], ...more });
  const closed = { channel: 'agreement', requestedState: 'AR', instrument: null, timing: { fixed: 0 }, open: false } as const;
  const OPEN = 'AR-BO-AGR lets BO order nimbus, based in AR, to produce content data.';
  const via = (instruments: Instrument[], subject: Build['request'] = {}) => verdicts({ world: { instruments }, request: subject }).agreement;

  it('is no channel for a provider based in the requesting state', () => {
    expect(verdicts({ world: { providers: [provider({ id: 'nimbus', home: 'BO' })], instruments: [agreement({ parties: ['BO', 'AR'] })] } }).agreement).toEqual({
      ...closed, requestedState: 'BO', cites: [], reason: 'nimbus is based in the requesting state: a domestic order is a direct request.',
    });
  });

  it('opens to the provider\'s home on the agreement\'s days', () => {
    expect(via([agreement()])).toEqual({
      channel: 'agreement', requestedState: 'AR', open: true, instrument: 'AR-BO-AGR', cites: ['AR-BO-AGR'], timing: { profile: { median: 30, p90: 60 } }, reason: OPEN,
    });
  });

  it('in an emergency, on the emergency figure published for the pair', () => {
    const paired = agreement({ days: { median: 30, p90: 60, emergency: 2 }, pairDays: [{ from: 'BO', to: 'AR', days: { median: 40, p90: 80, emergency: 4 } }] });
    expect(via([paired], { urgency: 'emergency' }).timing).toEqual({ profile: { median: 4, p90: 8, emergency: 4 } });
  });

  it('without one binding both states, is closed, citing and explaining the near miss', () => {
    const later = agreement({ parties: ['BO'], partyTerms: { AR: { from: '2030-01-01' } } });
    expect(via([later], { date: '2024-01-01' })).toEqual({
      ...closed, cites: ['AR-BO-AGR'], reason: 'No data-access agreement binds BO and AR for content data. AR is bound by AR-BO-AGR only from 2030-01-01.',
    });
  });

  it('excludes a national of the home only where it says party-nationals, and a person located there only where it says party-residents', () => {
    const nationals = agreement({ excludes: ['party-nationals'] });
    const residents = agreement({ excludes: ['party-residents'] });
    expect(via([nationals], { subject: { nationality: 'AR' } })).toEqual({ ...closed, cites: ['AR-BO-AGR'], reason: 'AR-BO-AGR may not be used: its subject is a national of AR, whom it excludes.' });
    expect(via([residents], { subject: { location: 'AR' } })).toEqual({ ...closed, cites: ['AR-BO-AGR'], reason: 'AR-BO-AGR may not be used: its subject is located in AR, whom it excludes.' });
    expect(via([nationals], { subject: { location: 'AR', nationality: 'CE' } })).toMatchObject({ open: true, reason: OPEN });
    expect(via([residents], { subject: { nationality: 'AR', location: 'CE' } })).toMatchObject({ open: true, reason: OPEN });
  });

  it('carries the request by the next agreement where the first excludes the subject', () => {
    const second = agreement({ id: 'AGR-2', days: { median: 90, p90: 120 } });
    expect(via([agreement({ excludes: ['party-nationals'] }), second], { subject: { nationality: 'AR' } })).toMatchObject({
      open: true, instrument: 'AGR-2', cites: ['AGR-2'], timing: { profile: { median: 90, p90: 120 } }, reason: 'AGR-2 lets BO order nimbus, based in AR, to produce content data.',
    });
  });

  it('where every agreement excludes the subject, cites the first and says its exclusion', () => {
    const second = agreement({ id: 'AGR-2', days: { median: 90, p90: 120 }, excludes: ['party-residents'] });
    expect(via([agreement({ excludes: ['party-nationals'] }), second], { subject: { nationality: 'AR', location: 'AR' } })).toEqual({
      ...closed, cites: ['AR-BO-AGR'], reason: 'AR-BO-AGR may not be used: its subject is a national of AR, whom it excludes.',
    });
  });
});

describe('one-way exclusions of an agreement', () => {
  // Borealis may not target Arcadian nationals or persons in Arcadia; Arcadia not Borealis's.
  const twoWays = instrument({
    id: 'AR-BO-AGR', kind: 'agreement', parties: ['AR', 'BO'],
    directionalExcludes: [
      { from: 'AR', subjectNationality: ['BO'], subjectLocation: ['BO'], source: 'AR side' },
      { from: 'BO', subjectNationality: ['AR'], subjectLocation: ['AR'], source: 'BO side' },
    ],
  });
  const agreement = (subject: NonNullable<Build['request']>['subject']) => verdicts({ world: { instruments: [twoWays] }, request: { subject } }).agreement;

  it('bar the requesting state\'s own direction, the nationality said before the location', () => {
    expect(agreement({ nationality: 'AR' })).toMatchObject({ open: false, cites: ['AR-BO-AGR'], reason: 'AR-BO-AGR may not be used: BO may not target a national of AR under it (BO side).' });
    expect(agreement({ nationality: 'AR', location: 'AR' }).reason).toBe('AR-BO-AGR may not be used: BO may not target a national of AR under it (BO side).');
    expect(agreement({ location: 'AR' }).reason).toBe('AR-BO-AGR may not be used: BO may not target a person located in AR under it (BO side).');
    expect(agreement({ nationality: 'CE', location: 'AR' }).reason).toBe('AR-BO-AGR may not be used: BO may not target a person located in AR under it (BO side).');
  });

  it('not the other party\'s direction', () => {
    expect(agreement({ nationality: 'BO', location: 'BO' })).toMatchObject({ open: true, instrument: 'AR-BO-AGR' });
  });
});

describe('where mutual legal assistance and letters rogatory go', () => {
  const storedIn = (storesIn: string[], regime: Build['regime'] = {}) => verdicts({ world: { providers: [nimbus({ storesIn })], instruments: [MLAT] }, regime });

  it('to the first place the data is stored, by default', () => {
    const { mlat, rogatory } = storedIn(['AR', 'CE']);
    expect(mlat).toEqual({
      channel: 'mlat', requestedState: 'AR', open: true, instrument: 'AR-BO-MLAT', cites: ['AR-BO-MLAT'], timing: { profile: { median: 300, p90: 540 } },
      reason: "AR-BO-MLAT binds BO and AR; the request goes to the data's location (AR).",
    });
    expect(rogatory).toEqual({
      channel: 'rogatory', requestedState: 'AR', instrument: null, open: true, cites: [], timing: ROGATORY,
      reason: "Letters rogatory can go through diplomatic channels to the data's location (AR), with no treaty: slow and at that state's discretion.",
    });
  });

  it('nowhere when that location is unknown, naming the regime that looks for it', () => {
    const own = storedIn(['unknown', 'AR']);
    const REASON = "No state can be asked: the data's location cannot be established, and the scenario's own regime sends such requests to the data's location.";
    expect(own.mlat).toEqual({ channel: 'mlat', requestedState: null, instrument: null, timing: { fixed: 0 }, open: false, cites: [], reason: REASON });
    expect(own.rogatory).toEqual({ channel: 'rogatory', requestedState: null, instrument: null, timing: ROGATORY, open: false, cites: [], reason: REASON });
    expect(storedIn(['unknown'], namedRegime('location-principle')!.regime).mlat.reason)
      .toBe("No state can be asked: the data's location cannot be established, and the location principle regime sends such requests to the data's location.");
  });

  it('to the provider\'s home under a regime that sends them there, by its name', () => {
    const control = storedIn(['CE'], namedRegime('provider-control')!.regime);
    expect(control.mlat).toMatchObject({ requestedState: 'AR', open: true, reason: "AR-BO-MLAT binds BO and AR; the request goes to the provider's home (AR), where the provider control regime sends such requests." });
    expect(control.rogatory).toMatchObject({
      requestedState: 'AR', open: true,
      reason: "Letters rogatory can go through diplomatic channels to the provider's home (AR), where the provider control regime sends such requests, with no treaty: slow and at that state's discretion.",
    });
    expect(storedIn(['CE'], namedRegime('e-evidence')!.regime).mlat.reason)
      .toBe("AR-BO-MLAT binds BO and AR; the request goes to the provider's home (AR), where the order to a provider in the Union regime sends such requests.");
    expect(storedIn(['CE'], { requestedState: 'provider-home' }).mlat.reason)
      .toBe("AR-BO-MLAT binds BO and AR; the request goes to the provider's home (AR), where the scenario's own regime sends such requests.");
  });

  it('nowhere when it would be the requesting state itself: a domestic order instead', () => {
    const { mlat, rogatory } = storedIn(['BO', 'AR']);
    expect(mlat).toMatchObject({ requestedState: 'BO', open: false, instrument: null, cites: [], timing: { fixed: 0 } });
    expect(mlat.reason).toBe("The requested state would be BO itself (the data's location (BO)): a domestic order is a direct request, so the mutual legal assistance channel is not open.");
    expect(rogatory).toEqual({
      channel: 'rogatory', requestedState: 'BO', instrument: null, timing: ROGATORY, open: false, cites: [],
      reason: "The requested state would be BO itself (the data's location (BO)): a domestic order is a direct request, so the letters rogatory channel is not open.",
    });
    const home = verdicts({ world: { providers: [provider({ id: 'nimbus', home: 'BO', storesIn: ['AR'] })], instruments: [MLAT] }, regime: { requestedState: 'provider-home' } });
    expect(home.rogatory.reason).toBe("The requested state would be BO itself (the provider's home (BO), where the scenario's own regime sends such requests): a domestic order is a direct request, so the letters rogatory channel is not open.");
  });
});

describe('mutual legal assistance', () => {
  const mlat = (instruments: Instrument[], request: Build['request'] = {}) => verdicts({ world: { instruments }, request }).mlat;

  it('without an instrument, is closed with no days', () => {
    expect(mlat([])).toEqual({
      channel: 'mlat', requestedState: 'AR', instrument: null, timing: { fixed: 0 }, open: false, cites: [],
      reason: 'No mutual legal assistance instrument binds BO and AR for content data.',
    });
  });

  it('without one binding both states, cites the near miss and says why it does not carry the request', () => {
    const signed = instrument({ id: 'CONVENTION', kind: 'mlat', parties: ['BO', 'CE'], partyTerms: { AR: { signed: '2001-02-03' } } });
    expect(mlat([signed])).toEqual({
      channel: 'mlat', requestedState: 'AR', instrument: null, timing: { fixed: 0 }, open: false, cites: ['CONVENTION'],
      reason: 'No mutual legal assistance instrument binds BO and AR for content data. AR signed CONVENTION on 2001-02-03 but is not bound by it.',
    });
  });

  it('by an offence-scoped instrument, says which offences it serves', () => {
    const untoc = instrument({ id: 'UNTOC', kind: 'mlat', parties: ['AR', 'BO', 'CE'], offences: ['organised-crime', 'corruption'] });
    expect(mlat([untoc], { offenceCategory: 'corruption' })).toMatchObject({
      open: true, instrument: 'UNTOC', cites: ['UNTOC'],
      reason: "UNTOC binds BO and AR for requests concerning organised crime or corruption; the request goes to the data's location (AR).",
    });
  });

  it('in an emergency, on the instrument\'s emergency figure, its p90 scaled alike', () => {
    expect(mlat([instrument({ ...MLAT, days: { median: 300, p90: 540, emergency: 30 } })], { urgency: 'emergency' }).timing)
      .toEqual({ profile: { median: 30, p90: 54, emergency: 30 } });
  });

  it('on a figure published for requests from any party to the requested state, not to another', () => {
    const paired = instrument({ ...MLAT, pairDays: [{ from: '*', to: 'BO', days: { median: 7, p90: 9 } }, { from: '*', to: 'AR', days: { median: 111, p90: 222 } }] });
    expect(mlat([paired]).timing).toEqual({ profile: { median: 111, p90: 222 } });
  });

  it('on a figure published for the very pair before one for any party, and never on another party\'s', () => {
    const anyParty = { from: '*', to: 'AR', days: { median: 111, p90: 222 } };
    const fromCerulea = { from: 'CE', to: 'AR', days: { median: 50, p90: 90 } };
    const fromBorealis = { from: 'BO', to: 'AR', days: { median: 70, p90: 95 } };
    expect(mlat([instrument({ ...MLAT, pairDays: [anyParty, fromBorealis] })]).timing).toEqual({ profile: { median: 70, p90: 95 } });
    expect(mlat([instrument({ ...MLAT, pairDays: [fromCerulea, anyParty] })]).timing).toEqual({ profile: { median: 111, p90: 222 } });
    expect(mlat([instrument({ ...MLAT, pairDays: [fromCerulea] })]).timing).toEqual({ profile: { median: 300, p90: 540 } });
  });
});

describe('one state and its regions', () => {
  // Hong Kong and Macao are parts of China: conventions between states do not carry requests between them.
  const part = (id: string, partOf?: string): Jurisdiction => ({ ...J(id), ...(partOf ? { partOf } : {}) });
  const world = (home: string, instruments: Instrument[] = []) => ({ jurisdictions: [part('CN'), part('HK', 'CN'), part('MO', 'CN'), J('AR')], providers: [provider({ id: 'nimbus', home })], instruments });
  const ask = (from: string, home: string, instruments: Instrument[] = []) => verdicts({ world: world(home, instruments), request: { from } });
  const between = (a: string, b: string) => `${a} and ${b} are parts of one state: conventions between states do not carry requests between them, and no arrangement between them is in the world.`;
  const convention = instrument({ id: 'CONV', kind: 'mlat', parties: ['CN', 'HK', 'MO', 'AR'] });

  it('the region asking the state, the state asking the region, and one region asking another: no letters rogatory, no convention', () => {
    for (const [from, home] of [['HK', 'CN'], ['CN', 'HK'], ['MO', 'HK']] as const) {
      const v = ask(from, home, [convention]);
      expect(v.rogatory).toEqual({
        channel: 'rogatory', requestedState: home, instrument: null, timing: ROGATORY, open: false, cites: [],
        reason: `Letters rogatory travel between states through diplomatic channels. ${between(from, home)}`,
      });
      expect(v.mlat).toMatchObject({ open: false, cites: [], reason: `No mutual legal assistance instrument binds ${from} and ${home} for content data. ${between(from, home)}` });
    }
  });

  it('an arrangement between the two carries mutual assistance', () => {
    const arrangement = instrument({ id: 'CN-HK', kind: 'mlat', parties: ['CN', 'HK'] });
    expect(ask('HK', 'CN', [arrangement]).mlat).toMatchObject({ open: true, instrument: 'CN-HK', reason: "CN-HK binds HK and CN; the request goes to the data's location (CN)." });
  });

  it('a region asking a state the world does not declare (a world given to the engine unchecked): two states, the channels open', () => {
    const v = verdicts({ world: { jurisdictions: [part('CN'), part('HK', 'CN')], providers: [provider({ id: 'nimbus', home: 'ZZ' })], instruments: [instrument({ id: 'HK-ZZ', kind: 'mlat', parties: ['HK', 'ZZ'] })] }, request: { from: 'HK' } });
    expect(v.rogatory).toMatchObject({ open: true, requestedState: 'ZZ' });
    expect(v.mlat).toMatchObject({ open: true, instrument: 'HK-ZZ', reason: "HK-ZZ binds HK and ZZ; the request goes to the data's location (ZZ)." });
  });

  it('a region and a state it is not part of are two states', () => {
    const v = ask('HK', 'AR', [convention]);
    expect(v.rogatory).toMatchObject({ open: true, requestedState: 'AR' });
    expect(v.mlat).toMatchObject({ open: true, instrument: 'CONV', reason: "CONV binds HK and AR; the request goes to the data's location (AR)." });
  });
});

describe('the channels\' names and days as a user reads them', () => {
  it('are said in English', () => {
    expect(CHANNEL_LABELS).toEqual({ direct: 'direct request to the provider', agreement: 'data-access agreement', mlat: 'mutual legal assistance', rogatory: 'letters rogatory' });
  });

  it('count fixed days as they are, and a profile\'s median in whole days, held back to a notified window', () => {
    expect(medianDays({ fixed: 7 })).toBe(7);
    expect(medianDays({ profile: { median: 8.4, p90: 10 } })).toBe(8);
    expect(medianDays({ profile: { median: 8.4, p90: 10 }, atLeast: 10 })).toBe(10);
    expect(medianDays({ profile: { median: 12.6, p90: 20 }, atLeast: 10 })).toBe(13);
  });
});
