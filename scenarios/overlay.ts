import { z } from 'zod';
import type { Overlay } from '../machines/world/overlay.ts';
import type { Instrument, ProductionOrder, Rule, World } from '../machines/world/types.ts';
import { ANY_PARTY } from '../machines/world/types.ts';
import { duplicates, ids, partyReferences } from './check.ts';
import { formatError, pathToString, type ScenarioError } from './errors.ts';
import { problemsFromIssues, rememberAllowedFields, type AllowedFields } from './issues.ts';
import { MAX_ERRORS_LISTED } from './limits.ts';
import { Locator } from './positions.ts';
import { closest, cut, type Problem } from './problems.ts';
import { readYaml } from './read.ts';
import { A_SOURCE, sourceIdClashes } from './source-ids.ts';
import { EntryIdSchema, InstrumentFileSchema, OrderFileSchema, RuleFileSchema, TextSchema } from './schema.ts';

/**
 * A what-if overlay file (docs/what-if.md): the `Overlay` of machines/world/overlay.ts as YAML. Its
 * entries are a scenario's world entries, with the same fields and defaults, so that anything a
 * scenario can say about a treaty, a what-if can add.
 */
export const OverlayFileSchema = z
  .strictObject({
    title: TextSchema.optional(),
    add: z
      .strictObject({
        instruments: z.array(InstrumentFileSchema).optional(),
        rules: z.array(RuleFileSchema).optional(),
        orders: z.array(OrderFileSchema).optional(),
      })
      .optional(),
    drop: z.array(EntryIdSchema).optional(),
  })
  .meta({ title: 'Rogatory what-if overlay', description: 'Instruments, rules and orders added to the world, and ids dropped from it.' });

/** An overlay file that is not one: its errors, `file:line:column: path: message` like a scenario's. */
export class InvalidOverlay extends Error {
  constructor(readonly errors: ScenarioError[]) {
    super(errors.map(formatError).join('\n'));
  }
}

export interface OverlayCheck {
  /** Present exactly when `errors` is empty. */
  overlay?: Overlay;
  errors: ScenarioError[];
}

/**
 * Reads and checks an overlay: YAML and the scenario limits, then every field, then references.
 * `worlds` are where its ids may be found: a dropped id must be in one of them (the built-in world,
 * the scenario's own), and an added entry's states must be known to one of them.
 */
export function checkOverlay(text: string, file: string, worlds: readonly World[]): OverlayCheck {
  const read = readYaml(text);
  if (read.errors.length || !read.doc) return { errors: ordered(read.errors.map((e) => ({ file, ...e }))) };
  const locator = new Locator(read.doc, read.counter, read.targets);
  const place = (problems: Problem[]): ScenarioError[] =>
    ordered(problems.map((p) => ({ file, ...locator.locate(p.path, p.at), path: pathToString(p.path), message: p.message })));

  // An empty file is an empty what-if (it changes nothing), not an error.
  const value = read.value ?? {};
  const allowed: AllowedFields = new Map();
  const parsed = OverlayFileSchema.safeParse(value, { reportInput: true, error: rememberAllowedFields(allowed) });
  if (!parsed.success) return { errors: place(problemsFromIssues(parsed.error.issues, allowed)) };
  const data = parsed.data;

  const problems = references(data, worlds);
  if (problems.length) return { errors: place(problems) };
  const overlay: Overlay = {
    ...(data.title !== undefined && { title: data.title }),
    ...(data.add && {
      add: {
        ...(data.add.instruments && { instruments: data.add.instruments as Instrument[] }),
        ...(data.add.rules && { rules: data.add.rules as Rule[] }),
        ...(data.add.orders && { orders: data.add.orders as ProductionOrder[] }),
      },
    }),
    ...(data.drop && { drop: data.drop }),
  };
  return { overlay, errors: [] };
}

