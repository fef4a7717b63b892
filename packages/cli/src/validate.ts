import { validateFramework } from '@chuangwen/checklists';
import { validateCampaign } from '@chuangwen/model';
import * as sheets from '@chuangwen/sheets';
import { type CommandOptions, loadCampaign, type Outcome, siteTypes, usage } from './commands.js';
import { CliError, EXIT_CODES, readBytes, readJson } from './io.js';

// Which table a workbook holds is found from its headers: each kind is tried in turn, and the first whose header is
// there (whatever the problems in its rows) is the kind.

/** What each kind of workbook is called, for messages. */
const KIND_NAMES = {
  framework: { 'zh-CN': '测评体系', en: 'a framework' },
  tasks: { 'zh-CN': '任务分解表', en: 'a task table' },
  sites: { 'zh-CN': '点位台账', en: 'a site register' },
  rectifications: { 'zh-CN': '问题整改台账', en: 'a rectification ledger' },
  rounds: { 'zh-CN': '测评结果表', en: 'an assessment result table' },
} as const;

/** `chuangwen validate <file>`: a campaign or framework JSON, or any importable workbook (the kind is found from its headers). */
export async function runValidate(file: string, options: CommandOptions): Promise<Outcome> {
  if (/\.json$/i.test(file)) {
    const input = readJson(file);
    const isFramework = input !== null && typeof input === 'object' && 'items' in input;
    const result = isFramework ? validateFramework(input) : validateCampaign(input);
    const kind = isFramework ? 'framework' : 'campaign';
    return result.ok
      ? { ok: true, kind, issues: [] }
      : { ok: false, kind, issues: result.issues.map((i) => ({ ...i, cell: '', sheet: '' })) };
  }
  const read = await sheets.readWorkbook(readBytes(file));
  if (!read.ok)
    throw new CliError(
      EXIT_CODES.unreadable,
      { 'zh-CN': '无法读取工作簿', en: 'the workbook cannot be read' },
      read.issues,
    );
  const campaign = options.campaign ? loadCampaign(options.campaign) : undefined;
  const ctx = campaign
    ? { ...sheets.campaignContext(campaign), siteTypes }
    : { units: [], people: [], sites: [], siteTypes };
  const attempts: [keyof typeof KIND_NAMES, () => sheets.SheetResult<unknown>][] = [
    ['framework', () => sheets.frameworkFromGrid(read.value, { siteTypes })],
    ['tasks', () => sheets.tasksFromGrid(read.value, ctx)],
    ['rectifications', () => sheets.rectificationsFromGrid(read.value, ctx)],
    ['sites', () => sheets.sitesFromGrid(read.value, ctx)],
    ['rounds', () => sheets.roundsFromGrid(read.value, ctx)],
  ];
  for (const [kind, attempt] of attempts) {
    const result = attempt();
    const notThisKind =
      !result.ok && result.issues.every((i) => i.code === 'no_table' || i.code === 'missing_column');
    if (notThisKind) continue;
    if (kind !== 'framework' && !campaign)
      throw usage(
        `这是一份${KIND_NAMES[kind]['zh-CN']}；请用 --campaign 指定创建工作文件以核对单位名称`,
        `this is ${KIND_NAMES[kind].en}; give --campaign <campaign.json> to check its unit names`,
      );
    return result.ok
      ? { ok: true, kind, issues: [], count: Array.isArray(result.value) ? result.value.length : 1 }
      : { ok: false, kind, issues: result.issues };
  }
  return {
    ok: false,
    issues: [
      {
        path: [],
        pointer: '',
        code: 'no_table',
        cell: '',
        sheet: '',
        message: {
          'zh-CN': '没有认出这是哪一种表格（测评体系、任务分解表、点位台账、问题整改台账、测评结果）',
          en: 'the workbook is none of the known tables (framework, task table, site register, rectification ledger, assessment results)',
        },
      },
    ],
  };
}
