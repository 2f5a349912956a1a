import type { Instrument } from '../../types.ts';
import { ALL, MLAT_GENERIC } from '../durations.ts';

/**
 * Commonwealth of Independent States instruments, and why the Shanghai Cooperation Organisation's are
 * not channels. Pure data; each party's own dates in `partyTerms` where a source gives them.
 *
 * Order matters. Where several instruments of one kind bind both states, the engine takes the
 * bilateral one, then the one with the smallest median, then file order (machines/route/instruments.ts).
 * All four below use MLAT_GENERIC, so file order decides:
 * - the Chisinau Convention comes before the Minsk Convention, because it replaces Minsk between its
 *   own parties (Chisinau art. 120(3)); Minsk keeps applying between a Chisinau party and a state bound
 *   only by Minsk (art. 120(4)), which the engine does by itself since only Minsk binds that pair;
 * - the two legal-assistance conventions come before the cybercrime agreements: a request for stored
 *   data to be used as evidence is a procedural action, which the conventions govern (Minsk art. 6 as
 *   amended by the 1997 Protocol: searches, seizure, handing over evidence); the agreements carry requests between
 *   competent (law-enforcement) authorities, and serve here where no convention binds both states;
 * - the 2018 agreement comes before the 2001 one, which it was made to replace between its parties.
 *
 * Not channels (no procedure for requesting data was found):
 * - SCO Agreement on cooperation in ensuring international information security (Yekaterinburg,
 *   16 Jun 2009; CN, KZ, KG, RU, TJ, UZ): joint measures, monitoring and norms, no request procedure
 *   [S44][S44c]; SCO Agreement on cooperation in combating crime (2010) and the RATS agreements: listed
 *   in SEED-1 (facts.md §8) without any procedure for one state to obtain data from another, and
 *   SEED-1 itself says SCO judicial-assistance mechanisms are still lacking (P17). Between SCO members
 *   the routes are the CIS conventions above and the bilateral treaties (bilateral/china.ts,
 *   bilateral/russia-central-asia.ts).
 */

const MINSK_SOURCE =
  'Convention of 22 Jan 1993 on legal assistance and legal relations in civil, family and criminal matters (Minsk), in ' +
  'force 19 May 1994 and for Russia 10 Dec 1994 (text as published by ConsultantPlus, reproduced at ' +
  'https://edis74.ru/minskaya-konventsiya-1993/); Protocol of 28 Mar 1997 (in force 17 Sep 1999: ' +
  'https://old.adolat.uz/ru/news/uzbekistan-ratificiroval-protokol-k-minskoj-konvencii; signatories listed in Kazakhstan ' +
  'Law No. 399-I of 24 Jun 1999, https://adilet.zan.kz/kaz/docs/Z990000399_), which lets competent bodies correspond ' +
  'through central, territorial and other bodies (art. 5) and lists searches, seizure and handing over evidence among ' +
  'the forms of assistance (art. 6; Protocol text as published in Moldova, https://ro.scribd.com/document/486506333/41); ' +
  'withdrawal by notice to the depositary (art. 84, interpreted by the CIS Economic Court, decision No. 01-1/1-24 of ' +
  '15 May 2024, https://adilet.zan.kz/rus/docs/H2400011124). Uzbek Ministry of Justice ' +
  '(https://gazeta.uz/ru/2019/09/04/convention): Uzbekistan\'s CIS relations rested on this Convention until it acceded ' +
  'to the Chisinau Convention.';

const CHISINAU_SOURCE =
  'Convention of 7 Oct 2002 on legal assistance and legal relations in civil, family and criminal matters (Chisinau); in ' +
  'force on the 30th day after the third ratification is deposited, and for a later state on the 30th day after its own ' +
  '(art. 120(2)); between its parties it ends the 1993 Minsk Convention and its 1997 Protocol, which keep applying ' +
  'with states bound only by them (art. 120(3)-(4); text at https://forum.yurclub.ru/index0.php?p=1601954&showtopic=126210). ' +
  'Signatories and deposits as recorded with Kazakhstan Law No. 531 of 10 Mar 2004 (ratification): signed by AZ, AM, BY, ' +
  'GE, KZ, KG, MD, RU, TJ, UA; ratifications deposited by Belarus 1 Aug 2003, Kazakhstan 29 Mar 2004, Kyrgyzstan ' +
  '2 Sep 2004, Armenia 21 Jan 2005 (https://zakonpravo.kz/en/on-the-ratification-of-the-convention-on-legal-assistance-' +
  'and-legal-relations-in-civil-family-and-criminal-matters). Party dates below are computed with art. 120(2).';

