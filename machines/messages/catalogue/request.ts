import type { Translations } from '../types.ts';

/** What machines/request/ says. */
export const request = {
  'request.channel.underWay': {
    en: 'The {channel} channel is under way.',
    zh: '{channel}渠道正在进行中。',
    ru: 'Канал «{channel}» уже задействован.',
    fr: 'Le canal « {channel} » est en cours.',
    ar: 'قناة {channel} قيد السير.',
  },
  'request.channel.tried': {
    en: 'The {channel} channel was already tried; each channel is tried at most once.',
    zh: '{channel}渠道已经尝试过；每个渠道至多尝试一次。',
    ru: 'Канал «{channel}» уже был испробован; каждый канал используется не более одного раза.',
    fr: 'Le canal « {channel} » a déjà été essayé ; chaque canal n’est essayé qu’une fois.',
    ar: 'سبقت تجربة قناة {channel}؛ ولا تُجرَّب كل قناة إلا مرة واحدة.',
  },
} satisfies Record<string, Translations>;
