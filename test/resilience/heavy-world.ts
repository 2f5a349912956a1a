/**
 * A world built to be expensive: `n` third countries, each holding a copy of the data under a law
 * that requires its consent, each consenting on its own day. A treaty request consults all of them,
 * so every transition of a run carries the whole consultation (issue 10, finding 2).
 * Written compactly: 223 of them fit the scenario format's 5,000 values (scenarios/limits.ts).
 */
export function heavyWorldYaml(n: number, id = 'heavy-world'): string {
  const ids = Array.from({ length: n }, (_, i) => `T${i}`);
  return [
    `id: ${id}`,
    `title: ${n} third countries`,
    'summary: A treaty request whose data is copied in every third country, each of which must consent.',
    'objectives: [Measure what one request can cost the server.]',
    'world:',
    '  extends: none',
    '  jurisdictions:',
    '    - {id: AR, name: Arcadia}',
    '    - {id: BO, name: Borealis}',
    ...ids.map((t, i) => `    - {id: ${t}, name: ${t}, consultation: {answer: consent, days: ${1 + (i % 40)}}}`),
    '  providers:',
    `    - {id: p, name: P, home: AR, storesIn: [AR, ${ids.join(', ')}], answersDirect: [subscriber], responseDays: 10}`,
    '  rules:',
    ...ids.map((t) => `    - {id: R${t}, kind: consent-required, jurisdiction: ${t}, data: [traffic]}`),
    '  instruments:',
    '    - {id: M, kind: mlat, parties: [AR, BO], data: [traffic], days: {median: 200, p90: 360}}',
    'request: {from: BO, provider: p, data: traffic, offence: fraud, urgency: routine, subject: {nationality: BO, location: BO}}',
    'script:',
    '  - {day: 0, event: CHOOSE_MLAT}',
    '',
  ].join('\n');
}
