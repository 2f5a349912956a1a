import { describe, expect, it } from 'vitest';
import { BUILTIN_WORLD } from '../../machines/world/builtin/index.ts';
import { worldOn } from '../../machines/world/in-force.ts';
import { assess } from '../../machines/route/assess.ts';
import { DEFAULT_REGIME, type Category, type DataRequest, type World } from '../../machines/world/types.ts';

/** The direct channel's verdict for a request on its date, as the intake assesses it. */
function direct(world: World, from: string, provider: string, data: Category, date: string) {
  const request: DataRequest = { from, provider, data, urgency: 'routine', subject: {}, preservation: 'auto', date };
  return assess(worldOn(world, date), request, DEFAULT_REGIME).direct;
}

describe('production orders of the Republic of Korea', () => {
  it('Korea compels Kakao for traffic data on a court-permitted request (PCSA art. 13), from 27 August 2005', () => {
    const traffic = direct(BUILTIN_WORLD, 'KR', 'kakao', 'traffic', '2024-01-01');
    expect({ path: traffic.path, cites: traffic.cites }).toEqual({ path: 'compelled', cites: ['KR-PCSA-13'] });
    expect(direct(BUILTIN_WORLD, 'KR', 'kakao', 'traffic', '2005-08-26').cites).not.toContain('KR-PCSA-13');
    expect(direct(BUILTIN_WORLD, 'KR', 'kakao', 'traffic', '2005-08-27').cites).toEqual(['KR-PCSA-13']);
  });

  it('the Korean order covers traffic data only: subscriber data from Kakao stay a plain domestic request', () => {
    const subscriber = direct(BUILTIN_WORLD, 'KR', 'kakao', 'subscriber', '2024-01-01');
    expect({ path: subscriber.path, cites: subscriber.cites }).toEqual({ path: 'domestic', cites: [] });
  });

  it('neither reaches Google, which has no establishment in Australia or Korea in the data', () => {
    expect(direct(BUILTIN_WORLD, 'AU', 'google', 'subscriber', '2024-01-01').path).not.toBe('compelled');
    expect(direct(BUILTIN_WORLD, 'KR', 'google', 'traffic', '2024-01-01').path).not.toBe('compelled');
  });
});