/** The overlay in `text`, or InvalidOverlay with every error placed in the file. */
export function parseOverlay(text: string, file: string, worlds: readonly World[]): Overlay {
  const { overlay, errors } = checkOverlay(text, file, worlds);
  if (!overlay) throw new InvalidOverlay(errors);
  return overlay;
}

type OverlayFile = z.output<typeof OverlayFileSchema>;

function references(data: OverlayFile, worlds: readonly World[]): Problem[] {
  const problems: Problem[] = [];
  const all = <T>(pick: (w: World) => readonly T[]) => worlds.flatMap(pick);
  const jurisdictions = ids([...new Set(all((w) => w.jurisdictions.map((j) => j.id)))]);
  const entries = ids([...new Set(all((w) => [...w.instruments, ...w.rules, ...(w.orders ?? [])].map((e) => e.id)))]);
  const jurisdiction = (path: PropertyKey[], id: string) => {
    if (!jurisdictions.has(id)) problems.push({ path, get message() { return unknown('jurisdiction', id, jurisdictions.list); } });
  };

  const add = data.add ?? {};
  for (const kind of ['instruments', 'rules', 'orders'] as const) problems.push(...duplicates(add[kind] ?? [], 'add', kind));
  for (const { kind, index, id, other } of sourceIdClashes(add, worlds, new Set(data.drop))) {
    problems.push({ path: ['add', kind, index, 'id'], message: `the id "${cut(id)}" is also ${A_SOURCE[other]}'s: a citation names one source by its id, so give this entry another` });
  }
  add.instruments?.forEach((inst, i) => {
    const at = ['add', 'instruments', i];
    inst.parties.forEach((party, k) => jurisdiction([...at, 'parties', k], party));
    if (inst.directionalExcludes !== undefined && inst.kind !== 'agreement') {
      problems.push({ path: [...at, 'directionalExcludes'], message: `directionalExcludes apply only to a data-access agreement (kind: agreement); ${inst.id} is of kind "${inst.kind}"` });
    }
    inst.directionalExcludes?.forEach((d, k) => {
      jurisdiction([...at, 'directionalExcludes', k, 'from'], d.from);
      d.subjectNationality?.forEach((s, m) => jurisdiction([...at, 'directionalExcludes', k, 'subjectNationality', m], s));
      d.subjectLocation?.forEach((s, m) => jurisdiction([...at, 'directionalExcludes', k, 'subjectLocation', m], s));
    });
    inst.pairDays?.forEach((pair, k) => {
      if (pair.from !== ANY_PARTY) jurisdiction([...at, 'pairDays', k, 'from'], pair.from);
      jurisdiction([...at, 'pairDays', k, 'to'], pair.to);
    });
    problems.push(...partyReferences(inst as Instrument, at, jurisdictions));
  });
  add.rules?.forEach((r, i) => jurisdiction(['add', 'rules', i, 'jurisdiction'], r.jurisdiction));
  add.orders?.forEach((o, i) => jurisdiction(['add', 'orders', i, 'jurisdiction'], o.jurisdiction));

  const dropped = new Set<string>();
  data.drop?.forEach((id, i) => {
    if (dropped.has(id)) problems.push({ path: ['drop', i], message: `"${cut(id)}" is dropped twice` });
    dropped.add(id);
    if (!entries.has(id)) problems.push({ path: ['drop', i], get message() { return `${unknown('instrument, rule or order', id, entries.list)}: only an entry of the built-in world or the scenario's world can be dropped`; } });
  });
  return problems;
}

function unknown(what: string, id: string, known: readonly string[]): string {
  const guess = closest(id, known);
  return guess ? `unknown ${what} "${cut(id)}" (did you mean "${guess}"?)` : `unknown ${what} "${cut(id)}"`;
}

/** In file order, at most MAX_ERRORS_LISTED (an overlay with more has bigger problems than the list shows). */
function ordered(errors: ScenarioError[]): ScenarioError[] {
  return errors.sort((a, b) => a.line - b.line || a.column - b.column).slice(0, MAX_ERRORS_LISTED);
}
