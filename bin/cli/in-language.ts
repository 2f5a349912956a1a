import { say } from '../../machines/messages/say.ts';
import type { Lang } from '../../machines/messages/types.ts';
import type { RunResult } from '../../machines/run/result.ts';
import type { Scenario } from '../../machines/scenario.ts';
import { scenarioPhrases } from '../../machines/run/explore.ts';

/**
 * A run's JSON with its reasons in `lang`: `reason` stays the reason's text (the contract's field,
 * in the language asked for), `message` its id and parameters for any other language.
 */
export function inLanguage(result: RunResult, scenario: Scenario, lang: Lang): RunResult {
  if (lang === 'en') return result;
  const phrases = scenarioPhrases(scenario, lang);
  return {
    ...result,
    transitions: result.transitions.map((t) => (t.message ? { ...t, reason: say(t.message, lang, { phrases }) } : t)),
    ...(result.assumptions && {
      assumptions: result.assumptions.map((a) => ({
        ...a,
        ...(a.aboutMessage && { about: say(a.aboutMessage, lang, { phrases }) }),
        ...(a.whyMessage && { why: say(a.whyMessage, lang, { phrases }) }),
      })),
    }),
  };
}
