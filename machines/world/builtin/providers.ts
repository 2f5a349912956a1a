import type { Provider, ProviderPractice } from '../types.ts';
import { JURISDICTIONS, withMembership } from './jurisdictions.ts';
import { DIRECT_ANSWER_DEFAULT } from './durations.ts';

/**
 * Real providers often involved in cross-border requests. Pure data.
 *
 * `answersDirect` is what the provider discloses to a *foreign* authority that asks it directly,
 * according to its published law-enforcement policy or the law that governs it. `[S#]` refers to
 * docs/sources.md. Notes that apply to all of them:
 * - responseDays: no provider whose guidelines or transparency report was read publishes turnaround
 *   times for foreign requests, so every entry keeps the scenario format's default of 10 days and
 *   answers on the default spread `DIRECT_ANSWER_DEFAULT` (durations.ts, basis 'default'). The SIRIUS
 *   EU Electronic Evidence Situation Reports (2019-2024) publish volumes of direct requests and the
 *   share answered per provider, not how long answers take, in the parts read (summaries and opening
 *   pages); the European Commission's 2018 figures compare 10 days (the proposed EPOC deadline) with
 *   MLA, not with providers' voluntary answers.
 * - storesIn: providers rarely publish where a given account is stored. Each entry lists the location
 *   that the cited case, announcement or localisation law establishes, or `unknown` where nothing read
 *   establishes it; scenarios add locations when a case needs them.
 * - establishments: EU establishments and legal representatives are listed only where a source names
 *   them for law-enforcement requests; designations under Directive (EU) 2023/1544 (due by 18 Aug 2026)
 *   were not found published for any provider here.
 * - offersServicesIn `'*'`: a consumer service offered worldwide (it does not list where it is blocked).
 * - US providers: 18 USC 2702(c)(6) lets them give non-content records to anyone other than a US
 *   "governmental entity", which covers foreign authorities, so they may answer subscriber and traffic
 *   requests voluntarily; content needs US process (see rule US-SCA-2702-CONTENT). Their
 *   emergencyDisclosure reflects 2702(b)(8) and (c)(4) and their published emergency practice [S54].
 */
/**
 * Practice by requesting state (extension): what transparency reports and the SIRIUS reports show a
 * provider answering particular states; the first entry whose `from` lists the requesting state
 * applies. Per-state shares come from the providers' own published tables (read in the archived
 * copies cited below); SIRIUS gives one share for all EU member states' direct requests, applied to
 * each member that has no entry of its own.
 */
const EU = withMembership('EU');
const SIRIUS_2023 =
  'SIRIUS EU Electronic Evidence Situation Report 2023 (Europol, Eurojust and the European Judicial Network, published ' +
  '18 Dec 2023: eurojust.europa.eu/news/sirius-2023-report-navigating-new-era-obtaining-electronic-evidence), 2022 data: ' +
  '211,933 EU direct requests to the major providers, 73 % answered';
const FROM_AUDIT = 'Figure read from a review\'s summary (the project\'s reading, unverified), not from the report\'s own table; one EU-wide share applied to each member state and to every category asked for.';
/** Every state but the provider's home: for a share published for all foreign requests together. */
const FOREIGN = (home: string) => JURISDICTIONS.map((j) => j.id).filter((id) => id !== home);
/**
 * Published shares count requests with *some* data produced, whatever was asked; US providers do
 * not produce content on a foreign request without US process (18 USC 2702), so a share is applied
 * to subscriber and traffic requests and content keeps going through mutual legal assistance.
 */
/** 42595 → "42,595", without locale data (the engine stays pure). */
const thousands = (n: number) => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
const SHARE_NOTE = 'share of requests with some data produced, all categories together';

/** One row of a provider's own per-state table as a practice entry: nothing answered means no category. */
const tableRow = (report: string, period: string, row: (requests: string, percent: number) => string) =>
  (from: string, requests: number, percent: number): ProviderPractice => ({
    from: [from], answersDirect: percent === 0 ? [] : ['subscriber', 'traffic'], rate: percent / 100, period,
    source: `${report}: ${from}, ${row(thousands(requests), percent)} (${SHARE_NOTE})`,
  });

