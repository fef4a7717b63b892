import type { BilingualText, Locale } from '@chuangwen/model';
import { WORKBOOK_KINDS } from '@chuangwen/sheets';

/** What each kind of file the command reads or writes is called, for messages. */
export const KIND_NAMES: Readonly<Record<string, BilingualText>> = {
  campaign: { 'zh-CN': '创建工作文件', en: 'campaign document' },
  ...Object.fromEntries(Object.entries(WORKBOOK_KINDS).map(([kind, info]) => [kind, info.label])),
  report: { 'zh-CN': '创建工作报告', en: 'campaign report' },
  template: { 'zh-CN': '空白模板', en: 'blank template' },
};

/** A kind's name in one language, or the kind itself when it has none. */
export const kindName = (kind: string, locale: Locale) =>
  Object.hasOwn(KIND_NAMES, kind) ? KIND_NAMES[kind]![locale] : kind;

/** The words of the command's own lines, each in both languages. */
export const LINE_WORDS = {
  valid: { 'zh-CN': '通过', en: 'valid' },
  wrote: { 'zh-CN': '已写入', en: 'wrote' },
  records: { 'zh-CN': '条记录', en: 'record(s)' },
  problems: { 'zh-CN': '个问题', en: 'problem(s)' },
} as const;

/** `（…）` or ` (…)` around a remark. */
export const aside = (text: string, locale: Locale) => (locale === 'zh-CN' ? `（${text}）` : ` (${text})`);

/** `标题：内容` or `title: content`. */
export const colon = (locale: Locale) => (locale === 'zh-CN' ? '：' : ': ');
