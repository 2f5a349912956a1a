import { describe, expect, it } from 'vitest';
import { BUILTIN_WORLD } from '../../machines/world/builtin/index.ts';
import { worldOn } from '../../machines/world/in-force.ts';
import { assess } from '../../machines/route/assess.ts';
import { DEFAULT_REGIME, type Category, type Regime, type Urgency } from '../../machines/world/types.ts';

// Neither Kakao nor LINE publishes where an account's data sit, so the treaty channel needs a regime
// that sends requests to the provider's home to have a requested state at all.
const HOME: Regime = { requestedState: 'provider-home', maxExtensions: 1 };

/** Every channel's verdict for a request on its date, as the intake assesses it. */
function routes(from: string, provider: string, data: Category, date: string, urgency: Urgency = 'routine', regime: Regime = DEFAULT_REGIME) {
  return assess(worldOn(BUILTIN_WORLD, date), { from, provider, data, urgency, subject: {}, preservation: 'auto', date }, regime);
}

describe("Korea's Protection of Communications Secrets Act art. 3 (Kakao, a Korean provider)", () => {
  it('closes a French direct request for traffic data from 30 Mar 2002, naming the rule; before, Kakao merely declines', () => {
    const before = routes('FR', 'kakao', 'traffic', '2002-03-29').direct;
    expect({ path: before.path, cites: before.cites }).toEqual({ path: 'declined', cites: [] });
    const after = routes('FR', 'kakao', 'traffic', '2002-03-30').direct;
    expect({ open: after.open, path: after.path, cites: after.cites }).toEqual({ open: false, path: 'blocked', cites: ['KR-PCSA-3'] });
    expect(after.reason).toBe(
      'A direct request to Kakao (KakaoTalk, Daum) is closed: KR-PCSA-3 (Republic of Korea, blocking) covers traffic data and does not except a direct request.',
    );
  });

  it('does not reach subscriber data, which the Act leaves to the Telecommunications Business Act', () => {
    expect(routes('FR', 'kakao', 'subscriber', '2024-01-01').direct.cites).not.toContain('KR-PCSA-3');
  });

  it('leaves the Korea-France treaty and letters rogatory open', () => {
    const r = routes('FR', 'kakao', 'traffic', '2024-01-01', 'routine', HOME);
    expect({ mlat: r.mlat.open, state: r.mlat.requestedState, cites: r.mlat.cites, rogatory: r.rogatory.open })
      .toEqual({ mlat: true, state: 'KR', cites: ['KR-FR-MLAT'], rogatory: true });
  });

  it("does not stand in the way of Korea's own court-permitted request (KR-PCSA-13)", () => {
    const own = routes('KR', 'kakao', 'traffic', '2024-01-01').direct;
    expect({ path: own.path, cites: own.cites }).toEqual({ path: 'compelled', cites: ['KR-PCSA-13'] });
  });
});

describe("Japan's Telecommunications Business Act art. 4 (LINE, a Japanese carrier)", () => {
  it('closes a US direct request for content from 1 Apr 1985, naming the rule', () => {
    expect(routes('US', 'line', 'content', '1985-03-31').direct.cites).not.toContain('JP-TBA-4');
    const after = routes('US', 'line', 'content', '1985-04-01').direct;
    expect({ open: after.open, path: after.path, cites: after.cites }).toEqual({ open: false, path: 'blocked', cites: ['JP-TBA-4'] });
    expect(after.reason).toBe(
      'A direct request to LINE (LY Corporation) is closed: JP-TBA-4 (Japan, blocking) covers content data and does not except a direct request.',
    );
  });

  it('covers traffic data, but yields to an emergency (necessity)', () => {
    expect(routes('US', 'line', 'traffic', '2024-01-01').direct.cites).toEqual(['JP-TBA-4']);
    const emergency = routes('US', 'line', 'traffic', '2024-01-01', 'emergency').direct;
    expect({ path: emergency.path, cites: emergency.cites }).toEqual({ path: 'declined', cites: [] });
  });

  it('does not reach subscriber (registration) data: a Korean request for it is declined by LINE, not closed by law', () => {
    const subscriber = routes('KR', 'line', 'subscriber', '2024-09-02').direct;
    expect({ path: subscriber.path, cites: subscriber.cites }).toEqual({ path: 'declined', cites: [] });
  });

  it('leaves the US-Japan treaty open for content', () => {
    const r = routes('US', 'line', 'content', '2024-01-01', 'routine', HOME);
    expect({ mlat: r.mlat.open, state: r.mlat.requestedState, cites: r.mlat.cites }).toEqual({ mlat: true, state: 'JP', cites: ['US-JP-MLAT'] });
  });
});