const GOOGLE_CSV =
  'Google Transparency Report, global requests for user information, bulk export google-global-user-data-requests.csv ' +
  '(storage.googleapis.com/transparencyreport/google-user-data-requests.zip), as archived in krMaynard/dsa-transparency-data ' +
  'google-user-data/raw/google-global-user-data-requests.csv (commit 36ae5fc0a1fb35ebe05f20f874b72d20b97ab3b8)';
/** Google, H1 2025, legal process "Other Legal Requests" (emergency and preservation requests are counted apart). */
const google = tableRow(GOOGLE_CSV, 'H1 2025', (requests, percent) => `"Other Legal Requests", ${requests} requests, ${percent} % disclosed`);

const GOOGLE_PRACTICE: ProviderPractice[] = [
  // The states filing most requests, by volume in H1 2025.
  google('IN', 72138, 78), google('DE', 42595, 85), google('BR', 37348, 77), google('GB', 14141, 90),
  google('PL', 8924, 76), google('ES', 8817, 87), google('FR', 8748, 81), google('AU', 3112, 88),
  google('AT', 2593, 88), google('CH', 1981, 91), google('SE', 1938, 87), google('KR', 1762, 87),
  google('IT', 1490, 56), google('BE', 1264, 84), google('CA', 1226, 87), google('NL', 1173, 90),
  google('PT', 956, 72), google('AR', 952, 77), google('SG', 913, 88), google('HU', 900, 81),
  google('FI', 420, 93), google('CZ', 404, 94), google('JP', 393, 71), google('RO', 392, 79),
  google('GR', 388, 82), google('MX', 385, 77), google('IL', 326, 83),
  // States whose requests were all declined in H1 2025.
  google('TR', 189, 0), google('CO', 56, 0), google('BD', 29, 0), google('RS', 27, 0), google('NP', 24, 0),
  google('HK', 16, 0), google('PK', 16, 0), google('UA', 12, 0),
  {
    from: ['RU'], answersDirect: [], rate: 0, period: 'H1 2025',
    source:
      `${GOOGLE_CSV}: RU, "Other Legal Requests", 2 requests, 0 % disclosed; the same table shows 0 % for Russia's ` +
      'requests in each half of 2011-2012 (42, 58 and 58 requests) and 1 % in H2 2012 (97 requests)',
  },
  {
    from: EU, answersDirect: ['subscriber', 'traffic'], rate: 0.8, period: '2022',
    source: `${SIRIUS_2023}; Google about 110,000 requests, about 80 % answered`, uncertain: FROM_AUDIT,
  },
];

const META_PRACTICE: ProviderPractice[] = [
  {
    from: ['IN'], answersDirect: ['subscriber', 'traffic'], rate: 36955 / 55497, period: 'H1 2022',
    source:
      'Meta Transparency Report, government requests for user data, India, H1 2022: 55,497 requests, some data produced in ' +
      '36,955 (66.59 %), as reported by Scroll.in (scroll.in/latest/1038147) and The Times of India (24 Nov 2022)',
    uncertain: 'Read in press reports of the report, not in Meta\'s own table; a 2022 period.',
  },
  {
    from: ['BR'], answersDirect: ['subscriber', 'traffic'], rate: 0.803, period: 'H1 2022',
    source:
      'Meta Transparency Report, government requests for user data, Brazil, H1 2022: 15,582 requests (1,030 of them ' +
      'emergency requests) on 57,700 users or accounts, data produced in 80.3 %, as reported by Terra/Poder360 (22 Nov 2022, ' +
      'terra.com.br/byte/autoridades-brasileiras-pediram-mais-dados-de-usuarios-a-meta-no-1-semestre)',
    uncertain: 'Read in a press report of the report, not in Meta\'s own table; a 2022 period.',
  },
  {
    from: ['RU'], answersDirect: [], rate: 0, period: 'H1 2023',
    source:
      'Meta Transparency Report H1 2023 as summarised by darknetking.com (?p=31272): one request from Russia, not ' +
      'fulfilled; Meta was declared an "extremist organisation" in Russia in 2022',
    uncertain: 'One request, read in a secondary summary, not in Meta\'s own table.',
  },
  {
    from: EU, answersDirect: ['subscriber', 'traffic'], rate: 0.68, period: '2022',
    source: `${SIRIUS_2023}; Meta about 83,000 requests, 68 % answered`, uncertain: FROM_AUDIT,
  },
];

