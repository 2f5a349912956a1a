import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { classesFigures, planClass } from '../../bench/classes.ts';
import { Catalog } from '../../server/catalog.ts';
import { silentLogger } from '../../server/log.ts';

// A generous timeout: the machine may be busy with other work, and this asserts delivery, never time.
const options = { sessions: 3, participants: 5, crowds: 2, rate: 12, seconds: 3, voteEvery: 4, batch: 5, timeoutMs: 30_000 };

describe('the classes benchmark', () => {
  it('plans votes at different turns for different sessions, each closed on the next turn with an input', () => {
    const scenario = Catalog.fromFolder(join(import.meta.dirname, '..', '..', 'scenarios', 'fictional'), silentLogger).get('blocking-statute-mlat')!;
    const a = planClass(scenario, 12, 0, 4);
    const b = planClass(scenario, 12, 1, 4);
    expect(a.map((p) => p.kind).indexOf('openVote')).not.toBe(b.map((p) => p.kind).indexOf('openVote'));
    for (const plan of [a, b]) {
      plan.forEach((p, i) => {
        if (p.kind === 'openVote') expect(plan[i + 1]?.kind ?? 'closeVote').toBe('closeVote');
      });
      // Every command but an opening makes exactly the next input.
      const seqs = plan.filter((p) => p.seq !== null).map((p) => p.seq);
      expect(seqs).toEqual(seqs.map((_, i) => 3 + i));
    }
  });

  // A small crowd of the same harness: the real server process, real joins, every broadcast checked.
  it('brings every command of 3 sessions × 5 participants to every participant, in order, with every ballot counted', async () => {
    const f = await classesFigures(options);
    const commands = options.rate * options.seconds;
    expect(f.sent).toBe(commands);
    expect({ refused: f.refused, unanswered: f.unanswered, diverged: f.diverged, lost: f.lost, outOfOrder: f.outOfOrder, votesLost: f.votesLost })
      .toEqual({ refused: 0, unanswered: 0, diverged: 0, lost: 0, outOfOrder: 0, votesLost: 0 });
    const inputs = f.byKind.advance.samples + f.byKind.step.samples + f.byKind.closeVote.samples;
    expect(inputs + f.byKind.openVote.samples).toBe(commands);
    expect(f.byKind.openVote.samples).toBeGreaterThan(0);
    expect(f.received).toBe(inputs * options.participants);
    expect(f.ballots).toEqual({ cast: f.byKind.openVote.samples * options.participants, refused: 0 });
    expect(f.setup.joinMs.samples).toBe(options.sessions * options.participants);
  }, 180_000);
});
