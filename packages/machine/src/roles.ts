import { type BilingualText, IdSchema } from '@chuangwen/model';
import { z } from 'zod';

/** The roles that send events: the leading group, the office, each working group, unit and community staff, inspectors. */
export const ROLES = [
  'leadingGroup',
  'office',
  'planningGroup',
  'publicityGroup',
  'archivesGroup',
  'logisticsGroup',
  'activitiesGroup',
  'supervisionGroup',
  'unitStaff',
  'communityStaff',
  'inspector',
] as const;
/** A role, as a schema. */
export const RoleSchema = z.enum(ROLES);
/** A role that sends events. */
export type Role = z.infer<typeof RoleSchema>;

/**
 * Who sent an event: a person's id in the host system, the role they act in, the unit they act for (unit and community
 * staff act for their own unit only), and, for an inspector, where they are assigned to record (sites or units). The
 * host's authentication sets all of it; a request body never does.
 */
export const ActorSchema = z.strictObject({
  id: IdSchema,
  role: RoleSchema,
  /** The unit the person acts for. */
  unitId: IdSchema.optional(),
  /** The jurisdiction the person acts in, such as a district's division code, for hosts that serve several. */
  jurisdiction: IdSchema.optional(),
  /** Where an inspector is assigned to record: sites, or every site of some units. */
  assignment: z
    .strictObject({
      siteIds: z.array(IdSchema).max(10_000).default([]),
      unitIds: z.array(IdSchema).max(10_000).default([]),
    })
    .optional(),
});
/** Who sent an event. */
export interface Actor extends z.infer<typeof ActorSchema> {}

/** Labels of the roles. */
export const ROLE_LABELS: Record<Role, BilingualText> = {
  leadingGroup: { 'zh-CN': '领导小组', en: 'Leading group' },
  office: { 'zh-CN': '创建办', en: 'Campaign office' },
  planningGroup: { 'zh-CN': '统筹策划组', en: 'Planning group' },
  publicityGroup: { 'zh-CN': '宣传组', en: 'Publicity group' },
  archivesGroup: { 'zh-CN': '档案组', en: 'Archives group' },
  logisticsGroup: { 'zh-CN': '保障组', en: 'Logistics group' },
  activitiesGroup: { 'zh-CN': '活动组', en: 'Activities group' },
  supervisionGroup: { 'zh-CN': '督查检查组', en: 'Supervision group' },
  unitStaff: { 'zh-CN': '责任单位工作人员', en: 'Unit staff' },
  communityStaff: { 'zh-CN': '社区工作人员', en: 'Community staff' },
  inspector: { 'zh-CN': '检查员', en: 'Inspector' },
};
