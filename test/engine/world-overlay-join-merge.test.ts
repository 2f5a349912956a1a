import { describe, expect, it } from 'vitest';
import { joinParties } from '../../machines/world/join.ts';
import { applyOverlay, isEmptyOverlay } from '../../machines/world/overlay.ts';
import { mergeWorld } from '../../machines/world/merge.ts';
import type { World } from '../../machines/world/types.ts';
import { J, MLAT, instrument, order, provider, rule } from './build.ts';

/**
 * How a world is put together from parts (machines/world/join.ts, overlay.ts, merge.ts): a state
 * joining one instrument leaves the others as they were; a what-if that adds or drops entries leaves a
 * world without production orders without any, and keeps the orders of one that has them.
 */
const CE_BO = instrument({ id: 'CE-BO-MLAT', kind: 'mlat', parties: ['CE', 'BO'] });
const world = (over: Partial<World> = {}): World => ({
  jurisdictions: [J('AR'), J('BO'), J('CE')], providers: [provider({ id: 'nimbus', home: 'AR' })],
  rules: [rule({ id: 'AR-BLOCK', jurisdiction: 'AR' })], instruments: [MLAT, CE_BO], ...over,
});

describe('a state joining an instrument', () => {
  it('is added to that instrument with its dates and source; the other instruments stay as they were', () => {
    const joined = joinParties([MLAT, CE_BO], [{ instrument: 'AR-BO-MLAT', party: 'CE', from: '2026-01-01', source: 'CE accession (fictional)' }]);
    expect(joined[0]).toMatchObject({ parties: ['AR', 'BO', 'CE'], partyTerms: { CE: { from: '2026-01-01', source: 'CE accession (fictional)' } } });
    expect(joined[1]).toEqual(CE_BO);
    expect(joined[1]!.parties).toEqual(['CE', 'BO']);
  });

  it('changes nothing where the state is already a party: no terms appear', () => {
    const joined = joinParties([MLAT], [{ instrument: 'AR-BO-MLAT', party: 'BO', from: '2026-01-01', source: 'again (fictional)' }]);
    expect(joined).toEqual([MLAT]);
    expect('partyTerms' in joined[0]!).toBe(false);
  });
});

describe('a what-if laid over a world', () => {
  it('with only a title and empty lists is no change at all', () => {
    expect(isEmptyOverlay({ title: 'nothing yet', add: { rules: [] } })).toBe(true);
    const w = world();
    expect(applyOverlay(w, { title: 'nothing yet', add: { rules: [] } })).toEqual(w);
  });

  it('adding a rule to a world without production orders gives it none', () => {
    const laid = applyOverlay(world(), { add: { rules: [rule({ id: 'CE-LAW', jurisdiction: 'CE' })] } });
    expect(laid.rules.map((r) => r.id)).toEqual(['AR-BLOCK', 'CE-LAW']);
    expect('orders' in laid).toBe(false);
  });

  it('adding an order to a world without any gives exactly that order', () => {
    const laid = applyOverlay(world(), { add: { orders: [order({ id: 'BO-ORDER' })] } });
    expect(laid.orders!.map((o) => o.id)).toEqual(['BO-ORDER']);
  });

  it('dropping a rule keeps the world\'s orders', () => {
    const laid = applyOverlay(world({ orders: [order({ id: 'BO-ORDER' })] }), { drop: ['AR-BLOCK'] });
    expect(laid.rules).toEqual([]);
    expect(laid.orders!.map((o) => o.id)).toEqual(['BO-ORDER']);
  });
});

describe('a scenario\'s world merged over the built-in one', () => {
  it('takes the scenario\'s orders where the base has none', () => {
    const merged = mergeWorld(world(), { jurisdictions: [], providers: [], rules: [], instruments: [], orders: [order({ id: 'BO-ORDER' })] });
    expect(merged.orders!.map((o) => o.id)).toEqual(['BO-ORDER']);
  });
});
