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
import { CliError, EXIT_CODES, readBytes } from './io.js';
import { jsonIssues } from './locate.js';

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
const HONOUR_OF: Record<JurisdictionLevel, Honour> = {
  city: 'nationalCivilizedCity',
  district: 'nationalCivilizedDistrict',
  county: 'nationalCivilizedCounty',
  street: 'nationalCivilizedDistrict',
  town: 'nationalCivilizedCounty',
  community: 'nationalCivilizedDistrict',
};

/** The jurisdiction a title names: `云溪街道创建全国文明城区工作任务分解表` → 云溪街道. */
const nameFromTitle = (title?: string) =>
  /^(.+?(?:街道|镇|乡|区|县|市))(?=创建|创文|创城|文明|点位|问题|任务|测评|$)/.exec(title ?? '')?.[1];

function readLevel(written: string | undefined, name: string): JurisdictionLevel {
  if (written === undefined) return LEVEL_BY_NAME.find(([p]) => p.test(name))?.[1] ?? 'district';
  const level = JURISDICTION_LEVELS.find(
    (l) =>
      l === written ||
      JURISDICTION_LEVEL_LABELS[l]['zh-CN'] === written ||
      JURISDICTION_LEVEL_LABELS[l].en.toLowerCase() === written.toLowerCase(),
  );
  if (level) return level;
  throw new CliError(EXIT_CODES.usage, {
    'zh-CN': `--level 的值"${written}"无法识别，可选：${JURISDICTION_LEVELS.map((l) => JURISDICTION_LEVEL_LABELS[l]['zh-CN']).join('、')}`,
    en: `--level "${written}" is not recognized; use one of: ${JURISDICTION_LEVELS.join(', ')}`,
  });
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
    throw new CliError(EXIT_CODES.usage, {
      'zh-CN': `${target} 已存在；要重新生成请加 --force（原文件会被替换）`,
      en: `${target} already exists; add --force to replace it`,
    });
  if (options.sample) {
    writeCampaignJson(target, sampleStreetCampaign());
    return {
      ok: true,
      kind: 'campaign',
      issues: [],
      output: target,
      notes: [
        {
          'zh-CN': '这是虚构的示例街道（云溪街道），供练习和演示；正式工作请用本单位的工作簿生成',
          en: 'this is the fictional sample street, for practice and demonstrations; start a real campaign from your own workbooks',
        },
      ],
    };
  }
  const grids = [];
  for (const file of workbooks) {
    const read = await sheets.readWorkbook(readBytes(file));
    if (!read.ok)
      throw new CliError(
        EXIT_CODES.unreadable,
        { 'zh-CN': `无法读取工作簿 ${file}`, en: `cannot read the workbook ${file}` },
        read.issues,
      );
    grids.push(read.value);
  }
  const written = sheets.namesInWorkbooks(grids);
  const name = options.name ?? nameFromTitle(written.title);
  if (!name)
    throw new CliError(EXIT_CODES.usage, {
      'zh-CN': '请用 --name 写明创建主体，如 --name 江澜区云溪街道（工作簿标题中没有读到）',
      en: 'give the jurisdiction with --name, such as --name 江澜区云溪街道 (no workbook title names it)',
    });
  const level = readLevel(options.level, name);
  const person = (who: string, position?: string) => ({
    id: idFrom('p', who),
    name: who,
    ...(position ? { position } : {}),
  });
  const leader = person(options.leader ?? '领导小组组长（待填写）', '领导小组组长');
  const director = person(options.director ?? '创建办主任（待填写）', '创建办主任');
  const people = new Map([leader, director].map((p) => [p.id, p]));
  for (const p of written.people) {
    const made = person(p.name, p.position);
    if (!people.has(made.id)) people.set(made.id, made);
  }
  const honour = HONOUR_OF[level];
  const campaign: CampaignInput = {
    schemaVersion: 3,
    id: idFrom('campaign', name),
    title: `${name}${honour === 'nationalCivilizedCity' ? '创建全国文明城市' : honour === 'nationalCivilizedCounty' ? '创建全国文明县城' : '创建全国文明城区'}工作`,
    jurisdiction: { name, level },
    honour,
    frameworks: [{ editionId: 'framework', role: 'main', name: '测评体系（待导入）' }],
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
  if (!checked.ok)
    throw new CliError(
      EXIT_CODES.invalid,
      { 'zh-CN': '生成的创建工作文件有误', en: 'the campaign written has problems' },
      jsonIssues(checked.issues),
    );
  writeCampaignJson(target, campaign);
  const notes = [];
  if (!options.leader || !options.director)
    notes.push({
      'zh-CN':
        '领导小组组长、创建办主任是待填写的占位人员：请在文件中改为实际人员，或用 --leader、--director 重新生成',
      en: 'the leading group leader and the office director are placeholders: put the real people in, or run again with --leader and --director',
    });
  notes.push({
    'zh-CN': `单位的类型按名称推断（如"社区"为社区、"局""办"为部门），上下级关系未填：请在文件中核对单位名单`,
    en: 'unit kinds are guessed from their names and no parent units are set: check the units section',
  });
  return {
    ok: true,
    kind: 'campaign',
    issues: [],
    output: target,
    summary: {
      'zh-CN': `单位 ${written.units.length} 个、人员 ${people.size} 名`,
      en: `${written.units.length} units, ${people.size} people`,
    },
    notes,
    data: { units: written.units.length, people: people.size },
  };
}
