import { describe, expect, it } from 'vitest';
import { BUILTIN_AS_OF, BUILTIN_WORLD, PENDING_INSTRUMENTS, SEED_STATES } from '../../machines/world/builtin/index.ts';
import {
  CATEGORIES,
  CHANNELS,
  CONNECTIONS,
  EXCLUSIONS,
  INSTRUMENT_KINDS,
  RULE_KINDS,
  UNKNOWN_LOCATION,
  type InForce,
  type Instrument,
} from '../../machines/world/types.ts';

const { jurisdictions, providers, rules, instruments } = BUILTIN_WORLD;
const jurisdictionIds = new Set(jurisdictions.map((j) => j.id));
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

function duplicates(ids: string[]): string[] {
  return ids.filter((id, i) => ids.indexOf(id) !== i);
}

function isRealDate(s: string): boolean {
  if (!ISO_DATE.test(s)) return false;
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
}

function inForceProblems(id: string, inForce: InForce | undefined, uncertain: string | undefined): string[] {
  if (!inForce) return [`${id}: no inForce`];
  const problems: string[] = [];
  for (const end of ['from', 'to'] as const) {
    const v = inForce[end];
    if (v !== undefined && !isRealDate(v)) problems.push(`${id}: inForce.${end} "${v}" is not a YYYY-MM-DD date`);
  }
  if (inForce.from && inForce.to && inForce.from > inForce.to) problems.push(`${id}: inForce.from after inForce.to`);
  // An open start is allowed only when the entry says why (the date could not be verified).
  if (!inForce.from && !uncertain?.trim()) problems.push(`${id}: inForce has no from and no uncertain note`);
  return problems;
}

function instrumentProblems(inst: Instrument): string[] {
  const p: string[] = [];
  if (!inst.source?.trim()) p.push(`${inst.id}: no source`);
  p.push(...inForceProblems(inst.id, inst.inForce, inst.uncertain));
  if (!INSTRUMENT_KINDS.includes(inst.kind)) p.push(`${inst.id}: unknown kind ${inst.kind}`);
  if (inst.parties.length < 2) p.push(`${inst.id}: fewer than 2 parties`);
  if (duplicates(inst.parties).length) p.push(`${inst.id}: duplicated parties`);
  for (const party of inst.parties) if (!jurisdictionIds.has(party)) p.push(`${inst.id}: unknown party ${party}`);
  if (inst.data.length === 0) p.push(`${inst.id}: no data categories`);
  for (const c of inst.data) if (!CATEGORIES.includes(c)) p.push(`${inst.id}: unknown category ${c}`);
  for (const x of inst.excludes) if (!EXCLUSIONS.includes(x)) p.push(`${inst.id}: unknown exclusion ${x}`);
  const { median, p90, emergency, source } = inst.days;
  if (!(median > 0 && p90 >= median)) p.push(`${inst.id}: days need 0 < median <= p90`);
  if (emergency !== undefined && !(emergency > 0 && emergency <= median)) p.push(`${inst.id}: bad emergency days`);
  if (!source?.trim()) p.push(`${inst.id}: days.source missing`);
  return p;
}

describe('builtin world', () => {
  it('has at least 35 jurisdictions, including the seed states and the named partners', () => {
    expect(jurisdictions.length).toBeGreaterThanOrEqual(35);
    const required = [
      ...SEED_STATES,
      ...['US', 'GB', 'IE', 'FR', 'DE', 'NL', 'BE', 'LU', 'CH', 'AU', 'CA', 'JP', 'BR'],
    ];
    expect(required.filter((id) => !jurisdictionIds.has(id))).toEqual([]);
  });

  it('identifies jurisdictions by ISO 3166 alpha-2 code, each answering a consultation as unknown (no source says)', () => {
    for (const j of jurisdictions) {
      expect(j.id, j.id).toMatch(/^[A-Z]{2}$/);
      expect(j.name.trim(), j.id).not.toBe('');
      expect(j.consultation, j.id).toEqual({ answer: 'unknown', days: 30 });
    }
  });

  it('has no duplicated ids', () => {
    expect(duplicates(jurisdictions.map((j) => j.id))).toEqual([]);
    expect(duplicates(providers.map((p) => p.id))).toEqual([]);
    // Rules and instruments share one namespace: both appear in `cites`.
    expect(duplicates([...rules, ...instruments, ...PENDING_INSTRUMENTS].map((x) => x.id))).toEqual([]);
  });

  it('gives every rule a source, inForce and valid fields, with known jurisdictions', () => {
    const problems: string[] = [];
    for (const r of rules) {
      if (!r.source?.trim()) problems.push(`${r.id}: no source`);
      problems.push(...inForceProblems(r.id, r.inForce, r.uncertain));
      if (!RULE_KINDS.includes(r.kind)) problems.push(`${r.id}: unknown kind`);
      if (!jurisdictionIds.has(r.jurisdiction)) problems.push(`${r.id}: unknown jurisdiction ${r.jurisdiction}`);
      if (r.data.length === 0) problems.push(`${r.id}: no data categories`);
      for (const c of r.data) if (!CATEGORIES.includes(c)) problems.push(`${r.id}: unknown category ${c}`);
      if (r.connection.length === 0) problems.push(`${r.id}: no connection`);
      for (const c of r.connection) if (!CONNECTIONS.includes(c)) problems.push(`${r.id}: unknown connection ${c}`);
      for (const c of r.except) if (!CHANNELS.includes(c)) problems.push(`${r.id}: unknown channel ${c}`);
    }
    expect(problems).toEqual([]);
  });

  it('gives every instrument a source, inForce, at least 2 known parties and a sourced duration', () => {
    expect(instruments.flatMap(instrumentProblems)).toEqual([]);
  });

  it('keeps pending instruments sourced and out of the live world', () => {
    expect(PENDING_INSTRUMENTS.flatMap(instrumentProblems)).toEqual([]);
    const live = new Set(instruments.map((i) => i.id));
    for (const p of PENDING_INSTRUMENTS) {
      expect(live.has(p.id), p.id).toBe(false);
      expect(p.uncertain ?? '', p.id).toMatch(/NOT IN FORCE/);
    }
  });

  it('references only known jurisdictions from providers', () => {
    const problems: string[] = [];
    for (const p of providers) {
      if (!jurisdictionIds.has(p.home)) problems.push(`${p.id}: unknown home ${p.home}`);
      if (p.storesIn.length === 0) problems.push(`${p.id}: storesIn empty`);
      for (const s of p.storesIn) {
        if (s !== UNKNOWN_LOCATION && !jurisdictionIds.has(s)) problems.push(`${p.id}: unknown location ${s}`);
      }
      for (const c of p.answersDirect) if (!CATEGORIES.includes(c)) problems.push(`${p.id}: unknown category ${c}`);
      if (!p.source?.trim()) problems.push(`${p.id}: no source`);
    }
    expect(problems).toEqual([]);
  });

  it('has no rule or instrument starting after the as-of date', () => {
    // Entries may start in the future only if listed here on purpose.
    const future = [...rules, ...instruments]
      .filter((x) => x.inForce?.from && x.inForce.from > BUILTIN_AS_OF)
      .map((x) => x.id);
    expect(future).toEqual([]);
  });
});
