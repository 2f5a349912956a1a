import type { Scenario } from '../machines/scenario.ts';
import { assessmentDifferences, type ChannelDifference } from '../machines/run/differences.ts';
import { effectiveWorld } from '../machines/run/simulation.ts';
import { variantOf, type Variant } from '../machines/run/variant.ts';
import type { World } from '../machines/world/types.ts';

/**
 * What asking a scenario under a variant changed, as every screen says it (the CLI's trace, the
 * REST answer, a session, the comparison page): the date asked and the scenario's own, what the
 * what-if adds and drops, each channel that differs, and the title and source of each entry named
 * as the cause. Plain data, so it is stored with a session and sent as JSON.
 */
export interface VariantReport {
  /** The date the request was asked on, when the variant gives one. */
  date?: string;
  /** The scenario's own date (absent when it has none). */
  ownDate?: string;
  whatIf?: { title?: string; adds: string[]; drops: string[] };
  differences: ChannelDifference[];
  /** The script's channel decisions set aside for the default policy ("CHOOSE_MLAT on day 10"), when there were any. */
  setAside?: string[];
  /** Each entry a difference names, with its title and source. */
  entries: Record<string, { title?: string; source: string; uncertain?: string }>;
}

/** The scenario under the variant, and what that changed against the scenario as written. */
export function askVariant(scenario: Scenario, variant: Variant): { scenario: Scenario; report: VariantReport } {
  const asked = variantOf(scenario, variant);
  const differences = assessmentDifferences(scenario, asked);
  const named = new Set(differences.flatMap((d) => d.because));
  const entries: VariantReport['entries'] = {};
  for (const world of [effectiveWorld(scenario), effectiveWorld(asked)]) {
    for (const e of entriesOf(world)) {
      if (!named.has(e.id) || entries[e.id]) continue;
      entries[e.id] = { ...(e.title && { title: e.title }), source: e.source, ...(e.uncertain && { uncertain: e.uncertain }) };
    }
  }
  const o = variant.overlay;
  const report: VariantReport = {
    ...(variant.date !== undefined && { date: variant.date }),
    ...(scenario.request.date !== undefined && { ownDate: scenario.request.date }),
    ...(o && {
      whatIf: {
        ...(o.title !== undefined && { title: o.title }),
        adds: [...(o.add?.instruments ?? []), ...(o.add?.rules ?? []), ...(o.add?.orders ?? [])].map((e) => e.id),
        drops: o.drop ?? [],
      },
    }),
    differences,
    ...(asked.asked?.setAside.length && { setAside: asked.asked.setAside.map((step) => `${step.event.type}${step.day !== undefined ? ` on day ${step.day}` : ''}`) }),
    entries,
  };
  return { scenario: asked, report };
}

function entriesOf(world: World): { id: string; title?: string; source: string; uncertain?: string }[] {
  return [...world.instruments, ...world.rules, ...(world.orders ?? [])];
}
