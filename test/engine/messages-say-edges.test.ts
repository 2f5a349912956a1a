import { describe, expect, it } from 'vitest';
import { msg, say, sayFrom, stateName } from '../../machines/messages/say.ts';
import { compile, TemplateError } from '../../machines/messages/template.ts';
import type { Translations } from '../../machines/messages/types.ts';

/**
 * How a sentence is said when a text or a parameter is not the usual one (machines/messages/say.ts):
 * exact plural cases, a language without a plural form, a count given as text, a select without a
 * match, a missing parameter, an author's text and its translation, a date, a state the user's
 * language does not name; and the mistakes in a template a translator is told about
 * (machines/messages/template.ts).
 */
// A catalogue of the same shape as the CLI's and the exports' own words (sayFrom), some texts untranslated.
const WORDS = {
  'x.count': { en: '{n, plural, =0 {none} one {# item} other {# items}}', fr: '{n, plural, one {# élément} other {# éléments}}' },
  'x.onlyOne': { en: '[{n, plural, one {one}}]' },
  'x.select': { en: '[{v, select, a {A}}]' },
  'x.asked': { en: 'Asked on {day}.', fr: 'Demandé le {day}.', ar: 'طُلب في {day}.' },
  'x.ground': { en: 'Refused: {ground}.', fr: 'Refusé : {ground}.', ar: 'رُفض: {ground}.' },
  'x.by': { en: 'By {states}.', fr: 'Par {states}.', ru: 'Через {states}.' },
} as unknown as Record<string, Translations>;

describe('plurals', () => {
  it('an exact case (=0) wins over the language\'s plural form', () => {
    expect(say(msg('run.whyNot.extensionsUsed', { n: 0 }))).toBe('the regime allows no extension of a preservation.');
    expect(say(msg('run.whyNot.extensionsUsed', { n: 1 }), 'fr')).toBe('la seule prolongation que permet le régime a été utilisée.');
  });

  it('a count given as text is counted as its number', () => {
    expect(say(msg('run.whyNot.extensionsUsed', { n: '2' }))).toBe('the 2 extensions the regime allows have been used.');
    expect(say(msg('run.whyNot.extensionsUsed', { n: '0' }))).toBe('the regime allows no extension of a preservation.');
  });

  it('a plural form the translation does not write (French "many" for a million) falls back to "other"', () => {
    expect(say(msg('request.direct.unanswered', { days: 1000000 }), 'fr')).toBe('La demande restera sans réponse pendant 1\u202f000\u202f000 jours.');
  });

  it('a text with neither the form nor "other" says nothing for that part', () => {
    expect(sayFrom(WORDS, 'x.onlyOne', { n: 2 }, 'en')).toBe('[]');
    expect(sayFrom(WORDS, 'x.onlyOne', { n: 1 }, 'en')).toBe('[one]');
  });
});

describe('selects and parameters', () => {
  it('a select says the matching case, else "other"', () => {
    expect(say(msg('request.preservation.requested', { by: 'policy', day: 90 }))).toBe('Preservation requested by the default policy: the provider keeps the data through day 90.');
    expect(say(msg('request.preservation.requested', { by: 'script', day: 90 }))).toBe('Preservation requested: the provider keeps the data through day 90.');
  });

  it('a select without a match or "other" says nothing for that part', () => {
    expect(sayFrom(WORDS, 'x.select', { v: 'b' }, 'en')).toBe('[]');
    expect(sayFrom(WORDS, 'x.select', { v: 'a' }, 'en')).toBe('[A]');
  });

  it('a parameter not given shows as its placeholder', () => {
    expect(say(msg('request.preservation.requested', { by: 'policy' }))).toBe('Preservation requested by the default policy: the provider keeps the data through day {day}.');
  });

  it('an author\'s text is shown in the scenario\'s translation when it has one, else as written', () => {
    const phrases = { 'national security': 'sécurité nationale' };
    expect(sayFrom(WORDS, 'x.ground', { ground: { authored: 'national security' } }, 'fr', { phrases })).toBe('Refusé : sécurité nationale.');
    expect(sayFrom(WORDS, 'x.ground', { ground: { authored: 'public order' } }, 'fr', { phrases })).toBe('Refusé : public order.');
    expect(sayFrom(WORDS, 'x.ground', { ground: { authored: 'public order' } }, 'fr')).toBe('Refusé : public order.');
  });

  it('a date is written out in the user\'s language, a year alone as its first day, isolated in Arabic', () => {
    expect(sayFrom(WORDS, 'x.asked', { day: { date: '2024-03-05' } }, 'en')).toBe('Asked on March 5, 2024.');
    expect(sayFrom(WORDS, 'x.asked', { day: { date: '2024-03-05' } }, 'fr')).toBe('Demandé le 5 mars 2024.');
    expect(sayFrom(WORDS, 'x.asked', { day: { date: '2024' } }, 'en')).toBe('Asked on January 1, 2024.');
    expect(sayFrom(WORDS, 'x.asked', { day: { date: '2024-03-05' } }, 'ar')).toBe('طُلب في \u20685 مارس 2024\u2069.');
  });
});

