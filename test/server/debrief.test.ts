import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Scenario } from '../../machines/scenario.ts';
import { BUILTIN_WORLD } from '../../machines/world/builtin/index.ts';
import { loadScenarioFile } from '../../scenarios/load.ts';
import type { InputRecord } from '../../server/protocol.ts';
import { debriefMarkdown, debriefOf } from '../../server/sessions/debrief.ts';
import type { SessionRow, VoteRow } from '../../server/store/store.ts';

// The debrief a trainer downloads after a class, built straight from a session's log and votes
// (no server): every line of its Markdown pinned in English and French, and what it says in data.

const LIBRARY = join(import.meta.dirname, 'fixtures', 'library');
const scenarioOf = (file: string): Scenario => loadScenarioFile(join(LIBRARY, file), BUILTIN_WORLD).scenario!;
const settings = (prompt: string | null): VoteRow['settings'] => ({ prompt, tie: 'first', hideResults: false, explain: true, seconds: null });
const record = (seq: number, input: InputRecord['input'], actor: InputRecord['actor'], voteId: string | null = null): InputRecord => ({ seq, input, actor, voteId, recordedAt: '2026-01-01T10:00:00.000Z' });
const rowOf = (id: string, scenario: Scenario, parent: SessionRow['parent']) => ({ id, scenario, parent, createdAt: '2026-01-01T09:00:00.000Z', roles: null }) as unknown as SessionRow;

/** The blocking statute (its objective translated into French), a branch: the trainer sends direct (blocked), the class votes MLAT 2 to 1 with reasons, time runs to delivery. */
function voted() {
  const scenario: Scenario = { ...scenarioOf('blocking.yaml'), translations: { fr: { objectives: ['Reconnaître une loi de blocage.'] } } };
  const row = rowOf('s1', scenario, { id: 's0', atSeq: 2 });
  const vote: VoteRow = {
    id: 'v1', sessionId: 's1', options: [{ type: 'CHOOSE_MLAT' }, { type: 'CHOOSE_ROGATORY' }], openedAtSeq: 1, openedAt: '2026-01-01T10:01:00.000Z', closesAt: null, closedAt: '2026-01-01T10:02:00.000Z',
    result: { winner: 0, event: { type: 'CHOOSE_MLAT' }, applied: true, seq: 2, message: 'Choose MLAT won with 2 of 3 ballots.' },
    ballots: new Map([['p1', 0], ['p2', 1], ['p3', 0]]), settings: settings('Which | channel?'), leftMs: null, revealedAt: null,
    explanations: new Map([['p2', 'Slower *but* sure'], ['p1', 'Treaty']]),
  };
  const inputs = [
    record(1, { kind: 'event', event: { type: 'SEND_DIRECT' } }, 'trainer'),
    record(2, { kind: 'event', event: { type: 'CHOOSE_MLAT' } }, 'vote', 'v1'),
    record(3, { kind: 'advance', to: 300 }, 'play'),
  ];
  return debriefOf(row, inputs, [vote], new Map([['p1', 'Ana'], ['p3', 'Bo']]));
}

/** The blocking statute with one script step: the trainer sends direct, a step lets the default policy choose. */
function stepped() {
  const base = scenarioOf('blocking.yaml');
  const row = rowOf('s3', { ...base, script: base.script!.slice(0, 1) }, null);
  return debriefOf(row, [record(1, { kind: 'event', event: { type: 'SEND_DIRECT' } }, 'trainer'), record(2, { kind: 'step' }, 'play')], []);
}

/**
 * A third country's consent, with preservation at the start, an uncertain rule, notes and French texts:
 * a tied vote under roles chooses MLAT, the world has Cerulea object, a second vote is still open.
 */
function consulted() {
  const base = scenarioOf('consent.yaml');
  const scenario: Scenario = {
    ...base, request: { ...base.request, preservation: 'auto' },
    world: { ...base.world, rules: base.world.rules!.map((r) => ({ ...r, uncertain: 'draft bill' })) },
    debrief: 'In reality *Cerulea* answered on day 30.',
    translations: { fr: { title: 'Le consentement | d’un pays tiers', summary: 'Résumé en français.', objectives: ['un', 'deux'], debrief: 'En réalité, **Cerulea** a répondu.' } },
  } as Scenario;
  const row = rowOf('s2', scenario, null);
  const tied: VoteRow = {
    id: 'v2', sessionId: 's2', options: [{ type: 'CHOOSE_MLAT' }, { type: 'CHOOSE_ROGATORY' }, { type: 'PROVIDER_REFUSES', reason: 'policy' }, { type: 'REFUSE', ground: 'political' }],
    openedAtSeq: 0, openedAt: '2026-01-01T10:01:00.000Z', closesAt: null, closedAt: '2026-01-01T10:02:00.000Z',
    result: { winner: 0, event: { type: 'CHOOSE_MLAT' }, applied: true, seq: 1, message: 'Tied: Choose MLAT taken by order.', tied: [0, 1], tieBrokenBy: 'order' },
    roles: ['prosecutor', 'providerCounsel'],
    ballotRoles: new Map([['p1', 'prosecutor'], ['p2', 'centralAuthority'], ['p3', 'prosecutor'], ['p4', 'prosecutor'], ['p5', 'providerCounsel']]),
    ballots: new Map([['p1', 0], ['p2', 0], ['p3', 1], ['p4', 2], ['p5', 3]]), settings: settings(null), leftMs: null, revealedAt: null, explanations: new Map(),
  };
  const open: VoteRow = {
    id: 'v3', sessionId: 's2', options: [{ type: 'WITHDRAW' }], openedAtSeq: 2, openedAt: '2026-01-01T10:03:00.000Z', closesAt: null, closedAt: null, result: null,
    ballots: new Map(), settings: settings('Give up?'), leftMs: null, revealedAt: null, explanations: new Map(),
  };
  const inputs = [
    record(1, { kind: 'event', event: { type: 'CHOOSE_MLAT' } }, 'vote', 'v2'),
    record(2, { kind: 'event', event: { type: 'THIRD_COUNTRY_ANSWERS', country: 'CE', answer: 'object' } }, 'world'),
  ];
  return debriefOf(row, inputs, [tied, open]);
}

