import { describe, expect, it } from 'vitest';
import { machineGraph } from '../../machines/request/graph.ts';
import { STAGES } from '../../machines/request/stages.ts';

describe('the statechart\'s exported graph', () => {
  const graph = machineGraph();
  const ids = new Set(graph.nodes.map((n) => n.id));

  it('has every channel, every MLAT stage and every final state as a node', () => {
    for (const stage of STAGES.mlat) expect(ids).toContain(`active.channel.mlat.${stage.state}`);
    for (const final of ['delivered', 'refused', 'blocked', 'dataLost', 'withdrawn']) {
      expect(graph.nodes.find((n) => n.id === final)).toMatchObject({ type: 'final', parent: null });
    }
    expect(graph.nodes.find((n) => n.id === 'active')).toMatchObject({ type: 'parallel' });
    expect(graph.nodes.find((n) => n.id === 'active.channel.intake')?.tags).toEqual(['decision']);
  });

  it('has every transition as an edge between known nodes, timed ones named by their delay', () => {
    for (const e of graph.edges) {
      expect(ids.has(e.source) || e.source === '').toBe(true);
      expect(ids).toContain(e.target);
    }
    expect(graph.edges).toContainEqual({ source: 'active.channel.mlat.drafting', target: 'active.channel.mlat.requestingReview', event: 'after stageEnd', guard: null });
    expect(graph.edges).toContainEqual({ source: 'active.channel.mlat.return', target: 'delivered', event: 'after stageEnd', guard: null });
    expect(graph.edges).toContainEqual(expect.objectContaining({ source: 'active.channel', target: 'active.channel.direct.blocked', event: 'SEND_DIRECT', guard: 'directUntried & directBlocked' }));
    expect(graph.edges).toContainEqual(expect.objectContaining({ source: 'active.preservation.none', target: 'dataLost', event: 'after dataLoss' }));
  });
});
