import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  type ArchiveChange,
  ArchiveCountsSchema,
  CampaignFactsSchema,
  type MeetingFact,
  MeetingsByMonthSchema,
} from '../src/index.js';
import {
  addMeeting,
  countArchive,
  groupMeetings,
  hasMeeting,
  meetingList,
  standardArchive,
  standardGroup,
} from '../src/internal.js';

const change: fc.Arbitrary<ArchiveChange> = fc.record({
  standardRef: fc.constantFrom('01.01.01', '01.02.03', '06.01.01', '10.03.02', '12'),
  category: fc.constantFrom('photo', 'mediaReport', 'plan'),
  delta: fc.constantFrom(1 as const, -1 as const),
});
const meeting: fc.Arbitrary<MeetingFact> = fc.record(
  {
    id: fc.constantFrom('m1', 'm2', 'm3', 'm4', 'm5', 'm6'),
    kind: fc.constantFrom('workMeeting', 'onSiteSupervision'),
    date: fc.constantFrom('2026-03-31', '2026-04-01', '2026-04-30', '2027-01-15'),
    makeUpFor: fc.constantFrom('2026-02', '2026-03'),
  },
  { requiredKeys: ['id', 'kind', 'date'] },
);

describe('facts kept in groups', () => {
  it('counts the archive as a flat count would, never below zero, without changing what it was given', () => {
    fc.assert(
      fc.property(fc.array(fc.array(change, { maxLength: 5 }), { maxLength: 20 }), (batches) => {
        let archive = countArchive({}, []);
        const flat = new Map<string, number>();
        for (const batch of batches) {
          const before = structuredClone(archive);
          const next = countArchive(archive, batch);
          expect(archive).toEqual(before);
          archive = next;
          for (const c of batch) {
            const key = `${c.standardRef}|${c.category}`;
            flat.set(key, Math.max(0, (flat.get(key) ?? 0) + c.delta));
          }
        }
        for (const [key, count] of flat) {
          const [standardRef, category] = key.split('|') as [string, ArchiveChange['category']];
          expect(standardArchive(archive, standardRef)[category]).toBe(count);
        }
        // Each standard sits under its major item, and the whole is what the facts' schema reads.
        for (const [group, standards] of Object.entries(archive))
          for (const code of Object.keys(standards)) expect(standardGroup(code)).toBe(group);
        expect(ArchiveCountsSchema.safeParse(archive).success).toBe(true);
      }),
    );
  });

  it('reads nothing held for a standard never filed, and keeps keys as data', () => {
    expect(standardArchive({}, '06.01.01')).toEqual({});
    const archive = countArchive({}, [{ standardRef: '06.01.01', category: 'photo', delta: 1 }]);
    expect(archive).toEqual({ '06': { '06.01.01': { photo: 1 } } });
    expect(standardArchive(archive, 'toString')).toEqual({});
    expect(standardArchive(archive, '06.toString')).toEqual({});
  });

  it('keeps meetings by month: every meeting once, found by id, the list given back whole', () => {
    fc.assert(
      fc.property(fc.uniqueArray(meeting, { selector: (m) => m.id, maxLength: 6 }), (list) => {
        const grouped = groupMeetings(list);
        expect(meetingList(grouped)).toHaveLength(list.length);
        expect(new Set(meetingList(grouped))).toEqual(new Set(list));
        for (const m of list) {
          expect(hasMeeting(grouped, m.id)).toBe(true);
          // Kept by month, kind and day: the id, and the month a make-up session counts for.
          const month = grouped[m.date.slice(0, 7)]!;
          expect(month.held[m.kind]?.[m.date.slice(8, 10)]).toContain(m.id);
          expect(month.makeUpFor?.[m.id]).toBe(m.makeUpFor);
        }
        expect(hasMeeting(grouped, 'm-none')).toBe(false);
        expect(MeetingsByMonthSchema.safeParse(grouped).success).toBe(true);
        const before = structuredClone(grouped);
        addMeeting(grouped, { id: 'm9', kind: 'workMeeting', date: '2026-05-01' });
        expect(grouped).toEqual(before);
      }),
    );
  });

  it('finds by id exactly the meetings each facts value was built from, along any branch of additions', () => {
    // Each step adds a meeting to one of the values made so far (a branch when not the latest), or to a restored copy.
    const step = fc.record({ from: fc.nat(), meeting, restored: fc.boolean() });
    fc.assert(
      fc.property(fc.array(step, { maxLength: 20 }), (steps) => {
        const made: { value: ReturnType<typeof groupMeetings>; ids: Set<string> }[] = [
          { value: {}, ids: new Set() },
        ];
        for (const { from, meeting: m, restored } of steps) {
          const base = made[from % made.length]!;
          if (base.ids.has(m.id)) continue;
          const value = addMeeting(restored ? structuredClone(base.value) : base.value, m);
          made.push({ value, ids: new Set([...base.ids, m.id]) });
        }
        for (const { value, ids } of made)
          for (const id of ['m1', 'm2', 'm3', 'm4', 'm5', 'm6'])
            expect(hasMeeting(value, id), id).toBe(ids.has(id));
      }),
    );
  });

  it('keeps a meeting in about its id: a district month of 1,500 meetings in under 12 bytes each', () => {
    const kinds = ['monthlyInspection', 'onSiteSupervision', 'workMeeting'] as const;
    const list: MeetingFact[] = Array.from({ length: 1_500 }, (_, i) => ({
      id: `m${i}`,
      kind: kinds[i % 3]!,
      date: `2026-03-${String((i % 28) + 1).padStart(2, '0')}`,
    }));
    const grouped = groupMeetings(list);
    expect(JSON.stringify(grouped).length / list.length).toBeLessThan(12);
    const byId = (a: MeetingFact, b: MeetingFact) => Number(a.id.slice(1)) - Number(b.id.slice(1));
    expect(meetingList(grouped).sort(byId)).toEqual(list);
  });

  it('is what a campaign starts with', () => {
    expect(CampaignFactsSchema.parse({})).toMatchObject({ archive: {}, meetings: {} });
  });
});
