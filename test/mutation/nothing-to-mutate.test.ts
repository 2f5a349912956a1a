import { describe, expect, it } from 'vitest';
import { nothingToMutate } from './nothing-to-mutate.ts';

describe('files StrykerJS finds nothing to change in', () => {
  it('a file of types only is one; a file with code, or with a single constant, is not', async () => {
    // result.ts declares the shape of a run's result and nothing else; sample.ts computes; world/types.ts
    // also holds the markers (the unknown location, any party) that Stryker would change.
    expect(await nothingToMutate(['machines/run/result.ts', 'machines/run/sample.ts', 'machines/world/types.ts', 'machines/route/verdict.ts'])).toEqual(['machines/run/result.ts', 'machines/route/verdict.ts']);
  });
});
