import type { Instrument, PartyTerms } from '../../types.ts';
import { ALL, MLAT_GENERIC, requestsToUS } from '../durations.ts';
import { withMembership } from '../jurisdictions.ts';

/**
 * Council of Europe instruments: the Budapest Convention (ETS 185) and its Second Additional
 * Protocol (CETS 224), the 1959 Convention (ETS 30) and its protocols. Pure data; each party's own
 * dates in `partyTerms`. `[S#]` refers to docs/sources.md.
 */

const COE_CHART_2015 =
  'CoE chart of signatures and ratifications of Treaty 185, status as of 03/12/2015 ' +
  '(https://www.coe.int/en/web/conventions/full-list/-/conventions/treaty/185/signatures)';
const BUDAPEST_RULE = 'ETS 185 art. 36(4) / 37(2): first day of the month after three months from the deposit';
/**
 * The Dutch treaty database's party table for ETS 185 (treaty 009852), as reproduced by inview.nl
 * ("Partijen en gegevens", snapshot of mid-2024: it already lists Benin, Fiji and Kiribati, in force
 * 1 Oct 2024, not yet Côte d'Ivoire, 1 Nov 2024). The copy read stops at "M" (Moldova): it gives the
 * date of entry into force of each party from Albania to Moldova, not the date of deposit.
 */
const NL_TABLE = 'Dutch treaty database, ETS 185 party table (verdragenbank.overheid.nl, treaty 009852), date of entry into force as reproduced at https://inview.nl/document/ida9135c0f2679103f04a4f8f7d99c2d8c';
/** The list of the 47 parties as of Sep 2015 (cybercrimelaw.net, https://www.cybercrimelaw.net/coe.html). */
const LIST_2015 = 'Listed among the parties as of Sep 2015 by https://www.cybercrimelaw.net/coe.html';
const NO_DATE = 'date unknown: the party table read (Dutch treaty database as reproduced by inview.nl) stops at Moldova and no other source of its deposit was read, so the Convention\'s own entry into force (1 Jul 2004) stands in; the real date is later for states that joined after 2004.';

/** Entry into force for a state from the Dutch table (no deposit date in the copy read). */
const nl = (from: string): PartyTerms => ({ from, source: NL_TABLE });
/** A party whose membership is sourced but whose date was not read. */
const undated = (source: string): PartyTerms => ({ source, uncertain: NO_DATE });

/**
 * Each party's entry into force of ETS 185 (`from`), with where it was read, for every party among
 * the 195 jurisdictions that a source read names (77, San Marino added from its 2019 ratification). States that signed without being bound (Ireland,
 * South Africa) are in BUDAPEST_SIGNATORIES, outside `parties`.
 */