describe('lists and numbers in the user\'s language', () => {
  const three = (join: 'and' | 'or') => ({ states: { list: ['Arcadia', 'Borealis', 'Cerulea'], join } });

  it('a list of alternatives reads "or" and a list of several reads "and", in English and in the user\'s language', () => {
    expect(sayFrom(WORDS, 'x.by', three('or'), 'en')).toBe('By Arcadia, Borealis or Cerulea.');
    expect(sayFrom(WORDS, 'x.by', three('and'), 'en')).toBe('By Arcadia, Borealis and Cerulea.');
    expect(sayFrom(WORDS, 'x.by', three('or'), 'fr')).toBe('Par Arcadia, Borealis ou Cerulea.');
    expect(sayFrom(WORDS, 'x.by', three('and'), 'fr')).toBe('Par Arcadia, Borealis et Cerulea.');
    expect(sayFrom(WORDS, 'x.by', three('or'), 'ru')).toBe('Через Arcadia, Borealis или Cerulea.');
  });

  it('a count with decimals keeps one, in the language\'s own separator', () => {
    expect(sayFrom(WORDS, 'x.count', { n: 2.345 }, 'en')).toBe('2.3 items');
    expect(sayFrom(WORDS, 'x.count', { n: 2.345 }, 'fr')).toBe('2,3 éléments');
  });

  it('an empty authored text stays empty in Arabic: nothing to isolate', () => {
    expect(sayFrom(WORDS, 'x.ground', { ground: { authored: '' } }, 'ar')).toBe('رُفض: .');
    expect(sayFrom(WORDS, 'x.ground', { ground: { authored: 'x' } }, 'ar')).toBe('رُفض: \u2068x\u2069.');
  });
});

describe('a text missing from the catalogue', () => {
  it('an untranslated text is said in English', () => {
    expect(sayFrom(WORDS, 'x.count', { n: 3 }, 'ru')).toBe('3 items');
    expect(sayFrom(WORDS, 'x.count', { n: 3 }, 'fr')).toBe('3 éléments');
  });

  it('an id with no text at all is shown as the id', () => {
    expect(sayFrom(WORDS, 'x.nothing', undefined, 'fr')).toBe('x.nothing');
  });
});

describe('a real state the user\'s language cannot name', () => {
  it('a code the language has no name for keeps its world name; a known one is translated', () => {
    expect(stateName('AA', 'Atlantis', true, 'fr')).toBe('Atlantis');
    expect(stateName('DE', 'Germany', true, 'fr')).toBe('Allemagne');
  });

  it('a code that is not a region code keeps its world name instead of failing', () => {
    expect(stateName('GB-SCT', 'Scotland', true, 'fr')).toBe('Scotland');
  });
});

describe('mistakes in a template, as a translator is told', () => {
  const error = (template: string) => {
    try {
      compile(template);
    } catch (e) {
      expect(e).toBeInstanceOf(TemplateError);
      return (e as Error).message;
    }
    throw new Error('the template was accepted');
  };

  it('a stray closing brace, with its position', () => {
    expect(error('day {n}} done')).toBe('Unexpected "}" at 7 in: day {n}} done');
  });

  it('an argument never closed', () => {
    expect(error('day {n')).toBe('Unclosed "{" in: day {n');
  });

  it('an argument with a comma but no kind', () => {
    expect(error('{n, plural}')).toBe('"{n," without a kind in: {n, plural}');
  });

  it('a kind other than plural or select', () => {
    expect(error('{n, number, x}')).toBe('Unknown kind "number" in: {n, number, x}');
  });

  it('a case key with no text after it, at the end of the template', () => {
    expect(error('{n, plural, one {# day} other')).toBe('Case without a text in "{n, plural" in: {n, plural, one {# day} other');
  });

  it('a plural that stops after its last case', () => {
    expect(error('{n, plural, one {# day}')).toBe('Case without a text in "{n, plural" in: {n, plural, one {# day}');
  });

  it('a case never closed (its only brace closes an argument inside it)', () => {
    expect(error('{n, plural, one {# {unit}')).toBe('Unclosed case "one" in: {n, plural, one {# {unit}');
  });

  it('a well-formed plural with spaces between its cases compiles', () => {
    expect(compile('{n, plural,  one {# day}   other {# days} }')).toEqual([
      { arg: 'n', kind: 'plural', cases: { one: [{ hash: true }, ' day'], other: [{ hash: true }, ' days'] } },
    ]);
  });
});
