/**
 * Stryker's TypeScript checker needs the compiler API, which TypeScript 7 (the project's compiler,
 * a native binary) no longer ships. This hook hands Stryker (its checker and its tsconfig preprocessor) TypeScript 5.9 (installed as the
 * `typescript5` alias) and leaves every other import of `typescript` alone. Loaded with
 * `node --import` by `npm run mutation`; child processes inherit it through NODE_OPTIONS.
 */
import { register } from 'node:module';

if (!globalThis.__typescript5Registered) {
  globalThis.__typescript5Registered = true;
  register(import.meta.url);
}

export async function resolve(specifier, context, next) {
  if (specifier === 'typescript' && context.parentURL?.includes('/node_modules/@stryker-mutator/')) {
    return next('typescript5', context);
  }
  return next(specifier, context);
}
