import type { Jurisdiction, Region } from '../types.ts';

/**
 * Every member state of the United Nations (193), plus Hong Kong and Macao, China's special
 * administrative regions, which run their own mutual legal assistance (Hong Kong: Mutual Legal
 * Assistance in Criminal Matters Ordinance, Cap. 525; Macao: Law No. 6/2006 on international judicial
 * cooperation in criminal matters), so a treaty China signs does not by itself bind them. Pure data.
 *
 * - Ids are ISO 3166-1 alpha-2 codes; names are the short English names (the UN's where it has one).
 * - Regions follow the UN Statistics Division's M49 standard (Cyprus, Türkiye and the Caucasus in Asia).
 * - Sources: UN Member States list (https://www.un.org/en/about-us/member-states); M49 standard
 *   (https://unstats.un.org/unsd/methodology/m49/).
 *
 * Organisation tokens (`memberships`; informative: the engine routes by instruments, never by tokens):
 *   EU     member state of the European Union (27; https://european-union.europa.eu/principles-countries-history/eu-countries_en)
 *   CoE    member state of the Council of Europe (46; Russia left on 16 Mar 2022; https://www.coe.int/en/web/portal/46-members-states)
 *   SCO    member state of the Shanghai Cooperation Organisation (Iran since 4 Jul 2023, Belarus since 4 Jul 2024)
 *   CIS    member state of the Commonwealth of Independent States (Turkmenistan, an associate, is not tagged)
 *   C+C5   participant in the China + Central Asia data security initiative of 8 Jun 2022 (SEED-0)
 *   G20    member state of the Group of Twenty (the EU and the African Union are members too, not states)
 * A state's treaty memberships are not tokens: `BUILTIN_WORLD` derives them from the instruments'
 * party lists (index.ts), so a membership and a party list cannot drift apart.
 *
 * Consultation: how a real state would answer when consulted as a third country is not knowable from
 * public sources, so every shipped state's answer is `unknown`: at the end of its 30 days the run
 * waits for a decision (a class's, a user's, or the default policy's recorded assumption of consent)
 * rather than reading the silence as a refusal (facts.md §16). No shipped state has published rates
 * of its answers, so none carries `rates`. A scenario that wants a state to consent, object or stay
 * silent overrides the jurisdiction by id; the scenario format's own default stays `silent`.
 */

const DEFAULT_CONSULTATION = { answer: 'unknown', days: 30 } as const;

function j(id: string, name: string, region: Region, memberships: string[], partOf?: string): Jurisdiction {
  return { id, name, region, consultation: { ...DEFAULT_CONSULTATION }, memberships, ...(partOf && { partOf }) };
}

