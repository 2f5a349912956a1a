import { BUILTIN_AS_OF, BUILTIN_WORLD, PENDING_INSTRUMENTS } from '../machines/world/builtin/index.ts';
import { FAMILIES, type TreatyFamily } from '../machines/world/builtin/instruments.ts';
import { LAWS_NOT_MODELLED } from '../machines/world/builtin/laws-not-modelled.ts';
import { OFFENCE_TREATIES } from '../machines/world/builtin/multilateral/un.ts';
import { worldOn } from '../machines/world/in-force.ts';
import { DURATION_BASES, REGIONS, type DurationProfile, type Instrument, type Jurisdiction, type Region } from '../machines/world/types.ts';

/**
 * docs/world.md, written from the built-in data (issue 12): counts, coverage by region and by treaty
 * family, durations by basis, what is uncertain, the as-of date, and how to correct an entry. Pure:
 * the same data always give the same page (`npm run world:doc` writes it; a test checks it is current).
 */

const { jurisdictions, providers, rules, instruments } = BUILTIN_WORLD;
const orders = BUILTIN_WORLD.orders ?? [];
const ALL_FAMILIES: TreatyFamily[] = [
  { name: 'United Nations (offence-scoped)', file: 'multilateral/un.ts', instruments: OFFENCE_TREATIES },
  ...FAMILIES,
];
const REGION_NAMES: Record<Region, string> = { africa: 'Africa', americas: 'Americas', asia: 'Asia', europe: 'Europe', oceania: 'Oceania' };
const nameOf = new Map(jurisdictions.map((j) => [j.id, j.name]));

const cell = (s: string) => s.replace(/\|/g, '\\|').replace(/\n/g, ' ');
const pct = (n: number, of: number) => (of === 0 ? '—' : `${Math.round((100 * n) / of)} %`);
const table = (head: string[], rows: string[][]) =>
  [`| ${head.join(' | ')} |`, `|${head.map(() => '---').join('|')}|`, ...rows.map((r) => `| ${r.map(cell).join(' | ')} |`)].join('\n');

const dated = (i: Instrument, party: string) => (i.parties.length === 2 ? Boolean(i.inForce?.from) : Boolean(i.partyTerms?.[party]?.from));

/** Ordered pairs of distinct states that some instrument in force, serving every offence, binds on the date. */
function linkedPairs(date: string): Set<string> {
  const pairs = new Set<string>();
  // The engine's own reading of the date: each instrument keeps the parties bound that day.
  for (const i of worldOn(BUILTIN_WORLD, date).instruments) {
    if (i.offences || i.kind === 'direct-cooperation') continue;
    for (const a of i.parties) for (const b of i.parties) if (a !== b) pairs.add(`${a}>${b}`);
  }
  return pairs;
}

function counts(): string {
  const multilateral = instruments.filter((i) => i.parties.length > 2);
  const links = instruments.reduce((n, i) => n + i.parties.length, 0);
  const datedLinks = instruments.reduce((n, i) => n + i.parties.filter((p) => dated(i, p)).length, 0);
  return [
    `- **As of:** ${BUILTIN_AS_OF} (\`BUILTIN_AS_OF\`). Ratifications, entries into force and negotiations after that date are not in the data.`,
    `- **Jurisdictions:** ${jurisdictions.length} (every UN member state, plus Hong Kong and Macao).`,
    `- **Instruments in force or dated:** ${instruments.length} (${multilateral.length} multilateral, ${instruments.length - multilateral.length} bilateral; ` +
      `${instruments.filter((i) => i.kind === 'mlat').length} mutual legal assistance, ${instruments.filter((i) => i.kind === 'agreement').length} data-access agreements, ` +
      `${instruments.filter((i) => i.kind === 'direct-cooperation').length} direct cooperation), plus ${PENDING_INSTRUMENTS.length} signed or negotiated but not in force (kept outside the world).`,
    `- **Party links:** ${links}, of which ${datedLinks} (${pct(datedLinks, links)}) carry the date the instrument binds that party; the others say the date is unknown.`,
    `- **Rules:** ${rules.length} (${['blocking', 'consent-required', 'recognition'].map((k) => `${rules.filter((r) => r.kind === k).length} ${k}`).join(', ')}); **production orders:** ${orders.length}; **providers:** ${providers.length}.`,
  ].join('\n');
}

