import type { Message } from '../messages/types.ts';
import type { Scenario } from '../scenario.ts';
import { medianDays } from '../route/channels.ts';
import { CHANNELS, type ChannelName, type World } from '../world/types.ts';
import { assessScenario, effectiveWorld } from './simulation.ts';

/** One channel as the intake sees it: open or not, why, and its median days. */
export interface ChannelSide {
  open: boolean;
  reason: string;
  message: Message;
  days: number;
  cites: string[];
}

/**
 * How a channel differs between two askings of a request (another date, a what-if): both sides, and
 * the entries of the world that differ between them and that either side's verdict rests on.
 */
export interface ChannelDifference {
  channel: ChannelName;
  before: ChannelSide;
  after: ChannelSide;
  /** Ids of instruments, rules or orders present, absent or changed between the two worlds that made the difference. */
  because: string[];
}

function side(scenario: Scenario, channel: ChannelName): ChannelSide {
  const v = assessScenario(scenario)[channel];
  return { open: v.open, reason: v.reason, ...(v.message && { message: v.message }), days: medianDays(v.timing), cites: [...v.cites] };
}

/** Ids whose entry is in one world and not the other, or differs between them (parties bound, dates, terms). */
export function changedEntries(before: World, after: World): Set<string> {
  const changed = new Set<string>();
  const kinds = (w: World) => [...w.instruments, ...w.rules, ...(w.orders ?? [])];
  const a = new Map(kinds(before).map((e) => [e.id, e] as const));
  const b = new Map(kinds(after).map((e) => [e.id, e] as const));
  for (const [id, entry] of a) if (!b.has(id) || (b.get(id) !== entry && JSON.stringify(b.get(id)) !== JSON.stringify(entry))) changed.add(id);
  for (const id of b.keys()) if (!a.has(id)) changed.add(id);
  return changed;
}

/**
 * The channels whose verdict or days differ between two askings, each with what made it differ.
 * `because` keeps the changed entries either verdict cites; when neither cites one (an instrument
 * that left leaves no trace in the verdict that replaced it), every changed entry binding the
 * requesting state is named instead, so a difference is never left without its cause.
 */
export function assessmentDifferences(before: Scenario, after: Scenario): ChannelDifference[] {
  // Each world is built once: a regime's rules and the date's cut are work on the whole world.
  const worlds = [effectiveWorld(before), effectiveWorld(after)] as const;
  const changed = changedEntries(...worlds);
  const from = after.request.from;
  const bindsFrom = (id: string, w: World) => w.instruments.some((i) => i.id === id && i.parties.includes(from)) ||
    w.rules.some((r) => r.id === id) || (w.orders ?? []).some((o) => o.id === id);
  const out: ChannelDifference[] = [];
  for (const channel of CHANNELS) {
    const b = side(before, channel);
    const a = side(after, channel);
    if (b.open === a.open && b.days === a.days && b.reason === a.reason) continue;
    let because = [...new Set([...b.cites, ...a.cites])].filter((id) => changed.has(id));
    if (because.length === 0) {
      because = [...changed].filter((id) => worlds.some((w) => bindsFrom(id, w)));
    }
    out.push({ channel, before: b, after: a, because });
  }
  return out;
}
