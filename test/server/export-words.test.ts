import { describe, expect, it } from 'vitest';
import { EXPORT_WORDS, type ExportWord } from '../../server/sessions/export-words.ts';
import { sayFrom } from '../../machines/messages/say.ts';
import { LANGS } from '../../machines/messages/types.ts';

/**
 * Every word of the exports (the Markdown debrief, the attendance CSV) as an English and a French
 * trainer read it. A word lost (an empty text, a missing entry) shows as a blank heading, a blank
 * status or a message id in a file a trainer hands on.
 */
const ENGLISH_AND_FRENCH: [ExportWord, string, string][] = [
  ['md.title', 'Debrief: {title}', 'Débriefing : {title}'],
  ['md.session', 'Session `{session}` of scenario `{scenario}`, {inputs, plural, one {# input} other {# inputs}}', 'Séance `{session}` du scénario `{scenario}`, {inputs, plural, one {# entrée} other {# entrées}}'],
  ['md.branched', ', branched from `{parent}` after input {at}', ', dérivée de `{parent}` après l’entrée {at}'],
  ['md.outcome', '**Outcome: {outcome}**{via} on day {day}. Channels tried: {attempts}.', '**Issue : {outcome}**{via} au jour {day}. Canaux essayés : {attempts}.'],
  ['md.via', ' via {channel}', ' par {channel}'],
  ['md.underWay', '**Under way** on day {day}, in state `{state}`. Channels tried: {attempts}.', '**En cours** au jour {day}, à l’étape « {state} ». Canaux essayés : {attempts}.'],
  ['md.none', 'none', 'aucun'],
  ['md.objectives', 'Objectives:', 'Objectifs :'],
  ['md.timeline', 'Timeline', 'Chronologie'],
  ['md.timelineHeader', '| Day | From → To | Event | Reason | Sources | Input |', '| Jour | De → À | Événement | Motif | Sources | Entrée |'],
  ['md.uncertain', '(uncertain: {why})', '(incertain : {why})'],
  ['md.start', 'start', 'début'],
  ['md.input', '#{n} {kind} ({by})', 'n° {n} {kind} ({by})'],
  ['md.kind.event', 'event', 'événement'],
  ['md.kind.step', 'step', 'pas'],
  ['md.kind.advance', 'advance', 'avance'],
  ['md.by.trainer', 'trainer', 'formateur'],
  ['md.by.vote', 'vote', 'vote'],
  ['md.by.world', 'world', 'monde du scénario'],
  ['md.by.play', 'play', 'lecture'],
  ['md.decisions', 'Decisions', 'Décisions'],
  ['md.noDecision', 'No decision was taken.', 'Aucune décision n’a été prise.'],
  ['md.decision', '- Day {day}, input #{input}: {event}, {how} by {by}{vote}.', '- Jour {day}, entrée n° {input} : {event}, {how} par {by}{vote}.'],
  ['md.decided', 'decided', 'décidé'],
  ['md.injected', 'injected', 'injecté'],
  ['md.decider.vote', 'the class vote', 'le vote de la classe'],
  ['md.decider.world', "the scenario's world, on its day", 'le monde du scénario, à son jour'],
  ['md.decider.trainer', 'the trainer', 'le formateur'],
  ['md.decider.policy', 'the default policy', 'la règle par défaut'],
  ['md.ballots', ' ({ballots, plural, one {# ballot} other {# ballots}}: {counts})', ' ({ballots, plural, one {# bulletin} other {# bulletins}} : {counts})'],
  ['md.question', 'Question: {prompt}', 'Question : {prompt}'],
  ['md.explanation', '{name} (choice: {option}): “{text}”', '{name} (a choisi {option}) : « {text} »'],
  ['md.removed', 'A participant since removed', 'Un participant retiré depuis'],
  ['md.authorities', 'What the real authorities did', 'Ce qu’ont fait les autorités réelles'],
  ['md.authoritiesHeader', '| # | The class | The real authorities |', '| # | La classe | Les autorités réelles |'],
  ['md.onDay', 'day {day}: {event}', 'jour {day} : {event}'],
  ['md.whenAwaited', 'when a decision was awaited: {event}', 'quand une décision était attendue : {event}'],
  ['md.votes', 'Votes', 'Votes'],
  ['md.noVote', 'No vote was held.', 'Aucun vote n’a eu lieu.'],
  ['md.vote', 'Vote {n}, opened after input {seq}', 'Vote {n}, ouvert après l’entrée {seq}'],
  ['md.voteHeader', '| Option | Votes |', '| Option | Voix |'],
  ['md.decidedBy', ' (decided by: {who}{uncounted})', ' (décidé par : {who}{uncounted})'],
  ['md.wholeClass', 'whole class', 'toute la classe'],
  ['md.uncounted', '; {n, plural, one {# ballot} other {# ballots}} of other roles not counted', ' ; {n, plural, one {# bulletin} other {# bulletins}} d’autres rôles non comptés'],
  ['md.stillOpen', 'Still open.', 'Toujours ouvert.'],
  ['md.notes', 'Notes', 'Notes'],
  ['csv.header', 'Participant|Role|Status|Joined at|Present now|Last seen|Vote|Vote opened at|Options|Choice|Decided by|Counted|Winning option', 'Participant|Rôle|Statut|Arrivée|Présent|Vu pour la dernière fois|Vote|Vote ouvert à|Options|Choix|Décidé par|Compté|Option gagnante'],
  ['csv.yes', 'yes', 'oui'],
  ['csv.no', 'no', 'non'],
  ['csv.waiting', 'waiting', 'en attente'],
  ['csv.admitted', 'admitted', 'admis'],
  ['csv.left', 'left', 'parti'],
  ['csv.removed', 'removed', 'retiré'],
  ['csv.stillOpen', 'still open', 'toujours ouvert'],
  ['csv.nobodyVoted', 'nobody voted', 'personne n’a voté'],
];

