import type { Rule } from '../types.ts';
import { withMembership } from './jurisdictions.ts';

/**
 * Blocking, approval and localisation laws. Pure data. `[S#]` refers to docs/sources.md.
 *
 * Kinds, as the engine reads them (SCENARIO-FORMAT.md):
 * - `blocking`: a prohibition with exceptions; covered data leave only by an `except` channel.
 * - `consent-required`: an approval regime; covered data leave by another channel only after the
 *   state has been consulted and consented, and a direct request (which cannot consult) is closed.
 * - `recognition`: a law on whether the state recognises a foreign order (GDPR art. 48); shown and
 *   cited on the channels it covers, it never closes one and never makes its state a consulted party.
 * A rule of the requested state never closes the channel that goes through that state, so `except`
 * matters mostly when the rule's state is a third country.
 *
 * Laws that were read and deliberately not modelled as rules are data: laws-not-modelled.ts, one
 * entry per reading (state, law, finding, source), shown in docs/world.md; every seed, G20 and EU
 * state and every provider's home has a rule here or an entry there (test/world/rules-coverage.test.ts).
 * Issue 12's passes added Australia's Telecommunications Act Part 13 (AU-TA-276, AU-TA-276-CONTENT),
 * then, their texts read, Korea's Protection of Communications Secrets Act art. 3 (KR-PCSA-3, Korean
 * text; traffic data only, as subscriber data and stored content go by other laws) and Japan's
 * Telecommunications Business Act art. 4 (JP-TBA-4, Japanese text of arts. 4 and 179; traffic and
 * content, as account registration data unlinked to a communication fall outside the secrecy): secrecy
 * of communications laws that let a domestic provider disclose only under domestic procedure. Brazil's
 * Marco Civil art. 10 para. 2 is a candidate of the same kind, left out until a text says whether a
 * foreign court's order counts. Still not read: Australia's My Health Records Act s. 77, Nova Scotia's
 * PIIDPA, Argentina's Law 27.078 art. 5, Mexico's LFPDPPP arts. 36-37, Canada's PIPEDA s. 7(3)(d).
 */

const ALL = ['subscriber', 'traffic', 'content'] as const;

/** One GDPR art. 48 rule per shipped EU member: the rule has a single jurisdiction. */
function gdpr48(id: string): Rule {
  return {
    id: `${id}-GDPR-48`,
    title: 'GDPR art. 48: recognition of third-country orders to transfer personal data',
    // why: art. 48 says when a third country's court judgment or administrative decision requiring a
    // controller or processor to transfer or disclose personal data "may only be recognised or
    // enforceable": when it rests on an international agreement such as an MLAT between that country
    // and the Union or this member, "without prejudice to other grounds for transfer" in Chapter V
    // (e.g. an adequacy decision). It governs recognition; it neither forbids the transfer outright nor
    // provides for consulting the member where the data sit [S29][S29b]; the 2026 audit (facts.md §16)
    // found that modelling it as a consultation sent a UK order under the UK-US agreement for Dublin
    // data to MLA. So `recognition`: said and cited on the channels it concerns, never closing one.
    // `mlat` is excepted because it is the international agreement art. 48 names; `direct` because the
    // type cannot limit the rule to non-EU requesters and a member's e-Evidence order is no
    // third-country order (and a provider's voluntary answer is governed by other Chapter V grounds).
    kind: 'recognition',
    jurisdiction: id,
    data: [...ALL],
    connection: ['data-location', 'provider-home'],
    except: ['direct', 'mlat'],
    source:
      'Regulation (EU) 2016/679 (GDPR) art. 48 and recital 115; EDPB Guidelines 02/2024 on art. 48 [S29][S29b] ' +
      '(a recognition rule that creates no consultation: the project\'s reading of art. 48 in its 2026 review)',
    inForce: { from: '2018-05-25' },
    uncertain:
      'EDPB reads any answer to such an order as a transfer needing an art. 6 basis and a Chapter V ground, which the ' +
      'model does not check. Connections approximate GDPR territorial scope (art. 3), which turns on establishment and ' +
      'targeting rather than storage. Excepting `direct` means the rule is not shown on a compelled direct order from ' +
      'a third country either: a limitation of the model (docs/world.md).',
  };
}

