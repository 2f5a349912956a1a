import { describe, expect, it } from 'vitest';
import { rogatory, rogatoryIn } from './command.ts';

const FILE = 'scenarios/fictional/blocking-statute-mlat.yaml';

/**
 * Lines that read as English: two of English's commonest words, outside sources (lines "source: …"
 * keep their original titles) and parentheses (a treaty's own name). French shares the alphabet, so
 * a run of Latin words is no sign; "the", "and", "of" are.
 */
const ENGLISH = /\b(the|and|of|is|are|was|has|with|from|which|this|that|not|to)\b/gi;
const englishSentence = (text: string) =>
  text.split('\n').filter((line) => {
    if (/^\s*(source|источник|来源|المصدر)\s?[:：]/.test(line.trim())) return false;
    return new Set((line.replace(/\([^)]*\)/g, '').match(ENGLISH) ?? []).map((w) => w.toLowerCase())).size >= 2;
  });

describe('rogatory run --lang', () => {
  it.each([
    ['fr', 'Évaluation au jour 0', 'entraide judiciaire'],
    ['ru', 'Оценка на день 0', 'взаимная правовая помощь'],
    ['zh', '第 0 天的评估', '刑事司法协助'],
    ['ar', 'التقييم في اليوم 0', 'المساعدة القانونية المتبادلة'],
  ])('writes the trace in %s, the engine\'s reasons included', (lang, heading, term) => {
    const r = rogatory('run', FILE, '--lang', lang);
    expect(r.code).toBe(0);
    expect(r.out).toContain(heading);
    expect(r.out).toContain(term);
    expect(englishSentence(r.out)).toEqual([]);
  });

  it('speaks the locale\'s language when no --lang is given, and English under a locale it does not speak', () => {
    expect(rogatoryIn({ LANG: 'ru_RU.UTF-8' }, 'run', FILE).out).toContain('Оценка на день 0');
    expect(rogatoryIn({ LANG: 'de_DE.UTF-8' }, 'run', FILE).out).toContain('Assessment on day 0:');
  });

  it('gives the JSON\'s reasons in the language asked, with the message behind each', () => {
    const result = JSON.parse(rogatory('run', FILE, '--json', '--lang', 'fr').out);
    const blocked = result.transitions.find((t: { event: string }) => t.event === 'SEND_DIRECT');
    expect(blocked.reason).toMatch(/^Demande directe/);
    expect(blocked.message.id).toEqual(expect.any(String));
  });

  it('refuses a language it does not speak, naming the ones it does', () => {
    const r = rogatory('run', FILE, '--lang', 'de');
    expect(r.code).toBe(2);
    expect(r.err).toContain('--lang takes one of en, zh, ru, fr, ar, got "de"');
  });
});