const APPLE_ZIP =
  'Apple Transparency Report, account requests by country (Apple_Transparency_Report.zip from apple.com/legal/transparency), ' +
  'as archived in krMaynard/dsa-transparency-data apple-transparency/apple-transparency.json (commit ' +
  '361ff8dd471017a89949ba283c20707f644724b7)';
/** Apple, H1 2025, account requests (requests about an Apple Account, as opposed to device or financial identifiers). */
const apple = tableRow(APPLE_ZIP, 'H1 2025', (requests, percent) => `${requests} account requests, data provided in ${percent} %`);

const APPLE_PRACTICE: ProviderPractice[] = [
  apple('BR', 3678, 81), apple('DE', 2889, 71), apple('GB', 2772, 89), apple('FR', 1047, 65), apple('JP', 659, 73),
  apple('AU', 307, 58), apple('SE', 272, 86), apple('IN', 171, 13), apple('ES', 164, 35), apple('CA', 141, 79),
  apple('PL', 128, 18), apple('KR', 121, 77), apple('BE', 105, 71), apple('IT', 105, 14), apple('NL', 99, 70),
  apple('CH', 65, 48), apple('AT', 61, 39), apple('CZ', 61, 77), apple('NO', 46, 83), apple('SG', 35, 60),
  apple('RU', 4, 0),
];

/** Viber answers under EU member states' law and US federal law; other states go through an MLAT (its guidelines). */
const VIBER_GUIDELINES =
  'Viber, Information for Law Enforcement and Governmental Authorities (last updated 17 Feb 2024, viber.com/en/terms/' +
  'information-for-law-enforcement-and-governmental-authorities/): account records, including call detail records, are ' +
  'disclosed solely in accordance with applicable EU member state laws or US federal law (the SCA); "any other ' +
  'international requests must be based on a Mutual Legal Assistance Treaty"; messages and calls are end-to-end ' +
  'encrypted and not kept';