const BUDAPEST_TERMS: Record<string, PartyTerms> = {
  US: { ratified: '2006-09-29', from: '2007-01-01', source: 'Instrument deposited 29 Sep 2006, in force for the US 1 Jan 2007 (US Embassy Tokyo release of 2 Oct 2006, https://japan2.usembassy.gov/e/p/2006/tp-20061002-04.html)' },
  GB: { ratified: '2011-05-25', from: '2011-09-01', source: `Ratified 25 May 2011 (The Register, https://www.theregister.co.uk/2011/05/25/uk_ratifies_cybercrime_convention/); ${BUDAPEST_RULE}`, uncertain: 'The deposit date is read from a press report of the day; the CoE chart entry for the UK was not read.' },
  FR: { ratified: '2006-01-10', from: '2006-05-01', source: COE_CHART_2015 },
  DE: { ratified: '2009-03-09', from: '2009-07-01', source: `${COE_CHART_2015} (ratification date); entry into force 1 Jul 2009 confirmed by ${NL_TABLE}` },
  NL: { ratified: '2006-11-16', from: '2007-03-01', source: 'Finnish treaty series (Finlex, SopS 59/2007, parties): the Netherlands bound 16 Nov 2006, in force 1 Mar 2007, for the Kingdom in Europe (https://finlex.fi/fi/sopimukset/sopsviite/2007/20070059)' },
  BE: { ratified: '2012-08-20', from: '2012-12-01', source: COE_CHART_2015 },
  LU: nl('2015-05-01'),
  CH: { ratified: '2011-09-21', from: '2012-01-01', source: 'SR 0.311.43: instrument deposited 21 Sep 2011, in force for Switzerland 1 Jan 2012 (https://www.droit-bilingue.ch/de-fr/0.3/0.31/0.311.43-preface-1.html)' },
  AU: { ratified: '2012-11-30', from: '2013-03-01', source: 'CoE notification JJ7505C Tr./185-76 of 7 Dec 2012: accession 30 Nov 2012, in force for Australia 1 Mar 2013 (https://fr.doczz.net/doc/2284910/185-a-ftr-aut---conseil-de-l-europe)' },
  CA: { ratified: '2015-07-08', from: '2015-11-01', source: `Canada ratified on 8 Jul 2015 (Global Affairs Canada, https://www.canada.ca/en/news/archive/2015/07/canada-completes-ratification-convention-cybercrime.html; deposit of 8 Jul 2015 notified by the CoE, Portuguese Aviso 66/2016, https://dre.tretas.org/dre/2643134/aviso-66-2016-de-24-de-junho); ${BUDAPEST_RULE}` },
  JP: { ratified: '2012-07-03', from: '2012-11-01', source: 'CoE notification JJ7443C Tr./185-74 of 6 Jul 2012 and MOFA Japan: acceptance 3 Jul 2012, in force for Japan 1 Nov 2012 (https://www.mofa.go.jp/announce/announce/2012/7/0704_01.html)' },
  BR: { ratified: '2022-11-30', from: '2023-03-01', source: 'Decree 11.491 of 12 Apr 2023, recitals: instrument deposited 30 Nov 2022, in force for Brazil 1 Mar 2023 (https://legjur.com/legislacao/art/dec_00114912023)' },
  AT: { ratified: '2012-06-13', from: '2012-10-01', source: COE_CHART_2015 },
  DK: { ratified: '2005-06-21', from: '2005-10-01', source: COE_CHART_2015 },
  ES: { from: '2010-10-01', source: 'Instrument of ratification (BOE): in force for Spain 1 Oct 2010 under art. 36(4) (as reproduced at http://migrarconderechos.es/legislationMastertable/legislacion/Convenio_ciberdelincuencia_23_11_2001)' },
  IT: { from: '2008-10-01', source: `${NL_TABLE}; ratification authorised by Law No. 48 of 18 Mar 2008 (https://www.normattiva.it/uri-res/N2Ls?urn:nir:stato:legge:2008-03-18;48)` },
  // The President signed the instrument on 29 Jan 2015; the deposit came later (not read), hence no `ratified`.
  PL: { from: '2015-06-01', source: 'Government statement of 2 Apr 2015, Dz.U. 2015 poz. 729: instrument signed by the President 29 Jan 2015, in force for Poland 1 Jun 2015 under art. 36(4) (http://www.infor.pl/akt-prawny/DZU.2015.102.0000729)' },
  SE: { ratified: '2021-04-28', from: '2021-08-01', source: `Sweden ratified 28 Apr 2021 (CoE chart, as cited in this file before issue 11); ${BUDAPEST_RULE}`, uncertain: 'The ratification date was not re-read in this pass.' },
  FI: { ratified: '2007-05-24', from: '2007-09-01', source: `${COE_CHART_2015}; Finlex SopS 59/2007 (https://finlex.fi/fi/sopimukset/sopsviite/2007/20070059)` },
  PT: { ratified: '2010-03-24', from: '2010-07-01', source: 'Portuguese treaty database (GDDC): instrument deposited 24 Mar 2010, in force for Portugal 1 Jul 2010 (https://gddc.ministeriopublico.pt/instrumento/convencao-sobre-o-cibercrime-0)' },
  CZ: { ratified: '2013-08-22', from: '2013-12-01', source: COE_CHART_2015 },
  HU: { ratified: '2003-12-04', from: '2004-07-01', source: 'CoE chart of Treaty 185, status as of 18/6/2004 (http://conventions.coe.int/Treaty/Commun/ChercheSig.asp?NT=185&CM=8&DF=18/06/04&CL=ENG)' },
  EE: { ratified: '2003-05-12', from: '2004-07-01', source: COE_CHART_2015 },
  GR: { from: '2017-05-01', source: `${NL_TABLE}; approved by Greek Law 4411/2016 (SafeLine, https://www.safeline.gr/en/legislation/other-internet-crimes/)` },
  RO: { ratified: '2004-05-12', from: '2004-09-01', source: 'CoE list of declarations on Treaty 185: declarations contained in the instrument of ratification deposited on 12 May 2004, period covered from 1/9/2004 (as reproduced at https://zaki.ru/pagesnew.php?id=57450&page=25); Romanian Law No. 64 of 24 Mar 2004' },
  RS: undated(`${LIST_2015}; CoE lists`),
  // Read in the CoE chart of 2015 (signature, ratification and entry into force).
  AL: { ratified: '2002-06-20', from: '2004-07-01', source: COE_CHART_2015 },
  AM: { ratified: '2006-10-12', from: '2007-02-01', source: COE_CHART_2015 },
  AZ: { ratified: '2010-03-15', from: '2010-07-01', source: COE_CHART_2015 },
  BA: { ratified: '2006-05-19', from: '2006-09-01', source: COE_CHART_2015 },
  BG: { ratified: '2005-04-07', from: '2005-08-01', source: COE_CHART_2015 },
  HR: { ratified: '2002-10-17', from: '2004-07-01', source: COE_CHART_2015 },
  CY: { ratified: '2005-01-19', from: '2005-05-01', source: COE_CHART_2015 },
  GE: { ratified: '2012-06-06', from: '2012-10-01', source: COE_CHART_2015 },
  AD: { signed: '2013-04-23', ratified: '2016-11-16', from: '2017-03-01', source: 'CoE chart of Treaty 185, status as of 13/03/2020, as reproduced at https://netlawgic.com/cyber-crime-conventions/' },
  // Read in the Dutch table (entry into force only).
  AR: nl('2018-10-01'),
  BJ: { ratified: '2024-06-20', from: '2024-10-01', source: `${NL_TABLE}; accession made in Strasbourg on 20 Jun 2024 (CoE news, https://coe.int/en/web/cybercrime/-/30th-t-cy-plenary-treaty-ceremony-sees-budapest-convention-reach-75-parties-benin-accede-to-the-first-protocol-and-czech-republic-and-sierra-leone-sign-the-second-additional-protocol)` },
  FJ: { ratified: '2024-06-20', from: '2024-10-01', source: `${NL_TABLE}; accession made on 20 Jun 2024 (CoE news of that day, as for Benin)` },
  KI: { ratified: '2024-06-20', from: '2024-10-01', source: `${NL_TABLE}; accession made on 20 Jun 2024 (CoE news of that day, as for Benin)` },
  CL: { ratified: '2017-04-20', from: '2017-08-01', source: `Decree 83 of 27 Apr 2017 promulgating the Convention: instrument of accession deposited 20 Apr 2017 (Chilean official text as reproduced at http://docplayer.es/83353667-Id-norma-https-www-leychile-cl-n-i-f-p.html); ${NL_TABLE}` },
  CO: nl('2020-07-01'),
  CR: nl('2018-01-01'),
  DO: nl('2013-06-01'),
  PH: nl('2018-07-01'),
  GH: nl('2019-04-01'),
  GD: nl('2024-08-01'),
  IS: nl('2007-05-01'),
  IL: nl('2016-09-01'),
  CV: nl('2018-10-01'),
  CM: nl('2024-04-01'),
  LV: nl('2007-06-01'),
  LI: nl('2016-05-01'),
  LT: { ratified: '2004-03-18', from: '2004-07-01', source: `Tractatenblad 2007, 10, party data (https://zoek.officielebekendmakingen.nl/trb-2007-10.html); ${NL_TABLE}` },
  MT: { ratified: '2012-04-13', from: '2012-08-01', source: `Portuguese Aviso 29/2012: instrument deposited 13 Apr 2012 (https://dre.tretas.org/dre/300237/aviso-29-2012-de-9-de-maio); ${NL_TABLE}` },
  MA: nl('2018-10-01'),
  MU: nl('2014-03-01'),
  MD: nl('2009-09-01'),
  // Dated from other sources.
  SL: { ratified: '2024-04-19', from: '2024-08-01', source: `Instrument of accession deposited by Sierra Leone's embassy in Brussels on 19 Apr 2024 (Sierraloaded, https://sierraloaded.sl/news/sierra-leone-acceded-budapest-convention-cybercrime); ${BUDAPEST_RULE}` },
  CI: { ratified: '2024-07-29', from: '2024-11-01', source: 'Dutch treaty database, ETS 185 change log of 7 Aug 2024: Côte d\'Ivoire added, accession 29 Jul 2024, in force 1 Nov 2024 (https://verdragen.nl/en/Treaty/Details/009852_w?page=2)' },
  TO: { ratified: '2017-05-09', from: '2017-09-01', source: 'CoE Treaty Office, declarations on Treaty 185 by Tonga: deposited with the instrument of accession on 9 May 2017, in force 1 Sep 2017 (https://www.coe.int/de/web/conventions/full-list/-/conventions/treaty/185/declarations)' },
  PE: { from: '2019-12-01', source: 'Ratified by Supreme Decree 010-2019-RE (El Peruano, https://busquedas.elperuano.pe/api/visor_html/1748338-2); in force for Peru 1 Dec 2019 per the text published in El Peruano on 22 Sep 2019 (https://perurec.com/convenio-sobre-la-ciberdelincuencia-permite-a-jueces-y-fiscales-realizar-requerimientos-de-cooperacion-internacional/)' },
  SM: { ratified: '2019-03-08', from: '2019-07-01', source: 'Notification of the CoE Secretary General published in the Luxembourg Memorial: San Marino ratified on 8 Mar 2019, in force for it 1 Jul 2019 (http://legilux.public.lu/eli/etat/leg/div/2019/03/08/a161/jo)' },
  // Party per a source read; the date of deposit was not read.
  ME: { ratified: '2010-03-03', from: '2010-07-01', source: 'CoE Treaty Office, reservations and declarations on Treaty 185 by Montenegro: contained in the instrument of ratification deposited on 3 Mar 2010, in force from 1/7/2010 (https://www.coe.int/de/web/conventions/full-list/-/conventions/treaty/185/declarations?_coeconventions_WAR_coeconventionsportlet_codePays=MOT); CoE Octopus profile: ratified 03/03/2010 (https://www.coe.int/en/web/octopus/country-wiki/-/asset_publisher/hFPA5fbKjyCJ/content/montenegro); Polish government statement Dz.U. 2015 poz. 729: Montenegro a party from 1 Jul 2010 (http://www.infor.pl/akt-prawny/DZU.2015.102.0000729)' },
  MK: { from: '2005-01-01', source: 'CoE Octopus profile of North Macedonia: "Entered into force on 01.01.2005"; Law on ratification of the Convention, Official Gazette No. 41 of 24 Jun 2004 (https://coe.int/en/web/octopus/-/north-macedonia-republic-of-)', uncertain: 'The deposit date was not read (under art. 36(4) it falls in September 2004).' },
  NO: {
    from: '2006-10-01',
    source: 'NOU 2007: 2 (Lovtiltak mot datakriminalitet, delutredning II), preface: the Convention entered into force for Norway on 1 Oct 2006 (https://www.regjeringen.no/no/dokumenter/nou-2007-2/id449723/?ch=1); the Dutch treaty database records Norway\'s declarations of 10 Dec 2025 (https://treatydatabase.overheid.nl/nl/Verdrag/Details/009852_w)',
    uncertain: 'The deposit date was not read (under art. 36(4) it falls in June 2006).',
  },
  PA: {
    from: '2014-07-01',
    source: `Approved by Law 79 of 22 Oct 2013; instrument of accession deposited in March 2014 with the CoE Secretariat (Derechos Digitales, https://derechosdigitales.org/12378/la-necesidad-de-legislar-sobre-cibercrimen-en-panama; deposit in Strasbourg reported by EFE via https://mundocontact.com/panama-se-une-al-convenio-europeo-contra-el-cibercrimen); ${BUDAPEST_RULE}`,
    uncertain: 'The day of deposit was not read, only the month (March 2014); any day of March gives the same entry into force, 1 Jul 2014.',
  },
  SK: { ratified: '2008-01-08', from: '2008-05-01', source: 'Notice of the Slovak Ministry of Foreign Affairs No. 137/2008 Coll.: instrument of ratification deposited 8 Jan 2008, in force for Slovakia 1 May 2008 under art. 36(4) (as reproduced at http://www.ucps.sk/Dohovor_o_pocitacovej_kriminalite; CoE declarations on Treaty 185 by Slovakia, period covered from 1/5/2008)' },
  SI: undated(`${LIST_2015}; ratified by Act MKKKDP adopted 20 May 2004 (Uradni list RS, https://uradni-list.si/glasilo-uradni-list-rs/vsebina/2004-02-0068/); the deposit that followed was not read`),
  LK: { ratified: '2015-05-29', from: '2015-09-01', source: 'Instrument of accession deposited 29 May 2015; in force for Sri Lanka 1 Sep 2015 under art. 36 per the CoE notification of accession (Daily FT, 3 Sep 2015, https://ft.lk/front-page/sri-lanka-becomes-first-south-asian-country-to-adopt-cybercrime-convention/44-465871; ICT Agency, http://srilankaitbpm.com/european-cybercrime-convention-enters-into-force-in-sri-lanka/)' },
  TR: { ratified: '2014-09-29', from: '2015-01-01', source: 'CoE notification JJ7848C Tr./185-85 of 6 Oct 2014: ratification 29 Sep 2014, in force for Turkey 1 Jan 2015 (https://doczz.fr/doc/4603922/secr%C3%A9tariat-g%C3%A9n%C3%A9ral---conseil-de-l-europe); approved by Law No. 6533 of 2 May 2014' },
  UA: {
    ratified: '2006-03-10',
    from: '2006-07-01',
    source: `Ratification law No. 2824-IV of 7 Sep 2005 (https://zakon.rada.gov.ua/rada/show/2824-15); "Ukraine ratified the Council of Europe Convention on Cybercrime on 10 March 2006" (CoE Communication Office via UNIAN, https://www.unian.info/world/31703-council-of-europe-and-european-commission-support-ukraine.html); ${BUDAPEST_RULE}`,
    uncertain: '10 Mar 2006 is read as the deposit, since the ratification law is of Sep 2005; the CoE chart entry was not read.',
  },
  MC: { ratified: '2017-03-17', from: '2017-07-01', source: 'CoE Treaty Office, declarations on Treaty 185 by Monaco: contained in a Note Verbale deposited with the instrument of ratification on 17 Mar 2017, in force from 1/7/2017 [S182] (https://www.coe.int/de/web/conventions/full-list/-/conventions/treaty/185/declarations?_coeconventions_WAR_coeconventionsportlet_codePays=MON); CoE Octopus country profile of Monaco: "Party" (https://coe.int/en/web/octopus/-/monaco)' },
  PY: undated('Listed among the parties by the Paraguayan PBIP bulletin 01-2026 (https://online.flippingbook.com/view/316427122/2) and by Peru\'s judiciary (perurec.com, 2019); approved by Law No. 5994 of 15 Dec 2017, Gaceta Oficial No. 243 (ILO NATLEX, http://www.ilo.org/dyn/natlex/natlex4.detail?p_lang=en&p_isn=106286); the deposit that followed was not read'),
  SN: {
    from: '2017-04-01',
    source: `CoE Octopus profile of Senegal: "le Sénégal a adhéré à la Convention de Budapest en décembre 2016" (https://coe.int/fr/web/octopus/country-wiki-ap/-/asset_publisher/CmDb7M4RGb4Z/content/senegal); the Council of Ministers adopted the bill authorising ratification on 30 Mar 2016 (OSIRIS, https://www.osiris.sn/Adoption-des-Conventions-de.html); ${BUDAPEST_RULE}`,
    uncertain: 'Only the month of accession (December 2016) was read; any day of that month gives 1 Apr 2017 under art. 37(2).',
  },
  NG: { ratified: '2022-07-06', from: '2022-11-01', source: 'CoE news of 6 Jul 2022: Nigeria acceded on 6 Jul 2022, in force for Nigeria 1 Nov 2022 (https://www.coe.int/en/web/human-rights-rule-of-law/-/nigeria-acceded-to-the-council-of-europe-convention-on-cybercri-1); declarations on accession: WIPO Lex (https://wipo.int/wipolex/en/treaties/parties/remarks/NG/952)' },
  EC: undated('The Dutch treaty database records Ecuador\'s declarations of 4 Dec 2025 under arts. 24, 27 and 35 (change log of 14 Jan 2026, https://treatydatabase.overheid.nl/nl/Verdrag/Details/009852_w); Ecuador\'s National Assembly committee recommended accession in Jun 2024 (https://www.asambleanacional.gob.ec/es/node/97216)'),
};

