import { parseArgs } from 'node:util';
import { LANGS, type Lang } from '../../machines/messages/types.ts';
import { languageOf } from './lang.ts';
import { EXIT, compare, explore, run, test, validate, type Io } from './commands.ts';
import { NAMED_REGIMES } from '../../machines/world/regimes.ts';
import { InvalidFile } from './load.ts';
import { REPORTERS, type Reporter } from './test-report.ts';
import { isCalendarDate, readOverlayFile, type VariantOptions } from './variant.ts';

const USAGE = `Usage:
  rogatory run FILE [--json] [--sample N] [--seed S] [--regime NAME] [--date D] [--overlay O] [--lang L]
                                                       run a scenario (a readable trace, or JSON)
  rogatory compare FILE [--json] [--sample N] [--seed S] [--date D] [--overlay O]
                                                       run it under every regime, side by side
  rogatory explore FILE [--json] [--max-paths N] [--date D] [--overlay O]
                                                       every outcome it can reach, the path to each, how likely
  rogatory test [FILES or FOLDERS] [--date D] [--overlay O] [--reporter R] [--output F] [--allow-empty]
                                                       run every scenario that has expect (default: scenarios)
  rogatory validate FILES...                           check files without running them
--reporter text|junit|tap|json is the test report's format; --output FILE writes it there (the
readable lines still go to standard output). Finding no test fails unless --allow-empty is given.
--lang en|zh|ru|fr|ar writes run's trace and its JSON reasons in that language (default: the locale,
as LC_ALL, LC_MESSAGES or LANG give it, else English).
--date YYYY-MM-DD asks the request on that day; --overlay FILE.yaml applies a what-if (docs/what-if.md).
Regimes: ${NAMED_REGIMES.map((r) => r.name).join(', ')} (and "contract", the format's default).
Exit codes: 0 ran, 1 a test failed, 2 a file is invalid (or the command line is wrong).`;

function positiveInteger(name: string, value: string | undefined, min: number): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isInteger(n) || n < min) throw new UsageError(`--${name} takes a whole number of at least ${min}, got "${value}"`);
  return n;
}

class UsageError extends Error {}

/** --date and --overlay, checked: a date that is no calendar day is a usage error, an unreadable overlay an invalid file. */
function variantOptions(date: string | undefined, overlay: string | undefined): VariantOptions {
  if (date !== undefined && !isCalendarDate(date)) throw new UsageError(`--date takes a real calendar day written YYYY-MM-DD (e.g. 2021-06-01), got "${date}"`);
  return { ...(date !== undefined && { date }), ...(overlay !== undefined && { overlay: readOverlayFile(overlay) }) };
}

function language(flag: string | undefined): Lang {
  const lang = languageOf(flag, process.env);
  if (typeof lang === 'object') throw new UsageError(`--lang takes one of ${LANGS.join(', ')}, got "${lang.unknown}"`);
  return lang;
}

function regimeName(name: string | undefined): string | undefined {
  if (name === undefined || name === 'contract' || NAMED_REGIMES.some((r) => r.name === name)) return name;
  throw new UsageError(`unknown regime "${name}": expected contract, ${NAMED_REGIMES.map((r) => r.name).join(', ')}`);
}

function reporterName(name: string | undefined): Reporter | undefined {
  if (name === undefined || (REPORTERS as readonly string[]).includes(name)) return name as Reporter | undefined;
  throw new UsageError(`unknown reporter "${name}": expected ${REPORTERS.join(', ')}`);
}

export function main(argv: string[], io: Io): number {
  try {
    const { positionals, values } = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        json: { type: 'boolean', default: false },
        sample: { type: 'string' },
        seed: { type: 'string' },
        regime: { type: 'string' },
        date: { type: 'string' },
        overlay: { type: 'string' },
        'max-paths': { type: 'string' },
        reporter: { type: 'string' },
        output: { type: 'string' },
        'allow-empty': { type: 'boolean', default: false },
        lang: { type: 'string' },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
    const [command, ...files] = positionals;
    if (values.help) {
      io.out(USAGE);
      return EXIT.ok;
    }
    switch (command) {
      case 'run': {
        if (files.length !== 1) throw new UsageError('run takes exactly one FILE');
        const sample = positiveInteger('sample', values.sample, 1);
        const seed = positiveInteger('seed', values.seed, 0);
        return run(files[0]!, { json: values.json, sample, seed, regime: regimeName(values.regime), variant: variantOptions(values.date, values.overlay), lang: language(values.lang) }, io);
      }
      case 'compare': {
        if (files.length !== 1) throw new UsageError('compare takes exactly one FILE');
        const sample = positiveInteger('sample', values.sample, 1);
        const seed = positiveInteger('seed', values.seed, 0);
        return compare(files[0]!, { json: values.json, sample, seed, variant: variantOptions(values.date, values.overlay) }, io);
      }
      case 'explore': {
        if (files.length !== 1) throw new UsageError('explore takes exactly one FILE');
        return explore(files[0]!, { json: values.json, maxPaths: positiveInteger('max-paths', values['max-paths'], 1), variant: variantOptions(values.date, values.overlay) }, io);
      }
      case 'test':
        return test(files, io, {
          variant: variantOptions(values.date, values.overlay), reporter: reporterName(values.reporter), output: values.output, allowEmpty: values['allow-empty'],
        });
      case 'validate':
        if (files.length === 0) throw new UsageError('validate takes one or more FILES');
        return validate(files, io);
      default:
        throw new UsageError(command ? `unknown command "${command}"` : 'no command given');
    }
  } catch (error) {
    if (error instanceof InvalidFile) {
      for (const line of error.lines) io.err(line);
      return EXIT.invalid;
    }
    if (error instanceof UsageError || (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) {
      io.err(`rogatory: ${(error as Error).message}\n\n${USAGE}`);
      return EXIT.invalid;
    }
    throw error;
  }
}
