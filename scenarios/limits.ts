/**
 * How large a scenario file may be. Every scenario, from the CLI or the server, is read by the same
 * loader (load.ts), which refuses a file past one of these with an error placed where the limit is
 * passed. They bound what one file costs: the whole load is linear in the file, and these keep the
 * worst file the loader accepts (or refuses) to tens of milliseconds, so that a file posted to the
 * server does not hold up the other sessions. `npx tsx bench/parse-cost.ts` prints both what the
 * worst files cost and the figures quoted below.
 *
 * The figures sit far above anything an author writes. Over the 73 scenario files in scenarios/ and
 * test/, the largest is 5,573 bytes, 664 tokens and 172 nodes; none is nested deeper than 6 levels;
 * none uses an alias. The whole built-in world written out as one file (`extends: none` and every
 * jurisdiction, provider, rule and instrument) would be 79,671 bytes, 12,483 tokens and 3,121 nodes.
 * The deepest field of the format is at level 7, the top-level mapping being level 1
 * (`world.instruments[0].notify.data[0]`).
 *
 * What sets them is the YAML parser: about 1 to 3 µs of CPU per token and 10 per node on this
 * project's 2-core machine, so the token and node limits are as low as the figures above allow.
 */

/** Bytes of UTF-8: 36 times the largest scenario. Text is cheap to read; this bounds the body. */
export const MAX_SCENARIO_BYTES = 200_000;

/**
 * What the YAML parser reads one at a time: each scalar, punctuation mark, indentation, comment and
 * line break. 30 times the largest scenario; the whole built-in world would fit.
 */
export const MAX_TOKENS = 20_000;

/**
 * Scalars, mappings and lists, keys included, counting again what each alias repeats (that is what
 * the schema check walks). 29 times the largest scenario; the whole built-in world would fit.
 */
export const MAX_NODES = 5_000;

/**
 * `*name` references to an `&name` anchor. No scenario uses one; a few hundred is enough to share a
 * list of categories or parties across a large world. What an alias repeats counts in MAX_NODES; this
 * limit stops an alias bomb (thousands of aliases in a few kilobytes) at once, and says what it is.
 */
export const MAX_ALIASES = 500;

/** Levels of nesting, the top-level mapping being level 1: nine times what the format uses. */
export const MAX_DEPTH = 64;

/** Errors listed for one file; past it, a last entry says how many more there are. */
export const MAX_ERRORS_LISTED = 100;

/** Each limit by the name the loader's result (`exceeded`), the server and the docs use. */
export const SCENARIO_LIMITS = {
  bytes: MAX_SCENARIO_BYTES,
  tokens: MAX_TOKENS,
  nodes: MAX_NODES,
  aliases: MAX_ALIASES,
  depth: MAX_DEPTH,
} as const;

export type ScenarioLimit = keyof typeof SCENARIO_LIMITS;