/** Signed, not bound (ETS 185 art. 36(3) needs ratification): in partyTerms, not in parties. */
const BUDAPEST_SIGNATORIES: Record<string, PartyTerms> = {
  IE: { signed: '2002-02-28', source: 'Tractatenblad 2007, 10, party data (https://zoek.officielebekendmakingen.nl/trb-2007-10.html)', uncertain: 'Signed, not ratified per Dáil answers up to Oct 2025: not bound.' },
  ZA: { signed: '2001-11-23', source: 'Signed at the opening for signature with Canada, Japan and the US (policylaundering.org, http://policylaundering.org/issues/coop/CyberTreaty/treatystatus.html); listed as a signatory that has not ratified by the PBIP bulletin 01-2026 (https://online.flippingbook.com/view/316427122/2)', uncertain: 'The signature date is the opening day as reported, not read in the CoE chart.' },
};

/**
 * ETS 30: every Council of Europe member (46) and the three non-members that acceded (Israel, Chile,
 * Korea). A state that ratified after the Convention's entry into force (12 Jun 1962) is bound 90 days
 * after its deposit (art. 27(3); accession art. 28(2)); the dates below are computed that way from the
 * deposit dates published in the Dutch Tractatenblad, except where the state's own gazette gives the date
 * or where the CoE's list of declarations (status of 24 Jan 2011, [S180]) gives the deposit and the start
 * of the period its declarations cover, which is the state's entry into force.
 */
