import { holidayCnRevision, holidayCnYear } from '@chuangwen/fixtures/holiday-cn';
import { validateHolidayCnLayer, type WorkingCalendar } from '@chuangwen/model';
import { compareTimeLimit } from '@chuangwen/rules';
import { describe, expect, it } from 'vitest';
import {
  type AuditEntry,
  type CampaignEvent,
  type ConfigurationInput,
  configurationOf,
  MemoryRecord,
} from '../src/index.js';
import { replayRecord } from '../src/internal.js';
import { LEADER, OFFICE, rehash, STAFF, SUPERVISOR } from './helpers.js';
import { CONFIG, INPUT, KEY } from './scenario.js';

/** The national layer of the published holiday-cn years (and any earlier revisions), as a host loads it. */
function calendarOf(files: unknown[]): WorkingCalendar {
  const layer = validateHolidayCnLayer(files);
  if (!layer.ok) throw new Error(JSON.stringify(layer.issues));
  return { layers: [layer.value] };
}
const CALENDAR = calendarOf([holidayCnYear(2025), holidayCnYear(2026), holidayCnYear(2027)]);

/** Every entry of a record, in the order of its positions. */
const entriesOf = (record: MemoryRecord): AuditEntry[] =>
  record
    .streamIds()
    .flatMap((s) => record.entries(s).map((e) => ({ ...JSON.parse(e.body), hash: e.hash }) as AuditEntry))
    .sort((a, b) => a.pos! - b.pos!);
const replayOf = (record: MemoryRecord, entries = entriesOf(record)) =>
  replayRecord(entries, { campaignId: INPUT.campaignId, hasher: record.hasher });

const open = (configuration: ConfigurationInput = { ...CONFIG, calendar: CALENDAR }) =>
  new MemoryRecord(INPUT, OFFICE, { configuration, key: KEY });

let minute = 0;
/** An event at a given moment (or a minute after the last), as its sender writes it. */
const at = (when?: string) =>
  when ?? new Date(Date.parse('2026-03-02T09:00:00+08:00') + ++minute * 60_000).toISOString();
const send = (record: MemoryRecord, type: string, actor: object, payload: object, when?: string) =>
  record.dispatch({ type, at: at(when), actor, ...payload } as CampaignEvent);
const report = (record: MemoryRecord, id = 'r1', when?: string) =>
  send(
    record,
    'rectification.reported',
    SUPERVISOR,
    {
      rectificationId: id,
      standardRef: '06.01.01',
      scope: { kind: 'site', siteId: 's1' },
      description: '占道经营（示例）',
    },
    when,
  );
const handOver = (record: MemoryRecord, payload: object, when?: string, id = 'r1') =>
  send(record, 'rectification.assigned', OFFICE, { rectificationId: id, leadUnitId: 'u1', ...payload }, when);