const LISTED: Provider[] = [
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
      'transparency report (yandex.com/company/privacy/transparencyreport) considers only requests that meet every formal ' +
      'requirement and come through official channels; H1 2020: 15,376 requests from government agencies, 84 % answered ' +
      '(Meduza, 26 Oct 2020; roem.ru), counting authorities of Russia and of other countries where Yandex operates ' +
      '(Oreanda-News). Which foreign states it answers, and on what legal basis, was not found: answersDirect [] assumes ' +
      'authorities of states where it does not operate go through Russian judicial assistance (interp.).',
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
      'rather than answered directly (the project\'s reading of GitHub\'s report, unverified); its 2025 figures are in the practice entry. Its emergency-disclosure ' +
      'practice was not read, so emergencyDisclosure keeps the format\'s default (false).',
    practice: [
      {
        from: FOREIGN('US'), answersDirect: [], rate: 22 / 92, period: '2025',
        source:
          'GitHub transparency report 2025 (github.com/github/transparency), as archived in krMaynard/dsa-transparency-data ' +
          'github-transparency/github-transparency.json (commit ebae8f4bdccf386065add9eb24176eed978943de): 92 cross-border ' +
          'requests received, 22 disclosed (2024: 42 and 20); the largest senders in 2025 were IN (33), FR (10), PL (8), DE (7)',
        uncertain:
          'Disclosures are not split by requesting state or by category (emergency, subscriber), so one share is applied to ' +
          'every foreign state; the by-state list in the same file sums to 90, not 92.',
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
  // ---- Added for issue 12: the providers police ask most. ----
  {
    id: 'microsoft',
    name: 'Microsoft (Outlook.com, OneDrive, consumer services)',
    home: 'US',
    storesIn: ['unknown'],
    answersDirect: ['subscriber', 'traffic'],
    responseDays: 10,
    emergencyDisclosure: true,
    source:
      'Microsoft Law Enforcement Requests Report (microsoft.com/en-us/about/corporate-responsibility/lerr): "A subpoena or ' +
      'its local equivalent is required to request non-content data, a court order or warrant, or its local equivalent, ' +
      'is required for content data"; requests from any government are reviewed against controlling law (Microsoft ' +
      'digital trust reports, blogs.microsoft.com/on-the-issues/2019/04/29); most requests come from FR, DE, GB and the US. ' +
      'Content for foreign authorities still needs US process (18 USC 2702) [S2]. Microsoft does not publish where a given ' +
      'consumer account is stored (the Microsoft Ireland case shows mailboxes kept only in Dublin [S5]), hence storesIn ' +
      'unknown. Its per-country tables are published as spreadsheets that could not be read here, so no practice entries.',
    establishments: ['IE'],
    offersServicesIn: ['*'],
    conflictPractice: {
      choice: 'review',
      source:
        'Microsoft committed on 19 Nov 2020 to challenge every government request for public sector or enterprise customer ' +
        'data where there is a lawful basis (blogs.microsoft.com/on-the-issues/2020/11/19/defending-your-data-edpb-gdpr/); ' +
        'it challenged the 2013 SCA warrant for a Dublin mailbox up to the Supreme Court [S5]. Applying it to consumer data ' +
        'is our reading.',
    },
    // why: the Irish subsidiary that ran the Dublin data centre in the Microsoft Ireland case [S5][S47];
    // its consumer services are offered worldwide ('*' approximates).
  },
  {
    id: 'apple',
    name: 'Apple (iCloud, Apple Account; outside mainland China)',
    home: 'US',
    storesIn: ['unknown'],
    answersDirect: ['subscriber', 'traffic'],
    responseDays: 10,
    emergencyDisclosure: true,
    source:
      'Apple Legal Process Guidelines, Government & Law Enforcement outside the United States (scribd.com/document/618568825; ' +
      'US version at docslib.org/doc/338958): requests go to the Apple entity responsible for the data in that region ' +
      '("typically Apple\'s legal entities ... in Australia, Canada, Ireland and Japan"); content requests from outside the ' +
      'US, except in emergencies, must comply with ECPA, i.e. come through an MLAT or a CLOUD Act agreement; non-content ' +
      'records are answered under local legal process; its H1 2025 table also records content provided in 1,834 Brazilian ' +
      'account requests without saying through which channel. Where an account\'s data is stored is not published: unknown.',
    practice: APPLE_PRACTICE,
    establishments: ['IE', 'AU', 'CA', 'JP'],
    offersServicesIn: ['*'],
    // why: the entities the guidelines name as responsible for customer data in their regions; Apple
    // sells its devices and services worldwide ('*' approximates). Mainland China: see icloud-china.
  },
  {
    id: 'whatsapp',
    name: 'WhatsApp (Meta)',
    home: 'US',
    storesIn: ['unknown'],
    answersDirect: ['subscriber', 'traffic'],
    responseDays: 10,
    emergencyDisclosure: true,
    source:
      'WhatsApp, Information for Law Enforcement Authorities (faq.whatsapp.com/en/general/26000050): basic subscriber ' +
      'records (name, service start date, last seen, IP address, email) and, under a 2703(d) order, other non-content ' +
      'records; requests are reviewed "based on applicable law and policy", with emergency requests handled separately. ' +
      'WhatsApp FAQ on government requests (faq.whatsapp.com/808280033839222): it cannot and does not produce message ' +
      'content (end-to-end encrypted); government agencies must comply with applicable law and "in certain scenarios" use ' +
      'the MLAT process; its figures are in Meta\'s Government Requests for User Data report, not split by service, so ' +
      'no practice entries here. 18 USC 2702(c)(6) [S2]. Storage location not published: unknown.',
    establishments: ['IE'],
    offersServicesIn: ['*'],
    // why: WhatsApp's law enforcement response team works from its Dublin office (Law Society Gazette,
    // 23 Aug 2019, lawsociety.ie/gazette/top-stories/whatsapp-adds-to-law-enforcement-analyst-team-at-dublin-hq/);
    // "services to users around the world" (its guidelines).
  },
  {
    id: 'amazon',
    name: 'Amazon (Amazon.com and Amazon Web Services)',
    home: 'US',
    storesIn: ['unknown'],
    answersDirect: ['subscriber', 'traffic'],
    responseDays: 10,
    emergencyDisclosure: false,
    source:
      'Amazon Information Requests (aws.amazon.com/compliance/amazon-information-requests/): Amazon does not disclose ' +
      'customer information unless required to comply with a legally valid and binding order, and notifies customers ' +
      'before disclosing content; its Information Request Report (s3.documentcloud.org/documents/2106855) produces ' +
      'non-content data on subpoenas and content only on search warrants. Which foreign orders it treats as binding is ' +
      'not stated; answersDirect reflects that it answered most non-US requests in its first report (practice entry). ' +
      'AWS customers choose the regions their content is stored in, so storesIn is unknown. Emergency practice not read.',
    practice: [
      {
        from: FOREIGN('US'), answersDirect: ['subscriber', 'traffic'], rate: (108 + 7) / 132, period: 'Jan-May 2015',
        source:
          'Amazon Information Request Report, 1 Jan - 31 May 2015, as reported by SecurityWeek and TechTimes (13 Jun 2015): ' +
          '132 non-US requests, full information in 108, partial in 7, none in 17',
        uncertain:
          'A 2015 figure for all non-US requests together, read in press reports; later reports split requests by ' +
          'country but were not read.',
      },
    ],
    offersServicesIn: ['*'],
  },
  {
    id: 'x',
    name: 'X (formerly Twitter)',
    home: 'US',
    storesIn: ['unknown'],
    answersDirect: [],
    responseDays: 10,
    emergencyDisclosure: true,
    source:
      'X Corp. (Bastrop, Texas) takes legal requests through its Legal Request Submissions site; a subpoena yields basic ' +
      'subscriber information, a court order non-content logs, a warrant content (summary of its guidelines at ' +
      'ministryofcyberaffairs.com, X law enforcement guide); requests are handled under policies "which may vary depending ' +
      'on the jurisdiction from which the request originates", with emergency requests for imminent danger (copy of the ' +
      'Twitter guidelines at gdlshamptonva.com/step-legal-twitter/). Whether it answers non-US authorities without US ' +
      'process was not established from what was read: answersDirect [] is a conservative modelling choice.',
    establishments: ['IE'],
    offersServicesIn: ['*'],
    // why: "Twitter is provided to people who live outside the United States by Twitter International
    // Company, a company based in Dublin, Ireland" (older guidelines, ubuntutribe.com copy); whether the
    // Irish entity still plays that role under X Corp. was not checked.
  },
  {
    id: 'tiktok',
    name: 'TikTok (TikTok Pte. Ltd. for users outside the US, UK, EEA and Switzerland)',
    home: 'SG',
    storesIn: ['unknown'],
    answersDirect: ['subscriber', 'traffic'],
    responseDays: 10,
    emergencyDisclosure: true,
    source:
      'TikTok Law Enforcement Guidelines (copy at channel33news.com, 2022): requests go to TikTok Inc. (US users), TikTok ' +
      'Information Technologies UK Limited (UK), TikTok Technology Limited, Dublin (EEA and Switzerland), or TikTok Pte. ' +
      'Limited, Singapore (everyone else); user data is disclosed on valid legal process or in emergencies. TikTok Law ' +
      'Enforcement Data Request Guidelines (tiktok.com/info/law-enforcement/): subscriber information "can be obtained ' +
      'through a court order, warrant or search order" or an MLAT request or letter rogatory; private video content only ' +
      'on a search order. Storage locations were not read: unknown. ByteDance\'s ownership is not modelled.',
    practice: [
      ...([['IN', 107, 47], ['JP', 35, 21], ['NO', 11, 33]] as const).map(([from, requests, percent]): ProviderPractice => ({
        from: [from], answersDirect: ['subscriber', 'traffic'], rate: percent / 100, period: 'H1 2019',
        source:
          `TikTok Transparency Report, 1 Jan - 30 Jun 2019, legal and emergency requests for user information: ${from}, ` +
          `${requests} requests, some information produced in ${percent} % (table reproduced by Firstpost, firstpost.com/tech/` +
          'news-analysis/tiktok-releases-its-first-transparency-report-india-tops-the-list-with-over-100-content-takedown-requests-7849511.html)',
        uncertain: 'Its first report (2019), read in a press copy of the table; later reports were not read.',
      })),
      {
        from: EU, answersDirect: ['subscriber', 'traffic'], rate: 0.51, period: '2022',
        source: `${SIRIUS_2023}; TikTok 51 % answered`, uncertain: FROM_AUDIT,
      },
    ],
    establishments: ['IE', 'GB', 'US'],
    offersServicesIn: ['*'],
    // why: the entities its guidelines name for each region of users.
  },
  {
    id: 'telegram',
    name: 'Telegram',
    home: 'AE',
    storesIn: ['unknown'],
    answersDirect: ['subscriber'],
    responseDays: 10,
    emergencyDisclosure: false,
    source:
      'Telegram Terms of Service / Privacy Policy §8.3 as revised in Sep 2024 (text quoted at edit.tosdr.org/points/37329 ' +
      'and en.protothema.gr/?p=421082): if Telegram receives a valid order from the relevant judicial authorities ' +
      'confirming that a user is a suspect in a case involving criminal activities that violate its Terms, it performs a ' +
      'legal analysis and may disclose the IP address and phone number; before that (2018-2024) only for terror suspects ' +
      '(TASS, 28 Aug 2018). Hence subscriber data only, and only on a judicial order. Russia: refused the FSB key demand, ' +
      'blocked 2018-2020 [S35]. Dubai-based (Politico, May 2024, via dnyuz.com/?p=2213136). Storage not read: unknown.',
    offersServicesIn: ['*'],
    // why: no establishments: its EU representative (EDSR, Brussels) was appointed under the Digital
    // Services Act (Politico, May 2024), not under Directive (EU) 2023/1544; whether it also serves as the
    // e-evidence legal representative was not established.
  },
  {
    id: 'snap',
    name: 'Snap Inc. (Snapchat)',
    home: 'US',
    storesIn: ['unknown'],
    answersDirect: [],
    responseDays: 10,
    emergencyDisclosure: true,
    source:
      'Snap Inc. Law Enforcement Guide (2020 and 2023 versions, pdfdrive.to copy and online.documentine.com copy): disclosure ' +
      'is governed by the SCA; "non-US law enforcement and governmental agencies generally must rely on the mechanics of ' +
      'the Mutual Legal Assistance Treaty or letters rogatory processes", with preservation requests reviewed as a ' +
      'courtesy meanwhile (quoted at allofordesktop.com); non-US officials may file emergency disclosure requests through ' +
      'its emergency form. Its transparency report (values.snap.com/privacy/transparency/legal-requests) counts ' +
      'international requests separately; those tables were not read.',
    offersServicesIn: ['*'],
  },
  {
    id: 'discord',
    name: 'Discord Inc.',
    home: 'US',
    storesIn: ['unknown'],
    answersDirect: [],
    responseDays: 10,
    emergencyDisclosure: true,
    source:
      'Discord is incorporated in the US and governed by the SCA; requests go through its government request portal ' +
      '(Kodex); subpoena for subscriber records, 2703(d) order for other metadata, warrant for content; emergency ' +
      'requests for imminent harm; foreign (e.g. Indian) authorities use the MLAT process (ministryofcyberaffairs.com, ' +
      'Discord law enforcement guide). Its transparency report counts US legal process only (discord.com/safety-' +
      'transparency-reports as archived in krMaynard/dsa-transparency-data discord-transparency/, commit 177567ef). ' +
      'answersDirect [] follows the MLAT statement, read in a secondary summary, not in Discord\'s own guidelines.',
    offersServicesIn: ['*'],
  },
  {
    id: 'cloudflare',
    name: 'Cloudflare (CDN, DNS, hosting services)',
    home: 'US',
    storesIn: ['unknown'],
    answersDirect: ['subscriber'],
    responseDays: 10,
    emergencyDisclosure: true,
    source:
      'Cloudflare Transparency Report (cloudflare.com/transparency/ and /h2-2020): "Unless there is an emergency, Cloudflare ' +
      'requires valid legal process such as a subpoena or a foreign government equivalent of a subpoena before providing ' +
      '[basic subscriber data] to either foreign or domestic government authorities"; content of customer sites is not ' +
      'held as a host would hold it and is not modelled. Data locations: its network is global; unknown.',
    offersServicesIn: ['*'],
    conflictPractice: {
      choice: 'review',
      source:
        'Cloudflare Transparency Report (cloudflare.com/transparency/h2-2020): "government requests for the personal data of ' +
        'a person that conflict with the privacy laws of that person\'s country of residence should be legally challenged"; ' +
        'it reports having yet to receive one.',
    },
  },
  {
    id: 'signal',
    name: 'Signal Messenger',
    home: 'US',
    storesIn: ['unknown'],
    answersDirect: [],
    responseDays: 10,
    emergencyDisclosure: false,
    source:
      'Signal publishes its answers to US grand jury subpoenas (E.D. Va. 2016, C.D. Cal. 2021): the only data it can ' +
      'produce is the date and time an account registered and the last date it connected; contacts, groups and message ' +
      'content are not held (Signal blog and ACLU filings, summarised by The Verge 4 Oct 2016 and Malwarebytes Apr 2021). ' +
      'How it treats foreign requests was not read: answersDirect [] is a modelling choice, and in any case almost nothing ' +
      'is there to produce.',
    offersServicesIn: ['*'],
  },
  {
    id: 'viber',
    name: 'Rakuten Viber (Viber Media S.à r.l.)',
    home: 'LU',
    storesIn: ['unknown'],
    answersDirect: [],
    responseDays: 10,
    emergencyDisclosure: false,
    source:
      `${VIBER_GUIDELINES}; user notice may be withheld in emergencies, but voluntary emergency disclosure is not ` +
      'stated. Viber Media S.à r.l. is registered in Luxembourg ' +
      '(news-cafe.eu/?go=news&n=13430; ruscrime.com). Storage not read: unknown.',
    practice: [
      {
        from: [...EU, 'US'], answersDirect: ['subscriber', 'traffic'],
        source: `${VIBER_GUIDELINES}: requests under EU member state law or US federal law are answered`,
      },
    ],
    establishments: ['RU'],
    offersServicesIn: ['*'],
    // why: it opened a representative office in Russia in Jan 2022 under the "landing" law; Roskomnadzor
    // restricted access in Dec 2024 and later entered it in the ORI register (news-cafe.eu; mco-nn.ru).
  },
  {
    id: 'vk',
    name: 'VK (VKontakte)',
    home: 'RU',
    storesIn: ['RU'],
    answersDirect: [],
    responseDays: 10,
    emergencyDisclosure: false,
    source:
      'Russian social network (owned by Mail.Ru Group, later VK; ewdn.com 14 Nov 2018). Federal Law 242-FZ requires ' +
      'Russian citizens\' personal data to be stored in Russia [S34]; as an organiser of information dissemination it ' +
      'keeps content 6 months and traffic 30 days for the security services under the "Yarovaya" package [S35]. It ' +
      'discloses user data to Russian law enforcement (Chanysheva case, ewdn.com; its 2018 policy section, ' +
      'hybridtechcar.com). Its policy for foreign requests was not found: answersDirect [] assumes foreign authorities go ' +
      'through Russian judicial assistance (interp.).',
  },
  {
    id: 'mail-ru',
    name: 'Mail.ru (VK group mail service)',
    home: 'RU',
    storesIn: ['RU'],
    answersDirect: [],
    responseDays: 10,
    emergencyDisclosure: false,
    source:
      'Russian mail service of the Mail.Ru Group (now VK), LSE-listed owner of VKontakte in 2018 (ewdn.com 14 Nov 2018). ' +
      'Localisation of Russian citizens\' personal data, 242-FZ [S34]; retention and disclosure duties of organisers of ' +
      'information dissemination, "Yarovaya" package [S35]. Its policy for foreign requests was not found: answersDirect ' +
      '[] assumes foreign authorities go through Russian judicial assistance (interp.).',
  },
  {
    id: 'alibaba-cloud',
    name: 'Alibaba Cloud (international site)',
    home: 'CN',
    storesIn: ['unknown'],
    answersDirect: ['subscriber', 'traffic'],
    responseDays: 10,
    emergencyDisclosure: false,
    source:
      'Alibaba Cloud International Law Enforcement User Information Request Guide (30 Aug 2022, alibabagroup.com/en-US/' +
      'document-1490879613155409920), for law enforcement outside the PRC: Alibaba Group\'s principal operations and ' +
      'operating subsidiaries are in the PRC; user information is released only on "a valid, legally binding request ' +
      '(such as a subpoena, search warrant, court order, or other legal process)" served through proper channels, and ' +
      'requests that conflict with PRC or other applicable law may be rejected. Which categories it gives on a foreign ' +
      'order was not stated; content is not assumed. Data sits in the region the customer picks (24 regions, among them ' +
      'China, the US, Europe, Japan, Singapore: sasiapac.com FAQ), so storesIn is unknown; data stored in China falls under ' +
      'DSL art. 36 and PIPL art. 41 [S30][S31].',
    offersServicesIn: ['*'],
    conflictPractice: {
      choice: 'refuse',
      source:
        'Its international law enforcement guide (30 Aug 2022) reserves the right to reject, in whole or in part, requests ' +
        '"that conflict with PRC and other applicable laws and regulations".',
    },
  },
  {
    id: 'baidu',
    name: 'Baidu (search, Baidu Netdisk)',
    home: 'CN',
    storesIn: ['CN'],
    answersDirect: [],
    responseDays: 10,
    emergencyDisclosure: false,
    source:
      'Beijing-based provider governed by Chinese law: Data Security Law art. 36, PIPL art. 41 and ICJAL art. 4 require the ' +
      'competent authority\'s approval before data or evidence is given to foreign judicial or law-enforcement bodies ' +
      '[S30][S31][S32]; Cybersecurity Law art. 37 and PIPL art. 40 keep data of critical operators and large processors in ' +
      'China [S31][S33]. Baidu\'s own policy for foreign requests was not found; storage in China follows from those rules ' +
      '(whether Baidu falls under them was not checked).',
  },
  {
    id: 'wechat-intl',
    name: 'WeChat (international accounts, WeChat International Pte. Ltd.)',
    home: 'SG',
    storesIn: ['unknown'],
    answersDirect: [],
    responseDays: 10,
    emergencyDisclosure: false,
    source:
      'WeChat International Law Enforcement Data Request Guidelines (15 Oct 2019; copy at xianjiakeji.com.cn) and Government ' +
      'Request Policy (19 Aug 2021, wechat.com/en/government_request_policy.html): WeChat International Pte. Ltd. provides ' +
      'non-public customer information "when legally required to do so", after scrutiny, and may require a court order, ' +
      'subpoena, search warrant or other valid legal order; WeChat Help Center privacy policy (wechat.com/en/helpcenter_policy, ' +
      '29 Feb 2024): controller is Tencent International Service Europe B.V. for the EEA, UK and Switzerland and WeChat ' +
      'International Pte. Ltd. elsewhere outside mainland China. answersDirect [] reads "legally required" as process ' +
      'binding on it (interp.). Storage not read: unknown. Mainland accounts: see weixin.',
    establishments: ['NL'],
    offersServicesIn: ['*'],
  },
  {
    id: 'kakao',
    name: 'Kakao (KakaoTalk, Daum)',
    home: 'KR',
    storesIn: ['unknown'],
    answersDirect: [],
    responseDays: 10,
    emergencyDisclosure: false,
    source:
      'Kakao Transparency Report H1 2025 (t1.kakaocdn.net/privacy_policy/kakao_privacy/1h_2025_kakao_transparency_report_en.xlsx, ' +
      'as archived in krMaynard/dsa-transparency-data korea-transparency/raw/kakao-2025-h1.json, commit b3cb2db4): it has ' +
      'not provided "communication user information" (subscriber data asked for without a warrant) since H1 2013 — 321 ' +
      'Kakao and 517 Daum requests, none provided — and answers Korean warrants and court-authorised communication ' +
      'confirmation data. It reports Korean requests only; answersDirect [] follows from its refusing subscriber data ' +
      'without a Korean court warrant (interp.). Storage not read: unknown.',
  },
  {
    id: 'line',
    name: 'LINE (LY Corporation)',
    home: 'JP',
    storesIn: ['unknown'],
    answersDirect: [],
    responseDays: 10,
    emergencyDisclosure: false,
    source:
      'LINE Guidelines for Responding to Law Enforcement (19 Jan 2022, linecorp.com/en/security/article/291): LINE is a ' +
      'Japanese telecommunications service provider bound by the Act on the Protection of Personal Information, the ' +
      'Telecommunications Business Act and the Code of Criminal Procedure; communications data is protected by the ' +
      'secrecy of communications. LY Corporation Transparency Report H2 2024 (lycorp.co.jp/en/privacy-security/privacy/' +
      'transparency/reports/2024h2): requests from overseas reach it through the Japanese police, under the Act on ' +
      'International Assistance in Investigations, MLATs or ICPO, or through the Ministry of Foreign Affairs; 98.7 % of ' +
      'requests received in Japan led to some disclosure. Storage not read: unknown.',
  },
];

/** Every provider without a published spread of its own answers on the default one (none publishes one). */
export const PROVIDERS: Provider[] = LISTED.map((p) => (p.responseProfile || p.responseDays !== DIRECT_ANSWER_DEFAULT.median ? p : { ...p, responseProfile: DIRECT_ANSWER_DEFAULT }));