const ETS30_RULE = 'ETS 30 art. 27(3) / 28(2): in force 90 days after the deposit';
const ALL_MEMBERS =
  'All 47 Council of Europe members of 2009 had ratified ETS 30 (San Marino last, 2009), and Chile, Israel and Korea had ' +
  'also (knowledgr.com, German rendering of the Wikipedia article, https://de.knowledgr.com/17565077/EuropäischesÜbereinkommenÜberDieRechtshilfeInStrafsachen)';
const ETS30_NO_DATE =
  'date unknown: party, but its deposit was not read, so the Convention\'s own entry into force (12 Jun 1962) stands ' +
  'in, earlier than the real date for states that joined later.';
const trb = (ref: string, url: string) => `Tractatenblad ${ref}, deposit of the instrument of ratification (${url}); ${ETS30_RULE}`;
/** The CoE list of declarations on ETS 30 (status of 24 Jan 2011) as reproduced at zaki.ru, one page per state. */
const coeList = (page: string) =>
  `CoE Treaty Office, list of declarations on Treaty 030, status as of 24/1/2011: deposit of the instrument and start of the period covered [S180] (https://zaki.ru/pagesnew.php?id=57601&page=${page})`;
const TRB_1997 = trb('1997, 280', 'https://zoek.officielebekendmakingen.nl/trb-1997-280.html');
const TRB_2001 = trb('2001, 165', 'https://zoek.officielebekendmakingen.nl/trb-2001-165.HTML');

