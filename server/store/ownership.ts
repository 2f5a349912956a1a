/**
 * Which server process serves a session. With several processes on one PostgreSQL database each
 * session is served by exactly one of them at a time, its owner: the only one that keeps it in
 * memory, records its inputs and runs its timers (play, timed votes). With SQLite there is one
 * process, and it owns everything.
 */

import { hostname } from 'node:os';

/** A process nobody named (PROCESS_NAME unset): its machine and pid, unique among live processes. */
export const unnamedProcess = (): string => `${hostname()}-${process.pid}`;

/** A server process as the others and the proxy know it. */
export interface ServerProcess {
  /** The name the proxy routes by (`?process=`): PROCESS_NAME. */
  name: string;
  /** Where the other processes reach it to forward a REST call: INTERNAL_URL. */
  url: string;
}

/** Where a session is served: here, or by another process (null: its owner has not said who it is yet). */
export type Whereabouts =
  /** `takenFrom`: the process named as owner before, whose hold had ended (it died or lost its database). */
  | { here: true; takenFrom?: string }
  | { here: false; owner: ServerProcess | null };

export interface Ownership {
  /** Owns the session unless another live process does; a process that died owns nothing. */
  claim(sessionId: string): Promise<Whereabouts>;
  /** Lets another process take the session (it left this one's memory). */
  release(sessionId: string): Promise<void>;
}

/** One process: every session is its own. */
export const soleOwnership: Ownership = {
  claim: async () => ({ here: true }),
  release: async () => {},
};