function regions(): string {
  const pairs = linkedPairs(BUILTIN_AS_OF);
  const rows = REGIONS.map((region) => {
    const states = jurisdictions.filter((j) => j.region === region);
    const ids = states.map((j) => j.id);
    const withAny = ids.filter((id) => instruments.some((i) => i.parties.includes(id) && !i.offences)).length;
    const inside = ids.flatMap((a) => ids.filter((b) => b !== a).map((b) => `${a}>${b}`));
    const out = ids.flatMap((a) => jurisdictions.filter((j) => j.id !== a).map((j) => `${a}>${j.id}`));
    return [REGION_NAMES[region], String(states.length), `${withAny} (${pct(withAny, states.length)})`,
      pct(inside.filter((p) => pairs.has(p)).length, inside.length), pct(out.filter((p) => pairs.has(p)).length, out.length)];
  });
  return [
    'A pair is *linked* when an instrument in force on the as-of date binds both states for every offence (mutual legal',
    'assistance or a data-access agreement). The UN conventions are left out of this count because they serve only',
    'requests about their own offences; with them, most pairs of states are linked for organised crime, corruption and',
    'drug trafficking.',
    '',
    table(['Region (UN M49)', 'States', 'Party to an instrument for every offence', 'Pairs linked within the region', 'Pairs linked with any state'], rows),
  ].join('\n');
}

function families(): string {
  const rows = ALL_FAMILIES.map((f) => {
    const links = f.instruments.reduce((n, i) => n + i.parties.length, 0);
    const datedLinks = f.instruments.reduce((n, i) => n + i.parties.filter((p) => dated(i, p)).length, 0);
    return [f.name, `\`${f.file}\``, String(f.instruments.length), String(links), `${datedLinks} (${pct(datedLinks, links)})`];
  });
  return table(['Family', 'File (machines/world/builtin/)', 'Instruments', 'Party links', 'Dated'], rows);
}

function durations(): string {
  const profiles: [string, DurationProfile][] = instruments.flatMap((i) => [
    [i.id, i.days] as [string, DurationProfile],
    ...(i.pairDays ?? []).map((p) => [`${i.id} (${p.from === '*' ? 'any party' : p.from} → ${p.to})`, p.days] as [string, DurationProfile]),
  ]);
  for (const p of providers) if (p.responseProfile) profiles.push([`${p.id} (direct answers)`, p.responseProfile]);
  const own = instruments.map((i) => i.days);
  const pairs = instruments.flatMap((i) => i.pairDays ?? []);
  const single = providers.filter((p) => !p.responseProfile).length;
  const count = (list: DurationProfile[]) => DURATION_BASES.map((b) => `${list.filter((d) => d.basis === b).length} ${b}`).join(', ');
  const figures = new Set(profiles.filter(([, d]) => d.basis !== 'default').map(([, d]) => d.source ?? ''));
  const shown = profiles.filter(([, d]) => d.basis !== 'default');
  const seen = new Set<string>();
  const rows = shown.filter(([, d]) => !seen.has(d.source ?? '') && seen.add(d.source ?? '')).map(([id, d]) => [id, d.basis ?? '', `${d.median} / ${d.p90}`, d.source ?? '']);
  return [
    `Instruments' own durations: ${own.length} (${count(own)}); figures for one direction between two parties`,
    `(\`pairDays\`): ${pairs.length} (${count(pairs.map((p) => p.days))}); providers' direct answer times: ${providers.length} (${count(providers.flatMap((p) => (p.responseProfile ? [p.responseProfile] : [])))}${single ? `, ${single} a single figure` : ''}).`,
    `They rest on ${figures.size} distinct published or statutory figure(s), listed below; a \`default\` profile means nothing`,
    'was published for that channel and the scenario format\'s defaults stand in (300/540 days for mutual legal',
    'assistance, 30/60 for an agreement). `test/world/published-times.test.ts` samples every published profile and checks',
    'the engine\'s median against the figure (within 15 %); `test/world/statutory-times.test.ts` does the same for the',
    'statutory figures between two parties, and checks that the 90th percentile keeps to the deadline.',
    '',
    table(['Instrument or provider', 'Basis', 'Median / p90 (days)', 'Source'], rows),
  ].join('\n');
}

