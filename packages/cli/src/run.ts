import { COMPETITION_GROUP_LABELS, COMPETITION_GROUPS } from '@chuangwen/checklists';
import { DateSchema, DateTimeSchema, type Locale } from '@chuangwen/model';
import * as sheets from '@chuangwen/sheets';
import packageJson from '../package.json' with { type: 'json' };
import { parseCommandLine } from './args.js';
import {
  type CommandOptions,
  type Outcome,
  runExport,
  runImport,
  runReport,
  runTemplate,
} from './commands.js';
import { HELP } from './help.js';
import { runInit } from './init.js';
import { CliError, EXIT_CODES, type Io, issueLines, pickLocale, sameFile, withOwnReads } from './io.js';
import { say } from './messages.js';
import { usage } from './usage.js';
import { runValidate } from './validate.js';
import { aside, colon, kindName, LINE_WORDS } from './words.js';

/**
 * Runs the `chuangwen` command with its arguments (without `node` and the script) and returns the exit code. Writes
 * only through `io`, so it can be embedded and tested; runs started side by side keep apart.
 */
export async function run(argv: readonly string[], io: Io): Promise<number> {
  const shown = endingProgressLines(io);
  try {
    return await withOwnReads(() => runCommand(argv, shown.io));
  } finally {
    shown.end();
  }
}

/**
 * The progress bar redraws one line (`\r…`) and ends it only at 100%: anything else written while that line is open
 * (a refusal, an error, a result) first ends it, so it starts on a line of its own, and so does the shell's prompt.
 */
function endingProgressLines(io: Io): { io: Io; end: () => void } {
  let open = false;
  const end = () => {
    if (open) io.stderr('\n');
    open = false;
  };
  return {
    io: {
      ...io,
      stdout: (text) => {
        end();
        io.stdout(text);
      },
      stderr: (text) => {
        if (!text.startsWith('\r')) end();
        io.stderr(text);
        if (text.startsWith('\r')) open = !text.endsWith('\n');
      },
    },
    end,
  };
}

async function runCommand(argv: readonly string[], io: Io): Promise<number> {
  let locale: Locale = pickLocale(
    argv.includes('--lang') ? argv[argv.indexOf('--lang') + 1] : undefined,
    io.env,
  );
  let json = argv.includes('--json');
  try {
    const { values, positionals } = parseCommandLine(argv);
    locale = pickLocale(values.lang, io.env);
    json = values.json === true;
    if (values.lang !== undefined && !/^(zh|en)([-_].*)?$/i.test(values.lang)) {
      // Said in the language the environment speaks, since the one asked for is not one the command has.
      locale = pickLocale(undefined, io.env);
      throw usage(say('langUnknown', { lang: values.lang }));
    }
    const [command, ...rest] = positionals;
    if (values.version) {
      io.stdout(
        json ? `${JSON.stringify({ version: packageJson.version })}\n` : `chuangwen ${packageJson.version}\n`,
      );
      return EXIT_CODES.ok;
    }
    if (values.help || command === undefined || command === 'help') {
      io.stdout(HELP[locale]);
      return command === undefined && !values.help ? EXIT_CODES.usage : EXIT_CODES.ok;
    }
    const options = commandOptions(values, locale, json, io);
    outputNotInput(options, filesRead(command, rest));
    const need = (n: number) => {
      if (rest.length < n) throw usage(say('missingArguments', { help: HELP }));
    };
    const commands: Record<string, [number, () => Promise<Outcome>]> = {
      init: [1, () => runInit(rest[0]!, rest.slice(1), { ...options, ...initOptions(values) })],
      validate: [1, () => runValidate(rest[0]!, options)],
      import: [2, () => runImport(rest[0]!, rest[1]!, options)],
      export: [2, () => runExport(rest[0]!, rest[1]!, options)],
      template: [1, () => runTemplate(rest[0]!, options)],
      report: [1, () => runReport(rest[0]!, options)],
    };
    const chosen = Object.hasOwn(commands, command) ? commands[command] : undefined;
    if (!chosen) throw usage(say('unknownCommand', { command, help: HELP }));
    need(chosen[0]);
    const outcome = await chosen[1]();
    print(io, outcome, command, locale, json);
    return outcome.ok ? EXIT_CODES.ok : EXIT_CODES.invalid;
  } catch (error) {
    const failure =
      error instanceof CliError
        ? error
        : new CliError(EXIT_CODES.internal, say('internalError', { said: String(error) }));
    if (json)
      io.stdout(
        `${JSON.stringify({ ok: false, exitCode: failure.exitCode, error: failure.text, issues: failure.issues })}\n`,
      );
    else
      io.stderr(
        `${failure.text[locale]}\n${failure.issues.length ? `${issueLines(failure.issues, locale)}\n` : ''}`,
      );
    return failure.exitCode;
  }
}

