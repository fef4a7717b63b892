import * as sheets from '@chuangwen/sheets';
import { type CampaignFile, loadCampaign, siteTypes } from './campaign-file.js';
import type { CommandOptions } from './commands.js';
import { progressBar, readBytes } from './io.js';
import { say } from './messages.js';
import { usage } from './usage.js';

/** Stops with exit code 2 unless the name is a kind for the use, in the library's registry of workbook kinds. */
export function checkKind(name: string, use: 'export'): sheets.ExportKind;
export function checkKind(name: string, use: 'import' | 'template'): sheets.ImportKind;
export function checkKind(name: string, use: sheets.KindUse): sheets.WorkbookKind {
  const kind = sheets.workbookKind(name, use);
  if (kind === undefined) {
    throw usage(sheets.unknownKindMessage(name, use));
  }
  return kind;
}

/** The campaign a table is read against: the one merged into, else `--campaign`. */
async function campaignFor(options: CommandOptions, target?: CampaignFile): Promise<CampaignFile> {
  if (target) return target;
  const path = options.campaign ?? options.into;
  if (!path) throw usage(say('needsCampaign'));
  return loadCampaign(path, options);
}

/**
 * Imports a workbook of a kind, read against the campaign (its units, people, sites, the year of its timeline and
 * the standards of its framework: a code the framework lacks is refused at its cell).
 */
export async function importKind(
  kind: sheets.ImportKind,
  file: string,
  options: CommandOptions,
  target?: CampaignFile,
): Promise<sheets.SheetResult<unknown>> {
  const onProgress = progressBar(options.io, options.progress, say('importing')[options.locale]);
  if (kind === 'framework') {
    const bytes = readBytes(file);
    const edition = {
      ...(options.group ? { group: options.group } : {}),
      ...(options.year ? { editionYear: options.year } : {}),
    };
    return sheets.importFramework(bytes, { siteTypes, onProgress, edition });
  }
  const bytes = readBytes(file);
  // A ticket export reads on its own; into a campaign's ledger it goes with --into.
  if (kind === 'tickets') return sheets.importTickets(bytes, { onProgress });
  const { campaign, framework } = await campaignFor(options, target);
  const ctx = {
    ...sheets.campaignContext(campaign),
    siteTypes,
    onProgress,
    ...(options.year ? { year: options.year } : {}),
    ...(framework ? { framework } : {}),
  };
  if (kind === 'tasks') return sheets.importTasks(bytes, ctx);
  if (kind === 'sites') return sheets.importSites(bytes, ctx);
  if (kind === 'rectifications') return sheets.importRectifications(bytes, ctx);
  return sheets.importRounds(bytes, ctx);
}
