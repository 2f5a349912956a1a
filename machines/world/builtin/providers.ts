import type { Provider, ProviderPractice } from '../types.ts';
import { JURISDICTIONS, withMembership } from './jurisdictions.ts';

/**
 * Real providers often involved in cross-border requests. Pure data.
 *
 * `answersDirect` is what the provider discloses to a *foreign* authority that asks it directly,
 * according to its published law-enforcement policy or the law that governs it. `[S#]` refers to
 * ../shared/domain/facts.md. Notes that apply to all of them:
 * - responseDays: no provider publishes turnaround times for foreign requests, so every entry keeps
 *   the scenario format's default of 10 days.
 * - storesIn: providers rarely publish where a given account is stored. Each entry lists the location
 *   that the cited case or announcement establishes; scenarios add locations when a case needs them.
 * - US providers: 18 USC 2702(c)(6) lets them give non-content records to anyone other than a US
 *   "governmental entity", which covers foreign authorities, so they may answer subscriber and traffic
 *   requests voluntarily; content needs US process (see rule US-SCA-2702-CONTENT). Their
 *   emergencyDisclosure reflects 2702(b)(8) and (c)(4) and their published emergency practice [S54].
 */
/**
 * Practice by requesting state (extension): what transparency reports and the SIRIUS reports show a
 * provider answering particular states. The figures were read from the 2026 audit's summary
 * (facts.md §16), so each entry says so in `uncertain` until the report's own table is read. SIRIUS
 * gives one share for all EU member states' direct requests; it is applied to each member.
 */
const EU = withMembership('EU');
const SIRIUS_2023 =
  'SIRIUS EU Electronic Evidence Situation Report 2023 (Europol, Eurojust and the European Judicial Network, published ' +
  '18 Dec 2023: eurojust.europa.eu/news/sirius-2023-report-navigating-new-era-obtaining-electronic-evidence), 2022 data: ' +
  '211,933 EU direct requests to the major providers, 73 % answered';
const FROM_AUDIT = 'Figure read from the audit summary (facts.md §16), not from the report\'s own table; one EU-wide share applied to each member state and to every category asked for.';

const GOOGLE_PRACTICE: ProviderPractice[] = [
  {
    from: EU, answersDirect: ['subscriber', 'traffic'], rate: 0.8, period: '2022',
    source: `${SIRIUS_2023}; Google about 110,000 requests, about 80 % answered`, uncertain: FROM_AUDIT,
  },
  {
    from: ['RU'], answersDirect: [], rate: 0, period: '2011-2012',
    source: 'Google Transparency Report, user data requests from Russia, 2011-2012: compliance near 0 %',
    uncertain:
      'Read from the audit summary (facts.md §16), not from the report; "near 0 %" taken as none. A historical period, ' +
      'applied to requests of any date: later practice towards Russia was not checked.',
  },
];

const META_PRACTICE: ProviderPractice[] = [
  {
    from: EU, answersDirect: ['subscriber', 'traffic'], rate: 0.68, period: '2022',
    source: `${SIRIUS_2023}; Meta about 83,000 requests, 68 % answered`, uncertain: FROM_AUDIT,
  },
];

