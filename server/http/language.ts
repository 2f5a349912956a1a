import type { Request, Response } from 'express';
import { LANGS, type Lang } from '../../machines/messages/types.ts';
import { AppError } from '../errors.ts';

/**
 * The language of a text answer (the Markdown debrief, the attendance CSV): `?lang=` when the page
 * asks for its own language (a browser's Accept-Language need not be the one chosen in Rogatory),
 * else the best of Accept-Language, else English. Says which in Content-Language, and that the
 * answer varies with the header.
 */
export function answerLanguage(req: Request, res: Response): Lang {
  const asked = req.query.lang;
  let lang: Lang;
  if (asked !== undefined) {
    if (typeof asked !== 'string' || !(LANGS as readonly string[]).includes(asked)) {
      throw new AppError('invalid', `"lang" takes one of ${LANGS.join(', ')}; got "${String(asked)}". Leave it out to follow the Accept-Language header.`);
    }
    lang = asked as Lang;
  } else {
    lang = (req.acceptsLanguages([...LANGS]) || 'en') as Lang;
  }
  res.vary('Accept-Language');
  res.set('Content-Language', lang);
  return lang;
}