export const JURISDICTIONS: Jurisdiction[] = [
  // africa
  j('DZ', 'Algeria', 'africa', []),
  j('AO', 'Angola', 'africa', []),
  j('BJ', 'Benin', 'africa', []),
  j('BW', 'Botswana', 'africa', []),
  j('BF', 'Burkina Faso', 'africa', []),
  j('BI', 'Burundi', 'africa', []),
  j('CV', 'Cabo Verde', 'africa', []),
  j('CM', 'Cameroon', 'africa', []),
  j('CF', 'Central African Republic', 'africa', []),
  j('TD', 'Chad', 'africa', []),
  j('KM', 'Comoros', 'africa', []),
  j('CG', 'Republic of the Congo', 'africa', []),
  j('CD', 'Democratic Republic of the Congo', 'africa', []),
  j('CI', 'Côte d\'Ivoire', 'africa', []),
  j('DJ', 'Djibouti', 'africa', []),
  j('EG', 'Egypt', 'africa', []),
  j('GQ', 'Equatorial Guinea', 'africa', []),
  j('ER', 'Eritrea', 'africa', []),
  j('SZ', 'Eswatini', 'africa', []),
  j('ET', 'Ethiopia', 'africa', []),
  j('GA', 'Gabon', 'africa', []),
  j('GM', 'Gambia', 'africa', []),
  j('GH', 'Ghana', 'africa', []),
  j('GN', 'Guinea', 'africa', []),
  j('GW', 'Guinea-Bissau', 'africa', []),
  j('KE', 'Kenya', 'africa', []),
  j('LS', 'Lesotho', 'africa', []),
  j('LR', 'Liberia', 'africa', []),
  j('LY', 'Libya', 'africa', []),
  j('MG', 'Madagascar', 'africa', []),
  j('MW', 'Malawi', 'africa', []),
  j('ML', 'Mali', 'africa', []),
  j('MR', 'Mauritania', 'africa', []),
  j('MU', 'Mauritius', 'africa', []),
  j('MA', 'Morocco', 'africa', []),
  j('MZ', 'Mozambique', 'africa', []),
  j('NA', 'Namibia', 'africa', []),
  j('NE', 'Niger', 'africa', []),
  j('NG', 'Nigeria', 'africa', []),
  j('RW', 'Rwanda', 'africa', []),
  j('ST', 'Sao Tome and Principe', 'africa', []),
  j('SN', 'Senegal', 'africa', []),
  j('SC', 'Seychelles', 'africa', []),
  j('SL', 'Sierra Leone', 'africa', []),
  j('SO', 'Somalia', 'africa', []),
  j('ZA', 'South Africa', 'africa', ['G20']),
  j('SS', 'South Sudan', 'africa', []),
  j('SD', 'Sudan', 'africa', []),
  j('TZ', 'Tanzania', 'africa', []),
  j('TG', 'Togo', 'africa', []),
  j('TN', 'Tunisia', 'africa', []),
  j('UG', 'Uganda', 'africa', []),
  j('ZM', 'Zambia', 'africa', []),
  j('ZW', 'Zimbabwe', 'africa', []),

  // americas
  j('AG', 'Antigua and Barbuda', 'americas', []),
  j('AR', 'Argentina', 'americas', ['G20']),
  j('BS', 'Bahamas', 'americas', []),
  j('BB', 'Barbados', 'americas', []),
  j('BZ', 'Belize', 'americas', []),
  j('BO', 'Bolivia', 'americas', []),
  j('BR', 'Brazil', 'americas', ['G20']),
  j('CA', 'Canada', 'americas', ['G20']),
  j('CL', 'Chile', 'americas', []),
  j('CO', 'Colombia', 'americas', []),
  j('CR', 'Costa Rica', 'americas', []),
  j('CU', 'Cuba', 'americas', []),
  j('DM', 'Dominica', 'americas', []),
  j('DO', 'Dominican Republic', 'americas', []),
  j('EC', 'Ecuador', 'americas', []),
  j('SV', 'El Salvador', 'americas', []),
  j('GD', 'Grenada', 'americas', []),
  j('GT', 'Guatemala', 'americas', []),
  j('GY', 'Guyana', 'americas', []),
  j('HT', 'Haiti', 'americas', []),
  j('HN', 'Honduras', 'americas', []),
  j('JM', 'Jamaica', 'americas', []),
  j('MX', 'Mexico', 'americas', ['G20']),
  j('NI', 'Nicaragua', 'americas', []),
  j('PA', 'Panama', 'americas', []),
  j('PY', 'Paraguay', 'americas', []),
  j('PE', 'Peru', 'americas', []),
  j('KN', 'Saint Kitts and Nevis', 'americas', []),
  j('LC', 'Saint Lucia', 'americas', []),
  j('VC', 'Saint Vincent and the Grenadines', 'americas', []),
  j('SR', 'Suriname', 'americas', []),
  j('TT', 'Trinidad and Tobago', 'americas', []),
  j('US', 'United States', 'americas', ['G20']),
  j('UY', 'Uruguay', 'americas', []),
  j('VE', 'Venezuela', 'americas', []),

  // asia
  j('AF', 'Afghanistan', 'asia', []),
  j('AM', 'Armenia', 'asia', ['CoE', 'CIS']),
  j('AZ', 'Azerbaijan', 'asia', ['CoE', 'CIS']),
  j('BH', 'Bahrain', 'asia', []),
  j('BD', 'Bangladesh', 'asia', []),
  j('BT', 'Bhutan', 'asia', []),
  j('BN', 'Brunei Darussalam', 'asia', []),
  j('KH', 'Cambodia', 'asia', []),
  j('CN', 'China', 'asia', ['SCO', 'C+C5', 'G20']),
  j('CY', 'Cyprus', 'asia', ['EU', 'CoE']),
  j('GE', 'Georgia', 'asia', ['CoE']),
  j('IN', 'India', 'asia', ['SCO', 'G20']),
  j('ID', 'Indonesia', 'asia', ['G20']),
  j('IR', 'Iran', 'asia', ['SCO']),
  j('IQ', 'Iraq', 'asia', []),
  j('IL', 'Israel', 'asia', []),
  j('JP', 'Japan', 'asia', ['G20']),
  j('JO', 'Jordan', 'asia', []),
  j('KZ', 'Kazakhstan', 'asia', ['SCO', 'CIS', 'C+C5']),
  j('KW', 'Kuwait', 'asia', []),
  j('KG', 'Kyrgyzstan', 'asia', ['SCO', 'CIS', 'C+C5']),
  j('LA', 'Lao People\'s Democratic Republic', 'asia', []),
  j('LB', 'Lebanon', 'asia', []),
  j('MY', 'Malaysia', 'asia', []),
  j('MV', 'Maldives', 'asia', []),
  j('MN', 'Mongolia', 'asia', []),
  j('MM', 'Myanmar', 'asia', []),
  j('NP', 'Nepal', 'asia', []),
  j('KP', 'Democratic People\'s Republic of Korea', 'asia', []),
  j('OM', 'Oman', 'asia', []),
  j('PK', 'Pakistan', 'asia', ['SCO']),
  j('PH', 'Philippines', 'asia', []),
  j('QA', 'Qatar', 'asia', []),
  j('KR', 'Republic of Korea', 'asia', ['G20']),
  j('SA', 'Saudi Arabia', 'asia', ['G20']),
  j('SG', 'Singapore', 'asia', []),
  j('LK', 'Sri Lanka', 'asia', []),
  j('SY', 'Syria', 'asia', []),
  j('TJ', 'Tajikistan', 'asia', ['SCO', 'CIS', 'C+C5']),
  j('TH', 'Thailand', 'asia', []),
  j('TL', 'Timor-Leste', 'asia', []),
  j('TR', 'Türkiye', 'asia', ['CoE', 'G20']),
  j('TM', 'Turkmenistan', 'asia', ['C+C5']),
  j('AE', 'United Arab Emirates', 'asia', []),
  j('UZ', 'Uzbekistan', 'asia', ['SCO', 'CIS', 'C+C5']),
  j('VN', 'Viet Nam', 'asia', []),
  j('YE', 'Yemen', 'asia', []),
  j('HK', 'Hong Kong (China)', 'asia', [], 'CN'),
  j('MO', 'Macao (China)', 'asia', [], 'CN'),

  // europe
  j('AL', 'Albania', 'europe', ['CoE']),
  j('AD', 'Andorra', 'europe', ['CoE']),
  j('AT', 'Austria', 'europe', ['EU', 'CoE']),
  j('BY', 'Belarus', 'europe', ['SCO', 'CIS']),
  j('BE', 'Belgium', 'europe', ['EU', 'CoE']),
  j('BA', 'Bosnia and Herzegovina', 'europe', ['CoE']),
  j('BG', 'Bulgaria', 'europe', ['EU', 'CoE']),
  j('HR', 'Croatia', 'europe', ['EU', 'CoE']),
  j('CZ', 'Czechia', 'europe', ['EU', 'CoE']),
  j('DK', 'Denmark', 'europe', ['EU', 'CoE']),
  j('EE', 'Estonia', 'europe', ['EU', 'CoE']),
  j('FI', 'Finland', 'europe', ['EU', 'CoE']),
  j('FR', 'France', 'europe', ['EU', 'CoE', 'G20']),
  j('DE', 'Germany', 'europe', ['EU', 'CoE', 'G20']),
  j('GR', 'Greece', 'europe', ['EU', 'CoE']),
  j('HU', 'Hungary', 'europe', ['EU', 'CoE']),
  j('IS', 'Iceland', 'europe', ['CoE']),
  j('IE', 'Ireland', 'europe', ['EU', 'CoE']),
  j('IT', 'Italy', 'europe', ['EU', 'CoE', 'G20']),
  j('LV', 'Latvia', 'europe', ['EU', 'CoE']),
  j('LI', 'Liechtenstein', 'europe', ['CoE']),
  j('LT', 'Lithuania', 'europe', ['EU', 'CoE']),
  j('LU', 'Luxembourg', 'europe', ['EU', 'CoE']),
  j('MT', 'Malta', 'europe', ['EU', 'CoE']),
  j('MD', 'Moldova', 'europe', ['CoE', 'CIS']),
  j('MC', 'Monaco', 'europe', ['CoE']),
  j('ME', 'Montenegro', 'europe', ['CoE']),
  j('NL', 'Netherlands', 'europe', ['EU', 'CoE']),
  j('MK', 'North Macedonia', 'europe', ['CoE']),
  j('NO', 'Norway', 'europe', ['CoE']),
  j('PL', 'Poland', 'europe', ['EU', 'CoE']),
  j('PT', 'Portugal', 'europe', ['EU', 'CoE']),
  j('RO', 'Romania', 'europe', ['EU', 'CoE']),
  j('RU', 'Russia', 'europe', ['SCO', 'CIS', 'G20']),
  j('SM', 'San Marino', 'europe', ['CoE']),
  j('RS', 'Serbia', 'europe', ['CoE']),
  j('SK', 'Slovakia', 'europe', ['EU', 'CoE']),
  j('SI', 'Slovenia', 'europe', ['EU', 'CoE']),
  j('ES', 'Spain', 'europe', ['EU', 'CoE']),
  j('SE', 'Sweden', 'europe', ['EU', 'CoE']),
  j('CH', 'Switzerland', 'europe', ['CoE']),
  j('UA', 'Ukraine', 'europe', ['CoE']),
  j('GB', 'United Kingdom', 'europe', ['CoE', 'G20']),

  // oceania
  j('AU', 'Australia', 'oceania', ['G20']),
  j('FJ', 'Fiji', 'oceania', []),
  j('KI', 'Kiribati', 'oceania', []),
  j('MH', 'Marshall Islands', 'oceania', []),
  j('FM', 'Micronesia (Federated States of)', 'oceania', []),
  j('NR', 'Nauru', 'oceania', []),
  j('NZ', 'New Zealand', 'oceania', []),
  j('PW', 'Palau', 'oceania', []),
  j('PG', 'Papua New Guinea', 'oceania', []),
  j('WS', 'Samoa', 'oceania', []),
  j('SB', 'Solomon Islands', 'oceania', []),
  j('TO', 'Tonga', 'oceania', []),
  j('TV', 'Tuvalu', 'oceania', []),
  j('VU', 'Vanuatu', 'oceania', []),
];

/** The ids of the jurisdictions holding an organisation token, in file order. */
export function withMembership(token: string): string[] {
  return JURISDICTIONS.filter((x) => x.memberships?.includes(token)).map((x) => x.id);
}

/** The seed states named in the project's seed documents (SEED-0, SEED-1, SEED-4). */
export const SEED_STATES = ['CN', 'KZ', 'KG', 'TJ', 'TM', 'UZ', 'RU', 'IN', 'PK', 'IR', 'BY'] as const;
