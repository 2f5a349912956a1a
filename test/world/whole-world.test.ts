import { describe, expect, it } from 'vitest';
import { BUILTIN_WORLD, PENDING_INSTRUMENTS } from '../../machines/world/builtin/index.ts';
import { ANY_PARTY, REGIONS, type DurationProfile, type Instrument } from '../../machines/world/types.ts';

/**
 * The whole world (issue 12): every state, every party link dated or explicitly undated, every
 * figure sourced, every code real, no treaty twice.
 */

const { jurisdictions, providers, rules, instruments } = BUILTIN_WORLD;
const all = [...instruments, ...PENDING_INSTRUMENTS];
const ids = new Set(jurisdictions.map((j) => j.id));
// ICU's region names: a code it does not know has no name (fallback 'none').
const regionName = new Intl.DisplayNames(['en'], { type: 'region', fallback: 'none' });

/** A party's date is known, or the entry says it is not. */
const dateUnknown = (note: string | undefined) => /date unknown|not read|not found|not known|unknown/i.test(note ?? '');

function profiles(i: Instrument): [string, DurationProfile][] {
  return [[`${i.id}.days`, i.days], ...(i.pairDays ?? []).map((p) => [`${i.id}.pairDays ${p.from}->${p.to}`, p.days] as [string, DurationProfile])];
}

describe('the whole world', () => {
  it('holds every UN member state (193) plus Hong Kong and Macao, each in its M49 region', () => {
    expect(jurisdictions).toHaveLength(195);
    expect(['HK', 'MO'].every((id) => ids.has(id))).toBe(true);
    const byRegion = Object.fromEntries(REGIONS.map((r) => [r, jurisdictions.filter((j) => j.region === r).length]));
    // UN members by M49 region: Africa 54, Americas 35, Asia 47 (+ HK, MO), Europe 43, Oceania 14.
    expect(byRegion).toEqual({ africa: 54, americas: 35, asia: 49, europe: 43, oceania: 14 });
  });

  it('uses only real ISO 3166-1 alpha-2 codes', () => {
    const unreal = jurisdictions.map((j) => j.id).filter((id) => !/^[A-Z]{2}$/.test(id) || regionName.of(id) === undefined);
    expect(unreal).toEqual([]);
  });

  it('names only jurisdictions as parties, signatories, pairs and places', () => {
    const unknown: string[] = [];
    const check = (where: string, id: string) => { if (!ids.has(id)) unknown.push(`${where}: ${id}`); };
    for (const i of all) {
      i.parties.forEach((p) => check(`${i.id}.parties`, p));
      Object.keys(i.partyTerms ?? {}).forEach((p) => check(`${i.id}.partyTerms`, p));
      (i.pairDays ?? []).forEach((p) => { if (p.from !== ANY_PARTY) check(`${i.id}.pairDays`, p.from); check(`${i.id}.pairDays`, p.to); });
      (i.reservations ?? []).forEach((r) => check(`${i.id}.reservations`, r.party));
    }
    for (const r of rules) check(r.id, r.jurisdiction);
    for (const o of BUILTIN_WORLD.orders ?? []) check(o.id, o.jurisdiction);
    for (const p of providers) [p.home, ...(p.establishments ?? [])].forEach((s) => check(p.id, s));
    expect(unknown).toEqual([]);
  });

  it('dates every party of a multilateral instrument, or says the date is unknown', () => {
    const undated: string[] = [];
    for (const i of all.filter((x) => x.parties.length > 2)) {
      for (const party of i.parties) {
        const terms = i.partyTerms?.[party];
        if (!terms?.from && !dateUnknown(terms?.uncertain)) undated.push(`${i.id}: ${party}`);
      }
    }
    expect(undated).toEqual([]);
  });

  it('dates every bilateral instrument, or says the date is unknown', () => {
    const undated = all.filter((i) => i.parties.length === 2 && !i.inForce?.from && !dateUnknown(i.uncertain)).map((i) => i.id);
    expect(undated).toEqual([]);
  });

  it('starts every instrument whose entry into force is unknown no earlier than a known day, or says not even a year is known', () => {
    // Without either, a treaty signed in 2000 would carry a request of 1998 (the trial that found US-CN-MLAA-2000 doing so).
    const unbounded = all
      .filter((i) => !i.inForce?.from && !i.inForce?.notBefore && !/not even a year is known/i.test(i.uncertain ?? ''))
      .map((i) => i.id);
    expect(unbounded).toEqual([]);
    const late = all.filter((i) => i.inForce?.notBefore && i.inForce.to && i.inForce.notBefore > i.inForce.to).map((i) => i.id);
    expect(late).toEqual([]);
  });

  it('gives every rule, order, provider, instrument and duration a source, and every duration its basis', () => {
    const missing: string[] = [];
    for (const x of [...rules, ...(BUILTIN_WORLD.orders ?? []), ...providers, ...all]) if (!x.source?.trim()) missing.push(`${x.id}: source`);
    for (const i of all) {
      for (const [where, days] of profiles(i)) {
        if (!days.source?.trim()) missing.push(`${where}: source`);
        if (!days.basis) missing.push(`${where}: basis`);
      }
    }
    for (const p of providers) if (p.responseProfile && (!p.responseProfile.source || !p.responseProfile.basis)) missing.push(`${p.id}.responseProfile`);
    expect(missing).toEqual([]);
  });

  it('lists no treaty twice: no two bilateral instruments of one kind bind the same pair at the same time, no title twice', () => {
    const twice: string[] = [];
    const bilateral = all.filter((i) => i.parties.length === 2);
    for (const [n, a] of bilateral.entries()) {
      for (const b of bilateral.slice(n + 1)) {
        if (a.kind !== b.kind || [...a.parties].sort().join() !== [...b.parties].sort().join()) continue;
        const overlap = (a.inForce?.to ?? '9999') >= (b.inForce?.from ?? '0000') && (b.inForce?.to ?? '9999') >= (a.inForce?.from ?? '0000');
        if (overlap) twice.push(`${a.id} = ${b.id}`);
      }
    }
    const titles = new Map<string, string>();
    for (const i of all) {
      const key = (i.title ?? '').toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim();
      if (!key) continue;
      if (titles.has(key)) twice.push(`${titles.get(key)} = ${i.id} (same title)`);
      titles.set(key, i.id);
    }
    expect(twice).toEqual([]);
  });
});
