import { variantOf } from '../../machines/run/variant.ts';
import { readFileSync } from 'node:fs';
import type { Scenario } from '../../machines/scenario.ts';
import type { ChannelDifference } from '../../machines/run/differences.ts';
import type { Variant } from '../../machines/run/variant.ts';
import { askVariant, type VariantReport } from '../../scenarios/variant.ts';
import { BUILTIN_WORLD } from '../../machines/world/builtin/index.ts';
import type { World } from '../../machines/world/types.ts';
import { formatError } from '../../scenarios/errors.ts';
import { checkOverlay } from '../../scenarios/overlay.ts';
import { InvalidFile } from './load.ts';

/** What `--date` and `--overlay` ask, read from the command line (the overlay still as text). */
export interface VariantOptions {
  date?: string;
  overlay?: { file: string; text: string };
}

/** A real calendar day written YYYY-MM-DD, or undefined when it is not one. */
export function isCalendarDate(text: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return false;
  const day = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(day.getTime()) && day.toISOString().slice(0, 10) === text;
}

/** The overlay file's text; a file that cannot be read is reported like a scenario that cannot. */
export function readOverlayFile(file: string): { file: string; text: string } {
  try {
    return { file, text: readFileSync(file, 'utf8') };
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : String((error as Error).message);
    throw new InvalidFile([`${file}:1:1: cannot read the file: ${reason}`]);
  }
}

/**
 * The variant the options ask of a scenario: the overlay is checked against the built-in world and
 * the scenario's own (and `more` worlds, for `test`, which applies one overlay to many scenarios).
 */
export function variantFor(options: VariantOptions, worlds: readonly World[] = []): Variant | undefined {
  if (options.date === undefined && options.overlay === undefined) return undefined;
  let overlay;
  if (options.overlay) {
    const checked = checkOverlay(options.overlay.text, options.overlay.file, [BUILTIN_WORLD, ...worlds]);
    if (!checked.overlay) throw new InvalidFile(checked.errors.map(formatError));
    overlay = checked.overlay;
  }
  return { ...(options.date !== undefined && { date: options.date }), ...(overlay && { overlay }) };
}

/** The one line that says which date and what-if a run used, or nothing for the scenario as written. */
export function variantHeader(scenario: Scenario, variant: Variant | undefined): string[] {
  if (!variant) return [];
  const own = scenario.request.date ? `the scenario's own date is ${scenario.request.date}` : 'the scenario gives no date';
  const lines = [];
  if (variant.date !== undefined) lines.push(`Asked on ${variant.date} (${own}).`);
  if (variant.overlay) lines.push(`What-if: ${variant.overlay.title ?? 'untitled'}${whatItChanges(variant)}.`);
  const setAside = (variantOf(scenario, variant).asked?.setAside ?? []).map((step) => step.event.type);
  if (setAside.length) {
    lines.push(`The script's channel decisions (${setAside.join(', ')}) were taken under the law as written; asked here, the default policy chooses (the first channel open).`);
  }
  return lines;
}

function whatItChanges(variant: Variant): string {
  const o = variant.overlay!;
  const added = [...(o.add?.instruments ?? []), ...(o.add?.rules ?? []), ...(o.add?.orders ?? [])].map((e) => e.id);
  const parts = [...(added.length ? [`adds ${added.join(', ')}`] : []), ...(o.drop?.length ? [`drops ${o.drop.join(', ')}`] : [])];
  return parts.length ? ` (${parts.join('; ')})` : ' (changes nothing)';
}

/** What the variant was compared with: the scenario's own date, and no what-if. */
export function comparedWith(scenario: Scenario, variant: Variant): string {
  const date = variant.date === undefined ? undefined : scenario.request.date ? `the scenario's own date (${scenario.request.date})` : 'the scenario undated';
  const whatIf = variant.overlay ? 'no what-if' : undefined;
  return [date, whatIf].filter(Boolean).join(', ');
}

/**
 * "Compared with ...": each channel whose verdict or days differ, before → after, and the entries
 * that made the difference, each with its title and source.
 */
export function formatDifferences(scenario: Scenario, variant: Variant): string {
  const { report } = askVariant(scenario, variant);
  const out = [`Compared with ${comparedWith(scenario, variant)}:`];
  if (report.differences.length === 0) out.push('  no channel differs.');
  for (const d of report.differences) out.push(...differenceLines(d, report));
  return out.join('\n');
}

const sideText = (s: ChannelDifference['before']) => `${s.open ? 'open' : 'closed'}${s.open ? `, ${s.days} days` : ''}: ${s.reason}`;

function differenceLines(d: ChannelDifference, report: VariantReport): string[] {
  const lines = [`  ${d.channel}:`, `    before: ${sideText(d.before)}`, `    after:  ${sideText(d.after)}`];
  for (const id of d.because) {
    const e = report.entries[id];
    lines.push(`    because of ${id}: ${e ? `${e.title ? `${e.title}. ` : ''}Source: ${e.source}` : 'not in either world'}`);
  }
  return lines;
}
