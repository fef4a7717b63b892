import { validateFramework } from '@chuangwen/checklists';
import * as sheets from '@chuangwen/sheets';
import { type CampaignFile, loadCampaign, siteTypes } from './campaign-file.js';
import type { CommandOptions, Outcome } from './commands.js';
import { CliError, EXIT_CODES, readBytes, readJson } from './io.js';
import { jsonIssues } from './locate.js';
import { say } from './messages.js';
import { usage } from './usage.js';
import { KIND_NAMES } from './words.js';

// Which table a workbook holds is found from its headers: each kind is tried in turn, and the first whose header is
// all there (whatever the problems in its rows) is the kind. When none is complete, the kind whose header comes
// closest is reported with the columns it lacks, as `import` of that kind would report them.

type Kind = 'framework' | 'tasks' | 'rectifications' | 'sites' | 'rounds' | 'tickets';
const SPECS: Record<Kind, sheets.TableSpec> = {
  tickets: sheets.HOTLINE_TICKET_TABLE,
  framework: sheets.FRAMEWORK_TABLE,
  tasks: sheets.TASK_TABLE,
  rectifications: sheets.RECTIFICATION_TABLE,
  sites: sheets.SITE_TABLE,
  rounds: sheets.ROUND_TABLE,
};

const headerWord = (text: string) =>
  text
    .normalize('NFKC')
    .replace(/\s+/g, '')
    .replace(/[*＊※]/g, '')
    .replace(/\([^)]*\)$/, '')
    .toLowerCase();

/** How many header cells of the row an issue points at name a column of the kind. */
function headerMatches(
  workbook: sheets.WorkbookGrid,
  issue: sheets.SheetIssue,
  spec: sheets.TableSpec,
): number {
  const row = workbook.sheets.find((s) => s.name === issue.sheet)?.rows[(issue.row ?? 1) - 1] ?? [];
  const words = new Set(
    spec.columns.flatMap((c) => [c.header['zh-CN'], c.header.en, ...(c.synonyms ?? [])].map(headerWord)),
  );
  return row.filter((v) => typeof v === 'string' && words.has(headerWord(v))).length;
}

async function validateJson(file: string, options: CommandOptions): Promise<Outcome> {
  const input = readJson(file);
  if (input !== null && typeof input === 'object' && 'items' in input) {
    const result = validateFramework(input);
    return result.ok
      ? { ok: true, kind: 'framework', issues: [] }
      : { ok: false, kind: 'framework', issues: jsonIssues(result.issues) };
  }
  try {
    await loadCampaign(file, options);
    return { ok: true, kind: 'campaign', issues: [] };
  } catch (error) {
    if (error instanceof CliError && error.exitCode === EXIT_CODES.invalid && error.issues.length > 0)
      return { ok: false, kind: 'campaign', issues: error.issues };
    throw error;
  }
}

/** `chuangwen validate <file>`: a campaign or framework JSON, or any importable workbook (the kind from its headers). */
export async function runValidate(file: string, options: CommandOptions): Promise<Outcome> {
  if (/\.json$/i.test(file)) return validateJson(file, options);
  const read = await sheets.readWorkbook(readBytes(file));
  if (!read.ok) throw new CliError(EXIT_CODES.unreadable, say('workbookUnreadable'), read.issues);
  const path = options.campaign ?? options.into;
  const target: CampaignFile | undefined = path ? await loadCampaign(path, options) : undefined;
  const ctx = target
    ? {
        ...sheets.campaignContext(target.campaign),
        siteTypes,
        ...(target.framework ? { framework: target.framework } : {}),
        ...(options.year ? { year: options.year } : {}),
      }
    : { units: [], people: [], sites: [], siteTypes };
  const edition = {
    ...(options.group ? { group: options.group } : {}),
    ...(options.year ? { editionYear: options.year } : {}),
  };
  const attempts: [Kind, () => sheets.SheetResult<unknown>][] = [
    ['framework', () => sheets.frameworkFromGrid(read.value, { siteTypes, edition })],
    ['tasks', () => sheets.tasksFromGrid(read.value, ctx)],
    ['rectifications', () => sheets.rectificationsFromGrid(read.value, ctx)],
    ['sites', () => sheets.sitesFromGrid(read.value, ctx)],
    ['rounds', () => sheets.roundsFromGrid(read.value, ctx)],
    ['tickets', () => sheets.ticketsFromGrid(read.value)],
  ];
  let closest: { kind: Kind; issues: sheets.SheetIssue[]; matched: number } | undefined;
  for (const [kind, attempt] of attempts) {
    const result = attempt();
    if (!result.ok && result.issues.every((i) => i.code === 'no_table')) continue;
    if (!result.ok && result.issues.every((i) => i.code === 'missing_column')) {
      const matched = headerMatches(read.value, result.issues[0]!, SPECS[kind]);
      if (!closest || matched > closest.matched) closest = { kind, issues: result.issues, matched };
      continue;
    }
    if (kind !== 'framework' && kind !== 'tickets' && !target)
      throw usage(say('needsCampaignToCheck', { kind: KIND_NAMES[kind]! }));
    return result.ok
      ? { ok: true, kind, issues: [], count: Array.isArray(result.value) ? result.value.length : 1 }
      : { ok: false, kind, issues: result.issues };
  }
  if (closest) return { ok: false, kind: closest.kind, issues: closest.issues };
  return {
    ok: false,
    issues: [
      {
        path: [],
        pointer: '',
        code: 'no_table',
        cell: '',
        sheet: '',
        message: say('unknownTable'),
      },
    ],
  };
}
