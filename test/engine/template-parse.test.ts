import { describe, expect, it } from 'vitest';
import { argumentsOf, compile } from '../../machines/messages/template.ts';
import { sayFrom } from '../../machines/messages/say.ts';

/**
 * How the ICU-like templates of the catalogues are read (machines/messages/template.ts) and said
 * (machines/messages/say.ts), at the edges the catalogues' own tests leave open: "#" outside a plural,
 * text around "#", spaces inside braces, a number given as text, fractions, lists in another language,
 * and an empty text in Arabic. Each text comes from a small catalogue of its own.
 */
const one = (en: string, other: Partial<Record<'fr' | 'ar', string>> = {}) => ({ x: { en, zh: en, ru: en, fr: other.fr ?? en, ar: other.ar ?? en } });

describe('reading a template', () => {
  it('keeps a "#" outside any plural as plain text', () => {
    expect(compile('Case #12 of {n}')).toEqual(['Case #12 of ', { arg: 'n' }]);
  });

  it('keeps a "#" inside a select case as plain text: only a plural case counts', () => {
    expect(compile('{k, select, a {No. #1} other {x}}')).toEqual([{ arg: 'k', kind: 'select', cases: { a: ['No. #1'], other: ['x'] } }]);
  });

  it('splits the text around "#" in a plural case', () => {
    expect(compile('{n, plural, other {after # days}}')).toEqual([{ arg: 'n', kind: 'plural', cases: { other: ['after ', { hash: true }, ' days'] } }]);
  });

  it('names every argument a template takes, inside cases too, without the "#"', () => {
    expect([...argumentsOf(compile('{a} and {n, plural, one {# {b}} other {# {c}}}'))]).toEqual(['a', 'n', 'b', 'c']);
  });
});

describe('a template a translator got wrong', () => {
  it('is refused with a message naming the fault and quoting the template', () => {
    expect(() => compile('{a')).toThrow('Unclosed "{" in: {a');
    expect(() => compile('{n, plural}')).toThrow('"{n," without a kind in: {n, plural}');
    expect(() => compile('{n, plural, other}')).toThrow('Case without a text in "{n, plural" in: {n, plural, other}');
    expect(() => compile('{n, plural, other {# {m} days')).toThrow('Unclosed case "other" in: {n, plural, other {# {m} days');
    expect(() => compile('{n, number, integer}')).toThrow('Unknown kind "number" in: {n, number, integer}');
    expect(() => compile('a}b')).toThrow('Unexpected "}" at 1 in: a}b');
  });
});

describe('saying a template', () => {
  it('says the number where "#" stands, the words around it kept in place', () => {
    expect(sayFrom(one('{n, plural, one {in # day, no more} other {in # days, no more}}'), 'x', { n: 3 }, 'en')).toBe('in 3 days, no more');
    expect(sayFrom(one('{n, plural, one {in # day, no more} other {in # days, no more}}'), 'x', { n: 1 }, 'en')).toBe('in 1 day, no more');
  });

  it('reads an argument whose name has spaces around it inside the braces', () => {
    expect(sayFrom(one('Hello { name }!'), 'x', { name: 'Ann' }, 'en')).toBe('Hello Ann!');
    expect(sayFrom(one('{ n , plural, one {# day} other {# days}}'), 'x', { n: 2 }, 'en')).toBe('2 days');
  });

  it('reads a number given as text as that number, exact cases included', () => {
    expect(sayFrom(one('{n, plural, =1 {just one} other {# of them}}'), 'x', { n: '1.0' }, 'en')).toBe('just one');
    expect(sayFrom(one('{n, plural, one {# day} other {# days}}'), 'x', { n: '01' }, 'en')).toBe('1 day');
  });

  it('says a fraction with one decimal at most', () => {
    expect(sayFrom(one('{d} days'), 'x', { d: 1.26 }, 'en')).toBe('1.3 days');
  });

  it('joins a list in French with "ou" or "et" as the message asks', () => {
    const cat = one('{l}');
    expect(sayFrom(cat, 'x', { l: { list: ['a', 'b', 'c'], join: 'or' } }, 'fr')).toBe('a, b ou c');
    expect(sayFrom(cat, 'x', { l: { list: ['a', 'b', 'c'], join: 'and' } }, 'fr')).toBe('a, b et c');
  });

  it('puts no direction marks around an empty text in Arabic, and none in English', () => {
    expect(sayFrom(one('[{v}]', { ar: '[{v}]' }), 'x', { v: '' }, 'ar')).toBe('[]');
    expect(sayFrom(one('[{v}]'), 'x', { v: 'Nimbus' }, 'en')).toBe('[Nimbus]');
    expect(sayFrom(one('[{v}]', { ar: '[{v}]' }), 'x', { v: 'Nimbus' }, 'ar')).toBe('[\u2068Nimbus\u2069]');
  });
});