/** The blocking statute before anything happened, without objectives. */
function untouched() {
  return debriefOf(rowOf('s4', { ...scenarioOf('blocking.yaml'), objectives: [] }, null), [], []);
}

/** A conflict of laws run by steps alone: the default policy sends direct, the provider refuses (a choice with its field), then MLAT. */
function conflicted() {
  const scenario = loadScenarioFile(join(import.meta.dirname, '..', '..', 'scenarios', 'fictional', 'conflict-of-laws-order.yaml'), BUILTIN_WORLD).scenario!;
  return debriefOf(rowOf('s5', scenario, null), [1, 2, 3, 4, 5, 6, 7, 8].map((seq) => record(seq, { kind: 'step' }, 'play')), []);
}

/** A third country's consent with the script's MLAT: Cerulea objects, the default policy tries letters rogatory, then concludes. */
function concluded() {
  const base = scenarioOf('consent.yaml');
  const inputs = [
    record(1, { kind: 'event', event: { type: 'CHOOSE_MLAT' } }, 'play'),
    record(2, { kind: 'event', event: { type: 'THIRD_COUNTRY_ANSWERS', country: 'CE', answer: 'object' } }, 'world'),
    record(3, { kind: 'step' }, 'play'),
    record(4, { kind: 'step' }, 'play'),
    record(5, { kind: 'step' }, 'play'),
  ];
  return debriefOf(rowOf('s6', { ...base, script: [{ event: { type: 'CHOOSE_MLAT' } }] }, null), inputs, []);
}

/** The blocking statute where the trainer preserves the data, extends it on day 80 and withdraws. */
function withdrawn() {
  const inputs = [
    record(1, { kind: 'event', event: { type: 'REQUEST_PRESERVATION' } }, 'trainer'),
    record(2, { kind: 'advance', to: 80 }, 'play'),
    record(3, { kind: 'event', event: { type: 'EXTEND_PRESERVATION' } }, 'trainer'),
    record(4, { kind: 'event', event: { type: 'WITHDRAW' } }, 'trainer'),
  ];
  return debriefOf(rowOf('s7', scenarioOf('blocking.yaml'), null), inputs, []);
}

