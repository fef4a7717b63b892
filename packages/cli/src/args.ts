import { parseArgs } from 'node:util';
import { CliError, EXIT_CODES } from './io.js';
import { say } from './messages.js';

/** The options the command takes, as `node:util` parses them. */
const OPTIONS = {
  output: { type: 'string', short: 'o' },
  into: { type: 'string' },
  campaign: { type: 'string' },
  framework: { type: 'string' },
  calendar: { type: 'string' },
  'as-of': { type: 'string' },
  year: { type: 'string' },
  group: { type: 'string' },
  name: { type: 'string' },
  level: { type: 'string' },
  leader: { type: 'string' },
  director: { type: 'string' },
  lang: { type: 'string' },
  sample: { type: 'boolean' },
  force: { type: 'boolean' },
  strict: { type: 'boolean' },
  json: { type: 'boolean' },
  progress: { type: 'boolean' },
  version: { type: 'boolean', short: 'v' },
  help: { type: 'boolean', short: 'h' },
} as const;

/** The command line, parsed. */
export interface ParsedArgs {
  values: { [K in keyof typeof OPTIONS]?: (typeof OPTIONS)[K]['type'] extends 'string' ? string : boolean };
  positionals: string[];
}

/**
 * Parses the command line. Node's own messages are English sentences; a person reading Chinese gets them in Chinese,
 * with the option named, and both languages travel in the error.
 */
export function parseCommandLine(argv: readonly string[]): ParsedArgs {
  try {
    const { values, positionals } = parseArgs({ args: [...argv], allowPositionals: true, options: OPTIONS });
    return { values: values as ParsedArgs['values'], positionals };
  } catch (error) {
    throw usageError(error as Error & { code?: string });
  }
}

function usageError(error: Error & { code?: string }): CliError {
  // Node quotes the option as written in its definition: '--campaign <value>', '-o, --output <value>'.
  const quoted = /'(-[^']*)'/.exec(error.message)?.[1] ?? '';
  const option =
    quoted
      .split(/[ ,]+/)
      .filter((w) => w.startsWith('-'))
      .at(-1) ?? '';
  const problem =
    error.code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION'
      ? say('noSuchOption', { option })
      : error.code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE'
        ? /argument missing/.test(error.message)
          ? say('optionNeedsValue', { option })
          : say('optionTakesNoValue', { option })
        : say('unreadableCommandLine', { said: option || error.message });
  return new CliError(EXIT_CODES.usage, say('badArguments', { problem }));
}
