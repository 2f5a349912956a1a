import type { ScenarioEvent } from './events.ts';

/**
 * The parts a class can play (issue 13): the requesting state's prosecutor, the requested state's
 * central authority, the provider's counsel, and a third state whose consent the request needs.
 */
export const ROLES = ['prosecutor', 'centralAuthority', 'providerCounsel', 'thirdState'] as const;
export type Role = (typeof ROLES)[number];

/**
 * Who takes each scenario event in the world the engine models: the requesting side chooses the
 * channel, preserves and withdraws; the requested state's central authority refuses; the provider
 * refuses to produce or chooses at a conflict of laws; a third state answers a consultation; a court's
 * ruling on a review belongs to no role (null). An exhaustive switch, so that an event
 * added to the engine does not compile until someone says who takes it.
 */
export function decidingRole(event: ScenarioEvent): Role | null {
  switch (event.type) {
    case 'SEND_DIRECT':
    case 'CHOOSE_AGREEMENT':
    case 'CHOOSE_MLAT':
    case 'CHOOSE_ROGATORY':
    case 'REQUEST_PRESERVATION':
    case 'EXTEND_PRESERVATION':
    case 'WITHDRAW':
      return 'prosecutor';
    case 'REFUSE':
      return 'centralAuthority';
    case 'PROVIDER_REFUSES':
    case 'PROVIDER_CHOOSES':
      return 'providerCounsel';
    // A court rules on the review of an order: no part a class plays is that court, so the whole
    // class (or the trainer) decides it.
    case 'REVIEW_DECIDES':
      return null;
    case 'THIRD_COUNTRY_ANSWERS':
      return 'thirdState';
  }
}

/**
 * Who decides an option of a vote held with `roles` in play: its role, or the whole class (null) when
 * roles are off or nobody in the class plays that role (its choice must not fall to nobody).
 */
export function deciderOf(event: ScenarioEvent, roles: readonly Role[] | null | undefined): Role | null {
  if (!roles) return null;
  const role = decidingRole(event);
  return role !== null && roles.includes(role) ? role : null;
}
