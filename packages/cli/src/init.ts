import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { sampleStreetCampaign } from '@chuangwen/checklists/district';
import {
  BUILT_IN_WORKING_GROUP_KINDS,
  type CampaignInput,
  ENUM_LABELS,
  type Honour,
  JURISDICTION_LEVELS,
  type JurisdictionLevel,
  type UnitKind,
  validateCampaign,
} from '@chuangwen/model';

const JURISDICTION_LEVEL_LABELS = ENUM_LABELS.jurisdictionLevel;

import * as sheets from '@chuangwen/sheets';
import { writeCampaignJson } from './campaign-file.js';
import type { CommandOptions, Outcome } from './commands.js';
import { CliError, EXIT_CODES, readBytes, wasRead } from './io.js';
import { jsonIssues } from './locate.js';
import { say } from './messages.js';

// `chuangwen init` starts a campaign: the fictional sample street as a template, or a campaign of the office's own,
// its units and people read from the workbooks it already keeps. Ids come from names, so they are the same every time
// and never look like the ids a person writes by hand (u-urban).

/** An id derived from a name: a prefix and ten hex digits of its SHA-256. */
const idFrom = (prefix: string, name: string) =>
  `${prefix}-${createHash('sha256').update(name.normalize('NFKC')).digest('hex').slice(0, 10)}`;

/** The kind of a unit, read from how its name ends (望江社区 is a community, 城市管理局 a department). */
const KIND_BY_NAME: [RegExp, UnitKind][] = [
  [/(社区|居委会|居民委员会)$/, 'community'],
  [/(村|村委会|村民委员会)$/, 'village'],
  [/(街道|街道办事处|街道办)$/, 'street'],
  [/(镇|镇人民政府|乡)$/, 'town'],
  [/(小学|中学|学校|幼儿园|学院|大学)$/, 'school'],
  [/(医院|卫生院|卫生服务中心)$/, 'hospital'],
  [/(市场)$/, 'market'],
  [/区(人民政府|政府)?$/, 'district'],
  [/县(人民政府|政府)?$/, 'county'],
  [/(银行|网点|营业厅|服务中心|服务大厅|窗口)$/, 'serviceWindow'],
  [/(公司|集团|商场|酒店)$/, 'enterprise'],
  [/(局|办|委|办公室|所|站|队|部|院|中心|处|科|室|会)$/, 'department'],
];
const guessKind = (name: string): UnitKind => KIND_BY_NAME.find(([p]) => p.test(name))?.[1] ?? 'other';

const LEVEL_BY_NAME: [RegExp, JurisdictionLevel][] = [
  [/(街道|街道办事处)$/, 'street'],
  [/(镇|乡)$/, 'town'],
  [/区$/, 'district'],
  [/县$/, 'county'],
  [/市$/, 'city'],
];
/** What a new campaign document says where the command writes for the office: Chinese, as offices keep them. */
const DOCUMENT_TEXT = {
  leader: '领导小组组长',
  leaderToFill: '领导小组组长（待填写）',
  director: '创建办主任',
  directorToFill: '创建办主任（待填写）',
  frameworkToImport: '测评体系（待导入）',
  exampleName: '江澜区云溪街道',
  campaignOf: {
    nationalCivilizedCity: '创建全国文明城市工作',
    nationalCivilizedCounty: '创建全国文明县城工作',
    nationalCivilizedDistrict: '创建全国文明城区工作',
  },
} as const;

const HONOUR_OF: Record<JurisdictionLevel, Honour> = {
  city: 'nationalCivilizedCity',
  district: 'nationalCivilizedDistrict',
  county: 'nationalCivilizedCounty',
  street: 'nationalCivilizedDistrict',
  town: 'nationalCivilizedCounty',
  community: 'nationalCivilizedDistrict',
};

/**
 * The jurisdiction a title names: `云溪街道创建全国文明城区工作任务分解表` → 云溪街道; a remark in brackets after the name
 * stays with it (`江澜区云溪街道（虚构）`, as the sample's own exports write it).
 */
const nameFromTitle = (title?: string) =>
  /^(.+?(?:街道|镇|乡|区|县|市)(?:[（(][^（()）]{1,20}[）)])?)(?=创建|创文|创城|文明|点位|问题|任务|测评|$)/.exec(
    title ?? '',
  )?.[1];

/** A name without its bracketed remark, for telling its level: `云溪街道（虚构）` → 云溪街道. */
const bareName = (name: string) => name.replace(/[（(][^（()）]*[）)]$/, '');

