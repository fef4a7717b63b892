import { type FrameworkEdition, validateFramework } from '@chuangwen/checklists';
import { districtFramework, siteTypeCatalogue } from '@chuangwen/checklists/district';
import { type Campaign, type Locale, validateCampaign } from '@chuangwen/model';
import { classifyAll } from '@chuangwen/rules';
import * as sheets from '@chuangwen/sheets';
import { CliError, EXIT_CODES, type Io, progressBar, readBytes, readJson, writeOut } from './io.js';
import { renderReport } from './report.js';

/** Options every command reads. */
export interface CommandOptions {
  locale: Locale;
  json: boolean;
  progress: boolean;
  output?: string;
  campaign?: string;
  framework?: string;
  asOf?: string;
  year?: number;
  io: Io;
}

/** What a command did: the kind it read or wrote, the issues, and what to print. */
export interface Outcome {
  ok: boolean;
  kind?: string;
  issues: sheets.SheetIssue[];
  output?: string;
  count?: number;
}

/** The import kinds: each has a template, and the library's names are the command's. */
export const IMPORT_KINDS = sheets.TEMPLATE_KINDS;
/** The export kinds. */
export const EXPORT_KINDS = ['rectifications', 'board', 'tasks', 'rounds', 'framework'] as const;

/** A usage error (exit code 2) in both languages. */
export const usage = (zh: string, en: string) => new CliError(EXIT_CODES.usage, { 'zh-CN': zh, en });
/** The site types the command reads names with: the bundled catalogue. */
export const siteTypes = siteTypeCatalogue.types;

/** Reads and validates a campaign document, or ends with exit code 1 and its issues. */
export function loadCampaign(path: string): Campaign {
  const result = validateCampaign(readJson(path));
  if (!result.ok)
    throw new CliError(
      EXIT_CODES.invalid,
      { 'zh-CN': `${path} 不是有效的创建工作文件`, en: `${path} is not a valid campaign document` },
      result.issues.map((i) => ({ ...i, cell: '', sheet: '' })),
    );
  return result.value;
}

function needCampaign(options: CommandOptions): Campaign {
  if (!options.campaign)
    throw usage(
      '此类表格需要用 --campaign 指定创建工作文件（用于匹配单位、人员、点位）',
      'this kind needs --campaign <campaign.json> to match units, people and sites',
    );
  return loadCampaign(options.campaign);
}

/** The framework: `--framework` (JSON or xlsx), else the bundled sample when the campaign is assessed against it. */
async function loadFramework(
  options: CommandOptions,
  campaign?: Campaign,
): Promise<FrameworkEdition | undefined> {
  if (options.framework) {
    if (/\.xlsx$/i.test(options.framework)) {
      const read = await sheets.importFramework(readBytes(options.framework), { siteTypes });
      if (!read.ok)
        throw new CliError(
          EXIT_CODES.invalid,
          { 'zh-CN': '测评体系有误', en: 'the framework has problems' },
          read.issues,
        );
      return read.value;
    }
    const result = validateFramework(readJson(options.framework));
    if (!result.ok)
      throw new CliError(
        EXIT_CODES.invalid,
        { 'zh-CN': '测评体系有误', en: 'the framework has problems' },
        result.issues.map((i) => ({ ...i, cell: '', sheet: '' })),
      );
    return result.value;
  }
  return campaign?.frameworks.some((f) => f.editionId === districtFramework.id)
    ? districtFramework
    : undefined;
}

/** Imports a workbook of a kind. */
async function importKind(
  kind: string,
  file: string,
  options: CommandOptions,
): Promise<sheets.SheetResult<unknown>> {
  if (!(IMPORT_KINDS as readonly string[]).includes(kind))
    throw usage(
      `未知的表格类型"${kind}"，可用：${IMPORT_KINDS.join('、')}`,
      `unknown kind "${kind}"; use one of: ${IMPORT_KINDS.join(', ')}`,
    );
  const onProgress = progressBar(
    options.io,
    options.progress,
    options.locale === 'en' ? 'importing' : '导入中',
  );
  const bytes = readBytes(file);
  if (kind === 'framework') return sheets.importFramework(bytes, { siteTypes, onProgress });
  const campaign = needCampaign(options);
  const ctx = {
    ...sheets.campaignContext(campaign),
    siteTypes,
    onProgress,
    ...(options.year ? { year: options.year } : {}),
  };
  switch (kind) {
    case 'tasks': {
      const framework = await loadFramework(options, campaign);
      return sheets.importTasks(bytes, framework ? { ...ctx, framework } : ctx);
    }
    case 'sites':
      return sheets.importSites(bytes, ctx);
    case 'rectifications':
      return sheets.importRectifications(bytes, ctx);
    case 'rounds':
      return sheets.importRounds(bytes, ctx);
    default:
      throw usage(
        `未知的表格类型"${kind}"，可用：${IMPORT_KINDS.join('、')}`,
        `unknown kind "${kind}"; use one of: ${IMPORT_KINDS.join(', ')}`,
      );
  }
}

