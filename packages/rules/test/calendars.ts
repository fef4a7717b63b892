import { holidayCnRevision, holidayCnYear } from '@chuangwen/fixtures/holiday-cn';
import {
  type CalendarLayer,
  type CalendarLayerInput,
  validateHolidayCnLayer,
  validateWithSchema,
  type WorkingCalendar,
  WorkingCalendarSchema,
} from '@chuangwen/model';

type Year = Parameters<typeof holidayCnYear>[0];

/** The national layer read from the holiday-cn files kept as test data (real, published notices). */
function nationalLayer(
  years: readonly Year[],
  revisions: Parameters<typeof holidayCnRevision>[0][] = [],
): CalendarLayer {
  const result = validateHolidayCnLayer([...years.map(holidayCnYear), ...revisions.map(holidayCnRevision)]);
  if (!result.ok) throw new Error(JSON.stringify(result.issues));
  return result.value;
}

/** A calendar of the national years given, and any other layers, validated as a host would. */
export function calendarOf(
  years: readonly Year[],
  options: {
    layers?: CalendarLayerInput[];
    officeHours?: WorkingCalendar['officeHours'];
    revisions?: Parameters<typeof holidayCnRevision>[0][];
  } = {},
): WorkingCalendar {
  const result = validateWithSchema(WorkingCalendarSchema, {
    layers: [nationalLayer(years, options.revisions), ...(options.layers ?? [])],
    ...(options.officeHours ? { officeHours: options.officeHours } : {}),
  });
  if (!result.ok) throw new Error(JSON.stringify(result.issues));
  return result.value;
}

/**
 * A FICTIONAL province (示例省) with a fictional festival: 2026-04-16 (Thursday) and 04-17 (Friday) off, 2026-04-25
 * (Saturday) worked to make up, modelled on how a province adds a regional festival with a weekend make-up day. It is
 * not any real province's schedule.
 */
export const SAMPLE_PROVINCE: CalendarLayerInput = {
  id: 'sample-province',
  level: 'provincial',
  name: '示例省（虚构）',
  years: [
    { year: 2024, published: true, sources: ['示例省人民政府办公厅通知（虚构）'], days: [] },
    { year: 2025, published: true, sources: ['示例省人民政府办公厅通知（虚构）'], days: [] },
    {
      year: 2026,
      published: true,
      sources: ['示例省人民政府办公厅通知（虚构）'],
      days: [
        { date: '2026-04-16', name: '示例民俗节（虚构）', working: false },
        { date: '2026-04-17', name: '示例民俗节（虚构）', working: false },
        { date: '2026-04-25', name: '示例民俗节（虚构）', working: true },
      ],
    },
  ],
};

/** Typical office hours: 08:30–12:00 and 14:00–17:30, seven hours a day. */
export const OFFICE_HOURS = {
  periods: [
    { start: '08:30', end: '12:00' },
    { start: '14:00', end: '17:30' },
  ],
};
