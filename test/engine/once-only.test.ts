import { describe, expect, it } from 'vitest';
import { playScript, runScenario, ScriptError } from '../../machines/run/script.ts';
import { EventRejected, Simulation } from '../../machines/run/simulation.ts';
import { J, MLAT, provider, rule, scenario } from './build.ts';

/**
 * What happens once stays done (SCENARIO-FORMAT.md, "Events"): a third country that has answered
 * has nothing left to answer, and each channel is tried at most once. A second try is the script's
 * error, and the run keeps what the first one decided.
 */

describe('a third country answers once', () => {
  // Nimbus stores in Arcadia, Cerulea and Dorado; both third countries have a law that asks to be
  // consulted before an MLAT to Arcadia. Cerulea would answer on day 20, Dorado on day 40.
  const world = {
    jurisdictions: [J('AR'), J('BO'), J('CE', { answer: 'consent', days: 20 }), J('DO', { answer: 'consent', days: 40 })],
    providers: [provider({ id: 'nimbus', home: 'AR', storesIn: ['AR', 'CE', 'DO'] })],
    rules: [
      rule({ id: 'AR-BLOCK', jurisdiction: 'AR', except: ['mlat', 'rogatory'] }),
      rule({ id: 'CE-LOC', jurisdiction: 'CE', kind: 'consent-required' }),
      rule({ id: 'DO-LOC', jurisdiction: 'DO', kind: 'consent-required' }),
    ],
    instruments: [MLAT],
  };
  const ceConsents = { type: 'THIRD_COUNTRY_ANSWERS', country: 'CE', answer: 'consent' } as const;
  const ceObjects = { type: 'THIRD_COUNTRY_ANSWERS', country: 'CE', answer: 'object' } as const;

  it('a second answer from a country that already consented is the script\'s error, naming its line and the consultation', () => {
    const s = scenario({ world, script: [{ type: 'CHOOSE_MLAT' }, [5, ceConsents], [6, ceObjects]] });
    expect(() => runScenario(s)).toThrow(ScriptError);
    expect(() => runScenario(s)).toThrow(
      'line 3: THIRD_COUNTRY_ANSWERS on day 6 in state sovereigntyCheck.consulting: CE is not awaited in the consultation under way (awaiting: DO).',
    );
  });

  it('the refused second answer changes nothing: the first answer\'s consent stands and the MLAT goes out when Dorado consents', () => {
    const sim = new Simulation(scenario({ world }));
    sim.send({ type: 'CHOOSE_MLAT' });
    sim.advanceTo(5);
    sim.send(ceConsents);
    sim.advanceTo(6);
    expect(() => sim.send(ceObjects)).toThrow(EventRejected);
    expect(sim.state).toBe('sovereigntyCheck.consulting');
    expect(sim.context.attempts).toEqual(['mlat']);

    playScript(sim, []);
    const r = sim.result();
    // Dorado's consent on day 40 completes the consultation: 40 + the MLAT's 300 days.
    expect(r).toMatchObject({ outcome: 'delivered', channel: 'mlat', attempts: ['mlat'], days: 340 });
    expect(r.transitions.slice(0, 4).map((t) => [t.day, t.event, t.from, t.to])).toEqual([
      [0, 'PRESERVATION_REQUESTED', 'preservation.none', 'preservation.preserved'],
      [0, 'CHOOSE_MLAT', 'intake', 'sovereigntyCheck.consulting'],
      [5, 'THIRD_COUNTRY_ANSWERS', 'sovereigntyCheck.consulting', 'sovereigntyCheck.consulting'],
      [40, 'THIRD_COUNTRY_ANSWER', 'sovereigntyCheck.consulting', 'mlat.drafting'],
    ]);
    // Cerulea's one answer is the consent of day 5, nothing else.
    expect(sim.context.answers.filter((a) => a.country === 'CE')).toEqual([{ country: 'CE', name: 'CE', channel: 'mlat', answer: 'consent', day: 5 }]);
  });
});

describe('a direct request is sent once', () => {
  const blockAR = rule({ id: 'AR-BLOCK', jurisdiction: 'AR', except: ['mlat', 'rogatory'] });

  it('a second SEND_DIRECT after the first was blocked is the script\'s error: the channel was already tried', () => {
    const s = scenario({ world: { rules: [blockAR], instruments: [MLAT] }, script: [{ type: 'SEND_DIRECT' }, { type: 'SEND_DIRECT' }] });
    expect(() => runScenario(s)).toThrow(ScriptError);
    // (The channel's name is left open: "direct request to the provider channel" is due a rewording.)
    expect(() => runScenario(s)).toThrow(/^line 2: SEND_DIRECT on day 0 in state direct\.blocked: Already tried: direct request to the provider\. Each channel is tried at most once\.$/);
  });

  it('a second SEND_DIRECT after a provider\'s silence is refused too, and the run lists direct once', () => {
    // Nimbus does not answer content: the direct request ends, declined, after its 10 days.
    const sim = new Simulation(scenario({ world: { instruments: [MLAT] } }));
    sim.send({ type: 'SEND_DIRECT' });
    sim.advanceTo(10);
    expect(sim.state).toBe('direct.declined');
    expect(() => sim.send({ type: 'SEND_DIRECT' })).toThrow(/^SEND_DIRECT cannot be taken in state direct\.declined: Already tried: direct request to the provider\./);
    expect(sim.context.attempts).toEqual(['direct']);

    playScript(sim, []);
    expect(sim.result()).toMatchObject({ outcome: 'delivered', channel: 'mlat', attempts: ['direct', 'mlat'], days: 310 });
    expect(sim.result().transitions.filter((t) => t.event === 'SEND_DIRECT')).toHaveLength(1);
  });
});
