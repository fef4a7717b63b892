import {
  type DeadlineRule,
  ENUM_LABELS,
  HOTLINE_REQUEST_TYPES,
  SATISFACTION_LEVELS,
  TICKET_STATES,
  URBAN_CASE_KINDS,
} from '@chuangwen/model';
import type { Choices } from './fields.js';
import { defineTable } from './table.js';
import { normalize } from './text.js';

// The words of a ticket export: the 12345 platform's ticket sheet, the 数字城管 platform's case sheet and the history
// (流转记录) both share, with the headers platforms use. The import and the export both read them from here.

/** A 12345 ticket sheet: one ticket a row. The columns after 办理时限 serve exports with no history sheet. */
export const HOTLINE_TICKET_TABLE = defineTable({
  name: { 'zh-CN': '12345工单', en: 'Hotline tickets' },
  columns: [
    {
      key: 'number',
      header: { 'zh-CN': '工单编号', en: 'Ticket number' },
      synonyms: ['工单号', '受理编号'],
      required: true,
      width: 20,
    },
    {
      key: 'receivedAt',
      header: { 'zh-CN': '受理时间', en: 'Received at' },
      synonyms: ['来电时间', '登记时间'],
      required: true,
      width: 18,
    },
    {
      key: 'requestType',
      header: { 'zh-CN': '诉求类型', en: 'Request type' },
      synonyms: ['工单类型', '来电类型'],
      required: true,
      width: 10,
    },
    {
      key: 'category',
      header: { 'zh-CN': '诉求分类', en: 'Category' },
      synonyms: ['问题分类', '业务分类'],
      width: 12,
    },
    {
      key: 'content',
      header: { 'zh-CN': '诉求内容', en: 'Request' },
      synonyms: ['来电内容', '诉求描述'],
      required: true,
      width: 40,
    },
    {
      key: 'address',
      header: { 'zh-CN': '诉求地址', en: 'Address' },
      synonyms: ['事发地址', '问题地址', '地址'],
      width: 20,
    },
    {
      key: 'grid',
      header: { 'zh-CN': '网格', en: 'Grid cell' },
      synonyms: ['所属网格', '网格编码'],
      width: 16,
    },
    {
      key: 'timeLimit',
      header: { 'zh-CN': '办理时限', en: 'Time limit' },
      synonyms: ['办理期限', '时限'],
      width: 12,
    },
    { key: 'dispatchedAt', header: { 'zh-CN': '派单时间', en: 'Dispatched at' }, width: 18 },
    {
      key: 'unit',
      header: { 'zh-CN': '承办单位', en: 'Handling unit' },
      synonyms: ['办理单位', '责任单位'],
      width: 16,
    },
    { key: 'completedAt', header: { 'zh-CN': '办结时间', en: 'Completed at' }, width: 18 },
    {
      key: 'satisfaction',
      header: { 'zh-CN': '满意度', en: 'Satisfaction' },
      synonyms: ['回访结果', '评价结果'],
      width: 10,
    },
  ],
});

/** A 数字城管 case sheet: one case a row, the flat columns after 处置时限 as for tickets. */
export const URBAN_CASE_TABLE = defineTable({
  name: { 'zh-CN': '数字城管案件', en: 'Urban management cases' },
  columns: [
    {
      key: 'number',
      header: { 'zh-CN': '案卷号', en: 'Case number' },
      synonyms: ['案件编号', '案件号'],
      required: true,
      width: 20,
    },
    {
      key: 'reportedAt',
      header: { 'zh-CN': '上报时间', en: 'Reported at' },
      synonyms: ['采集时间'],
      required: true,
      width: 18,
    },
    {
      key: 'kind',
      header: { 'zh-CN': '案件类型', en: 'Kind' },
      synonyms: ['问题类型'],
      required: true,
      width: 8,
    },
    {
      key: 'mainType',
      header: { 'zh-CN': '大类', en: 'Main class' },
      synonyms: ['大类名称'],
      required: true,
      width: 12,
    },
    { key: 'mainTypeCode', header: { 'zh-CN': '大类代码', en: 'Main class code' }, width: 8 },
    { key: 'subType', header: { 'zh-CN': '小类', en: 'Sub-class' }, synonyms: ['小类名称'], width: 12 },
    { key: 'subTypeCode', header: { 'zh-CN': '小类代码', en: 'Sub-class code' }, width: 8 },
    {
      key: 'componentId',
      header: { 'zh-CN': '部件标识码', en: 'Component id' },
      synonyms: ['部件编码'],
      width: 20,
    },
    {
      key: 'description',
      header: { 'zh-CN': '问题描述', en: 'Problem' },
      synonyms: ['案件描述'],
      required: true,
      width: 36,
    },
    {
      key: 'address',
      header: { 'zh-CN': '地址', en: 'Address' },
      synonyms: ['位置描述', '事发地址'],
      width: 20,
    },
    {
      key: 'grid',
      header: { 'zh-CN': '单元网格', en: 'Grid cell' },
      synonyms: ['网格', '网格编码'],
      width: 16,
    },
    { key: 'timeLimit', header: { 'zh-CN': '处置时限', en: 'Time limit' }, synonyms: ['时限'], width: 12 },
    { key: 'filedAt', header: { 'zh-CN': '立案时间', en: 'Filed at' }, width: 18 },
    { key: 'dispatchedAt', header: { 'zh-CN': '派遣时间', en: 'Dispatched at' }, width: 18 },
    {
      key: 'unit',
      header: { 'zh-CN': '处置单位', en: 'Handling unit' },
      synonyms: ['专业部门', '责任部门'],
      width: 16,
    },
    { key: 'completedAt', header: { 'zh-CN': '结案时间', en: 'Closed at' }, width: 18 },
  ],
});

