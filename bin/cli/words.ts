import type { Translations } from '../../machines/messages/types.ts';

/** The CLI's own words around the engine's sentences (the trace's frame), in every language. */
export const CLI_WORDS = {
  'trace.dated': { en: 'Request made on {date}', zh: '请求提出日期：{date}', ru: 'Запрос направлен {date}', fr: 'Demande faite le {date}', ar: 'قُدِّم الطلب في {date}' },
  'trace.undated': {
    en: "Request undated: the world as of {date}, the data's as-of date",
    zh: '请求未注明日期：按数据所属日期 {date} 的世界状况',
    ru: 'Запрос без даты: мир на {date}, дату, к которой относятся данные',
    fr: 'Demande non datée : le monde au {date}, date de référence des données',
    ar: 'طلب غير مؤرخ: العالم كما كان في {date}، وهو تاريخ البيانات',
  },
  'trace.regime': { en: '{request}; regime: {regime}.', zh: '{request}；制度：{regime}。', ru: '{request}; режим: {regime}.', fr: '{request} ; régime : {regime}.', ar: '{request}؛ النظام: {regime}.' },
  'trace.contract': { en: 'contract default ({requestedState})', zh: '格式默认（{requestedState}）', ru: 'по умолчанию формата ({requestedState})', fr: 'par défaut du format ({requestedState})', ar: 'الافتراضي في الصيغة ({requestedState})' },
  'trace.assessment': { en: 'Assessment on day 0:', zh: '第 0 天的评估：', ru: 'Оценка на день 0:', fr: 'Évaluation au jour 0 :', ar: 'التقييم في اليوم 0:' },
  'trace.open': { en: 'open', zh: '开放', ru: 'открыт', fr: 'ouvert', ar: 'مفتوحة' },
  'trace.closed': { en: 'closed', zh: '关闭', ru: 'закрыт', fr: 'fermé', ar: 'مغلقة' },
  'trace.source': { en: 'source: {id}: {source}', zh: '来源：{id}：{source}', ru: 'источник: {id}: {source}', fr: 'source : {id} : {source}', ar: 'المصدر: {id}: {source}' },
  // A source already given in full higher up the same trace: its id alone, so that a long citation is read once.
  'trace.sourceAgain': { en: 'source: {id} (given above)', zh: '来源：{id}（见上文）', ru: 'источник: {id} (см. выше)', fr: 'source : {id} (voir plus haut)', ar: 'المصدر: {id} (انظر أعلاه)' },
  'trace.unknownSource': { en: 'unknown source', zh: '来源不明', ru: 'источник неизвестен', fr: 'source inconnue', ar: 'مصدر غير معروف' },
  'trace.dayN': { en: 'day {n}', zh: '第 {n} 天', ru: 'день {n}', fr: 'jour {n}', ar: 'اليوم {n}' },
  'trace.outcome': {
    en: 'Outcome: {outcome}{via} on day {days}. Attempts: {attempts}.',
    zh: '结果：{outcome}{via}，第 {days} 天。尝试的渠道：{attempts}。',
    ru: 'Итог: {outcome}{via} на день {days}. Попытки: {attempts}.',
    fr: 'Issue : {outcome}{via} au jour {days}. Tentatives : {attempts}.',
    ar: 'النتيجة: {outcome}{via} في اليوم {days}. المحاولات: {attempts}.',
  },
  'trace.none': { en: 'none', zh: '无', ru: 'нет', fr: 'aucune', ar: 'لا شيء' },
  'trace.cited': { en: 'Cited: {cites}.', zh: '援引：{cites}。', ru: 'Ссылки: {cites}.', fr: 'Cité : {cites}.', ar: 'المراجع: {cites}.' },
  'trace.conflict': { en: 'Conflict of laws: {line}', zh: '法律冲突：{line}', ru: 'Коллизия законов: {line}', fr: 'Conflit de lois : {line}', ar: 'تنازع القوانين: {line}' },
  'trace.conflict.comply': {
    en: 'the provider complied with the order, in breach of {laws}.',
    zh: '服务提供者遵守了该命令，违反了 {laws}。',
    ru: 'поставщик услуг исполнил распоряжение, нарушив {laws}.',
    fr: "le fournisseur s'est conformé à l'injonction, en violation de {laws}.",
    ar: 'امتثل مقدم الخدمة للأمر، مخالفًا {laws}.',
  },
  'trace.conflict.refuse': {
    en: 'the provider refused the order {laws}.',
    zh: '服务提供者拒绝了命令 {laws}。',
    ru: 'поставщик услуг отказался исполнить распоряжение {laws}.',
    fr: "le fournisseur a refusé l'injonction {laws}.",
    ar: 'رفض مقدم الخدمة الأمر {laws}.',
  },
  'trace.conflict.refuseSanction': {
    en: 'the provider refused the order {laws}, facing {sanction}.',
    zh: '服务提供者拒绝了命令 {laws}，面临 {sanction}。',
    ru: 'поставщик услуг отказался исполнить распоряжение {laws}, рискуя: {sanction}.',
    fr: "le fournisseur a refusé l'injonction {laws}, s'exposant à : {sanction}.",
    ar: 'رفض مقدم الخدمة الأمر {laws}، معرِّضًا نفسه لـ: {sanction}.',
  },
  'trace.conflict.review': {
    en: 'the provider asked a court to review the order, breaking neither law.',
    zh: '服务提供者请求法院审查该命令，未违反任何一方的法律。',
    ru: 'поставщик услуг обратился в суд с просьбой пересмотреть распоряжение, не нарушив ни одного закона.',
    fr: "le fournisseur a demandé à un tribunal de contrôler l'injonction, sans enfreindre aucune des deux lois.",
    ar: 'طلب مقدم الخدمة من محكمة مراجعة الأمر، دون أن يخالف أيًّا من القانونين.',
  },
  'trace.assumed': { en: 'Assumed: {about}: {assumed}. {why}', zh: '假定：{about}：{assumed}。{why}', ru: 'Допущено: {about}: {assumed}. {why}', fr: 'Supposé : {about} : {assumed}. {why}', ar: 'افتُرض: {about}: {assumed}. {why}' },
} satisfies Record<string, Translations>;

export type CliWord = keyof typeof CLI_WORDS;
