import {
  type ArchiveCategory,
  ArchiveCategorySchema,
  DateSchema,
  IdSchema,
  MeetingKindSchema,
  StandardCodeSchema,
} from '@chuangwen/model';
import { z } from 'zod';

// The campaign's facts that grow with the campaign (archive counts by standard, meetings) are kept in groups, so an
// event copies the top level and one group, never every standard or every meeting: facts are replaced, not changed,
// and a copy of thousands of keys per event would make the cost of an event grow with the campaign.

const Month = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/);
const own = <T>(record: Readonly<Record<string, T>>, key: string): T | undefined =>
  Object.hasOwn(record, key) ? record[key] : undefined;

/** The group a standard's counts are kept under: its major item, the code's first part (`06` for `06.01.01`). */
export function standardGroup(code: string): string {
  const dot = code.indexOf('.');
  return dot > 0 ? code.slice(0, dot) : code;
}

/**
 * Archive items held, by standard and category (how many media reports, photos, …), grouped by the standard's major
 * item: `06` → `06.01.01` → `photo` → 2.
 */
export const ArchiveCountsSchema = z.record(
  z.string().max(64),
  z.record(StandardCodeSchema, z.partialRecord(ArchiveCategorySchema, z.int().min(0))),
);
/** Archive items held, by major item, standard and category. */
export type ArchiveCounts = z.infer<typeof ArchiveCountsSchema>;

/** One change to the archive counts: a document filed (+1) or withdrawn (−1) for a standard, in a category. */
export interface ArchiveChange {
  standardRef: string;
  category: ArchiveCategory;
  delta: 1 | -1;
}

/** What the archive holds for one standard, by category (empty when nothing). */
export function standardArchive(
  archive: ArchiveCounts,
  standardRef: string,
): Readonly<Partial<Record<ArchiveCategory, number>>> {
  const group = own(archive, standardGroup(standardRef));
  return (group && own(group, standardRef)) ?? {};
}

/** The counts after some changes, never below zero. Pure: copies the top level and the groups it touches. */
export function countArchive(archive: ArchiveCounts, changes: readonly ArchiveChange[]): ArchiveCounts {
  const out: ArchiveCounts = { ...archive };
  const copied = new Set<string>();
  for (const c of changes) {
    const key = standardGroup(c.standardRef);
    if (!copied.has(key)) {
      copied.add(key);
      out[key] = { ...own(archive, key) };
    }
    const group = out[key]!;
    const held = { ...own(group, c.standardRef) };
    held[c.category] = Math.max(0, (held[c.category] ?? 0) + c.delta);
    group[c.standardRef] = held;
  }
  return out;
}

/** A meeting or supervision activity as the facts keep it: enough to count the supervision cadence. */
export const MeetingFactSchema = z.strictObject({
  id: IdSchema,
  kind: MeetingKindSchema,
  date: DateSchema,
  /** The month (`YYYY-MM`) a make-up session (补开) counts for. */
  makeUpFor: Month.optional(),
});
/** A meeting as the facts keep it. */
export interface MeetingFact extends z.infer<typeof MeetingFactSchema> {}

/** Meetings recorded, grouped by the month they were held in (`YYYY-MM`). */
export const MeetingsByMonthSchema = z.record(Month, z.array(MeetingFactSchema));
/** Meetings recorded, grouped by the month they were held in. */
export type MeetingsByMonth = z.infer<typeof MeetingsByMonthSchema>;

/** The meetings with one more. Pure: copies the top level and the meeting's month. */
export function addMeeting(meetings: MeetingsByMonth, meeting: MeetingFact): MeetingsByMonth {
  const month = meeting.date.slice(0, 7);
  return { ...meetings, [month]: [...(own(meetings, month) ?? []), meeting] };
}

/**
 * The ids of a month's meetings, kept by the month's list: `addMeeting` copies only the month it adds to, so every
 * other month's list, and its ids, are the very ones of the facts before.
 */
const idsOfMonth = new WeakMap<readonly MeetingFact[], ReadonlySet<string>>();

/** Whether a meeting with this id is recorded: a look-up per month, the ids of a month gathered once per list. */
export function hasMeeting(meetings: MeetingsByMonth, id: string): boolean {
  for (const list of Object.values(meetings)) {
    let ids = idsOfMonth.get(list);
    if (!ids) {
      ids = new Set(list.map((m) => m.id));
      idsOfMonth.set(list, ids);
    }
    if (ids.has(id)) return true;
  }
  return false;
}

/** Every meeting recorded, month by month. */
export function meetingList(meetings: MeetingsByMonth): MeetingFact[] {
  return Object.keys(meetings)
    .sort()
    .flatMap((month) => meetings[month]!);
}

/** Meetings from a list, grouped by month, in the list's order within each month. */
export function groupMeetings(list: readonly MeetingFact[]): MeetingsByMonth {
  let out: MeetingsByMonth = {};
  for (const m of list) out = addMeeting(out, m);
  return out;
}
