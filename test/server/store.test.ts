import { afterEach, describe, expect, it } from 'vitest';
import { Catalog } from '../../server/catalog.ts';
import { memoryLogger } from '../../server/log.ts';
import type { InputRecord } from '../../server/protocol.ts';
import { SessionService } from '../../server/sessions/service.ts';
import { hashToken, tokenMatches } from '../../server/sessions/tokens.ts';
import type { SessionRow } from '../../server/store/store.ts';
import { BLOCKING, Cleanup, LIBRARY, testStore } from './helpers.ts';

const cleanup = new Cleanup();
afterEach(() => cleanup.run());

const openStore = () => testStore(cleanup);

const scenario = Catalog.fromFolder(LIBRARY, memoryLogger()).get(BLOCKING)!;
const row = (id: string, joinCode: string): SessionRow => ({
  id, scenario, joinCode, trainerTokenHash: hashToken('secret'), status: 'ready', parent: null, createdAt: new Date().toISOString(), admission: 'open', worldEvents: true,
});
const step = (seq: number): InputRecord => ({ seq, input: { kind: 'step' }, actor: 'trainer', voteId: null, recordedAt: new Date().toISOString() });

describe('the store', () => {
  it('appends only right after the last input: no hole, no rewrite', async () => {
    const store = await openStore();
    await store.createSession(row('s1', 'AAAAAA'), []);
    await store.appendInput('s1', step(1));
    await expect(store.appendInput('s1', step(1))).rejects.toThrow(/does not follow/);
    await expect(store.appendInput('s1', step(3))).rejects.toThrow(/does not follow/);
    await store.appendInput('s1', step(2));
    expect((await store.inputs('s1')).map((r) => r.seq)).toEqual([1, 2]);
  });

  it('creates a branch and its inputs in one transaction', async () => {
    const store = await openStore();
    await expect(store.createSession(row('s2', 'BBBBBB'), [step(1), step(3)])).rejects.toThrow();
    expect(await store.getSession('s2')).toBeUndefined();
    await store.createSession(row('s2', 'BBBBBB'), [step(1), step(2)]);
    expect(await store.inputs('s2')).toHaveLength(2);
  });

  it('freezes the scenario: the session keeps the copy it was created with', async () => {
    const store = await openStore();
    await store.createSession(row('s3', 'CCCCCC'), []);
    expect((await store.getSession('s3'))!.scenario).toEqual(JSON.parse(JSON.stringify(scenario)));
  });
});

describe('tokens', () => {
  it('match their hash, and nothing else', () => {
    const hash = hashToken('correct horse');
    expect(tokenMatches('correct horse', hash)).toBe(true);
    expect(tokenMatches('correct horsf', hash)).toBe(false);
    expect(tokenMatches('', hash)).toBe(false);
    expect(tokenMatches('correct horse', 'not-hex')).toBe(false);
  });
});

describe('the session service', () => {
  it('writes an input before it broadcasts it', async () => {
    const store = await openStore();
    const order: string[] = [];
    const append = store.appendInput.bind(store);
    store.appendInput = async (id, record) => {
      await append(id, record);
      order.push(`write ${record.seq}`);
    };
    const sessions = new SessionService({ store, log: memoryLogger() });
    cleanup.add(() => sessions.close());
    sessions.on('input', (b) => order.push(`broadcast ${b.seq}`));
    const { id } = await sessions.create(scenario);
    const session = await sessions.get(id);
    const result = await sessions.command(session, { type: 'step' });
    order.push(`acknowledge ${result.seq}`);
    expect(order).toEqual(['write 1', 'broadcast 1', 'acknowledge 1']);
  });

  it('changes nothing and tells nobody when the write fails', async () => {
    const store = await openStore();
    const sessions = new SessionService({ store, log: memoryLogger() });
    cleanup.add(() => sessions.close());
    const broadcasts: number[] = [];
    sessions.on('input', (b) => broadcasts.push(b.seq));
    const { id } = await sessions.create(scenario);
    const session = await sessions.get(id);
    const before = await sessions.describe(id);
    const append = store.appendInput.bind(store);
    store.appendInput = async () => {
      throw new Error('disk full');
    };
    await expect(sessions.command(session, { type: 'step' })).rejects.toThrow('disk full');
    expect(await sessions.describe(id)).toEqual(before);
    expect(broadcasts).toEqual([]);
    store.appendInput = append;
    expect((await sessions.command(session, { type: 'step' })).seq).toBe(1);
    expect(broadcasts).toEqual([1]);
  });
});
