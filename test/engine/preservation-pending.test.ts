import { describe, expect, it } from 'vitest';
import { runScenario } from '../../machines/run/script.ts';
import { Simulation } from '../../machines/run/simulation.ts';
import { J, MLAT, instrument, provider, rule, scenario } from './build.ts';

/**
 * An instrument that keeps a preservation until the request it carries is decided (Budapest art.
 * 29(7) in the built-in world), against one that does not: a fictional world where the direct
 * channel is closed and the 300-day MLAT must outlast a 90 + 90-day preservation.
 */
const blockAR = rule({ id: 'AR-BLOCK', jurisdiction: 'AR', except: ['mlat', 'rogatory'] });
const holding = instrument({ ...MLAT, preservationPending: { source: 'AR-BO MLAT art. 9 (fictional)' } });
const custody = (r: ReturnType<typeof runScenario>) => r.transitions.filter((t) => t.to.startsWith('preservation.') || t.event === 'DATA_DELETED');

describe('a preservation pending the request', () => {
  it('without such an instrument the race is lost: the data is deleted mid-MLAT when the extension ends', () => {
    const r = runScenario(scenario({ world: { rules: [blockAR], instruments: [MLAT] }, request: { retentionDays: 60 } }));
    expect(r).toMatchObject({ outcome: 'data-lost', channel: 'mlat', days: 180 });
  });

  it('under such an instrument the preservation is held past its term and the MLAT delivers', () => {
    const r = runScenario(scenario({ world: { rules: [blockAR], instruments: [holding] }, request: { retentionDays: 60 } }));
    expect(r).toMatchObject({ outcome: 'delivered', channel: 'mlat', days: 300, cites: ['AR-BO-MLAT'] });
    expect(custody(r).map((t) => [t.day, t.event, t.to])).toEqual([
      [0, 'PRESERVATION_REQUESTED', 'preservation.preserved'],
      [90, 'PRESERVATION_EXTENDED', 'preservation.preserved'],
      [180, 'PRESERVATION_HELD', 'preservation.held'],
    ]);
    const held = custody(r).at(-1)!;
    expect(held.reason).toContain('AR-BO-MLAT is pending');
    expect(held.reason).toContain('AR-BO MLAT art. 9 (fictional)');
    expect(held.cites).toEqual(['AR-BO-MLAT']);
  });

  it('holds nothing where no preservation is in force: the data goes when its retention ends', () => {
    const r = runScenario(scenario({ world: { rules: [blockAR], instruments: [holding] }, request: { retentionDays: 60, preservation: 'manual' } }));
    expect(r).toMatchObject({ outcome: 'data-lost', channel: 'mlat', days: 60 });
  });

  it('holds nothing while a consultation keeps the request from going out', () => {
    const r = runScenario(scenario({
      world: {
        jurisdictions: [J('AR'), J('BO'), J('CE', { answer: 'consent', days: 200 })],
        providers: [provider({ id: 'nimbus', home: 'AR', storesIn: ['AR', 'CE'] })],
        rules: [blockAR, rule({ id: 'CE-LOC', jurisdiction: 'CE', kind: 'consent-required' })],
        instruments: [holding],
      },
      request: { retentionDays: 60 },
    }));
    expect(r).toMatchObject({ outcome: 'data-lost', days: 180 });
    expect(r.transitions.some((t) => t.event === 'PRESERVATION_HELD')).toBe(false);
  });

  it('a refusal ends the hold; the retention having ended long before, the data is deleted on the day of the refusal', () => {
    const r = runScenario(scenario({
      world: { rules: [blockAR], instruments: [holding] }, request: { retentionDays: 60 },
      script: [{ type: 'CHOOSE_MLAT' }, [250, { type: 'REFUSE', ground: 'dual criminality' }]],
    }));
    expect(r).toMatchObject({ outcome: 'data-lost', days: 250 });
    const refusal = r.transitions.find((t) => t.event === 'REFUSE')!;
    expect(refusal).toMatchObject({ day: 250, to: 'mlat.refused' });
    expect(refusal.reason).toContain('The preservation held under AR-BO-MLAT pending the request ends with this decision (its term ended on day 180)');
    expect(r.transitions.at(-1)).toMatchObject({ event: 'DATA_DELETED', day: 250, to: 'dataLost' });
    // Both notes give the retention's last day (60), not the preservation's term (180).
    expect(refusal.reason).toContain("the provider's retention period ended on day 60");
    expect(r.transitions.at(-1)!.reason).toContain("the provider's retention period ended on day 60:");
    expect(r.transitions.at(-1)!.reason).not.toContain('day 180');
  });

  it('after a refusal the normal rules resume: the provider keeps the data to the end of its retention, and it may be preserved again', () => {
    const sim = new Simulation(scenario({
      world: { rules: [blockAR], instruments: [holding] }, request: { retentionDays: 400 },
      script: [],
    }));
    sim.send({ type: 'CHOOSE_MLAT' });
    sim.advanceTo(250);
    expect(sim.paths.custody).toBe('preservation.held');
    sim.send({ type: 'REFUSE', ground: 'dual criminality' });
    expect(sim.paths.custody).toBe('preservation.lapsed');
    expect(sim.context.note.reason).toContain('the provider keeps the data through day 400 under its retention policy');
    sim.send({ type: 'REQUEST_PRESERVATION' });
    expect(sim.paths.custody).toBe('preservation.preserved');
    expect(sim.context.preservedUntil).toBe(340);
  });
});
