import type { Scenario } from '../../machines/scenario.ts';
import type { World } from '../../machines/world/types.ts';

/** The whole example of SCENARIO-FORMAT.md, as the loader turns it into a scenario. */
export const exampleWorld: World = {
  jurisdictions: [
    { id: 'AR', name: 'Arcadia', consultation: { answer: 'silent', days: 30 } },
    { id: 'BO', name: 'Borealis', consultation: { answer: 'silent', days: 30 } },
    { id: 'CE', name: 'Cerulea', consultation: { answer: 'object', days: 20 } },
  ],
  providers: [
    { id: 'nimbus', name: 'Nimbus Mail', home: 'AR', storesIn: ['AR'], answersDirect: ['subscriber'], responseDays: 10, emergencyDisclosure: false },
  ],
  rules: [
    { id: 'AR-DATA-ACT-12', kind: 'blocking', jurisdiction: 'AR', data: ['traffic', 'content'], connection: ['data-location', 'provider-home'], except: ['mlat', 'rogatory'], source: 'Arcadia Data Act s.12 (fictional)' },
  ],
  instruments: [
    { id: 'AR-BO-MLAT', kind: 'mlat', parties: ['AR', 'BO'], data: ['subscriber', 'traffic', 'content'], days: { median: 300, p90: 540 }, excludes: [], source: 'Arcadia-Borealis Treaty on Mutual Legal Assistance (fictional)' },
  ],
};

export function exampleScenario(overrides: Partial<Scenario> = {}): Scenario {
  return {
    id: 'arcadia-borealis-content',
    title: 'Email content held by an Arcadian provider',
    summary: 'Borealis police need the content of an account held by Nimbus Mail in Arcadia.',
    objectives: ['Recognise a blocking statute and route around it.'],
    seed: 7,
    world: exampleWorld,
    regime: { requestedState: 'data-location', maxExtensions: 1 },
    request: {
      from: 'BO', provider: 'nimbus', data: 'content', offence: 'fraud', urgency: 'routine',
      subject: { nationality: 'CE', location: 'BO' }, retentionDays: 400, preservation: 'manual',
    },
    script: [
      { day: 0, event: { type: 'SEND_DIRECT' }, line: 49 },
      { day: 0, event: { type: 'REQUEST_PRESERVATION' }, line: 50 },
      { event: { type: 'CHOOSE_MLAT' }, line: 51 },
    ],
    expect: { outcome: 'delivered', channel: 'mlat', attempts: ['direct', 'mlat'], cites: ['AR-DATA-ACT-12', 'AR-BO-MLAT'], days: { max: 330 } },
    ...overrides,
  };
}
