import { describe, expect, it } from 'vitest';
import { machineGraph } from '../machines/request/graph.ts';
import { replay } from '../machines/run/replay.ts';
import { viewOf } from '../machines/run/view.ts';
import { nextSteps } from '../client/model/next-steps.ts';
import { edgeEvent, fitsEdge } from '../client/model/edge-event.ts';
import { MLAT, order, provider, rule, scenario } from './engine/build.ts';

/** A conflict of laws whose order allows a review (test/engine/conflict.test.ts has the engine's side). */
const conflict = scenario({
  world: {
    providers: [provider({ id: 'nimbus', home: 'AR', offersServicesIn: ['BO'] })],
    orders: [order({ id: 'BO-ORDER', review: { days: 30 } })],
    rules: [rule({ id: 'AR-BLOCK', jurisdiction: 'AR', except: ['mlat'] })],
    instruments: [MLAT],
  },
});
const graph = machineGraph();
const atConflict = (more: Parameters<typeof replay>[1] = []) =>
  viewOf(replay(conflict, [{ kind: 'event', event: { type: 'SEND_DIRECT' } }, { kind: 'advance', to: 10 }, ...more]));

describe('the statechart tells the edges of one event apart by the choice each stands for', () => {
  it('each PROVIDER_CHOOSES edge stands for its own choice, and only that choice fits it', () => {
    const edges = graph.edges.filter((e) => e.event === 'PROVIDER_CHOOSES');
    expect(edges.map((e) => [e.target.split('.').at(-1), edgeEvent(e.event, [e.guard])])).toEqual([
      ['delivered', { type: 'PROVIDER_CHOOSES', choice: 'comply' }],
      ['refused', { type: 'PROVIDER_CHOOSES', choice: 'refuse' }],
      ['review', { type: 'PROVIDER_CHOOSES', choice: 'review' }],
    ]);
    const toRefused = edges.find((e) => e.target.endsWith('.refused'))!;
    expect(fitsEdge({ type: 'PROVIDER_CHOOSES', choice: 'refuse' }, [toRefused.guard])).toBe(true);
    expect(fitsEdge({ type: 'PROVIDER_CHOOSES', choice: 'comply' }, [toRefused.guard])).toBe(false);
    expect(fitsEdge({ type: 'SEND_DIRECT' }, ['directUntried'])).toBe(true);
  });

  it('the next steps at a conflict are the three choices; once a review is upheld, only comply and refuse', () => {
    const first = nextSteps(graph, atConflict()).filter((s) => s.by === 'PROVIDER_CHOOSES').map((s) => s.to);
    expect(first.sort()).toEqual(['delivered', 'direct.refused', 'direct.review']);
    const again = atConflict([
      { kind: 'event', event: { type: 'PROVIDER_CHOOSES', choice: 'review' } }, { kind: 'advance', to: 40 },
      { kind: 'event', event: { type: 'REVIEW_DECIDES', outcome: 'upheld' } },
    ]);
    expect(again.state).toBe('direct.conflict');
    expect(nextSteps(graph, again).filter((s) => s.by === 'PROVIDER_CHOOSES').map((s) => s.to).sort()).toEqual(['delivered', 'direct.refused']);
  });
});
