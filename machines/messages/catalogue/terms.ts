import type { Translations } from '../types.ts';

/**
 * Words other messages take as parameters: the channels and the data categories, as noun phrases.
 * The same terms as the interface's catalogues (client/i18n/*.json), so a reason and the screen
 * around it name a channel alike; docs/translation.md keeps the glossary.
 */
export const terms = {
  'channel.direct': { en: 'direct request to the provider', zh: '直接向服务提供者请求', ru: 'прямой запрос провайдеру', fr: 'demande directe au fournisseur', ar: 'طلب مباشر إلى مقدم الخدمة' },
  'channel.agreement': { en: 'data-access agreement', zh: '数据调取协定', ru: 'соглашение о доступе к данным', fr: "accord d'accès aux données", ar: 'اتفاق النفاذ إلى البيانات' },
  'channel.mlat': { en: 'mutual legal assistance', zh: '刑事司法协助', ru: 'взаимная правовая помощь', fr: 'entraide judiciaire', ar: 'المساعدة القانونية المتبادلة' },
  'channel.rogatory': { en: 'letters rogatory', zh: '调查委托书', ru: 'судебное поручение', fr: 'commission rogatoire', ar: 'الإنابة القضائية' },
  'data.subscriber': { en: 'subscriber data', zh: '用户信息', ru: 'данные об абоненте', fr: 'données relatives aux abonnés', ar: 'بيانات المشترك' },
  'data.traffic': { en: 'traffic data', zh: '流量数据', ru: 'данные о трафике', fr: 'données relatives au trafic', ar: 'بيانات الحركة' },
  'data.content': { en: 'content data', zh: '内容数据', ru: 'данные о содержании', fr: 'données de contenu', ar: 'بيانات المحتوى' },
} satisfies Record<string, Translations>;
