import { ANY_PARTY, EVERYWHERE, UNKNOWN_LOCATION, type Instrument, type World } from '../machines/world/types.ts';
import { closest, cut, type Problem } from './problems.ts';
import type { ScenarioFile } from './schema.ts';
import { regimeRules } from '../machines/world/regimes.ts';
import { resolveRegime } from './build.ts';
import { A_SOURCE, SOURCE_NAME, sourceIdClashes } from './source-ids.ts';

/**
 * Checks that need more than one field: ids the file defines twice, and every id the file refers to
 * resolved in the merged world (so a file may refer to built-in entries). Built-in entries are
 * trusted and not checked here.
 */
export function checkReferences(file: ScenarioFile, world: World): Problem[] {
  const problems: Problem[] = [];
  const jurisdictions = ids(world.jurisdictions.map((j) => j.id));
  const refer = (path: PropertyKey[], id: string | undefined, what: string, known: Ids) => {
    if (id === undefined || known.has(id)) return;
    // The suggestion is worked out only for the errors that are listed: a file may have thousands.
    problems.push({ path, get message() { return unknownId(what, id, known.list); } });
  };
  const jurisdiction = (path: PropertyKey[], id: string | undefined) => refer(path, id, 'jurisdiction', jurisdictions);
  // A figure said to be published or statutory must say where it comes from.
  const unsourced = (path: PropertyKey[], days: { basis?: string; source?: string } | undefined) => {
    if (days?.basis !== undefined && days.basis !== 'default' && !days.source?.trim()) {
      problems.push({ path: [...path, 'source'], message: `a ${days.basis} figure needs its source: name the report, law or article it comes from` });
    }
  };

  for (const kind of ['jurisdictions', 'providers', 'rules', 'instruments', 'orders'] as const) {
    problems.push(...duplicates(file.world[kind] ?? [], 'world', kind));
  }
  for (const { kind, index, id, other } of sourceIdClashes(file.world, [world])) {
    problems.push({ path: ['world', kind, index, 'id'], message: `the id "${cut(id)}" is also ${A_SOURCE[other]}'s: a citation names one source by its id, so give this ${SOURCE_NAME[kind]} another` });
  }
  file.world.jurisdictions.forEach((j, i) => {
    // Rates are what a sampled run draws an unknown answer from: beside a known answer nothing reads them.
    if (j.consultation.rates !== undefined && j.consultation.answer !== 'unknown') {
      problems.push({ path: ['world', 'jurisdictions', i, 'consultation', 'rates'], message: `rates apply only to an unknown answer (answer: unknown); ${j.id}'s answer is "${j.consultation.answer}", which every run uses` });
    }
    if (j.id === UNKNOWN_LOCATION) {
      problems.push({ path: ['world', 'jurisdictions', i, 'id'], message: `"${UNKNOWN_LOCATION}" is reserved: in storesIn it means the data's location cannot be established` });
    }
  });
  file.world.providers.forEach((p, i) => {
    jurisdiction(['world', 'providers', i, 'home'], p.home);
    p.storesIn.forEach((place, k) => {
      if (place !== UNKNOWN_LOCATION) jurisdiction(['world', 'providers', i, 'storesIn', k], place);
    });
    p.practice?.forEach((entry, k) => entry.from.forEach((state, m) => jurisdiction(['world', 'providers', i, 'practice', k, 'from', m], state)));
    p.establishments?.forEach((place, k) => jurisdiction(['world', 'providers', i, 'establishments', k], place));
    p.offersServicesIn?.forEach((place, k) => {
      if (place !== EVERYWHERE) jurisdiction(['world', 'providers', i, 'offersServicesIn', k], place);
    });
  });
  file.world.jurisdictions.forEach((j, i) => jurisdiction(['world', 'jurisdictions', i, 'partOf'], j.partOf));
  file.world.providers.forEach((p, i) => unsourced(['world', 'providers', i, 'responseProfile'], p.responseProfile));
  file.world.orders?.forEach((o, i) => jurisdiction(['world', 'orders', i, 'jurisdiction'], o.jurisdiction));
  file.world.rules.forEach((r, i) => jurisdiction(['world', 'rules', i, 'jurisdiction'], r.jurisdiction));
  file.world.instruments.forEach((inst, i) => {
    inst.parties.forEach((party, k) => jurisdiction(['world', 'instruments', i, 'parties', k], party));
    // Only a data-access agreement carries who may be targeted; on another kind they would be ignored.
    if (inst.directionalExcludes !== undefined && inst.kind !== 'agreement') {
      problems.push({ path: ['world', 'instruments', i, 'directionalExcludes'], message: `directionalExcludes apply only to a data-access agreement (kind: agreement); ${inst.id} is of kind "${inst.kind}"` });
    }
    inst.directionalExcludes?.forEach((d, k) => {
      const at = ['world', 'instruments', i, 'directionalExcludes', k];
      jurisdiction([...at, 'from'], d.from);
      d.subjectNationality?.forEach((state, m) => jurisdiction([...at, 'subjectNationality', m], state));
      d.subjectLocation?.forEach((state, m) => jurisdiction([...at, 'subjectLocation', m], state));
    });
    inst.pairDays?.forEach((pair, k) => {
      const at = ['world', 'instruments', i, 'pairDays', k];
      if (pair.from !== ANY_PARTY) jurisdiction([...at, 'from'], pair.from);
      jurisdiction([...at, 'to'], pair.to);
      // A figure for a direction the instrument cannot carry would never be used: say so rather than ignore it.
      for (const end of ['from', 'to'] as const) {
        if (pair[end] !== ANY_PARTY && !inst.parties.includes(pair[end])) problems.push({ path: [...at, end], message: `${pair[end]} is not a party to ${inst.id} (parties: ${inst.parties.join(', ')}): no request under it runs ${end === 'from' ? 'from' : 'to'} there` });
      }
      if (pair.from === pair.to) problems.push({ path: [...at, 'to'], message: `from and to are both ${pair.from}: a pair runs between two different parties` });
      unsourced([...at, 'days'], pair.days);
    });
    unsourced(['world', 'instruments', i, 'days'], inst.days);
    problems.push(...partyReferences(inst, ['world', 'instruments', i], jurisdictions));
  });

  const { request } = file;
  jurisdiction(['request', 'from'], request.from);
  refer(['request', 'provider'], request.provider, 'provider', ids(world.providers.map((p) => p.id)));
  jurisdiction(['request', 'subject', 'nationality'], request.subject.nationality);
  jurisdiction(['request', 'subject', 'location'], request.subject.location);

  const answers = new Map(world.jurisdictions.map((j) => [j.id, j.consultation.answer]));
  file.script.forEach((step, i) => {
    if (step.event !== 'THIRD_COUNTRY_ANSWERS') return;
    jurisdiction(['script', i, 'country'], step.country);
    // An unknown answer is settled as consent or objection; a script cannot be sure its step comes
    // before the state's days are over, where silence would still be an answer.
    if (step.answer === 'silent' && answers.get(step.country) === 'unknown') {
      problems.push({ path: ['script', i, 'answer'], message: `${cut(step.country)}'s answer is unknown: a script decides it as consent or object, not silent` });
    }
  });

  // Rules the scenario's regime adds (the location principle's consent) can be cited like any other.
  const added = regimeRules(resolveRegime(file.regime), world, request);
  const citable = ids([
    ...world.rules.map((r) => r.id), ...added.map((r) => r.id), ...world.instruments.map((inst) => inst.id), ...(world.orders ?? []).map((o) => o.id),
  ]);
  file.expect?.cites?.forEach((id, i) => refer(['expect', 'cites', i], id, 'rule, instrument or order', citable));
  return problems;
}

