import { join } from 'node:path';
import { loadOrThrow } from '../../bin/cli/load.ts';
import { applyInput, type Input } from '../../machines/run/replay.ts';
import { EventRejected } from '../../machines/run/simulation.ts';
import type { Scenario } from '../../machines/scenario.ts';
import { AppError } from '../../server/errors.ts';
import { memoryLogger } from '../../server/log.ts';
import type { Actor, InputRecord } from '../../server/protocol.ts';
import { LiveSession } from '../../server/sessions/live.ts';
import type { SessionRow, VoteRow } from '../../server/store/store.ts';

/** A shipped scenario, as a session freezes it (a copy: a test may move a script step). */
export function shipped(path: string): Scenario {
  return structuredClone(loadOrThrow(join(import.meta.dirname, '..', '..', 'scenarios', `${path}.yaml`)));
}

export const REFUSED = 'fictional/mlat-refused-dual-criminality';
export const SAUDI = 'real/saudi-arabia-google-first-requests-2016';

export function sessionRow(scenario: Scenario, extra: Partial<SessionRow> = {}): SessionRow {
  return {
    id: 's1', scenario, joinCode: 'ABCDEF', trainerTokenHash: 'h', status: 'running', parent: null,
    createdAt: '2026-01-01T09:00:00.000Z', admission: 'open', worldEvents: true, ...extra,
  } as SessionRow;
}

export function liveSession(scenario: Scenario | string, extra: Partial<SessionRow> = {}, inputs: InputRecord[] = [], votes: VoteRow[] = []): LiveSession {
  return new LiveSession(sessionRow(typeof scenario === 'string' ? shipped(scenario) : scenario, extra), inputs, votes);
}

/**
 * What the SessionService's record does with an input, without a store: the input applied to the
 * simulation (a refusal is a conflict, as the service says it), then appended to the log.
 */
export function recordingHost() {
  const log = memoryLogger();
  return {
    log,
    async record(session: LiveSession, input: Input, actor: Actor): Promise<InputRecord> {
      try {
        applyInput(session.sim, input);
      } catch (error) {
        session.rebuild();
        if (error instanceof EventRejected) throw new AppError('conflict', error.message);
        throw error;
      }
      const record: InputRecord = { seq: session.seq + 1, input, actor, voteId: null, recordedAt: '2026-01-01T09:00:00.000Z' };
      session.inputs.push(record);
      return record;
    },
  };
}

/** The log as a trainer reads it: kind, day or event, who. */
export function logOf(session: LiveSession): [string, number | string | null, string][] {
  return session.inputs.map((r) => [r.input.kind, r.input.kind === 'advance' ? r.input.to : r.input.kind === 'event' ? r.input.event.type : null, r.actor]);
}