function readLevel(written: string | undefined, name: string): JurisdictionLevel {
  if (written === undefined) return LEVEL_BY_NAME.find(([p]) => p.test(bareName(name)))?.[1] ?? 'district';
  const level = JURISDICTION_LEVELS.find(
    (l) =>
      l === written ||
      JURISDICTION_LEVEL_LABELS[l]['zh-CN'] === written ||
      JURISDICTION_LEVEL_LABELS[l].en.toLowerCase() === written.toLowerCase(),
  );
  if (level) return level;
  throw new CliError(
    EXIT_CODES.usage,
    say('levelUnknown', {
      level: written,
      codes: JURISDICTION_LEVELS,
      names: JURISDICTION_LEVELS.map((l) => JURISDICTION_LEVEL_LABELS[l]['zh-CN']),
    }),
  );
}

/** What `init` reads beyond the common options. */
export interface InitOptions extends CommandOptions {
  name?: string;
  level?: string;
  leader?: string;
  director?: string;
  sample?: boolean;
  force?: boolean;
}

/** `chuangwen init campaign.json [workbook.xlsx …]`: a campaign to start from. */
export async function runInit(
  target: string,
  workbooks: readonly string[],
  options: InitOptions,
): Promise<Outcome> {
  if (existsSync(target) && !options.force)
    throw new CliError(EXIT_CODES.usage, say('targetExists', { path: target }));
  if (options.sample) {
    writeCampaignJson(target, sampleStreetCampaign());
    return {
      ok: true,
      kind: 'campaign',
      issues: [],
      output: target,
      notes: [say('sampleStreet')],
    };
  }
  const grids = [];
  for (const file of workbooks) {
    const read = await sheets.readWorkbook(readBytes(file));
    if (!read.ok)
      throw new CliError(EXIT_CODES.unreadable, say('workbookFileUnreadable', { path: file }), read.issues);
    grids.push(read.value);
  }
  const written = sheets.namesInWorkbooks(grids);
  const name = options.name ?? nameFromTitle(written.title);
  if (!name) throw new CliError(EXIT_CODES.usage, say('nameMissing', { example: DOCUMENT_TEXT.exampleName }));
  const level = readLevel(options.level, name);
  const person = (who: string, position?: string) => ({
    id: idFrom('p', who),
    name: who,
    ...(position ? { position } : {}),
  });
  const leader = person(options.leader ?? DOCUMENT_TEXT.leaderToFill, DOCUMENT_TEXT.leader);
  const director = person(options.director ?? DOCUMENT_TEXT.directorToFill, DOCUMENT_TEXT.director);
  const people = new Map([leader, director].map((p) => [p.id, p]));
  for (const p of written.people) {
    const made = person(p.name, p.position);
    if (!people.has(made.id)) people.set(made.id, made);
  }
  const honour = HONOUR_OF[level];
  const campaign: CampaignInput = {
    schemaVersion: 3,
    id: idFrom('campaign', name),
    title: `${name}${DOCUMENT_TEXT.campaignOf[honour === 'nationalCivilizedCity' || honour === 'nationalCivilizedCounty' ? honour : 'nationalCivilizedDistrict']}`,
    jurisdiction: { name, level },
    honour,
    frameworks: [{ editionId: 'framework', role: 'main', name: DOCUMENT_TEXT.frameworkToImport }],
    organisation: {
      people: [...people.values()],
      leadingGroup: { leaderId: leader.id },
      office: { directorId: director.id },
      workingGroups: BUILT_IN_WORKING_GROUP_KINDS.map((kind) => ({ id: `wg-${kind}`, kind })),
    },
    units: written.units.map((u) => ({
      id: idFrom('u', u.name),
      name: u.name,
      kind: guessKind(u.name),
      aliases: u.aliases,
    })),
  };
  const checked = validateCampaign(campaign);
  if (!checked.ok) throw new CliError(EXIT_CODES.invalid, say('writtenInvalid'), jsonIssues(checked.issues));
  // Never over one of the workbooks it was made from, even with --force.
  if (wasRead(target)) throw new CliError(EXIT_CODES.usage, say('outputIsInput', { path: target }));
  writeCampaignJson(target, campaign);
  const notes = [];
  if (!options.leader || !options.director) notes.push(say('placeholderPeople'));
  notes.push(say('unitKindsGuessed'));
  return {
    ok: true,
    kind: 'campaign',
    issues: [],
    output: target,
    summary: say('initSummary', { units: written.units.length, people: people.size }),
    notes,
    data: { units: written.units.length, people: people.size },
  };
}
