import type { BilingualText, ValidationIssue } from '@chuangwen/model';

/** What a merge did, in counts. */
export interface Merged {
  added: number;
  changed: number;
  unchanged: number;
  /** Rows with problems, which were not merged. */
  refusedRows: number;
}

/** The values an option takes: their codes, and their Chinese names, which are written as well. */
export interface Choice {
  codes: readonly string[];
  names: readonly string[];
}

const notMerged = (rows: number) => (rows > 0 ? `; ${rows} row(s) with problems were not merged` : '');

/**
 * The command's messages in English. This catalogue names every message and the values it is written from; the other
 * languages are typed by it (`messages.zh-CN.ts`).
 */
export const en = {
  noSuchOption: (p: { option: string }) => `there is no option "${p.option}"`,
  optionNeedsValue: (p: { option: string }) => `the option "${p.option}" needs a value after it`,
  optionTakesNoValue: (p: { option: string }) => `the option "${p.option}" takes no value`,
  unreadableCommandLine: (p: { said: string }) => `the command line cannot be read: ${p.said}`,
  badArguments: (p: { problem: BilingualText }) =>
    `bad arguments: ${p.problem.en}; see chuangwen --help for every option`,
  missingArguments: (p: { help: BilingualText }) => `missing arguments.\n${p.help.en}`,
  unknownCommand: (p: { command: string; help: BilingualText }) =>
    `unknown command "${p.command}"\n${p.help.en}`,
  internalError: (p: { said: string }) => `internal error: ${p.said}`,
  langUnknown: (p: { lang: string }) => `--lang is zh-CN or en, not ${p.lang}`,
  asOfNotDate: (p: { asOf: string }) =>
    `--as-of is not a day (2026-06-30) or an instant with its offset (2026-06-30T18:00:00+08:00) between 2000 and 2100: ${p.asOf}`,
  yearNotYear: (p: { year: string }) => `--year is not a year: ${p.year}`,
  groupUnknown: (p: Choice & { group: string }) =>
    `--group "${p.group}" is not recognized; write one of: ${p.codes.join(', ')}, or their names (${p.names.join(', ')})`,
  levelUnknown: (p: Choice & { level: string }) =>
    `--level "${p.level}" is not recognized; use one of: ${p.codes.join(', ')}`,
  note: (p: { note: BilingualText }) => `note: ${p.note.en}`,
  cannotRead: (p: { path: string; reason: string }) => `cannot read ${p.path} (${p.reason})`,
  notJson: (p: { path: string }) => `${p.path} cannot be read as JSON`,
  notAFile: (p: { path: string }) => `${p.path} is not a file (a folder, a device or a pipe)`,
  inputTooLarge: (p: { path: string; megabytes: number; limit: number }) =>
    `${p.path} is ${p.megabytes} MB, above the limit of ${p.limit} MB`,
  cannotWrite: (p: { path: string; reason: string }) => `cannot write ${p.path} (${p.reason})`,
  fileInUse: (p: { path: string }) =>
    `cannot write ${p.path}: another program has it open (Excel or WPS?); close it there and run the command again`,
  workbookUnreadable: () => 'the workbook cannot be read',
  workbookFileUnreadable: (p: { path: string }) => `cannot read the workbook ${p.path}`,
  frameworkProblems: (p: { path: string }) => `the framework ${p.path} has problems`,
  notCampaign: (p: { path: string }) => `${p.path} is not a valid campaign document`,
  mergedInvalid: (p: { path: string }) =>
    `the campaign would have problems after the merge; ${p.path} is unchanged`,
  recordsInvalid: (p: { issues: readonly ValidationIssue[] }) =>
    `records in the campaign file are invalid: ${p.issues.map((i) => `${i.pointer} ${i.message.en}`).join('; ')}`,
  needsCampaignToCheck: (p: { kind: BilingualText }) =>
    `the workbook reads as: ${p.kind.en}; give --campaign <campaign.json> to check its unit names`,
  needsCampaign: () =>
    'this kind needs --campaign <campaign.json> to match units, people and sites, or --into to merge into it',
  unknownTable: () =>
    'the workbook is none of the known tables (framework, task table, site register, rectification ledger, assessment results, ticket export)',
  boardNeedsFramework: () =>
    'the board export needs the framework: give --framework, or merge one with import framework --into',
  importing: () => 'importing',
  exporting: () => 'exporting',
  noCampaignFile: (p: { path: string }) => `there is no ${p.path}; start one with chuangwen init ${p.path}`,
  targetExists: (p: { path: string }) => `${p.path} already exists; add --force to replace it`,
  outputIsInput: (p: { path: string }) => `${p.path} is what the command reads; write to another file`,
  frameworkOverCampaign: (p: { path: string }) =>
    `the framework's id would write it over the campaign file ${p.path}; give another file with -o`,
  sampleStreet: () =>
    'this is the fictional sample street, for practice and demonstrations; start a real campaign from your own workbooks',
  nameMissing: (p: { example: string }) =>
    `give the jurisdiction with --name, such as --name ${p.example} (no workbook title names it)`,
  nothingReadable: (p: { kind: BilingualText; path: string }) =>
    `nothing of the ${p.kind.en} could be read, so nothing was merged; ${p.path} is unchanged`,
  strictRefused: (p: { kind: BilingualText; path: string }) =>
    `the ${p.kind.en} has problems; with --strict nothing was merged and ${p.path} is unchanged`,
  kindMerged: (p: Merged & { kind: BilingualText; path: string }) =>
    `merged into ${p.path}: ${p.kind.en}, ${p.added} added, ${p.changed} changed, ${p.unchanged} unchanged${notMerged(p.refusedRows)}`,
  frameworkMerged: (p: { path: string; name: string; standards: number; added: number; written: string }) =>
    `merged into ${p.path}: the framework "${p.name}" (${p.standards} standards, ${p.added} new) as the main edition, written to ${p.written}`,
  ticketsMerged: (
    p: Merged & { path: string; hotline: number; urbanCases: number; skipped: number; repeated: number },
  ) =>
    `merged into ${p.path}: ${p.hotline} hotline ticket(s) and ${p.urbanCases} digital urban management case(s); the ledger has ${p.added} added, ${p.changed} changed, ${p.unchanged} unchanged; ${p.skipped} cancelled or never filed left out, ${p.repeated} repeated counted once${notMerged(p.refusedRows)}`,
  placeInList: (p: { list: BilingualText; index: number; id?: string; field?: BilingualText }) =>
    `${p.list.en} ${p.index + 1}${p.id === undefined ? '' : ` (${p.id})`}${p.field ? `, ${p.field.en}` : ''}`,
  writtenInvalid: () => 'the campaign written has problems',
  placeholderPeople: () =>
    'the leading group leader and the office director are placeholders: put the real people in, or run again with --leader and --director',
  unitKindsGuessed: () =>
    'unit kinds are guessed from their names and no parent units are set: check the units section',
  initSummary: (p: { units: number; people: number }) => `${p.units} units, ${p.people} people`,
  calendarProblems: (p: { path: string }) => `the working-day calendar ${p.path} has problems`,
  deadlinesUnknown: (p: { count: number; first: BilingualText }) =>
    `${p.count} problem(s) have a deadline the calendar cannot count yet; their rule and start are kept: ${p.first.en}`,
  noCalendar: () =>
    'the campaign has no working-day calendar, so deadlines in working days are not counted; give one with --calendar (holiday-cn files or their folder)',
};