/**
 * Per-party terms and reservations name jurisdictions. A state in partyTerms but not in parties
 * signed without being bound, so dates that would bind it (from, to) would never be read; a
 * reservation is made by a party.
 */
export function partyReferences(inst: Pick<Instrument, 'parties' | 'partyTerms' | 'reservations'>, at: PropertyKey[], known: Ids): Problem[] {
  const problems: Problem[] = [];
  const parties = new Set(inst.parties);
  for (const [party, terms] of Object.entries(inst.partyTerms ?? {})) {
    const path = [...at, 'partyTerms', party];
    if (!known.has(party)) problems.push({ path, get message() { return `partyTerms: ${unknownId('jurisdiction', party, known.list)}`; } });
    else if (!parties.has(party) && (terms.from !== undefined || terms.to !== undefined)) {
      problems.push({ path, message: `partyTerms: "${cut(party)}" has dates it is bound on but is not in parties: list it in parties, or leave out from and to if it signed without being bound` });
    }
  }
  (inst.reservations ?? []).forEach((r, k) => {
    const path = [...at, 'reservations', k, 'party'];
    if (!known.has(r.party)) problems.push({ path, get message() { return `reservations: ${unknownId('jurisdiction', r.party, known.list)}`; } });
    else if (!parties.has(r.party)) problems.push({ path, message: `reservations: "${cut(r.party)}" is not in the instrument's parties; only a party makes a reservation` });
  });
  return problems;
}

