import { describe, expect, it } from 'vitest';
import { assess } from '../../machines/route/assess.ts';
import { instrumentsFor } from '../../machines/route/instruments.ts';
import { BUILTIN_WORLD } from '../../machines/world/builtin/index.ts';
import { worldOn } from '../../machines/world/in-force.ts';
import { DEFAULT_REGIME } from '../../machines/world/types.ts';

/**
 * Which treaty carries a request between two states when several bind them (issue 12): a bilateral
 * treaty before a convention; between EU states applying it, the EIO; between parties to the Chisinau
 * Convention, Chisinau rather than the Minsk Convention it replaces; a state that left a treaty is no
 * longer carried by it; an offence-scoped convention only for its offences.
 */
const first = (from: string, to: string, date: string, offenceCategory?: 'organised-crime' | 'corruption') =>
  instrumentsFor(worldOn(BUILTIN_WORLD, date).instruments, 'mlat', from, to, { data: 'content', offenceCategory }).binding[0]?.id ?? null;

/** The engine's own verdict for a request from `from` to a provider based and storing in `to`. */
function verdict(from: string, to: string, offenceCategory?: 'corruption') {
  const provider = { id: 'p', name: 'provider', home: to, storesIn: [to], answersDirect: [], responseDays: 10, emergencyDisclosure: false };
  const request = { from, provider: 'p', data: 'content' as const, urgency: 'routine' as const, subject: {}, preservation: 'auto' as const, date: '2024-06-01', offenceCategory };
  return assess({ ...worldOn(BUILTIN_WORLD, request.date), providers: [provider] }, request, DEFAULT_REGIME);
}

describe('the treaty chosen between two states', () => {
  it('a bilateral treaty comes before the conventions both states are party to', () => {
    expect(first('CN', 'KZ', '2024-06-01')).toBe('CN-KZ-MLA-1993');
  });

  it('between two states applying the EIO, the EIO', () => {
    expect(first('FR', 'DE', '2024-06-01')).toBe('EU-EIO-2014-41');
  });

  it('between Chisinau parties, Chisinau; with Russia, which signed it without ratifying, Minsk', () => {
    expect(first('KZ', 'KG', '2024-06-01')).toBe('CIS-CHISINAU-2002');
    expect(first('UZ', 'RU', '2024-06-01')).toBe('CIS-MINSK-1993');
  });

  it('between CIS states that are also in the Council of Europe, the CIS convention; between EU states before the EIO, the EU 2000 Convention', () => {
    expect(first('MD', 'RU', '2024-06-01')).toBe('CIS-MINSK-1993');
    expect(first('AM', 'KZ', '2024-06-01')).toBe('CIS-CHISINAU-2002');
    expect(first('DE', 'FR', '2016-01-10')).toBe('EU-MLA-2000');
  });

  it('Ukraine is carried by the Minsk Convention before its withdrawal took effect, not after', () => {
    expect(first('UA', 'KZ', '2020-06-01')).toBe('CIS-MINSK-1993');
    expect(first('UA', 'KZ', '2024-06-01')).not.toBe('CIS-MINSK-1993');
  });

  it('a binding convention comes before the Harare Scheme, which binds no one', () => {
    expect(first('SG', 'AU', '2024-06-01', 'corruption')).toBe('UNCAC-ART-46');
  });

  it('Hong Kong and China are parts of one state: no convention between states, no letters rogatory between them', () => {
    const a = verdict('HK', 'CN', 'corruption');
    expect(a.mlat.open).toBe(false);
    expect(a.mlat.reason).toContain('parts of one state');
    expect(a.rogatory.open).toBe(false);
    // Hong Kong's own agreements with other states still carry its requests.
    expect(verdict('HK', 'US').mlat).toMatchObject({ open: true, instrument: 'HK-US-MLA-1997' });
  });

  it('a UN convention carries a request only for its offences', () => {
    // Nigeria and Viet Nam: no bilateral treaty in the data; UNTOC binds both.
    expect(first('NG', 'VN', '2024-06-01')).toBeNull();
    expect(first('NG', 'VN', '2024-06-01', 'organised-crime')).toBe('UNTOC-ART-18');
  });
});