describe('the debrief a trainer downloads, line by line', () => {
  it('tells a voted, delivered branch: outcome, path with reasons and sources, decisions with counts and reasons, the real authorities, the tally', () => {
    const d = voted();
    expect(debriefMarkdown(d).split('\n')).toEqual(EN_VOTED);
    expect(debriefMarkdown(d, 'fr').split('\n')).toEqual(FR_VOTED);
  });

  it('tells a decision the default policy took on a step, and a class decision the real authorities have no counterpart for', () => {
    const d = stepped();
    expect(debriefMarkdown(d).split('\n')).toEqual(EN_STEPPED);
    expect(debriefMarkdown(d, 'fr').split('\n')).toEqual(FR_STEPPED);
  });

  it('tells preservation at the start, an uncertain source, a world inject, a tie under roles with ballots not counted, an open vote, translated texts and notes', () => {
    const d = consulted();
    expect(debriefMarkdown(d).split('\n')).toEqual(EN_CONSULTED);
    expect(debriefMarkdown(d, 'fr').split('\n')).toEqual(FR_CONSULTED);
  });

  it('tells a session before any input: no channel, no decision, no vote, only the real authorities', () => {
    const d = untouched();
    expect(debriefMarkdown(d).split('\n')).toEqual(EN_UNTOUCHED);
    expect(debriefMarkdown(d, 'fr').split('\n')).toEqual(FR_UNTOUCHED);
  });
  it('tells choices the default policy took on steps, one with its field, beside the script of a conflict of laws', () => {
    const md = debriefMarkdown(conflicted());
    expect(md.slice(md.indexOf('## Decisions'), md.indexOf('## Notes')).split('\n')).toEqual([
      "## Decisions",
      "",
      "- Day 0, input #1: Send direct request, decided by the default policy.",
      "- Day 10, input #3: Provider chooses: refuse, decided by the default policy.",
      "- Day 10, input #4: Choose MLAT, decided by the default policy.",
      "",
      "## What the real authorities did",
      "",
      "| # | The class | The real authorities |",
      "| ---: | --- | --- |",
      "| 1 | day 0: Send direct request | day 0: Send direct request |",
      "| 2 | day 10: Provider chooses: refuse | when a decision was awaited: Provider chooses: seek review |",
      "| 3 | day 10: Choose MLAT | when a decision was awaited: Court rules: order upheld |",
      "| 4 | — | when a decision was awaited: Provider chooses: refuse |",
      "",
      "## Votes",
      "",
      "No vote was held.",
      ""
    ]);
  });

  it('lists every source a transition cites, separated by semicolons', () => {
    const md = debriefMarkdown(conflicted());
    expect(md.split('\n').filter((l) => l.startsWith('| 0 | Intake'))).toEqual([
      "| 0 | Intake → Sent to provider | Send direct request | Direct request sent. BO-PROD-ORDER lets authorities of the requesting state (Borealis) compel Nimbus Mail (offering services in Borealis) to produce content data in its possession, custody or control, wherever stored. Under AR-DATA-ACT-12 (Arcadia, blocking), the same disclosure is not permitted by a direct request: Nimbus Mail faces a conflict of laws and must choose within 10 days of the order. | BO-PROD-ORDER: Borealis Production Order Act s.3 (fictional); AR-DATA-ACT-12: Arcadia Data Act s.12 (fictional) | #1 step (play) |",
    ]);
  });

  it('tells a run that ended blocked, with no channel, and leaves the world\'s inject and the conclusion out of the comparison', () => {
    const d = concluded();
    expect(debriefMarkdown(d).split('\n')).toEqual([
      "# Debrief: A third country's consent",
      "",
      "Session `s6` of scenario `server-consent`, 5 inputs.",
      "",
      "**Outcome: blocked** on day 30. Channels tried: mutual legal assistance (MLAT), letters rogatory.",
      "",
      "Borealis asks Arcadia for traffic data of which a copy is stored in Cerulea.",
      "",
      "Objectives:",
      "- Show how a third country's consent unblocks a channel.",
      "",
      "## Timeline",
      "",
      "| Day | From → To | Event | Reason | Sources | Input |",
      "| ---: | --- | --- | --- | --- | --- |",
      "| 0 | Not preserved → Preserved | Preservation requested | Preservation requested by the default policy: the provider keeps the data through day 90. |  | start |",
      "| 0 | Intake → Consulting | Choose MLAT | Before the mutual legal assistance request goes out, third countries whose rules cover it are consulted: Cerulea (CE-LOCALISATION-7). | CE-LOCALISATION-7: Cerulea Data Localisation Law art.7 (fictional) | #1 event (play) |",
      "| 0 | Consulting → Objection | Third country answers | Cerulea objected: the mutual legal assistance channel is closed under CE-LOCALISATION-7. | CE-LOCALISATION-7: Cerulea Data Localisation Law art.7 (fictional) | #2 event (world) |",
      "| 0 | Objection → Consulting | Send letters rogatory | Before the letters rogatory request goes out, third countries whose rules cover it are consulted: Cerulea (CE-LOCALISATION-7). | CE-LOCALISATION-7: Cerulea Data Localisation Law art.7 (fictional) | #3 step (play) |",
      "| 30 | Consulting → Objection | Third country answers | Cerulea did not answer within 30 days: the letters rogatory channel is closed under CE-LOCALISATION-7. | CE-LOCALISATION-7: Cerulea Data Localisation Law art.7 (fictional) | #4 step (play) |",
      "| 30 | Objection → Blocked | No channel left | No channel is left and no decision remains: the request is blocked. |  | #5 step (play) |",
      "",
      "## Decisions",
      "",
      "- Day 0, input #1: Choose MLAT, decided by the trainer.",
      "- Day 0, input #2: Cerulea answers: object, injected by the scenario's world, on its day.",
      "- Day 0, input #3: Send letters rogatory, decided by the default policy.",
      "- Day 30, input #5: No channel left, decided by the default policy.",
      "",
      "## What the real authorities did",
      "",
      "| # | The class | The real authorities |",
      "| ---: | --- | --- |",
      "| 1 | day 0: Choose MLAT | when a decision was awaited: Choose MLAT |",
      "| 2 | day 0: Send letters rogatory | — |",
      "",
      "## Votes",
      "",
      "No vote was held.",
      ""
    ]);
    expect(debriefMarkdown(d, 'fr').split('\n')).toEqual([
      "# Débriefing : A third country's consent",
      "",
      "Séance `s6` du scénario `server-consent`, 5 entrées.",
      "",
      "**Issue : bloquée** au jour 30. Canaux essayés : entraide judiciaire (MLAT), commission rogatoire.",
      "",
      "Borealis asks Arcadia for traffic data of which a copy is stored in Cerulea.",
      "",
      "Objectifs :",
      "- Show how a third country's consent unblocks a channel.",
      "",
      "## Chronologie",
      "",
      "| Jour | De → À | Événement | Motif | Sources | Entrée |",
      "| ---: | --- | --- | --- | --- | --- |",
      "| 0 | Non conservées → Conservées | Conservation demandée | Conservation demandée par la politique par défaut : le fournisseur de services conserve les données jusqu’au jour 90 inclus. |  | début |",
      "| 0 | Réception → Consultation | Choisir l'entraide | Avant l’envoi de la demande par le canal « entraide judiciaire », les États tiers dont les règles la couvrent sont consultés : Cerulea (CE-LOCALISATION-7). | CE-LOCALISATION-7: Cerulea Data Localisation Law art.7 (fictional) | n° 1 événement (lecture) |",
      "| 0 | Consultation → Objection | Un pays tiers répond | Cerulea a fait objection : le canal « entraide judiciaire » est fermé en vertu de CE-LOCALISATION-7. | CE-LOCALISATION-7: Cerulea Data Localisation Law art.7 (fictional) | n° 2 événement (monde du scénario) |",
      "| 0 | Objection → Consultation | Commission rogatoire | Avant l’envoi de la demande par le canal « commission rogatoire », les États tiers dont les règles la couvrent sont consultés : Cerulea (CE-LOCALISATION-7). | CE-LOCALISATION-7: Cerulea Data Localisation Law art.7 (fictional) | n° 3 pas (lecture) |",
      "| 30 | Consultation → Objection | Un pays tiers répond | Cerulea n’a pas répondu dans un délai de 30 jours : le canal « commission rogatoire » est fermé en vertu de CE-LOCALISATION-7. | CE-LOCALISATION-7: Cerulea Data Localisation Law art.7 (fictional) | n° 4 pas (lecture) |",
      "| 30 | Objection → Bloquée | Plus aucune voie | Il ne reste aucun canal ni aucune décision à prendre : la demande est bloquée. |  | n° 5 pas (lecture) |",
      "",
      "## Décisions",
      "",
      "- Jour 0, entrée n° 1 : Choisir l'entraide, décidé par le formateur.",
      "- Jour 0, entrée n° 2 : Cerulea répond : objection, injecté par le monde du scénario, à son jour.",
      "- Jour 0, entrée n° 3 : Commission rogatoire, décidé par la règle par défaut.",
      "- Jour 30, entrée n° 5 : Plus aucune voie, décidé par la règle par défaut.",
      "",
      "## Ce qu’ont fait les autorités réelles",
      "",
      "| # | La classe | Les autorités réelles |",
      "| ---: | --- | --- |",
      "| 1 | jour 0 : Choisir l'entraide | quand une décision était attendue : Choisir l'entraide |",
      "| 2 | jour 0 : Commission rogatoire | — |",
      "",
      "## Votes",
      "",
      "Aucun vote n’a eu lieu.",
      ""
    ]);
  });
  it('counts preserving, extending and withdrawing as the class\'s decisions, beside the real authorities\' channel choices', () => {
    const md = debriefMarkdown(withdrawn());
    expect(md.slice(md.indexOf('## Decisions')).split('\n')).toEqual([
      '## Decisions',
      '',
      '- Day 0, input #1: Request preservation, decided by the trainer.',
      '- Day 80, input #3: Extend preservation, decided by the trainer.',
      '- Day 80, input #4: Withdraw, decided by the trainer.',
      '',
      '## What the real authorities did',
      '',
      '| # | The class | The real authorities |',
      '| ---: | --- | --- |',
      '| 1 | day 0: Request preservation | day 0: Send direct request |',
      '| 2 | day 80: Extend preservation | when a decision was awaited: Choose MLAT |',
      '| 3 | day 80: Withdraw | — |',
      '',
      '## Votes',
      '',
      'No vote was held.',
      '',
    ]);
  });
});

