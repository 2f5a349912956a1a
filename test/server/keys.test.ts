import { afterEach, describe, expect, it } from 'vitest';
import { Catalog } from '../../server/catalog.ts';
import { memoryLogger } from '../../server/log.ts';
import type { InputRecord, TrainerCommand } from '../../server/protocol.ts';
import { KeyedWrites, fingerprintOf, keyRow, openToken, sealToken, type Claim } from '../../server/sessions/keys.ts';
import { hashToken } from '../../server/sessions/tokens.ts';
import type { SessionRow, VoteRow } from '../../server/store/store.ts';
import { BLOCKING, Cleanup, LIBRARY, testStore } from './helpers.ts';

const cleanup = new Cleanup();
afterEach(() => cleanup.run());

const scenario = Catalog.fromFolder(LIBRARY, memoryLogger()).get(BLOCKING)!;
const row = (id: string, joinCode: string, parent: SessionRow['parent'] = null): SessionRow => ({
  id, scenario, joinCode, trainerTokenHash: hashToken('secret'), status: 'ready', parent, createdAt: new Date().toISOString(), admission: 'open', worldEvents: true,
});
const step = (seq: number): InputRecord => ({ seq, input: { kind: 'step' }, actor: 'trainer', voteId: null, recordedAt: new Date().toISOString() });
const voteRow = (id: string, sessionId: string): VoteRow => ({
  id, sessionId, options: [{ type: 'CHOOSE_MLAT' }, { type: 'WITHDRAW' }], openedAtSeq: 0, openedAt: new Date().toISOString(), closesAt: null, closedAt: null, result: null,
  ballots: new Map(), settings: { prompt: null, tie: 'trainer', hideResults: true, explain: true, seconds: 60 }, leftMs: null, revealedAt: null, explanations: new Map(),
});
const LONG_AGO = '2000-01-01T00:00:00.000Z';
/** A keyed command on s1 whose session stands at seq 7 when its write carries no input. */
const claimFor = (sessionId: string, key: string): Claim => ({ sessionId, key, fingerprint: 'f'.repeat(64), callerToken: 'caller-token', seq: () => 7, written: false });

describe('fingerprintOf: the same command, whatever the order of its fields', () => {
  it('is the sha-256 of the command with its keys sorted, at every depth', () => {
    const command = { type: 'openVote', seconds: 60, options: [{ type: 'REFUSE', ground: 'dual criminality' }, { type: 'WITHDRAW' }], hideResults: true } as TrainerCommand;
    // sha-256 of {"hideResults":true,"options":[{"ground":"dual criminality","type":"REFUSE"},{"type":"WITHDRAW"}],"seconds":60,"type":"openVote"}
    expect(fingerprintOf(command)).toBe('8e635fb503ef585aa8cea14650d9c60b14d5c55facb2240416ac00dc76266b75');
    const reordered = { hideResults: true, options: [{ ground: 'dual criminality', type: 'REFUSE' }, { type: 'WITHDRAW' }], type: 'openVote', seconds: 60 } as TrainerCommand;
    expect(fingerprintOf(reordered)).toBe('8e635fb503ef585aa8cea14650d9c60b14d5c55facb2240416ac00dc76266b75');
  });

  it('keeps a null field: a role taken away is a command of its own', () => {
    // sha-256 of {"participant":"p1","role":null,"type":"assignRole"}
    expect(fingerprintOf({ role: null, type: 'assignRole', participant: 'p1' } as TrainerCommand)).toBe('bb124d1d65aae065e8f3cb3bdb452c9d5d0abea15b439f2b6579f5f8d8a21211');
  });

  it('tells different commands apart', () => {
    const fingerprints = new Set([
      fingerprintOf({ type: 'start' }),
      fingerprintOf({ type: 'pause' }),
      fingerprintOf({ type: 'advance', to: 3 }),
      fingerprintOf({ type: 'advance', to: 4 }),
    ]);
    expect(fingerprints.size).toBe(4);
  });
});

describe('sealToken and openToken: a branch’s trainer token kept for a retry', () => {
  it('a retry with the same trainer token and key opens it', () => {
    const sealed = sealToken('the-new-trainer-token', 'caller-token', 'key-1');
    expect(sealed).not.toContain('the-new-trainer-token');
    expect(sealed).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(openToken(sealed, 'caller-token', 'key-1')).toBe('the-new-trainer-token');
  });

  it('another trainer token, another key, or a damaged seal opens nothing', () => {
    const sealed = sealToken('the-new-trainer-token', 'caller-token', 'key-1');
    expect(openToken(sealed, 'other-token', 'key-1')).toBeUndefined();
    expect(openToken(sealed, 'caller-token', 'key-2')).toBeUndefined();
    expect(openToken(sealed.slice(0, 20), 'caller-token', 'key-1')).toBeUndefined();
  });

  it('a seal written before (kept in the store across a restart) still opens', () => {
    expect(openToken('L2sM1pMcFBlee-LDPOfmErB8Fw2v2OvK91utsYvs8CSAZ6sEbs-HYnKPmdV_rEzqCw', 'caller-token', 'key-1')).toBe('the-new-trainer-token');
  });
});

