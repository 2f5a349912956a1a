import { describe, expect, it } from 'vitest';
import { assessmentDifferences, changedEntries } from '../../machines/run/differences.ts';
import { variantOf } from '../../machines/run/variant.ts';
import { MLAT, instrument, order, provider, rule, scenario } from './build.ts';

const AGREEMENT = instrument({ id: 'AR-BO-AGREEMENT', kind: 'agreement', parties: ['AR', 'BO'] });
const DC = instrument({ id: 'AR-BO-DC', kind: 'direct-cooperation', parties: ['AR', 'BO'] });
const BLOCKING = rule({ id: 'AR-BLOCKING', jurisdiction: 'AR' });
/** Nimbus offering services in Borealis, so that a Borealis production order reaches it. */
const NIMBUS_IN_BO = provider({ id: 'nimbus', home: 'AR', offersServicesIn: ['BO'] });

describe('which entries a what-if changed', () => {
  it('names nothing when both worlds hold the same entries, even as separate copies', () => {
    const world = scenario({ world: { instruments: [MLAT, AGREEMENT], rules: [BLOCKING], orders: [order({ id: 'BO-ORDER' })] } }).world;
    expect([...changedEntries(world, world)]).toEqual([]);
    expect([...changedEntries(world, structuredClone(world))]).toEqual([]);
  });

  it('names an entry that left, one that came, and one whose terms changed: entries of the first world in order, then the new ones', () => {
    const before = scenario({ world: { instruments: [MLAT, AGREEMENT], rules: [BLOCKING] } }).world;
    const after = scenario({ world: { instruments: [{ ...MLAT, days: { median: 500, p90: 700 } }, DC], rules: [BLOCKING] } }).world;
    expect([...changedEntries(before, after)]).toEqual(['AR-BO-MLAT', 'AR-BO-AGREEMENT', 'AR-BO-DC']);
  });

  it('names an order added to a world that had no orders at all, and nothing else', () => {
    const before = scenario({ world: { instruments: [MLAT] } }).world;
    expect(before.orders).toBeUndefined();
    const after = { ...before, orders: [order({ id: 'BO-ORDER' })] };
    expect([...changedEntries(before, after)]).toEqual(['BO-ORDER']);
    expect([...changedEntries(after, before)]).toEqual(['BO-ORDER']);
  });
});

