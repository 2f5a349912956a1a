import type { Translations } from '../types.ts';
import { terms } from './terms.ts';
import { request } from './request.ts';
import { route } from './route.ts';
import { run } from './run.ts';
import { world } from './world.ts';

/**
 * Every sentence the engine can say, by id, in every language. One file per part of the engine, so
 * that a message sits beside its siblings; each id holds its five texts together, so a missing
 * translation is a type error here and a failing test in test/engine/messages.test.ts.
 */
export const CATALOGUE = { ...terms, ...request, ...route, ...run, ...world } satisfies Record<string, Translations>;

export type MessageId = keyof typeof CATALOGUE;
