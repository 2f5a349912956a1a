import { describe, expect, it } from 'vitest';
import { BUILTIN_WORLD, withMembership } from '../../machines/world/builtin/index.ts';
import { worldOn } from '../../machines/world/in-force.ts';
import { assess } from '../../machines/route/assess.ts';
import { DEFAULT_REGIME, type Category, type DataRequest, type Provider, type World } from '../../machines/world/types.ts';

/** The direct channel's verdict for a request on its date, as the intake assesses it. */
function direct(world: World, from: string, provider: string, data: Category, date: string) {
  const request: DataRequest = { from, provider, data, urgency: 'routine', subject: {}, preservation: 'auto', date };
  return assess(worldOn(world, date), request, DEFAULT_REGIME).direct;
}

describe('built-in rules across the whole world', () => {
  it('give every EU member, and only members, its GDPR art. 48 recognition rule', () => {
    const members = withMembership('EU');
    expect(members).toHaveLength(27);
    const gdpr = BUILTIN_WORLD.rules.filter((r) => r.id.endsWith('-GDPR-48'));
    expect(gdpr.map((r) => r.jurisdiction).sort()).toEqual([...members].sort());
    expect(new Set(gdpr.map((r) => r.kind))).toEqual(new Set(['recognition']));
  });

  it("Viet Nam's localisation duty closes a foreign authority's direct request for data stored there, from Decree 53's start", () => {
    // No built-in provider stores in Viet Nam: a local host shows what the rule does.
    const host: Provider = {
      id: 'vn-host', name: 'A Vietnamese host', home: 'VN', storesIn: ['VN'], answersDirect: ['subscriber', 'traffic'],
      responseDays: 10, emergencyDisclosure: false, source: 'test fixture',
    };
    const world: World = { ...BUILTIN_WORLD, providers: [...BUILTIN_WORLD.providers, host] };
    const before = direct(world, 'US', 'vn-host', 'subscriber', '2022-09-30');
    expect(before.cites).not.toContain('VN-LCS-26-3');
    const after = direct(world, 'US', 'vn-host', 'subscriber', '2022-10-01');
    expect({ open: after.open, cites: after.cites.includes('VN-LCS-26-3') }).toEqual({ open: false, cites: true });
  });

  describe("Australia's Telecommunications Act Part 13 (an Australian carrier, a test fixture: none is built in)", () => {
    const carrier: Provider = {
      id: 'au-carrier', name: 'An Australian carrier', home: 'AU', storesIn: ['AU'],
      answersDirect: ['subscriber', 'traffic', 'content'], responseDays: 10, emergencyDisclosure: true, source: 'test fixture',
    };
    const world: World = { ...BUILTIN_WORLD, providers: [...BUILTIN_WORLD.providers, carrier] };
    const ask = (data: Category, date: string, urgency: 'routine' | 'emergency' = 'routine') =>
      assess(worldOn(world, date), { from: 'US', provider: 'au-carrier', data, urgency, subject: {}, preservation: 'auto', date }, DEFAULT_REGIME);

    it('closes a US direct request for subscriber data from 10 Oct 2012, the day foreign requests were routed through the AFP', () => {
      const before = ask('subscriber', '2012-10-09').direct;
      expect({ open: before.open, cites: before.cites }).toEqual({ open: true, cites: [] });
      const after = ask('subscriber', '2012-10-10').direct;
      expect({ open: after.open, path: after.path, cites: after.cites }).toEqual({ open: false, path: 'blocked', cites: ['AU-TA-276'] });
    });

    it('yields to an emergency for subscriber data (s 287) but not for content', () => {
      expect(ask('subscriber', '2020-01-01', 'emergency').direct.path).toBe('emergency');
      const content = ask('content', '2020-01-01', 'emergency').direct;
      expect({ open: content.open, cites: content.cites }).toEqual({ open: false, cites: ['AU-TA-276-CONTENT'] });
    });

    it('leaves the US-Australia agreement open for content once it is in force, and the treaty always', () => {
      const routes = ask('content', '2024-06-01');
      expect(routes.direct.cites).toEqual(['AU-TA-276-CONTENT']);
      expect({ agreement: routes.agreement.open, mlat: routes.mlat.open }).toEqual({ agreement: true, mlat: true });
      expect(routes.agreement.cites).toContain('US-AU-CLOUD-2021');
    });
  });
});

describe('built-in production orders of the G20 and seed states', () => {
  it('Russia compels Yandex for data it must keep in Russia: metadata from 2014, content from Jul 2018', () => {
    expect(direct(BUILTIN_WORLD, 'RU', 'yandex', 'subscriber', '2015-01-01').cites).toContain('RU-149-FZ-10-1');
    expect(direct(BUILTIN_WORLD, 'RU', 'yandex', 'content', '2018-06-30').cites).not.toContain('RU-149-FZ-10-1-CONTENT');
    const content = direct(BUILTIN_WORLD, 'RU', 'yandex', 'content', '2018-07-01');
    expect({ path: content.path, cites: content.cites }).toEqual({ path: 'compelled', cites: ['RU-149-FZ-10-1-CONTENT'] });
  });

  it("Russia's order stops at the border: Google's data are stored in the United States", () => {
    const google = direct(BUILTIN_WORLD, 'RU', 'google', 'subscriber', '2020-01-01');
    expect(google.path).not.toBe('compelled');
    expect(google.cites).not.toContain('RU-149-FZ-10-1');
  });

  it("India's IT Rules reach a US provider offering services in India, and for content they meet the SCA", () => {
    expect(direct(BUILTIN_WORLD, 'IN', 'google', 'subscriber', '2021-02-24').cites).not.toContain('IN-IT-RULES-3-1-J');
    const subscriber = direct(BUILTIN_WORLD, 'IN', 'google', 'subscriber', '2022-01-10');
    expect({ path: subscriber.path, cites: subscriber.cites }).toEqual({ path: 'compelled', cites: ['IN-IT-RULES-3-1-J'] });
    const content = direct(BUILTIN_WORLD, 'IN', 'meta', 'content', '2022-01-10');
    expect({ path: content.path, breached: content.conflict?.breached }).toEqual({ path: 'conflict', breached: ['US-SCA-2702-CONTENT'] });
  });

  it("the UK's communications-data authorisation reaches subscriber data, not content (content goes by the agreement)", () => {
    const subscriber = direct(BUILTIN_WORLD, 'GB', 'google', 'subscriber', '2020-06-01');
    expect({ path: subscriber.path, cites: subscriber.cites }).toEqual({ path: 'compelled', cites: ['GB-IPA-PART-3'] });
    expect(direct(BUILTIN_WORLD, 'GB', 'google', 'content', '2020-06-01').cites).not.toContain('GB-IPA-PART-3');
  });

  it("China's DSL art. 35 binds a provider based in China for data stored there, not a foreign one", () => {
    const weixin = direct(BUILTIN_WORLD, 'CN', 'weixin', 'content', '2022-03-01');
    expect({ path: weixin.path, cites: weixin.cites }).toEqual({ path: 'compelled', cites: ['CN-DSL-35'] });
    expect(direct(BUILTIN_WORLD, 'CN', 'google', 'subscriber', '2022-03-01').cites).not.toContain('CN-DSL-35');
  });
});
