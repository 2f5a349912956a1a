import { viewOf } from '../machines/run/view.ts';
import type { Scenario } from '../machines/scenario.ts';
import type { CreatedSession, Participant, TrainerCommand } from '../server/protocol.ts';
import type { SessionService } from '../server/sessions/service.ts';

/** What a recorded class is made of, by kind of input. */
export interface Composition {
  advance: number;
  step: number;
  inject: number;
  vote: number;
  /** Where the request stands after the last input. */
  day: number;
  state: string;
}

export const CLASS_SIZE = 25;
const ADVANCE_DAYS = 0.01;
const INJECT_EVERY = 500;
const STEP_EVERY = 2000;
const DECISIONS = new Set(['SEND_DIRECT', 'CHOOSE_AGREEMENT', 'CHOOSE_MLAT', 'CHOOSE_ROGATORY']);

/**
 * A class of 25 plays a scenario through the real session service (every input validated, applied
 * and durably recorded, as over the wire) until its log holds `inputs` inputs:
 * - time runs in `advance` commands of 0.01 simulated day (a quarter of an hour), as play does, one per tick;
 * - every decision the request awaits is put to a vote of the class (ballots spread over the
 *   options, the first ahead) and closed by the trainer, whose winner becomes the input;
 * - every 500th input the trainer injects preservation (a request or an extension) when the request takes one;
 * - every 2,000th input the trainer steps (the next scheduled happening).
 */
export async function recordClass(sessions: SessionService, scenario: Scenario, inputs: number): Promise<CreatedSession & { composition: Composition }> {
  const created = await sessions.create(scenario);
  const session = await sessions.get(created.id);
  const people: Participant[] = [];
  for (let i = 0; i < CLASS_SIZE; i++) people.push((await sessions.join(created.joinCode, `Trainee ${i + 1}`)).participant);
  const counts = { advance: 0, step: 0, inject: 0, vote: 0 };
  const run = (command: TrainerCommand) => sessions.command(session, command);
  await run({ type: 'start' });

  for (let turn = 0; session.seq < inputs; turn++) {
    if (turn > 2 * inputs) throw new Error(`${scenario.id}: ${turn} commands made only ${session.seq} inputs`);
    const sim = session.sim;
    if (sim.done) throw new Error(`${scenario.id} ended after ${session.seq} inputs: advance by less to record ${inputs}`);
    const next = session.seq + 1;
    const allowed = viewOf(sim).allowed;
    if (sim.waiting) {
      const options = allowed.filter((e) => DECISIONS.has(e.type));
      if (options.length < 2) {
        await run({ type: 'step' });
        counts.step++;
        continue;
      }
      const { vote } = await run({ type: 'openVote', options });
      for (const [i, person] of people.entries()) await sessions.castBallot(session, person, vote!.id, i % 3 === 2 ? i % options.length : 0);
      await run({ type: 'closeVote' });
      counts.vote++;
    } else if (next % STEP_EVERY === 0) {
      await run({ type: 'step' });
      counts.step++;
    } else if (next % INJECT_EVERY === 0 && allowed.some((e) => e.type === 'REQUEST_PRESERVATION' || e.type === 'EXTEND_PRESERVATION')) {
      const event = allowed.find((e) => e.type === 'EXTEND_PRESERVATION') ?? allowed.find((e) => e.type === 'REQUEST_PRESERVATION')!;
      await run({ type: 'event', event });
      counts.inject++;
    } else {
      await run({ type: 'advance', to: Math.round((sim.time + ADVANCE_DAYS) * 1000) / 1000 });
      counts.advance++;
    }
  }
  const view = viewOf(session.sim);
  return { ...created, composition: { ...counts, day: view.day, state: view.state } };
}
