import { describe, expect, it } from 'vitest';
import { medianDraw } from '../../machines/random.ts';
import { assessScenario } from '../../machines/run/simulation.ts';
import { initialStep, step } from '../../machines/run/step.ts';
import type { RequestInput } from '../../machines/request/context.ts';
import { J, MLAT, provider, scenario } from './build.ts';

/**
 * The request machine stepped with an input that says nothing of chance (as step.test.ts builds it):
 * a provider's published answer rate is then settled as its documented practice says, as a
 * deterministic run does. Nimbus answers Borealis's subscriber requests, 30% of them by its report.
 */
const s = scenario({
  world: {
    jurisdictions: [J('AR'), J('BO'), J('CE'), J('DO')],
    providers: [provider({ id: 'nimbus', home: 'AR', answersDirect: ['subscriber'], responseDays: 10, practice: [{ from: ['BO'], answersDirect: ['subscriber'], rate: 0.3, source: 'Nimbus report (fictional)' }] })],
    instruments: [MLAT],
  },
  request: { data: 'subscriber' },
});

describe('a direct request stepped without a chance in the input', () => {
  it('is answered as the documented practice says, with no drawn departure in its note', () => {
    const input: RequestInput = { assessment: assessScenario(s), request: s.request, regime: s.regime, draw: medianDraw };
    const [start] = initialStep(input);
    const [sent] = step(start, { type: 'SEND_DIRECT', day: 0 });
    expect(sent.value).toMatchObject({ active: { channel: { direct: 'sent' } } });
    expect(sent.context.directAnswers).toBe(true);
    expect(sent.context.note.reason).not.toContain('drawn');
  });
});
