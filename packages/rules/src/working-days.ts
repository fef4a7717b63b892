import { DateSchema } from '@chuangwen/model';
import { z } from 'zod';
import { DAY_MS } from './time.js';

/**
 * A year of the State Council's holiday notice (国务院办公厅关于部分节假日安排的通知) in the common open format
 * (holiday-cn's yearly JSON): each day off (`isOffDay: true`) and each weekend day worked instead (调休, `isOffDay:
 * false`). Other fields of the file (its sources, its schema) are left out when read.
 */
export const HolidayCalendarSchema = z.object({
  year: z.int().min(1949).max(2200),
  days: z
    .array(
      z.object({
        name: z.string().max(100),
        date: DateSchema,
        isOffDay: z.boolean(),
      }),
    )
    .max(400),
});
/** A year of the holiday notice. */
export type HolidayCalendar = z.infer<typeof HolidayCalendarSchema>;

/** The longest span counted, in days: deadlines are weeks or months away, never decades. */
const MAX_SPAN_DAYS = 20 * 366;

const dayMs = (date: string) => Date.parse(`${date}T00:00:00Z`);

/**
 * The working days after `from` up to and including `to` (both `YYYY-MM-DD`), as offices count a deadline: the days
 * the notices give off are not worked, the weekend days they move work to are; any other day is worked from Monday to
 * Friday. Negative when `to` is before `from`. Years no calendar covers count as ordinary weeks. Pure; throws a
 * `RangeError` for an unreadable date or a span beyond twenty years.
 */
export function workingDaysBetween(
  from: string,
  to: string,
  calendars: HolidayCalendar | readonly HolidayCalendar[],
): number {
  const start = dayMs(from);
  const end = dayMs(to);
  if (Number.isNaN(start) || Number.isNaN(end))
    throw new RangeError(`workingDaysBetween: unreadable date ${from} or ${to}`);
  const span = Math.round((end - start) / DAY_MS);
  if (Math.abs(span) > MAX_SPAN_DAYS)
    throw new RangeError(`workingDaysBetween: ${span} days is beyond twenty years`);
  const marked = new Map<string, boolean>();
  for (const calendar of Array.isArray(calendars) ? calendars : [calendars])
    for (const day of (calendar as HolidayCalendar).days) marked.set(day.date, day.isOffDay);
  const step = span < 0 ? -1 : 1;
  let count = 0;
  for (let i = 1; i <= Math.abs(span); i++) {
    const ms = start + (span < 0 ? i - 1 : i) * step * DAY_MS;
    const date = new Date(ms).toISOString().slice(0, 10);
    const off = marked.get(date);
    const weekday = new Date(ms).getUTCDay();
    if (off === undefined ? weekday !== 0 && weekday !== 6 : !off) count += 1;
  }
  return count * step;
}
