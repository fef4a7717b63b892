import { HonourSchema, LocalizedTextSchema } from '@chuangwen/model';
import { z } from 'zod';

/**
 * The competition groups (组别) a framework edition applies to: the four national groups, and the groups of the
 * provincial titles (省级文明城市, 城区, 县城 and 村镇).
 */
export const COMPETITION_GROUPS = [
  'municipalDistrict',
  'prefectureLevel',
  'countyLevel',
  'provincialCapital',
  'provincialCity',
  'provincialDistrict',
  'provincialCounty',
  'provincialVillageTown',
] as const;
/**
 * A competition group: 直辖市城区, 地级, 县级, 省会/副省级, or a provincial title's city, district, county or
 * village-and-town group.
 */
export const CompetitionGroupSchema = z.enum(COMPETITION_GROUPS);
/** A competition group. */
export type CompetitionGroup = z.infer<typeof CompetitionGroupSchema>;

/**
 * A group an edition covers, where one edition covers several (a provincial index that scores cities, counties and
 * villages at once), with the name the edition prints for it and the title its members compete for.
 */
export const EditionGroupSchema = z.strictObject({
  group: CompetitionGroupSchema,
  /** The group's name as the edition prints it ("县（市、区）组"). / 版本中印的组别名称（如“县（市、区）组”） */
  name: LocalizedTextSchema.optional(),
  /** The title its members compete for (省级文明村镇). / 本组参评单位争创的称号（如省级文明村镇） */
  honour: HonourSchema.optional(),
});
/** A group an edition covers. */
export interface EditionGroup extends z.infer<typeof EditionGroupSchema> {}

/** Every group an edition covers: its listed groups, or its one `group` where it lists none. */
export function groupsOf(edition: {
  group: CompetitionGroup;
  groups?: readonly EditionGroup[] | undefined;
}): CompetitionGroup[] {
  const listed = (edition.groups ?? []).map((g) => g.group);
  return listed.length > 0 ? [...new Set(listed)] : [edition.group];
}

/** Whether a standard applies to a group: every standard does unless it names the groups it is for. */
export function appliesTo(
  standard: { groups?: readonly CompetitionGroup[] | undefined },
  group: CompetitionGroup | undefined,
): boolean {
  return group === undefined || standard.groups === undefined || standard.groups.includes(group);
}
