import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadScenarioFile } from '../../scenarios/load.ts';
import { BUILTIN_WORLD } from '../../machines/world/builtin/index.ts';
import { msg, say } from '../../machines/messages/say.ts';
import { EventRejected, Simulation, effectiveWorld } from '../../machines/run/simulation.ts';
import { runScenario } from '../../machines/run/script.ts';
import { underRegime } from '../../machines/run/regime.ts';
import { unmetMessages } from '../../machines/run/expectation.ts';
import { enginePhrases } from '../../machines/run/explore.ts';
import { compareRegimes, formatComparison } from '../../machines/run/compare.ts';
import { J, MLAT, rule, scenario } from './build.ts';

const FSI = '\u2068';
const PDI = '\u2069';
/** English words that would betray an untranslated fragment. */
const ENGLISH = /\b(the|is|under|way|channel|request|answer|unknown|consent|nobody)\b/i;

const real = (file: string) => loadScenarioFile(join(import.meta.dirname, '..', '..', 'scenarios', 'real', file), BUILTIN_WORLD).scenario!;

/** Cerulea's approval law covers the request, and nobody knows how Cerulea answers (test/engine/unknown-answer.test.ts). */
const unknownCerulea = () => scenario({
  world: {
    jurisdictions: [J('AR'), J('BO'), J('CE', { answer: 'unknown', days: 30 }), J('DO')],
    rules: [rule({ id: 'CE-APPROVAL', jurisdiction: 'CE', kind: 'consent-required', connection: ['subject-nationality'], except: ['rogatory'] })],
    instruments: [MLAT],
  },
  request: { subject: { nationality: 'CE' } },
});

describe('what the run says, in every language', () => {
  it('says why a channel cannot be chosen while another is under way, with the glossary\'s terms', () => {
    const sim = new Simulation(unknownCerulea());
    sim.send({ type: 'CHOOSE_MLAT' });
    let rejected: EventRejected | undefined;
    try {
      sim.send({ type: 'CHOOSE_ROGATORY' });
    } catch (error) {
      rejected = error as EventRejected;
    }
    expect(rejected).toBeInstanceOf(EventRejected);
    expect(rejected!.message).toBe(say(rejected!.said));
    const why = sim.whyNotSaid({ type: 'CHOOSE_ROGATORY' });
    expect(say(why)).toBe('the mutual legal assistance channel is under way.');
    expect(say(why, 'fr')).toBe('le canal « entraide judiciaire » est en cours.');
    expect(say(why, 'zh')).toContain('刑事司法协助');
    expect(say(why, 'ru')).toContain('взаимная правовая помощь');
    expect(say(why, 'ar')).toContain('المساعدة القانونية المتبادلة');
    for (const lang of ['fr', 'zh', 'ar'] as const) expect(say(rejected!.said, lang)).toContain(say(why, lang));
  });

  it('says what the default policy assumed about an unknown answer, with the state isolated in Arabic', () => {
    const result = runScenario(unknownCerulea());
    const assumption = result.assumptions![0]!;
    expect(say(assumption.aboutMessage!)).toBe(assumption.about);
    expect(say(assumption.whyMessage!)).toBe(assumption.why);
    const fr = say(assumption.whyMessage!, 'fr');
    expect(fr).toContain('consentement');
    expect(fr).not.toMatch(ENGLISH);
    expect(say(assumption.aboutMessage!, 'fr')).toContain('entraide judiciaire');
    expect(say(assumption.whyMessage!, 'zh')).toContain('同意');
    expect(say(assumption.whyMessage!, 'ar')).toContain(`${FSI}CE${PDI}`);
    expect(say(assumption.whyMessage!, 'ar')).toContain('الموافقة');
  });

  it('names a real state in the user\'s language where the location principle asks for its consent', () => {
    const s = underRegime(real('kazakhstan-data-in-china.yaml'), 'location-principle');
    const added = effectiveWorld(s).rules.filter((r) => r.titleMessage);
    // The one state whose consent the principle asks for: China, where the data is.
    expect(added.map((r) => r.jurisdiction)).toEqual(['CN']);
    const title = added[0]!.titleMessage!;
    expect(say(title)).toBe(added[0]!.title);
    expect(say(title, 'fr')).toMatch(/^Principe de localisation : le consentement de /);
    expect(say(title, 'zh')).toContain('数据所在地原则');
    expect(say(title, 'ar')).toContain(FSI);
    expect(say(title, 'fr')).not.toContain(' of ');
  });

  it('has each named regime\'s title, summary and effect in every language, in its own terms', () => {
    expect(say(msg('regime.location-principle.title'), 'fr')).toBe('Principe de localisation');
    expect(say(msg('regime.provider-control.effect'), 'fr')).toContain('commissions rogatoires');
    expect(say(msg('regime.e-evidence.summary'), 'zh')).toContain('拒绝理由');
    expect(say(msg('regime.location-principle.effect'), 'ar')).toContain('الإنابة القضائية');
  });

  it('says plurals in each language\'s forms', () => {
    const used = (n: number, lang: 'ru' | 'ar' | 'fr') => say(msg('run.whyNot.extensionsUsed', { n }), lang);
    expect(used(0, 'fr')).toContain('aucune prolongation');
    expect(used(2, 'ru')).toContain('продления');
    expect(used(5, 'ru')).toContain('продлений');
    expect(used(2, 'ar')).toContain('التمديدان');
  });

  it('says an unmet expectation, and the explorer\'s own words through the phrases', () => {
    const result = runScenario(unknownCerulea());
    const [problem] = unmetMessages({ days: { max: 10 } }, result);
    expect(say(problem!, 'fr')).toBe(`jours : attendu au plus 10, obtenu ${result.days}`);
    expect(enginePhrases('fr')['a ground the requested state may invoke (explored)']).toBe('un motif que l’État requis peut invoquer (exploré)');
  });

  it('writes the comparison of regimes in the language asked', () => {
    const s = unknownCerulea();
    const text = formatComparison(s, compareRegimes(s), 'fr');
    expect(text).toContain('sous chaque régime');
    expect(text).toContain('Pourquoi (l’appréciation de la voie suivie');
    expect(text).toContain('repose sur ce que la politique par défaut a présumé');
  });
});
