import type { Translations } from '../types.ts';

/** What machines/run/ says. */
export const run = {
} satisfies Record<string, Translations>;
