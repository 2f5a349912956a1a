import { Catalog } from '../../server/catalog.ts';
import { memoryLogger } from '../../server/log.ts';
import type { VoteBroadcast } from '../../server/protocol.ts';
import type { RosterChange, RosterHost } from '../../server/sessions/roster.ts';
import { SessionService } from '../../server/sessions/service.ts';
import type { VotingHost } from '../../server/sessions/voting.ts';
import type { Role } from '../../machines/request/roles.ts';
import { BLOCKING, type Cleanup, LIBRARY, testStore } from './helpers.ts';

export const blocking = () => Catalog.fromFolder(LIBRARY, memoryLogger()).get(BLOCKING)!;

/**
 * A session of blocking.yaml held by a real SessionService on the real test store, and the host
 * through which the service calls voting.ts and roster.ts: the tests call those modules directly.
 */
export async function classroom(cleanup: Cleanup, options: { maxParticipants?: number; roles?: Role[]; approveJoins?: boolean } = {}) {
  const store = await testStore(cleanup);
  const log = memoryLogger();
  const service = new SessionService({ store, log, idleMs: Infinity, maxParticipants: options.maxParticipants ?? 500 });
  cleanup.add(() => service.close());
  const created = await service.create(blocking(), undefined, { roles: options.roles, approveJoins: options.approveJoins });
  const session = await service.get(created.id);
  const host = (service as unknown as { host: VotingHost & RosterHost }).host;
  const votes: VoteBroadcast[] = [];
  const roster: RosterChange[] = [];
  service.on('vote', (b) => votes.push(b));
  service.on('roster', (c) => roster.push(c));
  return { store, log, service, session, host, votes, roster, created, command: (c: Parameters<SessionService['command']>[1]) => service.command(session, c) };
}
