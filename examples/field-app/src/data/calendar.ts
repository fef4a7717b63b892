// The holiday calendar the office loads on the device (a year of the State Council's notice in the holiday-cn JSON
// format), so deadlines count working days; without it they count calendar days, and the screen says so.
import { type HolidayCalendar, HolidayCalendarSchema } from '@chuangwen/rules';
import { shallowRef } from 'vue';
import { read, write } from './idb.js';

/** The calendars loaded, if any. */
export const calendar = shallowRef<HolidayCalendar[] | undefined>();
void read<HolidayCalendar[]>('kept', 'calendar').then((kept) => {
  calendar.value ??= kept;
});

/** Reads a calendar file; returns why it cannot be used, or undefined once it is loaded. */
export async function loadCalendar(file: File): Promise<string | undefined> {
  if (file.size > 256 * 1024) return 'too large';
  let parsed: unknown;
  try {
    parsed = JSON.parse(await file.text());
  } catch {
    return 'not JSON';
  }
  const checked = HolidayCalendarSchema.safeParse(parsed);
  if (!checked.success) return checked.error.issues[0]?.message ?? 'invalid';
  const others = (calendar.value ?? []).filter((c) => c.year !== checked.data.year);
  calendar.value = [...others, checked.data];
  await write('kept', 'calendar', calendar.value);
  return undefined;
}
