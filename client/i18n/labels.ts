import type { ScenarioEvent } from '../../machines/request/events.ts';
import type { Role } from '../../machines/request/roles.ts';
import { has, locale, t } from './index.ts';
import { phraseHere } from './engine-text.ts';
import { stateHere } from './states.ts';

/**
 * Engine names as people read them. Each falls back to the engine's own name when no label exists,
 * so that a state or event added to the machine still shows, untranslated, rather than vanishing.
 */

/** "mlat.requestedReview", "preservation.preserved", "delivered" → a label. */
export function stateLabel(path: string): string {
  const key = `state.${path}`;
  return has(key) ? t(key) : path;
}

/** A transition's event: the machine's (STAGE_COMPLETE) or a scenario event's type. */
export function eventTypeLabel(type: string): string {
  const key = `event.${type}`;
  return has(key) ? t(key) : type;
}

/** A scenario event with its fields: "Arcadia answers: consent". Fields are scenario text, in the page's language where the scenario translates them. */
export function eventLabel(event: ScenarioEvent): string {
  switch (event.type) {
    case 'THIRD_COUNTRY_ANSWERS':
      // The country by its name in the page's language ("Cedria answers: object"), never its code.
      return t('eventWith.THIRD_COUNTRY_ANSWERS', { country: stateHere(event.country), answer: t(`answer.${event.answer}`) });
    case 'REFUSE':
      return t('eventWith.REFUSE', { ground: phraseHere(event.ground) });
    case 'PROVIDER_REFUSES':
      return t('eventWith.PROVIDER_REFUSES', { reason: phraseHere(event.reason) });
    case 'PROVIDER_CHOOSES':
      return t('eventWith.PROVIDER_CHOOSES', { choice: t(`choice.${event.choice}`) });
    case 'REVIEW_DECIDES':
      return t('eventWith.REVIEW_DECIDES', { outcome: t(`ruling.${event.outcome}`) });
    default:
      return eventTypeLabel(event.type);
  }
}

export function channelLabel(channel: string | null): string {
  return channel ? t(`channel.${channel}`) : t('channel.none');
}

export function outcomeLabel(outcome: string | null): string {
  return outcome ? t(`outcome.${outcome}`) : t('outcome.underWay');
}

export function statusLabel(status: string): string {
  return t(`status.${status}`);
}

/** A day count: "day 12". */
export function dayLabel(day: number): string {
  return t('common.day', { day });
}

/** A role a participant plays (issue 13). */
export function roleLabel(role: Role): string {
  return t(`role.${role}`);
}

const pluralRules = new Map<string, Intl.PluralRules>();

/**
 * A number of days in the page's language: "1 day", "2 days", "21 дня", "5 дней". The catalogues
 * hold one form per plural category (days.one, days.few, ...); the language's own rules pick it.
 */
export function daysLabel(days: number): string {
  const l = locale();
  let rules = pluralRules.get(l);
  if (!rules) pluralRules.set(l, (rules = new Intl.PluralRules(l)));
  return t(`days.${rules.select(days)}`, { days });
}
