import { z } from 'zod';
import { type BilingualText, ExtensionsSchema, IdSchema, NameSchema, TextSchema } from './primitives.js';
import { PersonIdSchema, UnitIdSchema } from './references.js';

/** How to reach a person. */
export const ContactSchema = z.strictObject({
  /** A telephone number. / 联系电话 */
  phone: z.string().min(3).max(40).optional(),
  /** An email address. / 电子邮箱 */
  email: z.string().min(3).max(200).optional(),
});
/** How to reach a person. */
export interface Contact extends z.infer<typeof ContactSchema> {}

/** A person with a position (职务), such as 党工委书记 or 宣传委员. */
export const PersonSchema = z.strictObject({
  id: IdSchema,
  name: NameSchema,
  position: NameSchema.optional(),
  /** The unit the person works in, if any. / 人员所在单位（如有） */
  unitId: UnitIdSchema.optional(),
  contact: ContactSchema.optional(),
  extensions: ExtensionsSchema.optional(),
});
/** A person with a position. */
export interface Person extends z.infer<typeof PersonSchema> {}

/** The leading group (领导小组): a leader (组长), deputies (副组长) and members (成员). */
export const LeadingGroupSchema = z.strictObject({
  leaderId: PersonIdSchema,
  deputyIds: z.array(PersonIdSchema).default([]),
  memberIds: z.array(PersonIdSchema).default([]),
});
/** The leading group. */
export interface LeadingGroup extends z.infer<typeof LeadingGroupSchema> {}

/** The campaign office (创建办) under the leading group, with its director. */
export const OfficeSchema = z.strictObject({
  name: NameSchema.optional(),
  directorId: PersonIdSchema,
  memberIds: z.array(PersonIdSchema).default([]),
});
/** The campaign office. */
export interface Office extends z.infer<typeof OfficeSchema> {}

/** The six working groups the seed plan sets up inside the office. */
export const BUILT_IN_WORKING_GROUP_KINDS = [
  'planning',
  'publicity',
  'archives',
  'logistics',
  'activities',
  'supervision',
] as const;
/** The kind of a working group: one of the six built-in kinds, or `custom`. */
export const WorkingGroupKindSchema = z.enum([...BUILT_IN_WORKING_GROUP_KINDS, 'custom']);
/** The kind of a working group. */
export type WorkingGroupKind = z.infer<typeof WorkingGroupKindSchema>;

const workingGroupFields = {
  id: IdSchema,
  duties: z.array(TextSchema).default([]),
  responsiblePersonIds: z.array(PersonIdSchema).default([]),
  extensions: ExtensionsSchema.optional(),
};

/** A working group (工作小组) with its duties and responsible persons; a custom group needs a name. */
export const WorkingGroupSchema = z.discriminatedUnion('kind', [
  z.strictObject({
    kind: z.enum(BUILT_IN_WORKING_GROUP_KINDS),
    name: NameSchema.optional(),
    ...workingGroupFields,
  }),
  z.strictObject({ kind: z.literal('custom'), name: NameSchema, ...workingGroupFields }),
]);
/** A working group. */
export type WorkingGroup = z.infer<typeof WorkingGroupSchema>;

/** The campaign's organisation: people, the leading group, the office and its working groups. */
export const OrganisationSchema = z.strictObject({
  people: z.array(PersonSchema).default([]),
  leadingGroup: LeadingGroupSchema,
  office: OfficeSchema,
  workingGroups: z.array(WorkingGroupSchema).default([]),
});
/** The campaign's organisation. */
export interface Organisation extends z.infer<typeof OrganisationSchema> {}

/** Labels of the working group kinds. */
export const WORKING_GROUP_KIND_LABELS: Record<WorkingGroupKind, BilingualText> = {
  planning: { 'zh-CN': '统筹策划组', en: 'Planning group' },
  publicity: { 'zh-CN': '宣传组', en: 'Publicity group' },
  archives: { 'zh-CN': '档案组', en: 'Archives group' },
  logistics: { 'zh-CN': '保障组', en: 'Logistics group' },
  activities: { 'zh-CN': '活动组', en: 'Activities group' },
  supervision: { 'zh-CN': '督查检查组', en: 'Supervision group' },
  custom: { 'zh-CN': '其他工作组', en: 'Custom group' },
};