/** Parties whose date was read; every other party gets ETS30_NO_DATE. */
const ETS30_DATED: Record<string, PartyTerms> = {
  CH: { ratified: '1966-12-20', from: '1967-03-20', source: 'SR 0.351.1: Swiss instrument of ratification deposited 20 Dec 1966, in force for Switzerland 20 Mar 1967 (https://lexaris.de/book/version/documentflat/head/236065)' },
  NL: { from: '1969-12-12', source: 'Dutch legislation database as reproduced by inview.nl: ETS 30 in force for the Netherlands from 12 Dec 1969, Trb. 1965, 10 (https://inview.nl/document/id7d71ca1b188d8053e8f2f052c987cd43)' },
  PL: { ratified: '1996-03-19', from: '1996-06-17', source: TRB_1997 },
  IE: { ratified: '1996-11-28', from: '1997-02-26', source: TRB_1997 },
  LT: { ratified: '1997-04-17', from: '1997-07-16', source: TRB_1997 },
  EE: { ratified: '1997-04-28', from: '1997-07-27', source: TRB_1997 },
  LV: { ratified: '1997-06-02', from: '1997-08-31', source: TRB_1997 },
  MD: { ratified: '1998-02-04', from: '1998-05-05', source: TRB_2001 },
  UA: { ratified: '1998-03-11', from: '1998-06-09', source: TRB_2001 },
  RO: { ratified: '1999-03-17', from: '1999-06-15', source: TRB_2001 },
  HR: { ratified: '1999-05-07', from: '1999-08-05', source: TRB_2001 },
  MK: { ratified: '1999-07-28', from: '1999-10-26', source: TRB_2001 },
  GE: { ratified: '1999-10-13', from: '2000-01-11', source: TRB_2001 },
  CY: { ratified: '2000-02-24', from: '2000-05-24', source: TRB_2001 },
  AL: { ratified: '2000-04-04', from: '2000-07-03', source: `${TRB_2001}; the CoE list of declarations on treaty 030 gives the period covered from 3/7/2000 (http://www.conventions.coe.int/Treaty/Commun/ListeDeclarations.asp?NT=030&CM=11&DF=03/05/2012&CL=ENG&VL=1)` },
  SI: { ratified: '2001-07-29', from: '2001-10-27', source: TRB_2001 },
  AM: { ratified: '2002-01-25', from: '2002-04-25', source: trb('2002, 204', 'https://zoek.officielebekendmakingen.nl/dossier/trb-2002-204.html') },
  // CoE Treaty Office, status of ETS 30 as of 24 Jan 2011 (list of declarations), as reproduced at zaki.ru [S180]:
  // each state's declarations name the day its instrument was deposited and the day they start to apply.
  AZ: { ratified: '2003-07-04', from: '2003-10-02', source: coeList('12') },
  AD: {
    ratified: '2005-04-26', from: '2005-07-25', source: coeList('8'),
    uncertain: 'One declaration of Andorra (art. 16) is shown as applying from 27/5/2005; the others, and the 90 days of art. 27(3), give 25/7/2005.',
  },
  AT: { ratified: '1968-10-02', from: '1968-12-31', source: coeList('11') },
  BE: {
    ratified: '1975-08-13', from: '1975-11-11', source: `${coeList('13')}; ${ETS30_RULE}`,
    uncertain: 'The deposit (13 Aug 1975) was read; the start of the period Belgium\'s reservation covers was not, so the entry into force is counted 90 days from the deposit and may differ by a day from the CoE chart.',
  },
  BG: { ratified: '1994-06-17', from: '1994-09-15', source: coeList('16') },
  DE: {
    ratified: '1976-10-02', from: '1977-01-01', source: coeList('24'),
    uncertain: 'The CoE list gives 1/1/1977 as the start of the period covered; counting 90 days from the deposit would give 31 Dec 1976. The CoE date is kept.',
  },
  IS: { ratified: '1984-06-20', from: '1984-09-18', source: coeList('27') },
  LI: { ratified: '1969-10-28', from: '1970-01-26', source: `${coeList('32')} (instrument of accession)` },
  LU: { ratified: '1976-11-18', from: '1977-02-16', source: coeList('34') },
  MT: { ratified: '1994-03-03', from: '1994-06-01', source: coeList('35') },
  MC: { ratified: '2007-03-19', from: '2007-06-17', source: coeList('37') },
  ME: {
    from: '2006-06-06',
    source: `${coeList('38')}: the Committee of Ministers decided (967th meeting) that Montenegro is a Party with effect from 6 Jun 2006, continuing the accession of the Federal Republic of Yugoslavia deposited on 30 Sep 2002`,
    uncertain: 'A continuation after independence, not a deposit of its own, so no deposit date.',
  },
  RS: { ratified: '2002-09-30', from: '2002-12-29', source: `${coeList('51')} (instrument of accession deposited by the Federal Republic of Yugoslavia)` },
  SK: {
    ratified: '1992-04-15', from: '1993-01-01',
    source: `${coeList('51')}: reservations and declarations made by the Czech and Slovak Federal Republic in its instrument of ratification deposited on 15 Apr 1992, confirmed by Slovakia (letter registered 28 Apr 1994), covering the period from 1/1/1993`,
    uncertain: 'The deposit is that of the Czech and Slovak Federal Republic; Slovakia is bound as a successor from 1 Jan 1993.',
  },
  SM: { ratified: '2009-03-18', from: '2009-06-16', source: coeList('49') },
  ES: { ratified: '1982-08-18', from: '1982-11-16', source: coeList('53') },
  SE: {
    ratified: '1968-02-01', from: '1968-05-01', source: `${coeList('55')}; ${ETS30_RULE}`,
    uncertain: 'The deposit (1 Feb 1968) was read in the text of Sweden\'s amended declarations; the start of the period its original declarations covered was not, so the entry into force is counted 90 days from the deposit and may differ by a day from the CoE chart.',
  },
  FI: {
    ratified: '1981-01-29', from: '1981-04-29',
    source: 'Finnish treaty series, SopS 30/1981, art. 1: instrument of accession deposited with the CoE Secretary General on 29 Jan 1981, in force for Finland 29 Apr 1981 [S181] (https://www.finlex.fi/fi/sopimukset/sopsteksti/1981/19810030; http://www.finlex.fi/fi/sopimukset/sopsviite/1981/19810029)',
  },
  KR: {
    from: '2011-12-29',
    source:
      'Korea Ministry of Justice announcement of 28 Dec 2011: the European Convention on Extradition and ETS 30 enter into ' +
      'force for Korea on 29 Dec 2011, with the 47 Council of Europe members and the non-members Israel and South Africa ' +
      '(NewDaily, https://www.newdaily.co.kr/site/data/html/2011/12/28/2011122800089.html)',
    uncertain: 'The deposit date (90 days earlier under art. 28(2)) was not read; the day is the one the Ministry announced.',
  },
  RU: {
    ratified: '1999-12-10', from: '2000-03-09', source: `${TRB_2001}; still listed among the parties with reservations in the Dutch treaty database (treaty 006930)`,
    uncertain: 'Russia ceased to be a member of the Council of Europe on 16 Mar 2022; ETS 30 is open to non-members (art. 28) and the Dutch treaty database still lists Russia as a party, but no source read says whether Russia has denounced it or how requests are handled in practice.',
  },
};
/** The Dutch treaty database's list of ETS 30 parties with reservations or declarations (treaty 006930). */
const NL_ETS30 = 'Listed as a party with reservations or declarations in the Dutch treaty database, ETS 30 (https://treatydatabase.overheid.nl/en/Treaty/Details/006930_b)';
const ETS30_PARTIES = [...withMembership('CoE'), 'IL', 'CL', 'KR', 'RU'];
const ETS30_TERMS: Record<string, PartyTerms> = Object.fromEntries(
  ETS30_PARTIES.map((id) => [id, ETS30_DATED[id] ?? { source: id === 'BA' ? ALL_MEMBERS : `${NL_ETS30}; ${ALL_MEMBERS}`, uncertain: ETS30_NO_DATE }]),
);

