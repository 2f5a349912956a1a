import type { Instrument } from '../../types.ts';
import { ALL, CLOUD_AGREEMENT_DAYS, MLAT_GENERIC, MLAT_TO_US } from '../durations.ts';

/**
 * The United States' bilateral network: CLOUD Act data-access agreements and mutual legal
 * assistance treaties (including the instruments under the 2003 US-EU Agreement). Pure data.
 * `[S#]` refers to ../shared/domain/facts.md.
 */

/** US relation with an EU member, supplemented or created by the 2003 US-EU Agreement. */
function usEu(id: string, name: string, bilateral: string, from = '2010-02-01', uncertain?: string): Instrument {
  const inst: Instrument = {
    id: `US-${id}-MLAT`,
    title: `United States-${name} mutual legal assistance (as applied under the US-EU Agreement)`,
    kind: 'mlat',
    parties: ['US', id],
    data: [...ALL],
    days: MLAT_TO_US,
    excludes: [],
    source:
      `${bilateral}; Agreement on Mutual Legal Assistance between the US and the EU (signed 25 Jun 2003) and the bilateral ` +
      `instrument under its art. 3(2) (Senate Treaty Doc. 109-13; Exec. Rept. 110-13), in force 1 Feb 2010; US State ` +
      `Department INCSR 2015 lists an MLAT in force with ${name}`,
    inForce: { from },
  };
  const note =
    uncertain ??
    (from === '2010-02-01'
      ? `inForce.from is the date the US-EU instruments took effect; an earlier bilateral treaty with ${name}, if any, ` +
        'may have been in force before, but its date was not confirmed.'
      : undefined);
  if (note) inst.uncertain = note;
  return inst;
}

