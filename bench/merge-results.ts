import type { Measured } from './readme-table.ts';

/**
 * This run's parts over the previous bench/results.json's: a part not run (null in `fresh`) keeps
 * its figures and when they were measured, so `npm run bench -- engine` does not erase the fan-out.
 * A file written before parts were dated gives each of its parts the file's one date.
 */
export function mergeResults(
  previous: Record<string, unknown>,
  fresh: Record<string, unknown>,
  parts: readonly string[],
  stamp: Measured,
): Record<string, unknown> {
  const before = (previous.measured ?? {}) as Record<string, Measured>;
  const out: Record<string, unknown> = { ...fresh };
  const measured: Record<string, Measured> = {};
  for (const part of parts) {
    if (fresh[part] !== null && fresh[part] !== undefined) {
      measured[part] = stamp;
    } else if (previous[part] !== null && previous[part] !== undefined) {
      out[part] = previous[part];
      measured[part] = before[part] ?? {
        at: String(previous.measuredAt), quick: previous.quick === true, node: String((previous.machine as { node?: string } | undefined)?.node),
      };
    }
  }
  out.measured = measured;
  return out;
}
