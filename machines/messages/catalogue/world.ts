import type { Translations } from '../types.ts';

/**
 * What machines/world/ says: the named regimes (each doctrine in its own terms, stated neutrally in
 * every language; the texts they rest on keep their own language, see REGIME_SOURCES) and what the
 * location principle finds in the law of a state where the data is located.
 */
export const world = {
  'regime.contract.title': {
    en: 'Contract default (data location)',
    zh: '契约默认（数据所在地）',
    ru: 'По умолчанию (местонахождение данных)',
    fr: 'Défaut du format (lieu des données)',
    ar: 'الافتراضي (موقع البيانات)',
  },
  'regime.location-principle.title': {
    en: 'Location principle',
    zh: '数据所在地原则',
    ru: 'Принцип местонахождения данных',
    fr: 'Principe de localisation',
    ar: 'مبدأ موقع البيانات',
  },
  'regime.location-principle.summary': {
    en: 'Each state respects the sovereignty, jurisdiction and authority over data security of the others: data located in a state are not obtained directly from companies or individuals without the permission of that state\'s law. Law-enforcement needs for data across borders are met through judicial assistance or agreements between states, and an agreement between two states does not infringe the judicial sovereignty and data security of a third.',
    zh: '各国尊重他国的主权、司法管辖权和数据安全管理权：未经一国法律允许，不得直接向企业或个人调取位于该国境内的数据。执法部门跨境调取数据的需要，通过司法协助或国家间协定来满足，两国之间的协定不得侵犯第三国的司法主权和数据安全。',
    ru: 'Каждое государство уважает суверенитет, юрисдикцию и полномочия других государств в области безопасности данных: данные, находящиеся в государстве, не получают напрямую от компаний или частных лиц без разрешения законодательства этого государства. Потребности правоохранительных органов в трансграничных данных удовлетворяются посредством правовой помощи или соглашений между государствами, и соглашение между двумя государствами не ущемляет судебный суверенитет и безопасность данных третьего государства.',
    fr: 'Chaque État respecte la souveraineté, la juridiction et le pouvoir de gestion de la sécurité des données des autres : les données situées dans un État ne sont pas obtenues directement auprès d’entreprises ou de particuliers sans l’autorisation du droit de cet État. Les besoins transfrontières des services répressifs en matière de données sont satisfaits par l’entraide judiciaire ou par des accords entre États, et un accord entre deux États ne porte pas atteinte à la souveraineté judiciaire ni à la sécurité des données d’un État tiers.',
    ar: 'تحترم كل دولة سيادة الدول الأخرى وولايتها القضائية وسلطتها على أمن البيانات: فلا تُحصَّل البيانات الموجودة في دولة ما مباشرةً من الشركات أو الأفراد دون إذن قانون تلك الدولة. وتُلبّى حاجة أجهزة إنفاذ القانون إلى البيانات عبر الحدود من خلال المساعدة القضائية أو الاتفاقات بين الدول، ولا يمس اتفاق بين دولتين السيادة القضائية لدولة ثالثة ولا أمن بياناتها.',
  },
  'regime.location-principle.effect': {
    en: 'Mutual legal assistance and letters rogatory go to the state where the data is located. For each other state where the data is located, the run asks whether that state\'s law permits the answer. It does when none of that state\'s rules in force covers the request, and then the regime adds nothing. Where one does, that state consents before the data leave by any channel other than its own procedures (judicial assistance, letters rogatory) or an instrument it shares with the requesting state for the category: a direct request is closed, and an agreement triggers its consultation.',
    zh: '刑事司法协助和调查委托书发往数据所在国。对于数据所在的其他每一个国家，运行都会询问该国法律是否允许作出答复。若该国没有任何有效规则涵盖该请求，即为允许，此时该制度不增加任何内容。若有规则涵盖，则数据经由该国自身程序（司法协助、调查委托书）或该国与请求国就该类数据共同缔结的文书以外的任何渠道离境之前，须先征得该国同意：直接请求被关闭，数据调取协定则触发其征询程序。',
    ru: 'Запросы о взаимной правовой помощи и судебные поручения направляются государству, в котором находятся данные. Для каждого другого государства, где находятся данные, прогон выясняет, допускает ли его законодательство ответ. Допускает, если ни одна из действующих норм этого государства не охватывает запрос, и тогда режим ничего не добавляет. Если охватывает, это государство даёт согласие прежде, чем данные покинут его по любому каналу, кроме его собственных процедур (правовая помощь, судебное поручение) или инструмента, участником которого оно является вместе с запрашивающим государством для данной категории: прямой запрос закрыт, а соглашение запускает предусмотренную им консультацию.',
    fr: 'L’entraide judiciaire et les commissions rogatoires sont adressées à l’État où se trouvent les données. Pour chaque autre État où se trouvent les données, l’exécution vérifie si le droit de cet État permet la réponse. Il la permet lorsqu’aucune de ses règles en vigueur ne couvre la demande, et le régime n’ajoute alors rien. Lorsqu’une règle la couvre, cet État consent avant que les données ne sortent par toute voie autre que ses propres procédures (entraide judiciaire, commission rogatoire) ou un instrument qui le lie à l’État requérant pour la catégorie : la demande directe est fermée, et un accord déclenche sa consultation.',
    ar: 'تُوجَّه طلبات المساعدة القانونية المتبادلة والإنابات القضائية إلى الدولة التي توجد فيها البيانات. ولكل دولة أخرى توجد فيها البيانات، يتحقق التشغيل مما إذا كان قانون تلك الدولة يجيز الرد. ويجيزه إذا لم تشمل الطلبَ أيٌّ من قواعدها السارية، وعندئذ لا يضيف النظام شيئاً. أما إذا شملته قاعدة منها، فيجب أن توافق تلك الدولة قبل خروج البيانات عبر أي قناة غير إجراءاتها الخاصة (المساعدة القضائية، الإنابة القضائية) أو صك يربطها بالدولة الطالبة لهذه الفئة من البيانات: فيُغلق الطلب المباشر، ويؤدي الاتفاق إلى إجراء المشاورة المنصوص عليها فيه.',
  },
  'regime.provider-control.title': {
    en: 'Provider control',
    zh: '服务提供者控制原则',
    ru: 'Контроль поставщика услуг',
    fr: 'Contrôle par le fournisseur',
    ar: 'سيطرة مقدم الخدمة',
  },
  'regime.provider-control.summary': {
    en: 'A state may order a service provider subject to its jurisdiction (established on its territory, or offering services there) to produce the data in its possession, custody or control, wherever the data is stored. Where the order conflicts with another state\'s law, the provider may ask the issuing state\'s courts to weigh the interests involved.',
    zh: '一国可命令受其管辖的服务提供者（在其境内设立或在其境内提供服务者）提供其占有、保管或控制的数据，无论数据存储于何处。命令与他国法律相冲突时，服务提供者可请求发令国法院权衡所涉各方利益。',
    ru: 'Государство может обязать поставщика услуг, находящегося под его юрисдикцией (учреждённого на его территории или оказывающего там услуги), предоставить данные, находящиеся в его владении, на хранении или под его контролем, где бы эти данные ни хранились. Если распоряжение вступает в коллизию с законодательством другого государства, поставщик услуг может просить суды издавшего его государства взвесить затронутые интересы.',
    fr: 'Un État peut enjoindre à un fournisseur de services relevant de sa juridiction (établi sur son territoire ou y offrant des services) de produire les données en sa possession, sous sa garde ou sous son contrôle, où qu’elles soient stockées. Lorsque l’injonction entre en conflit avec le droit d’un autre État, le fournisseur peut demander aux juridictions de l’État d’émission de mettre en balance les intérêts en présence.',
    ar: 'يجوز للدولة أن تأمر مقدم خدمة خاضعاً لولايتها القضائية (منشأً في إقليمها أو يقدم خدمات فيه) بتقديم البيانات التي في حيازته أو عهدته أو تحت سيطرته، أينما كانت مخزنة. وإذا تعارض الأمر مع قانون دولة أخرى، جاز لمقدم الخدمة أن يطلب من محاكم الدولة المُصدِرة الموازنة بين المصالح المعنية.',
  },
  'regime.provider-control.effect': {
    en: 'Mutual legal assistance and letters rogatory go to the provider\'s home state, whatever the data\'s location. Preservation: 90 days, extended once by 90 (18 U.S.C. 2703(f)(2)).',
    zh: '刑事司法协助和调查委托书发往服务提供者的所在国，无论数据位于何处。数据保全：90 天，可延长一次 90 天（18 U.S.C. 2703(f)(2)）。',
    ru: 'Запросы о взаимной правовой помощи и судебные поручения направляются государству местонахождения поставщика услуг, где бы ни находились данные. Сохранение данных: 90 дней с однократным продлением на 90 (18 U.S.C. 2703(f)(2)).',
    fr: 'L’entraide judiciaire et les commissions rogatoires sont adressées à l’État d’origine du fournisseur, quel que soit le lieu des données. Conservation : 90 jours, prolongeable une fois de 90 (18 U.S.C. 2703(f)(2)).',
    ar: 'تُوجَّه طلبات المساعدة القانونية المتبادلة والإنابات القضائية إلى دولة مقر مقدم الخدمة، أياً كان موقع البيانات. التحفظ على البيانات: 90 يوماً، قابلة للتمديد مرة واحدة 90 يوماً (18 U.S.C. 2703(f)(2)).',
  },
  'regime.e-evidence.title': {
    en: 'Order to a provider in the Union',
    zh: '向欧盟境内服务提供者发出的命令',
    ru: 'Распоряжение поставщику услуг в Союзе',
    fr: 'Injonction à un fournisseur dans l’Union',
    ar: 'أمر إلى مقدم خدمة في الاتحاد',
  },
  'regime.e-evidence.summary': {
    en: 'An issuing authority of an EU member state may order a service provider offering services in the Union to produce or preserve electronic evidence, regardless of where the data is stored; the order goes to the provider\'s designated establishment or legal representative in the Union. For traffic and content data of a person not residing in the issuing state, the enforcing state is notified and may invoke grounds for refusal; a provider that would breach a third country\'s law may object, and a court of the issuing state reviews the order.',
    zh: '欧盟成员国的签发机关可命令在欧盟境内提供服务的服务提供者提供或保全电子证据，无论数据存储于何处；命令送达服务提供者在欧盟境内指定的机构或法定代表。对于不居住在签发国的人的流量数据和内容数据，须通知执行国，执行国可援引拒绝理由；服务提供者若因此会违反第三国法律，可提出反对，由签发国法院对命令进行审查。',
    ru: 'Выдающий орган государства — члена ЕС может обязать поставщика услуг, оказывающего услуги в Союзе, предоставить или сохранить электронные доказательства, где бы ни хранились данные; распоряжение направляется назначенному поставщиком учреждению или законному представителю в Союзе. В отношении данных о трафике и о содержании лица, не проживающего в выдающем государстве, уведомляется исполняющее государство, которое может сослаться на основания для отказа; поставщик услуг, который нарушил бы закон третьего государства, может возразить, и суд выдающего государства пересматривает распоряжение.',
    fr: 'Une autorité d’émission d’un État membre de l’UE peut enjoindre à un fournisseur de services proposant des services dans l’Union de produire ou de conserver des preuves électroniques, quel que soit le lieu de stockage des données ; l’injonction est adressée à l’établissement désigné ou au représentant légal du fournisseur dans l’Union. Pour les données relatives au trafic et les données de contenu d’une personne ne résidant pas dans l’État d’émission, l’État d’exécution est notifié et peut invoquer des motifs de refus ; un fournisseur qui enfreindrait le droit d’un pays tiers peut formuler une objection, et une juridiction de l’État d’émission contrôle l’injonction.',
    ar: 'يجوز لسلطة الإصدار في دولة عضو في الاتحاد الأوروبي أن تأمر مقدم خدمة يقدم خدماته في الاتحاد بتقديم الأدلة الإلكترونية أو حفظها، بصرف النظر عن مكان تخزين البيانات؛ ويُوجَّه الأمر إلى المنشأة المعيّنة لمقدم الخدمة أو ممثله القانوني في الاتحاد. وفيما يخص بيانات الحركة وبيانات المحتوى العائدة لشخص غير مقيم في دولة الإصدار، تُخطَر دولة التنفيذ ويجوز لها التذرع بأسباب الرفض؛ ويجوز لمقدم الخدمة الذي قد يخالف قانون دولة ثالثة أن يعترض، وتراجع محكمة في دولة الإصدار الأمر.',
  },
  'regime.e-evidence.effect': {
    en: 'Requests go to the provider\'s home state, whatever the data\'s location. Preservation orders keep the data 60 days, extendable once by 30 days. Direct orders between member states come from the e-Evidence instrument of the built-in world (from 18 August 2026).',
    zh: '请求发往服务提供者的所在国，无论数据位于何处。保全令使数据保存 60 天，可延长一次 30 天。成员国之间的直接命令来自内置世界中的电子证据文书（自 2026 年 8 月 18 日起）。',
    ru: 'Запросы направляются государству местонахождения поставщика услуг, где бы ни находились данные. Распоряжения о сохранении удерживают данные 60 дней с однократным продлением на 30 дней. Прямые распоряжения между государствами-членами вытекают из инструмента e-Evidence встроенного мира (с 18 августа 2026 года).',
    fr: 'Les demandes sont adressées à l’État d’origine du fournisseur, quel que soit le lieu des données. Les injonctions de conservation gardent les données 60 jours, prolongeables une fois de 30 jours. Les injonctions directes entre États membres découlent de l’instrument e-Evidence du monde intégré (à partir du 18 août 2026).',
    ar: 'تُوجَّه الطلبات إلى دولة مقر مقدم الخدمة، أياً كان موقع البيانات. وتحفظ أوامر التحفظ البيانات 60 يوماً، قابلة للتمديد مرة واحدة 30 يوماً. وتصدر الأوامر المباشرة بين الدول الأعضاء بموجب صك e-Evidence في العالم المدمج (اعتباراً من 18 أغسطس 2026).',
  },

  // What the location principle finds in the law of a state where the data is located.
  'world.location.permits': {
    en: 'No rule of {state} covers the request: its law permits the answer, and the location principle adds nothing.',
    zh: '{state}没有任何规则涵盖该请求：其法律允许作出答复，数据所在地原则不增加任何内容。',
    ru: 'Ни одна норма государства {state} не охватывает запрос: его законодательство допускает ответ, и принцип местонахождения данных ничего не добавляет.',
    fr: 'Aucune règle de {state} ne couvre la demande : son droit permet la réponse, et le principe de localisation n’ajoute rien.',
    ar: 'لا تشمل أي قاعدة من قواعد {state} الطلب: فقانونها يجيز الرد، ولا يضيف مبدأ موقع البيانات شيئاً.',
  },
  'world.location.consents': {
    en: 'The law of {state} covers the data leaving it ({cites}): under the location principle, {state} consents first.',
    zh: '{state}的法律涵盖数据离境（{cites}）：根据数据所在地原则，须先征得{state}同意。',
    ru: 'Законодательство государства {state} регулирует вывоз данных с его территории ({cites}): согласно принципу местонахождения данных, государство {state} сначала даёт согласие.',
    fr: 'Le droit de {state} régit la sortie des données de son territoire ({cites}) : selon le principe de localisation, {state} consent d’abord.',
    ar: 'يشمل قانون {state} خروج البيانات منها ({cites}): وبموجب مبدأ موقع البيانات، يجب أن توافق {state} أولاً.',
  },
  'world.location.ruleTitle': {
    en: 'Location principle: the consent of {state}, where the data is located and whose law covers it ({cites})',
    zh: '数据所在地原则：须征得{state}的同意，数据位于该国且受其法律管辖（{cites}）',
    ru: 'Принцип местонахождения данных: согласие государства {state}, где находятся данные и чьё законодательство их охватывает ({cites})',
    fr: 'Principe de localisation : le consentement de {state}, où se trouvent les données et dont le droit les couvre ({cites})',
    ar: 'مبدأ موقع البيانات: موافقة {state}، حيث توجد البيانات ويشملها قانونها ({cites})',
  },
} satisfies Record<string, Translations>;