/**
 * The 1959 Convention's two protocols, shown for information and NOT routed. They amend ETS 30 between
 * the states bound by both (the Additional Protocol ETS 99 of 17 Mar 1978 removes the fiscal-offence
 * refusal and widens the Convention; the Second Additional Protocol ETS 182 of 8 Nov 2001 rewrites art. 1
 * and the channels, adds videoconference, joint teams and direct transmission); they open no channel
 * of their own, so a request between their parties still goes under ETS-30 and takes its profile. The
 * world model has no field for "this instrument amends that one", so the protocols are kept here as a
 * table of party dates that a view or docs generator may show beside ETS-30, as ETS-30's `uncertain`
 * says. Only the dates read are listed; each protocol has more parties than these.
 */
export interface AmendingProtocol {
  id: string;
  title: string;
  amends: string;
  rule: string;
  partyTerms: Record<string, PartyTerms>;
  source: string;
  uncertain: string;
}
const TRB_99 = 'Tractatenblad 1997, 284, deposits under art. 5(1) of the Protocol (https://zoek.officielebekendmakingen.nl/kst-32827-124.html/trb-1997-284.html)';
export const ETS30_PROTOCOLS: AmendingProtocol[] = [
  {
    id: 'ETS-99',
    title: 'Additional Protocol to the European Convention on Mutual Assistance in Criminal Matters (Strasbourg, 17 Mar 1978)',
    amends: 'ETS-30',
    rule: 'in force 90 days after the deposit (taken to mirror ETS 30 art. 27(3); the Protocol\'s own article was not read)',
    partyTerms: {
      PL: { ratified: '1996-03-19', from: '1996-06-17', source: TRB_99 },
      SK: { ratified: '1996-09-23', from: '1996-12-22', source: TRB_99 },
      CZ: { ratified: '1996-11-19', from: '1997-02-17', source: TRB_99 },
      IE: { ratified: '1996-11-28', from: '1997-02-26', source: TRB_99 },
      LT: { ratified: '1997-04-17', from: '1997-07-16', source: TRB_99 },
      EE: { ratified: '1997-04-28', from: '1997-07-27', source: TRB_99 },
      LV: { ratified: '1997-06-02', from: '1997-08-31', source: `${TRB_99}; approved with ETS 30 by the Latvian law on the Convention and its Additional Protocol (global-regulation.com, Latvia 7838035)` },
    },
    source: 'Additional Protocol, ETS 99 (17 Mar 1978): fiscal offences no longer a ground of refusal as such (arts. 1-2), extends ETS 30 to service of documents on enforcement of sentences (art. 3)',
    uncertain: 'Parties listed are only those whose deposit was read (the 1996-97 deposits in Tractatenblad 1997, 284); earlier parties (Trb. 1979, 121 ff.) and later ones were not read. The 90-day rule is taken to mirror ETS 30 art. 27(3); the Protocol\'s own article was not read.',
  },
  {
    id: 'ETS-182',
    title: 'Second Additional Protocol to the European Convention on Mutual Assistance in Criminal Matters (Strasbourg, 8 Nov 2001)',
    amends: 'ETS-30',
    rule: 'ETS 182: in force the first day of the month after three months from the deposit (as the Swiss record shows)',
    partyTerms: {
      CH: { ratified: '2004-10-04', from: '2005-02-01', source: 'SR 0.351.12: Swiss instrument deposited 4 Oct 2004, in force for Switzerland 1 Feb 2005 (https://lexaris.de/book/version/documentflat/head/218292)' },
    },
    source: 'Second Additional Protocol, ETS 182 (8 Nov 2001): replaces art. 1 of ETS 30, adds hearing by videoconference, joint investigation teams, covert investigations and direct transmission between judicial authorities (Trb. 2008, 157, https://zoek.officielebekendmakingen.nl/trb-2008-157.html)',
    uncertain: 'Only Switzerland\'s date was read. The Netherlands\' approval is in Trb. 2008, 157; its date of entry into force and the other parties\' were not read.',
  },
];

