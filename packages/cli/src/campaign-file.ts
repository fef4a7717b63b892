import { dirname, isAbsolute, relative, resolve } from 'node:path';
import {
  type CompetitionGroup,
  type FrameworkEdition,
  listStandards,
  validateFramework,
} from '@chuangwen/checklists';
import { districtFramework, siteTypeCatalogue } from '@chuangwen/checklists/district';
import {
  CAMPAIGN_SCHEMA_VERSION,
  type Campaign,
  mainEditionId,
  type ValidationIssue,
  validateCampaign,
} from '@chuangwen/model';
import * as sheets from '@chuangwen/sheets';
import { CliError, EXIT_CODES, readBytes, readJson, writeOut } from './io.js';
import { jsonIssues } from './locate.js';
import { say } from './messages.js';

/** The campaign's record of where its framework files are, by edition id, relative to the campaign file. */
const FRAMEWORK_FILES = 'chuangwen.frameworkFiles';

/** The site types the command reads names with: the bundled catalogue. */
export const siteTypes = siteTypeCatalogue.types;

/** What a command knows of the framework: given on the command line, or recorded with the campaign. */
export interface FrameworkSource {
  framework?: string;
  group?: CompetitionGroup;
  year?: number;
}

/** A campaign file as read: its path, the JSON as written (to keep its shape when writing back) and the campaign. */
export interface CampaignFile {
  path: string;
  raw: Record<string, unknown>;
  campaign: Campaign;
  /** The main edition's framework, when it is known: given, recorded with the campaign, or the bundled sample. */
  framework?: FrameworkEdition;
}

const invalid = (what: { 'zh-CN': string; en: string }, issues: ValidationIssue[], campaign?: Campaign) =>
  new CliError(EXIT_CODES.invalid, what, jsonIssues(issues, campaign));

/** Reads a framework: JSON, or an xlsx workbook (with the group and year the caller gives). */
export async function readFrameworkFile(path: string, given: Omit<FrameworkSource, 'framework'> = {}) {
  const problem = say('frameworkProblems', { path });
  if (/\.xlsx$/i.test(path)) {
    const edition = {
      ...(given.group ? { group: given.group } : {}),
      ...(given.year ? { editionYear: given.year } : {}),
    };
    const read = await sheets.importFramework(readBytes(path), { siteTypes, edition });
    if (!read.ok) throw new CliError(EXIT_CODES.invalid, problem, read.issues);
    return read.value;
  }
  const result = validateFramework(readJson(path));
  if (!result.ok) throw invalid(problem, result.issues);
  return result.value;
}

/** The file a campaign records for a framework edition, as written (relative to the campaign file, or absolute). */
export function frameworkFileOf(campaign: Campaign, editionId: string): string | undefined {
  const files = recordedFiles(campaign);
  const file = Object.hasOwn(files, editionId) ? files[editionId] : undefined;
  return typeof file === 'string' ? file : undefined;
}

/** The framework files a campaign records, by edition id. */
function recordedFiles(campaign: Campaign): Record<string, string> {
  const files = campaign.extensions?.[FRAMEWORK_FILES];
  return files && typeof files === 'object' && !Array.isArray(files) ? (files as Record<string, string>) : {};
}

/** The main edition's framework: `--framework`, else the file the campaign records, else the bundled sample. */
async function frameworkOf(path: string, campaign: Campaign, source: FrameworkSource) {
  if (source.framework) return readFrameworkFile(source.framework, source);
  const main = mainEditionId(campaign);
  const recorded = recordedFiles(campaign)[main];
  if (typeof recorded === 'string')
    return readFrameworkFile(isAbsolute(recorded) ? recorded : resolve(dirname(path), recorded), source);
  return main === districtFramework.id ? districtFramework : undefined;
}

/**
 * Reads and validates a campaign file, and its framework when one is known; a reference to a standard the framework
 * lacks is an issue like any other. Ends with exit code 1 and every issue otherwise.
 */