describe('the debrief as data', () => {
  it('records who decided what, with the vote behind it, its counts and the reasons in the order cast', () => {
    const d = voted();
    expect({ decisions: d.decisions, votes: d.votes, status: d.status, session: d.session, states: d.states }).toStrictEqual({"decisions":[{"input":1,"day":0,"event":{"type":"SEND_DIRECT"},"kind":"decision","by":"trainer","vote":null},{"input":2,"day":0,"event":{"type":"CHOOSE_MLAT"},"kind":"decision","by":"vote","vote":{"id":"v1","counts":[2,1],"ballots":3,"prompt":"Which | channel?","explanations":[{"name":"Ana","option":0,"event":{"type":"CHOOSE_MLAT"},"text":"Treaty"},{"name":null,"option":1,"event":{"type":"CHOOSE_ROGATORY"},"text":"Slower *but* sure"}]}}],"votes":[{"id":"v1","openedAtSeq":1,"openedAt":"2026-01-01T10:01:00.000Z","closedAt":"2026-01-01T10:02:00.000Z","options":[{"event":{"type":"CHOOSE_MLAT"},"votes":2},{"event":{"type":"CHOOSE_ROGATORY"},"votes":1}],"ballots":3,"result":{"winner":0,"event":{"type":"CHOOSE_MLAT"},"applied":true,"seq":2,"message":"Choose MLAT won with 2 of 3 ballots."},"prompt":"Which | channel?","explanations":[{"name":"Ana","option":0,"event":{"type":"CHOOSE_MLAT"},"text":"Treaty"},{"name":null,"option":1,"event":{"type":"CHOOSE_ROGATORY"},"text":"Slower *but* sure"}]}],"status":{"day":240,"state":"delivered","done":true,"outcome":"delivered","channel":"mlat","attempts":["direct","mlat"]},"session":{"id":"s1","createdAt":"2026-01-01T09:00:00.000Z","parent":{"id":"s0","atSeq":2},"seq":3},"states":{"AR":"Arcadia","BO":"Borealis"}});
    expect(d.timeline[0]!.sources).toStrictEqual([{ id: 'AR-DATA-ACT-12', title: null, source: 'Arcadia Data Act s.12 (fictional)', uncertain: null }]);
    expect(d.timeline.map((t) => [t.seq, t.day, t.event, t.input, t.kind, t.by])).toEqual([[1,0,"SEND_DIRECT",1,"event","trainer"],[2,0,"CHOOSE_MLAT",2,"event","vote"],[3,12,"STAGE_COMPLETE",3,"advance","play"],[4,24,"STAGE_COMPLETE",3,"advance","play"],[5,36,"STAGE_COMPLETE",3,"advance","play"],[6,108,"STAGE_COMPLETE",3,"advance","play"],[7,144,"STAGE_COMPLETE",3,"advance","play"],[8,204,"STAGE_COMPLETE",3,"advance","play"],[9,240,"DELIVERED",3,"advance","play"]]);
  });

  it('records the choice the default policy took on a step', () => {
    const d = stepped();
    expect({ decisions: d.decisions, votes: d.votes, status: d.status, session: d.session, states: d.states }).toStrictEqual({"decisions":[{"input":1,"day":0,"event":{"type":"SEND_DIRECT"},"kind":"decision","by":"trainer","vote":null},{"input":2,"day":0,"event":{"type":"CHOOSE_MLAT"},"kind":"decision","by":"default policy","vote":null}],"votes":[],"status":{"day":0,"state":"mlat.drafting","done":false,"outcome":null,"channel":"mlat","attempts":["direct","mlat"]},"session":{"id":"s3","createdAt":"2026-01-01T09:00:00.000Z","parent":null,"seq":2},"states":{"AR":"Arcadia","BO":"Borealis"}});
  });

  it('records a tie, an inject by the world, deciders and uncounted ballots per option', () => {
    const d = consulted();
    expect({ decisions: d.decisions, votes: d.votes, status: d.status, session: d.session, states: d.states }).toStrictEqual({"decisions":[{"input":1,"day":0,"event":{"type":"CHOOSE_MLAT"},"kind":"decision","by":"vote","vote":{"id":"v2","counts":[1,1,0,1],"ballots":5,"prompt":null,"tied":[0,1],"explanations":[]}},{"input":2,"day":0,"event":{"type":"THIRD_COUNTRY_ANSWERS","country":"CE","answer":"object"},"kind":"inject","by":"world","vote":null}],"votes":[{"id":"v2","openedAtSeq":0,"openedAt":"2026-01-01T10:01:00.000Z","closedAt":"2026-01-01T10:02:00.000Z","options":[{"event":{"type":"CHOOSE_MLAT"},"votes":1,"decider":"prosecutor","uncounted":1},{"event":{"type":"CHOOSE_ROGATORY"},"votes":1,"decider":"prosecutor","uncounted":0},{"event":{"type":"PROVIDER_REFUSES","reason":"policy"},"votes":0,"decider":"providerCounsel","uncounted":1},{"event":{"type":"REFUSE","ground":"political"},"votes":1,"decider":null,"uncounted":0}],"ballots":5,"result":{"winner":0,"event":{"type":"CHOOSE_MLAT"},"applied":true,"seq":1,"message":"Tied: Choose MLAT taken by order.","tied":[0,1],"tieBrokenBy":"order"},"prompt":null,"explanations":[]},{"id":"v3","openedAtSeq":2,"openedAt":"2026-01-01T10:03:00.000Z","closedAt":null,"options":[{"event":{"type":"WITHDRAW"},"votes":0}],"ballots":0,"result":null,"prompt":"Give up?","explanations":[]}],"status":{"day":0,"state":"sovereigntyCheck.objected","done":false,"outcome":null,"channel":null,"attempts":["mlat"]},"session":{"id":"s2","createdAt":"2026-01-01T09:00:00.000Z","parent":null,"seq":2},"states":{"AR":"Arcadia","BO":"Borealis","CE":"Cerulea"}});
    expect(d.timeline[0]).toStrictEqual({"seq":1,"day":0,"event":"PRESERVATION_REQUESTED","from":"preservation.none","to":"preservation.preserved","reason":"Preservation requested by the default policy: the provider keeps the data through day 90.","message":{"id":"request.preservation.requested","params":{"by":"policy","day":90}},"sources":[],"input":0,"kind":null,"by":null});
    expect(d.scenario).toStrictEqual({"id":"server-consent","title":"A third country's consent","summary":"Borealis asks Arcadia for traffic data of which a copy is stored in Cerulea.","objectives":["Show how a third country's consent unblocks a channel."],"notes":"In reality *Cerulea* answered on day 30.","translations":{"fr":{"title":"Le consentement | d’un pays tiers","summary":"Résumé en français.","objectives":["un","deux"],"debrief":"En réalité, **Cerulea** a répondu."}}});
  });

  it('records a session before any input', () => {
    const d = untouched();
    expect({ decisions: d.decisions, votes: d.votes, status: d.status, session: d.session, states: d.states }).toStrictEqual({"decisions":[],"votes":[],"status":{"day":0,"state":"intake","done":false,"outcome":null,"channel":null,"attempts":[]},"session":{"id":"s4","createdAt":"2026-01-01T09:00:00.000Z","parent":null,"seq":0},"states":{"AR":"Arcadia","BO":"Borealis"}});
  });

  it('records the choice with its field when the default policy chose at a conflict of laws, and no decision for a step that chose nothing', () => {
    expect(conflicted().decisions).toStrictEqual([{"input":1,"day":0,"event":{"type":"SEND_DIRECT"},"kind":"decision","by":"default policy","vote":null},{"input":3,"day":10,"event":{"type":"PROVIDER_CHOOSES","choice":"refuse"},"kind":"decision","by":"default policy","vote":null},{"input":4,"day":10,"event":{"type":"CHOOSE_MLAT"},"kind":"decision","by":"default policy","vote":null}]);
  });

  it('records the conclusion as the default policy\'s decision and the end with no channel', () => {
    const d = concluded();
    expect({ decisions: d.decisions, status: d.status }).toStrictEqual({"decisions":[{"input":1,"day":0,"event":{"type":"CHOOSE_MLAT"},"kind":"decision","by":"trainer","vote":null},{"input":2,"day":0,"event":{"type":"THIRD_COUNTRY_ANSWERS","country":"CE","answer":"object"},"kind":"inject","by":"world","vote":null},{"input":3,"day":0,"event":{"type":"CHOOSE_ROGATORY"},"kind":"decision","by":"default policy","vote":null},{"input":5,"day":30,"event":{"type":"CONCLUDE"},"kind":"decision","by":"default policy","vote":null}],"status":{"day":30,"state":"blocked","done":true,"outcome":"blocked","channel":null,"attempts":["mlat","rogatory"]}});
  });

});