type Values = ReturnType<typeof parseCommandLine>['values'];

/** A day (`2026-06-30`) or an instant with its offset, in the years a campaign can run: what `--as-of` may say. */
function readableMoment(text: string): boolean {
  const year = Number(text.slice(0, 4));
  return (
    (DateSchema.safeParse(text).success || DateTimeSchema.safeParse(text).success) &&
    year >= 2000 &&
    year <= 2100
  );
}

function commandOptions(values: Values, locale: Locale, json: boolean, io: Io): CommandOptions {
  const asOf = values['as-of'];
  if (asOf !== undefined && !readableMoment(asOf)) throw usage(say('asOfNotDate', { asOf }));
  const year = values.year === undefined ? undefined : Number(values.year);
  if (year !== undefined && !(Number.isInteger(year) && year >= 2000 && year <= 2100))
    throw usage(say('yearNotYear', { year: String(values.year) }));
  const group = values.group === undefined ? undefined : sheets.readCompetitionGroup(values.group);
  if (values.group !== undefined && group === undefined)
    throw usage(
      say('groupUnknown', {
        group: values.group,
        codes: COMPETITION_GROUPS,
        names: COMPETITION_GROUPS.map((g) => COMPETITION_GROUP_LABELS[g]['zh-CN']),
      }),
    );
  return {
    locale,
    json,
    progress: values.progress === true || (io.isTty && !json),
    io,
    ...(values.output ? { output: values.output } : {}),
    ...(values.into ? { into: values.into } : {}),
    ...(values.campaign ? { campaign: values.campaign } : {}),
    ...(values.framework ? { framework: values.framework } : {}),
    ...(values.calendar ? { calendar: values.calendar } : {}),
    ...(asOf ? { asOf: /^\d{4}-\d{2}-\d{2}$/.test(asOf) ? `${asOf}T12:00:00+08:00` : asOf } : {}),
    ...(year ? { year } : {}),
    ...(group ? { group } : {}),
    ...(values.strict ? { strict: true } : {}),
    ...(values.force ? { force: true } : {}),
  };
}

/** Refuses an output that is one of the command's own inputs: writing it would destroy what is being read. */
function outputNotInput(options: CommandOptions, files: readonly string[]): void {
  if (!options.output) return;
  const out = sameFile(options.output);
  const inputs = [...files, options.into, options.campaign, options.framework, options.calendar];
  if (inputs.some((path) => path !== undefined && sameFile(path) === out))
    throw usage(say('outputIsInput', { path: options.output }));
}

/** The files a command's own arguments name (not its kinds): what `-o` must not be. */
function filesRead(command: string | undefined, rest: readonly string[]): string[] {
  if (command === 'validate' || command === 'report') return rest.slice(0, 1);
  if (command === 'import' || command === 'export') return rest.slice(1, 2);
  if (command === 'init') return rest.slice(1);
  return [];
}

function initOptions(values: Values) {
  return {
    ...(values.name ? { name: values.name } : {}),
    ...(values.level ? { level: values.level } : {}),
    ...(values.leader ? { leader: values.leader } : {}),
    ...(values.director ? { director: values.director } : {}),
    ...(values.sample ? { sample: true } : {}),
    ...(values.force ? { force: true } : {}),
  };
}

function print(io: Io, outcome: Outcome, command: string, locale: Locale, json: boolean): void {
  if (json) {
    const { headline: _h, summary: _s, notes, data, ...rest } = outcome;
    io.stdout(`${JSON.stringify({ command, ...rest, ...data, ...(notes ? { notes } : {}) })}\n`);
    return;
  }
  if (outcome.headline) io.stdout(`${outcome.headline[locale]}\n`);
  if (outcome.issues.length > 0)
    io.stderr(
      `${outcome.issues.length} ${LINE_WORDS.problems[locale]}${colon(locale)}\n${issueLines(outcome.issues, locale)}\n`,
    );
  else if (!outcome.ok) io.stderr(`${LINE_WORDS.problems[locale]}\n`);
  if (!outcome.headline && outcome.ok) {
    const parts = [
      outcome.kind ? kindName(outcome.kind, locale) : '',
      outcome.summary ? outcome.summary[locale] : '',
      outcome.count === undefined ? '' : `${outcome.count} ${LINE_WORDS.records[locale]}`,
    ].filter(Boolean);
    const what = parts.join(locale === 'zh-CN' ? '，' : ', ');
    io.stdout(
      outcome.output
        ? `${LINE_WORDS.wrote[locale]} ${outcome.output}${what ? aside(what, locale) : ''}\n`
        : `${LINE_WORDS.valid[locale]}${colon(locale)}${what}\n`,
    );
  }
  for (const note of outcome.notes ?? []) io.stdout(`${say('note', { note })[locale]}\n`);
}
