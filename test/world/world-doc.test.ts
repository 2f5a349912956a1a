import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderWorldDoc } from '../../scenarios/world-doc.ts';

/** docs/world.md is generated from the data (issue 12): a change to the data without it is stale. */
describe('docs/world.md', () => {
  it('is what `npm run world:doc` writes from the built-in data now', () => {
    const onDisk = readFileSync(join(import.meta.dirname, '../../docs/world.md'), 'utf8');
    expect(onDisk === renderWorldDoc(), 'docs/world.md is stale: run `npm run world:doc`').toBe(true);
  });

  it('states the as-of date, the counts, coverage by region and family, and how to correct an entry', () => {
    const page = renderWorldDoc();
    for (const heading of ['## Coverage by region', '## Coverage by treaty family', '## Durations', '## What is uncertain', '## Correcting or extending an entry']) {
      expect(page).toContain(heading);
    }
    expect(page).toMatch(/\*\*As of:\*\* \d{4}-\d{2}-\d{2}/);
    expect(page).toContain('**Jurisdictions:** 195');
  });
});
