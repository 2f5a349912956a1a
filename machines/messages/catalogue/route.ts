import type { Translations } from '../types.ts';

/** What machines/route/ says. */
export const route = {
} satisfies Record<string, Translations>;