/** `chuangwen import <kind> <file.xlsx> -o out.json` */
export async function runImport(kind: string, file: string, options: CommandOptions): Promise<Outcome> {
  const result = await importKind(kind, file, options);
  if (!result.ok) return { ok: false, kind, issues: result.issues };
  const out = options.output ?? `${file.replace(/\.xlsx$/i, '')}.json`;
  writeOut(out, `${JSON.stringify(result.value, null, 2)}\n`);
  return {
    ok: true,
    kind,
    issues: [],
    output: out,
    count: Array.isArray(result.value) ? result.value.length : 1,
  };
}

/** `chuangwen export <kind> <campaign.json> -o out.xlsx` */
export async function runExport(kind: string, file: string, options: CommandOptions): Promise<Outcome> {
  if (!(EXPORT_KINDS as readonly string[]).includes(kind))
    throw usage(
      `未知的导出类型"${kind}"，可用：${EXPORT_KINDS.join('、')}`,
      `unknown export kind "${kind}"; use one of: ${EXPORT_KINDS.join(', ')}`,
    );
  const onProgress = progressBar(
    options.io,
    options.progress,
    options.locale === 'en' ? 'exporting' : '导出中',
  );
  onProgress(0);
  const asOf = options.asOf ?? options.io.now().toISOString();
  let bytes: Uint8Array;
  if (kind === 'framework') {
    const result = validateFramework(readJson(file));
    if (!result.ok)
      return { ok: false, kind, issues: result.issues.map((i) => ({ ...i, cell: '', sheet: '' })) };
    bytes = await sheets.exportFramework(result.value, { siteTypes });
  } else {
    const campaign = loadCampaign(file);
    onProgress(0.3);
    if (kind === 'rectifications') bytes = await sheets.exportRectifications(campaign, { siteTypes, asOf });
    else if (kind === 'tasks') bytes = await sheets.exportTasks(campaign, { asOf });
    else if (kind === 'rounds') bytes = await sheets.exportRounds(campaign);
    else {
      const framework = await loadFramework(options, campaign);
      if (!framework)
        throw usage(
          '导出达标情况汇总表需要用 --framework 指定测评体系',
          'the board export needs --framework <framework.json|xlsx>',
        );
      const snapshot = classifyAll({
        framework,
        asOf,
        observations: campaign.observations,
        sites: campaign.sites,
        tasks: campaign.tasks,
        rectifications: campaign.rectifications,
      });
      bytes = await sheets.exportBoard({
        snapshot,
        framework,
        units: campaign.units,
        office: campaign.jurisdiction.name,
      });
    }
  }
  onProgress(0.9);
  const out = options.output ?? `${kind}.xlsx`;
  writeOut(out, bytes);
  onProgress(1);
  return { ok: true, kind, issues: [], output: out };
}

/** `chuangwen template <kind> [-o file]` */
export async function runTemplate(kind: string, options: CommandOptions): Promise<Outcome> {
  const templateKind = IMPORT_KINDS.find((k) => k === kind);
  if (!templateKind)
    throw usage(
      `未知的模板类型"${kind}"，可用：${IMPORT_KINDS.join('、')}`,
      `unknown template kind "${kind}"; use one of: ${IMPORT_KINDS.join(', ')}`,
    );
  const campaign = options.campaign ? loadCampaign(options.campaign) : undefined;
  const bytes = await sheets.exportTemplate(
    templateKind,
    campaign ? { ...sheets.campaignContext(campaign), siteTypes } : { siteTypes },
  );
  const out = options.output ?? `${kind}-template.xlsx`;
  writeOut(out, bytes);
  return { ok: true, kind, issues: [], output: out };
}

/** `chuangwen report <campaign.json> -o report.html` */
export async function runReport(file: string, options: CommandOptions): Promise<Outcome> {
  const campaign = loadCampaign(file);
  const framework = await loadFramework(options, campaign);
  const asOf = options.asOf ?? options.io.now().toISOString();
  const html = renderReport(campaign, { asOf, locale: options.locale, ...(framework ? { framework } : {}) });
  const out = options.output ?? 'report.html';
  writeOut(out, html);
  return { ok: true, kind: 'report', issues: [], output: out };
}
