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

/** A day of a month, `01` to `31`. */
const Day = z.string().regex(/^(0[1-9]|[12]\d|3[01])$/);

/**
 * A month's meetings as the facts keep them: the ids held, by kind and by day (`monthlyInspection` → `05` → ids), and
 * for a make-up session (补开) the month it counts for. Compact because the snapshot holds every meeting of the
 * campaign: an id and a comma each, where a whole object each made the meetings most of a district's snapshot.
 */
export const MonthMeetingsSchema = z.strictObject({
  held: z.partialRecord(MeetingKindSchema, z.record(Day, z.array(IdSchema).max(10_000))),
  makeUpFor: z.record(IdSchema, Month).optional(),
});
/** A month's meetings as the facts keep them. */
export type MonthMeetings = z.infer<typeof MonthMeetingsSchema>;

/** Meetings recorded, grouped by the month they were held in (`YYYY-MM`). */
export const MeetingsByMonthSchema = z.record(Month, MonthMeetingsSchema);
/** Meetings recorded, grouped by the month they were held in. */
export type MeetingsByMonth = z.infer<typeof MeetingsByMonthSchema>;

/** The meetings with one more. Pure: copies the top level, the meeting's month, and its kind's days there. */
export function addMeeting(meetings: MeetingsByMonth, meeting: MeetingFact): MeetingsByMonth {
  const month = meeting.date.slice(0, 7);
  const day = meeting.date.slice(8, 10);
  const before = own(meetings, month);
  const held = before?.held ?? {};
  const days = own(held as Record<string, Record<string, string[]>>, meeting.kind) ?? {};
  const next: MonthMeetings = {
    held: { ...held, [meeting.kind]: { ...days, [day]: [...(own(days, day) ?? []), meeting.id] } },
  };
  const makeUps = meeting.makeUpFor
    ? { ...before?.makeUpFor, [meeting.id]: meeting.makeUpFor }
    : before?.makeUpFor;
  if (makeUps) next.makeUpFor = makeUps;
  // The month's ids move to its new object, extended in place: the old one gathers its own again if it is ever asked.
  const ids = before && idsOfMonth.get(before);
  if (ids) {
    idsOfMonth.delete(before!);
    idsOfMonth.set(next, ids.add(meeting.id));
  }
  return { ...meetings, [month]: next };
}

/**
 * The ids of a month's meetings, kept by the month's object: `addMeeting` replaces only the month it adds to, and moves
 * that month's ids to the new object with the new id added, so a meeting costs the same on the first and the
 * thousandth of a month; every other month, and its ids, are the very ones of the facts before.
 */
const idsOfMonth = new WeakMap<MonthMeetings, Set<string>>();

function idsOf(month: MonthMeetings): ReadonlySet<string> {
  let ids = idsOfMonth.get(month);
  if (!ids) {
    ids = new Set(Object.values(month.held).flatMap((days) => Object.values(days ?? {}).flat()));
    idsOfMonth.set(month, ids);
  }
  return ids;
}

/** Whether a meeting with this id is recorded: a look-up per month, the ids of a month gathered once. */
export function hasMeeting(meetings: MeetingsByMonth, id: string): boolean {
  for (const month of Object.values(meetings)) if (idsOf(month).has(id)) return true;
  return false;
}

/** Every meeting recorded, month by month, and within a month by kind, day and the order recorded. */
export function meetingList(meetings: MeetingsByMonth): MeetingFact[] {
  const out: MeetingFact[] = [];
  for (const month of Object.keys(meetings).sort()) {
    const { held, makeUpFor } = meetings[month]!;
    for (const kind of Object.keys(held).sort() as MeetingFact['kind'][]) {
      const days = held[kind] ?? {};
      for (const day of Object.keys(days).sort())
        for (const id of days[day]!) {
          const madeUp = makeUpFor && Object.hasOwn(makeUpFor, id) ? makeUpFor[id] : undefined;
          out.push({ id, kind, date: `${month}-${day}`, ...(madeUp ? { makeUpFor: madeUp } : {}) });
        }
    }
  }
  return out;
}

/** Meetings from a list, grouped by month, kind and day, in the list's order within each day. */
export function groupMeetings(list: readonly MeetingFact[]): MeetingsByMonth {
  let out: MeetingsByMonth = {};
  for (const m of list) out = addMeeting(out, m);
  return out;
}
