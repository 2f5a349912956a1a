import type { Instrument } from '../types.ts';
import { CHINA_BILATERAL } from './bilateral/china.ts';
import { OTHER_BILATERAL } from './bilateral/others.ts';
import { US_BILATERAL } from './bilateral/us.ts';
import { CIS_INSTRUMENTS } from './multilateral/cis.ts';
import { COE_INSTRUMENTS, COE_PENDING } from './multilateral/coe.ts';
import { EU_INSTRUMENTS } from './multilateral/eu.ts';
import { UN_PENDING } from './multilateral/un.ts';

/**
 * Treaties and agreements between shipped jurisdictions. Pure data. `[S#]` refers to
 * ../shared/domain/facts.md; other sources are named in full.
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
 * Deliberately not modelled as channels (see docs/world.md):
 * - UN Convention against Cybercrime (Hanoi, signed 25-26 Oct 2025): not in force; it enters into force
 *   on the 90th day after the 40th ratification (art. 65(1)) [S42]. Left out rather than given an
 *   invented date; a scenario can declare it as a fictional-world instrument for a what-if run.
 * - SCO Agreement on cooperation in ensuring international information security (Yekaterinburg,
 *   16 Jun 2009; CN, KZ, KG, RU, TJ, UZ): it sets out joint measures and norms but no procedure for
 *   requesting data [S44][S44c]; SEED-1 itself says SCO judicial-assistance mechanisms are still lacking.
 * - The Second Additional Protocol to the Budapest Convention: not in force (3 ratifications of the 5
 *   needed); kept as a template in PENDING_INSTRUMENTS, outside BUILTIN_WORLD.
 * - EU-Japan MLA Agreement (in force 2011 per Japan's MoJ): same party-list problem as US-EU; not expanded.
 * - Treaties found but whose status could not be confirmed: China-Canada, China-Australia,
 *   China-Pakistan, Turkmenistan-Iran MLA agreements; US-Canada and EU-US e-evidence talks (no agreement).
 *
 * Each treaty family lives in its own file (multilateral/ and bilateral/); this module gathers them.
 */

export const INSTRUMENTS: Instrument[] = [
  ...COE_INSTRUMENTS,
  ...EU_INSTRUMENTS,
  ...CIS_INSTRUMENTS,
  ...US_BILATERAL,
  ...CHINA_BILATERAL,
  ...OTHER_BILATERAL,
];

/**
 * Instruments signed but not in force on the as-of date. They are NOT part of BUILTIN_WORLD; kept as
 * sourced templates for what-if scenarios, which can copy them into a world.
 */
export const PENDING_INSTRUMENTS: Instrument[] = [...COE_PENDING, ...UN_PENDING];