export const US_BILATERAL: Instrument[] = [
  // ================================================================ CLOUD Act agreements
  {
    id: 'US-GB-CLOUD-2019',
    title: 'UK-US Agreement on Access to Electronic Data for the Purpose of Countering Serious Crime',
    kind: 'agreement',
    parties: ['US', 'GB'],
    data: [...ALL],
    days: CLOUD_AGREEMENT_DAYS,
    // The targeting restrictions run one way each (art. 4(3), with art. 1(12) defining whom each party may not target).
    excludes: [],
    directionalExcludes: [
      {
        from: 'GB', subjectNationality: ['US'], subjectLocation: ['US'],
        source: 'UK-US Agreement arts. 1(12) and 4(3): the UK may not target US citizens, nationals or lawful permanent residents, nor persons located in the US [S8][S9]',
      },
      {
        from: 'US', subjectLocation: ['GB'],
        source: 'UK-US Agreement arts. 1(12) and 4(3): the US may not target persons located in the UK (UK nationals elsewhere are not excluded) [S8][S9]',
      },
    ],
    source:
      'Agreement signed 3 Oct 2019, in force 3 Oct 2022 (first CLOUD Act agreement) under 18 USC 2523 and the UK Crime ' +
      '(Overseas Production Orders) Act 2019: orders for serious crime, i.e. offences punishable by a maximum of at least 3 ' +
      'years; each order must target a specific person, account or identifier and be subject to independent review; the ' +
      'UK may not target US persons or persons in the US, the US may not target persons in the UK; no use to infringe ' +
      'freedom of speech; use as evidence in a US death-penalty case needs UK permission (art. 8(4)) [S8][S9][S66][S67][S68]',
    inForce: { from: '2022-10-03' },
    uncertain:
      'The article numbers of the targeting restrictions (arts. 1(12), 4(3)) are taken from a law-firm summary ' +
      '(Covington, globalpolicywatch.com, Oct 2019), the text itself (justice.gov) was not re-read. A US person is ' +
      'modelled by nationality only: lawful permanent residents and US-incorporated bodies are not. The serious-crime ' +
      'threshold, death-penalty condition and the reported 30-day termination clause are described, not modelled.',
  },
  {
    id: 'US-AU-CLOUD-2021',
    title: 'Australia-US Agreement on Access to Electronic Data for the Purpose of Countering Serious Crime',
    kind: 'agreement',
    parties: ['US', 'AU'],
    data: [...ALL],
    days: CLOUD_AGREEMENT_DAYS,
    excludes: ['party-nationals', 'party-residents'],
    source:
      'Agreement signed 15 Dec 2021 under 18 USC 2523 and Australia\'s Telecommunications Legislation Amendment ' +
      '(International Production Orders) Act 2021: international production orders for serious crime (e.g. terrorism, ' +
      'ransomware, child sexual abuse) served directly on the other party\'s providers through designated authorities; no ' +
      'targeting of the other party\'s persons [S10]',
    inForce: { from: '2024-01-31' },
    uncertain:
      'Entry into force on 31 Jan 2024 is given by a single source and was not confirmed [S10]. Exclusions modelled ' +
      'both ways as for the US-UK agreement; the exact serious-crime definition was not read.',
  },

  // ================================================================ Bilateral MLATs with the United States
  {
    id: 'US-GB-MLAT',
    title: 'United States-United Kingdom Treaty on Mutual Legal Assistance in Criminal Matters',
    kind: 'mlat',
    parties: ['US', 'GB'],
    data: [...ALL],
    days: MLAT_TO_US,
    excludes: [],
    source:
      'Treaty signed at Washington 6 Jan 1994 (TIAS 96-1202; Senate Treaty Doc. 104-2), entered into force 2 Dec 1996; ' +
      'amended by the instrument of 16 Dec 2004 under the US-EU Agreement, in force 1 Feb 2010',
    inForce: { from: '1996-12-02' },
  },
  usEu(
    'IE',
    'Ireland',
    'Treaty signed at Washington 18 Jan 2001 (TIAS 13137; Senate Treaty Doc. 107-9), entered into force 11 Aug 2009 (the ' +
      'treaty Ireland asked the US to use in the Microsoft case [S47])',
    '2009-08-11',
  ),
  usEu(
    'FR',
    'France',
    'Treaty signed at Paris 10 Dec 1998 (TIAS 13010; Senate Treaty Doc. 106-17), amended by the instrument signed at The ' +
      'Hague 30 Sep 2004',
  ),
  usEu(
    'DE',
    'Germany',
    'Treaty signed at Washington 14 Oct 2003 (Senate Treaty Doc. 108-27) and supplementary treaty of 18 Apr 2006, approved ' +
      'by German law of 26 Oct 2007 (BGBl. 2007 II p. 1618)',
  ),
  usEu(
    'NL',
    'Netherlands',
    'Treaty on Mutual Assistance in Criminal Matters, entered into force 15 Sep 1983 (TIAS 10734), supplemented by the ' +
      'instrument signed 29 Sep 2004',
    '1983-09-15',
  ),
  usEu(
    'BE',
    'Belgium',
    'Treaty on Mutual Legal Assistance in Criminal Matters signed at Washington 28 Jan 1988 (transmitted to the US Senate ' +
      '29 Mar 1988), approved by the Belgian law of 4 Mar 1998; supplemented by the instrument signed 16 Dec 2004 under the ' +
      'US-EU Agreement (Belgian law of 30 Jun 2009) [S48]',
    '1998-03-04',
    'inForce.from is the date of the Belgian law approving the treaty, the earliest it can have entered into force; the ' +
      'date of the exchange of ratifications was not confirmed.',
  ),
  usEu('LU', 'Luxembourg', 'Bilateral MLAT, supplemented by the instrument signed 1 Feb 2005'),
  usEu('AT', 'Austria', 'Bilateral treaty on mutual assistance in criminal matters (Austrian BGBl. III No. 107/1998) and instrument signed 20 Jul 2005'),
  usEu('DK', 'Denmark', 'Instrument signed 23 Jun 2005'),
  usEu('ES', 'Spain', 'Bilateral MLAT (listed in force in FindLaw\'s list of US MLATs) and instrument under the US-EU Agreement'),
  usEu(
    'IT',
    'Italy',
    'Mutual Assistance Treaty signed 9 Nov 1982, entered into force 13 Nov 1985 (FindLaw list of US MLATs), supplemented by ' +
      'the instrument signed 3 May 2006',
    '1985-11-13',
  ),
  usEu('PL', 'Poland', 'Bilateral MLAT and instrument under the US-EU Agreement'),
  usEu('SE', 'Sweden', 'Bilateral MLAT and instrument under the US-EU Agreement'),
  usEu('FI', 'Finland', 'Instrument signed 16 Dec 2004'),
  usEu('PT', 'Portugal', 'Bilateral MLAT and instrument under the US-EU Agreement'),
  usEu('CZ', 'Czechia', 'Bilateral MLAT and instrument signed 16 May 2006'),
  usEu('HU', 'Hungary', 'Bilateral MLAT (FindLaw list of US MLATs) and instrument signed 15 Nov 2005'),
  usEu('EE', 'Estonia', 'Bilateral MLAT and instrument signed 8 Feb 2006'),
  usEu('GR', 'Greece', 'Treaty signed at Washington 25 May 1999 (Senate Treaty Doc. 106-18) and instrument signed 18 Jan 2006'),
  usEu('RO', 'Romania', 'Bilateral MLAT (Senate Exec. Rept. 106-24) and instrument under the US-EU Agreement'),
  {
    id: 'US-CH-MLAT',
    title: 'United States-Switzerland Treaty on Mutual Assistance in Criminal Matters',
    kind: 'mlat',
    parties: ['US', 'CH'],
    data: [...ALL],
    days: MLAT_TO_US,
    excludes: [],
    source:
      'Treaty of 25 May 1973 (Swiss SR 0.351.933.6; 27 UST 2019, TIAS 8302), ratifications exchanged 27 Jul 1976, entered ' +
      'into force 23 Jan 1977',
    inForce: { from: '1977-01-23' },
  },
  {
    id: 'US-CA-MLAT',
    title: 'United States-Canada Treaty on Mutual Assistance in Criminal Matters',
    kind: 'mlat',
    parties: ['US', 'CA'],
    data: [...ALL],
    days: MLAT_TO_US,
    excludes: [],
    source: 'Treaty signed 18 Mar 1985 (Senate Treaty Doc. 100-14), entered into force 24 Jan 1990 (FindLaw list of US MLATs)',
    inForce: { from: '1990-01-24' },
  },
  {
    id: 'US-AU-MLAT',
    title: 'United States-Australia Treaty on Mutual Assistance in Criminal Matters',
    kind: 'mlat',
    parties: ['US', 'AU'],
    data: [...ALL],
    days: MLAT_TO_US,
    excludes: [],
    source:
      'Treaty signed at Washington 30 Apr 1997 with exchange of notes (TIAS 99-930); given effect in Australia by the Mutual ' +
      'Assistance in Criminal Matters (United States of America) Regulations 1999',
    inForce: { from: '1999-09-30' },
    uncertain: 'Entry-into-force date read from the TIAS number 99-930; not stated in the sources consulted.',
  },
  {
    id: 'US-JP-MLAT',
    title: 'United States-Japan Treaty on Mutual Legal Assistance in Criminal Matters',
    kind: 'mlat',
    parties: ['US', 'JP'],
    data: [...ALL],
    days: MLAT_TO_US,
    excludes: [],
    source:
      'Treaty signed at Washington 5 Aug 2003 (Senate Treaty Doc. 108-12), instruments exchanged in Tokyo 21 Jun 2006, in ' +
      'force 21 Jul 2006; Japan\'s first MLAT (Japan MoJ White Paper on Crime 2007; JURIST)',
    inForce: { from: '2006-07-21' },
  },
  {
    id: 'US-BR-MLAT',
    title: 'United States-Brazil Treaty on Mutual Legal Assistance in Criminal Matters',
    kind: 'mlat',
    parties: ['US', 'BR'],
    data: [...ALL],
    days: MLAT_TO_US,
    excludes: [],
    source:
      'Treaty signed at Brasilia 14 Oct 1997 (TIAS 12889), entered into force 21 Feb 2001; promulgated in Brazil by Decree ' +
      '3,810 of 2 May 2001; held constitutional by the STF in ADC 51 (2023), which also allows direct requests to ' +
      'providers operating in Brazil [S51]',
    inForce: { from: '2001-02-21' },
  },
  {
    id: 'US-IN-MLAT',
    title: 'United States-India Treaty on Mutual Legal Assistance in Criminal Matters',
    kind: 'mlat',
    parties: ['US', 'IN'],
    data: [...ALL],
    days: MLAT_TO_US,
    excludes: [],
    source:
      'Treaty signed at New Delhi 17 Oct 2001 (Senate Treaty Doc. 107-3); instruments of ratification exchanged and in force ' +
      '3 Oct 2005 (Embassy of India press release)',
    inForce: { from: '2005-10-03' },
  },
  {
    id: 'US-RU-MLAT',
    title: 'United States-Russian Federation Treaty on Mutual Legal Assistance in Criminal Matters',
    kind: 'mlat',
    parties: ['US', 'RU'],
    data: [...ALL],
    days: MLAT_TO_US,
    excludes: [],
    source:
      'Treaty signed at Moscow 17 Jun 1999 (TIAS 13046; Senate Treaty Doc. 106-22), ratifications exchanged and in force ' +
      '31 Jan 2002; replaced the 1995 Mutual Legal Assistance Agreement (State Department fact sheet, 31 Jan 2002)',
    inForce: { from: '2002-01-31' },
  },
  {
    id: 'US-CN-MLAA-2000',
    title: 'United States-China Agreement on Mutual Legal Assistance in Criminal Matters',
    kind: 'mlat',
    parties: ['US', 'CN'],
    data: [...ALL],
    days: MLAT_TO_US,
    excludes: [],
    source:
      'Agreement signed at Beijing 19 Jun 2000 (text: US Department of State, via the GRIPS "World and Japan" database), ' +
      'submitted to the NPC Standing Committee in Dec 2000 (Xinhua); described as in force since 2001 by a US Embassy ' +
      'Beijing cable of 2009 and as the 2001 MLAT in academic notes (NYU Law Review 2019, GWU Law Review 2018)',
    inForce: {},
    uncertain: 'In force since 2001; the exact day was not found. An executive agreement, not a treaty, on the US side.',
  },

];
