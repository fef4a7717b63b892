import type { BilingualText } from '@chuangwen/model';
import type { CampaignEventType } from './events.js';

/** What each campaign event records or requests, in the words of a 创文 office. */
export const EVENT_TYPE_LABELS: Record<CampaignEventType, BilingualText> = {
  'organisation.leadingGroupFormed': { 'zh-CN': '成立领导小组', en: 'Leading group formed' },
  'organisation.officeFormed': { 'zh-CN': '成立创建办', en: 'Campaign office formed' },
  'organisation.workingGroupStaffed': { 'zh-CN': '配齐工作小组', en: 'Working group staffed' },
  'meeting.recorded': { 'zh-CN': '记录会议或督查', en: 'Meeting or supervision recorded' },
  'plan.issued': { 'zh-CN': '下发方案计划', en: 'Plan issued' },
  'unit.registered': { 'zh-CN': '登记责任单位', en: 'Unit registered' },
  'unit.teamFormed': { 'zh-CN': '单位成立创建机构', en: "Unit's campaign team formed" },
  'unit.planSubmitted': { 'zh-CN': '单位上报工作方案', en: "Unit's plan submitted" },
  'publicity.launched': { 'zh-CN': '启动宣传工作', en: 'Publicity launched' },
  'board.updated': { 'zh-CN': '更新达标情况汇总表', en: 'Compliance board updated' },
  'cadence.updated': { 'zh-CN': '更新督查频次落实情况', en: 'Supervision cadence updated' },
  'rectification.reported': { 'zh-CN': '上报问题', en: 'Problem reported' },
  'rectification.assigned': { 'zh-CN': '交办整改', en: 'Problem handed over' },
  'rectification.started': { 'zh-CN': '开始整改', en: 'Rectification started' },
  'rectification.submitted': { 'zh-CN': '提交整改材料', en: 'Rectification submitted' },
  'rectification.closed': { 'zh-CN': '核查销号', en: 'Closed after review' },
  'rectification.returned': { 'zh-CN': '退回重改', en: 'Returned for rework' },
  'rectification.escalated': { 'zh-CN': '上报上级', en: 'Escalated' },
  'rectification.relapsed': { 'zh-CN': '问题回潮', en: 'Problem relapsed' },
  'workingGroup.rated': { 'zh-CN': '评定工作小组', en: 'Working group rated' },
  'windowCheck.recorded': { 'zh-CN': '记录窗口明察暗访', en: 'Unannounced window check recorded' },
  'archive.updated': { 'zh-CN': '更新档案材料', en: 'Archive updated' },
  'archive.submitted': { 'zh-CN': '档案汇总上报', en: 'Archive submitted' },
  'result.recorded': { 'zh-CN': '记录测评结果', en: 'Assessment result recorded' },
  'selfEvaluation.done': { 'zh-CN': '完成自我评议', en: 'Self-evaluation done' },
  'unit.appraised': { 'zh-CN': '考核责任单位', en: 'Unit appraised' },
  'accountability.decided': { 'zh-CN': '作出奖惩问责决定', en: 'Rewards and accountability decided' },
  'phase.advance': { 'zh-CN': '申请进入下一阶段', en: 'Advance to the next phase' },
  'phase.force': { 'zh-CN': '领导小组决定推进', en: 'Move on by leading-group decision' },
  'cycle.start': { 'zh-CN': '启动新一轮创建', en: 'Start the next cycle' },
};

/** Labels of the campaign machine's states beyond the phases. */
export const CLOSED_STATE_LABEL: BilingualText = { 'zh-CN': '本轮已结束', en: 'Closed' };