describe('a hand-over in working days, on the calendar the record holds', () => {
  it('stores the rule, the last day and the fingerprint, and keeps them in the audit entry', () => {
    const record = open();
    report(record, 'r1', '2026-09-29T09:00:00+08:00');
    // 3 working days from Wednesday 30 September: 1–7 October off, Thursday 8, Friday 9, Saturday 10 (make-up day).
    const assigned = handOver(record, { timeLimit: { workingDays: 3 } }, '2026-09-30T10:00:00+08:00');
    expect(assigned.accepted).toBe(true);
    const r = record.rectification('r1')!;
    expect(r).toMatchObject({
      deadline: '2026-10-10',
      timeLimit: {
        rule: { workingDays: 3 },
        from: '2026-09-30T10:00:00+08:00',
        dueDate: '2026-10-10',
        calendarFingerprint: expect.stringMatching(/^[0-9a-f]{64}$/),
      },
    });
    expect(assigned.append.entry.timeLimit).toEqual(r.timeLimit);
    expect(assigned.effects).toEqual([
      {
        type: 'scheduleDeadlineReminder',
        params: { rectificationId: 'r1', leadUnitId: 'u1', deadline: '2026-10-10' },
      },
    ]);
    // A deadline written as a date is kept as written, with no time limit.
    const dated = open();
    report(dated);
    handOver(dated, { deadline: '2026-04-10' });
    expect(dated.rectification('r1')).toMatchObject({ deadline: '2026-04-10' });
    expect(dated.rectification('r1')!.timeLimit).toBeUndefined();
  });

  it('refuses a deadline it cannot count: a year not published, no calendar, no office hours', () => {
    const record = open();
    report(record, 'r1', '2026-12-24T09:00:00+08:00');
    const late = handOver(record, { timeLimit: { workingDays: 10 } }, '2026-12-24T10:00:00+08:00');
    expect(late.rejection).toMatchObject({
      code: 'invalid',
      issues: [
        {
          pointer: '/timeLimit',
          code: 'deadline_unknown',
          message: {
            'zh-CN': expect.stringContaining('2027 年的国家节假日安排尚未发布'),
            en: expect.stringContaining('not published yet'),
          },
        },
      ],
    });
    expect(record.rectification('r1')!.status).toBe('reported');
    // The same limit in calendar days needs no calendar; one that ends within December is known.
    expect(handOver(record, { timeLimit: { workingDays: 2 } }, '2026-12-24T10:00:00+08:00').accepted).toBe(
      true,
    );
    expect(record.rectification('r1')!.timeLimit).toMatchObject({ dueDate: '2026-12-28', provisional: true });

    const none = open(CONFIG);
    report(none);
    expect(handOver(none, { timeLimit: { workingDays: 3 } }).rejection?.issues?.[0]).toMatchObject({
      code: 'deadline_unknown',
      message: { 'zh-CN': expect.stringContaining('没有工作日日历') },
    });
    expect(handOver(none, { timeLimit: { calendarDays: 10 } }).accepted).toBe(true);
    const hours = open();
    report(hours);
    expect(handOver(hours, { timeLimit: { workingHours: 4 } }).rejection?.issues?.[0]?.message.en).toContain(
      'office hours',
    );
  });

  it('takes a deadline once: a date or a time limit, not both and not neither', () => {
    const record = open();
    report(record);
    const both = handOver(record, { deadline: '2026-04-10', timeLimit: { workingDays: 3 } });
    expect(both.rejection).toMatchObject({
      code: 'malformed',
      issues: [{ pointer: '/timeLimit', message: { 'zh-CN': expect.stringContaining('二者只写其一') } }],
    });
    expect(handOver(record, {}).rejection?.code).toBe('malformed');
  });

  it('replays to the same deadline after a changed notice is loaded, and the new one applies from then on', () => {
    // The 2020 Spring Festival as first published, then extended by a later notice (to 2 February).
    const before = calendarOf([holidayCnYear(2019), holidayCnRevision('2020-as-of-2019-11-21')]);
    const after = calendarOf([holidayCnYear(2019), holidayCnYear(2020)]);
    const record = new MemoryRecord({ ...INPUT, at: '2020-01-02T09:00:00+08:00' }, OFFICE, {
      configuration: { ...CONFIG, calendar: before },
      key: KEY,
    });
    report(record, 'r1', '2020-01-22T09:00:00+08:00');
    handOver(record, { timeLimit: { workingDays: 3 } }, '2020-01-23T09:00:00+08:00');
    const first = record.rectification('r1')!.timeLimit!;
    expect(first.dueDate).toBe('2020-02-03');
    const changed = send(
      record,
      'calendar.changed',
      LEADER,
      { calendar: after, reason: '国务院办公厅通知延长 2020 年春节假期' },
      '2020-01-27T09:00:00+08:00',
    );
    expect(changed.accepted).toBe(true);
    report(record, 'r2', '2020-01-27T10:00:00+08:00');
    handOver(record, { timeLimit: { workingDays: 3 } }, '2020-01-27T10:30:00+08:00', 'r2');
    expect(record.rectification('r2')!.timeLimit!.dueDate).toBe('2020-02-05');
    // The first deadline stays as it was fixed; the current calendar says it would now move.
    expect(record.rectification('r1')!.timeLimit).toEqual(first);
    expect(compareTimeLimit(first, after)).toMatchObject({
      status: 'changed',
      current: { dueDate: '2020-02-05' },
    });
    // Replay reads each event under the calendar then in force: the same deadlines, and verification agrees.
    const replay = replayOf(record);
    expect(replay.problems).toEqual([]);
    expect(replay.projection!.rectification('r1')!.timeLimit).toEqual(first);
    expect(record.verify().problems).toEqual([]);
  });

  it('catches a deadline edited in the audit entry, even with the key', () => {
    const record = open();
    report(record);
    handOver(record, { timeLimit: { workingDays: 3 } });
    // Someone holding the key rewrites the deadline in the entry and chains the stream again.
    const stream = record.entries('rectification/r1').map((e) => ({ ...e }));
    const edited = JSON.parse(stream[1]!.body) as AuditEntry;
    expect(edited.timeLimit?.dueDate).toBeDefined();
    stream[1] = {
      ...stream[1]!,
      body: JSON.stringify({ ...edited, timeLimit: { ...edited.timeLimit, dueDate: '2026-12-31' } }),
    };
    rehash(stream, 1, record.hasher);
    const entries = entriesOf(record).map((e) =>
      e.stream === 'rectification/r1'
        ? ({ ...JSON.parse(stream[e.seq]!.body), hash: stream[e.seq]!.hash } as AuditEntry)
        : e,
    );
    expect(replayOf(record).problems).toEqual([]);
    expect(replayOf(record, entries).problems).toMatchObject([
      { stream: 'rectification/r1', kind: 'replay', message: { en: expect.stringContaining('deadline') } },
    ]);
  });
});

describe('the calendar in the configuration', () => {
  it('comes from the campaign document, and is changed only by the roles that configure', () => {
    const config = configurationOf(
      {
        calendar: CALENDAR,
        frameworks: [],
        units: [],
        sites: [],
        tasks: [],
        cadence: [],
        organisation: {
          leadingGroup: { leaderId: 'p-leader', deputyIds: [], memberIds: [] },
          office: { directorId: 'p-office', memberIds: [] },
          workingGroups: [],
          people: [],
        },
      } as never,
      { editions: [] },
    );
    expect(config.calendar).toEqual(CALENDAR);
    const record = open(CONFIG);
    const bad = send(record, 'calendar.changed', STAFF, { calendar: CALENDAR, reason: '试图修改日历' });
    expect(bad.rejection?.code).toBe('unauthorized');
    const malformed = send(record, 'calendar.changed', OFFICE, {
      calendar: { layers: [{ id: 'x', level: 'local', years: [] }] },
      reason: '只有本单位层',
    });
    expect(malformed.rejection?.issues?.[0]).toMatchObject({
      code: 'national_layer_first',
      message: { 'zh-CN': expect.stringContaining('国家层') },
    });
    expect(
      send(record, 'calendar.changed', OFFICE, { calendar: CALENDAR, reason: '载入日历' }).accepted,
    ).toBe(true);
    expect(record.configuration.calendar).toEqual(CALENDAR);
  });
});
