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
  const problem = { 'zh-CN': `工作日日历 ${path} 有误`, en: `the working-day calendar ${path} has problems` };
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
  return [
    {
      'zh-CN': `${unknown.length} 项问题的期限暂无法计算，已保存时限规则和起算时间：${first.message['zh-CN']}`,
      en: `${unknown.length} problem(s) have a deadline the calendar cannot count yet; their rule and start are kept: ${first.message.en}`,
    },
  ];
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
  const onProgress = progressBar(
    options.io,
    options.progress,
    options.locale === 'en' ? 'importing' : '导入中',
  );
  const result = await sheets.importTicketLedger(readBytes(file), {
    ...sheets.campaignContext(target.campaign),
    onProgress,
    ...(calendar ? { calendar } : {}),
  });
  const ledgers = result.ok ? result.value : 'accepted' in result ? result.accepted : undefined;
  const refused: sheets.SheetIssue[] = result.ok ? [] : result.issues;
  if (options.strict && refused.length > 0)
    return {
      ok: false,
      kind: 'tickets',
      issues: refused,
      headline: {
        'zh-CN': `工单导出有问题，按 --strict 未合并，${into} 未改动`,
        en: `the ticket export has problems; with --strict nothing was merged and ${into} is unchanged`,
      },
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
  const refusedRows = new Set(
    refused.map((i) => `${(i as { sheet?: string }).sheet}!${(i as { row?: number }).row ?? ''}`),
  ).size;
  const notes = [
    ...unknownDeadlines(problems),
    ...(calendar
      ? []
      : [
          {
            'zh-CN':
              '创建工作文件没有工作日日历，按工作日计算的期限暂未算出；用 --calendar 指定日历（holiday-cn 文件或其文件夹）',
            en: 'the campaign has no working-day calendar, so deadlines in working days are not counted; give one with --calendar (holiday-cn files or their folder)',
          },
        ]),
  ];
  return {
    ok: refused.length === 0,
    kind: 'tickets',
    issues: refused,
    output: into,
    headline: {
      'zh-CN': `已合并到 ${into}：12345 工单 ${ledgers ? count(ledgers.hotline) : 0} 件、数字城管案件 ${ledgers ? count(ledgers.urbanCases) : 0} 件，问题台账新增 ${report.added.length} 条、更新 ${report.changed.length} 条、未变 ${report.unchanged.length} 条；作废或未立案 ${skipped} 件未计入，重复出现 ${repeated} 件已合并${refused.length > 0 ? `；另有 ${refusedRows} 行有问题，未合并` : ''}`,
      en: `merged into ${into}: ${ledgers ? count(ledgers.hotline) : 0} hotline ticket(s) and ${ledgers ? count(ledgers.urbanCases) : 0} 数字城管 case(s); the ledger has ${report.added.length} added, ${report.changed.length} changed, ${report.unchanged.length} unchanged; ${skipped} cancelled or never filed left out, ${repeated} repeated counted once${refused.length > 0 ? `; ${refusedRows} row(s) with problems were not merged` : ''}`,
    },
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