/**
 * The texts each named regime rests on, in the language they were written or reported in: sources
 * keep their original titles and words (docs/translation.md), so they are no message of the
 * catalogue and are said as they stand in every language.
 */
export const REGIME_SOURCES: Readonly<Record<string, readonly string[]>> = {
  'location-principle': [
    'China + Central Asia Data Security Cooperation Initiative, Nur-Sultan, 8 June 2022: data located in another state are not obtained directly from companies or individuals "without the permission of the other state\'s law" (未經他國法律允許); cross-border needs go through judicial assistance or agreements between states, which do not infringe third states\' judicial sovereignty [SEED-0]',
    'Global Data Security Initiative, 8 September 2020, as reported in French: data in other states are not obtained through companies or individuals "sans l\'autorisation d\'autres Etats" (without the authorisation of other states); judicial assistance or other multilateral and bilateral agreements [SEED-2, SEED-3; S46]',
  ],
  'provider-control': [
    '18 U.S.C. 2713 (CLOUD Act, 2018, s.103(a)): a provider discloses data in its possession, custody or control regardless of where it is located [S1b]',
    '18 U.S.C. 2703(h): a provider may move to quash where the customer is not a US person and disclosure would risk breaching the law of a qualifying foreign government; the court weighs comity [S4]',
    '18 U.S.C. 2703(f)(2): preservation for 90 days, extendable by 90 [S3]',
    'Convention on Cybercrime (ETS 185) art. 18(1): production orders to (a) a person in the territory for data in that person\'s possession or control, and (b) a service provider offering its services in the territory for subscriber information in its possession or control [S15]',
    'Belgium, Court of Cassation, 1 December 2015 (Yahoo!): a provider offering services to users in Belgium must answer a Belgian order for identification data [S48]',
    'Brazil, Marco Civil da Internet art. 11 and the Supreme Federal Court\'s ADC 51 (2023): requests made directly to providers with a presence in Brazil are valid alongside mutual legal assistance',
    'Canada, British Columbia (A.G.) v. Brecknell (B.C.C.A., 2018) and King v. OVH (Ont. C.J., 25 September 2025: the court declined to revoke a production order for subscriber data OVH holds in France, the UK and Australia, finding a real and substantial connection to Canada and possession or control; judicial review sought) [https://privacyacrossborders.org/2026/02/03/what-canadas-king-vs-ovh-case-reveals-and-affirms-about-cross-border-data-access/]',
  ],
  'e-evidence': [
    'Regulation (EU) 2023/1543, arts. 1, 8 (notification), 10 (10 days / 8 hours), 11 (preservation: 60 days, plus 30), 12 (grounds for refusal), 17 (review where a third country\'s law conflicts) [S23]',
    'Directive (EU) 2023/1544: providers designate an establishment or legal representative in the Union [S25]',
  ],
};