/** Known ids as a list (for messages) and a set (to look each reference up in constant time). */
export interface Ids {
  list: readonly string[];
  has(id: string): boolean;
}

export function ids(list: readonly string[]): Ids {
  const set = new Set(list);
  return { list, has: (id) => set.has(id) };
}

/** Each id given a second time in one list, `under` naming the list's place: `world` in a scenario, `add` in a what-if. */
export function duplicates(entries: readonly { id: string }[], under: 'world' | 'add', kind: string): Problem[] {
  const first = new Map<string, number>();
  const problems: Problem[] = [];
  entries.forEach((entry, i) => {
    const earlier = first.get(entry.id);
    if (earlier === undefined) first.set(entry.id, i);
    else problems.push({ path: [under, kind, i, 'id'], message: `duplicate id "${cut(entry.id)}": already used by ${under}.${kind}[${earlier}]` });
  });
  return problems;
}

function unknownId(what: string, id: string, known: readonly string[]): string {
  const guess = closest(id, known);
  if (guess) return `unknown ${what} "${cut(id)}" (did you mean "${guess}"?)`;
  if (known.length === 0) return `unknown ${what} "${cut(id)}": the world has none`;
  if (known.length <= 12) return `unknown ${what} "${cut(id)}"; known: ${known.map(cut).join(', ')}`;
  return `unknown ${what} "${cut(id)}"`;
}

/**
 * A join names an instrument and a state that exist (in the built-in world or the file's own), adds
 * a state that is not already a party, and leaves a bilateral agreement with two parties. Checked
 * against the instruments as defined, before any join: the resolved world already has the party.
 */
export function checkJoins(file: ScenarioFile, builtin: World): Problem[] {
  const joins = file.world.joins ?? [];
  if (joins.length === 0) return [];
  const base = file.world.extends === 'builtin' ? builtin : { jurisdictions: [], instruments: [] as Instrument[] };
  const defined = new Map<string, Instrument>([...base.instruments, ...file.world.instruments].map((i) => [i.id, i]));
  const instruments = ids([...defined.keys()]);
  const jurisdictions = ids([...new Set([...base.jurisdictions, ...file.world.jurisdictions].map((j) => j.id))]);
  const problems: Problem[] = [];
  const seen = new Map<string, number>();
  joins.forEach((join, i) => {
    const path = ['world', 'joins', i];
    const instrument = defined.get(join.instrument);
    if (!instrument) problems.push({ path: [...path, 'instrument'], get message() { return unknownId('instrument', join.instrument, instruments.list); } });
    if (!jurisdictions.has(join.party)) problems.push({ path: [...path, 'party'], get message() { return unknownId('jurisdiction', join.party, jurisdictions.list); } });
    const key = `${join.instrument} ${join.party}`;
    if (seen.has(key)) problems.push({ path, message: `${join.party} joins ${join.instrument} twice (first at world.joins[${seen.get(key)}]): keep one entry` });
    seen.set(key, i);
    if (!instrument) return;
    if (instrument.parties.includes(join.party)) {
      problems.push({ path: [...path, 'party'], message: `${join.party} is already a party to ${join.instrument}: to give it other dates, override the instrument's partyTerms instead` });
    } else if (instrument.kind === 'agreement') {
      problems.push({ path: [...path, 'instrument'], message: `${join.instrument} is a data-access agreement, which is bilateral: a third state cannot join it; write a new agreement instead` });
    }
  });
  return problems;
}
