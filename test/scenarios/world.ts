import type { World } from '../../machines/world/types.ts';

/** A stand-in for the shipped world, so these tests do not move when the real data grows. */
export const TEST_BUILTIN: World = {
  jurisdictions: [
    { id: 'US', name: 'United States', consultation: { answer: 'silent', days: 30 } },
    { id: 'FR', name: 'France', consultation: { answer: 'object', days: 15 } },
  ],
  providers: [
    {
      id: 'bigmail',
      name: 'BigMail',
      home: 'US',
      storesIn: ['US'],
      answersDirect: ['subscriber'],
      responseDays: 14,
      emergencyDisclosure: true,
    },
  ],
  rules: [
    {
      id: 'US-SCA',
      kind: 'blocking',
      jurisdiction: 'US',
      data: ['content'],
      connection: ['provider-home'],
      except: ['mlat'],
      source: 'Stored Communications Act',
    },
  ],
  instruments: [
    {
      id: 'FR-US-MLAT',
      kind: 'mlat',
      parties: ['FR', 'US'],
      data: ['subscriber', 'traffic', 'content'],
      days: { median: 300, p90: 540 },
      excludes: [],
      source: 'France-United States MLAT',
    },
  ],
};
