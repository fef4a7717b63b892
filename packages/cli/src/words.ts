import type { BilingualText, Locale } from '@chuangwen/model';

/** What each kind of file the command reads or writes is called, for messages. */
export const KIND_NAMES: Record<string, BilingualText> = {
  campaign: { 'zh-CN': '创建工作文件', en: 'campaign document' },
  framework: { 'zh-CN': '测评体系', en: 'framework' },
  tasks: { 'zh-CN': '任务分解表', en: 'task table' },
  sites: { 'zh-CN': '点位台账', en: 'site register' },
  rectifications: { 'zh-CN': '问题整改台账', en: 'rectification ledger' },
  rounds: { 'zh-CN': '测评结果', en: 'assessment results' },
  tickets: { 'zh-CN': '工单导出（12345 热线、数字城管）', en: 'ticket export (12345 hotline, 数字城管)' },
  board: { 'zh-CN': '达标情况汇总表', en: 'compliance summary' },
  report: { 'zh-CN': '创建工作报告', en: 'campaign report' },
  template: { 'zh-CN': '空白模板', en: 'blank template' },
};

/** A kind's name in one language, or the kind itself when it has none. */
export const kindName = (kind: string, locale: Locale) =>
  Object.hasOwn(KIND_NAMES, kind) ? KIND_NAMES[kind]![locale] : kind;

/** The words of the command's own lines, each in both languages. */
export const TEXT = {
  valid: { 'zh-CN': '通过', en: 'valid' },
  wrote: { 'zh-CN': '已写入', en: 'wrote' },
  records: { 'zh-CN': '条记录', en: 'records' },
  problems: { 'zh-CN': '个问题', en: 'problem(s)' },
} as const;

/** `（…）` or ` (…)` around a remark. */
export const aside = (text: string, locale: Locale) => (locale === 'zh-CN' ? `（${text}）` : ` (${text})`);

/** `标题：内容` or `title: content`. */
export const colon = (locale: Locale) => (locale === 'zh-CN' ? '：' : ': ');
