import type { Jurisdiction } from '../types.ts';

/**
 * Shipped jurisdictions, by ISO 3166-1 alpha-2 code. Pure data.
 *
 * Membership tokens (informative: the engine routes by instruments, never by these tokens):
 *   EU                       member state of the European Union
 *   CoE                      member state of the Council of Europe (Russia left on 2022-03-16 and is not tagged)
 *   SCO                      member state of the Shanghai Cooperation Organisation (Iran since 2023, Belarus since 2024)
 *   C+C5                     participant in the China + Central Asia data security initiative of 8 Jun 2022 (SEED-0)
 *   CIS                      member state of the Commonwealth of Independent States (Turkmenistan's associate
 *                            status is not verified and not tagged)
 *   Minsk-1993               party to the CIS Minsk Convention of 22 Jan 1993 on legal assistance (see instruments.ts)
 *   ETS30                    party to the European Convention on Mutual Assistance in Criminal Matters (1959)
 *   Budapest                 party to the Convention on Cybercrime (ETS 185)
 *   Budapest-signatory       signed ETS 185 but has not ratified it (Ireland, per Dáil answers up to Oct 2025)
 *   Budapest-2AP             has ratified the Second Additional Protocol (CETS 224): Serbia, Japan, Hungary
 *   Budapest-2AP-signatory   has signed CETS 224 but not ratified it (Dutch treaty database snapshot)
 *   EIO                      bound by the European Investigation Order Directive 2014/41/EU (EU minus IE and DK)
 *   e-Evidence               bound by Regulation (EU) 2023/1543 (EU minus DK; applies from 2026-08-18)
 *   CLOUD-agreement          has a CLOUD Act data-access agreement in force with the United States (GB, AU)
 *   UNCC-signatory           signed the UN Convention against Cybercrime (Hanoi, 2025). Only China is tagged: it is
 *                            the only shipped state whose signature the sources confirm (the EU signed as an
 *                            organisation). Others may have signed; add the token when verified.
 *
 * Consultation: how a real state would answer when consulted as a third country is not knowable from
 * public sources, so every shipped state's answer is `unknown`: at the end of its 30 days the run
 * waits for a decision (a class's, a user's, or the default policy's recorded assumption of consent)
 * rather than reading the silence as a refusal (facts.md §16). No shipped state has published rates
 * of its answers, so none carries `rates`. A scenario that wants a state to consent, object or stay
 * silent overrides the jurisdiction by id; the scenario format's own default stays `silent`.
 */

const DEFAULT_CONSULTATION = { answer: 'unknown', days: 30 } as const;

function j(id: string, name: string, memberships: string[]): Jurisdiction {
  return { id, name, consultation: { ...DEFAULT_CONSULTATION }, memberships };
}

/** Tokens repeated for every EU member that takes part in all EU instruments (i.e. not IE or DK). */
const EU_FULL = ['EU', 'CoE', 'ETS30', 'EIO', 'e-Evidence'];

export const JURISDICTIONS: Jurisdiction[] = [
  // The seed states: China and Central Asia (SEED-0), Russia and the other SCO members.
  j('CN', 'China', ['SCO', 'C+C5', 'UNCC-signatory']),
  j('KZ', 'Kazakhstan', ['SCO', 'C+C5', 'CIS', 'Minsk-1993']),
  j('KG', 'Kyrgyzstan', ['SCO', 'C+C5', 'CIS', 'Minsk-1993']),
  j('TJ', 'Tajikistan', ['SCO', 'C+C5', 'CIS', 'Minsk-1993']),
  j('TM', 'Turkmenistan', ['C+C5']),
  j('UZ', 'Uzbekistan', ['SCO', 'C+C5', 'CIS', 'Minsk-1993']),
  j('RU', 'Russia', ['SCO', 'CIS', 'Minsk-1993']),
  j('IN', 'India', ['SCO']),
  j('PK', 'Pakistan', ['SCO']),
  j('IR', 'Iran', ['SCO']),
  j('BY', 'Belarus', ['SCO', 'CIS', 'Minsk-1993']),

  // States and providers most often involved in real requests.
  j('US', 'United States', ['Budapest', 'Budapest-2AP-signatory']),
  j('GB', 'United Kingdom', ['CoE', 'ETS30', 'Budapest', 'Budapest-2AP-signatory', 'CLOUD-agreement']),
  j('IE', 'Ireland', ['EU', 'CoE', 'ETS30', 'e-Evidence', 'Budapest-signatory']),
  j('FR', 'France', [...EU_FULL, 'Budapest', 'Budapest-2AP-signatory']),
  j('DE', 'Germany', [...EU_FULL, 'Budapest', 'Budapest-2AP-signatory']),
  j('NL', 'Netherlands', [...EU_FULL, 'Budapest', 'Budapest-2AP-signatory']),
  j('BE', 'Belgium', [...EU_FULL, 'Budapest', 'Budapest-2AP-signatory']),
  j('LU', 'Luxembourg', [...EU_FULL, 'Budapest', 'Budapest-2AP-signatory']),
  j('CH', 'Switzerland', ['CoE', 'ETS30', 'Budapest']),
  j('AU', 'Australia', ['Budapest', 'CLOUD-agreement']),
  j('CA', 'Canada', ['Budapest', 'Budapest-2AP-signatory']),
  j('JP', 'Japan', ['Budapest', 'Budapest-2AP']),
  j('BR', 'Brazil', ['Budapest']),

  // Other EU members, so that EU-wide instruments have realistic coverage.
  j('AT', 'Austria', [...EU_FULL, 'Budapest', 'Budapest-2AP-signatory']),
  j('DK', 'Denmark', ['EU', 'CoE', 'ETS30', 'Budapest']),
  j('ES', 'Spain', [...EU_FULL, 'Budapest', 'Budapest-2AP-signatory']),
  j('IT', 'Italy', [...EU_FULL, 'Budapest', 'Budapest-2AP-signatory']),
  j('PL', 'Poland', [...EU_FULL, 'Budapest']),
  j('SE', 'Sweden', [...EU_FULL, 'Budapest', 'Budapest-2AP-signatory']),
  j('FI', 'Finland', [...EU_FULL, 'Budapest', 'Budapest-2AP-signatory']),
  j('PT', 'Portugal', [...EU_FULL, 'Budapest', 'Budapest-2AP-signatory']),
  j('CZ', 'Czechia', [...EU_FULL, 'Budapest', 'Budapest-2AP-signatory']),
  j('HU', 'Hungary', [...EU_FULL, 'Budapest', 'Budapest-2AP']),
  j('EE', 'Estonia', [...EU_FULL, 'Budapest', 'Budapest-2AP-signatory']),
  j('GR', 'Greece', [...EU_FULL, 'Budapest', 'Budapest-2AP-signatory']),
  j('RO', 'Romania', [...EU_FULL, 'Budapest', 'Budapest-2AP-signatory']),

  // A non-EU Council of Europe state that has ratified the Second Additional Protocol.
  j('RS', 'Serbia', ['CoE', 'ETS30', 'Budapest', 'Budapest-2AP']),
];

/** The ids of the jurisdictions holding a membership token, in file order. */
export function withMembership(token: string): string[] {
  return JURISDICTIONS.filter((x) => x.memberships?.includes(token)).map((x) => x.id);
}

/** The seed states named in the project's seed documents (SEED-0, SEED-1, SEED-4). */
export const SEED_STATES = ['CN', 'KZ', 'KG', 'TJ', 'TM', 'UZ', 'RU', 'IN', 'PK', 'IR', 'BY'] as const;
