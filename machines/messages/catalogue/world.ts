import type { Translations } from '../types.ts';

/** What machines/world/ says. */
export const world = {
} satisfies Record<string, Translations>;
