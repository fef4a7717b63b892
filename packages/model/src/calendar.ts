import { z } from 'zod';
import {
  type BilingualText,
  DateSchema,
  DivisionCodeSchema,
  IdSchema,
  NameSchema,
  TextSchema,
} from './primitives.js';

/** The layers of a working-day calendar, applied in this order: a later layer overrides an earlier one. */
export const CALENDAR_LEVELS = ['national', 'provincial', 'local'] as const;
/** A calendar layer's level: the State Council's schedule, a province's own days, the office's own (local) days. */
export const CalendarLevelSchema = z.enum(CALENDAR_LEVELS);
/** A calendar layer's level. */
export type CalendarLevel = z.infer<typeof CalendarLevelSchema>;

/**
 * What a year missing from a layer means. `everyYear`: the layer publishes every year, so a date in a year it has not
 * published is unknown (the national layer always works so). `listedDays`: the layer only adds the days it lists, so a
 * year it does not mention adds nothing.
 */
export const CALENDAR_COVERAGES = ['everyYear', 'listedDays'] as const;
/** What a year missing from a layer means. */
export const CalendarCoverageSchema = z.enum(CALENDAR_COVERAGES);
/** What a year missing from a layer means. */
export type CalendarCoverage = z.infer<typeof CalendarCoverageSchema>;

/** A day a notice names: a holiday on a weekday, or a working day on a weekend (调休 make-up day). */
export const CalendarDaySchema = z.strictObject({
  date: DateSchema,
  /** The holiday the day belongs to, as the notice names it (春节, 国庆节). / 所属节日名称（如春节、国庆节） */
  name: NameSchema,
  /** A working day (a make-up day on a weekend) or a day off (a holiday). / 是否上班（调休上班为是，放假为否） */
  working: z.boolean(),
});
/** A day a notice names. */
export interface CalendarDay extends z.infer<typeof CalendarDaySchema> {}

/**
 * One year of one layer, as its notice sets it: the days that differ from an ordinary week (holidays on weekdays,
 * make-up working days on weekends). A notice for a year may name days at the end of the year before (元旦 make-up
 * days in December). A year not yet published is kept with `published: false`: its dates are unknown, never ordinary.
 */
export const CalendarYearSchema = z
  .strictObject({
    year: z.int().min(1949).max(2200),
    /** Whether the notice for the year is out; until it is, the year's working days are unknown. / 当年的放假安排是否已发布 */
    published: z.boolean(),
    /** The notices the days come from: their addresses or document numbers. / 所依据的通知（网址或文号） */
    sources: z.array(TextSchema).max(20).default([]),
    days: z.array(CalendarDaySchema).max(400).default([]),
  })
  .superRefine((y, ctx) => {
    // A notice sets its own year and, at most, the end of December before it (元旦 make-up days).
    const first = `${y.year - 1}-12-01`;
    const last = `${y.year}-12-31`;
    const seen = new Set<string>();
    y.days.forEach((day, i) => {
      if (day.date < first || day.date > last)
        ctx.addIssue({
          code: 'custom',
          message: 'chuangwen:calendar_day_outside_year',
          path: ['days', i, 'date'],
        });
      else if (seen.has(day.date))
        ctx.addIssue({
          code: 'custom',
          message: 'chuangwen:duplicate_calendar_day',
          path: ['days', i, 'date'],
        });
      seen.add(day.date);
    });
    if (!y.published && y.days.length > 0)
      ctx.addIssue({ code: 'custom', message: 'chuangwen:unpublished_year_with_days', path: ['days'] });
  });
/** One year of one layer. */
export interface CalendarYear extends z.infer<typeof CalendarYearSchema> {}

