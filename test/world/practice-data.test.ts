import { describe, expect, it } from 'vitest';
import { BUILTIN_WORLD } from '../../machines/world/builtin/index.ts';
import { worldOn } from '../../machines/world/in-force.ts';
import { assess } from '../../machines/route/assess.ts';
import type { DataRequest, World } from '../../machines/world/types.ts';

/**
 * The built-in data of issue 11, part F, read through the engine: the UK-US agreement's one-way
 * targeting restrictions, the instruments that hold a preservation pending a request, and the
 * providers' practice by requesting state. UK and Canadian providers are added (the world ships
 * none).
 */
const world: World = {
  ...BUILTIN_WORLD,
  providers: [
    ...BUILTIN_WORLD.providers,
    { id: 'uk-mail', name: 'UK Mail', home: 'GB', storesIn: ['GB'], answersDirect: [], responseDays: 10, emergencyDisclosure: false },
    { id: 'ca-mail', name: 'Canadian Mail', home: 'CA', storesIn: ['CA'], answersDirect: [], responseDays: 10, emergencyDisclosure: false },
  ],
};
const on = worldOn(world, '2025-06-02');
const ask = (request: Partial<DataRequest> & Pick<DataRequest, 'from' | 'provider'>) =>
  assess(on, { data: 'content', urgency: 'routine', subject: {}, preservation: 'auto', ...request }, { requestedState: 'data-location', maxExtensions: 1 });

describe('the UK-US agreement\'s targeting restrictions run one way each', () => {
  it('the UK may not target a US national, even one living in London, nor anyone in the US', () => {
    expect(ask({ from: 'GB', provider: 'google', subject: { nationality: 'US', location: 'GB' } }).agreement.reason)
      .toContain('United Kingdom may not target a national of United States under it');
    expect(ask({ from: 'GB', provider: 'google', subject: { nationality: 'FR', location: 'US' } }).agreement.reason)
      .toContain('United Kingdom may not target a person located in United States under it');
    expect(ask({ from: 'GB', provider: 'google', subject: { nationality: 'GB', location: 'GB' } }).agreement.open).toBe(true);
  });

  it('the US may target a UK national abroad, but not a person located in the UK', () => {
    expect(ask({ from: 'US', provider: 'uk-mail', subject: { nationality: 'GB', location: 'FR' } }).agreement).toMatchObject({ open: true, instrument: 'US-GB-CLOUD-2019' });
    const closed = ask({ from: 'US', provider: 'uk-mail', subject: { nationality: 'US', location: 'GB' } }).agreement;
    expect(closed.open).toBe(false);
    expect(closed.reason).toContain('United States may not target a person located in United Kingdom under it');
  });

  it('the US-Australia agreement stays symmetric', () => {
    expect(ask({ from: 'AU', provider: 'google', subject: { nationality: 'US', location: 'AU' } }).agreement.reason).toContain('whom it excludes');
  });
});

describe('a preservation pending the request, built in', () => {
  it('a request carried by the Budapest Convention holds the preservation (art. 29(7)); one under a bilateral treaty does not', () => {
    // Japan and Canada have no bilateral treaty in the world: the Convention carries the MLAT.
    const viaBudapest = ask({ from: 'JP', provider: 'ca-mail' });
    expect(viaBudapest.mlat.instrument).toBe('BUDAPEST-ETS-185');
    expect(viaBudapest.preservationPending.mlat?.source).toContain('art. 29(7)');
    const bilateral = ask({ from: 'IT', provider: 'google' });
    expect(bilateral.mlat.instrument).toBe('US-IT-MLAT');
    expect(bilateral.preservationPending.mlat).toBeUndefined();
  });

  it('an e-Evidence order holds it too (Reg. 2023/1543 art. 11(2)), from 18 August 2026', () => {
    const order = assess(worldOn(world, '2026-09-01'), { from: 'DE', provider: 'skype-lu', data: 'content', urgency: 'routine', subject: {}, preservation: 'auto' }, { requestedState: 'data-location', maxExtensions: 1 });
    expect(order.direct).toMatchObject({ path: 'instrument', instrument: 'EU-E-EVIDENCE-2023-1543' });
    expect(order.preservationPending.direct?.source).toContain('art. 11(1)-(2)');
  });
});

describe('provider practice by requesting state, built in', () => {
  it('Google answers each state at the share its own table gives; EU states without a row meet the SIRIUS 2023 rate', () => {
    // Google's H1 2025 table: France 81 %, Korea 87 %; Luxembourg has no row of its own, Meta none for Germany.
    // (States with a production order of their own, like India's, compel instead: see orders.test.ts.)
    expect(ask({ from: 'FR', provider: 'google', data: 'subscriber' }).direct).toMatchObject({ path: 'provider', rate: 0.81 });
    expect(ask({ from: 'KR', provider: 'google', data: 'traffic' }).direct).toMatchObject({ path: 'provider', rate: 0.87 });
    expect(ask({ from: 'LU', provider: 'google', data: 'subscriber' }).direct).toMatchObject({ path: 'provider', rate: 0.8 });
    expect(ask({ from: 'DE', provider: 'meta', data: 'traffic' }).direct).toMatchObject({ path: 'provider', rate: 0.68 });
  });

  it('Google declines Russia and Türkiye: none of their requests produced data in H1 2025, nor Russia\'s in 2011-2012', () => {
    const russia = ask({ from: 'RU', provider: 'google', data: 'subscriber' }).direct;
    expect(russia).toMatchObject({ path: 'declined', rate: 0 });
    expect(russia.reason).toContain('H1 2025');
    expect(russia.reason).toContain('2011-2012');
    expect(ask({ from: 'TR', provider: 'google', data: 'subscriber' }).direct).toMatchObject({ path: 'declined', rate: 0 });
  });

  it('Viber answers EU member states and the US, and sends other states to an MLAT', () => {
    expect(ask({ from: 'FR', provider: 'viber', data: 'traffic' }).direct).toMatchObject({ open: true, path: 'provider' });
    expect(ask({ from: 'KR', provider: 'viber', data: 'subscriber' }).direct).toMatchObject({ open: false, path: 'declined' });
  });

  it('GitHub sends foreign authorities to mutual legal assistance, having disclosed 22 of 92 direct requests in 2025', () => {
    const direct = ask({ from: 'GB', provider: 'github', data: 'subscriber' }).direct;
    expect(direct).toMatchObject({ open: false, path: 'declined' });
    expect(direct.rate).toBeCloseTo(22 / 92);
  });
});
