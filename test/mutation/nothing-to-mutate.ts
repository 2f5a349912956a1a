import { readFileSync } from 'node:fs';
import { Instrumenter } from '@stryker-mutator/instrumenter';

// Stryker's reports leave out a file in which it makes no mutant at all (types only), so a part
// could never be counted whole. Its own instrumenter says which files those are. A file whose
// mutants are all static (constants computed at load) is in the report, scored as nothing.
const quiet = {
  isTraceEnabled: () => false, isDebugEnabled: () => false, isInfoEnabled: () => false,
  isWarnEnabled: () => true, isErrorEnabled: () => true, isFatalEnabled: () => true,
  trace() {}, debug() {}, info() {},
  warn: (...args: unknown[]) => console.warn(...args),
  error: (...args: unknown[]) => console.error(...args),
  fatal: (...args: unknown[]) => console.error(...args),
} as unknown as ConstructorParameters<typeof Instrumenter>[0];

/** The files, of those given, in which StrykerJS would make no mutant at all. */
export async function nothingToMutate(files: readonly string[]): Promise<string[]> {
  const instrumenter = new Instrumenter(quiet);
  const empty: string[] = [];
  for (const name of files) {
    const { mutants } = await instrumenter.instrument([{ name, content: readFileSync(name, 'utf8'), mutate: true }], { plugins: null, excludedMutations: [], ignorers: [], noHeader: true });
    if (mutants.length === 0) empty.push(name);
  }
  return empty;
}
