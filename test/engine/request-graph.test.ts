import { describe, expect, it } from 'vitest';
import { machineGraph } from '../../machines/request/graph.ts';

/**
 * What the client's statechart view draws (machines/request/graph.ts), pinned where graph.test.ts only
 * samples: the top-level states, the direct channel's states with their decision tags, and every edge
 * of a few regions with its event (a timer named by its delay, `always`) and its guard (a combined
 * guard joined by " & ", a guard's parameter in brackets, none as null).
 */
const graph = machineGraph();
const edgesFrom = (...sources: string[]) => graph.edges.filter((e) => sources.includes(e.source)).map((e) => [e.source, e.target, e.event, e.guard]);

describe('the statechart\'s states', () => {
  it('the machine itself is no node; its top-level states have no parent', () => {
    expect(graph.nodes.filter((n) => n.parent === null).map((n) => [n.id, n.type])).toEqual([
      ['active', 'parallel'], ['delivered', 'final'], ['refused', 'final'], ['blocked', 'final'], ['dataLost', 'final'], ['withdrawn', 'final'],
    ]);
    expect(graph.nodes.some((n) => n.id === '')).toBe(false);
  });

  it('the direct channel\'s states, each under its parent, those awaiting a decision tagged so', () => {
    expect(graph.nodes.filter((n) => n.id.startsWith('active.channel.direct')).map((n) => [n.id, n.parent, n.key, n.type, n.tags])).toEqual([
      ['active.channel.direct', 'active.channel', 'direct', 'compound', []],
      ['active.channel.direct.sent', 'active.channel.direct', 'sent', 'atomic', []],
      ['active.channel.direct.blocked', 'active.channel.direct', 'blocked', 'atomic', ['decision']],
      ['active.channel.direct.declined', 'active.channel.direct', 'declined', 'atomic', ['decision']],
      ['active.channel.direct.refused', 'active.channel.direct', 'refused', 'atomic', ['decision']],
      ['active.channel.direct.conflict', 'active.channel.direct', 'conflict', 'atomic', ['decision']],
      ['active.channel.direct.review', 'active.channel.direct', 'review', 'atomic', []],
      ['active.channel.direct.ruling', 'active.channel.direct', 'ruling', 'atomic', ['decision']],
      ['active.channel.direct.lifted', 'active.channel.direct', 'lifted', 'atomic', ['decision']],
    ]);
  });
});

describe('the statechart\'s transitions', () => {
  it('withdrawing leaves from the whole active state', () => {
    expect(edgesFrom('active')).toEqual([['active', 'withdrawn', 'WITHDRAW', null]]);
  });

  it('the custody region: automatic choices (always), self-transitions, timers and their guards', () => {
    expect(edgesFrom('active.preservation.start', 'active.preservation.preserved', 'active.preservation.held')).toEqual([
      ['active.preservation.start', 'active.preservation.preserved', 'always', 'autoPreservation'],
      ['active.preservation.start', 'active.preservation.none', 'always', null],
      ['active.preservation.preserved', 'active.preservation.preserved', 'REQUEST_PRESERVATION', null],
      ['active.preservation.preserved', 'active.preservation.preserved', 'EXTEND_PRESERVATION', 'extensionAllowed'],
      ['active.preservation.preserved', 'active.preservation.preserved', 'after extensionDue', 'autoExtension'],
      ['active.preservation.preserved', 'active.preservation.held', 'after preservationEnds', 'heldPending'],
      ['active.preservation.preserved', 'dataLost', 'after preservationEnds', 'dataExpiresWithPreservation'],
      ['active.preservation.preserved', 'active.preservation.lapsed', 'after preservationEnds', null],
      ['active.preservation.held', 'active.preservation.lapsed', 'REFUSE', 'refusalEndsHold'],
      ['active.preservation.held', 'active.preservation.lapsed', 'PROVIDER_REFUSES', 'providerRefusalEndsHold'],
      ['active.preservation.held', 'active.preservation.held', 'REQUEST_PRESERVATION', null],
    ]);
  });

  it('at a conflict of laws and its review, each choice and ruling named with its parameter', () => {
    expect(edgesFrom('active.channel.direct.conflict', 'active.channel.direct.ruling')).toEqual([
      ['active.channel.direct.conflict', 'delivered', 'PROVIDER_CHOOSES', 'providerChose(comply)'],
      ['active.channel.direct.conflict', 'active.channel.direct.refused', 'PROVIDER_CHOOSES', 'providerChose(refuse)'],
      ['active.channel.direct.conflict', 'active.channel.direct.review', 'PROVIDER_CHOOSES', 'providerChose(review) & reviewOpen'],
      ['active.channel.direct.ruling', 'active.channel.direct.conflict', 'REVIEW_DECIDES', 'courtRuled(upheld)'],
      ['active.channel.direct.ruling', 'active.channel.direct.lifted', 'REVIEW_DECIDES', 'courtRuled(lifted)'],
    ]);
  });

  it('a channel decision: each channel named in its guards, a consultation first where one is needed', () => {
    expect(edgesFrom('active.channel').filter(([, , event]) => event === 'CHOOSE_MLAT' || event === 'CONCLUDE')).toEqual([
      ['active.channel', 'active.channel.sovereigntyCheck', 'CHOOSE_MLAT', 'available(mlat) & needsConsultation(mlat)'],
      ['active.channel', 'active.channel.mlat', 'CHOOSE_MLAT', 'available(mlat)'],
      ['active.channel', 'refused', 'CONCLUDE', 'nothingAvailable & lastEndedByRefusal'],
      ['active.channel', 'blocked', 'CONCLUDE', 'nothingAvailable'],
    ]);
  });
});
