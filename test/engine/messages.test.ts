import { describe, expect, it } from 'vitest';
import { CATALOGUE } from '../../machines/messages/catalogue/index.ts';
import { say } from '../../machines/messages/say.ts';
import { argumentsOf, compile } from '../../machines/messages/template.ts';
import { LANGS } from '../../machines/messages/types.ts';

describe('the engine catalogue', () => {
  const entries = Object.entries(CATALOGUE) as [string, Record<string, string>][];

  it.each(entries)('%s has a text in every language, taking the same parameters as the English', (id, texts) => {
    const english = [...argumentsOf(compile(texts.en!))].sort();
    for (const lang of LANGS) {
      expect(texts[lang]?.trim(), `${id} in ${lang}`).toBeTruthy();
      expect([...argumentsOf(compile(texts[lang]!))].sort(), `${id} in ${lang}`).toEqual(english);
    }
  });

  it('leaves no English text in a non-English catalogue entry that has words to translate', () => {
    const copied = entries.filter(([, texts]) => /[a-z]{3,} [a-z]{3,} [a-z]{3,}/i.test(texts.en!.replace(/\{[^{}]*\}/g, '')) && LANGS.some((l) => l !== 'en' && texts[l] === texts.en));
    expect(copied.map(([id]) => id)).toEqual([]);
  });
});

describe('say', () => {
  it('fills a message in each language, with the plural forms that language has', () => {
    // The parameters below exist in the catalogue for these ids; see catalogue/request.ts.
    const message = { id: 'request.channel.underWay', params: { channel: { id: 'channel.mlat' } } } as const;
    expect(say(message, 'en')).toBe('The mutual legal assistance channel is under way.');
    expect(say(message, 'fr')).toContain('entraide judiciaire');
    expect(say(message, 'ru')).toContain('взаимная правовая помощь');
    expect(say(message, 'zh')).toContain('刑事司法协助');
    expect(say(message, 'ar')).toContain('المساعدة القانونية المتبادلة');
  });
});
