/**
 * Laws that were read, or looked for, and deliberately not modelled as rules: what was read, what it
 * says, and why it is no rule. Pure data, shown in docs/world.md beside the rules. `[S#]` refers to
 * docs/sources.md.
 *
 * Issue 12 asks for the rules of at least the seed states, the G20, the EU and the providers' home
 * states. A state with no rule in rules.ts must be here, so that "no rule" always means "read, and
 * found none of the kinds the engine models" (test/world/rules-coverage.test.ts), never "not looked at".
 * A finding is not a legal opinion that the state has no such law: it says what was read.
 */
export interface LawNotModelled {
  /** ISO 3166-1 alpha-2 code of the state. */
  jurisdiction: string;
  /** The law and article read, or "no law found" and what was searched. */
  law: string;
  /** What the text does, and why it is not a blocking, approval or recognition rule. */
  finding: string;
  /** Where it was read: a `[S#]` of docs/sources.md or an address. */
  source: string;
}

export const LAWS_NOT_MODELLED: LawNotModelled[] = [
  {
    jurisdiction: 'US',
    law: '18 USC 2702(a)(3) (non-content records)',
    finding:
      'It forbids giving non-content records to a "governmental entity", which 2711(4) defines as US bodies; 2702(c)(6) lets a ' +
      'provider give them to anyone else, foreign authorities included. So it does not bar foreign requests: US providers\' ' +
      'voluntary answers are modelled as their practice (answersDirect), not as a rule.',
    source: '18 USC 2702, 2711 [S2]',
  },
  {
    jurisdiction: 'CN',
    law: 'Cybersecurity Law art. 37',
    finding:
      'It keeps in China the personal information and important data of critical information infrastructure operators and ' +
      'makes their export subject to a security assessment: a rule on who stores what, not on foreign authorities\' requests, ' +
      'which the Data Security Law art. 36, PIPL art. 41 and ICJAL art. 4 (rules.ts) govern. Its text was read only in a summary.',
    source: 'Overview of the Cybersecurity Law [S33]',
  },
  {
    jurisdiction: 'RU',
    law: 'Federal Laws 374-FZ and 375-FZ of 2016 ("Yarovaya" package)',
    finding:
      'A duty on operators to keep communications for set periods and hand them to Russian authorities: a production duty ' +
      '(RU-149-FZ-10-1 in orders.ts), not a rule closing foreign channels.',
    source: 'TASS, 16 Apr 2018 [S35]',
  },
  {
    jurisdiction: 'KG',
    law: 'Law No. 58 of 14 Apr 2008 on personal information',
    finding:
      'A localisation duty is claimed only by a vendor\'s blog; the text was not read, so no rule is modelled.',
    source: 'Vendor blog [S38] (unverified)',
  },
  {
    jurisdiction: 'TJ',
    law: 'Law No. 1537 of 3 Aug 2018 on personal data',
    finding: 'No localisation or blocking provision found in the summary read; the text itself was not read.',
    source: 'Summary of the law [S39] (unverified)',
  },
  {
    jurisdiction: 'TM',
    law: 'No law found',
    finding: 'No blocking, approval or localisation law of Turkmenistan was found in the sources searched.',
    source: 'Searched in issue 12: the team\'s research notes (marked "not researched") and the stored public pages',
  },
  {
    jurisdiction: 'IN',
    law: 'RBI directive on storage of payment system data (6 Apr 2018); DPDP Act 2023 s. 16; CERT-In directions (28 Apr 2022)',
    finding:
      'The RBI directive keeps payment data of payment system operators in India: not communications data, which is all the ' +
      'model carries, so out of scope. DPDP s. 16 lets the government restrict transfers to countries it names (a negative ' +
      'list), and s. 17(1)(c) disapplies it for Indian criminal investigations: a general transfer rule. The CERT-In log-keeping ' +
      'directions were not read in their text. India compels providers that serve it (IN-IT-RULES-3-1-J, IN-BNSS-94 in orders.ts).',
    source: 'RBI circular of 6 Apr 2018 [S137]; DPDP Act 2023 [S138]',
  },
  {
    jurisdiction: 'PK',
    law: 'No law found',
    finding: 'No sourced blocking, approval or localisation rule of Pakistan was found in issue 12\'s reading.',
    source: 'Searched in issue 12 (stored pages and docs); nothing found, so no address to give',
  },
  {
    jurisdiction: 'IR',
    law: 'No law found',
    finding: 'No sourced blocking, approval or localisation rule of Iran was found in issue 12\'s reading.',
    source: 'Searched in issue 12 (stored pages and docs); nothing found, so no address to give',
  },
  {
    jurisdiction: 'ID',
    law: 'Government Regulation 71/2019 on electronic systems',
    finding:
      'It confines localisation to public-scope electronic system operators; private operators may store abroad if they give ' +
      'Indonesian authorities access. Access by Indonesian authorities is a production duty (ID-MR-5-2020 in orders.ts), not a rule on foreign requests.',
    source: 'Government Regulation 71/2019, read in issue 12 (no address recorded); orders.ts ID-MR-5-2020',
  },
  {
    jurisdiction: 'SA',
    law: 'Personal Data Protection Law art. 29',
    finding:
      'A general rule on transferring personal data abroad, with no localisation duty and nothing on foreign authorities\' requests.',
    source: 'Chambers Data Protection guide, Saudi Arabia chapter (GLA & Company), https://gpg-pdf.chambers.com/view/158325293/368',
  },
  {
    jurisdiction: 'AR',
    law: 'Law No. 25.326 on personal data art. 12',
    finding:
      'It forbids transfers to countries without an adequate level of protection and exempts international judicial ' +
      'cooperation: a general transfer rule whose reach turns on the destination\'s adequacy, which a rule cannot express. Read in ' +
      'a public reproduction of the law, not in the official gazette.',
    source: 'Law No. 25.326 art. 12, read in a public reproduction of the law in issue 12 (no address recorded)',
  },
  {
    jurisdiction: 'GB',
    law: 'UK GDPR art. 48 (omitted); Investigatory Powers Act 2016 ss. 3-6, 52',
    finding:
      'Art. 48 was omitted from the UK GDPR from 31 Dec 2020 (S.I. 2019/419 Sch. 1 para. 41), so the UK has no recognition rule. ' +
      'Unlawful interception (s. 3) reaches stored communications (ss. 4(4)(b), 6(1)(c)), and an operator answering a ' +
      'designated agreement\'s order is authorised by s. 52, but no text read says that a UK provider handing stored content to ' +
      'a foreign authority intercepts it. The Government told Parliament in 2018 that UK law does not compel UK companies to ' +
      'obey a foreign order; nothing read forbids them to answer one.',
    source: 'S.I. 2019/419 [S110]; IPA 2016 [S111][S112]; Lords debate, 10 Sep 2018 [S118]',
  },
  {
    jurisdiction: 'BR',
    law: 'LGPD (Law 13.709/2018) art. 33; Marco Civil (Law 12.965/2014) art. 10 para. 2',
    finding:
      'Art. 33 lists when personal data may go abroad, international legal cooperation among them: a general transfer rule. ' +
      'Art. 10 para. 2 releases the content of private communications only by judicial order, the same kind of law as ' +
      'Australia\'s Part 13, but no text read says whether a foreign court\'s order counts or must pass through Brazil\'s ' +
      'courts, so it is a candidate, not a rule. Brazil compels providers that serve it (BR-MCI-11 in orders.ts).',
    source: 'LGPD art. 33 [S113]; Marco Civil art. 10 [S114]',
  },
  {
    jurisdiction: 'CA',
    law: 'PIPEDA s. 7(3)(c.1); British Columbia FOIPPA ss. 30.1, 33.1 (repealed 2021)',
    finding:
      'PIPEDA lets an organisation disclose without consent to a government institution enforcing the law of a foreign ' +
      'jurisdiction: a permission, not a prohibition (s. 7(3)(d) not read in its text). The British Columbia data-residency ' +
      'sections bound public bodies, not providers, and were repealed in 2021. No federal blocking statute found.',
    source: 'PIPEDA [S115]; FOIPPA Amendment Act 2021 [S116]',
  },
  {
    jurisdiction: 'MX',
    law: 'No blocking or localisation statute for communications data found; LGPDPPSO (DOF 26 Jan 2017) art. 70',
    finding:
      'Mexico compels providers that serve it (MX-LFTR-189, MX-LMTR-182 in orders.ts). The public-sector data law lets transfers ' +
      'proceed where the law requires them for a criminal investigation, but binds public bodies only; the private-sector ' +
      'LFPDPPP transfer articles (36-37) were not read in their text.',
    source: 'LGPDPPSO art. 70 [S117]',
  },
  {
    jurisdiction: 'ZA',
    law: 'POPIA (Act 4 of 2013) s. 72',
    finding:
      'Personal information may go abroad only to a recipient bound to adequate protection, or with consent, for a contract or ' +
      'for the data subject\'s benefit: a general adequacy-based transfer rule, not on foreign authorities (unlike Argentina\'s ' +
      'art. 12 it names no judicial-cooperation exception). No blocking or localisation statute found. South Africa compels ' +
      'providers that serve it (ZA-CPA-205 in orders.ts).',
    source: 'POPIA s. 72, Government Gazette No. 37067 [S139]',
  },
  {
    jurisdiction: 'TR',
    law: 'Law No. 6698 on the protection of personal data art. 9',
    finding:
      'A general rule on transfers abroad, not on foreign authorities\' requests; Türkiye\'s localisation duty for large social ' +
      'networks is a rule (TR-5651-EK4 in rules.ts).',
    source: 'Law No. 6698 art. 9, read in issue 12 (no address recorded); rules.ts TR-5651-EK4',
  },
  {
    jurisdiction: 'AE',
    law: 'Federal Decree-Law No. 45 of 2021 on personal data arts. 2, 22-23; Federal Law No. 39 of 2006; Decree-Law No. 34 of 2021',
    finding:
      'Data may leave for states with adequate protection, or under a contract, with consent, for court proceedings, for ' +
      'international judicial cooperation (art. 23(1)(e)) or in the public interest: a general transfer rule, and art. 2(2) leaves ' +
      'out free-zone companies under their own laws (the DIFC and ADGM rules are of the same kind). The 2006 judicial-cooperation ' +
      'law and the 2021 cybercrime law were read only in summaries, which show no bar on answering foreign authorities. Whether ' +
      'Telegram\'s entity sits in a free zone was not read.',
    source: 'Decree-Law 45/2021 [S130]; DIFC and ADGM [S131]; Law 39/2006 [S132]; Decree-Law 34/2021 [S133]',
  },
  {
    jurisdiction: 'SG',
    law: 'Personal Data Protection Act 2012 s. 26; Mutual Assistance in Criminal Matters Act 2000 ss. 22, 41',
    finding:
      'Data leave only to a recipient bound to comparable protection, with consent, or for a use the Act allows: a general ' +
      'transfer rule. The mutual assistance Act sets how Singapore answers foreign requests (court production orders, the ' +
      'Minister\'s power to refuse), not a bar on a provider answering one directly. No blocking statute found.',
    source: 'PDPA [S134][S134b]; MACMA [S135]',
  },
];
