import type { Connection, DataRequest, Provider, Rule } from '../world/types.ts';
import { UNKNOWN_LOCATION } from '../world/types.ts';

/** Whether jurisdiction `j` is tied to the request by `connection`. */
export function isConnected(j: string, connection: Connection, request: DataRequest, provider: Provider): boolean {
  switch (connection) {
    case 'data-location':
      return j !== UNKNOWN_LOCATION && provider.storesIn.includes(j);
    case 'provider-home':
      return provider.home === j;
    case 'subject-nationality':
      return request.subject.nationality === j;
    case 'subject-location':
      return request.subject.location === j;
  }
}

/**
 * A rule covers a request when the category is in its data and its jurisdiction is connected
 * (and, for a rule with an emergency exception, the request is not an emergency).
 */
export function covers(rule: Rule, request: DataRequest, provider: Provider): boolean {
  return (
    rule.data.includes(request.data) &&
    !(rule.emergencyException === true && request.urgency === 'emergency') &&
    rule.connection.some((c) => isConnected(rule.jurisdiction, c, request, provider))
  );
}

/** Every jurisdiction tied to the request, in the contract's order, without repeats. */
export function connectedJurisdictions(request: DataRequest, provider: Provider): string[] {
  const all = [
    ...provider.storesIn.filter((j) => j !== UNKNOWN_LOCATION),
    provider.home,
    request.subject.nationality,
    request.subject.location,
  ];
  return [...new Set(all.filter((j): j is string => j !== undefined))];
}
