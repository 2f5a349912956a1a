import type { ProductionOrder } from '../types.ts';
import { E_EVIDENCE_PARTIES } from './multilateral/eu.ts';

/**
 * Production-order laws: a requesting state's own power to compel a provider to disclose data, and
 * how far it reaches (which providers, and data stored where). Pure data. `[S#]` refers to
 * docs/sources.md; other sources are named by URL.
 *
 * An entry says what the issuing state's law claims, in its own terms. Whether another state's law
 * forbids the same disclosure is said by that state's rules (rules.ts); where both apply to one
 * request, the run reaches a conflict of laws (docs/world.md, "Reach of a production order").
 *
 * Left out on purpose (see docs/world.md): Belgium's art. 88bis (traffic data, by an investigating
 * judge) and art. 90quater (interception, the Skype case), whose reach over foreign providers rests
 * on the 2016 amendments and on rulings not re-read; the UK's overseas production orders and
 * Australia's international production orders (Telecommunications (Interception and Access) Act 1979
 * Sch. 1, added by Act No. 78 of 2021, in force 24 Jul 2021: a scheme "between Australia and each
 * foreign country that is a party to a designated international agreement", https://ato.gov.au/law/
 * view/print?DocID=PAC%2F20210078%2FSch1-Cl43; https://casechat.au/cases/au/telecommunications-
 * legislation-amendment-international-production-orders-act-2021-cth), which exist only under a
 * designated agreement and are the `agreement` channel already; Australia's other domestic powers
 * (stored-communications warrants under TIA Act Part 3-3, whose issuing section s. 116 was read but
 * which bind "carriers" the model cannot tell apart from other providers with an Australian entity;
 * Chapter 4 data authorisations and the 2018 Assistance and Access Act's notices, not read in the
 * text): the IPO Bill's explanatory memorandum says data held overseas are "often only obtainable
 * through international cooperation" (http://www4.austlii.edu.au/au/legis/cth/bill_em/tlapob2020753/
 * memo_0.html), and no source read gives them a reach abroad; the Telecommunications Act 1997
 * s. 313(3) duty to help enforce the criminal law (read on AustLII, http://www.austlii.edu.au/au/legis/
 * cth/consol_act/ta1997214/s313.html) binds carriers and carriage service providers only, and the
 * model can bind only every provider established in Australia (Apple's Australian entity among them,
 * which no source read makes a carriage service provider): left out until an order can name the kind
 * of provider it binds;
 * Korea's: a request for communication user information under the Telecommunications Business Act
 * art. 83(3) lets an operator answer without a warrant but does not compel it (Supreme Court, 10 Mar
 * 2016, 2012Da105482: https://legalengine.co.kr/amp/cases/en/Pz2a1wrznWHru-JsBhp5uA;
 * https://www.khan.co.kr/article/201603111709377/?eng); seizure warrants for content (Criminal
 * Procedure Act arts. 106(3) and 107(1) were read, the investigators' arts. 215 and 219 were not),
 * and the reach of its court warrants over foreign providers was not found (KR-PCSA-13 below, for
 * traffic data, is the one kept). Issue 12 also read, and left out: South
 * Africa's Cybercrimes Act 19 of 2020 ss. 41-44 (preservation and disclosure-of-data directions: not
 * commenced with the rest of Chapter 4 on 1 Dec 2021, Proclamation R42 of 2021, and no later
 * commencement was found; https://lawlibrary.org.za/akn/za/act/2020/19); Pakistan's Prevention of
 * Electronic Crimes Act 2016 (only bills were read, and unofficial summaries number its retention
 * and disclosure sections differently, 29, 31 and 32); Türkiye's CMK art. 134 (a search of the
 * suspect's own computer, not an order to a provider) and Law No. 5651's logging duties (whether
 * hosting providers must hand logs over on a court order was read only in one law firm's note);
 * Saudi Arabia and Argentina (no domestic power to compel providers was found in the sources read);
 * every other state not listed: not researched.
 */

const ALL = ['subscriber', 'traffic', 'content'] as const;

/** One e-Evidence entry per member bound by Regulation 2023/1543 (every member but Denmark). */
function eEvidence(id: string): ProductionOrder {
  return {
    id: `${id}-EPO-2023-1543`,
    title: 'European Production Order (Regulation (EU) 2023/1543)',
    // why: the Regulation lets an issuing authority of this member order a provider offering services
    // in the Union to produce data, addressed to its designated establishment or legal representative
    // (art. 7; Directive 2023/1544 art. 3) whatever the provider's home and wherever the data are
    // stored [S23b]. `established` covers a provider whose home or EU addressee is this member;
    // `offers-services` covers one that offers services here, whose addressee sits in another member.
    jurisdiction: id,
    data: [...ALL],
    reach: { providers: ['established', 'offers-services'], data: 'anywhere' },
    sanction:
      'pecuniary penalties set by the enforcing member state, up to 2% of the provider\'s total worldwide annual ' +
      'turnover (Reg. 2023/1543 art. 15)',
    review: {
      days: 10,
      source:
        'Reg. 2023/1543 art. 17: a reasoned objection within 10 days where compliance would conflict with a third ' +
        'country\'s law; if the issuing authority upholds the order, a court of the issuing state reviews it, and ' +
        'execution is suspended meanwhile [S23]',
    },
    source:
      'Regulation (EU) 2023/1543 of 12 Jul 2023, arts. 4-5 (issuing authorities, conditions), 7 (addressees: the ' +
      'designated establishment or legal representative), 10 (10 days; 8 hours in an emergency), 15 (penalties), 17 ' +
      '(review on conflicting obligations); Directive (EU) 2023/1544 arts. 1 and 3 (designation by providers offering ' +
      'services in the Union, by 18 Aug 2026) [S23][S23b][S24][S25]; EUR-Lex CELEX 32023R1543',
    inForce: { from: '2026-08-18' },
    uncertain:
      '`offers-services` stands for "offers services in the Union": the Regulation binds a provider offering services in ' +
      'any member, and the model matches the issuing member only. The art. 15 ceiling (2% of turnover) was not re-read ' +
      'in the article text [S75]. Traffic and content orders are limited to offences punishable by at least three years ' +
      'or listed offences (art. 5(4)); the request\'s offence is not checked against that threshold.',
  };
}

