import type { BilingualText } from '@chuangwen/model';
import type { Catalogue } from '@chuangwen/model/internal';
import type { en } from './campaign-messages.en.js';

const list = (texts: readonly BilingualText[]) => texts.map((t) => t['zh-CN']).join('、');

/** The messages of running a campaign in Chinese: every message of the English catalogue, from the same values. */
export const zhCN: Catalogue<typeof en> = {
  leadingGroupMissing: () => '尚未成立创建工作领导小组',
  officeMissing: () => '尚未成立创建办',
  workingGroupUnstaffed: (p) => `工作小组未配齐：${list(p.groups)}`,
  mobilizationMeetingMissing: () => '尚未召开动员大会',
  implementationPlanMissing: () => '尚未下发实施方案',
  workPlanMissing: () => '尚未制定创建工作计划',
  publicityNotLaunched: () => '尚未启动宣传工作',
  noUnits: () => '尚未确定牵头单位和责任单位',
  unitTeamMissing: (p) => `${p.count} 个单位尚未成立创建机构`,
  unitPlanMissing: (p) => `${p.count} 个单位尚未上报工作方案`,
  noStandards: () => '尚无测评标准的判定结果',
  standardUndetermined: (p) => `${p.count} 项标准仍为"未知可否达标"，需模拟检查`,
  rectificationMissing: (p) => `${p.count} 项未达标标准没有明确牵头单位和期限的整改`,
  cadenceMissed: (p) => `督查频次未落实的月份：${p.months.join('、')}`,
  workingGroupUnrated: (p) => `创建办尚未评定工作小组达标情况：${list(p.groups)}`,
  unannouncedChecksMissing: (p) => `窗口单位明察暗访 ${p.held} 次，少于 ${p.min} 次`,
  standardNonCompliant: (p) => `${p.count} 项标准未达标或未知可否达标`,
  archiveIncomplete: (p) => `${p.count} 项标准的档案材料数量不足`,
  archiveShortfall: (p) => p.short.map((s) => `${s.category['zh-CN']} ${s.held}/${s.quantity}`).join('，'),
  archiveNotSubmitted: () => '档案尚未汇总上报',
  resultMissing: () => '尚未取得正式测评结果',
  selfEvaluationMissing: () => '尚未开展自我评议',
  summaryMeetingMissing: () => '尚未召开总结大会',
  unitNotAppraised: (p) => `${p.count} 个责任单位尚未考核`,
  accountabilityUndecided: () => '尚未作出奖惩问责决定',
  obligationMissed: (p) => `${p.month} ${p.meeting['zh-CN']}应至少 ${p.required} 次，实际 ${p.held} 次`,
  problemFound: (p) =>
    [
      `${p.source['zh-CN']}发现问题`,
      p.onSpot ? '立行立改减半' : '',
      p.repeats > 0 ? `反复 ${p.repeats} 次` : '',
    ]
      .filter(Boolean)
      .join('，'),
  rectificationOverdue: () => '整改逾期',
  repeatCountUnreadable: (p) =>
    `整改记录 ${p.id} 的回潮次数（repeatCount）缺失或不是非负整数，未计入考核；请先用 validateCampaign 或 RectificationSchema 校验`,
  statusUnknown: (p) => `整改记录 ${p.id} 的状态无法识别`,
  dateUnreadable: (p) =>
    `整改记录 ${p.id} ${p.field === 'reportedAt' ? '的上报时间' : `的 ${p.field} `}无法读取`,
  outcomeSuggested: (p) =>
    `${[
      p.scoreBelow !== undefined && `得分 ${p.score} 低于 ${p.scoreBelow} 分`,
      p.scoreAtLeast !== undefined && `得分 ${p.score} 达到 ${p.scoreAtLeast} 分`,
      p.top !== undefined && `组内排名第 ${p.rank}（前 ${p.top} 名）`,
      p.bottom !== undefined && `组内排名第 ${p.rank}（后 ${p.bottom} 名）`,
      p.lastRunning !== undefined && `连续 ${p.lastRunning} 次排名末位`,
      p.overdue !== undefined && `逾期问题 ${p.overdue} 个`,
    ]
      .filter(Boolean)
      .join('，')}，建议${p.outcome['zh-CN']}`,
  marginOutOfRange: () => '误差界限须在 0 与 1 之间',
};