function jurisdictionRows(): string {
  const rows = jurisdictions.map((j: Jurisdiction) => {
    const own = instruments.filter((i) => i.parties.includes(j.id));
    const multilateral = own.filter((i) => i.parties.length > 2).map((i) => i.id);
    const bilateral = own.filter((i) => i.parties.length === 2).length;
    const orgs = (j.memberships ?? []).filter((m) => !instruments.some((i) => i.id === m));
    const itsRules = rules.filter((r) => r.jurisdiction === j.id && r.kind !== 'recognition').map((r) => r.id);
    return [j.id, j.name, REGION_NAMES[j.region as Region] ?? '', orgs.join(', ') || '—', multilateral.join(', ') || '—', String(bilateral), itsRules.join(', ') || '—'];
  });
  return table(['Code', 'State', 'Region', 'Organisations', 'Multilateral instruments', 'Bilateral', 'Blocking or consent rules'], rows);
}

function instrumentRows(list: Instrument[]): string {
  return table(['Id', 'Title', 'Kind', 'Parties (dated)', 'In force from', 'Days basis'], list.map((i) => [
    `\`${i.id}\``, i.title ?? '', i.kind, `${i.parties.length} (${i.parties.filter((p) => dated(i, p)).length})`,
    i.inForce?.from ?? (i.inForce?.notBefore ? `date unknown (not before ${i.inForce.notBefore})` : 'date unknown'), i.days.basis ?? '',
  ]));
}

function uncertain(): string {
  const entries = [...instruments, ...PENDING_INSTRUMENTS, ...rules, ...orders, ...providers.filter((p) => 'uncertain' in p)]
    .filter((x) => 'uncertain' in x && x.uncertain)
    .map((x) => `- \`${x.id}\`: ${(x as { uncertain?: string }).uncertain}`);
  const undatedParties = instruments.filter((i) => i.parties.length > 2).map((i) => {
    const unknown = i.parties.filter((p) => !dated(i, p));
    return unknown.length ? `- \`${i.id}\`: ${unknown.length} of ${i.parties.length} parties without their own date (${unknown.join(', ')}).` : '';
  }).filter(Boolean);
  return [
    'Each entry\'s `uncertain` text is shown wherever the entry is cited. Parties whose own date is unknown are bound',
    'from the instrument\'s own entry into force, which may be earlier than their real date:',
    '',
    ...(undatedParties.length ? undatedParties : ['- none']),
    '',
    'Entries with an `uncertain` note:',
    '',
    ...entries,
  ].join('\n');
}