describe('keyRow: what the store keeps of a keyed command', () => {
  it('without a created session: the key, its fingerprint, the seq and when', () => {
    const before = new Date().toISOString();
    const key = keyRow(claimFor('s1', 'k1'), 5);
    expect(key).toEqual({ sessionId: 's1', key: 'k1', fingerprint: 'f'.repeat(64), seq: 5, recordedAt: expect.any(String), created: null });
    expect(key.recordedAt >= before).toBe(true);
  });

  it('with a created session: its id, join code, seq and the sealed token a retry can open', () => {
    const claim = { ...claimFor('s1', 'k1'), created: { id: 's2', joinCode: 'BBBBBB', trainerToken: 'branch-token', seq: 3 } };
    const { created } = keyRow(claim, 3);
    expect(created).toEqual({ id: 's2', joinCode: 'BBBBBB', seq: 3, sealedToken: expect.any(String) });
    expect(openToken(created!.sealedToken, 'caller-token', 'k1')).toBe('branch-token');
  });
});

describe('KeyedWrites: the first write of a keyed command carries its key', () => {
  it('an input carries the key with its own seq, once; later writes carry none', async () => {
    const store = await testStore(cleanup);
    const keyed = new KeyedWrites(store);
    await keyed.createSession(row('s1', 'AAAAAA'), []);
    const claim = claimFor('s1', 'k1');
    keyed.begin(claim);
    expect(keyed.claimOf('s1')).toBe(claim);
    await keyed.appendInput('s1', step(1));
    expect(claim.written).toBe(true);
    expect((await store.commandKey('s1', 'k1', LONG_AGO))?.seq).toBe(1);
    await keyed.appendInput('s1', step(2));
    expect((await store.commandKey('s1', 'k1', LONG_AGO))?.seq).toBe(1);
    expect((await store.inputs('s1')).map((r) => r.seq)).toEqual([1, 2]);
    keyed.end('s1');
    expect(keyed.claimOf('s1')).toBeUndefined();
  });

  it('without a claim (or after it ended) nothing carries a key', async () => {
    const store = await testStore(cleanup);
    const keyed = new KeyedWrites(store);
    await keyed.createSession(row('s1', 'AAAAAA'), []);
    await keyed.appendInput('s1', step(1));
    keyed.begin(claimFor('s1', 'k1'));
    keyed.end('s1');
    await keyed.setStatus('s1', 'running');
    expect(await store.commandKey('s1', 'k1', LONG_AGO)).toBeUndefined();
    expect((await store.getSession('s1'))?.status).toBe('running');
    expect(await store.inputs('s1')).toHaveLength(1);
  });

  it('a status carries the session’s seq', async () => {
    const store = await testStore(cleanup);
    const keyed = new KeyedWrites(store);
    await keyed.createSession(row('s1', 'AAAAAA'), []);
    keyed.begin(claimFor('s1', 'start'));
    await keyed.setStatus('s1', 'running');
    expect((await store.getSession('s1'))?.status).toBe('running');
    expect((await store.commandKey('s1', 'start', LONG_AGO))?.seq).toBe(7);
  });

  it('a branch goes under the parent’s key, with the created session', async () => {
    const store = await testStore(cleanup);
    const keyed = new KeyedWrites(store);
    await keyed.createSession(row('s1', 'AAAAAA'), []);
    const claim = { ...claimFor('s1', 'branch'), created: { id: 's2', joinCode: 'BBBBBB', trainerToken: 'branch-token', seq: 0 } };
    keyed.begin(claim);
    await keyed.createSession(row('s2', 'BBBBBB', { id: 's1', atSeq: 0 }), []);
    expect((await store.getSession('s2'))?.joinCode).toBe('BBBBBB');
    const key = await store.commandKey('s1', 'branch', LONG_AGO);
    expect(key?.seq).toBe(7);
    expect(key?.created?.id).toBe('s2');
    expect(openToken(key!.created!.sealedToken, 'caller-token', 'branch')).toBe('branch-token');
  });

  it('a vote opened carries the session’s seq; a vote closed the seq of the input its winner became', async () => {
    const store = await testStore(cleanup);
    const keyed = new KeyedWrites(store);
    await keyed.createSession(row('s1', 'AAAAAA'), []);
    keyed.begin(claimFor('s1', 'open'));
    await keyed.openVote(voteRow('v1', 's1'));
    keyed.end('s1');
    expect((await store.votes('s1')).map((v) => v.id)).toEqual(['v1']);
    expect((await store.commandKey('s1', 'open', LONG_AGO))?.seq).toBe(7);

    keyed.begin(claimFor('s1', 'close'));
    const result = { winner: 0, event: { type: 'CHOOSE_MLAT' as const }, applied: true, seq: 1, message: 'CHOOSE_MLAT' };
    await keyed.closeVote('s1', 'v1', new Date().toISOString(), result, { ...step(1), actor: 'vote', voteId: 'v1' });
    keyed.end('s1');
    expect((await store.votes('s1'))[0]!.result).toEqual(result);
    expect((await store.commandKey('s1', 'close', LONG_AGO))?.seq).toBe(1);
  });

  it('a vote closed without a winner carries the session’s seq', async () => {
    const store = await testStore(cleanup);
    const keyed = new KeyedWrites(store);
    await keyed.createSession(row('s1', 'AAAAAA'), []);
    await keyed.openVote(voteRow('v1', 's1'));
    keyed.begin(claimFor('s1', 'close'));
    await keyed.closeVote('s1', 'v1', new Date().toISOString(), { winner: null, event: null, applied: false, seq: null, message: 'Nobody voted.' }, null);
    expect((await store.votes('s1'))[0]!.closedAt).not.toBe(null);
    expect((await store.commandKey('s1', 'close', LONG_AGO))?.seq).toBe(7);
  });

  it('passes every other call through to the store, with its answer', async () => {
    const store = await testStore(cleanup);
    const keyed = new KeyedWrites(store);
    await keyed.createSession(row('s1', 'AAAAAA'), []);
    await keyed.createSession(row('s2', 'BBBBBB', { id: 's1', atSeq: 0 }), []);
    expect((await keyed.getSession('s1'))?.joinCode).toBe('AAAAAA');
    expect((await keyed.sessionByJoinCode('BBBBBB'))?.id).toBe('s2');
    expect((await keyed.newestBranch('s1'))?.id).toBe('s2');
    await keyed.appendInput('s1', step(1));
    expect((await keyed.inputs('s1')).map((r) => r.seq)).toEqual([1]);

    await keyed.addParticipant({ id: 'p1', sessionId: 's1', name: 'Ana', nameKey: 'ana', status: 'pending', tokenHash: hashToken('pass-1'), joinedAt: new Date().toISOString() });
    await keyed.updateParticipant('p1', { status: 'admitted' });
    expect((await keyed.participantByTokenHash(hashToken('pass-1')))?.status).toBe('admitted');
    expect((await keyed.participants('s1')).map((p) => p.name)).toEqual(['Ana']);

    await keyed.setAdmission('s1', 'approve');
    await keyed.setRoles('s1', ['prosecutor']);
    await keyed.setWorldEvents('s1', false);
    const session = await store.getSession('s1');
    expect([session?.admission, session?.roles, session?.worldEvents]).toEqual(['approve', ['prosecutor'], false]);

    await keyed.openVote(voteRow('v1', 's1'));
    await keyed.castBallot('v1', 'p1', 1, new Date().toISOString(), { explanation: 'too slow' });
    expect((await keyed.votes('s1'))[0]!.ballots).toEqual(new Map([['p1', 1]]));
    expect((await keyed.ballots('s1')).get('v1')?.explanations).toEqual(new Map([['p1', 'too slow']]));
    await keyed.setVoteClock('v1', null, 30000);
    await keyed.revealVote('v1', '2026-01-01T10:00:00.000Z');
    const [vote] = await store.votes('s1');
    expect([vote!.leftMs, vote!.revealedAt]).toEqual([30000, '2026-01-01T10:00:00.000Z']);
    await keyed.removeBallot('v1', 'p1');
    expect((await store.votes('s1'))[0]!.ballots.size).toBe(0);

    await keyed.addLink({ sessionId: 's1', id: 'l1', role: 'presenter', tokenHash: hashToken('link-1'), label: 'Beamer', createdAt: new Date().toISOString(), revokedAt: null });
    expect(await keyed.revokeLink('s1', 'l1', '2026-01-01T11:00:00.000Z')).toBe(true);
    expect((await keyed.links('s1')).map((l) => [l.label, l.revokedAt])).toEqual([['Beamer', '2026-01-01T11:00:00.000Z']]);

    await keyed.putCommandKey({ sessionId: 's1', key: 'alone', fingerprint: 'f'.repeat(64), seq: 1, created: null, recordedAt: '2026-01-01T00:00:00.000Z' });
    expect((await keyed.commandKey('s1', 'alone', LONG_AGO))?.seq).toBe(1);
    expect(await keyed.forgetCommandKeys('2026-01-02T00:00:00.000Z')).toBe(1);
    expect(await store.commandKey('s1', 'alone', LONG_AGO)).toBeUndefined();
  });

  it('closing it closes the store', async () => {
    const store = await testStore(cleanup);
    const keyed = new KeyedWrites(store);
    await keyed.createSession(row('s1', 'AAAAAA'), []);
    await keyed.close();
    await expect(store.getSession('s1')).rejects.toThrow();
  });
});