const EN_VOTED = [
    "# Debrief: A blocking statute sends the request to the treaty",
    "",
    "Session `s1` of scenario `server-blocking`, 3 inputs, branched from `s0` after input 2.",
    "",
    "**Outcome: delivered** via mutual legal assistance (MLAT) on day 240. Channels tried: direct request to the provider, mutual legal assistance (MLAT).",
    "",
    "Borealis asks Nimbus Mail, in Arcadia, for the content of an account.",
    "",
    "Objectives:",
    "- Recognise a blocking statute and the channels it leaves open.",
    "",
    "## Timeline",
    "",
    "| Day | From → To | Event | Reason | Sources | Input |",
    "| ---: | --- | --- | --- | --- | --- |",
    "| 0 | Intake → Blocked by law | Send direct request | Direct request blocked on the day it was sent. A direct request to Nimbus Mail is closed: AR-DATA-ACT-12 (Arcadia, blocking) covers content data and does not except a direct request. | AR-DATA-ACT-12: Arcadia Data Act s.12 (fictional) | #1 event (trainer) |",
    "| 0 | Blocked by law → Drafting | Choose MLAT | The mutual legal assistance request goes out (240 days expected). AR-BO-MLAT binds Borealis and Arcadia; the request goes to the data's location (Arcadia). | AR-BO-MLAT: Arcadia-Borealis Treaty on Mutual Legal Assistance (fictional) | #2 event (vote) |",
    "| 12 | Drafting → Own central authority | Stage complete | The request is drafted to the requested state's legal standard and translated. | AR-BO-MLAT: Arcadia-Borealis Treaty on Mutual Legal Assistance (fictional) | #3 advance (play) |",
    "| 24 | Own central authority → Transmission | Stage complete | The requesting state's central authority has reviewed and approved the request. | AR-BO-MLAT: Arcadia-Borealis Treaty on Mutual Legal Assistance (fictional) | #3 advance (play) |",
    "| 36 | Transmission → Requested authority | Stage complete | The request has reached the requested state's central authority. | AR-BO-MLAT: Arcadia-Borealis Treaty on Mutual Legal Assistance (fictional) | #3 advance (play) |",
    "| 108 | Requested authority → Domestic order | Stage complete | The requested central authority has found the request admissible under the instrument and its own law. | AR-BO-MLAT: Arcadia-Borealis Treaty on Mutual Legal Assistance (fictional) | #3 advance (play) |",
    "| 144 | Domestic order → Production | Stage complete | A court of the requested state has issued the domestic order. | AR-BO-MLAT: Arcadia-Borealis Treaty on Mutual Legal Assistance (fictional) | #3 advance (play) |",
    "| 204 | Production → Return | Stage complete | The provider has produced the data to the requested state's authorities. | AR-BO-MLAT: Arcadia-Borealis Treaty on Mutual Legal Assistance (fictional) | #3 advance (play) |",
    "| 240 | Return → Delivered | Delivered | The evidence has been returned to the requesting state. The data is delivered through the mutual legal assistance channel. |  | #3 advance (play) |",
    "",
    "## Decisions",
    "",
    "- Day 0, input #1: Send direct request, decided by the trainer.",
    "- Day 0, input #2: Choose MLAT, decided by the class vote (3 ballots: 2 / 1).",
    "  - Question: Which \\| channel?",
    "  - Ana (choice: Choose MLAT): “Treaty”",
    "  - A participant since removed (choice: Send letters rogatory): “Slower *but* sure”",
    "",
    "## What the real authorities did",
    "",
    "| # | The class | The real authorities |",
    "| ---: | --- | --- |",
    "| 1 | day 0: Send direct request | day 0: Send direct request |",
    "| 2 | day 0: Choose MLAT | when a decision was awaited: Choose MLAT |",
    "",
    "## Votes",
    "",
    "### Vote 1, opened after input 1",
    "",
    "Question: Which \\| channel?",
    "",
    "| Option | Votes |",
    "| --- | ---: |",
    "| Choose MLAT | 2 |",
    "| Send letters rogatory | 1 |",
    "",
    "Choose MLAT won with 2 of 3 ballots.",
    ""
  ];