// Deposits for the 1997 Protocol, not for the Convention: the Protocol is what adds searches, seizure and
// handing over evidence (art. 6), so a party's Protocol deposit bounds when this channel carries a data request.
const MINSK_PROTOCOL_DEPOSITS =
  'CIS depositary record of the 1997 Protocol as reproduced with Kazakhstan Law No. 399 of 24 Jun 1999 ' +
  '(https://zakonpravo.kz/en/on-ratification-of-the-protocol-to-the-convention-on-legal-assistance-and-legal-relations-in-civil-family-and-criminal-matters-of-january-22-1993): ' +
  'Protocol in force 17 Sep 1999';
const minskProtocol = (deposit: string): string => `${MINSK_PROTOCOL_DEPOSITS}; this state's instrument for the Protocol deposited ${deposit}`;

export const CIS_INSTRUMENTS: Instrument[] = [
  {
    id: 'CIS-CHISINAU-2002',
    title: 'CIS Convention on Legal Assistance and Legal Relations in Civil, Family and Criminal Matters (Chisinau, 2002)',
    kind: 'mlat',
    legalForm: 'treaty',
    parties: ['BY', 'KZ', 'KG', 'AM', 'UZ'],
    data: [...ALL],
    days: MLAT_GENERIC,
    excludes: [],
    source: CHISINAU_SOURCE,
    // The third deposit (Kyrgyzstan, 2 Sep 2004) + 30 days.
    inForce: { from: '2004-10-02' },
    partyTerms: {
      BY: { ratified: '2003-08-01', from: '2004-10-02', source: 'Deposit 1 Aug 2003; bound from the entry into force after the third deposit (art. 120(2)).' },
      KZ: {
        ratified: '2004-03-10', from: '2004-10-02',
        source: 'Law No. 531 of 10 Mar 2004, deposited 29 Mar 2004; bound from the entry into force after the third deposit (art. 120(2)).',
      },
      KG: {
        ratified: '2004-03-19', from: '2004-10-02',
        source: 'Law No. 29 of 19 Mar 2004 (http://cbd.minjust.gov.kg/act/view/ru-ru/17401), deposited 2 Sep 2004, the third deposit: ' +
          'in force on the 30th day after it (art. 120(2)).',
      },
      AM: { from: '2005-02-20', source: 'Deposit 21 Jan 2005; the 30th day after it (art. 120(2)).' },
      UZ: {
        ratified: '2019-08-26',
        source: 'Law "On accession to the Convention ..." signed 26 Aug 2019 (https://gazeta.uz/ru/2019/09/04/convention).',
        uncertain: 'date unknown: the day Uzbekistan\'s instrument of accession was deposited was not found; bound on the 30th day after it (art. 120(2)).',
      },
      RU: {
        signed: '2002-10-07',
        source: 'Signatory (Kazakh Law No. 531 list); "not in force for Russia" (ConsultantPlus note on the Minsk Convention, https://edis74.ru/minskaya-konventsiya-1993/).',
        uncertain: 'Signed but not ratified: Russia\'s relations with the other CIS states stay under the Minsk Convention.',
      },
    },
    uncertain:
      'The deposit list read stops after Armenia (21 Jan 2005); other signatories that may have ratified later (Azerbaijan, ' +
      'Moldova, Tajikistan among them) are left out until a source gives their deposit, so the engine routes their requests ' +
      'under the Minsk Convention. Entry-into-force dates are computed, not read from the CIS register.',
  },
  {
    id: 'CIS-MINSK-1993',
    title: 'CIS Convention on Legal Assistance and Legal Relations in Civil, Family and Criminal Matters (Minsk, 1993)',
    kind: 'mlat',
    legalForm: 'treaty',
    parties: ['AM', 'BY', 'KZ', 'KG', 'MD', 'RU', 'TJ', 'UA', 'UZ'],
    data: [...ALL],
    days: MLAT_GENERIC,
    excludes: [],
    source: MINSK_SOURCE,
    inForce: { from: '1994-05-19' },
    partyTerms: {
      RU: { from: '1994-12-10', source: 'ConsultantPlus note: in force for the Russian Federation 10 Dec 1994 (https://edis74.ru/minskaya-konventsiya-1993/).' },
      MD: {
        ratified: '1995-03-16', from: '1996-03-26',
        source: 'Parliament Decision No. 402-XIII of 16 Mar 1995; in force for Moldova 26 Mar 1996 (Tratate internaţionale vol. 16, p. 262; ' +
          'http://lex.justice.md/index.php?action=view&view=doc&lang=1&id=357322).',
      },
      UA: {
        ratified: '1994-11-10', to: '2022-12-22',
        source: 'Ratified with reservations by Law No. 240/94-VR of 10 Nov 1994 (https://minjust.gov.ua/m/4281); Protocol deposited 22 Sep 1998 ' +
          `(${MINSK_PROTOCOL_DEPOSITS}). Law No. 2783-IX of ` +
          '1 Dec 2022, in force 23 Dec 2022, suspends the Convention and the 1997 Protocol towards Russia and Belarus and withdraws ' +
          'Ukraine from both (Ministry of Justice notice, https://minjust.gov.ua/m/informatsiyne-povidomlennya-schodo-zupinennya-dii-' +
          'ta-vihodu-z-konventsii-pro-pravovu-dopomogu-i-pravovi-vidnosini-u-tsivilnih-simeynih-ta-kriminalnih-spravah-vid-22-sichnya-1993-roku-ta-protokolu-do-nei).',
        uncertain:
          'date unknown: the day Ukraine became bound was not found. Its last day is simplified: the engine cannot suspend a treaty ' +
          'towards two parties only, so Ukraine is shown bound until 22 Dec 2022 (the day before the suspension towards Russia and ' +
          'Belarus); towards the other parties the withdrawal took effect at the end of the notice period of art. 84, on a day ' +
          'not found.',
      },
      AM: {
        source: 'Armenia applies the Convention through territorial bodies of its Ministry of Justice (https://armenianlaw.com/en/on-legal-cooperation-of-the-cis-countries-in-the-field-of-civil-family-and-criminal-law); ' +
          minskProtocol('11 May 2000'),
        uncertain: 'date unknown: Armenia\'s ratification and entry into force of the Convention itself were not found (only its Protocol deposit was read).',
      },
      BY: {
        source: 'Belarus states it is a party (Hague Conference, Belarus central authority page, https://www.hcch.net/de/states/authorities/details3/?aid=242); ' +
          minskProtocol('18 Dec 1997'),
        uncertain: 'date unknown: Belarus\'s entry into force of the Convention was not found (the Convention itself is in force from 19 May 1994; only the Protocol deposit was read).',
      },
      KZ: {
        source: minskProtocol('18 Aug 1999'),
        uncertain: 'date unknown: Kazakhstan\'s entry into force of the Convention was not found (only its Protocol deposit was read).',
      },
      KG: {
        source: `${MINSK_PROTOCOL_DEPOSITS}; Kyrgyzstan had only notified the depositary (2 Mar 2005) that its domestic procedures were under way`,
        uncertain: 'date unknown: Kyrgyzstan\'s entry into force of the Convention was not found, nor whether it later completed ratification of the Protocol.',
      },
      TJ: {
        source: minskProtocol('18 Jan 2000'),
        uncertain: 'date unknown: Tajikistan\'s entry into force of the Convention was not found (only its Protocol deposit was read).',
      },
      UZ: {
        source: 'Uzbekistan ratified the 1997 Protocol by Law No. ZRU-593 of 13 Dec 2019, with a reservation on art. 22.1 (civil matters) ' +
          '(https://old.adolat.uz/ru/news/uzbekistan-ratificiroval-protokol-k-minskoj-konvencii).',
        uncertain: 'date unknown: Uzbekistan\'s entry into force was not found.',
      },
    },
    uncertain:
      'Georgia and Azerbaijan signed the 1997 Protocol (Kazakh Law No. 399-I) and Turkmenistan is a CIS state, but no source read ' +
      'gives their ratification or entry into force, so they are not listed: the engine offers no route through this Convention ' +
      'for them. Between parties to the Chisinau Convention that convention applies instead (listed before this one).',
  },
  {
    id: 'CIS-IT-CRIMES-2018',
    title: 'Agreement on cooperation of CIS member states in combating crimes in the field of information technologies (Dushanbe, 2018)',
    kind: 'mlat',
    legalForm: 'treaty',
    parties: ['AM', 'KZ', 'RU'],
    offences: ['cybercrime'],
    data: [...ALL],
    days: MLAT_GENERIC,
    excludes: [],
    source:
      'Agreement of 28 Sep 2018 (Dushanbe; English text: https://ealegislation.com/document.fwx?rgn=110821): creates the legal basis ' +
      'for cooperation of the parties\' law-enforcement bodies, names the competent bodies and how they interact (Kazinform, 21 Nov ' +
      '2019, https://www.inform.kz/en/senate-oks-agreement-on-cis-states-cooperation-in-fight-against-information-technology-crimes_a3587326); ' +
      'made to replace the 2001 agreement (Asia-Plus, 7 Sep 2018, http://www.asiaplus.tj/en/news/tajikistan/security/20180907/' +
      'cis-heads-of-state-to-consider-draft-agreement-on-combating-cybercrime-at-dushanbe-summit); in force 22 Jan 2022 ' +
      '(Armenian legal register, https://new.arlis.am/en/acts/9136/print/act_changes).',
    inForce: { from: '2022-01-22' },
    partyTerms: {
      AM: { from: '2022-01-22', source: 'Armenian legal register: in force 22 Jan 2022 (https://new.arlis.am/en/acts/9136/print/act_changes).' },
      KZ: {
        ratified: '2019-12-09',
        source: 'Law No. 277-VI of 9 Dec 2019 (https://adilet.zan.kz/rus/docs/Z1900000277).',
        uncertain: 'date unknown: the day it binds Kazakhstan was not found; ratified before the agreement entered into force on 22 Jan 2022.',
      },
      RU: {
        source: 'Ratified by the State Duma in June 2021 (TASS via http://rodina.news/ratifitsirovala-soglashenie-sng-sotrudnichestve-sfere-21061515073330.htm).',
        uncertain: 'date unknown: the day it binds Russia was not found; ratified before the agreement entered into force on 22 Jan 2022.',
      },
    },
    uncertain:
      'Only the parties whose ratification was read are listed; Belarus, Tajikistan, Kyrgyzstan and others may also be bound (Qazaq TV, ' +
      'citing Kazakhstan\'s Foreign Ministry in 2019, said Uzbekistan and Belarus had ratified: ' +
      'https://old.qazaqtv.com/en/view/hi-tech/page_205874_cis-countries-will-join-efforts-in-countering-cybercrimes; not added, as ' +
      'neither the date nor the depositary record was read). The agreement\'s own entry-into-force clause and the depositary\'s list of ' +
      'notifications were not read, so Kazakhstan and Russia, which ratified before 22 Jan 2022, keep no date of their own. Whether ' +
      'requests under it may ask for stored data as evidence, or only for operational measures, was not read in its text; the ' +
      'legal-assistance conventions are preferred where they bind both states.',
  },
  {
    id: 'CIS-COMPUTER-INFO-2001',
    title: 'Agreement on cooperation of CIS member states in combating offences in the field of computer information (Minsk, 2001)',
    kind: 'mlat',
    legalForm: 'treaty',
    parties: ['AM', 'AZ', 'BY', 'KZ', 'MD', 'RU', 'TJ'],
    offences: ['cybercrime'],
    data: [...ALL],
    days: MLAT_GENERIC,
    excludes: [],
    source:
      'Agreement of 1 Jun 2001 (Minsk): forms of cooperation including exchange of information and the grounds and procedure for ' +
      'executing requests for assistance, which may be refused in whole or in part where execution would breach the requested ' +
      'party\'s law (Interfax, 12 Sep 2008, https://www.sport-interfax.ru/ConfederationsCup2017/32343; Novosti-Armenia, 19 Sep 2008, ' +
      'https://newsarmenia.am/news/armenia/sng1-20080919-41951551/); withdrawal by six months\' notice, accession with all parties\' ' +
      'consent (art. 17, https://base.garant.ru/12123778/a7b26eafd8fd23d18ca4410ac5359e0e).',
    // Its first entry into force was not found: no earlier than its signature.
    inForce: { notBefore: '2001-06-01' },
    partyTerms: {
      AM: { uncertain: 'date unknown: in force for Armenia by Sep 2008 (Novosti-Armenia, 19 Sep 2008).' },
      AZ: { uncertain: 'date unknown: in force for Azerbaijan by Sep 2008 (Novosti-Armenia, 19 Sep 2008).' },
      BY: { uncertain: 'date unknown: in force for Belarus by Sep 2008 (Novosti-Armenia, 19 Sep 2008).' },
      KZ: { uncertain: 'date unknown: in force for Kazakhstan by Sep 2008 (Novosti-Armenia, 19 Sep 2008).' },
      MD: { uncertain: 'date unknown: in force for Moldova by Sep 2008 (Novosti-Armenia, 19 Sep 2008).' },
      TJ: { uncertain: 'date unknown: in force for Tajikistan by Sep 2008 (Novosti-Armenia, 19 Sep 2008).' },
      RU: {
        source: 'Ratified by the State Duma (12 Sep 2008) and the Federation Council (19 Sep 2008).',
        uncertain: 'date unknown: the day it binds Russia was not found (after its ratification in September 2008).',
      },
    },
    uncertain:
      'Its first entry into force was not found, nor whether Ukraine, Kyrgyzstan or Uzbekistan are bound (not listed). Between ' +
      'parties to the 2018 agreement that agreement is taken instead (listed before this one); whether the 2001 agreement has ended ' +
      'between them was not read.',
  },
];
