import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { listStandards } from '@chuangwen/checklists';
import type { Campaign } from '@chuangwen/model';
import * as sheets from '@chuangwen/sheets';
import {
  type CampaignFile,
  checkMerged,
  loadCampaign,
  readFrameworkFile,
  saveCampaign,
  withFramework,
  writeCampaignJson,
} from './campaign-file.js';
import type { CommandOptions, Outcome } from './commands.js';
import { importKind } from './imports.js';
import { CliError, EXIT_CODES } from './io.js';
import { ticketsInto } from './tickets.js';
import { kindName } from './words.js';

// `chuangwen import <kind> <file> --into campaign.json` merges what a workbook holds into the campaign: rows read
// without a problem are added or update their records, the others are refused with their cells, and the campaign is
// written only when the whole of it still validates (by a new file renamed into place: never half-written).

const COLLECTION: Record<Exclude<sheets.ImportKind, 'framework' | 'tickets'>, sheets.MergeKind> = {
  sites: 'sites',
  tasks: 'tasks',
  rectifications: 'rectifications',
  rounds: 'assessmentRounds',
};

/** The framework as the campaign's main edition: written beside the campaign, its standards tracked. */
async function frameworkInto(file: string, options: CommandOptions, target: CampaignFile): Promise<Outcome> {
  const framework = await readFrameworkFile(file, options);
  const out = options.output ?? join(dirname(target.path), `${framework.id}.json`);
  const before = new Set((target.campaign.standards ?? []).map((s) => s.code));
  const campaign = checkMerged(target, withFramework(target.campaign, framework, target.path, out));
  writeCampaignJson(out, framework);
  saveCampaign(target, campaign, ['frameworks', 'standards', 'extensions']);
  const codes = listStandards(framework).map((l) => l.standard.code);
  const added = codes.filter((c) => !before.has(c)).length;
  return {
    ok: true,
    kind: 'framework',
    issues: [],
    output: target.path,
    headline: {
      'zh-CN': `已合并到 ${target.path}：测评体系"${framework.name['zh-CN']}"（${codes.length} 条测评标准，新增 ${added} 条）作为主测评体系，已写入 ${out}`,
      en: `merged into ${target.path}: the framework "${framework.name['zh-CN']}" (${codes.length} standards, ${added} new) as the main edition, written to ${out}`,
    },
    data: { into: target.path, framework: out, editionId: framework.id, standards: codes.length, added },
  };
}

/** `chuangwen import <kind> <file.xlsx> --into campaign.json` */
export async function runImportInto(
  kind: sheets.ImportKind,
  file: string,
  options: CommandOptions,
): Promise<Outcome> {
  const into = options.into!;
  if (!existsSync(into))
    throw new CliError(EXIT_CODES.unreadable, {
      'zh-CN': `没有 ${into}；先用 chuangwen init ${into} 生成创建工作文件`,
      en: `there is no ${into}; start one with chuangwen init ${into}`,
    });
  const target = await loadCampaign(into, options);
  if (kind === 'framework') return frameworkInto(file, options, target);
  if (kind === 'tickets') return ticketsInto(file, options, target);
  const result = await importKind(kind, file, options, target);
  const collection = COLLECTION[kind];
  const accepted = (
    result.ok ? result.value : 'accepted' in result ? result.accepted : []
  ) as Campaign[typeof collection];
  const refused = result.ok ? [] : result.issues;
  const name = { 'zh-CN': kindName(kind, 'zh-CN'), en: kindName(kind, 'en') };
  if (options.strict && refused.length > 0)
    return {
      ok: false,
      kind,
      issues: refused,
      headline: {
        'zh-CN': `${name['zh-CN']}有问题，按 --strict 未合并，${into} 未改动`,
        en: `the ${name.en} has problems; with --strict nothing was merged and ${into} is unchanged`,
      },
    };
  const { campaign, report } = sheets.mergeIntoCampaign(target.campaign, collection, accepted);
  saveCampaign(target, checkMerged(target, campaign), [collection]);
  const counts = `新增 ${report.added.length} 条、更新 ${report.changed.length} 条、未变 ${report.unchanged.length} 条`;
  const refusedRows = new Set(refused.map((i) => `${i.sheet}!${i.row ?? ''}`)).size;
  return {
    ok: refused.length === 0,
    kind,
    issues: refused,
    output: into,
    headline: {
      'zh-CN': `已合并到 ${into}：${name['zh-CN']}${counts}${refused.length > 0 ? `；另有 ${refusedRows} 行有问题，未合并` : ''}`,
      en: `merged into ${into}: ${name.en}, ${report.added.length} added, ${report.changed.length} changed, ${report.unchanged.length} unchanged${refused.length > 0 ? `; ${refusedRows} row(s) with problems were not merged` : ''}`,
    },
    data: { into, ...report },
  };
}
