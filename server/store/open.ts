import type { Logger } from '../log.ts';
import { PostgresStore, redacted } from './postgres.ts';
import { SqliteStore } from './sqlite.ts';

/** Where the sessions are kept: a data folder (SQLite, one process) or a PostgreSQL database (several). */
export type StorePlace = { dataDir: string } | { databaseUrl: string; schema?: string };

export type AnyStore = SqliteStore | PostgresStore;

export async function openStore(place: StorePlace, log: Logger): Promise<AnyStore> {
  if ('dataDir' in place) return SqliteStore.inFolder(place.dataDir, { log });
  const store = await PostgresStore.open(place.databaseUrl, { schema: place.schema, log });
  log.info(`store: PostgreSQL at ${redacted(place.databaseUrl)}${place.schema ? `, schema ${place.schema}` : ''}`);
  return store;
}