const FR_VOTED = [
    "# Débriefing : A blocking statute sends the request to the treaty",
    "",
    "Séance `s1` du scénario `server-blocking`, 3 entrées, dérivée de `s0` après l’entrée 2.",
    "",
    "**Issue : données obtenues** par entraide judiciaire (MLAT) au jour 240. Canaux essayés : demande directe au fournisseur, entraide judiciaire (MLAT).",
    "",
    "Borealis asks Nimbus Mail, in Arcadia, for the content of an account.",
    "",
    "Objectifs :",
    "- Reconnaître une loi de blocage.",
    "",
    "## Chronologie",
    "",
    "| Jour | De → À | Événement | Motif | Sources | Entrée |",
    "| ---: | --- | --- | --- | --- | --- |",
    "| 0 | Réception → Bloquée par la loi | Demande directe | Demande directe bloquée le jour même de son envoi. La demande directe à Nimbus Mail est fermée : AR-DATA-ACT-12 (Arcadia, loi de blocage) couvre les données de contenu et n’excepte pas la demande directe. | AR-DATA-ACT-12: Arcadia Data Act s.12 (fictional) | n° 1 événement (formateur) |",
    "| 0 | Bloquée par la loi → Rédaction | Choisir l'entraide | La demande par le canal « entraide judiciaire » est envoyée (240 jours prévus). AR-BO-MLAT lie l’État requérant (Borealis) et l’État requis (Arcadia) ; la demande part vers le lieu où se trouvent les données (Arcadia). | AR-BO-MLAT: Arcadia-Borealis Treaty on Mutual Legal Assistance (fictional) | n° 2 événement (vote) |",
    "| 12 | Rédaction → Autorité centrale requérante | Étape achevée | La demande est rédigée selon les exigences juridiques de l’État requis, puis traduite. | AR-BO-MLAT: Arcadia-Borealis Treaty on Mutual Legal Assistance (fictional) | n° 3 avance (lecture) |",
    "| 24 | Autorité centrale requérante → Transmission | Étape achevée | L’autorité centrale de l’État requérant a examiné et approuvé la demande. | AR-BO-MLAT: Arcadia-Borealis Treaty on Mutual Legal Assistance (fictional) | n° 3 avance (lecture) |",
    "| 36 | Transmission → Autorité requise | Étape achevée | La demande est parvenue à l’autorité centrale de l’État requis. | AR-BO-MLAT: Arcadia-Borealis Treaty on Mutual Legal Assistance (fictional) | n° 3 avance (lecture) |",
    "| 108 | Autorité requise → Décision interne | Étape achevée | L’autorité centrale requise a jugé la demande recevable au regard de l’instrument et de son propre droit. | AR-BO-MLAT: Arcadia-Borealis Treaty on Mutual Legal Assistance (fictional) | n° 3 avance (lecture) |",
    "| 144 | Décision interne → Production | Étape achevée | Un tribunal de l’État requis a rendu l’ordonnance interne. | AR-BO-MLAT: Arcadia-Borealis Treaty on Mutual Legal Assistance (fictional) | n° 3 avance (lecture) |",
    "| 204 | Production → Retour | Étape achevée | Le fournisseur de services a communiqué les données aux autorités de l’État requis. | AR-BO-MLAT: Arcadia-Borealis Treaty on Mutual Legal Assistance (fictional) | n° 3 avance (lecture) |",
    "| 240 | Retour → Obtenues | Données obtenues | Les éléments de preuve ont été transmis à l’État requérant. Les données sont remises par le canal « entraide judiciaire ». |  | n° 3 avance (lecture) |",
    "",
    "## Décisions",
    "",
    "- Jour 0, entrée n° 1 : Demande directe, décidé par le formateur.",
    "- Jour 0, entrée n° 2 : Choisir l'entraide, décidé par le vote de la classe (3 bulletins : 2 / 1).",
    "  - Question : Which \\| channel?",
    "  - Ana (a choisi Choisir l'entraide) : « Treaty »",
    "  - Un participant retiré depuis (a choisi Commission rogatoire) : « Slower *but* sure »",
    "",
    "## Ce qu’ont fait les autorités réelles",
    "",
    "| # | La classe | Les autorités réelles |",
    "| ---: | --- | --- |",
    "| 1 | jour 0 : Demande directe | jour 0 : Demande directe |",
    "| 2 | jour 0 : Choisir l'entraide | quand une décision était attendue : Choisir l'entraide |",
    "",
    "## Votes",
    "",
    "### Vote 1, ouvert après l’entrée 1",
    "",
    "Question : Which \\| channel?",
    "",
    "| Option | Voix |",
    "| --- | ---: |",
    "| Choisir l'entraide | 2 |",
    "| Commission rogatoire | 1 |",
    "",
    "Choisir l'entraide l'a emporté et a été appliqué.",
    ""
  ];

