import { describe, expect, it } from 'vitest';
import { BUILTIN_WORLD } from '../../machines/world/builtin/index.ts';
import { worldOn } from '../../machines/world/in-force.ts';
import { assess } from '../../machines/route/assess.ts';
import { DEFAULT_REGIME, type Category, type DataRequest, type Provider, type World } from '../../machines/world/types.ts';

/** The direct channel's verdict for a request on its date, as the intake assesses it. */
function direct(world: World, from: string, provider: string, data: Category, date: string) {
  const request: DataRequest = { from, provider, data, urgency: 'routine', subject: {}, preservation: 'auto', date };
  return assess(worldOn(world, date), request, DEFAULT_REGIME).direct;
}

/** The built-in world with one more provider, based (and storing its data) where a test needs it. */
function withProvider(id: string, home: string): World {
  const provider: Provider = { id, name: id, home, storesIn: [home], answersDirect: [], responseDays: 10, emergencyDisclosure: false };
  return { ...BUILTIN_WORLD, providers: [...BUILTIN_WORLD.providers, provider] };
}

describe('production orders of Kazakhstan, Mexico and South Africa', () => {
  it('Kazakhstan compels Kazakhtelecom for subscriber data kept in Kazakhstan (Law on Communications art. 15), not for content', () => {
    const subscriber = direct(BUILTIN_WORLD, 'KZ', 'kazakhtelecom', 'subscriber', '2020-01-01');
    expect({ path: subscriber.path, cites: subscriber.cites }).toEqual({ path: 'compelled', cites: ['KZ-567-15'] });
    expect(direct(BUILTIN_WORLD, 'KZ', 'kazakhtelecom', 'content', '2020-01-01').cites).not.toContain('KZ-567-15');
  });

  it("none of the three reaches Google, which has no establishment the entries name", () => {
    for (const from of ['KZ', 'MX', 'ZA']) {
      const google = direct(BUILTIN_WORLD, from, 'google', 'subscriber', '2024-01-01');
      expect(google.path, from).not.toBe('compelled');
    }
  });

  it("Mexico's duty moves from the LFTR (art. 189-190) to the 2025 telecoms law (art. 182) on 17 July 2025", () => {
    const world = withProvider('telmex-like', 'MX');
    expect(direct(world, 'MX', 'telmex-like', 'traffic', '2025-07-16').cites).toEqual(['MX-LFTR-189']);
    expect(direct(world, 'MX', 'telmex-like', 'traffic', '2025-07-17').cites).toEqual(['MX-LMTR-182']);
  });

  it('South Africa subpoenas a provider based there under CPA s. 205, for traffic data wherever it is held', () => {
    const world = withProvider('za-operator', 'ZA');
    const traffic = direct(world, 'ZA', 'za-operator', 'traffic', '2020-01-01');
    expect({ path: traffic.path, cites: traffic.cites }).toEqual({ path: 'compelled', cites: ['ZA-CPA-205'] });
  });
});