/** Words French writes as English does. */
const SAME_IN_FRENCH = ['md.by.vote', 'md.votes', 'md.notes'];

/** The names a text fills in ({title}, {inputs, plural, …}), sorted. */
const placeholders = (text: string) => [...text.matchAll(/\{(\w+)[,}]/g)].map((m) => m[1]).sort();

describe('the words of the exports', () => {
  it('are exactly the words the debrief and the attendance CSV use', () => {
    expect(Object.keys(EXPORT_WORDS)).toEqual(ENGLISH_AND_FRENCH.map(([id]) => id));
  });

  it('read as pinned in English and in French', () => {
    for (const [id, en, fr] of ENGLISH_AND_FRENCH) {
      expect(EXPORT_WORDS[id].en, id).toBe(en);
      expect(EXPORT_WORDS[id].fr, id).toBe(fr);
    }
  });

  it('have a non-empty text in every language, filling in the same names as the English', () => {
    for (const [id, texts] of Object.entries(EXPORT_WORDS)) {
      expect(Object.keys(texts).sort(), id).toEqual([...LANGS].sort());
      for (const lang of LANGS) {
        const text: string = texts[lang];
        expect(text.trim(), `${id} in ${lang}`).not.toBe('');
        expect(placeholders(text), `${id} in ${lang}`).toEqual(placeholders(texts.en));
      }
    }
  });

  it('are translated: no language but French keeps an English word, and French only "vote", "Votes" and "Notes"', () => {
    for (const [id, texts] of Object.entries(EXPORT_WORDS)) {
      for (const lang of LANGS.filter((l) => l !== 'en')) {
        const same = lang === 'fr' && SAME_IN_FRENCH.includes(id);
        expect(texts[lang] === texts.en, `${id} in ${lang}`).toBe(same);
      }
    }
  });

  it('keep the columns of every table and of the CSV in every language', () => {
    const cells = (row: string) => row.split('|').length;
    for (const lang of LANGS) {
      expect(cells(EXPORT_WORDS['md.timelineHeader'][lang]), lang).toBe(8); // | Day | From → To | Event | Reason | Sources | Input |
      expect(cells(EXPORT_WORDS['md.authoritiesHeader'][lang]), lang).toBe(5);
      expect(cells(EXPORT_WORDS['md.voteHeader'][lang]), lang).toBe(4);
      expect(cells(EXPORT_WORDS['csv.header'][lang]), lang).toBe(13);
    }
  });

  it('name the CSV columns and statuses in each language', () => {
    const say = (id: ExportWord, lang: (typeof LANGS)[number]) => sayFrom(EXPORT_WORDS, id, undefined, lang);
    expect(say('csv.header', 'ru').split('|').slice(0, 3)).toEqual(['Участник', 'Роль', 'Статус']);
    expect(say('csv.header', 'zh').split('|').at(-1)).toBe('获胜选项');
    expect(say('csv.header', 'ar').split('|')[0]).toBe('المشارك');
    expect(['csv.yes', 'csv.no', 'csv.waiting', 'csv.admitted', 'csv.left', 'csv.removed', 'csv.stillOpen', 'csv.nobodyVoted'].map((id) => say(id as ExportWord, 'ru')))
      .toEqual(['да', 'нет', 'ожидает', 'допущен', 'вышел', 'удалён', 'ещё открыто', 'никто не проголосовал']);
    expect(['csv.yes', 'csv.no', 'csv.waiting', 'csv.admitted', 'csv.left', 'csv.removed', 'csv.stillOpen', 'csv.nobodyVoted'].map((id) => say(id as ExportWord, 'zh')))
      .toEqual(['是', '否', '等待中', '已准入', '已离开', '已移除', '仍在进行', '无人投票']);
  });

  it('count inputs, ballots and uncounted ballots in the plural a reader expects', () => {
    const session = (inputs: number, lang: 'en' | 'fr' | 'ru') => sayFrom(EXPORT_WORDS, 'md.session', { session: 's1', scenario: 'blocking', inputs }, lang);
    expect(session(1, 'en')).toBe('Session `s1` of scenario `blocking`, 1 input');
    expect(session(3, 'en')).toBe('Session `s1` of scenario `blocking`, 3 inputs');
    expect(session(1, 'fr')).toBe('Séance `s1` du scénario `blocking`, 1 entrée');
    expect(session(3, 'ru')).toBe('Сеанс `s1` сценария `blocking`, вводов: 3');
    expect(sayFrom(EXPORT_WORDS, 'md.ballots', { ballots: 1, counts: 'A 1' }, 'en')).toBe(' (1 ballot: A 1)');
    expect(sayFrom(EXPORT_WORDS, 'md.ballots', { ballots: 2, counts: 'A 2' }, 'fr')).toBe(' (2 bulletins : A 2)');
    expect(sayFrom(EXPORT_WORDS, 'md.uncounted', { n: 2 }, 'en')).toBe('; 2 ballots of other roles not counted');
    expect(sayFrom(EXPORT_WORDS, 'md.uncounted', { n: 1 }, 'fr')).toBe(' ; 1 bulletin d’autres rôles non comptés');
  });
});