const EN_STEPPED = [
    "# Debrief: A blocking statute sends the request to the treaty",
    "",
    "Session `s3` of scenario `server-blocking`, 2 inputs.",
    "",
    "**Under way** on day 0, in state `Drafting`. Channels tried: direct request to the provider, mutual legal assistance (MLAT).",
    "",
    "Borealis asks Nimbus Mail, in Arcadia, for the content of an account.",
    "",
    "Objectives:",
    "- Recognise a blocking statute and the channels it leaves open.",
    "",
    "## Timeline",
    "",
    "| Day | From → To | Event | Reason | Sources | Input |",
    "| ---: | --- | --- | --- | --- | --- |",
    "| 0 | Intake → Blocked by law | Send direct request | Direct request blocked on the day it was sent. A direct request to Nimbus Mail is closed: AR-DATA-ACT-12 (Arcadia, blocking) covers content data and does not except a direct request. | AR-DATA-ACT-12: Arcadia Data Act s.12 (fictional) | #1 event (trainer) |",
    "| 0 | Blocked by law → Drafting | Choose MLAT | The mutual legal assistance request goes out (240 days expected). AR-BO-MLAT binds Borealis and Arcadia; the request goes to the data's location (Arcadia). | AR-BO-MLAT: Arcadia-Borealis Treaty on Mutual Legal Assistance (fictional) | #2 step (play) |",
    "",
    "## Decisions",
    "",
    "- Day 0, input #1: Send direct request, decided by the trainer.",
    "- Day 0, input #2: Choose MLAT, decided by the default policy.",
    "",
    "## What the real authorities did",
    "",
    "| # | The class | The real authorities |",
    "| ---: | --- | --- |",
    "| 1 | day 0: Send direct request | day 0: Send direct request |",
    "| 2 | day 0: Choose MLAT | — |",
    "",
    "## Votes",
    "",
    "No vote was held.",
    ""
  ];

const FR_STEPPED = [
    "# Débriefing : A blocking statute sends the request to the treaty",
    "",
    "Séance `s3` du scénario `server-blocking`, 2 entrées.",
    "",
    "**En cours** au jour 0, à l’étape « Rédaction ». Canaux essayés : demande directe au fournisseur, entraide judiciaire (MLAT).",
    "",
    "Borealis asks Nimbus Mail, in Arcadia, for the content of an account.",
    "",
    "Objectifs :",
    "- Recognise a blocking statute and the channels it leaves open.",
    "",
    "## Chronologie",
    "",
    "| Jour | De → À | Événement | Motif | Sources | Entrée |",
    "| ---: | --- | --- | --- | --- | --- |",
    "| 0 | Réception → Bloquée par la loi | Demande directe | Demande directe bloquée le jour même de son envoi. La demande directe à Nimbus Mail est fermée : AR-DATA-ACT-12 (Arcadia, loi de blocage) couvre les données de contenu et n’excepte pas la demande directe. | AR-DATA-ACT-12: Arcadia Data Act s.12 (fictional) | n° 1 événement (formateur) |",
    "| 0 | Bloquée par la loi → Rédaction | Choisir l'entraide | La demande par le canal « entraide judiciaire » est envoyée (240 jours prévus). AR-BO-MLAT lie l’État requérant (Borealis) et l’État requis (Arcadia) ; la demande part vers le lieu où se trouvent les données (Arcadia). | AR-BO-MLAT: Arcadia-Borealis Treaty on Mutual Legal Assistance (fictional) | n° 2 pas (lecture) |",
    "",
    "## Décisions",
    "",
    "- Jour 0, entrée n° 1 : Demande directe, décidé par le formateur.",
    "- Jour 0, entrée n° 2 : Choisir l'entraide, décidé par la règle par défaut.",
    "",
    "## Ce qu’ont fait les autorités réelles",
    "",
    "| # | La classe | Les autorités réelles |",
    "| ---: | --- | --- |",
    "| 1 | jour 0 : Demande directe | jour 0 : Demande directe |",
    "| 2 | jour 0 : Choisir l'entraide | — |",
    "",
    "## Votes",
    "",
    "Aucun vote n’a eu lieu.",
    ""
  ];

const EN_CONSULTED = [
    "# Debrief: A third country's consent",
    "",
    "Session `s2` of scenario `server-consent`, 2 inputs.",
    "",
    "**Under way** on day 0, in state `Objection`. Channels tried: mutual legal assistance (MLAT).",
    "",
    "Borealis asks Arcadia for traffic data of which a copy is stored in Cerulea.",
    "",
    "Objectives:",
    "- Show how a third country's consent unblocks a channel.",
    "",
    "## Timeline",
    "",
    "| Day | From → To | Event | Reason | Sources | Input |",
    "| ---: | --- | --- | --- | --- | --- |",
    "| 0 | Not preserved → Preserved | Preservation requested | Preservation requested by the default policy: the provider keeps the data through day 90. |  | start |",
    "| 0 | Intake → Consulting | Choose MLAT | Before the mutual legal assistance request goes out, third countries whose rules cover it are consulted: Cerulea (CE-LOCALISATION-7). | CE-LOCALISATION-7: Cerulea Data Localisation Law art.7 (fictional) (uncertain: draft bill) | #1 event (vote) |",
    "| 0 | Consulting → Objection | Third country answers | Cerulea objected: the mutual legal assistance channel is closed under CE-LOCALISATION-7. | CE-LOCALISATION-7: Cerulea Data Localisation Law art.7 (fictional) (uncertain: draft bill) | #2 event (world) |",
    "",
    "## Decisions",
    "",
    "- Day 0, input #1: Choose MLAT, decided by the class vote (5 ballots: 1 / 1 / 0 / 1).",
    "- Day 0, input #2: Cerulea answers: object, injected by the scenario's world, on its day.",
    "",
    "## Votes",
    "",
    "### Vote 1, opened after input 0",
    "",
    "| Option | Votes |",
    "| --- | ---: |",
    "| Choose MLAT (decided by: Requesting prosecutor; 1 ballot of other roles not counted) | 1 |",
    "| Send letters rogatory (decided by: Requesting prosecutor) | 1 |",
    "| Provider refuses (policy) (decided by: Provider's counsel; 1 ballot of other roles not counted) | 0 |",
    "| Requested state refuses (political) (decided by: whole class) | 1 |",
    "",
    "Tied: Choose MLAT taken by order.",
    "",
    "### Vote 2, opened after input 2",
    "",
    "Question: Give up?",
    "",
    "| Option | Votes |",
    "| --- | ---: |",
    "| Withdraw | 0 |",
    "",
    "Still open.",
    "",
    "## Notes",
    "",
    "In reality *Cerulea* answered on day 30.",
    ""
  ];

