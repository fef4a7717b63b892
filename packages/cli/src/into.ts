import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { listStandards } from '@chuangwen/checklists';
import type { Campaign } from '@chuangwen/model';
import * as sheets from '@chuangwen/sheets';
import {
  type CampaignFile,
  checkMerged,
  frameworkFileOf,
  loadCampaign,
  readFrameworkFile,
  saveCampaign,
  withFramework,
  writeCampaignJson,
} from './campaign-file.js';
import type { CommandOptions, Outcome } from './commands.js';
import { importKind } from './imports.js';
import { CliError, EXIT_CODES, readJson, sameFile, wasRead } from './io.js';
import { say } from './messages.js';
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

/** A workbook's name: a framework is never written as JSON over one. */
const WORKBOOK = /\.xls[xm]?$/i;

/** Whether a file is a framework JSON of this edition. */
function holdsEdition(path: string, editionId: string): boolean {
  try {
    const held = readJson(path) as { id?: unknown } | null;
    return typeof held === 'object' && held !== null && held.id === editionId;
  } catch {
    return false;
  }
}

/** The framework as the campaign's main edition: written beside the campaign, its standards tracked. */
async function frameworkInto(file: string, options: CommandOptions, target: CampaignFile): Promise<Outcome> {
  const framework = await readFrameworkFile(file, options);
  const out = options.output ?? join(dirname(target.path), `${framework.id}.json`);
  // The file name comes from the workbook's own 编号: it may name the campaign, or a file that is not this edition's.
  if (sameFile(out) === sameFile(target.path))
    throw new CliError(EXIT_CODES.usage, say('frameworkOverCampaign', { path: target.path }));
  const recorded = frameworkFileOf(target.campaign, framework.id);
  const isRecorded =
    recorded !== undefined && sameFile(resolve(dirname(target.path), recorded)) === sameFile(out);
  // A file this run read (the workbook or JSON imported, --framework, the campaign's main framework) is written over
  // only when it is this edition's recorded JSON file being brought up to date, and never when it is what is imported.
  if (wasRead(out) && !(isRecorded && sameFile(out) !== sameFile(file) && !WORKBOOK.test(out)))
    throw new CliError(EXIT_CODES.usage, say('outputIsInput', { path: out }));
  // Ours: the file the campaign records for this edition, or one holding this very edition (an import that stopped
  // after writing it and before saving the campaign).
  const ours =
    (recorded !== undefined && resolve(dirname(target.path), recorded) === resolve(out)) ||
    holdsEdition(out, framework.id);
  if (existsSync(out) && !ours && !options.force)
    throw new CliError(EXIT_CODES.usage, say('targetExists', { path: out }));
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
    headline: say('frameworkMerged', {
      path: target.path,
      name: framework.name['zh-CN'],
      standards: codes.length,
      added,
      written: out,
    }),
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
  if (!existsSync(into)) throw new CliError(EXIT_CODES.unreadable, say('noCampaignFile', { path: into }));
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
  if (!result.ok && !('accepted' in result))
    return { ok: false, kind, issues: refused, headline: say('nothingReadable', { kind: name, path: into }) };
  if (options.strict && refused.length > 0)
    return {
      ok: false,
      kind,
      issues: refused,
      headline: say('strictRefused', { kind: name, path: into }),
    };
  const { campaign, report } = sheets.mergeIntoCampaign(target.campaign, collection, accepted);
  saveCampaign(target, checkMerged(target, campaign), [collection]);
  // Rows, not problems: a problem of a whole sheet (a column missing) names no row.
  const refusedRows = new Set(refused.filter((i) => i.row !== undefined).map((i) => `${i.sheet}!${i.row}`))
    .size;
  return {
    ok: refused.length === 0,
    kind,
    issues: refused,
    output: into,
    headline: say('kindMerged', {
      path: into,
      kind: name,
      added: report.added.length,
      changed: report.changed.length,
      unchanged: report.unchanged.length,
      refusedRows: refused.length > 0 ? refusedRows : 0,
    }),
    data: { into, ...report },
  };
}
