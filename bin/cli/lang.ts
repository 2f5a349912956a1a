import { LANGS, type Lang } from '../../machines/messages/types.ts';

/**
 * The language of the CLI's text: `--lang`, else the locale (LC_ALL, LC_MESSAGES, LANG, as POSIX
 * orders them: "fr_FR.UTF-8" → fr), else English. An unknown `--lang` is a usage error; a locale we
 * do not speak falls back to English silently, as other tools do.
 */
export function languageOf(flag: string | undefined, env: NodeJS.ProcessEnv): Lang | { unknown: string } {
  if (flag !== undefined) return (LANGS as readonly string[]).includes(flag) ? (flag as Lang) : { unknown: flag };
  const locale = env.LC_ALL || env.LC_MESSAGES || env.LANG || '';
  const base = locale.toLowerCase().split(/[_.@-]/)[0] ?? '';
  return (LANGS as readonly string[]).includes(base) ? (base as Lang) : 'en';
}