/** A layer of the calendar: the national schedule, a province's additions, or the office's own (local) days. */
export const CalendarLayerSchema = z.strictObject({
  id: IdSchema,
  level: CalendarLevelSchema,
  name: NameSchema.optional(),
  /** The division the layer applies to (a province, a district), when it is not national. / 该层适用的行政区划代码 */
  divisionCode: DivisionCodeSchema.optional(),
  /**
   * What a year missing from the layer means; by default `everyYear` for national and provincial layers, `listedDays`
   * for a local one (the office's own). / 缺少某年数据时的含义；国家层和省级层默认每年发布，本单位层默认只增加所列日期
   */
  coverage: CalendarCoverageSchema.optional(),
  years: z.array(CalendarYearSchema).max(300).default([]),
});
/** A layer of the calendar. */
export interface CalendarLayer extends z.infer<typeof CalendarLayerSchema> {}
/** A layer as written, with defaults left out. */
export type CalendarLayerInput = z.input<typeof CalendarLayerSchema>;

const Clock = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$|^24:00$/, { error: 'chuangwen:invalid_clock' });

/** A stretch of office hours on a working day, `08:30` to `12:00`, in Beijing time. */
export const OfficeHoursPeriodSchema = z.strictObject({ start: Clock, end: Clock });
/** A stretch of office hours on a working day. */
export interface OfficeHoursPeriod extends z.infer<typeof OfficeHoursPeriodSchema> {}

const minutes = (clock: string) => Number(clock.slice(0, 2)) * 60 + Number(clock.slice(3, 5));

/** Office hours on a working day, in order and not overlapping; limits in working hours count only these. */
export const OfficeHoursSchema = z.strictObject({
  periods: z
    .array(OfficeHoursPeriodSchema)
    .min(1)
    .max(6)
    .refine(
      (periods) =>
        periods.every(
          (p, i) =>
            minutes(p.start) < minutes(p.end) &&
            (i === 0 || minutes(periods[i - 1]!.end) <= minutes(p.start)),
        ),
      { error: 'chuangwen:office_hours_order' },
    ),
});
/** Office hours on a working day. */
export interface OfficeHours extends z.infer<typeof OfficeHoursSchema> {}

/**
 * A working-day calendar as data: layers applied in order (the national schedule first, then a province's days, then
 * an office's), weekends off unless a layer makes them working days, and the office hours that limits in working
 * hours count. Dates are read in Asia/Shanghai. Nothing is assumed for a year whose data is missing: it is unknown.
 */
export const WorkingCalendarSchema = z
  .strictObject({
    id: IdSchema.optional(),
    name: NameSchema.optional(),
    layers: z.array(CalendarLayerSchema).min(1).max(20),
    officeHours: OfficeHoursSchema.optional(),
  })
  .refine(
    (c) => c.layers[0]?.level === 'national' && c.layers.slice(1).every((l) => l.level !== 'national'),
    {
      error: 'chuangwen:national_layer_first',
      path: ['layers'],
    },
  )
  .refine((c) => c.layers[0]?.coverage !== 'listedDays', {
    error: 'chuangwen:national_every_year',
    path: ['layers', 0, 'coverage'],
  });
/** A working-day calendar as data. */
export interface WorkingCalendar extends z.infer<typeof WorkingCalendarSchema> {}
/** A working-day calendar as written, with defaults left out. */
export type WorkingCalendarInput = z.input<typeof WorkingCalendarSchema>;

/** Labels of the calendar levels. */
export const CALENDAR_LEVEL_LABELS: Record<CalendarLevel, BilingualText> = {
  national: { 'zh-CN': '国家', en: 'National' },
  provincial: { 'zh-CN': '省级', en: 'Provincial' },
  local: { 'zh-CN': '本单位', en: 'Local' },
};

/** Labels of the calendar coverages. */
export const CALENDAR_COVERAGE_LABELS: Record<CalendarCoverage, BilingualText> = {
  everyYear: { 'zh-CN': '每年发布', en: 'Published every year' },
  listedDays: { 'zh-CN': '仅所列日期', en: 'Listed days only' },
};
