import { viewOf } from '../machines/run/view.ts';
import type { ScenarioEvent } from '../machines/request/events.ts';
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
/** Half an hour of simulated time per play tick: 10,000 inputs stay inside one request's life. */
export const ADVANCE_DAYS = 0.02;
/**
 * The mix, by the input's place in every 20: the class votes twice (slots 5 and 15), the trainer
 * injects once (slot 10), time runs for the other 17, and every decision the request awaits is
 * put to a vote whatever the slot. A real class is mostly play ticks, yet a log of only ticks
 * replays almost nothing: this one makes a transition with every vote and inject.
 */
const MIX = 20;
const VOTE_SLOTS = new Set([5, 15]);
const INJECT_SLOT = 10;
const DECISIONS = new Set(['SEND_DIRECT', 'CHOOSE_AGREEMENT', 'CHOOSE_MLAT', 'CHOOSE_ROGATORY']);
const PRESERVATION = ['EXTEND_PRESERVATION', 'REQUEST_PRESERVATION'];

/**
 * A class of 25 plays a scenario through the real session service (every input validated, applied
 * and durably recorded, as over the wire) until its log holds `inputs` inputs, in the mix above:
 * - time runs in `advance` commands of ADVANCE_DAYS, as play does, one per tick;
 * - a vote is opened by the trainer, answered by all 25 (ballots spread over the options, the
 *   first ahead) and closed, its winner becoming the input: a decision the request awaits, or
 *   otherwise whether to ask the provider to preserve (or extend) again rather than withdraw;
 * - the trainer injects preservation (an extension, or a new request) in the slot of its own;
 * - a step only when a decision is awaited with a single option (the default policy takes it).
 */
export async function recordClass(sessions: SessionService, scenario: Scenario, inputs: number): Promise<CreatedSession & { composition: Composition }> {
  const created = await sessions.create(scenario);
  const session = await sessions.get(created.id);
  const people: Participant[] = [];
  for (let i = 0; i < CLASS_SIZE; i++) people.push((await sessions.join(created.id, `Trainee ${i + 1}`)).participant);
  const counts = { advance: 0, step: 0, inject: 0, vote: 0 };
  const run = (command: TrainerCommand) => sessions.command(session, command);
  const vote = async (options: ScenarioEvent[]) => {
    const { vote: opened } = await run({ type: 'openVote', options });
    for (const [i, person] of people.entries()) await sessions.castBallot(session, person, opened!.id, i % 3 === 2 ? i % options.length : 0);
    await run({ type: 'closeVote' });
    counts.vote++;
  };
  await run({ type: 'start' });

  for (let turn = 0; session.seq < inputs; turn++) {
    if (turn > 2 * inputs) throw new Error(`${scenario.id}: ${turn} commands made only ${session.seq} inputs`);
    const sim = session.sim;
    if (sim.done) throw new Error(`${scenario.id} ended after ${session.seq} inputs: advance by less to record ${inputs}`);
    const slot = (session.seq + 1) % MIX;
    const allowed = viewOf(sim).allowed;
    const preservation = PRESERVATION.map((type) => allowed.find((e) => e.type === type)).find((e) => e !== undefined);
    if (sim.waiting) {
      const options = allowed.filter((e) => DECISIONS.has(e.type));
      if (options.length < 2) {
        await run({ type: 'step' });
        counts.step++;
      } else {
        await vote(options);
      }
    } else if (VOTE_SLOTS.has(slot) && preservation && allowed.some((e) => e.type === 'WITHDRAW')) {
      await vote([preservation, allowed.find((e) => e.type === 'WITHDRAW')!]);
    } else if (slot === INJECT_SLOT && preservation) {
      await run({ type: 'event', event: preservation });
      counts.inject++;
    } else {
      await run({ type: 'advance', to: Math.round((sim.time + ADVANCE_DAYS) * 1000) / 1000 });
      counts.advance++;
    }
  }
  const view = viewOf(session.sim);
  return { ...created, composition: { ...counts, day: view.day, state: view.state } };
}