export const COE_INSTRUMENTS: Instrument[] = [
  {
    id: 'BUDAPEST-ETS-185',
    title: 'Council of Europe Convention on Cybercrime (Budapest Convention)',
    kind: 'mlat',
    parties: Object.keys(BUDAPEST_TERMS),
    legalForm: 'treaty',
    data: [...ALL],
    days: MLAT_GENERIC,
    pairDays: requestsToUS(Object.keys(BUDAPEST_TERMS)),
    excludes: [],
    source:
      'Convention on Cybercrime, ETS 185 (Budapest, 23 Nov 2001), arts. 23-35: mutual assistance to the widest extent ' +
      '(art. 25), and where no MLA treaty applies the art. 27 procedure between central authorities (refusal for political ' +
      'offences or sovereignty, security, ordre public, essential interests); expedited preservation art. 29, stored data ' +
      'art. 31, 24/7 network art. 35 [S15]. Parties: CoE charts of 2004, 2015 and 2020, the Dutch treaty database ' +
      '(treaty 009852), national gazettes and CoE news, per party in partyTerms; ' + BUDAPEST_RULE + '.',
    inForce: { from: '2004-07-01' },
    preservationPending: {
      source:
        'ETS 185 art. 29(7): a preservation made at another party\'s request lasts at least 60 days so that the request ' +
        'for search, seizure or disclosure can be sent, and once that request is received the data continue to be ' +
        'preserved pending a decision on it [S15]. The model holds any preservation in force when the request under the ' +
        'Convention is pending; the article speaks of a preservation made on an art. 29 request.',
    },
    partyTerms: { ...BUDAPEST_TERMS, ...BUDAPEST_SIGNATORIES },
    uncertain:
      'Each party is bound from its own date (partyTerms). For 4 parties (RS, SI, PY, EC) the date was not read and ' +
      'the convention\'s own entry into force (1 Jul 2004) stands in, earlier ' +
      'than the real date for those that joined later. Accessions after mid-2024 other than Côte d\'Ivoire and Ecuador may ' +
      'be missing. Reservations: those read (e.g. AT, NG under art. 29(4), dual criminality for preservation) do not ' +
      'change which channel serves a category, so none is modelled. Not parties: China, Russia, India, Pakistan, Iran, ' +
      'Belarus, Kazakhstan, Kyrgyzstan, Tajikistan, Turkmenistan, Uzbekistan; Ireland and South Africa signed only.',
  },
  {
    id: 'ETS-30',
    title: 'European Convention on Mutual Assistance in Criminal Matters (1959)',
    kind: 'mlat',
    parties: ETS30_PARTIES,
    legalForm: 'treaty',
    data: [...ALL],
    days: MLAT_GENERIC,
    excludes: [],
    source:
      'European Convention on Mutual Assistance in Criminal Matters, ETS 30 (Strasbourg, 20 Apr 1959), in force 12 Jun 1962, ' +
      'open to Council of Europe members and invited non-members (art. 28; e.g. Mongolia\'s request, CoE GR-J(2019)15; ' +
      'Kazakhstan\'s invitation approved 18 Jun 2025 per its Prosecutor General, inform.kz). Parties: ' + ALL_MEMBERS + '; ' +
      'per-party dates in partyTerms (' + ETS30_RULE + ').',
    inForce: { from: '1962-06-12' },
    partyTerms: ETS30_TERMS,
    uncertain:
      'Parties are the 46 Council of Europe members, Israel, Chile, Korea and Russia (still listed by the Dutch treaty ' +
      'database after it left the Council of Europe in 2022; its practice since is not known); the deposit dates of the ' +
      'founding and early parties (all but those in partyTerms with a date) were not read. No source read shows ' +
      'Brazil as a party. Mongolia and Kazakhstan were invited; their accessions were not found. South Africa is left out: ' +
      'Korea\'s Ministry of Justice (28 Dec 2011, https://www.newdaily.co.kr/site/data/html/2011/12/28/2011122800089.html) ' +
      'named it, with Israel, among the non-members for the two European conventions, but South Africa\'s Department of ' +
      'Justice says only that its accession to ETS 30 was approved by the Committee of Ministers and awaited its ' +
      'reservations (https://www.justice.gov.za/ilr/mla.html); no deposit was read. Between EU members the ' +
      'EIO replaces it (Directive 2014/41/EU art. 34), except with Ireland and Denmark. Its Additional Protocols (ETS 99, ' +
      'ETS 182) amend it between their parties and open no channel of their own: their dates are in ETS30_PROTOCOLS ' +
      '(multilateral/coe.ts), not routed.',
  },
];

