import { describe, expect, it } from 'vitest';
import { BUILTIN_WORLD } from '../../machines/world/builtin/index.ts';
import { E_EVIDENCE_PARTIES } from '../../machines/world/builtin/multilateral/eu.ts';
import { worldOn } from '../../machines/world/in-force.ts';
import { orderReach } from '../../machines/route/reach.ts';
import { assess } from '../../machines/route/assess.ts';
import { indexWorld } from '../../machines/route/world-index.ts';
import {
  CATEGORIES,
  CONFLICT_CHOICES,
  EVERYWHERE,
  ORDER_DATA_REACH,
  ORDER_PROVIDER_REACH,
  type Category,
  DEFAULT_REGIME,
  type DataRequest,
} from '../../machines/world/types.ts';

const { jurisdictions, providers } = BUILTIN_WORLD;
const orders = BUILTIN_WORLD.orders ?? [];
const jurisdictionIds = new Set(jurisdictions.map((j) => j.id));
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Which built-in order, if any, reaches this request on its date (as the direct verdict asks it). */
function reachingOrder(from: string, providerId: string, data: Category, date: string): string | null {
  const index = indexWorld(worldOn(BUILTIN_WORLD, date));
  const provider = index.providers.get(providerId)!;
  const request: DataRequest = { from, provider: providerId, data, urgency: 'routine', subject: {}, preservation: 'auto', date };
  return orderReach(index, request, provider)?.order?.id ?? null;
}

describe('built-in production orders: integrity', () => {
  it('exist, with unique ids', () => {
    expect(orders.length).toBeGreaterThan(0);
    const ids = orders.map((o) => o.id);
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
  });

  it('name a known state, known categories and reach values, a source, and real dates', () => {
    const problems: string[] = [];
    for (const o of orders) {
      if (!jurisdictionIds.has(o.jurisdiction)) problems.push(`${o.id}: unknown state ${o.jurisdiction}`);
      if (o.data.length === 0 || o.data.some((c) => !CATEGORIES.includes(c))) problems.push(`${o.id}: bad data`);
      if (o.reach.providers.length === 0 || o.reach.providers.some((p) => !ORDER_PROVIDER_REACH.includes(p))) problems.push(`${o.id}: bad reach.providers`);
      if (!ORDER_DATA_REACH.includes(o.reach.data)) problems.push(`${o.id}: bad reach.data`);
      if (!o.source.trim()) problems.push(`${o.id}: no source`);
      for (const end of ['from', 'to'] as const) {
        const v = o.inForce?.[end];
        if (v !== undefined && !ISO_DATE.test(v)) problems.push(`${o.id}: inForce.${end} ${v}`);
      }
      // An open start is allowed only when the entry says why.
      if (!o.inForce?.from && !o.uncertain?.trim()) problems.push(`${o.id}: no inForce.from and no uncertain note`);
      if (o.review && !(o.review.days > 0 && o.review.source?.trim())) problems.push(`${o.id}: review needs days and a source`);
    }
    expect(problems).toEqual([]);
  });

  it('give one e-Evidence entry per member bound by the Regulation, and none for Denmark', () => {
    const epo = orders.filter((o) => o.id.endsWith('-EPO-2023-1543')).map((o) => o.jurisdiction);
    expect(epo).toEqual(E_EVIDENCE_PARTIES);
    expect(epo).not.toContain('DK');
  });

  it('tie providers only to known states, and document every conflict practice', () => {
    const problems: string[] = [];
    for (const p of providers) {
      for (const j of p.establishments ?? []) if (!jurisdictionIds.has(j)) problems.push(`${p.id}: establishment ${j}`);
      for (const j of p.offersServicesIn ?? []) if (j !== EVERYWHERE && !jurisdictionIds.has(j)) problems.push(`${p.id}: offersServicesIn ${j}`);
      if (p.conflictPractice && !(CONFLICT_CHOICES.includes(p.conflictPractice.choice) && p.conflictPractice.source.trim())) {
        problems.push(`${p.id}: conflictPractice`);
      }
    }
    expect(problems).toEqual([]);
  });
});