const CORRECTING = `## Correcting or extending an entry

1. Find the entry: \`grep -rn "'ID'" machines/world/builtin/\`. Each treaty family has its own file
   (table above); rules are in \`rules.ts\`, production orders in \`orders.ts\`, providers in \`providers.ts\`,
   states in \`jurisdictions.ts\`. Keep ids stable: scenarios and \`cites\` refer to them.
2. Every rule, order, provider, instrument and duration needs a \`source\`: the law or treaty with its
   article, and where the fact was read (a URL, or a dataset's repository, path and commit).
3. A party to a multilateral instrument gets its own \`partyTerms\` entry: \`ratified\` (the deposit) and
   \`from\` (the day it binds that state, by the treaty's own entry-into-force rule), or \`uncertain\`
   saying the date is unknown. A signatory that is not bound is listed in \`partyTerms\` but not in
   \`parties\`. A state's treaty memberships follow from the party lists; never add them by hand.
4. A duration says what it rests on (\`basis\`: published, statutory or default) and cites its figure.
   A figure for one direction between two parties goes in \`pairDays\`.
5. Not in force (signed, or under negotiation): the family's \`*_PENDING\` list, with \`uncertain\`
   starting "NOT IN FORCE:".
6. Write in your own words, each state's law in its own terms; put any reading of ours in \`uncertain\`
   marked *(interp.)*.
7. Run \`npx vitest run test/world\`, then \`npm run world:doc\` to rewrite this page (a test fails while it
   is out of date), and move \`BUILTIN_AS_OF\` if the material is newer.
8. A scenario that needs different facts overrides entries by \`id\` in its own \`world\`; it does not
   change the shipped data.`;

export function renderWorldDoc(): string {
  return `<!-- Generated by \`npm run world:doc\` (scenarios/world-doc.ts) from machines/world/builtin/. Do not edit by hand. -->
# The built-in world

\`world.extends: builtin\` (the default) starts a scenario from the real-world data shipped in
\`machines/world/builtin/\`. This page is generated from that data: what it covers, how sure it is,
and how to correct it. How the engine reads the law (reach, conflicts, consultation, dates, offence
scope, doctrines) is explained in [law.md](law.md).

${counts()}

Every jurisdiction answers a consultation \`unknown\` after 30 days: how a real state would answer is
not knowable from public sources, so at the deadline the run asks for a decision rather than reading
the silence as a refusal. A scenario overrides a state by id to make it consent, object or stay silent.

## Coverage by region

${regions()}

## Coverage by treaty family

${families()}

## Durations

${durations()}

## What is uncertain

${uncertain()}

${CORRECTING}

## Jurisdictions

${jurisdictionRows()}

## Instruments

${instrumentRows(instruments)}

### Not in force (kept outside the world)

${instrumentRows(PENDING_INSTRUMENTS)}

## Rules

${table(['Id', 'State', 'Kind', 'Data', 'Title', 'In force'], rules.map((r) => [`\`${r.id}\``, nameOf.get(r.jurisdiction) ?? r.jurisdiction, r.kind, r.data.join(', '), r.title ?? '', `${r.inForce?.from ?? 'date unknown'}${r.inForce?.to ? ` – ${r.inForce.to}` : ''}`]))}

### Laws read and not modelled as rules

A state of the seed list, the G20, the EU or a provider's home with no rule above has its reading
here (\`machines/world/builtin/laws-not-modelled.ts\`): what was read, and why it is none of the kinds
the engine models. It records what was read, not a finding that no such law exists.

${table(['State', 'Law read', 'Finding', 'Source'], LAWS_NOT_MODELLED.map((l) => [nameOf.get(l.jurisdiction) ?? l.jurisdiction, l.law, l.finding, l.source]))}

## Production orders

${table(['Id', 'State', 'Reaches providers', 'Reaches data', 'In force'], orders.map((o) => [`\`${o.id}\``, nameOf.get(o.jurisdiction) ?? o.jurisdiction, o.reach.providers.join(', '), o.reach.data, `${o.inForce?.from ?? 'date unknown'}${o.inForce?.to ? ` – ${o.inForce.to}` : ''}`]))}

## Providers

${table(['Id', 'Name', 'Home', 'Stores in', 'Answers directly', 'Direct answer days', 'Practice entries'], providers.map((p) => [`\`${p.id}\``, p.name, p.home, p.storesIn.join(', '), p.answersDirect.join(', ') || '—', p.responseProfile ? `${p.responseProfile.median} / ${p.responseProfile.p90} (${p.responseProfile.basis})` : String(p.responseDays), String(p.practice?.length ?? 0)]))}
`;
}
