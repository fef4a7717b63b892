import { type Campaign, ENUM_LABELS, type TaskAssignment } from '@chuangwen/model';
import { beijingDate, dateCell, daysFrom } from './dates.js';
import { namesOf } from './export-rectifications.js';
import { formatRequirements } from './materials.js';
import { headersOf, type WorkbookSpec, type WriteCell } from './sheet-spec.js';
import { TASK_TABLE } from './tasks.js';
import { writeWorkbook } from './write-workbook.js';

/** Options for exporting the task table. */
export interface TaskExportOptions {
  /** The day the countdown is counted from, `YYYY-MM-DD` (or an instant; its Beijing date is used). */
  asOf: string;
  office?: string;
}

const KEYS = [
  'id',
  'standards',
  'description',
  'lead',
  'supporting',
  'leader',
  'deadline',
  'frequency',
  'materials',
  'note',
  'edition',
];
const OVERDUE = 'FFFFC7CE';
const SOON = 'FFFFEB9C';

/** The parts of a campaign the task table export reads. */
export type TaskCampaign = Pick<Campaign, 'units' | 'tasks' | 'organisation' | 'jurisdiction'>;

/** The countdown of one task at a day: days left (negative when overdue), or undefined for a standing duty. */
export function taskCountdown(task: TaskAssignment, today: string): number | undefined {
  return task.deadline.kind === 'date' ? daysFrom(today, task.deadline.date) : undefined;
}

/**
 * The task decomposition table with its countdown (pure): 责任单位 heads 牵头单位 and 配合单位 in a two-row header,
 * and two columns after the table's own say how many days are left and colour the overdue and the nearly due. The
 * countdown columns are ignored when the sheet is imported again.
 */
export function taskSheets(campaign: TaskCampaign, options: TaskExportOptions): WorkbookSpec {
  const names = namesOf(campaign);
  const today = beijingDate(options.asOf);
  const rows = campaign.tasks.map((task) => {
    const left = taskCountdown(task, today);
    const values: Record<string, WriteCell> = {
      id: task.id,
      standards: task.standardRefs.join('、'),
      description: task.description ?? null,
      lead: task.leadUnitIds.map(names.unit).join('、'),
      supporting:
        task.supportingUnitIds.length === 0 ? null : task.supportingUnitIds.map(names.unit).join('、'),
      leader: task.responsibleLeaderId === undefined ? null : names.person(task.responsibleLeaderId),
      deadline:
        task.deadline.kind === 'date'
          ? { value: dateCell(task.deadline.date), numFmt: 'yyyy"年"m"月"d"日"' }
          : ENUM_LABELS.standingDuty[task.deadline.duty]['zh-CN'],
      frequency: ENUM_LABELS.frequency[task.frequency]['zh-CN'],
      materials:
        task.materialRequirements.length === 0
          ? null
          : formatRequirements(task.materialRequirements, (r) =>
              r.providerUnitId ? names.unit(r.providerUnitId) : r.provider?.['zh-CN'],
            ),
      note: task.note ?? null,
      edition: task.editionId ?? null,
    };
    const fill = left === undefined ? undefined : left < 0 ? OVERDUE : left <= 7 ? SOON : undefined;
    const countdown: WriteCell[] =
      left === undefined
        ? ['—', '长期任务']
        : [
            { value: left, ...(fill ? { fill } : {}) },
            {
              value: left < 0 ? `逾期${-left}天` : left === 0 ? '今日到期' : `还剩${left}天`,
              ...(fill ? { fill } : {}),
            },
          ];
    return [...KEYS.map((k) => values[k] ?? null), ...countdown];
  });
  const columns = [
    ...headersOf(TASK_TABLE, KEYS),
    { header: '剩余天数', width: 6 },
    { header: '倒计时', width: 8 },
  ];
  const lead = KEYS.indexOf('lead');
  return {
    sheets: [
      {
        name: '任务分解表',
        title: `${options.office ?? campaign.jurisdiction.name}创建工作任务分解表`,
        meta: [['截至', today]],
        groups: [{ text: '责任单位', from: lead, to: lead + 1 }],
        columns,
        rows,
        notes: ['注：剩余天数为负数表示已逾期；红色为逾期，黄色为 7 天内到期。'],
      },
    ],
  };
}

/** Writes the task table with its countdown to xlsx bytes. */
export function exportTasks(campaign: TaskCampaign, options: TaskExportOptions): Promise<Uint8Array> {
  return writeWorkbook(taskSheets(campaign, options));
}