export const RULES: Rule[] = [
  // ---------------------------------------------------------------- United States
  {
    id: 'US-SCA-2702-CONTENT',
    title: 'Stored Communications Act: no disclosure of content without US process',
    // why: 2702(a)(1)-(2) forbids public providers to divulge stored content to anyone, foreign
    // governments included, unless an exception applies: a prohibition, so `blocking`. Foreign
    // authorities obtain content through US process, i.e. an MLAT or letters rogatory executed by a
    // US court (18 USC 3512), or through a CLOUD Act agreement (2511(2)(j) and the SCA amendments),
    // hence except [mlat, rogatory, agreement]. Connection: the provider's home, because the Act binds
    // US providers wherever the data sit. Non-content is not covered: 2702(c)(6) allows disclosure to
    // anyone but a US governmental entity. The emergency exception (2702(b)(8)) is modelled as the
    // rule yielding to emergency requests (emergencyException), which is what providers' published
    // practice towards foreign police shows [S54]; its textual basis is uncertain (see `uncertain`).
    kind: 'blocking',
    jurisdiction: 'US',
    data: ['content'],
    connection: ['provider-home'],
    except: ['mlat', 'rogatory', 'agreement'],
    emergencyException: true,
    source:
      '18 USC 2702(a)(1)-(2), exceptions in 2702(b); 18 USC 3512 (execution of foreign requests); CLOUD Act, Pub. L. ' +
      '115-141 Div. V (2018) [S2][S74][S71]',
    inForce: { from: '1986-10-21' },
    uncertain:
      'inForce.from is the enactment of the Electronic Communications Privacy Act (21 Oct 1986); the commencement date of ' +
      'its Title II and later amendments were not checked. The rule yields to emergency requests because providers ' +
      'report emergency disclosures of content to foreign police [S54]; whether 2702(b)(8) ("governmental entity", ' +
      'defined in 2711(4) as US bodies) itself covers foreign authorities is unverified. Reach over foreign providers ' +
      'storing in the US is not modelled.',
  },

  // ---------------------------------------------------------------- Australia
  // why (both): Part 13 of the Telecommunications Act 1997 makes it an offence (up to two years'
  // imprisonment) for carriers, carriage service providers and their employees to disclose
  // information about the contents or substance of communications they carry, the carriage
  // services they supply, or another person's affairs or personal particulars, save under the
  // exceptions of Part 13 Division 3: a prohibition with exceptions, so `blocking`, like the SCA.
  // How a foreign authority may obtain such data is written in Australian law: telecommunications
  // data through an AFP authorisation that lets the carrier disclose to the AFP, which may pass it
  // on to the foreign agency (TIA Act s 180A), stored content through the mutual-assistance
  // warrant scheme (both from the Cybercrime Legislation Amendment Act 2012), and, from 2021, an
  // order of a designated-agreement partner, whose compliance the TIA Act Schedule 1 exempts from
  // Commonwealth laws restricting disclosure. Hence except [mlat, rogatory, agreement]; Australia
  // handles requests from states with and without a treaty under the same Mutual Assistance Act
  // (our reading, see `uncertain`). Connection: the provider's home, because the duty binds the
  // Australian carrier or carriage service provider itself.
  {
    id: 'AU-TA-276',
    title: 'Telecommunications Act 1997 s 276: Australian carriers do not disclose users\' data save as Part 13 allows',
    // why: s 287 lets a carrier disclose information on a person's affairs or personal particulars
    // when it believes on reasonable grounds that this is reasonably necessary to prevent or lessen
    // a serious and imminent threat to someone's life or health: the rule yields to emergencies for
    // subscriber and traffic data. Content is a separate rule, as s 287 (as read) does not reach it.
    kind: 'blocking',
    jurisdiction: 'AU',
    data: ['subscriber', 'traffic'],
    connection: ['provider-home'],
    except: ['mlat', 'rogatory', 'agreement'],
    emergencyException: true,
    source:
      'Telecommunications Act 1997 (Cth) Part 13, ss 276 (offence), 280 (authorised by or under law), 287 (threat to ' +
      'life or health) (ALRC Report 108, 2008, ch. 72: https://www.alrc.gov.au/publication/for-your-information-' +
      'australian-privacy-law-and-practice-alrc-report-108/72-exceptions-to-the-use-and-disclosure-offences/' +
      'telecommunications-act-1997-cth-2/ and .../threat-to-persons-life-or-health/); ' +
      'Telecommunications (Interception and Access) Act 1979 s 180A (AFP authorisation, onward disclosure to a foreign ' +
      'law enforcement agency: http://classic.austlii.edu.au/au/legis/cth/consol_act/taaa1979410/s180a.html), inserted ' +
      'by the Cybercrime Legislation Amendment Act 2012 (No. 120, 2012), Schedule 2 in force 10 Oct 2012; TIA Act ' +
      'Schedule 1 (international production orders, Act No. 78 of 2021, in force 24 Jul 2021)',
    inForce: { from: '2012-10-10' },
    uncertain:
      'Section 276 is in force since the 1997 Act; inForce.from is the day the foreign-request route through the AFP ' +
      '(TIA Act s 180A) came into force, because before it the 1997 text of s 282 (disclosure reasonably necessary ' +
      '"for the enforcement of the criminal law") was not read as excluding foreign criminal law. That s 280 ("by or ' +
      'under law") means Australian law only is our reading (interp.). Section 287 was read in the ALRC summary (2008), ' +
      'not in its text; its 2023 amendment (Act No. 17, 2023) was not read. Only Australian carriers and carriage ' +
      'service providers are bound; whether an online service is a carriage service provider, and a foreign provider ' +
      'supplying carriage services in Australia, are not modelled (connection provider-home).',
  },
  {
    id: 'AU-TA-276-CONTENT',
    title: 'Telecommunications Act 1997 s 276: Australian carriers do not disclose the contents of communications save as Part 13 allows',
    kind: 'blocking',
    jurisdiction: 'AU',
    data: ['content'],
    connection: ['provider-home'],
    except: ['mlat', 'rogatory', 'agreement'],
    source:
      'Telecommunications Act 1997 (Cth) Part 13, s 276(1)(a)(i) (contents or substance of a communication) (ALRC ' +
      'Report 108, 2008, ch. 71: https://www.alrc.gov.au/publication/for-your-information-australian-privacy-law-and-' +
      'practice-alrc-report-108/71-telecommunications-act/telecommunications-act-1997-cth/); TIA Act s 108 (no access ' +
      'to stored communications without a warrant) and the mutual-assistance stored communications warrant of the ' +
      'Cybercrime Legislation Amendment Act 2012 (No. 120, 2012), Schedule 2 in force 10 Oct 2012 ' +
      '(https://dcpartners.solutions/learning-centre/cybercrime-legislation-amendment-act-2012-cth); TIA Act Schedule 1 ' +
      '(international production orders, in force 24 Jul 2021: https://ato.gov.au/law/view/print?DocID=PAC%2F20210078%2FSch1-Cl43)',
    inForce: { from: '2012-10-10' },
    uncertain:
      'Same date reasoning as AU-TA-276. No emergency exception: s 287 as summarised by the ALRC (2008) concerns a ' +
      'person\'s affairs or personal particulars, not the contents of communications; whether the 2023 amendment of s 287 ' +
      'changed that was not read. TIA Act s 108 was read only through an ALRC summary (Discussion Paper 80, 2014), and the ' +
      'mutual-assistance stored communications warrant only in the 2012 Act\'s table of contents (Schedule 2 Part 1). Only Australian carriers ' +
      'and carriage service providers are bound (connection provider-home).',
  },

  // ---------------------------------------------------------------- Republic of Korea
  {
    id: 'KR-PCSA-3',
    title: 'Protection of Communications Secrets Act art. 3: no communication confirmation data save under Korean procedure',
    // why: art. 3(1) forbids anyone to censor mail, intercept telecommunications or provide
    // "communication confirmation data" (art. 2(11): dates and times, start and end of communications,
    // the other party's number, frequency of use, Internet log records, base-station and access-point
    // location: traffic data) otherwise than under this Act, the Criminal Procedure Act and the other
    // Korean statutes it names: a prohibition with exceptions, so `blocking`, like AU-TA-276. Every law
    // it names is Korean, and the Act's own route (art. 13) is a request by a Korean investigator with a
    // Korean district court's permission, which is also KR-PCSA-13, the order this rule matches. A
    // foreign authority reaches such data through Korean mutual assistance, which the Act on
    // International Judicial Mutual Assistance in Criminal Matters gives under a treaty or on
    // reciprocity (arts. 3-4): except [mlat, rogatory]. No emergency exception: the art. 13(4) proviso
    // lets a Korean investigator ask first and obtain the court's permission afterwards, not a foreign
    // authority. Connection: the provider's home, as the duty to cooperate binds operators under the
    // Korean Telecommunications Business Act (art. 15-2). Subscriber data (Telecommunications Business
    // Act art. 83(3)) and stored content (seizure under the Criminal Procedure Act) are outside art. 3.
    kind: 'blocking',
    jurisdiction: 'KR',
    data: ['traffic'],
    connection: ['provider-home'],
    except: ['mlat', 'rogatory'],
    source:
      'Protection of Communications Secrets Act (통신비밀보호법) arts. 2(11), 3(1), 13(1) and (4), 15-2, 16, and the addendum ' +
      'of Act No. 6546 of 29 Dec 2001 (in force three months after promulgation), Korean text in force from 2 Oct 2026 ' +
      '(https://www.law.go.kr/법령/통신비밀보호법, as archived in legalize-kr/legalize-kr kr/통신비밀보호법/법률.md, commit ' +
      '6df4cda5) [S100]; English title page and amendment list (https://elaw.klri.re.kr/eng_mobile/viewer.do?hseq=55757&type=part&key=43) ' +
      '[S101]; Act on International Judicial Mutual Assistance in Criminal Matters (Act No. 4343 of 8 Mar 1991) arts. 1-4 ' +
      '(https://elaw.klri.re.kr/eng_mobile/viewer.do?hseq=56083&type=part&key=9) [S102]',
    inForce: { from: '2002-03-30' },
    uncertain:
      'Only the text in force from 2 Oct 2026 was read. That art. 3(1) has named communication confirmation data since Act ' +
      'No. 6546 is our reading of its amendment notes (29 Dec 2001 among them; that Act also rewrote arts. 13 and 13-2 on ' +
      'such data); 30 Mar 2002 is our reckoning of "three months after promulgation", not a date read. That a foreign ' +
      'authority\'s request is not made "under" the Korean statutes art. 3(1) names is our reading (interp.). The penalties of ' +
      'art. 16 cover censorship, interception and recording, not providing communication confirmation data, so the Act as ' +
      'read names no penalty for breaching this part of art. 3. The articles of the mutual assistance Act on executing a ' +
      'request (search, seizure, communication confirmation data) were not read. Whether a foreign provider offering ' +
      'services in Korea is bound was not read: the model binds providers whose home is Korea.',
  },

  // ---------------------------------------------------------------- Japan
  {
    id: 'JP-TBA-4',
    title: 'Telecommunications Business Act art. 4: the secrecy of communications handled by a Japanese carrier',
    // why: art. 4(1) says the secrecy of communications handled by a telecommunications carrier must
    // not be violated, art. 4(2) binds those engaged in the business to keep the secrets they learn,
    // and art. 179 punishes a violation (up to two years' imprisonment or JPY 1 million; three years
    // or JPY 2 million for those engaged in the business). The Act lists no exception: a disclosure is
    // lawful only with the users' consent or under a ground that excludes criminal liability in the
    // Penal Code (the EU's reading in Decision 2019/419, recital 116, and Japanese commentators'):
    // an act under law, such as executing a Japanese judge's warrant, or necessity. A prohibition
    // with exceptions, so `blocking`. A foreign authority's request reaches a Japanese carrier
    // through the Japanese police, under the Act on International Assistance in Investigations or a
    // treaty (LY Corporation's report): except [mlat, rogatory]. Necessity (imminent danger) yields
    // to emergencies. Data: secrecy covers the content and each communication's date, place, parties
    // and their identifiers and number (traffic); account registration data not linked to a
    // communication fall outside it, so `subscriber` is not covered. Connection: the provider's home.
    kind: 'blocking',
    jurisdiction: 'JP',
    data: ['traffic', 'content'],
    connection: ['provider-home'],
    except: ['mlat', 'rogatory'],
    emergencyException: true,
    source:
      'Telecommunications Business Act (電気通信事業法, Act No. 86 of 25 Dec 1984) arts. 4 and 179, Japanese text on the ' +
      'Ministry of Internal Affairs and Communications site (http://www.soumu.go.jp/main_sosiki/joho_tsusin/security/basic/legal/04.html) ' +
      '[S103]; Supplementary Provisions art. 1, in force 1 Apr 1985 (https://jplaws.app/d/359AC0000000086-s.html) [S104]; ' +
      'Commission Implementing Decision (EU) 2019/419 recitals 116 and 129 (as reproduced at ' +
      'https://proteuscyber.com/privacy-database/tag/japan-adequacy/confidentiality) [S105]; scope of the secrecy (MIC ' +
      'material as quoted at https://yoshitoku1.com/?p=15366) and grounds excluding unlawfulness (act under law, self-' +
      'defence, necessity: http://blocking.good-net.jp/relation/2-2.html) [S106]; LY Corporation, response policy ' +
      '(https://www.lycorp.co.jp/en/privacy-security/announcement/009415), LINE Guidelines for Responding to Law Enforcement ' +
      '(https://linecorp.com/en/security/article/291) and Transparency Report H2 2024 ' +
      '(https://www.lycorp.co.jp/en/privacy-security/privacy/transparency/reports/2024h2) [S107]',
    inForce: { from: '1985-04-01' },
    uncertain:
      'The text read (MIC page, undated) is the current one; that art. 4 stood in the Act from its entry into force on 1 Apr ' +
      '1985 was not read. The Act itself lists no exception: that disclosure is lawful only with consent or on a Penal Code ' +
      'ground is the reading of the EU decision and of Japanese commentators, and that a foreign authority\'s request is no ' +
      'act under Japanese law is our reading (interp.). The Penal Code articles and the Act on International Assistance in ' +
      'Investigations were not read; the route for foreign requests is as LY Corporation reports it. The emergency exception ' +
      'rests on necessity as a ground excluding unlawfulness and on LY\'s policy of disclosing where the necessity defence ' +
      'applies; that it extends to a foreign authority\'s emergency request is our reading. Leaving out `subscriber` follows ' +
      'LY\'s statement that registration data not linked to individual communications may be disclosed on an inquiry; a ' +
      'subscriber\'s identity sought as a party to a given communication is within the secrecy, which the model cannot tell ' +
      'apart. Only Japanese carriers are bound in the model (connection provider-home): whether and since when the Act binds ' +
      'foreign providers offering services in Japan (anticipated in 2019: https://sambuz.com/doc/next-anticipated-amendment-ppt-presentation-986958) was not read.',
  },

  // ---------------------------------------------------------------- China
  {
    id: 'CN-DSL-36',
    title: 'Data Security Law art. 36: approval before data go to foreign justice or police',
    // why: art. 36 has China's competent authorities handle foreign judicial and law-enforcement
    // requests (under treaties or reciprocity) and forbids entities in China to provide data stored in
    // China to such bodies without approval: an approval regime, so `consent-required`. The judicial-
    // assistance route is how that approval is given, so except [mlat, rogatory]; an agreement channel
    // between two other states must ask China first, and a direct request is closed.
    kind: 'consent-required',
    jurisdiction: 'CN',
    data: [...ALL],
    connection: ['data-location'],
    except: ['mlat', 'rogatory'],
    source:
      'Data Security Law of the PRC (adopted 10 Jun 2021) art. 36; penalties art. 48 (fines up to CNY 5 million) [S30][S30b]',
    inForce: { from: '2021-09-01' },
  },
  {
    id: 'CN-PIPL-41',
    title: 'Personal Information Protection Law art. 41: approval before personal information goes to foreign authorities',
    // why: same structure as DSL art. 36 for personal information stored in China: approval of the
    // competent authority first, so `consent-required`, with the judicial-assistance route excepted.
    kind: 'consent-required',
    jurisdiction: 'CN',
    data: [...ALL],
    connection: ['data-location'],
    except: ['mlat', 'rogatory'],
    source: 'Personal Information Protection Law of the PRC (adopted 20 Aug 2021) art. 41; see also arts. 38-40 [S31]',
    inForce: { from: '2021-11-01' },
  },
  {
    id: 'CN-ICJAL-4',
    title: 'International Criminal Judicial Assistance Law art. 4: no evidence to foreign states without approval',
    // why: no institution, organisation or individual in China may provide evidence or assistance to a
    // foreign state without the approval of the competent authorities, which handle requests through
    // treaties or, absent a treaty, the diplomatic channel: `consent-required`, except [mlat, rogatory].
    // Connection: data stored in China, and a provider whose home is China (it is "within China" even
    // when the data sit abroad, our reading).
    kind: 'consent-required',
    jurisdiction: 'CN',
    data: [...ALL],
    connection: ['data-location', 'provider-home'],
    except: ['mlat', 'rogatory'],
    source: 'International Criminal Judicial Assistance Law of the PRC (26 Oct 2018, 70 arts.) art. 4 [S32]',
    inForce: { from: '2018-10-26' },
    uncertain:
      'Applying it to data a Chinese provider stores abroad (connection provider-home) is our reading of "within China" ' +
      '(interp.). The law\'s refusal grounds and their article numbers were not verified.',
  },

  // ---------------------------------------------------------------- Switzerland
  {
    id: 'CH-STGB-271',
    title: 'Swiss Criminal Code art. 271: no acts for a foreign state on Swiss territory without authorisation',
    // why: art. 271 makes it an offence to carry out, on Swiss territory and without authorisation, acts
    // for a foreign state that belong to public authorities; handing data to a foreign authority outside
    // legal or administrative assistance has been punished (BGE 148 IV 66). Authorisation can be given,
    // so `consent-required`; Swiss mutual assistance is the authorised route, hence except [mlat, rogatory].
    kind: 'consent-required',
    jurisdiction: 'CH',
    data: [...ALL],
    connection: ['provider-home', 'data-location'],
    except: ['mlat', 'rogatory'],
    source:
      'Swiss Criminal Code (StGB, SR 311.0) art. 271; Federal Supreme Court BGE 148 IV 66 (6B_216/2020, 1 Nov 2021) [S41]',
    inForce: { from: '1942-01-01' },
    uncertain:
      'inForce.from is the entry into force of the Criminal Code as a whole (1 Jan 1942); the date of the article\'s ' +
      'current wording was not checked. Whether a Swiss provider\'s voluntary answer to a foreign authority for subscriber ' +
      'data falls under art. 271 is debated; the model treats all categories alike.',
  },

  // ---------------------------------------------------------------- France
  {
    id: 'FR-LAW-68-678-1BIS',
    title: 'French blocking statute art. 1 bis: no evidence for foreign proceedings outside treaties',
    // why: art. 1 bis forbids requesting or communicating economic, commercial, industrial, financial or
    // technical documents or information as evidence for foreign proceedings, subject to treaties and
    // international agreements: a prohibition with a treaty exception, so `blocking`, except [mlat, agreement].
    kind: 'blocking',
    jurisdiction: 'FR',
    data: ['content'],
    connection: ['provider-home'],
    except: ['mlat', 'agreement'],
    source:
      'Law No. 68-678 of 26 Jul 1968 as amended in 1980, arts. 1, 1 bis and 3 (6 months and/or EUR 18,000; legal ' +
      'persons EUR 90,000); Decree 2022-207 (SISSE notification, from 1 Apr 2022) [S40]',
    inForce: { from: '1980-07-16' },
    uncertain:
      'Scope: the statute targets economic and commercial information; whether it reaches users\' communications sought ' +
      'in criminal investigations is doubtful, so only `content` is covered (interp.). inForce.from assumes art. 1 bis was ' +
      'added by Law No. 80-538 of 16 Jul 1980; that date was not re-checked.',
  },

  // ---------------------------------------------------------------- EU: GDPR art. 48, one rule per member
  ...withMembership('EU').map(gdpr48),

  // ---------------------------------------------------------------- Localisation laws
  // why (all four): a localisation law does not itself forbid disclosure to foreign authorities; its
  // routing effect is that the data sit in the state (storesIn) and that the state, as its seed
  // documents put it (P1, P2, P5), expects foreign authorities to obtain such data through judicial
  // assistance rather than directly from companies. We model that as `consent-required` on data
  // located in the state, excepting the judicial-assistance routes [mlat, rogatory]. That the law
  // closes a direct request is our reading, flagged in each `uncertain`.
  {
    id: 'RU-242-FZ',
    title: 'Federal Law 242-FZ: Russian citizens\' personal data stored in Russia',
    kind: 'consent-required',
    jurisdiction: 'RU',
    data: [...ALL],
    connection: ['data-location'],
    except: ['mlat', 'rogatory'],
    source:
      'Federal Law No. 242-FZ of 21 Jul 2014 amending Federal Law No. 152-FZ on Personal Data (localisation of recording, ' +
      'storage and retrieval of Russian citizens\' data in Russia; Roskomnadzor may seek blocking); LinkedIn blocked 2016 [S34]',
    inForce: { from: '2015-09-01' },
    uncertain:
      'Closing a direct request and requiring consultation are our reading of a localisation law (interp.), not its ' +
      'text. The RUB 500,000 fine reported by one blog is unverified.',
  },
  {
    id: 'KZ-94-V-12-2',
    title: 'Kazakhstan Law on Personal Data art. 12(2): databases kept in Kazakhstan',
    kind: 'consent-required',
    jurisdiction: 'KZ',
    data: [...ALL],
    connection: ['data-location'],
    except: ['mlat', 'rogatory'],
    source:
      'Law No. 94-V of 21 May 2013 "On Personal Data and their Protection" art. 12(2), added by Law No. 419-V of 24 Nov ' +
      '2015 [S36]',
    inForce: { from: '2016-01-01' },
    uncertain:
      'Parallel copies abroad are not prohibited, and the reach over foreign firms without a local presence is unclear ' +
      '[S36]. Closing a direct request and requiring consultation are our reading (interp.).',
  },
  {
    id: 'UZ-ZRU-547-27-1',
    title: 'Uzbekistan Law on Personal Data art. 27-1 (2021): citizens\' data on hardware in Uzbekistan',
    kind: 'consent-required',
    jurisdiction: 'UZ',
    data: [...ALL],
    connection: ['data-location'],
    except: ['mlat', 'rogatory'],
    source:
      'Law ZRU-547 of 2 Jul 2019 on Personal Data art. 27-1, added by Law ZRU-666 of 14 Jan 2021 (collection, ' +
      'systematisation and storage on hardware physically in Uzbekistan, registered in the State Register) [S37]',
    inForce: { from: '2021-04-16', to: '2026-03-25' },
    uncertain:
      'Sources give the start as 15 or 16 Apr 2021. The end is the day before Law No. 1125 (26 Mar 2026), whose actual ' +
      'commencement date was not found. Closing a direct request is our reading (interp.).',
  },
  {
    id: 'UZ-LAW-1125',
    title: 'Uzbekistan Law No. 1125 (2026): localisation kept for biometric, genetic and telecom-subscriber data',
    kind: 'consent-required',
    jurisdiction: 'UZ',
    data: ['subscriber'],
    connection: ['data-location'],
    except: ['mlat', 'rogatory'],
    source:
      'Law of the Republic of Uzbekistan No. 1125 of 26 Mar 2026 amending the personal data legislation (localisation ' +
      'limited to biometric, genetic and telecom-subscriber data; other transfers allowed under adequacy, approved ' +
      'standard clauses, binding rules or standards) [S37b]',
    inForce: { from: '2026-03-26' },
    uncertain:
      'From a single law-firm alert [S37b]; commencement date not found (the law\'s date is used). Only telecom-subscriber ' +
      'data map onto a model category (`subscriber`); biometric and genetic data have none. Closing a direct request is ' +
      'our reading (interp.).',
  },
  {
    id: 'VN-LCS-26-3',
    title: 'Viet Nam Law on Cyber Security art. 26(3) and Decree 53/2022 arts. 26-27: users\' data stored in Viet Nam',
    // why: art. 26(3) has enterprises providing telecommunications, Internet and value-added services in
    // Vietnamese cyberspace store in Viet Nam the personal information of users in Viet Nam, data they
    // create and data on their relationships; Decree 53/2022 made it enforceable from 1 Oct 2022. Every
    // domestic enterprise must localise; a foreign enterprise in one of ten listed service fields only
    // once the Minister of Public Security requests it in writing (its service used to break the
    // cyber-security law and a request to cooperate with A05 not complied with), within 12 months.
    // Same modelling as the other localisation laws: `consent-required` on data located in Viet Nam.
    // Data: the Decree's "data created by users" lists account names, times of use, card details,
    // e-mail and last log-in/log-out IP addresses and phone numbers: `subscriber` and `traffic`.
    kind: 'consent-required',
    jurisdiction: 'VN',
    data: ['subscriber', 'traffic'],
    connection: ['data-location'],
    except: ['mlat', 'rogatory'],
    source:
      'Law on Cyber Security No. 24/2018/QH14 of 12 Jun 2018 (in force 1 Jan 2019) art. 26(3) ' +
      '(https://english.luatvietnam.vn/law-no-24-2018-qh14-dated-june-12-2018-of-the-national-assembly-on-cybersecurity-164904-doc1.html); ' +
      'Decree No. 53/2022/ND-CP of 15 Aug 2022, in force 1 Oct 2022, arts. 26-27 (regulated data, 24-month minimum ' +
      'storage, conditions for foreign enterprises) (https://www.tilleke.com/print-insight/?post_id=62094&print=1; ' +
      'https://technologyquotient.freshfields.com/post/102iulg/data-localisation-in-vietnam-highlights-under-decree-53-and-decree-13; ' +
      'https://www.trade.gov/market-intelligence/vietnam-cybersecurity-data-localization-requirements)',
    inForce: { from: '2022-10-01' },
    uncertain:
      'The Decree\'s text was read only through law-firm and US government summaries. For a foreign enterprise the duty ' +
      'arises only after a written request of the Minister, which the model cannot check: it applies to any data stored ' +
      'in Viet Nam. Parallel storage abroad is not clearly forbidden. A new Law on Cyber Security No. 116/2025/QH15 was ' +
      'adopted on 10 Dec 2025; its commencement and whether it keeps this duty were not checked, so no end date is set. ' +
      'Closing a direct request and requiring consultation are our reading of a localisation law (interp.).',
  },
  {
    id: 'TR-5651-EK4',
    title: 'Türkiye Law No. 5651 additional art. 4: large social network providers host Turkish users\' data in Türkiye',
    // why: Law No. 7253 (2020) added to Law No. 5651 an additional art. 4: a domestic or foreign social
    // network provider with more than one million daily accesses from Türkiye must appoint a
    // representative there and take the measures needed to host the data of its users in Türkiye in
    // Türkiye. A localisation duty: modelled like the others as `consent-required` on data located in
    // Türkiye, judicial assistance excepted.
    kind: 'consent-required',
    jurisdiction: 'TR',
    data: [...ALL],
    connection: ['data-location'],
    except: ['mlat', 'rogatory'],
    source:
      'Law No. 5651 on the Regulation of Publications on the Internet, additional art. 4, added by Law No. 7253 of 29 ' +
      'Jul 2020 (Official Gazette 31 Jul 2020, No. 31202), that article in force 1 Oct 2020; ICTA Board Decision ' +
      'published 2 Oct 2020 (https://www.erdemirozmen.com/agenda-in-law/articles/under-the-law-numbered-7253-regulation-' +
      'of-publications-on-the-internet-and-combating-crimes-committed-by-means-of-such-publication; ' +
      'https://iapp.org/news/a/turkish-data-localization-rules-in-effect-for-social-media-companies; ' +
      'https://mbkaya.com/turkish-internet-law/)',
    inForce: { from: '2020-10-01' },
    uncertain:
      'Binds only social network providers above one million daily accesses from Türkiye; the model applies it to any ' +
      'data located in Türkiye. Which users\' data must be hosted (the ICTA decision asks first for basic user ' +
      'information) was read only in summaries, so every category is covered. The transfer rule of the Personal Data ' +
      'Protection Law No. 6698 art. 9 is not modelled. Closing a direct request and requiring consultation are our ' +
      'reading of a localisation law (interp.).',
  },
  {
    id: 'BY-EDICT-60',
    title: 'Belarus Presidential Edict No. 60 (2010): Internet services of Belarusian entities on networks located in Belarus',
    // why: Edict No. 60 of 1 Feb 2010 on improving the use of the national segment of the Internet, in
    // force 1 Jul 2010, has legal entities and individual entrepreneurs providing services online use
    // information networks, systems and resources of the national segment located in Belarus and
    // registered there. A hosting-location duty: modelled like the other localisation laws as
    // `consent-required` on data located in Belarus.
    kind: 'consent-required',
    jurisdiction: 'BY',
    data: [...ALL],
    connection: ['data-location'],
    except: ['mlat', 'rogatory'],
    source:
      'Edict (Ukaz) of the President of the Republic of Belarus No. 60 of 1 Feb 2010, in force 1 Jul 2010 (unofficial ' +
      'translation: http://e-belarus.org/docs/decree60.html); EDRi-gram on the implementing resolutions ' +
      '(https://edri.org/?p=24276); RdW 2010/9 (https://360.lexisnexis.at/d/z_rdw_2010_9_RdW_2010_09_571_9547cd4022)',
    inForce: { from: '2010-07-01' },
    uncertain:
      'The Edict\'s paragraph numbers and later amendments were not read; whether it binds foreign providers at all was ' +
      'unclear to commentators in 2010 (EDRi). Belarus\'s Law No. 99-Z on personal data protection (2021) was not ' +
      'researched. Closing a direct request and requiring consultation are our reading of a localisation law (interp.).',
  },
];