const FR_CONSULTED = [
    "# Débriefing : Le consentement \\| d’un pays tiers",
    "",
    "Séance `s2` du scénario `server-consent`, 2 entrées.",
    "",
    "**En cours** au jour 0, à l’étape « Objection ». Canaux essayés : entraide judiciaire (MLAT).",
    "",
    "Résumé en français.",
    "",
    "Objectifs :",
    "- Show how a third country's consent unblocks a channel.",
    "",
    "## Chronologie",
    "",
    "| Jour | De → À | Événement | Motif | Sources | Entrée |",
    "| ---: | --- | --- | --- | --- | --- |",
    "| 0 | Non conservées → Conservées | Conservation demandée | Conservation demandée par la politique par défaut : le fournisseur de services conserve les données jusqu’au jour 90 inclus. |  | début |",
    "| 0 | Réception → Consultation | Choisir l'entraide | Avant l’envoi de la demande par le canal « entraide judiciaire », les États tiers dont les règles la couvrent sont consultés : Cerulea (CE-LOCALISATION-7). | CE-LOCALISATION-7: Cerulea Data Localisation Law art.7 (fictional) (incertain : draft bill) | n° 1 événement (vote) |",
    "| 0 | Consultation → Objection | Un pays tiers répond | Cerulea a fait objection : le canal « entraide judiciaire » est fermé en vertu de CE-LOCALISATION-7. | CE-LOCALISATION-7: Cerulea Data Localisation Law art.7 (fictional) (incertain : draft bill) | n° 2 événement (monde du scénario) |",
    "",
    "## Décisions",
    "",
    "- Jour 0, entrée n° 1 : Choisir l'entraide, décidé par le vote de la classe (5 bulletins : 1 / 1 / 0 / 1).",
    "- Jour 0, entrée n° 2 : Cerulea répond : objection, injecté par le monde du scénario, à son jour.",
    "",
    "## Votes",
    "",
    "### Vote 1, ouvert après l’entrée 0",
    "",
    "| Option | Voix |",
    "| --- | ---: |",
    "| Choisir l'entraide (décidé par : Procureur requérant ; 1 bulletin d’autres rôles non comptés) | 1 |",
    "| Commission rogatoire (décidé par : Procureur requérant) | 1 |",
    "| Le fournisseur refuse (policy) (décidé par : Avocat du fournisseur ; 1 bulletin d’autres rôles non comptés) | 0 |",
    "| L'État requis refuse (political) (décidé par : toute la classe) | 1 |",
    "",
    "Égalité entre Choisir l'entraide · Commission rogatoire : Choisir l'entraide, premier de la liste, a été appliqué.",
    "",
    "### Vote 2, ouvert après l’entrée 2",
    "",
    "Question : Give up?",
    "",
    "| Option | Voix |",
    "| --- | ---: |",
    "| Retirer | 0 |",
    "",
    "Toujours ouvert.",
    "",
    "## Notes",
    "",
    "En réalité, **Cerulea** a répondu.",
    ""
  ];

const EN_UNTOUCHED = [
    "# Debrief: A blocking statute sends the request to the treaty",
    "",
    "Session `s4` of scenario `server-blocking`, 0 inputs.",
    "",
    "**Under way** on day 0, in state `Intake`. Channels tried: none.",
    "",
    "Borealis asks Nimbus Mail, in Arcadia, for the content of an account.",
    "",
    "## Timeline",
    "",
    "| Day | From → To | Event | Reason | Sources | Input |",
    "| ---: | --- | --- | --- | --- | --- |",
    "",
    "## Decisions",
    "",
    "No decision was taken.",
    "",
    "## What the real authorities did",
    "",
    "| # | The class | The real authorities |",
    "| ---: | --- | --- |",
    "| 1 | — | day 0: Send direct request |",
    "| 2 | — | when a decision was awaited: Choose MLAT |",
    "",
    "## Votes",
    "",
    "No vote was held.",
    ""
  ];

const FR_UNTOUCHED = [
    "# Débriefing : A blocking statute sends the request to the treaty",
    "",
    "Séance `s4` du scénario `server-blocking`, 0 entrée.",
    "",
    "**En cours** au jour 0, à l’étape « Réception ». Canaux essayés : aucun.",
    "",
    "Borealis asks Nimbus Mail, in Arcadia, for the content of an account.",
    "",
    "## Chronologie",
    "",
    "| Jour | De → À | Événement | Motif | Sources | Entrée |",
    "| ---: | --- | --- | --- | --- | --- |",
    "",
    "## Décisions",
    "",
    "Aucune décision n’a été prise.",
    "",
    "## Ce qu’ont fait les autorités réelles",
    "",
    "| # | La classe | Les autorités réelles |",
    "| ---: | --- | --- |",
    "| 1 | — | jour 0 : Demande directe |",
    "| 2 | — | quand une décision était attendue : Choisir l'entraide |",
    "",
    "## Votes",
    "",
    "Aucun vote n’a eu lieu.",
    ""
  ];
