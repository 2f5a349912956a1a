import type { ProductionOrder } from '../types.ts';
import { E_EVIDENCE_PARTIES } from './multilateral/eu.ts';

/**
 * Production-order laws: a requesting state's own power to compel a provider to disclose data, and
 * how far it reaches (which providers, and data stored where). Pure data. `[S#]` refers to
 * ../shared/domain/facts.md; other sources are named by URL.
 *
 * An entry says what the issuing state's law claims, in its own terms. Whether another state's law
 * forbids the same disclosure is said by that state's rules (rules.ts); where both apply to one
 * request, the run reaches a conflict of laws (docs/world.md, "Reach of a production order").
 *
 * Left out on purpose (see docs/world.md): Belgium's art. 88bis (traffic data, by an investigating
 * judge) and art. 90quater (interception, the Skype case), whose reach over foreign providers rests
 * on the 2016 amendments and on rulings not re-read; the UK's overseas production orders, which exist
 * only under a designated agreement and are the `agreement` channel already; every other state.
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

  // ---------------------------------------------------------------- EU: e-Evidence, one entry per member
  ...E_EVIDENCE_PARTIES.map(eEvidence),
];
