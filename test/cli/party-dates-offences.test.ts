import { describe, expect, it } from 'vitest';
import { rogatory } from './command.ts';

const assessed = (out: string, channel: string) => out.split('\n').find((line) => line.trimStart().startsWith(`${channel} `)) ?? '';

describe('rogatory run on per-party dates and offence scope', () => {
  it('shows in the assessment that the requesting state was not yet bound by the convention, and the letters rogatory that followed', () => {
    const r = rogatory('run', 'scenarios/fictional/party-bound-later.yaml');
    expect(r.code).toBe(0);
    expect(assessed(r.out, 'mlat')).toMatch(/^ +mlat +closed +No mutual legal assistance instrument binds Borealis and Arcadia for content data\. Borealis is bound by NORTHERN-CONVENTION only from 2023-03-01\.$/);
    expect(r.out.trim().split('\n').at(-1)).toBe('Outcome: delivered (rogatory) on day 540. Attempts: rogatory.');
    // The convention the assessment explains is shown with its source, under the line that explains it.
    const lines = r.out.split('\n');
    const at = lines.indexOf(assessed(r.out, 'mlat'));
    expect(lines[at + 1]).toMatch(/^ +source: NORTHERN-CONVENTION: Northern Convention on Cooperation in Criminal Matters \(fictional\)$/);
    // Without changing the run's cites: the convention carried nothing.
    expect(r.out).not.toContain('Cited: ');
  });

  it('shows the offence that lets a scoped convention carry the request', () => {
    const r = rogatory('run', 'scenarios/fictional/offence-scoped-convention.yaml');
    expect(r.code).toBe(0);
    expect(assessed(r.out, 'mlat')).toContain('open    NORTHERN-ORGANISED-CRIME binds Borealis and Dunmere for requests concerning organised crime;');
    expect(r.out).toContain('Cited: NORTHERN-ORGANISED-CRIME.');
  });
});
