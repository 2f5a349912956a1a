import type { Instrument } from '../types.ts';
import { CHINA_BILATERAL, CHINA_PENDING } from './bilateral/china.ts';
import { COMMONWEALTH_BILATERAL } from './bilateral/commonwealth.ts';
import { G20_BILATERAL, G20_PENDING } from './bilateral/g20.ts';
import { HONG_KONG_MACAO_BILATERAL, HONG_KONG_MACAO_PENDING } from './bilateral/hong-kong-macao.ts';
import { OTHER_BILATERAL } from './bilateral/others.ts';
import { RUSSIA_CENTRAL_ASIA_BILATERAL } from './bilateral/russia-central-asia.ts';
import { US_BILATERAL, US_PENDING } from './bilateral/us.ts';
import { CIS_INSTRUMENTS } from './multilateral/cis.ts';
import { COE_INSTRUMENTS, COE_PENDING } from './multilateral/coe.ts';
import { EU_INSTRUMENTS } from './multilateral/eu.ts';
import { REGIONAL_INSTRUMENTS, REGIONAL_PENDING } from './multilateral/regional.ts';
import { UN_PENDING } from './multilateral/un.ts';

/**
 * Treaties and agreements between shipped jurisdictions. Pure data. `[S#]` refers to
 * docs/sources.md; other sources are named in full.
 *
 * Conventions
 * - A bilateral treaty is listed only where a source confirms it exists (and, for `inForce.from`,
 *   where a source states its entry into force). Where no source states the date, `inForce` has no
 *   `from` and `uncertain` says what is known. `inForce.from` of a multilateral instrument is its first
 *   entry into force; each party's own date is in `partyTerms` where a source gives it (Budapest, the
 *   EIO, and the UN conventions in multilateral/un.ts); a party without one keeps `inForce.from`.
 * - The 2003 US-EU Mutual Legal Assistance Agreement cannot be a party list (the engine would read it
 *   as binding EU members to each other), so it is modelled through the bilateral US-member relations
 *   it supplemented or created, all in force from 1 Feb 2010 (US-XX-MLAT below).
 *
 * Deliberately not modelled as channels (see docs/law.md, "Considered and left out"):
 * - UN Convention against Cybercrime (Hanoi, signed 25-26 Oct 2025): not in force; it enters into force
 *   on the 90th day after the 40th ratification (art. 65(1)) [S42]. Kept with its signatories in
 *   PENDING_INSTRUMENTS (multilateral/un.ts), outside the world; a scenario can copy it for a what-if run.
 * - SCO Agreement on cooperation in ensuring international information security (Yekaterinburg,
 *   16 Jun 2009; CN, KZ, KG, RU, TJ, UZ): it sets out joint measures and norms but no procedure for
 *   requesting data [S44][S44c]; SEED-1 itself says SCO judicial-assistance mechanisms are still lacking.
 * - The Second Additional Protocol to the Budapest Convention: not in force (3 ratifications of the 5
 *   needed); kept as a template in PENDING_INSTRUMENTS, outside BUILTIN_WORLD.
 * - EU-Japan MLA Agreement (in force 2 Jan 2011): same party-list problem as US-EU; expanded into one relation per
 *   member state in bilateral/g20.ts (JP-XX-EUJ-MLA).
 * - Treaties found but whose status could not be confirmed are listed as leads in each family's file
 *   header (e.g. Turkmenistan-Iran in bilateral/russia-central-asia.ts).
 *
 * Each treaty family lives in its own file (multilateral/ and bilateral/); this module gathers them.
 */

/** A treaty family: the file it lives in and its instruments, for the coverage figures in docs/world.md. */
export interface TreatyFamily {
  name: string;
  file: string;
  instruments: Instrument[];
}

/**
 * Between two conventions of equal standing binding the same states, the engine takes the first in
 * this order: the EU's instruments (which supplement or replace the 1959 Convention between member
 * states) and the CIS conventions (between their own parties) before the Council of Europe's.
 */
export const FAMILIES: TreatyFamily[] = [
  { name: 'European Union', file: 'multilateral/eu.ts', instruments: EU_INSTRUMENTS },
  { name: 'CIS and SCO', file: 'multilateral/cis.ts', instruments: CIS_INSTRUMENTS },
  { name: 'Council of Europe', file: 'multilateral/coe.ts', instruments: COE_INSTRUMENTS },
  { name: 'Regional (OAS, ASEAN, Arab League, SADC, Commonwealth)', file: 'multilateral/regional.ts', instruments: REGIONAL_INSTRUMENTS },
  { name: 'United States', file: 'bilateral/us.ts', instruments: US_BILATERAL },
  { name: 'China', file: 'bilateral/china.ts', instruments: CHINA_BILATERAL },
  { name: 'India, Canada, Australia, New Zealand, UK', file: 'bilateral/commonwealth.ts', instruments: COMMONWEALTH_BILATERAL },
  { name: 'Other bilateral', file: 'bilateral/others.ts', instruments: OTHER_BILATERAL },
  { name: 'Other G20 bilateral (incl. EU-Japan)', file: 'bilateral/g20.ts', instruments: G20_BILATERAL },
  { name: 'Russia and Central Asia', file: 'bilateral/russia-central-asia.ts', instruments: RUSSIA_CENTRAL_ASIA_BILATERAL },
  { name: 'Hong Kong and Macao', file: 'bilateral/hong-kong-macao.ts', instruments: HONG_KONG_MACAO_BILATERAL },
];

export const INSTRUMENTS: Instrument[] = FAMILIES.flatMap((f) => f.instruments);

/**
 * Instruments signed but not in force on the as-of date. They are NOT part of BUILTIN_WORLD; kept as
 * sourced templates for what-if scenarios, which can copy them into a world.
 */
export const PENDING_INSTRUMENTS: Instrument[] = [...COE_PENDING, ...REGIONAL_PENDING, ...G20_PENDING, ...CHINA_PENDING, ...HONG_KONG_MACAO_PENDING, ...US_PENDING, ...UN_PENDING];
