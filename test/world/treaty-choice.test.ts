import { describe, expect, it } from 'vitest';
import { instrumentsFor } from '../../machines/route/instruments.ts';
import { BUILTIN_WORLD } from '../../machines/world/builtin/index.ts';
import { worldOn } from '../../machines/world/in-force.ts';

/**
 * Which treaty carries a request between two states when several bind them (issue 12): a bilateral
 * treaty before a convention; between EU states applying it, the EIO; between parties to the Chisinau
 * Convention, Chisinau rather than the Minsk Convention it replaces; a state that left a treaty is no
 * longer carried by it; an offence-scoped convention only for its offences.
 */
const first = (from: string, to: string, date: string, offenceCategory?: 'organised-crime') =>
  instrumentsFor(worldOn(BUILTIN_WORLD, date).instruments, 'mlat', from, to, { data: 'content', offenceCategory }).binding[0]?.id ?? null;

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

  it('Ukraine is carried by the Minsk Convention before its withdrawal took effect, not after', () => {
    expect(first('UA', 'KZ', '2020-06-01')).toBe('CIS-MINSK-1993');
    expect(first('UA', 'KZ', '2024-06-01')).not.toBe('CIS-MINSK-1993');
  });

  it('a UN convention carries a request only for its offences', () => {
    // Nigeria and Viet Nam: no bilateral treaty in the data; UNTOC binds both.
    expect(first('NG', 'VN', '2024-06-01')).toBeNull();
    expect(first('NG', 'VN', '2024-06-01', 'organised-crime')).toBe('UNTOC-ART-18');
  });
});
