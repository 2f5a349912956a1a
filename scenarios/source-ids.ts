/**
 * Rules, instruments and orders are cited by id alone (a verdict's cites, a comparison's sources,
 * the differences between two worlds), so one id names one of them. Scenario files
 * (scenarios/check.ts) and what-ifs (scenarios/overlay.ts) both refuse an entry that breaks this.
 */
export const SOURCE_KINDS = ['rules', 'instruments', 'orders'] as const;
export type SourceKind = (typeof SOURCE_KINDS)[number];
export const SOURCE_NAME = { rules: 'rule', instruments: 'instrument', orders: 'order' } as const;
export const A_SOURCE = { rules: 'a rule', instruments: 'an instrument', orders: 'an order' } as const;

type Sources = Partial<Record<SourceKind, readonly { id: string }[]>>;

/** An entry of `added` whose id is also an entry's of another kind. */
export interface SourceIdClash {
  kind: SourceKind;
  index: number;
  id: string;
  other: SourceKind;
}

/**
 * The entries of `added` whose id is also that of an entry of another kind, in `added` itself or
 * in `known` (leaving out the ids in `dropped`, which a what-if takes out of those worlds).
 */
export function sourceIdClashes(added: Sources, known: readonly Sources[], dropped: ReadonlySet<string> = new Set()): SourceIdClash[] {
  const kindsOf = new Map<string, Set<SourceKind>>();
  const note = (id: string, kind: SourceKind) => kindsOf.set(id, (kindsOf.get(id) ?? new Set()).add(kind));
  for (const sources of known) for (const kind of SOURCE_KINDS) for (const e of sources[kind] ?? []) if (!dropped.has(e.id)) note(e.id, kind);
  for (const kind of SOURCE_KINDS) for (const e of added[kind] ?? []) note(e.id, kind);
  const clashes: SourceIdClash[] = [];
  for (const kind of SOURCE_KINDS) {
    (added[kind] ?? []).forEach((e, index) => {
      const other = [...kindsOf.get(e.id)!].find((k) => k !== kind);
      if (other !== undefined) clashes.push({ kind, index, id: e.id, other });
    });
  }
  return clashes;
}
