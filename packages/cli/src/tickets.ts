import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import {
  type Campaign,
  validateHolidayCnLayer,
  validateWithSchema,
  type WorkingCalendar,
  WorkingCalendarSchema,
} from '@chuangwen/model';
import type { AdaptedProblem, TicketLedger } from '@chuangwen/rules';
import * as sheets from '@chuangwen/sheets';
import { type CampaignFile, checkMerged, saveCampaign } from './campaign-file.js';
import type { CommandOptions, Outcome } from './commands.js';
import { CliError, EXIT_CODES, progressBar, readBytes, readJson } from './io.js';
import { jsonIssues } from './locate.js';
import { say } from './messages.js';
import { KIND_NAMES } from './words.js';

// `chuangwen import tickets <export.xlsx> --into campaign.json` reads a 12345 / 数字城管 ticket export into the
// campaign's ledger: each ticket a rectification named by its channel and number, so importing the same export again
// finds every ticket and adds nothing, and a later export moves the tickets on. Rows with problems are refused with
// their cells; the rest are merged.

const isHolidayCnFile = (value: unknown) =>
  value !== null && typeof value === 'object' && Object.hasOwn(value, 'papers');

/**
 * The working-day calendar in a file: a `WorkingCalendar` as JSON, one holiday-cn yearly file, a JSON list of them, or
 * a folder of them (the national layer). Ends with exit code 1 and every issue located in the file otherwise.
 */
function readCalendarFile(path: string): WorkingCalendar {
  let input: unknown;
  let isFolder = false;
  try {
    isFolder = statSync(path).isDirectory();
  } catch {
    // Not there: reading it says so.
  }
  if (isFolder) {
    const names = readdirSync(path)
      .filter((n) => /^\d{4}\.json$/.test(n))
      .sort();
    input = names.map((n) => readJson(join(path, n)));
  } else input = readJson(path);
  const problem = say('calendarProblems', { path });
  const files = Array.isArray(input) ? input : isHolidayCnFile(input) ? [input] : undefined;
  if (files) {
    const layer = validateHolidayCnLayer(files);
    if (!layer.ok) throw new CliError(EXIT_CODES.invalid, problem, jsonIssues(layer.issues));
    return { layers: [layer.value] };
  }
  const calendar = validateWithSchema(WorkingCalendarSchema, input);
  if (!calendar.ok) throw new CliError(EXIT_CODES.invalid, problem, jsonIssues(calendar.issues));
  return calendar.value;
}

const count = (ledger: TicketLedger) => ledger.problems.length;

/** Notes for problems whose deadline the calendar cannot count yet: how many, and the first reason. */
function unknownDeadlines(problems: readonly AdaptedProblem[]) {
  const unknown = problems.filter((p) => p.unknownDeadline);
  const first = unknown[0]?.unknownDeadline;
  if (!first) return [];
  return [say('deadlinesUnknown', { count: unknown.length, first: first.message })];
}

/** `chuangwen import tickets <export.xlsx> --into campaign.json [--calendar <file>]` */
export async function ticketsInto(
  file: string,
  options: CommandOptions,
  target: CampaignFile,
): Promise<Outcome> {
  const into = target.path;
  const given = options.calendar ? readCalendarFile(options.calendar) : undefined;
  const calendar = given ?? target.campaign.calendar;
  const onProgress = progressBar(options.io, options.progress, say('importing')[options.locale]);
  const result = await sheets.importTicketLedger(readBytes(file), {
    ...sheets.campaignContext(target.campaign),
    onProgress,
    ...(calendar ? { calendar } : {}),
  });
  const ledgers = result.ok ? result.value : 'accepted' in result ? result.accepted : undefined;
  const refused: sheets.SheetIssue[] = result.ok ? [] : result.issues;
  if (!ledgers)
    return {
      ok: false,
      kind: 'tickets',
      issues: refused,
      headline: say('nothingReadable', { kind: KIND_NAMES.tickets!, path: into }),
    };
  if (options.strict && refused.length > 0)
    return {
      ok: false,
      kind: 'tickets',
      issues: refused,
      headline: say('strictRefused', { kind: KIND_NAMES.tickets!, path: into }),
    };
  const problems = ledgers ? [...ledgers.hotline.problems, ...ledgers.urbanCases.problems] : [];
  const incoming: Campaign['rectifications'] = problems.map((p) => p.rectification);
  const { campaign, report } = sheets.mergeIntoCampaign(
    given ? { ...target.campaign, calendar: given } : target.campaign,
    'rectifications',
    incoming,
  );
  saveCampaign(
    target,
    checkMerged(target, campaign),
    given ? ['rectifications', 'calendar'] : ['rectifications'],
  );
  const skipped = ledgers ? ledgers.hotline.skipped.length + ledgers.urbanCases.skipped.length : 0;
  const repeated = ledgers ? ledgers.hotline.repeated + ledgers.urbanCases.repeated : 0;
  const refusedRows = new Set(refused.filter((i) => i.row !== undefined).map((i) => `${i.sheet}!${i.row}`))
    .size;
  const notes = [...unknownDeadlines(problems), ...(calendar ? [] : [say('noCalendar')])];
  return {
    ok: refused.length === 0,
    kind: 'tickets',
    issues: refused,
    output: into,
    headline: say('ticketsMerged', {
      path: into,
      hotline: ledgers ? count(ledgers.hotline) : 0,
      urbanCases: ledgers ? count(ledgers.urbanCases) : 0,
      added: report.added.length,
      changed: report.changed.length,
      unchanged: report.unchanged.length,
      skipped,
      repeated,
      refusedRows: refused.length > 0 ? refusedRows : 0,
    }),
    ...(notes.length > 0 ? { notes } : {}),
    data: {
      into,
      ...report,
      hotline: ledgers ? count(ledgers.hotline) : 0,
      urbanCases: ledgers ? count(ledgers.urbanCases) : 0,
      skipped,
      repeated,
    },
  };
}