describe('which channels differ between two askings of a request, and why', () => {
  it('shows each side\'s verdict, its message, days and cites, for an added agreement', () => {
    const base = scenario({ world: { instruments: [MLAT] } });
    const [agreement, ...rest] = assessmentDifferences(base, variantOf(base, { overlay: { add: { instruments: [AGREEMENT] } } }));
    expect(rest).toEqual([]);
    expect(agreement!.channel).toBe('agreement');
    expect(agreement!.before).toMatchObject({ open: false, days: 0, cites: [], reason: 'No data-access agreement binds BO and AR for content data.' });
    expect(agreement!.before.message.id).toBe('route.agreement.none');
    expect(agreement!.after).toMatchObject({ open: true, days: 30, cites: ['AR-BO-AGREEMENT'] });
    expect(agreement!.after.reason).toBe('AR-BO-AGREEMENT lets BO order nimbus, based in AR, to produce content data.');
    expect(agreement!.after.message.id).toBe('route.agreement.open');
    expect(agreement!.because).toEqual(['AR-BO-AGREEMENT']);
  });

  it('lists the channels in the contract\'s order: direct before agreement', () => {
    const base = scenario({ world: { instruments: [MLAT] } });
    const after = variantOf(base, { overlay: { add: { instruments: [AGREEMENT, DC] } } });
    const differences = assessmentDifferences(base, after);
    expect(differences.map((d) => [d.channel, d.because])).toEqual([['direct', ['AR-BO-DC']], ['agreement', ['AR-BO-AGREEMENT']]]);
  });

  it('reports a channel that stays open but takes longer, naming the slower instrument', () => {
    const base = scenario({ world: { instruments: [MLAT] } });
    const differences = assessmentDifferences(base, variantOf(base, { overlay: { add: { instruments: [{ ...MLAT, days: { median: 500, p90: 700 } }] } } }));
    expect(differences.map((d) => [d.channel, d.before.days, d.after.days, d.because])).toEqual([['mlat', 300, 500, ['AR-BO-MLAT']]]);
  });

  it('reports a channel that stays open in the same days under another instrument, naming both', () => {
    const base = scenario({ world: { instruments: [MLAT] } });
    const after = variantOf(base, { overlay: { drop: ['AR-BO-MLAT'], add: { instruments: [{ ...MLAT, id: 'AR-BO-MLAT-2' }] } } });
    const differences = assessmentDifferences(base, after);
    expect(differences.map((d) => [d.channel, d.before.open, d.after.open, d.before.days, d.after.days])).toEqual([['mlat', true, true, 300, 300]]);
    expect(differences[0]!.after.reason).toBe('AR-BO-MLAT-2 binds BO and AR; the request goes to the data\'s location (AR).');
    expect(differences[0]!.because).toEqual(['AR-BO-MLAT', 'AR-BO-MLAT-2']);
  });

  it('names only the cited entries that changed, not the cited rule that stayed', () => {
    const base = scenario({ world: { providers: [NIMBUS_IN_BO], rules: [BLOCKING], instruments: [MLAT] } });
    const after = variantOf(base, { overlay: { add: { orders: [order({ id: 'BO-ORDER' })] } } });
    const [direct, ...rest] = assessmentDifferences(base, after);
    expect(rest).toEqual([]);
    expect(direct!.before).toMatchObject({ open: false, cites: ['AR-BLOCKING'] });
    expect(direct!.after).toMatchObject({ open: true, days: 10, cites: ['BO-ORDER', 'AR-BLOCKING'] });
    expect(direct!.because).toEqual(['BO-ORDER']);
  });

  it('names the cited instrument alone even when the what-if also adds a rule no verdict cites', () => {
    const base = scenario({ world: { instruments: [MLAT] } });
    const after = variantOf(base, {
      overlay: { add: { instruments: [AGREEMENT], rules: [rule({ id: 'CE-CONSENT', jurisdiction: 'CE', kind: 'consent-required', connection: ['subject-nationality'] })] } },
    });
    expect(assessmentDifferences(base, after).map((d) => [d.channel, d.because])).toEqual([['agreement', ['AR-BO-AGREEMENT']]]);
  });

  it('when no verdict cites a changed entry, names every changed entry binding the requesting state, in world order', () => {
    const before = scenario({ world: { instruments: [MLAT, instrument({ id: 'BO-DO-MLAT', kind: 'mlat', parties: ['BO', 'DO'] })] } });
    // The provider now answers directly (no entry of the world says so), and the world changed besides.
    const after = scenario({
      world: {
        providers: [provider({ id: 'nimbus', home: 'AR', answersDirect: ['content'] })],
        instruments: [MLAT, instrument({ id: 'CE-DO-MLAT', kind: 'mlat', parties: ['CE', 'DO'] }), { ...MLAT, id: 'AR-BO-MLAT-2' }],
        rules: [rule({ id: 'CE-CONSENT', jurisdiction: 'CE', kind: 'consent-required', connection: ['subject-nationality'] })],
        orders: [order({ id: 'BO-ORDER' })],
      },
    });
    const differences = assessmentDifferences(before, after);
    expect(differences.map((d) => [d.channel, d.before.open, d.after.open, d.before.cites, d.after.cites])).toEqual([['direct', false, true, [], []]]);
    expect(differences[0]!.after.reason).toBe('nimbus answers foreign authorities\' requests for content data directly, after 10 days.');
    // CE-DO-MLAT changed too, but binds neither side of the request's requesting state.
    expect(differences[0]!.because).toEqual(['BO-DO-MLAT', 'AR-BO-MLAT-2', 'CE-CONSENT', 'BO-ORDER']);
  });

  it('names nothing when no changed entry binds the requesting state', () => {
    const before = scenario({ world: { instruments: [MLAT] } });
    const after = scenario({
      world: {
        providers: [provider({ id: 'nimbus', home: 'AR', answersDirect: ['content'] })],
        instruments: [MLAT, instrument({ id: 'CE-DO-MLAT', kind: 'mlat', parties: ['CE', 'DO'] })],
      },
    });
    const differences = assessmentDifferences(before, after);
    expect(differences.map((d) => [d.channel, d.because])).toEqual([['direct', []]]);
  });
});
