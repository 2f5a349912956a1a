import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Kysely, PostgresDialect, SqliteDialect } from 'kysely';
import Database from 'better-sqlite3';
import pg from 'pg';
import { afterEach, describe, expect, it } from 'vitest';
import { migrate } from '../../server/store/migrations.ts';
import { Cleanup, testPlace } from '../server/helpers.ts';

const cleanup = new Cleanup();
afterEach(() => cleanup.run());

/** Every table's columns, sorted, without SQLite's hidden rowid's stand-in and Kysely's own tables. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- introspection works on any schema
async function columns(db: Kysely<any>, schema?: string): Promise<Record<string, string[]>> {
  const tables = await db.introspection.getTables();
  const ours = tables.filter((t) => !t.name.startsWith('kysely_') && (schema === undefined || t.schema === schema));
  return Object.fromEntries(ours.map((t) => [t.name, t.columns.map((c) => c.name).filter((c) => c !== 'rowid').sort()]).sort());
}

describe('the one migration history', () => {
  it('gives SQLite and PostgreSQL the same tables with the same columns', async () => {
    const place = testPlace(cleanup);
    if (!('databaseUrl' in place)) throw new Error('test/postgres runs in the postgres project only');
    const pool = new pg.Pool({ connectionString: place.databaseUrl, options: `-c search_path=${place.schema}` });
    const onPostgres = new Kysely({ dialect: new PostgresDialect({ pool }) });
    cleanup.add(() => onPostgres.destroy());
    await pool.query(`CREATE SCHEMA ${place.schema}`);
    await migrate(onPostgres, 'postgres', place.schema);

    const dir = mkdtempSync(join(tmpdir(), 'rogatory-schema-'));
    cleanup.add(() => rmSync(dir, { recursive: true, force: true }));
    const onSqlite = new Kysely({ dialect: new SqliteDialect({ database: new Database(join(dir, 'rogatory.sqlite')) }) });
    cleanup.add(() => onSqlite.destroy());
    await migrate(onSqlite, 'sqlite');

    const sqlite = await columns(onSqlite);
    expect(Object.keys(sqlite)).toEqual(['ballots', 'command_keys', 'inputs', 'links', 'participants', 'session_owners', 'sessions', 'votes']);
    expect(await columns(onPostgres, place.schema)).toEqual(sqlite);
    // Both record the same history.
    const ran = async (db: Kysely<any>) => (await db.selectFrom('kysely_migration').select('name').orderBy('name').execute()).map((r) => r.name); // eslint-disable-line @typescript-eslint/no-explicit-any
    expect(await ran(onPostgres)).toEqual(await ran(onSqlite));
  });
});
