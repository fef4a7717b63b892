import type { CompetitionGroup } from '@chuangwen/checklists';
import type { BilingualText, Locale } from '@chuangwen/model';
import * as sheets from '@chuangwen/sheets';
import { loadCampaign, readFrameworkFile, siteTypes } from './campaign-file.js';
import { checkKind, importKind } from './imports.js';
import { runImportInto } from './into.js';
import { type Io, progressBar, writeOutput } from './io.js';
import type { LocatedIssue } from './locate.js';
import { say } from './messages.js';
import { renderReport } from './report.js';
import { usage } from './usage.js';
import { viewOfFile } from './view.js';
import { kindName } from './words.js';

/** Options every command reads. */
export interface CommandOptions {
  locale: Locale;
  json: boolean;
  progress: boolean;
  output?: string;
  into?: string;
  campaign?: string;
  framework?: string;
  /** A working-day calendar file (holiday-cn files, or a calendar JSON) for deadlines in working days. */
  calendar?: string;
  asOf?: string;
  year?: number;
  group?: CompetitionGroup;
  strict?: boolean;
  /** Replace a file that is there already (`--force`). */
  force?: boolean;
  io: Io;
}

/** What a command did: the kind it read or wrote, the issues, and what to print. */
export interface Outcome {
  ok: boolean;
  kind?: string;
  issues: LocatedIssue[];
  output?: string;
  count?: number;
  /** The line to print in place of the usual one (a merge says what it added and changed). */
  headline?: BilingualText;
  /** Said in brackets after the file written: `单位 27 个、人员 5 名`. */
  summary?: BilingualText;
  /** What the person should do next. */
  notes?: BilingualText[];
  /** More for programs reading `--json`. */
  data?: Record<string, unknown>;
}

/** `chuangwen import <kind> <file.xlsx> [-o out.json | --into campaign.json]` */
export async function runImport(name: string, file: string, options: CommandOptions): Promise<Outcome> {
  const kind = checkKind(name, 'import');
  if (options.into) return runImportInto(kind, file, options);
  const result = await importKind(kind, file, options);
  if (!result.ok) return { ok: false, kind, issues: result.issues };
  const out = options.output ?? `${file.replace(/\.xlsx$/i, '')}.json`;
  writeOutput(out, `${JSON.stringify(result.value, null, 2)}\n`);
  return {
    ok: true,
    kind,
    issues: [],
    output: out,
    count: Array.isArray(result.value) ? result.value.length : 1,
  };
}

/** `chuangwen export <kind> <campaign.json> -o out.xlsx` */
export async function runExport(name: string, file: string, options: CommandOptions): Promise<Outcome> {
  const kind = checkKind(name, 'export');
  const onProgress = progressBar(options.io, options.progress, say('exporting')[options.locale]);
  onProgress(0);
  const asOf = options.asOf ?? options.io.now().toISOString();
  let bytes: Uint8Array;
  if (kind === 'framework') {
    bytes = await sheets.exportFramework(await readFrameworkFile(file, options), { siteTypes });
  } else {
    const { campaign, framework } = await loadCampaign(file, options);
    onProgress(0.3);
    if (kind === 'rectifications') bytes = await sheets.exportRectifications(campaign, { siteTypes, asOf });
    else if (kind === 'tasks') bytes = await sheets.exportTasks(campaign, { asOf });
    else if (kind === 'rounds') bytes = await sheets.exportRounds(campaign);
    else {
      if (!framework) throw usage(say('boardNeedsFramework'));
      // The board the campaign's view holds: the one the report, the service and the dashboard show.
      const snapshot = (await viewOfFile(campaign, framework, asOf)).boardSnapshot();
      if (!snapshot) throw new Error('a campaign with its main framework has a board');
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
  writeOutput(out, bytes);
  onProgress(1);
  return { ok: true, kind, issues: [], output: out };
}

/** `chuangwen template <kind> [-o file]` */
export async function runTemplate(kind: string, options: CommandOptions): Promise<Outcome> {
  const templateKind = checkKind(kind, 'template');
  const campaign = options.campaign ? (await loadCampaign(options.campaign, options)).campaign : undefined;
  const bytes = await sheets.exportTemplate(
    templateKind,
    campaign ? { ...sheets.campaignContext(campaign), siteTypes } : { siteTypes },
  );
  const out = options.output ?? `${kind}-template.xlsx`;
  writeOutput(out, bytes);
  const summary = { 'zh-CN': kindName(templateKind, 'zh-CN'), en: kindName(templateKind, 'en') };
  return { ok: true, kind: 'template', issues: [], output: out, summary };
}

/** `chuangwen report <campaign.json> -o report.html` */
export async function runReport(file: string, options: CommandOptions): Promise<Outcome> {
  const { campaign, framework } = await loadCampaign(file, options);
  const asOf = options.asOf ?? options.io.now().toISOString();
  const html = renderReport(await viewOfFile(campaign, framework, asOf), { locale: options.locale });
  const out = options.output ?? 'report.html';
  writeOutput(out, html);
  return { ok: true, kind: 'report', issues: [], output: out };
}