/**
 * Instruments signed but not in force on the as-of date. They are NOT part of BUILTIN_WORLD: the
 * world model has no way to mark an instrument "not in force" (an `inForce` without `from` reads as
 * open-ended). Kept here as sourced templates for what-if scenarios, which can copy them into a world.
 */
const NOT_IN_FORCE = 'date unknown: not in force; the Protocol needs five ratifications (art. 16) and has three (RS, JP, HU).';


/**
 * Signatories of CETS 224 that had not ratified in the Dutch treaty database's table (the copy at
 * verdragenbank.overheid.nl already shows Hungary's ratification of 5 Feb 2026 and Bosnia and Herzegovina's
 * signature of 14 Nov 2025; the copy at verdragen.nl lists the rest, A to Z).
 */
const CETS224_SIGNED: Record<string, string> = {
  AL: '2023-02-27', AD: '2022-05-20', AR: '2023-02-16', AM: '2023-11-16', AT: '2022-05-12', BE: '2022-05-12',
  BA: '2025-11-14', BG: '2022-05-12', CV: '2023-06-28', CA: '2023-06-20', CL: '2022-05-12', CO: '2022-05-12',
  CR: '2022-06-13', HR: '2022-11-30', CZ: '2024-06-20', DO: '2023-01-30', EE: '2022-05-12', FJ: '2025-06-05',
  FI: '2022-05-12', FR: '2023-01-27', GE: '2024-06-17', DE: '2023-01-27', GH: '2023-06-28', GR: '2023-01-20',
  IS: '2022-05-12', IT: '2022-05-12', LV: '2025-03-27', LT: '2022-05-12', LU: '2022-05-12', MT: '2023-06-22',
  MU: '2023-05-31', MD: '2022-11-30', ME: '2022-05-12', MA: '2022-05-12', NL: '2022-05-12', MK: '2022-05-12',
  NO: '2025-07-09', PY: '2024-09-24', PE: '2024-12-12', PT: '2022-05-12', RO: '2022-05-12', SL: '2024-06-20',
  SI: '2022-11-30', ES: '2022-05-12', LK: '2022-11-30', SE: '2022-05-12', UA: '2022-11-30', GB: '2022-11-30',
  US: '2022-05-12',
};

export const COE_PENDING: Instrument[] = [
  {
    id: 'BUDAPEST-2AP-ART7',
    title: 'Second Additional Protocol to the Budapest Convention, art. 7: direct disclosure of subscriber information',
    kind: 'direct-cooperation',
    // Japan is a party whose reservation excludes art. 7 altogether (see reservations).
    parties: ['RS', 'HU', 'JP'],
    data: ['subscriber'],
    days: {
      median: 15,
      p90: 30,
      source:
        'Art. 7: if the provider has not disclosed within 30 days, the issuing party falls back on art. 8 or mutual ' +
        'assistance [S21] (unverified); median 15 is a modelling choice within that window.',
      basis: 'statutory',
    },
    legalForm: 'treaty',
    excludes: [],
    source:
      'Second Additional Protocol to the Convention on Cybercrime on enhanced co-operation and disclosure of electronic ' +
      'evidence, CETS 224 (opened for signature 12 May 2022), art. 7; needs 5 ratifications to enter into force (art. 16) ' +
      '[S19][S20][S21]',
    inForce: { notBefore: '2022-05-12' }, // opened for signature: nothing binds before it
    partyTerms: {
      RS: { signed: '2022-05-12', ratified: '2023-02-09', uncertain: NOT_IN_FORCE, source: 'Dutch treaty database, CETS 224 (https://verdragenbank.overheid.nl/en/Treaty/Details/013833_p.html)' },
      HU: { signed: '2023-06-28', ratified: '2026-02-05', uncertain: NOT_IN_FORCE, source: 'Dutch treaty database, CETS 224 (https://verdragenbank.overheid.nl/en/Treaty/Details/013833_p.html)' },
      JP: { signed: '2022-05-12', ratified: '2023-08-10', uncertain: NOT_IN_FORCE, source: 'Dutch treaty database, CETS 224; MOFA Japan (https://www.mofa.go.jp/fp/is_sc/pagewe_000001_00080.html)' },
      ...Object.fromEntries(Object.entries(CETS224_SIGNED).map(([id, signed]) => [id, {
        signed, uncertain: `Signed, not ratified: ${NOT_IN_FORCE}`,
        source: 'Dutch treaty database, CETS 224 (https://verdragen.nl/en/Treaty/Details/013833_p.html; https://verdragenbank.overheid.nl/en/Treaty/Details/013833_p.html)',
      } satisfies PartyTerms])),
    },
    reservations: [
      {
        party: 'JP',
        data: ['subscriber'],
        text: 'Japan reserves the right not to apply Article 7 (disclosure of subscriber information), under arts. 19(1) and 7(9)(a).',
        source: 'Reservation deposited with the instrument of acceptance, 10 Aug 2023 (https://verdragen.nl/en/Treaty/Details/013833_p.html)',
      },
    ],
    uncertain:
      'NOT IN FORCE: ratified by Serbia (9 Feb 2023), Japan (10 Aug 2023, reserving the right not to apply art. 7) and ' +
      'Hungary (5 Feb 2026) per the Dutch treaty database; 5 are needed (art. 16(3): in force the first day of the month ' +
      'after three months from the fifth). To bind on 22 Nov 2026 the fifth would have had to be deposited by Jul 2026; no ' +
      'source read (the CoE 2AP page, which reports a workshop of 26 May 2026, the Dutch database) records a fourth or ' +
      'fifth. Parties listed are the ratifiers; the 49 other signatories are in partyTerms without dates. Japan\'s ' +
      'reservation removes it from art. 7 (Serbia\'s reservations were not read). Notification and consultation options ' +
      '(art. 7(5)) are not modelled.',
  },
];
