// A street's 创文 office receives the framework and its task table as Excel files, brings them into chuangwen, and
// hands the rectification ledger back out as a workbook, one sheet per unit.
import { mkdirSync, writeFileSync } from 'node:fs';
import { sampleStreetCampaign } from '@chuangwen/checklists/district';
import { type Locale, validateCampaign } from '@chuangwen/model';
import {
  campaignContext,
  exportRectifications,
  formatSheetIssue,
  importFramework,
  importTasks,
} from '@chuangwen/sheets';
import { frameworkWorkbook, taskWorkbook } from './office-files.js';

const locale: Locale =
  process.argv.includes('--lang') && process.argv[process.argv.indexOf('--lang') + 1] === 'en'
    ? 'en'
    : 'zh-CN';
const say = (zh: string, en: string) => console.log(locale === 'en' ? en : zh);

const street = validateCampaign(sampleStreetCampaign());
if (!street.ok) throw new Error('the sample street validates');
const campaign = street.value;

// 1. The framework comes in from xlsx. The sheet gives its id, group and total above the header.
const framework = await importFramework(await frameworkWorkbook());
if (!framework.ok) {
  for (const issue of framework.issues) console.log(formatSheetIssue(issue, locale));
  process.exit(1);
}
const standards = framework.value.items.flatMap((i) => i.contents ?? []).flatMap((c) => c.standards);
say(
  `测评体系：${framework.value.name['zh-CN']}，${standards.length} 条测评标准`,
  `Framework: ${framework.value.id}, ${standards.length} standards`,
);

// 2. The task table comes in, read against the street's units and people and the framework just imported.
const tasks = await importTasks(await taskWorkbook(), {
  ...campaignContext(campaign),
  framework: framework.value,
});
if (!tasks.ok) {
  for (const issue of tasks.issues) console.log(formatSheetIssue(issue, locale));
  process.exit(1);
}
const unitName = new Map(campaign.units.map((u) => [u.id, u.name]));
for (const task of tasks.value) {
  const deadline =
    task.deadline.kind === 'date' ? task.deadline.date : locale === 'en' ? 'standing duty' : '长期任务';
  say(
    `任务：${task.description}｜牵头 ${task.leadUnitIds.map((id) => unitName.get(id)).join('、')}｜配合 ${task.supportingUnitIds.length} 个单位｜${deadline}｜标准 ${task.standardRefs.join('、')}`,
    `Task: ${task.id} | lead ${task.leadUnitIds.join(', ')} | ${task.supportingUnitIds.length} supporting units | ${deadline} | standards ${task.standardRefs.join(', ')}`,
  );
}

// 3. Problems found on a check go into the ledger, and the ledger goes out, one sheet per lead unit.
campaign.tasks = tasks.value;
campaign.rectifications = [
  {
    id: 'r-1',
    description: '望江商业街占道经营',
    area: 'townscape',
    scope: { kind: 'site', siteId: 's-commercial' },
    reportedAt: '2026-04-02T09:30:00+08:00',
    leadUnitId: 'u-urban',
    supportingUnitIds: [],
    guarantorUnitIds: [],
    deadline: '2026-04-10',
    status: 'closed',
    closedAt: '2026-04-08T16:00:00+08:00',
    evidence: [],
    returnedCount: 0,
    repeatCount: 0,
  },
  {
    id: 'r-2',
    description: '公益广告破损',
    standardRef: '01.01.01',
    scope: { kind: 'jurisdiction' },
    reportedAt: '2026-04-03T10:00:00+08:00',
    leadUnitId: 'u-culture',
    supportingUnitIds: ['u-urban'],
    guarantorUnitIds: [],
    deadline: '2026-04-20',
    status: 'rectifying',
    evidence: [],
    returnedCount: 0,
    repeatCount: 0,
  },
];
mkdirSync('out', { recursive: true });
writeFileSync(
  'out/整改台账.xlsx',
  await exportRectifications(campaign, { asOf: '2026-04-25T18:00:00+08:00' }),
);
say(
  '已写出 out/整改台账.xlsx（整改率汇总 + 每个牵头单位一页）',
  'Wrote out/整改台账.xlsx (a 整改率 summary and one sheet per lead unit)',
);
