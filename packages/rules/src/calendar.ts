import type {
  BilingualText,
  CalendarCoverage,
  CalendarLayer,
  CalendarLevel,
  WorkingCalendar,
} from '@chuangwen/model';
import { sha256Hex } from '@chuangwen/model/internal';
import { say } from './messages.js';
import { dateOfDay, dayNumber } from './time.js';

/**
 * Why the calendar cannot answer: a year not loaded or not yet published, no office hours, too far ahead, or no
 * calendar at all where a limit in working days or hours needs one.
 */
export type CalendarUnknownReason = 'notLoaded' | 'notPublished' | 'noOfficeHours' | 'tooFar' | 'noCalendar';

/** What the calendar cannot say, and why, in both languages. */
export interface CalendarUnknown {
  reason: CalendarUnknownReason;
  /** The first date it could not judge. */
  date?: string;
  year?: number;
  /** The layer missing the year. */
  layerId?: string;
  message: BilingualText;
}

/**
 * An answer of the calendar: a value, or an explicit "unknown" for a date in a year whose data is missing or not yet
 * published. `provisional` says the answer read December days of a year whose next notice is not out: that notice may
 * still move them.
 */
export type CalendarAnswer<T> =
  | { known: true; value: T; provisional: boolean }
  | { known: false; unknown: CalendarUnknown };

/** One day as the calendar sees it: working or not, and the layer and holiday that made it so. */
export interface DayStatus {
  date: string;
  working: boolean;
  /** Saturday or Sunday. */
  weekend: boolean;
  /** The holiday or make-up day's name, when a layer lists the day. */
  name?: string;
  /** The layer that decided the day, when one lists it. */
  layerId?: string;
}

interface CompiledYear {
  published: boolean;
  days: Map<string, { working: boolean; name: string }>;
}

interface CompiledLayer {
  id: string;
  level: CalendarLevel;
  label: string;
  coverage: CalendarCoverage;
  years: Map<number, CompiledYear>;
}

interface Compiled {
  layers: CompiledLayer[];
  days: Map<number, CalendarAnswer<DayStatus>>;
}

const compiledCalendars = new WeakMap<WorkingCalendar, Compiled>();

/** The coverage of a layer: as written, else every year for national and provincial layers, listed days for a local one. */
export function coverageOf(layer: Pick<CalendarLayer, 'level' | 'coverage'>): CalendarCoverage {
  if (layer.level === 'national') return 'everyYear';
  return layer.coverage ?? (layer.level === 'local' ? 'listedDays' : 'everyYear');
}

function compile(calendar: WorkingCalendar): Compiled {
  let out = compiledCalendars.get(calendar);
  if (out) return out;
  out = {
    layers: calendar.layers.map((layer) => ({
      id: layer.id,
      level: layer.level,
      label: layer.name ?? layer.id,
      coverage: coverageOf(layer),
      years: new Map(
        layer.years.map((y) => [
          y.year,
          {
            published: y.published,
            days: new Map(y.days.map((d) => [d.date, { working: d.working, name: d.name }])),
          },
        ]),
      ),
    })),
    days: new Map(),
  };
  compiledCalendars.set(calendar, out);
  return out;
}

function unknownYear(layer: CompiledLayer, year: number, date: string, published: boolean): CalendarUnknown {
  const values = { layer: layer.level === 'national' ? undefined : layer.label, year, date };
  return published
    ? {
        reason: 'notLoaded',
        date,
        year,
        layerId: layer.id,
        message: say('holidaysNotLoaded', values),
      }
    : {
        reason: 'notPublished',
        date,
        year,
        layerId: layer.id,
        message: say('holidaysNotPublished', values),
      };
}

/** How the calendar sees a day number; remembered per calendar. */
export function dayAnswer(calendar: WorkingCalendar, day: number): CalendarAnswer<DayStatus> {
  const compiled = compile(calendar);
  const cached = compiled.days.get(day);
  if (cached) return cached;
  const date = dateOfDay(day);
  const year = Number(date.slice(0, 4));
  const iso = ((((day + 3) % 7) + 7) % 7) + 1;
  const weekend = iso >= 6;
  const status: DayStatus = { date, working: !weekend, weekend };
  let answer: CalendarAnswer<DayStatus> | undefined;
  for (const layer of compiled.layers) {
    const own = layer.years.get(year);
    if (layer.coverage === 'everyYear' && !own?.published) {
      answer = { known: false, unknown: unknownYear(layer, year, date, own === undefined) };
      break;
    }
    // A notice for the next year may name the last days of December (元旦 make-up days); it is the later word.
    const entry = layer.years.get(year + 1)?.days.get(date) ?? own?.days.get(date);
    if (entry) {
      status.working = entry.working;
      status.name = entry.name;
      status.layerId = layer.id;
    }
  }
  if (!answer) {
    const national = compiled.layers[0];
    const provisional = date.slice(5, 7) === '12' && national?.years.get(year + 1)?.published !== true;
    answer = { known: true, value: status, provisional };
  }
  compiled.days.set(day, answer);
  return answer;
}

/** How the calendar sees a date (`YYYY-MM-DD`): working or not and why, or unknown. Throws on an unreadable date. */
export function dayStatus(calendar: WorkingCalendar, date: string): CalendarAnswer<DayStatus> {
  return dayAnswer(calendar, dayNumber(date));
}

/** Whether a date is a working day, or unknown for a year whose data is missing or not yet published. */
export function isWorkingDay(calendar: WorkingCalendar, date: string): CalendarAnswer<boolean> {
  const day = dayStatus(calendar, date);
  return day.known ? { known: true, value: day.value.working, provisional: day.provisional } : day;
}

/**
 * The SHA-256 fingerprint of the calendar data a span of dates is read from: for each layer, the years the span
 * touches (and the next year when it reaches December, since the next notice may name December days), with only what
 * decides a working day (each listed date and whether it is worked, whether the year is published); the office hours
 * when `officeHours` is set. Loading another year, or renaming a source, leaves it unchanged; a changed notice for a
 * year the span reads changes it.
 */
export function calendarFingerprint(
  calendar: WorkingCalendar,
  from: string,
  to: string,
  options: { officeHours?: boolean } = {},
): string {
  const [a, b] = from <= to ? [from, to] : [to, from];
  const first = Number(a.slice(0, 4));
  const last = Number(b.slice(0, 4)) + (b.slice(5, 7) === '12' ? 1 : 0);
  const lines = ['chuangwen-calendar-fingerprint-v1'];
  for (const layer of calendar.layers) {
    lines.push(`layer ${layer.level} ${coverageOf(layer)}`);
    for (let y = first; y <= last; y++) {
      const year = layer.years.find((item) => item.year === y);
      if (!year) lines.push(`${y} absent`);
      else if (!year.published) lines.push(`${y} unpublished`);
      else
        lines.push(
          `${y} ${year.days
            .map((d) => `${d.date}=${d.working ? 1 : 0}`)
            .sort()
            .join(',')}`,
        );
    }
  }
  if (options.officeHours)
    lines.push(`hours ${(calendar.officeHours?.periods ?? []).map((p) => `${p.start}-${p.end}`).join(',')}`);
  return sha256Hex(lines.join('\n'));
}