describe('built-in production orders: what they reach in the real cases', () => {
  it('Belgium reaches Yahoo!, which offers its services in Belgium without an establishment (Cass. 1 Dec 2015)', () => {
    expect(reachingOrder('BE', 'yahoo', 'subscriber', '2007-11-01')).toBe('BE-CIC-46BIS');
    // art. 46bis is about identification data only
    expect(reachingOrder('BE', 'yahoo', 'content', '2007-11-01')).toBeNull();
  });

  it('Brazil reaches Meta through its Brazilian group company, from the Marco Civil (23 Jun 2014)', () => {
    expect(reachingOrder('BR', 'meta', 'content', '2015-11-02')).toBe('BR-MCI-11');
    expect(reachingOrder('BR', 'meta', 'content', '2014-06-22')).toBeNull();
  });

  it('Canada reaches OVH through its Canadian subsidiary, for data held in France', () => {
    expect(reachingOrder('CA', 'ovh', 'subscriber', '2024-04-19')).toBe('CA-CC-487-014');
  });

  it('the United States reaches the Dublin mailbox under 18 USC 2713, not under the Second Circuit reading', () => {
    expect(reachingOrder('US', 'microsoft-ireland', 'content', '2013-12-04')).toBeNull();
    expect(reachingOrder('US', 'microsoft-ireland', 'content', '2017-06-01')).toBeNull();
    expect(reachingOrder('US', 'microsoft-ireland', 'content', '2018-03-23')).toBe('US-CLOUD-2713');
  });

  it('a member state reaches a US provider offering services in the Union only from 18 Aug 2026, and Denmark never', () => {
    expect(reachingOrder('FR', 'google', 'content', '2026-08-17')).toBeNull();
    expect(reachingOrder('FR', 'google', 'content', '2026-08-18')).toBe('FR-EPO-2023-1543');
    expect(reachingOrder('DK', 'google', 'content', '2026-09-14')).toBeNull();
  });

  it('a US warrant for the Dublin mailbox: declined in the Second Circuit window, compelled from 2713 on', () => {
    const direct = (date: string) => {
      const request: DataRequest = { from: 'US', provider: 'microsoft-ireland', data: 'content', urgency: 'routine', subject: {}, preservation: 'auto', date };
      return assess(worldOn(BUILTIN_WORLD, date), request, DEFAULT_REGIME).direct;
    };
    expect({ path: direct('2017-06-01').path, open: direct('2017-06-01').open }).toEqual({ path: 'declined', open: false });
    expect({ path: direct('2019-03-25').path, cites: direct('2019-03-25').cites }).toEqual({ path: 'compelled', cites: ['US-CLOUD-2713'] });
  });

  it('the real conflicts: Brazil against the SCA (2015), Canada against France only where a scenario widens the French statute', () => {
    const verdict = (from: string, provider: string, data: Category, date: string) => {
      const request: DataRequest = { from, provider, data, urgency: 'routine', subject: {}, preservation: 'auto', date };
      return assess(worldOn(BUILTIN_WORLD, date), request, DEFAULT_REGIME).direct;
    };
    const brazil = verdict('BR', 'meta', 'content', '2015-11-02');
    expect({ path: brazil.path, breached: brazil.conflict?.breached }).toEqual({ path: 'conflict', breached: ['US-SCA-2702-CONTENT'] });
    // The built-in French blocking rule covers content only: subscriber data from OVH is simply compelled.
    expect(verdict('CA', 'ovh', 'subscriber', '2024-04-19').path).toBe('compelled');
    const eu = verdict('FR', 'google', 'content', '2026-09-14');
    expect({ path: eu.path, review: eu.conflict?.review?.days }).toEqual({ path: 'conflict', review: 10 });
  });
});
