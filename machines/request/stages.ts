import type { Message } from '../messages/types.ts';
import type { MessageId } from '../messages/catalogue/index.ts';
import type { ChannelName } from '../world/types.ts';
import { msg, say } from '../messages/say.ts';

/**
 * The stages a channel passes through once it has gone out, with the share of the channel's total
 * days at which each ends. The stages follow the published descriptions of the MLAT process
 * (facts.md §2.1: Stanford CIS "MLAT roadmap" 2014 [S56]; "The MLAT Problem" 2016 [S57]); the shares
 * are a modelling assumption (interp.), so that a channel's total always equals its drawn days.
 */
export interface Stage {
  state: string;
  /** Share of the channel's days at which this stage ends (cumulative; the last is 1). */
  endsAt: number;
  /** In English (the catalogue's text): what the stage's end is shown as. */
  label: string;
  /** The label as a message (`stage.<channel>.<state>`), for any language. */
  message: Message;
}

type Stages = { [C in ChannelName]: readonly (Stage & { state: StageState<C> })[] };
/** The stages the catalogue names for a channel: `stage.<channel>.<state>`. */
type After<Id, C extends string> = Id extends `stage.${C}.${infer S}` ? S : never;
type StageState<C extends ChannelName> = After<MessageId, C>;

/** A stage whose label is its catalogue message's English text. */
const stage = <C extends ChannelName>(channel: C, state: StageState<C>, endsAt: number): Stage & { state: StageState<C> } => {
  const message = msg(`stage.${channel}.${state}` as MessageId);
  return { state, endsAt, label: say(message), message };
};

export const STAGES: Stages = {
  direct: [stage('direct', 'sent', 1)],
  agreement: [stage('agreement', 'ordered', 1)],
  mlat: [
    stage('mlat', 'drafting', 0.05),
    stage('mlat', 'requestingReview', 0.1),
    stage('mlat', 'transmission', 0.15),
    stage('mlat', 'requestedReview', 0.45),
    stage('mlat', 'domesticOrder', 0.6),
    stage('mlat', 'production', 0.85),
    stage('mlat', 'return', 1),
  ],
  rogatory: [
    stage('rogatory', 'transmission', 0.15),
    stage('rogatory', 'requestedReview', 0.45),
    stage('rogatory', 'execution', 0.85),
    stage('rogatory', 'return', 1),
  ],
};

/** The absolute day on which each stage ends, for a channel that goes out at `start` and takes `total` days. */
export function stagePlan(stages: readonly Stage[], start: number, total: number): number[] {
  return stages.map((s, i) => (i === stages.length - 1 ? start + total : start + Math.round(total * s.endsAt)));
}
