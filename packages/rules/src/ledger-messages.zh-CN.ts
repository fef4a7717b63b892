import type { Catalogue } from '@chuangwen/model/internal';
import type { en } from './ledger-messages.en.js';

const whose = (layer: string | undefined) => (layer === undefined ? '国家' : `"${layer}"`);

/** The messages of the ledger in Chinese: every message of the English catalogue, from the same values. */
export const zhCN: Catalogue<typeof en> = {
  notATicketList: (p) => `应为工单的列表，最多 ${p.max} 件`,
  conflictingTicket: (p) =>
    `编号 ${p.number} 的工单出现两次且内容不一致（第 ${p.first} 件与第 ${p.second} 件）`,
  ticketCancelled: () => '工单已作废，不计入台账',
  caseNotFiled: () => '案件尚未立案，不计入台账',
  unknownCategory: (p) => `分类"${p.written}"不在代码表"${p.table}"中`,
  unknownMainClass: (p) =>
    `大类"${p.written}"不在代码表"${p.table}"的${p.kind === 'component' ? '部件' : '事件'}中`,
  unknownUnit: (p) => `单位"${p.written}"不在单位名单中；请在创建工作文件中添加该单位或其别名`,
  ambiguousUnit: (p) => `单位"${p.written}"可指多个：${p.unitIds.join('、')}`,
  stepBeforeReport: () => '该环节的时间早于问题受理（上报）时间',
  invalidRecord: (p) => `由工单生成的台账记录无效：${p.path}`,
  noDeadlineToExtend: () => '没有可延长的期限：先交办并确定整改期限',
  extensionNotLater: (p) => `延期后的期限 ${p.until} 不晚于原期限 ${p.dueDate}`,
  extensionGivesNoTime: () => '延期未增加时间',
  noCalendar: () =>
    '没有工作日日历，无法按工作日或工作小时计算期限；请先载入日历（国务院办公厅节假日安排等）',
  holidaysNotLoaded: (p) =>
    `未载入 ${p.year} 年的${whose(p.layer)}节假日安排，无法确定 ${p.date} 是否为工作日；请载入该年的数据`,
  holidaysNotPublished: (p) =>
    `${p.year} 年的${whose(p.layer)}节假日安排尚未发布（通知通常在上一年年底发布），无法确定 ${p.date} 是否为工作日`,
  noOfficeHours: () => '日历未设置办公时间，无法按工作小时计算期限；请在日历中填写 officeHours',
  limitTooFar: (p) => `期限超出 ${p.date} 之后十年，不予计算`,
  notWholeDays: (p) => `工作日数应为整数：${p.days}`,
  notHours: (p) => `小时数无效：${p.hours}`,
  unreadableInstant: (p) => `无法识别的时间 ${p.shown}：应为 ISO 日期或带时区的时间`,
};
