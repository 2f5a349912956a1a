import { z } from 'zod';
import { pathToString } from './errors.ts';
import { closest, cut, show, type Problem } from './problems.ts';

/** The fields each strict object allows, by path, remembered while parsing so typos get a suggestion. */
export type AllowedFields = Map<string, string[]>;

/** A parse-time error map that only records what unknown-field messages need; zod's text is not used. */
export function rememberAllowedFields(allowed: AllowedFields): z.core.$ZodErrorMap {
  return (issue) => {
    if (issue.code === 'unrecognized_keys' && issue.inst instanceof z.ZodObject) {
      allowed.set(pathToString(issue.path ?? []), Object.keys(issue.inst.shape));
    }
    return undefined;
  };
}

/** Turns zod's issues into messages that say what was expected and what the file has. */
export function problemsFromIssues(issues: readonly z.core.$ZodIssue[], allowed: AllowedFields): Problem[] {
  return issues.flatMap((issue): Problem[] => {
    const path = [...issue.path];
    switch (issue.code) {
      case 'invalid_type':
        return [{ path, message: issue.input === undefined ? missing(path) : `expected ${typeName(issue.expected)}, got ${show(issue.input)}` }];
      case 'invalid_value':
        return [{ path, message: `expected ${oneOf(issue.values)}, got ${show(issue.input)}` }];
      case 'invalid_union': {
        if (!issue.discriminator) return [{ path, message: issue.message }];
        const given = (issue.input as Record<string, unknown> | undefined)?.[issue.discriminator];
        const message = given === undefined ? missing(path) : `expected ${oneOf('options' in issue ? (issue.options ?? []) : [])}, got ${show(given)}`;
        return [{ path, message }];
      }
      case 'unrecognized_keys':
        return issue.keys.map((key) => ({
          path: [...path, key],
          at: 'key' as const,
          // Worked out only for the errors that are listed (a file may have thousands of unknown fields).
          get message() {
            return unknownField(key, allowed.get(pathToString(path)) ?? []);
          },
        }));
      case 'too_small':
        return [{ path, message: tooSmall(issue) }];
      case 'too_big':
        return [{ path, message: `expected at most ${String(issue.maximum)}, got ${size(issue.input)}` }];
      case 'invalid_format':
        return [{ path, message: `${issue.message}, got ${show(issue.input)}` }];
      default:
        return [{ path, message: issue.message }];
    }
  });
}

function missing(path: readonly PropertyKey[]): string {
  return `missing required field ${String(path[path.length - 1])}`;
}

function oneOf(values: readonly unknown[]): string {
  const names = values.map((value) => String(value));
  return names.length === 1 ? String(names[0]) : `one of ${names.join(', ')}`;
}

function unknownField(key: string, allowedHere: readonly string[]): string {
  const guess = closest(key, allowedHere);
  if (guess) return `unknown field "${cut(key)}" (did you mean "${guess}"?)`;
  return allowedHere.length ? `unknown field "${cut(key)}"; allowed here: ${allowedHere.join(', ')}` : `unknown field "${cut(key)}"`;
}

function tooSmall(issue: z.core.$ZodIssueTooSmall): string {
  const minimum = Number(issue.minimum);
  if (issue.origin === 'array') {
    const entries = minimum === 1 ? 'one entry' : `${minimum} entries`;
    return `expected at least ${entries}, got ${size(issue.input)}`;
  }
  if (issue.origin === 'string') return 'expected a non-empty string';
  return `expected a number >= ${minimum}, got ${show(issue.input)}`;
}

function size(input: unknown): string {
  return Array.isArray(input) ? String(input.length) : show(input);
}

function typeName(expected: string): string {
  const names: Record<string, string> = {
    string: 'a string',
    number: 'a number',
    int: 'a whole number',
    boolean: 'true or false',
    array: 'a list',
    object: 'a mapping of fields',
  };
  return names[expected] ?? expected;
}