export const ORDERS: ProductionOrder[] = [
  // ---------------------------------------------------------------- Belgium
  {
    id: 'BE-CIC-46BIS',
    title: 'Belgium: prosecutor\'s order to identify a subscriber (Code of criminal procedure art. 46bis)',
    // why: art. 46bis §1 lets the public prosecutor, by a reasoned written decision, require the
    // cooperation of an operator or provider of an electronic communications service to identify the
    // subscriber or habitual user of a service; §2 makes refusal a criminal offence. The Court of
    // Cassation (1 Dec 2015) held that a provider actively offering its services to users in Belgium
    // is present there and bound, whatever its seat and wherever it keeps the data: so
    // providers [established, offers-services] and data `anywhere`.
    jurisdiction: 'BE',
    data: ['subscriber'],
    reach: { providers: ['established', 'offers-services'], data: 'anywhere' },
    sanction:
      'criminal fine for refusing to communicate the data (art. 46bis §2); Yahoo! was fined EUR 55,000 and EUR ' +
      '10,000 per day of further refusal (Dendermonde criminal court, 2 Mar 2009)',
    source:
      'Code d\'instruction criminelle art. 46bis §§1-2 (text: https://actualitesdroitbelge.be/legislation/code-d-' +
      'instruction-criminelle/code-d-instruction-criminelle---l-information-penale/article-46bis-du-code-d-instruction-' +
      'criminelle); Cass. 1 Dec 2015 (Yahoo!), dismissing the appeal against Antwerp Court of Appeal 20 Nov 2013 ' +
      '(https://lexgo.be/fr/actualites-et-articles/3406-court-of-cassation-definitively-confirms-yahoo-s-obligation-to-' +
      'cooperate-with-law-enforcement-agencies; https://gavclaw.com/tag/safe-harbour/) [S48]; Budapest Convention art. ' +
      '18(1)(b) [S15]',
    uncertain:
      'inForce.from is left open: the date the article was inserted was not checked. Its reach over providers without a ' +
      'Belgian establishment was contested until 2015: the Ghent Court of Appeal (30 Jun 2010) and, after a first ' +
      'cassation, the Brussels Court of Appeal acquitted Yahoo! [S48] (https://datanews.knack.be/nieuws/parket-van-' +
      'dendermonde-wint-weer-veldslag-tegen-yahoo/); the model applies the Court of Cassation\'s reading throughout. The ' +
      'Law of 25 Dec 2016 (in force 27 Jan 2017) amended the Code on these powers; whether it wrote the "offering ' +
      'services in Belgium" reach into art. 46bis was not re-read. The statutory fine range (EUR 55,000 = EUR 10,000 ' +
      'multiplied by the 2009 surcharge) is our reading of the reported amount.',
  },

  // ---------------------------------------------------------------- Brazil
  {
    id: 'BR-MCI-11',
    title: 'Brazil: Marco Civil da Internet art. 11 (Brazilian law governs data collected in Brazil)',
    // why: art. 11 applies Brazilian law to any collection, storage, keeping or processing of records,
    // personal data or communications where at least one act occurs in Brazil, even by a legal person
    // seated abroad, provided it offers services to the Brazilian public or a member of its group has an
    // establishment in Brazil (§2): providers [established, offers-services]. The Supreme Court (ADC 51,
    // 23 Feb 2023) held that such providers must obey Brazilian judicial orders, including direct ones,
    // even where part of the data is stored abroad: data `anywhere`.
    jurisdiction: 'BR',
    data: [...ALL],
    reach: { providers: ['established', 'offers-services'], data: 'anywhere' },
    sanction:
      'Marco Civil art. 12: warning, fine of up to 10% of the economic group\'s revenue in Brazil, temporary ' +
      'suspension or prohibition of the activities; in 2015-2016 courts also imposed daily fines, ordered WhatsApp ' +
      'suspended nationwide and ordered the arrest of a Facebook executive [S51]',
    source:
      'Lei 12.965 of 23 Apr 2014 (Marco Civil da Internet) arts. 11-12, in force 23 Jun 2014 ' +
      '(https://www.planalto.gov.br/ccivil_03/_Ato2011-2014/2014/Lei/L12965.htm); STF, ADC 51, rel. Min. Gilmar Mendes, ' +
      'judged 23 Feb 2023, published DJe 28 Apr 2023: Decree 3,810/2001 (the MLAT) constitutional, and direct requests ' +
      'to providers operating in Brazil valid under art. 11 and Budapest art. 18 (https://jurishand.com/jurisprudencia-' +
      'stf-51-de-28-abril-2023; https://site.jurisgo.com.br/jurisprudencia/informacao/1932) [S51]',
    inForce: { from: '2014-06-23' },
    uncertain:
      'Art. 11 requires at least one act of collection or one terminal in Brazil; the model does not check it. Content ' +
      'and connection records need a judicial order under the Marco Civil (art. 10 and art. 22), which the model does ' +
      'not distinguish from other direct requests. Before ADC 51 (2023) the reach over data held abroad by a foreign ' +
      'group company was contested before the courts; the model applies the Supreme Court\'s reading from 2014. The ' +
      'in-force date assumes the 60-day vacatio legis from publication on 24 Apr 2014.',
  },

  // ---------------------------------------------------------------- Canada
  {
    id: 'CA-CC-487-014',
    title: 'Canada: general production order (Criminal Code s. 487.014)',
    // why: a justice or judge may order a person to produce documents, or data, in its "possession or
    // control". The B.C. Court of Appeal (Brecknell, 9 Jan 2018) held that production orders bind
    // persons present in Canada, including by a virtual presence through business there, and may require
    // documents located elsewhere; the Ontario Court of Justice (King v. OVH, 25 Sep 2025) applied it to
    // a French provider with a Canadian subsidiary for data held in France, the UK and Australia. So
    // providers [established, offers-services], data `anywhere`.
    jurisdiction: 'CA',
    data: ['subscriber', 'traffic'],
    reach: { providers: ['established', 'offers-services'], data: 'anywhere' },
    sanction:
      'offence of contravening the order without lawful excuse: fine of up to CAD 250,000, imprisonment of up to six ' +
      'months, or both (Criminal Code s. 487.0198)',
    review: {
      days: 30,
      source:
        'Criminal Code s. 487.0193: before producing, the person ordered may apply to the judge who made the order to ' +
        'revoke or vary it (OVH\'s application was refused on 25 Sep 2025)',
    },
    source:
      'Criminal Code, R.S.C. 1985, c. C-46, ss. 487.014, 487.0193, 487.0198 as enacted by the Protecting Canadians ' +
      'from Online Crime Act, S.C. 2014, c. 31, in force 9 Mar 2015 (https://criminalnotebook.ca/index.php?title=' +
      'Production_Orders); British Columbia (Attorney General) v. Brecknell, 2018 BCCA 5 ' +
      '(https://www.bccourts.ca/search_judgments.aspx?obd={}&court=1; https://bennettjones.com/Blogs-Section/' +
      'Craigslists-Virtual-Presence-Enough-for-BC-Courts-Jurisdiction); R. v. Love, 2022 ABCA (leave to the SCC refused ' +
      '20 Apr 2023, http://webiis06.mondaq.com/canada/trials--appeals--compensation/1391742/); King v. OVH, Ont. C.J., ' +
      '25 Sep 2025 (https://privacyacrossborders.org/2026/02/03/what-canadas-king-vs-ovh-case-reveals-and-affirms-about-' +
      'cross-border-data-access/; https://heise.de/-11092029)',
    inForce: { from: '2015-03-09' },
    uncertain:
      'Before Brecknell (2018) provincial courts were divided on orders to providers with no physical presence in ' +
      'Canada; Brecknell binds British Columbia and was followed elsewhere (Love, Alberta; King v. OVH, Ontario), but no ' +
      'Supreme Court of Canada ruling was found: the model applies that reading from 2015. Content is left out: it is ' +
      'usually sought by search warrant, and no case on foreign providers\' content was read. The 30-day window for an ' +
      'application under s. 487.0193 was not re-read in the Code\'s text (unverified); the penalty is the wording of the ' +
      'pre-2015 s. 487.017 (http://www.criminal-code.ca/criminal-code-of-canada-section-487-017-offence/index.html), ' +
      'assumed carried into s. 487.0198.',
  },

  // ---------------------------------------------------------------- China
  {
    id: 'CN-DSL-35',
    title: 'China: Data Security Law art. 35 (organisations cooperate when the police access data to investigate crime)',
    // why: where public security or state security organs need to access data to safeguard national
    // security or investigate crime, they do so after strict approval procedures, and "relevant
    // organizations and individuals shall cooperate". The Law governs data handling within the
    // mainland (art. 2), so the model binds providers whose home or establishment is China and data
    // stored there: providers [established], data `in-territory`.
    jurisdiction: 'CN',
    data: [...ALL],
    reach: { providers: ['established'], data: 'in-territory' },
    sanction:
      'the Data Security Law\'s own penalty for refusing to cooperate was not read; Cybersecurity Law art. 28 (in force ' +
      '1 Jun 2017) already requires network operators to give public and state security organs technical support and ' +
      'assistance in criminal investigations',
    source:
      'Data Security Law of the PRC (adopted 10 Jun 2021, in force 1 Sep 2021) art. 35, Chinese text and translation ' +
      '(https://chinadataregulation.com/laws/dsl/articles/article-35/), art. 2 (territorial scope; DigiChina translation, ' +
      'https://digichina.stanford.edu/work/translation-data-security-law-of-the-peoples-republic-of-china/); ' +
      'Cybersecurity Law of the PRC art. 28 (https://wikisum.wiki/wiki/Cybersecurity_Law_of_the_People%27s_Republic_of_China) [S33]',
    inForce: { from: '2021-09-01' },
    uncertain:
      'Whether the duty to cooperate reaches data a Chinese provider keeps abroad is not said in the sources read: art. 2 ' +
      'also reaches handling abroad that harms China\'s interests, and art. 35 names no place. The model keeps to data ' +
      'stored in China (our reading). Foreign providers offering services in China without an establishment are not ' +
      'bound in the model. The Criminal Procedure Law\'s general duty to provide evidence to investigators was not ' +
      're-read and has no entry.',
  },

  // ---------------------------------------------------------------- United Kingdom
  {
    id: 'GB-IPA-PART-3',
    title: 'United Kingdom: authorisation to obtain communications data (Investigatory Powers Act 2016, Part 3)',
    // why: a telecommunications operator on which a requirement is imposed by notice under a Part 3
    // authorisation must comply (s. 66(1)); a "telecommunications operator" includes one offering or
    // providing a service to persons in the UK, and the Act contemplates operators outside the UK taking
    // steps abroad (s. 85(4)). Communications data only (who, when, where; not content): subscriber and
    // traffic. Providers [established, offers-services], data `anywhere`.
    jurisdiction: 'GB',
    data: ['subscriber', 'traffic'],
    reach: { providers: ['established', 'offers-services'], data: 'anywhere' },
    sanction:
      'the duty is enforceable by civil proceedings brought by the Secretary of State for an injunction or specific ' +
      'performance (IPA 2016 s. 66(5))',
    source:
      'Investigatory Powers Act 2016 ss. 60A-61 (authorisation by the Investigatory Powers Commissioner or a designated ' +
      'senior officer), 66 (duties of operators) and 85 (operators outside the UK), text as enacted ' +
      '(https://data.guardint.org/en/entity/jqw6xmbdk4b?page=68; https://data.guardint.org/en/entity/ngq0it4qb2k?page=82); ' +
      's. 60A inserted from 5 Feb 2019 by S.I. 2018/1123, commenced by S.I. 2019/174 ' +
      '(https://www.legislation.gov.uk/ukpga/2016/25/part/3); Communications Data Code of Practice ' +
      '(https://www.gov.uk/government/publications/communications-data-code-of-practice)',
    inForce: { from: '2019-02-05' },
    uncertain:
      'Part 3 replaced RIPA 2000 Part I Chapter II in stages during 2019 (IPC annual report 2019); 5 Feb 2019 is the ' +
      'commencement of s. 60A, and earlier RIPA notices are not modelled. S. 66(3) and s. 85(4) release an operator from ' +
      'steps not reasonably practicable, taking account of the law of the country where it would act: the duty yields ' +
      'to a foreign prohibition in a way the model does not express. Whether civil enforcement succeeds against an ' +
      'operator with no presence in the UK was not checked, nor was the definition of telecommunications operator (s. 261) ' +
      're-read in the Act\'s text; in practice overseas providers answer such requests ' +
      'voluntarily. Overseas production orders (Crime (Overseas Production Orders) Act 2019) exist only under a ' +
      'designated agreement and are the `agreement` channel.',
  },

  // ---------------------------------------------------------------- Indonesia
  {
    id: 'ID-MR-5-2020',
    title: 'Indonesia: private electronic system operators give law enforcement access to data (MoCI Regulation 5/2020)',
    // why: GR 71/2019 lets private electronic system operators keep systems and data abroad provided they
    // give access for supervision and law enforcement; MoCI Regulation 5/2020 requires every private
    // operator, domestic or foreign, serving Indonesia to register, to name a contact person domiciled in
    // Indonesia for foreign operators, and to provide access to electronic systems and data on a written
    // request of law enforcement. Providers [established, offers-services], data `anywhere`.
    jurisdiction: 'ID',
    data: [...ALL],
    reach: { providers: ['established', 'offers-services'], data: 'anywhere' },
    sanction:
      'administrative sanctions under MoCI Regulation 5/2020, up to termination of access to (blocking of) the ' +
      'electronic system in Indonesia (as summarised; the list of sanctions was not re-read)',
    source:
      'Government Regulation No. 71 of 2019 on electronic systems and transactions (in force 10 Oct 2019) ' +
      '(https://www.abnrlaw.com/news/indonesia-issues-important-new-regulation-on-electronic-network-and-information-systems); ' +
      'Regulation of the Minister of Communication and Informatics No. 5 of 2020 on private electronic system operators, ' +
      'in force 24 Nov 2020 (https://digitalpolicyalert.org/event/13906; https://kk-advocates.com/news/read/ministry-of-' +
      'communication-and-informatics-issued-implementing-regulation-of-government-regulation-no-71-of-2019; ' +
      'https://conventuslaw.com/?p=70346; English text: https://scribd.com/document/691559578/PERMEN-KOMINFO-5-2020-EN)',
    inForce: { from: '2020-11-24' },
    uncertain:
      'Article numbers, the response deadlines and the conditions for access to communications content were read only ' +
      'in summaries; whether content needs a court order is not checked. Civil society (SAFEnet, CIPS) reads the access ' +
      'provisions as lacking judicial authorisation; the model states the Regulation in its own terms. Its ' +
      'registration deadline ran to May 2021.',
  },

  // ---------------------------------------------------------------- India
  {
    id: 'IN-IT-RULES-3-1-J',
    title: 'India: intermediaries provide information to investigating agencies within 72 hours (IT Rules 2021, rule 3(1)(j))',
    // why: an intermediary "shall, as soon as possible, but not later than seventy two hours of the
    // receipt of an order, provide information under its control or possession, or assistance" to a
    // government agency lawfully authorised for investigative or protective activities. The Rules bind
    // intermediaries serving India, foreign ones included (significant social media intermediaries must
    // also keep a nodal contact person resident in India, rule 4). "Under its control or possession":
    // data `anywhere`.
    jurisdiction: 'IN',
    data: [...ALL],
    reach: { providers: ['established', 'offers-services'], data: 'anywhere' },
    sanction:
      'an intermediary that does not observe the Rules loses the exemption from liability for third-party information ' +
      'under s. 79(1) of the Information Technology Act 2000 and is liable under any law in force (rule 7)',
    source:
      'Information Technology (Intermediary Guidelines and Digital Media Ethics Code) Rules, 2021, notified 25 Feb 2021 ' +
      'under ss. 79 and 87 of the Information Technology Act 2000, rules 3(1)(j), 4 and 7 ' +
      '(https://www.lawontips.com/bare-acts/it-intermediary-guidelines-2021/it-intermediary-guidelines-2021-ch-1-ii-sec-0-3; ' +
      'https://www.asdlaw.in/post/issues-on-compliance-with-the-i-t-intermediary-guidelines-digital-media-ethics-code-rules-2021; ' +
      'https://trustlaw.in/legal-obligations-of-intermediary/)',
    inForce: { from: '2021-02-25' },
    uncertain:
      'inForce.from is the notification date; one commentary (asdlaw) gives 26 May 2021 as the effective date, the end of ' +
      'the three months allowed to significant social media intermediaries (rule 4), and which date rule 3 took ' +
      'effect on was not re-read in the Rules\' commencement clause. Whether losing the safe harbour is a sanction a foreign provider without Indian assets feels is ' +
      'debated in the commentary read; no ruling on rule 3(1)(j) against a foreign provider was found.',
  },
  {
    id: 'IN-BNSS-94',
    title: 'India: summons or written order to produce a document or electronic communication (BNSS 2023 s. 94)',
    // why: a court or the officer in charge of a police station may require "the person in whose
    // possession or power" a document or electronic communication likely to contain digital evidence is
    // believed to be to produce it; it replaced s. 91 of the Code of Criminal Procedure 1973 on 1 Jul
    // 2024. Binds persons in India: providers [established]; "possession or power": data `anywhere`.
    jurisdiction: 'IN',
    data: [...ALL],
    reach: { providers: ['established'], data: 'anywhere' },
    sanction: 'the Sanhita\'s penalties for disobeying a lawful order; the section itself names none (not re-read)',
    source:
      'Bharatiya Nagarik Suraksha Sanhita, 2023 (Act 46 of 2023) s. 94, in force 1 Jul 2024, replacing CrPC 1973 s. 91 ' +
      '(https://law.emunshi.ai/bnss/94; https://www.legalprobe.in/2024/09/summoning-evidence-decoding-bnss.html)',
    inForce: { from: '2024-07-01' },
    uncertain:
      'No ruling was read on whether an Indian subsidiary has the "power" to produce data its foreign parent operates; ' +
      'the model binds a provider whose home or establishment is India. The predecessor, CrPC s. 91 (in force 1 Apr ' +
      '1974), has no entry: its text was not re-read.',
  },

  // ---------------------------------------------------------------- Japan
  {
    id: 'JP-CCP-218',
    title: 'Japan: record-order seizure and remote access under a warrant (Code of Criminal Procedure arts. 99-2, 218)',
    // why: since the 2011 amendments (in force 22 Jun 2012) a judge's warrant may order a custodian of
    // electronic records to record the data needed onto a medium and hand it over (record-order seizure,
    // art. 218(1), art. 99-2), and may allow copying from media connected to a seized computer (art.
    // 218(2)). Binds custodians in Japan: providers [established]. The Supreme Court (1 Feb 2021)
    // allowed remote access to a server in another Budapest party only with the lawful, voluntary consent
    // of the person entitled to disclose: compulsion is kept to data in Japan, `in-territory`.
    jurisdiction: 'JP',
    data: [...ALL],
    reach: { providers: ['established'], data: 'in-territory' },
    sanction: 'execution of the warrant by seizure; refusal as such carries no penalty named in the sources read',
    source:
      'Code of Criminal Procedure (Act No. 131 of 1948) arts. 99(2), 99-2 and 218(1)-(2) as amended by the 2011 Act ' +
      '(in force 22 Jun 2012) (https://itresearchart.biz/?p=945; https://japancompliance.com/what-is-a-record-order-' +
      'seizure-in-japan-and-how-can-it-impact-data-custodians); Supreme Court, 2nd Petty Bench, decision of 1 Feb 2021, ' +
      '2018 (A) 1381, Keishu vol. 75 no. 2 (https://www.courts.go.jp/app/hanrei_en/detail?id=1811)',
    inForce: { from: '2012-06-22' },
    uncertain:
      'Whether a record-order seizure served on a Japanese establishment may require data its group keeps abroad is not ' +
      'settled in the sources read; the 2021 decision concerned remote access, not an order to a provider. `in-territory` ' +
      'is our reading (interp.).',
  },

  // ---------------------------------------------------------------- Kazakhstan
  {
    id: 'KZ-567-15',
    title: 'Kazakhstan: operators keep service information on subscribers for operational-search and counter-intelligence bodies (Law on Communications art. 15)',
    // why: the Law on Communications defines "service information about subscribers" (numbers, individual
    // identification numbers, identifiers of devices, billing, the device's location, network addresses,
    // addresses of Internet resources accessed) as information intended solely for counter-intelligence
    // and operational-search activity on communication networks (art. 2), and the Government's rules on
    // collecting and storing that information and on operators providing their equipment's functions to
    // those bodies were made under art. 15(1). The duty binds telecom operators and network owners
    // "operating in the territory": providers [established], data `in-territory`.
    jurisdiction: 'KZ',
    data: ['subscriber', 'traffic'],
    reach: { providers: ['established'], data: 'in-territory' },
    sanction: 'not read in the sources consulted',
    source:
      'Law of the Republic of Kazakhstan No. 567 of 5 Jul 2004 "On Communications" art. 2 (definition of service ' +
      'information about subscribers) (https://zakonpravo.kz/en/article-2-the-basic-concepts-used-in-this-law-of-the-law-on-' +
      'communications; https://zakon.uchet.kz/eng/docs/Z040000567_) and art. 15(1), as cited by Government Resolution No. ' +
      '246 of 30 Mar 2010 on operators collecting and storing service information (abolished by Decree No. 559 of 13 Jul ' +
      '2023) (https://adilet.zan.kz/eng/docs/P100000246_/compare) and Government Resolution No. 358 of 19 Jun 2018 made ' +
      'under art. 15(1)(4) (http://adilet.zan.kz/eng/docs/P1800000358)',
    inForce: { notBefore: '2004-07-05' },
    uncertain:
      'The text of art. 15 itself was not read: its content is inferred from the definition in art. 2 and from the ' +
      'Government resolutions made under it, and the date from which it carried this duty (the Law has been amended many ' +
      'times) was not checked, so the Law\'s own date stands in. The information serves operational-search and ' +
      'counter-intelligence bodies; whether criminal investigators obtain it by the same route, and on what ' +
      'authorisation, was not read. Foreign services without an operator licence in Kazakhstan are not bound in the model.',
  },

  // ---------------------------------------------------------------- Republic of Korea
  {
    id: 'KR-PCSA-13',
    title: 'Republic of Korea: communication confirmation data on a court\'s permission (Protection of Communications Secrets Act art. 13, art. 15-2)',
    // why: art. 13(1) lets an investigator (a prosecutor of the investigation offices named in the Act,
    // or a judicial police officer) ask a telecommunications business operator under the
    // Telecommunications Business Act to let it inspect or to submit "communication confirmation data",
    // and art. 13(4) requires the written permission of the competent district court first (in an
    // emergency, immediately after); art. 15-2(1) obliges operators to cooperate with such requests. The
    // data (art. 2(11)) are dates and times, start and end of communications, the other party's number,
    // frequency of use, Internet log records, and the location of base stations and access points:
    // traffic data. Subscriber data go by a request under the Telecommunications Business Act art. 83(3),
    // which an operator may refuse (see the header), and content by a seizure warrant, not modelled here.
    // The Act binds operators under the Korean Telecommunications Business Act: providers [established];
    // it names no place for the data: `anywhere`.
    jurisdiction: 'KR',
    data: ['traffic'],
    reach: { providers: ['established'], data: 'anywhere' },
    sanction:
      'the Act names none for refusing a request; art. 15-4 sets a charge of up to KRW 10 million for operators that ' +
      'ignore a correction order on their reporting and record duties (art. 13(8))',
    source:
      'Protection of Communications Secrets Act (통신비밀보호법) arts. 2(11), 13(1) and (4), 15-2(1), 15-4, as amended by ' +
      'Act No. 21989 of 29 Sep 2026 (in force 2 Oct 2026), Korean text from the National Law Information Center ' +
      '(https://www.law.go.kr/법령/통신비밀보호법, as archived in legalize-kr/legalize-kr kr/통신비밀보호법/법률.md, commit ' +
      '6df4cda5); art. 13(4) as amended by Act No. 7503 of 26 May 2005, in force three months after promulgation ' +
      '(addendum); art. 13-3 in the 2021 text (http://www.lawnb.com/Info/ContentView?sid=L000A547684E1607_13X3_20210316); ' +
      'operators provide the data only on a court-permitted request (Ministry of Science and ICT, Dec 2024, as reported ' +
      'at https://m.newspic.kr/summary.html?cp=w3Hru72p&nid=2024122713593904239&pn=495)',
    inForce: { from: '2005-08-27' },
    uncertain:
      'Only the text in force from 2 Oct 2026 was read; earlier wording is inferred from its amendment notes: the court\'s ' +
      'permission in art. 13(4) carries the note "amended 26 May 2005", and 27 Aug 2005 is our reckoning of "three months ' +
      'after promulgation" in that Act\'s addendum, not a date read. When art. 15-2 (the duty to cooperate) was inserted ' +
      'was not read; the entry assumes it by 2005. Before the 2026 amendment the requesting officer was the "prosecutor ' +
      'or judicial police officer", as art. 13-3 of the 2021 text and art. 15-2 still read. Whether a foreign provider offering services in Korea is a telecommunications ' +
      'business operator bound by art. 13 was not read, and a 2022 press report says seizing data on a server abroad is ' +
      'practically impossible, leaving mutual legal assistance (https://www.tellerreport.com/tech/2022-08-01-daebap-' +
      '%22unlawful-search-for-cloud-with-cell-phone-warrant%22.S1-sQvSST9.html): the model binds providers whose home or ' +
      'establishment is Korea. `anywhere` reflects that no place is named, not a ruling. Real-time location and tower ' +
      'dumps are limited further (art. 13(2)); the model does not distinguish them.',
  },

  // ---------------------------------------------------------------- Mexico
  {
    id: 'MX-LFTR-189',
    title: 'Mexico: telecommunications concessionaires and application providers attend written orders of the competent authority (LFTR arts. 189-190)',
    // why: art. 189 of the Federal Telecommunications and Broadcasting Law obliges concessionaires, and
    // where applicable authorised operators and providers of applications and content services, to
    // attend every written, founded and reasoned order of the competent authority in the terms the laws
    // set; art. 190 has concessionaires keep a record of communications (subscriber name and address,
    // origin and destination, date, time and duration, device identifiers, location) and hand it to the
    // security and justice authorities. Subscriber and traffic data; the same Title reserves the
    // interception of private communications to the federal judicial authority (as reported), so content
    // is left out. The Law regulates telecommunications in Mexico (art. 1) and names no place for the
    // data: providers [established], data `anywhere`.
    jurisdiction: 'MX',
    data: ['subscriber', 'traffic'],
    reach: { providers: ['established'], data: 'anywhere' },
    sanction:
      'any omission or contempt of these duties is sanctioned by the authority under the applicable criminal legislation ' +
      '(art. 190, as summarised)',
    source:
      'Ley Federal de Telecomunicaciones y Radiodifusión, published in the DOF on 14 Jul 2014, arts. 189-190 ' +
      '(http://asesoresensoluciones.com/index.php/articulo-190-de-la-ley-federal-de-telecomunicaciones-y-radiodifusion-su-' +
      'alcance-en-materia-de-datos-personales-un-nuevo-debate; https://zetatijuana.com/2014/07/gobierno-espiara-comunicaciones; ' +
      'https://consumotic.mx/telecom/publicara-ifetel-lineamientos-para-colaborar-con-la-justicia/; ' +
      'https://24-horas.mx/?p=628083); publication date: SCJN, controversia constitucional 90/2014 ' +
      '(http://suprema-corte.vlex.com.mx/vid/647732197); abrogated by the Ley en Materia de Telecomunicaciones y ' +
      'Radiodifusión of 2025 (https://idconline.mx/corporativo/2025/07/24/nueva-ley-de-telecomunicaciones-y-radiodifusion-claves)',
    inForce: { notBefore: '2014-07-14', to: '2025-07-16' },
    uncertain:
      'The articles were read in press and law-firm summaries, not in the DOF text; the summaries differ on the ' +
      'retention period (24 months in 24-horas, at least 12 months in consumotic). The Law\'s ' +
      'commencement date was not read, so its publication date stands in. Whether art. 189 binds a foreign provider of ' +
      'applications and content with no presence in Mexico was not found: the model binds only providers whose home or ' +
      'establishment is Mexico. `anywhere` reflects that no place is named, not a ruling. The last day assumes the 2025 ' +
      'Law took effect on 17 Jul 2025 (sources give 16 or 17 Jul 2025 for its publication).',
  },
  {
    id: 'MX-LMTR-182',
    title: 'Mexico: concessionaires, authorised operators and application providers attend written orders of the competent authority (Ley en Materia de Telecomunicaciones y Radiodifusión 2025, art. 182)',
    // why: the 2025 Law, which abrogated the LFTR, keeps the duty: concessionaires and, where applicable,
    // authorised operators and providers of applications and content services must attend every written,
    // founded and reasoned order of the competent authority in the terms the laws set; real-time
    // location of devices needs a control judge's authorisation. Same reach as MX-LFTR-189.
    jurisdiction: 'MX',
    data: ['subscriber', 'traffic'],
    reach: { providers: ['established'], data: 'anywhere' },
    sanction: 'any omission or contempt is sanctioned under the applicable criminal legislation (as summarised)',
    source:
      'Ley en Materia de Telecomunicaciones y Radiodifusión, Decree published in the DOF in July 2025, art. 182 ' +
      '(https://www.sinembargo.mx/4672579/puntosycomas-ley-de-telecomunicaciones-regulara-geolocalizacion-de-dispositivos); ' +
      'publication and commencement (https://idconline.mx/corporativo/2025/07/24/nueva-ley-de-telecomunicaciones-y-' +
      'radiodifusion-claves; https://www.tribuna.com.mx/opinion/2025/9/10/ley-de-telecomunicaciones-radiodifusion-412983.html)',
    inForce: { from: '2025-07-17' },
    uncertain:
      'The article was read in a press account written after the Chamber of Deputies approved the bill (1 Jul 2025) and ' +
      'before publication; that the enacted text keeps the number 182 was not checked. One source dates publication 16 ' +
      'Jul 2025, another 17 Jul 2025 with entry into force the same day; 17 Jul is used. As MX-LFTR-189, foreign ' +
      'providers without a presence in Mexico are not bound in the model.',
  },

  // ---------------------------------------------------------------- Russia
  {
    id: 'RU-149-FZ-10-1',
    title: 'Russia: organisers of information dissemination store user data in Russia and provide them to the authorities (Law 149-FZ art. 10.1)',
    // why: art. 10.1, added by Law 97-FZ (2014), has an "organiser of information dissemination" (a
    // service for receiving, transmitting or processing users' electronic messages, entered in
    // Roskomnadzor's register, foreign messengers included) store in Russia the facts of users'
    // messages and information about the users, and provide it to the bodies conducting
    // operational-investigative activity or ensuring security. The duty covers what must be stored in
    // Russia: providers [established, offers-services], data `in-territory`.
    jurisdiction: 'RU',
    data: ['subscriber', 'traffic'],
    reach: { providers: ['established', 'offers-services'], data: 'in-territory' },
    sanction:
      'administrative fines for organisers failing their duties (Code of Administrative Offences art. 13.31; Telegram was ' +
      'fined RUB 800,000 by a Meshchansky district magistrate in Moscow in 2017 for refusing the FSB decryption keys) and ' +
      'blocking of the service (Tagansky District Court of Moscow, 13 Apr 2018, on Roskomnadzor\'s claim; blocking began 16 ' +
      'Apr 2018) [S35] (https://tass.com/economy/999993/amp; https://trickdroid.org/o-tribunal-multou-a-telegram-em-800-000-' +
      'rublos-por-se-recusar-a-trabalhar-com-o-fsb/)',
    source:
      'Federal Law No. 149-FZ of 27 Jul 2006 "On information, information technologies and protection of information" ' +
      'art. 10.1(3)-(4), added by Federal Law No. 97-FZ of 5 May 2014 (storage of message metadata and user data from 1 ' +
      'Aug 2014) (https://www.lexology.com/library/detail.aspx?g=c222dc67-4b79-4faf-b4a9-008776c8f53c; ' +
      'https://pdfslide.net/technology/english--55b0fc4980399.html); Government Resolution No. 327 of 8 Apr 2015 ' +
      '(https://cis-legislation.com/document.fwx?rgn=74975) [S35]',
    inForce: { from: '2014-08-01' },
    uncertain:
      'Only organisers entered in the register are bound; the model binds any provider offering services in Russia or ' +
      'based there. Federal Law No. 236-FZ of 1 Jul 2021 requires large foreign services to open a branch in Russia; it ' +
      'is not modelled separately. Data a registered organiser keeps only abroad (in breach of the storage duty) is not ' +
      'reached in the model.',
  },
  {
    id: 'RU-149-FZ-10-1-CONTENT',
    title: 'Russia: organisers of information dissemination store message content in Russia (Law 149-FZ art. 10.1, "Yarovaya" amendments)',
    // why: Federal Law 374-FZ (6 Jul 2016) extended art. 10.1: organisers store the messages themselves
    // (text, voice, images, video) in Russia for up to six months, from 1 Jul 2018, and provide them to
    // the authorised bodies. Same reach as the metadata duty, for content.
    jurisdiction: 'RU',
    data: ['content'],
    reach: { providers: ['established', 'offers-services'], data: 'in-territory' },
    sanction:
      'administrative fines (Code of Administrative Offences art. 13.31) and blocking, as for the metadata duty [S35]',
    source:
      'Federal Law No. 374-FZ of 6 Jul 2016 amending Law 149-FZ art. 10.1 (content of messages stored up to six months; ' +
      'metadata one year) (http://www.lexology.com/library/detail.aspx?g=c2e37672-b258-4527-8a7d-677e1e5e2b04; ' +
      'https://www.lexology.com/library/detail.aspx?g=c222dc67-4b79-4faf-b4a9-008776c8f53c); Government Resolution No. ' +
      '728 of 26 Jun 2018 on storage rules, content duty from 1 Jul 2018 ' +
      '(https://taromegina.ru/en/programs/organizator-rasprostraneniya-informacii-v-seti-internet-organizator.html) [S35]',
    inForce: { from: '2018-07-01' },
    uncertain:
      'As RU-149-FZ-10-1. The duty to hand over decryption keys (art. 10.1(4.1)) is not modelled. The content duty\'s ' +
      'start is read from one secondary source on Resolution No. 728.',
  },

  // ---------------------------------------------------------------- South Africa
  {
    id: 'ZA-CPA-205',
    title: 'South Africa: subpoena under Criminal Procedure Act s. 205, used for service providers\' records',
    // why: the Western Cape High Court (S v Miller, 2015) upheld subpoenas a magistrate issued under
    // s. 205(1) on a police official's application, directing two cellphone service providers to hand
    // over itemised billing, and held that no cyber-inspector authority under the Electronic
    // Communications and Transactions Act was needed. RICA s. 19 adds a judge's or magistrate's direction for
    // archived communication-related information. Subscriber and traffic data; the subpoena binds persons
    // within the court's jurisdiction: providers [established], and no place is named for the records:
    // data `anywhere`.
    jurisdiction: 'ZA',
    data: ['subscriber', 'traffic'],
    reach: { providers: ['established'], data: 'anywhere' },
    sanction: 'the Act\'s penalty for failing to comply with a s. 205 subpoena was not read',
    source:
      'Criminal Procedure Act 51 of 1977 s. 205(1); S v Miller and Others [2015] ZAWCHC 118, 2016 (1) SACR 251 (WCC), 2 ' +
      'Sep 2015 (http://www7.saflii.org/za/cases/ZAWCHC/2015/118.html; https://criminalpleading.com/2016/03/25/section-' +
      '205-subpoena-valid-despite-error-in-date/); Regulation of Interception of Communications and Provision of ' +
      'Communication-related Information Act 70 of 2002 s. 19, commenced 30 Sep 2005 (http://acts.co.za/regulation-of-' +
      'interception-of-communications-and-provision-of-communication-related-information-act-2002/19_application_for_and_' +
      'issuing_of_archived_communication_related_direction.php; http://workinfo.org/index.php/legislation/item/1204-' +
      'regulation-of-interception-of-communications-and-provision-of-communication-related-information-act-70-of-2002)',
    inForce: { notBefore: '1977-01-01' },
    uncertain:
      'The text of s. 205 was not read: its scope is taken from S v Miller and its summary. The Act\'s commencement date ' +
      'was not read, so the first day of its year stands in. How far RICA limits the use of s. 205 for communication-' +
      'related information was not read. Whether a s. 205 subpoena reaches a foreign provider with no presence in South ' +
      'Africa, or data a South African company keeps abroad, was not found: the model binds providers whose home or ' +
      'establishment is South Africa and reads the absence of a named place as `anywhere`. The Cybercrimes Act 2020 ' +
      'disclosure-of-data direction (s. 44) had not commenced in the sources read.',
  },

  // ---------------------------------------------------------------- United States
  {
    id: 'US-SCA-2703-2D-CIR',
    title: 'United States: SCA warrant as read by the Second Circuit (Microsoft, 2016)',
    // why: the Second Circuit held that an SCA warrant (18 USC 2703) could not compel a US provider to
    // produce e-mail stored only abroad: that would apply the Act extraterritorially. The provider's
    // home is the issuing state, so providers [established]; data `in-territory`. Dated from the ruling
    // to the day before the CLOUD Act, which replaced it.
    jurisdiction: 'US',
    data: [...ALL],
    reach: { providers: ['established'], data: 'in-territory' },
    sanction: 'civil contempt (Microsoft was held in civil contempt to allow its appeal) [S5]',
    source:
      '18 USC 2703(a)-(d); Matter of a Warrant to Search a Certain E-Mail Account Controlled and Maintained by ' +
      'Microsoft Corp., 829 F.3d 197 (2d Cir. 14 Jul 2016) [S5][S47]',
    inForce: { from: '2016-07-14', to: '2018-03-22' },
    uncertain:
      'The holding bound only courts of the Second Circuit: in the Eastern District of Pennsylvania In re Search ' +
      'Warrant No. 16-960-M-01 to Google (3 Feb 2017; affirmed 17 Aug 2017) compelled production of data stored ' +
      'abroad, treating disclosure in the US as a domestic act [S50]; other districts followed either view. The ' +
      'Supreme Court vacated the judgment as moot on 17 Apr 2018 [S5]. Before 14 Jul 2016 the question was open and no ' +
      'entry is given.',
  },
  {
    id: 'US-CLOUD-2713',
    title: 'United States: SCA process under the CLOUD Act (18 USC 2713)',
    // why: 2713 requires a provider to preserve and disclose content and records in its possession,
    // custody or control "regardless of whether" they are stored inside or outside the United States:
    // data `anywhere`. It binds providers subject to US process; the model takes those whose home is
    // the US (`established`).
    jurisdiction: 'US',
    data: [...ALL],
    reach: { providers: ['established'], data: 'anywhere' },
    sanction: 'contempt of court for failing to comply with the warrant, order or subpoena',
    review: {
      days: 14,
      source:
        '18 USC 2703(h)(2): within 14 days of service, a motion to quash or modify where the customer is not a US person ' +
        'and does not reside in the US and disclosure would risk violating the law of a qualifying foreign government; ' +
        'common-law comity challenges remain for other conflicts (2703(h)(4)) [S4]',
    },
    source:
      '18 USC 2713, added by the CLOUD Act, Pub. L. 115-141, Div. V, enacted 23 Mar 2018 [S1b][S5]; 18 USC 2703(h) [S4]',
    inForce: { from: '2018-03-23' },
    uncertain:
      'Providers that are not US companies but are subject to US jurisdiction (by presence or business in the US) are ' +
      'also bound; the model reaches them only through `establishments` where a provider lists US. Statutory review ' +
      'under 2703(h)(2) exists only for a qualifying foreign government\'s law; against other states\' laws the review ' +
      'modelled here is the common-law comity analysis, for which no deadline applies (14 days is used).',
  },

  // ---------------------------------------------------------------- Viet Nam
  {
    id: 'VN-LCS-26-2',
    title: 'Viet Nam: service providers give users\' information to the Ministry of Public Security (Law on Cyber Security art. 26(2))',
    // why: the Law has domestic and foreign enterprises providing telecommunications, Internet and
    // value-added services in Vietnamese cyberspace provide user information to the specialised
    // cyber-security force of the Ministry of Public Security on its written request, to investigate and
    // handle breaches of the cyber-security law; Decree 53/2022 adds the procedures and a duty to
    // cooperate in investigations. Providers [established, offers-services]; the Law names no place for
    // the data: `anywhere`.
    jurisdiction: 'VN',
    data: ['subscriber', 'traffic'],
    reach: { providers: ['established', 'offers-services'], data: 'anywhere' },
    sanction:
      'for a foreign enterprise that does not cooperate, the Minister may require it to store data in Viet Nam and open ' +
      'a branch or representative office there within 12 months (Decree 53/2022 art. 26)',
    source:
      'Law on Cyber Security No. 24/2018/QH14 of 12 Jun 2018, in force 1 Jan 2019, art. 26(2) ' +
      '(https://english.luatvietnam.vn/law-no-24-2018-qh14-dated-june-12-2018-of-the-national-assembly-on-cybersecurity-164904-doc1.html; ' +
      'bill as reported: http://plo.vn/thoi-su/facebook-google-phai-dat-may-chu-tai-viet-nam-750082.html); Decree No. ' +
      '53/2022/ND-CP (https://zephtech.net/feed/2022-08-15-vietnam-decree-53-data-localization; ' +
      'https://technologyquotient.freshfields.com/post/102iulg/data-localisation-in-vietnam-highlights-under-decree-53-and-decree-13)',
    inForce: { from: '2019-01-01' },
    uncertain:
      'The article\'s wording was read in secondary sources only (the bill as reported, summaries of the Decree), not in ' +
      'the Law\'s text; the Ministry of Public Security said in 2020 that the force may access only information tied to ' +
      'a breach (https://doanhnghiephoinhap.vn/bo-cong-an-noi-gi-ve-y-kien-luat-an-ninh-mang-kiem-soat-thong-tin-ca-nhan-78834.html). `anywhere` reflects that no place is named, not a ruling. Limited in the Law to breaches of the ' +
      'cyber-security law, which the model does not check. A new Law on Cyber Security No. 116/2025/QH15 (adopted 10 ' +
      'Dec 2025) was not read; no end date is set.',
  },

  // ---------------------------------------------------------------- EU: e-Evidence, one entry per member
  ...E_EVIDENCE_PARTIES.map(eEvidence),
];
