import { describe, expect, it } from 'vitest';
import { BUILTIN_WORLD } from '../../machines/world/builtin/index.ts';
import { loadScenarioFile } from '../../scenarios/load.ts';
import { assessScenario } from '../../machines/run/simulation.ts';
import { say } from '../../machines/messages/say.ts';

/**
 * The route's reasons in the user's language (issue 15), on shipped scenarios: each channel's
 * verdict carries a message, and a reason built of several sentences is said whole in that language.
 */
function assessed(name: string) {
  const loaded = loadScenarioFile(`scenarios/real/${name}.yaml`, BUILTIN_WORLD);
  if (!loaded.scenario) throw new Error(`${name} does not load`);
  return assessScenario(loaded.scenario);
}
// English words a translated reason must not carry (names of providers and instruments excepted).
const ENGLISH = /\b(the|is|and|of|for|request|data|state|closed|binds|order)\b/;

describe('route reasons in every language', () => {
  // Assessed inside each test, not in the describe body (README, mutation testing).
  const conflictOf = () => assessed('king-v-ovh-2024').direct;

  it('says a conflict of laws (the order\'s reach, then the blocking statute) in French, with no English word', () => {
    const conflict = conflictOf();
    const fr = say(conflict.message, 'fr');
    expect(fr).toContain('conflit de lois');
    expect(fr).toContain('loi de blocage');
    expect(fr).toContain('données relatives aux abonnés');
    expect(fr.replace(/OVHcloud \([^)]*\)/g, '')).not.toMatch(ENGLISH);
    expect(say(conflict.message, 'en')).toBe(conflict.reason);
  });

  it('says it in Arabic with the Latin names isolated, and in Chinese with the glossary\'s terms', () => {
    const conflict = conflictOf();
    const ar = say(conflict.message, 'ar');
    expect(ar).toContain('تنازع');
    expect(ar).toContain('قانون حاجب');
    expect(ar).toContain('\u2068FR-LAW-68-678-1BIS\u2069');
    expect(ar).toContain('\u2068OVHcloud (OVH Groupe SA, Roubaix)\u2069');
    const zh = say(conflict.message, 'zh');
    expect(zh).toContain('法律冲突');
    expect(zh).toContain('阻断法');
    expect(zh).toContain('加拿大');
  });

  it('says why no mutual legal assistance instrument applies, offence by offence, without an English fragment', () => {
    const mlat = assessed('saudi-arabia-google-first-requests-2016').mlat;
    const fr = say(mlat.message, 'fr');
    expect(fr).toContain('entraide judiciaire');
    expect(fr).toContain('criminalité organisée');
    expect(fr).not.toMatch(ENGLISH);
    const zh = say(mlat.message, 'zh');
    expect(zh).toContain('刑事司法协助');
    expect(zh).toContain('有组织犯罪');
    expect(zh).not.toMatch(/[A-Za-z]{3,} [a-z]{3,}/);
    const ar = say(mlat.message, 'ar');
    expect(ar).toContain('لمساعدة القانونية المتبادلة'); // after the preposition لـ, as Arabic writes it
    expect(ar).toContain('\u2068UNTOC-ART-18\u2069');
  });

  it('gives every channel\'s verdict a message whose English is the reason', () => {
    for (const name of ['microsoft-ireland-2013', 'e-evidence-content-notified', 'uk-us-agreement-dublin-mailbox', 'france-us-provider-subscriber']) {
      const a = assessed(name);
      for (const v of [a.direct, a.agreement, a.mlat, a.rogatory]) expect(say(v.message, 'en')).toBe(v.reason);
    }
  });
});