/** The history of tickets and cases (流转记录): one step a row, keyed by the ticket's or case's number. */
export const TICKET_STEP_TABLE = defineTable({
  name: { 'zh-CN': '流转记录', en: 'Ticket history' },
  columns: [
    {
      key: 'number',
      header: { 'zh-CN': '编号', en: 'Number' },
      synonyms: ['工单编号', '案卷号'],
      required: true,
      width: 20,
    },
    {
      key: 'state',
      header: { 'zh-CN': '环节', en: 'Step' },
      synonyms: ['流转环节', '处理环节', '操作'],
      required: true,
      width: 12,
    },
    {
      key: 'at',
      header: { 'zh-CN': '时间', en: 'At' },
      synonyms: ['操作时间', '处理时间'],
      required: true,
      width: 18,
    },
    {
      key: 'unit',
      header: { 'zh-CN': '单位', en: 'Unit' },
      synonyms: ['承办单位', '处置单位', '处理单位'],
      width: 16,
    },
    {
      key: 'note',
      header: { 'zh-CN': '说明', en: 'Note or reason' },
      synonyms: ['处理意见', '意见', '原因'],
      width: 24,
    },
    {
      key: 'timeLimit',
      header: { 'zh-CN': '时限', en: 'Time limit' },
      synonyms: ['办理时限', '延期时限'],
      width: 12,
    },
    { key: 'until', header: { 'zh-CN': '延期至', en: 'Extended until' }, width: 12 },
    {
      key: 'approvedBy',
      header: { 'zh-CN': '审批', en: 'Approved by' },
      synonyms: ['审批人', '批准单位'],
      width: 12,
    },
    { key: 'satisfaction', header: { 'zh-CN': '满意度', en: 'Satisfaction' }, synonyms: ['评价'], width: 10 },
    { key: 'passed', header: { 'zh-CN': '核查结果', en: 'Verified' }, width: 10 },
    {
      key: 'into',
      header: { 'zh-CN': '并入', en: 'Merged into' },
      synonyms: ['并入工单', '主工单'],
      width: 20,
    },
  ],
});

/** The steps as sheets write them: the labels, each platform's own word, or the code. */
export const STATE_CHOICES: Choices<(typeof TICKET_STATES)[number]> = {
  values: TICKET_STATES,
  labels: ENUM_LABELS.ticketState,
  synonyms: {
    accepted: ['受理', '登记'],
    collected: ['采集', '上报'],
    dispatched: ['派单', '派遣', '转办'],
    sentBack: ['退单', '回退', '退件'],
    redispatched: ['改派', '重新派遣', '重新派单'],
    handling: ['办理', '处置', '签收'],
    replied: ['回复', '反馈', '办理回复', '处置反馈'],
    completed: ['办结', '结案'],
    redone: ['重办', '返办'],
    cancelled: ['作废', '不予立案', '无效工单'],
  },
};
export const REQUEST_TYPE_CHOICES: Choices<(typeof HOTLINE_REQUEST_TYPES)[number]> = {
  values: HOTLINE_REQUEST_TYPES,
  labels: ENUM_LABELS.hotlineRequestType,
};
export const SATISFACTION_CHOICES: Choices<(typeof SATISFACTION_LEVELS)[number]> = {
  values: SATISFACTION_LEVELS,
  labels: ENUM_LABELS.satisfaction,
  synonyms: { satisfied: ['非常满意'], dissatisfied: ['不满'] },
};
export const KIND_CHOICES: Choices<(typeof URBAN_CASE_KINDS)[number]> = {
  values: URBAN_CASE_KINDS,
  labels: ENUM_LABELS.urbanCaseKind,
};
export const PASSED_WORDS = {
  passed: ['通过', '合格', '是'],
  failed: ['不通过', '未通过', '不合格', '否', '返工'],
};

const ROLL_OVER = /[,，;；]?(?:遇节假日顺延|顺延)$/;

/** A time limit in words: `3个工作日`, `13 个工作日`, `24小时`, `2个工作小时`, `10个自然日`, `10天，遇节假日顺延`. */
export function parseDeadlineRule(text: string): DeadlineRule | undefined {
  const t = normalize(text);
  const m = /^(\d+(?:\.\d+)?)个?(工作日|自然日|天|日|工作小时|工作时|小时|h)$/.exec(t.replace(ROLL_OVER, ''));
  if (!m) return undefined;
  const n = Number(m[1]);
  const unit = m[2]!;
  const whole = Number.isInteger(n);
  if (unit === '工作日') return whole ? { workingDays: n } : undefined;
  if (unit === '自然日' || unit === '天' || unit === '日')
    return whole
      ? ROLL_OVER.test(t)
        ? { calendarDays: n, endOnWorkingDay: true }
        : { calendarDays: n }
      : undefined;
  if (n <= 0) return undefined;
  return unit === '工作小时' || unit === '工作时' ? { workingHours: n } : { calendarHours: n };
}

/** A time limit in the words offices write, the inverse of {@link parseDeadlineRule}. */
export function formatDeadlineRule(rule: DeadlineRule): string {
  if ('workingDays' in rule) return `${rule.workingDays}个工作日`;
  if ('calendarDays' in rule)
    return `${rule.calendarDays}个自然日${rule.endOnWorkingDay ? '，遇节假日顺延' : ''}`;
  if ('workingHours' in rule) return `${rule.workingHours}个工作小时`;
  return `${rule.calendarHours}小时`;
}