export const PROVIDERS: Provider[] = [
  {
    id: 'google',
    name: 'Google (Gmail, Drive)',
    home: 'US',
    storesIn: ['US'],
    answersDirect: ['subscriber', 'traffic'],
    responseDays: 10,
    emergencyDisclosure: true,
    source:
      'Google Transparency Report and its policy on government requests (policies.google.com/terms/information-requests): ' +
      'each request is reviewed against applicable law; a US search warrant is required for content; requests from other ' +
      'countries may be answered voluntarily where consistent with US law and the requesting country\'s law; emergency ' +
      'requests are fast-tracked; 18 USC 2702(c)(6) [S2]. The exact wording on voluntary foreign disclosure was not re-read.',
    practice: GOOGLE_PRACTICE,
    establishments: ['IE'],
    offersServicesIn: ['*'],
    // why: Google's terms name Google Ireland Limited (Dublin) as the provider of its services in the
    // EEA and Switzerland (policies.google.com/terms, "Service provider"); its consumer services are
    // offered worldwide, which '*' approximates (it does not list where they are blocked).
  },
  {
    id: 'meta',
    name: 'Meta (Facebook, Instagram, WhatsApp)',
    home: 'US',
    storesIn: ['US'],
    answersDirect: ['subscriber', 'traffic'],
    responseDays: 10,
    emergencyDisclosure: true,
    source:
      'Meta law-enforcement guidelines [S55]: account records are disclosed under its terms and applicable law; an MLAT ' +
      'request or letter rogatory may be required to compel content. Emergency disclosures to foreign police (e.g. ' +
      'Colombia, Germany) in Meta case studies [S54]; 18 USC 2702(b)(8), (c)(4), (c)(6) [S2].',
    practice: META_PRACTICE,
    establishments: ['IE', 'BR'],
    offersServicesIn: ['*'],
    // why: Facebook Ireland Limited (now Meta Platforms Ireland) serves EU users (named with Facebook Inc.
    // and Facebook Belgium in the Brussels datr ruling of 9 Nov 2015, mondaq.com/x/453018); Facebook
    // Servicos Online do Brasil Ltda took part in STF ADC 51 as amicus curiae (jurishand.com, ADC 51).
    // Offered worldwide ('*'); WhatsApp had about 100 million users in Brazil in 2016 [S51].
  },
  {
    id: 'microsoft-ireland',
    name: 'Microsoft (Outlook.com mailbox stored in Dublin)',
    home: 'US',
    storesIn: ['IE'],
    answersDirect: ['subscriber', 'traffic'],
    responseDays: 10,
    emergencyDisclosure: true,
    source:
      'Microsoft Law Enforcement Requests Report: a subpoena or its local equivalent is required for non-content data and ' +
      'a warrant or court order, or its local equivalent, for content; the mailbox in the Microsoft Ireland case was ' +
      'stored only in Dublin (In re Warrant, 829 F.3d 197 (2d Cir. 2016); US v. Microsoft (2018)) [S5][S47]. Content for ' +
      'foreign authorities still needs US process under 18 USC 2702 [S2].',
    establishments: ['IE'],
    offersServicesIn: ['*'],
    conflictPractice: {
      choice: 'review',
      source:
        'Microsoft moved to quash the 2013 SCA warrant for the Dublin mailbox and accepted civil contempt to appeal ' +
        '[S5]; on 19 Nov 2020 it committed to challenge every government request for public sector or enterprise ' +
        'customer data, from any government, where there is a lawful basis (blogs.microsoft.com/on-the-issues/2020/11/' +
        '19/defending-your-data-edpb-gdpr/). The commitment covers enterprise data; its application to consumer ' +
        'mailboxes is our reading.',
    },
    // why: the Dublin data centre is operated by its Irish subsidiary (the case's facts, [S5][S47]).
  },
  {
    id: 'yahoo',
    name: 'Yahoo! Inc. (webmail used by Belgian suspects)',
    home: 'US',
    storesIn: ['US'],
    answersDirect: [],
    responseDays: 10,
    emergencyDisclosure: true,
    source:
      'Belgian Yahoo! case [S48]: asked by the Dendermonde prosecutor for identity data under CCP art. 46bis, Yahoo! Inc. ' +
      '(California, no Belgian entity) insisted on the US-Belgium MLAT; Belgian courts convicted it (Cassation, 1 Dec ' +
      '2015). answersDirect reflects its stance in that case, not a current policy. Emergency disclosure permitted by ' +
      '18 USC 2702(b)(8), (c)(4) [S2].',
    offersServicesIn: ['BE'],
    // why: the Antwerp Court of Appeal, upheld by the Court of Cassation on 1 Dec 2015, found Yahoo! took an
    // active part in Belgian economic life (a .be domain, local languages, ads by users' location, a
    // Belgian help desk) [S48] (gavclaw.com/tag/safe-harbour/); it had no Belgian entity, so no establishments.
  },
  {
    id: 'skype-lu',
    name: 'Skype Communications S.à r.l. (Luxembourg)',
    home: 'LU',
    storesIn: ['LU'],
    answersDirect: ['subscriber'],
    responseDays: 10,
    emergencyDisclosure: false,
    source:
      'Belgian Skype case [S49]: asked by a Mechelen investigating judge (2012) for wiretap assistance, Skype (Luxembourg) ' +
      'gave registration data only and pointed to mutual legal assistance; fined EUR 30,000 (2016), upheld on appeal ' +
      '(2017). Historical entry for that case; storage location assumed to be its home.',
    offersServicesIn: ['BE'],
    // why: the Belgian courts held that Skype offered its service to users in Belgium and had to
    // cooperate with a Belgian judge (Mechelen, 27 Oct 2016; Antwerp, Nov 2017) [S49].
  },
  {
    id: 'proton',
    name: 'Proton AG (Proton Mail)',
    home: 'CH',
    storesIn: ['CH'],
    answersDirect: [],
    responseDays: 10,
    emergencyDisclosure: false,
    source:
      'Proton Mail case (2021) [S52]: a French request reached Proton through Europol and the Swiss authorities, and ' +
      'Proton answered the resulting Swiss order (IP address, account creation date). Proton answers Swiss orders only; ' +
      'foreign authorities go through Swiss mutual assistance. Swiss Criminal Code art. 271 [S41].',
  },
  {
    id: 'weixin',
    name: 'Tencent Weixin (mainland China accounts)',
    home: 'CN',
    storesIn: ['CN'],
    answersDirect: [],
    responseDays: 10,
    emergencyDisclosure: false,
    source:
      'Governed by Chinese law: Data Security Law art. 36, PIPL art. 41 and the International Criminal Judicial ' +
      'Assistance Law art. 4 require approval of the competent authority before data or evidence is given to foreign ' +
      'judicial or law-enforcement bodies [S30][S31][S32]. Tencent\'s own policy for foreign requests was not consulted.',
  },
  {
    id: 'icloud-china',
    name: 'iCloud operated by GCBD (mainland China accounts)',
    home: 'CN',
    storesIn: ['CN'],
    answersDirect: [],
    responseDays: 10,
    emergencyDisclosure: false,
    source:
      'Since 28 Feb 2018 iCloud for accounts whose country is mainland China is operated by Guizhou-Cloud Big Data ' +
      '(GCBD) under China-specific terms, with data in a Guizhou data centre (Apple statements reported by People\'s ' +
      'Daily, TechNode and Pandaily, Jan 2018). Foreign requests are governed by DSL art. 36, PIPL art. 41 and ICJAL ' +
      'art. 4 [S30][S31][S32].',
  },
  {
    id: 'yandex',
    name: 'Yandex (Yandex Mail)',
    home: 'RU',
    storesIn: ['RU'],
    answersDirect: [],
    responseDays: 10,
    emergencyDisclosure: false,
    source:
      'Russian provider; Federal Law 242-FZ requires Russian citizens\' personal data to be stored in Russia [S34]. Its ' +
      'published policy for foreign requests was not consulted; answersDirect [] assumes foreign authorities go through ' +
      'Russian judicial assistance (interp.).',
  },
  {
    id: 'kazakhtelecom',
    name: 'Kazakhtelecom (fixed and internet services)',
    home: 'KZ',
    storesIn: ['KZ'],
    answersDirect: [],
    responseDays: 10,
    emergencyDisclosure: false,
    source:
      'Kazakh operator; Law No. 94-V on Personal Data art. 12(2) requires databases to be kept in Kazakhstan [S36]. Its ' +
      'policy for foreign requests was not consulted; answersDirect [] assumes foreign authorities go through Kazakh ' +
      'judicial assistance (interp.).',
  },
  {
    id: 'github',
    name: 'GitHub (code hosting)',
    home: 'US',
    storesIn: ['US'],
    answersDirect: [],
    responseDays: 10,
    emergencyDisclosure: false,
    source:
      'GitHub transparency reporting: foreign governments are sent to the US central authority (mutual legal assistance) ' +
      'rather than answered directly (facts.md §16). Its emergency-disclosure practice was not read, so emergencyDisclosure ' +
      'keeps the format\'s default (false).',
    practice: [
      {
        from: JURISDICTIONS.map((j) => j.id).filter((id) => id !== 'US'),
        answersDirect: [], rate: 22 / 92, period: '2025',
        source: 'GitHub transparency report 2025: 92 direct requests from foreign governments received, 22 disclosed',
        uncertain:
          'Read from the audit summary (facts.md §16), not from the report; which requests were disclosed (emergency, ' +
          'subscriber data) and from which states was not read, so one share is applied to every foreign state.',
      },
    ],
  },
  {
    id: 'ovh',
    name: 'OVHcloud (OVH Groupe SA, Roubaix)',
    home: 'FR',
    storesIn: ['FR'],
    answersDirect: [],
    responseDays: 10,
    emergencyDisclosure: false,
    establishments: ['CA'],
    offersServicesIn: ['CA'],
    source:
      'King v. OVH (Ont. C.J., 25 Sep 2025): an RCMP production order of 19 Apr 2024 (Criminal Code s. 487.014) for ' +
      'subscriber and account data linked to four IP addresses on OVH servers in France, the UK and Australia, addressed ' +
      'to OVH Groupe SA and its Canadian subsidiary Hebergement OVH Inc. (Montreal), which runs data centres in Canada ' +
      'and offers services to Canadian customers (https://heise.de/-11092029; https://privacyacrossborders.org/2026/02/' +
      '03/what-canadas-king-vs-ovh-case-reveals-and-affirms-about-cross-border-data-access/; https://blog.privacylawyer.ca/' +
      '2025/12). storesIn lists France only, the first of the three locations. OVH\'s policy for foreign requests was not ' +
      'consulted: answersDirect [] and emergencyDisclosure false reflect its position in that case (the data held by ' +
      'the French parent, French law invoked against disclosure outside treaties), not a published policy.',
  },
];