export async function loadCampaign(path: string, source: FrameworkSource = {}): Promise<CampaignFile> {
  const raw = readJson(path);
  const problem = say('notCampaign', { path });
  const first = validateCampaign(raw);
  // The document as written names the records in messages when it cannot be read as a campaign. Its framework, when
  // the document still names one, checks the standards in the same pass: every problem at once, not round by round.
  if (!first.ok)
    throw invalid(problem, (await withStandards(path, raw, source)) ?? first.issues, raw as Campaign);
  const framework = await frameworkOf(path, first.value, source);
  if (!framework) return { path, raw: raw as Record<string, unknown>, campaign: first.value };
  const checked = validateCampaign(raw, {
    standardCodes: listStandards(framework).map((l) => l.standard.code),
  });
  if (!checked.ok) throw invalid(problem, checked.issues, first.value);
  return { path, raw: raw as Record<string, unknown>, campaign: checked.value, framework };
}

/** The issues of a document that is not yet a campaign, its standards checked too, when its framework can be found. */
async function withStandards(path: string, raw: unknown, source: FrameworkSource) {
  let framework: FrameworkEdition | undefined;
  try {
    framework = await frameworkOf(path, raw as Campaign, source);
  } catch {
    // No framework to be had from a broken document: its own problems are the answer.
    return undefined;
  }
  if (!framework) return undefined;
  const checked = validateCampaign(raw, {
    standardCodes: listStandards(framework).map((l) => l.standard.code),
  });
  return checked.ok ? undefined : checked.issues;
}

/** Checks the campaign as it would be written; ends with exit code 1 and its issues, writing nothing, otherwise. */
export function checkMerged(file: CampaignFile, campaign: Campaign): Campaign {
  const codes = file.framework ? listStandards(file.framework).map((l) => l.standard.code) : undefined;
  const checked = validateCampaign(campaign, codes ? { standardCodes: codes } : {});
  if (checked.ok) return checked.value;
  throw new CliError(
    EXIT_CODES.invalid,
    say('mergedInvalid', { path: file.path }),
    jsonIssues(checked.issues, campaign),
  );
}

/**
 * Writes a campaign back: the collections a command changed replace theirs in the file as written, so the rest of
 * the file keeps its shape (a file of an older format version is written whole, migrated). The new file is written
 * beside the old one and then renamed over it, so a failure leaves the old file as it was.
 */
export function saveCampaign(
  file: CampaignFile,
  campaign: Campaign,
  changed: readonly (keyof Campaign)[],
): void {
  const current = file.raw.schemaVersion === CAMPAIGN_SCHEMA_VERSION;
  const out: Record<string, unknown> = current ? { ...file.raw } : { ...campaign };
  if (current) for (const key of changed) out[key] = campaign[key];
  writeCampaignJson(file.path, out);
}

/** Writes a campaign document as JSON by way of a temporary file renamed into place. */
export function writeCampaignJson(path: string, document: unknown): void {
  writeOut(path, `${JSON.stringify(document, null, 2)}\n`);
}

/**
 * The campaign assessed against a framework: the edition listed (in place of the main one, unless the campaign lists
 * it already), its standards tracked so every reference is checked even without the framework at hand, and its file
 * recorded so later commands find it.
 */
export function withFramework(
  campaign: Campaign,
  framework: FrameworkEdition,
  campaignPath: string,
  frameworkPath: string,
): Campaign {
  const previous = mainEditionId(campaign);
  const listed = campaign.frameworks.some((f) => f.editionId === framework.id);
  const frameworks = listed
    ? campaign.frameworks
    : campaign.frameworks.map((f) => (f.role === 'main' ? { ...f, editionId: framework.id } : f));
  const isMain = !listed || previous === framework.id;
  const others = (campaign.standards ?? []).filter((s) => {
    const edition = s.editionId ?? previous;
    return edition !== framework.id && (listed || edition !== previous);
  });
  const tracked = listStandards(framework).map((l) => ({
    code: l.standard.code,
    ...(isMain ? {} : { editionId: framework.id }),
    title: l.standard.text['zh-CN'].slice(0, 200),
  }));
  const file = relative(dirname(resolve(campaignPath)), resolve(frameworkPath));
  return {
    ...campaign,
    frameworks,
    standards: [...others, ...tracked],
    extensions: {
      ...campaign.extensions,
      [FRAMEWORK_FILES]: { ...recordedFiles(campaign), [framework.id]: file },
    },
  };
}
