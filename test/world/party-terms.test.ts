import { describe, expect, it } from 'vitest';
import { BUILTIN_WORLD, PENDING_INSTRUMENTS } from '../../machines/world/builtin/index.ts';
import { OFFENCE_TREATIES } from '../../machines/world/builtin/multilateral/un.ts';
import { OFFENCE_CATEGORIES, type Instrument, type IsoDate } from '../../machines/world/types.ts';

const jurisdictionIds = new Set(BUILTIN_WORLD.jurisdictions.map((j) => j.id));
const ALL: Instrument[] = [...BUILTIN_WORLD.instruments, ...OFFENCE_TREATIES, ...PENDING_INSTRUMENTS];
const byId = (id: string): Instrument => {
  const found = ALL.find((i) => i.id === id);
  if (!found) throw new Error(`no instrument ${id}`);
  return found;
};

function isRealDate(s: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(s)) return false;
  return new Date(`${s}T00:00:00Z`).toISOString().slice(0, 10) === s;
}

function addDays(date: IsoDate, days: number): IsoDate {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

const later = (a: IsoDate, b: IsoDate): IsoDate => (a > b ? a : b);

/** Council of Europe rule (ETS 185 arts. 36(4), 37(2)): first day of the month after three months from the deposit. */
function coeRule(deposit: IsoDate): IsoDate {
  const [y = 0, m = 0] = deposit.split('-').map(Number);
  const month = m + 4; // the deposit month, three months, then the following month
  const year = y + Math.floor((month - 1) / 12);
  // Never before the convention's own entry into force (art. 36(3)).
  return later(`${year}-${String(((month - 1) % 12) + 1).padStart(2, '0')}-01`, '2004-07-01');
}

/** How each instrument's own final clauses turn a deposit into a date of entry into force for that party. */
const RULES: Record<string, (deposit: IsoDate) => IsoDate> = {
  'BUDAPEST-ETS-185': coeRule,
  'UNTOC-ART-18': (d) => later(addDays(d, 30), '2003-09-29'), // art. 38
  'UNCAC-ART-46': (d) => later(addDays(d, 30), '2005-12-14'), // art. 68
  // art. 29: the first twenty (the twentieth deposited 13 Aug 1990) from 11 Nov 1990, then the 90th day after deposit
  'VIENNA-1988-ART-7': (d) => (d <= '1990-08-13' ? '1990-11-11' : addDays(d, 90)),
};

describe('per-party terms in the built-in data', () => {
  const withTerms = ALL.filter((i) => i.partyTerms);

  it('covers the multilateral instruments the issue names', () => {
    const ids = withTerms.map((i) => i.id);
    for (const id of ['BUDAPEST-ETS-185', 'EU-EIO-2014-41', 'BUDAPEST-2AP-ART7', 'UNTOC-ART-18', 'UNCAC-ART-46', 'VIENNA-1988-ART-7']) {
      expect(ids, id).toContain(id);
    }
  });

  it('names only shipped states, with real dates in order, and says where each date comes from or why it is missing', () => {
    const problems: string[] = [];
    for (const inst of withTerms) {
      for (const [party, t] of Object.entries(inst.partyTerms!)) {
        const at = `${inst.id}/${party}`;
        if (!jurisdictionIds.has(party)) problems.push(`${at}: not a shipped jurisdiction`);
        for (const k of ['signed', 'ratified', 'from', 'to'] as const) {
          const v = t[k];
          if (v !== undefined && !isRealDate(v)) problems.push(`${at}: ${k} "${v}" is not a date`);
        }
        if (t.ratified && t.from && t.ratified > t.from) problems.push(`${at}: ratified after from`);
        if (t.from && !t.source?.trim()) problems.push(`${at}: from without source`);
        if (!t.from && !t.uncertain?.trim()) problems.push(`${at}: no from and no uncertain note`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('lists every party of a dated instrument in its terms, so none is silently left on the general date', () => {
    for (const id of ['BUDAPEST-ETS-185', 'UNTOC-ART-18', 'UNCAC-ART-46', 'VIENNA-1988-ART-7']) {
      const inst = byId(id);
      expect(inst.parties.filter((p) => !(p in inst.partyTerms!)), id).toEqual([]);
    }
  });

  it('gives each party the date its treaty rule yields from the deposit, wherever both are recorded', () => {
    const mismatches: string[] = [];
    for (const [id, rule] of Object.entries(RULES)) {
      for (const [party, t] of Object.entries(byId(id).partyTerms!)) {
        if (t.ratified && t.from && rule(t.ratified) !== t.from) {
          mismatches.push(`${id}/${party}: deposit ${t.ratified} gives ${rule(t.ratified)}, data say ${t.from}`);
        }
      }
    }
    expect(mismatches).toEqual([]);
  });

  it('never dates a party before the instrument itself entered into force', () => {
    const early: string[] = [];
    for (const inst of withTerms) {
      const start = inst.inForce?.from;
      if (!start) continue;
      for (const [party, t] of Object.entries(inst.partyTerms!)) if (t.from && t.from < start) early.push(`${inst.id}/${party}`);
    }
    expect(early).toEqual([]);
  });
});

describe('offence-scoped UN conventions', () => {
  it('each serves one named offence category among shipped parties, in force from its own date', () => {
    for (const inst of OFFENCE_TREATIES) {
      expect(inst.offences?.length, inst.id).toBe(1);
      expect(OFFENCE_CATEGORIES).toContain(inst.offences![0]);
      expect(inst.kind, inst.id).toBe('mlat');
      expect(inst.parties.length, inst.id).toBeGreaterThanOrEqual(30);
      expect(inst.source, inst.id).toMatch(/treaties\.un\.org/);
      expect(inst.inForce?.from, inst.id).toBeDefined();
    }
    expect(OFFENCE_TREATIES.map((i) => i.offences![0]).sort()).toEqual(['corruption', 'drug-trafficking', 'organised-crime']);
  });

  it('leaves out a state whose consent to be bound was not confirmed (Iran and UNTOC)', () => {
    expect(byId('UNTOC-ART-18').parties).not.toContain('IR');
  });
});

describe('reservations', () => {
  it('are made by parties of their instrument and name the categories they remove', () => {
    for (const inst of ALL) {
      for (const r of inst.reservations ?? []) {
        expect(inst.parties, `${inst.id}: ${r.party}`).toContain(r.party);
        expect(r.source.trim(), inst.id).not.toBe('');
        for (const c of r.data ?? []) expect(inst.data, inst.id).toContain(c);
      }
    }
  });

  it("record Japan's reservation on art. 7 of the Second Additional Protocol", () => {
    const jp = byId('BUDAPEST-2AP-ART7').reservations?.find((r) => r.party === 'JP');
    expect(jp?.data).toEqual(['subscriber']);
  });
});
