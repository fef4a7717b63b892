import { z } from 'zod';
import {
  type BilingualText,
  DateSchema,
  ExtensionsSchema,
  IdSchema,
  NameSchema,
  TextSchema,
} from './primitives.js';
import { DocumentIdSchema, PersonIdSchema, SiteIdSchema, UnitIdSchema } from './references.js';

/** Kinds of meetings and supervision records the seed plan requires or mentions. */
export const MEETING_KINDS = [
  'mobilizationMeeting',
  'leadershipReportHearing',
  'onSiteSupervision',
  'jointMeeting',
  'coordinationMeeting',
  'monthlyInspection',
  'workMeeting',
  'summaryMeeting',
  'otherMeeting',
] as const;
/** The kind of a meeting or supervision record. */
export const MeetingKindSchema = z.enum(MEETING_KINDS);
/** The kind of a meeting or supervision record. */
export type MeetingKind = z.infer<typeof MeetingKindSchema>;

/** A meeting or supervision record: who met, which units, when, and what was decided. */
export const MeetingSchema = z.strictObject({
  id: IdSchema,
  kind: MeetingKindSchema,
  date: DateSchema,
  title: NameSchema.optional(),
  attendeeIds: z.array(PersonIdSchema).default([]),
  unitIds: z.array(UnitIdSchema).default([]),
  siteIds: z.array(SiteIdSchema).default([]),
  minutes: TextSchema.optional(),
  /**
   * The month (`YYYY-MM`) a make-up session (补开) counts for, when it makes up an obligation missed that month.
   * / 补开的会议或督查所计入的月份（`YYYY-MM`），用于补足该月未达到的督查频次
   */
  makeUpFor: z
    .string()
    .regex(/^\d{4}-(0[1-9]|1[0-2])$/)
    .optional(),
  /** Archive document ids of the minutes, photos or sign-in sheet. / 会议纪要、照片或签到表的档案材料编号 */
  documentIds: z.array(DocumentIdSchema).default([]),
  extensions: ExtensionsSchema.optional(),
});
/** A meeting or supervision record. */
export interface Meeting extends z.infer<typeof MeetingSchema> {}

/**
 * A supervision obligation (督查频次): at least `minPerMonth` meetings or records of a kind every calendar month, such as
 * the seed plan's "on-site supervision at least twice a month".
 */
export const CadenceObligationSchema = z.strictObject({
  kind: MeetingKindSchema,
  /** How many times a month at least. / 每月至少次数 */
  minPerMonth: z.int().min(1).max(31),
});
/** A supervision obligation. */
export interface CadenceObligation extends z.infer<typeof CadenceObligationSchema> {}

/** Labels of the meeting kinds. */
export const MEETING_KIND_LABELS: Record<MeetingKind, BilingualText> = {
  mobilizationMeeting: { 'zh-CN': '动员大会', en: 'Mobilization meeting' },
  leadershipReportHearing: { 'zh-CN': '听取专题汇报', en: 'Leadership report hearing' },
  onSiteSupervision: { 'zh-CN': '现场督查', en: 'On-site supervision' },
  jointMeeting: { 'zh-CN': '联席会议', en: 'Joint meeting' },
  coordinationMeeting: { 'zh-CN': '重点难点协调会', en: 'Coordination meeting' },
  monthlyInspection: { 'zh-CN': '全街道月度检查', en: 'Monthly inspection' },
  workMeeting: { 'zh-CN': '工作例会', en: 'Work meeting' },
  summaryMeeting: { 'zh-CN': '总结大会', en: 'Summary meeting' },
  otherMeeting: { 'zh-CN': '其他会议', en: 'Other meeting' },
};
