// The holiday calendar the office loads on the device (yearly files of the State Council's notice in the holiday-cn
// JSON format), so deadlines count working days; without it they count calendar days, and the screen says so.
import {
  type HolidayCnYear,
  validateHolidayCnLayer,
  validateHolidayCnYear,
  type WorkingCalendar,
} from '@chuangwen/model';
import { computed, shallowRef } from 'vue';
import { tx } from '../i18n.js';
import { read, write } from './idb.js';

/** The yearly files loaded, if any, as they were read. */
export const holidayFiles = shallowRef<HolidayCnYear[] | undefined>();
void read<HolidayCnYear[]>('kept', 'calendar').then((kept) => {
  holidayFiles.value ??= kept;
});

/** The working-day calendar the loaded files make: their national layer, weekends off. */
export const calendar = computed<WorkingCalendar | undefined>(() => {
  if (!holidayFiles.value?.length) return undefined;
  const layer = validateHolidayCnLayer(holidayFiles.value);
  return layer.ok ? { layers: [layer.value] } : undefined;
});

/** Reads a calendar file; returns why it cannot be used (located, in the app's language), or undefined once loaded. */
export async function loadCalendar(file: File): Promise<string | undefined> {
  if (file.size > 256 * 1024)
    return tx({ 'zh-CN': '日历文件超过 256 KiB', en: 'the calendar file is over 256 KiB' });
  let parsed: unknown;
  try {
    parsed = JSON.parse(await file.text());
  } catch {
    return tx({ 'zh-CN': `${file.name} 不是有效的 JSON 文件`, en: `${file.name} is not valid JSON` });
  }
  const checked = validateHolidayCnYear(parsed);
  if (!checked.ok) {
    const first = checked.issues[0]!;
    return `/${first.path.join('/')}: ${tx(first.message)}`;
  }
  const year = (parsed as HolidayCnYear).year;
  const others = (holidayFiles.value ?? []).filter((c) => c.year !== year);
  holidayFiles.value = [...others, parsed as HolidayCnYear].sort((a, b) => a.year - b.year);
  await write('kept', 'calendar', holidayFiles.value);
  return undefined;
}
