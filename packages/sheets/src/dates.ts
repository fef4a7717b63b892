import type { Deadline } from '@chuangwen/model';
import type { CellValue } from './grid.js';
import { isProblem } from './grid.js';
import { normalize } from './text.js';

// Excel stores dates as serial days since 1899-12-30 with no time zone; exceljs hands them over as Dates whose UTC
// fields are the wall-clock fields. The campaign's wall clock is Beijing time (UTC+8), so a wall-clock time read from
// a sheet is an instant at +08:00, and one written to a sheet is shifted the other way.

const EXCEL_EPOCH = Date.UTC(1899, 11, 30);
const DAY = 86_400_000;
const pad = (n: number) => String(n).padStart(2, '0');

/** A valid calendar date `YYYY-MM-DD`, or undefined. */
function isoDate(year: number, month: number, day: number): string | undefined {
  const d = new Date(Date.UTC(year, month - 1, day));
  if (d.getUTCFullYear() !== year || d.getUTCMonth() !== month - 1 || d.getUTCDate() !== day)
    return undefined;
  if (year < 2000 || year > 2100) return undefined;
  return `${year}-${pad(month)}-${pad(day)}`;
}

const lastDay = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();

/** The wall-clock Date of an Excel serial day number, or undefined outside 2000–2100. */
function fromSerial(serial: number): Date | undefined {
  if (!Number.isFinite(serial) || serial < 36_526 || serial > 73_051) return undefined;
  return new Date(EXCEL_EPOCH + Math.round(serial * DAY));
}

const wallDate = (d: Date) => isoDate(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());

const STANDING: [RegExp, 'longTerm' | 'routine'][] = [
  [/^(常态化|常态长效|日常|每日|长效)/, 'routine'],
  [/^(长期坚持|长期|持续推进|持续|长期开展)/, 'longTerm'],
];

const QUARTER_END = ['03-31', '06-30', '09-30', '12-31'];
const CN_NUMBER: Record<string, number> = { 一: 1, 二: 2, 三: 3, 四: 4 };

/** A date written in words: `2026年6月30日前`, `2026-6-30`, `6月底前`, `年底前`, `第二季度末`. */
function parseDateText(text: string, year?: number): string | 'needsYear' | undefined {
  const t = normalize(text).replace(/(之前|以前|前|止|截止)$/, '');
  let m = /^(\d{4})[年\-/.](\d{1,2})[月\-/.](\d{1,2})日?$/.exec(t);
  if (m) return isoDate(Number(m[1]), Number(m[2]), Number(m[3]));
  m = /^(?:(\d{4})年)?(\d{1,2})月(\d{1,2})[日号]?$/.exec(t);
  if (m) {
    const y = m[1] ? Number(m[1]) : year;
    return y === undefined ? 'needsYear' : isoDate(y, Number(m[2]), Number(m[3]));
  }
  m = /^(?:(\d{4})年)?(\d{1,2})月(?:底|末|份|中旬|下旬)?$/.exec(t);
  if (m) {
    const y = m[1] ? Number(m[1]) : year;
    const month = Number(m[2]);
    if (y === undefined) return 'needsYear';
    return month >= 1 && month <= 12 ? isoDate(y, month, lastDay(y, month)) : undefined;
  }
  m = /^(?:(\d{4})年)?(年底|年末|年内|全年|上半年|下半年)$/.exec(t) ?? /^(\d{4})年(底|末)$/.exec(t);
  if (m) {
    const y = m[1] ? Number(m[1]) : year;
    if (y === undefined) return 'needsYear';
    return m[2] === '上半年' ? `${y}-06-30` : `${y}-12-31`;
  }
  m = /^(?:(\d{4})年)?第?([一二三四1-4])季度(?:末|底)?$/.exec(t);
  if (m) {
    const y = m[1] ? Number(m[1]) : year;
    if (y === undefined) return 'needsYear';
    const q = CN_NUMBER[m[2]!] ?? Number(m[2]);
    return `${y}-${QUARTER_END[q - 1]}`;
  }
  return undefined;
}

/** A deadline from a cell: a date (serial, Date or words) or a standing duty (长期坚持, 常态化). */
export function parseDeadline(value: CellValue, year?: number): Deadline | 'needsYear' | undefined {
  if (value === null || isProblem(value)) return undefined;
  if (value instanceof Date) {
    const date = wallDate(value);
    return date ? { kind: 'date', date } : undefined;
  }
  if (typeof value === 'number') {
    const d = fromSerial(value);
    const date = d && wallDate(d);
    return date ? { kind: 'date', date } : undefined;
  }
  const text = normalize(String(value));
  for (const [pattern, duty] of STANDING) if (pattern.test(text)) return { kind: 'standing', duty };
  const date = parseDateText(text, year);
  if (date === 'needsYear') return 'needsYear';
  return date ? { kind: 'date', date } : undefined;
}

/** A calendar date from a cell (serial, Date or words). */
export function parseDate(value: CellValue, year?: number): string | 'needsYear' | undefined {
  const d = parseDeadline(value, year);
  return d === 'needsYear' ? d : d?.kind === 'date' ? d.date : undefined;
}

/** An instant from a cell, read as Beijing wall-clock time: `2026-03-02T09:30:00+08:00`. */
export function parseInstant(value: CellValue): string | undefined {
  if (value === null || isProblem(value)) return undefined;
  let d: Date | undefined;
  if (value instanceof Date) d = value;
  else if (typeof value === 'number') d = fromSerial(value);
  if (d) {
    if (!wallDate(d)) return undefined;
    return `${d.toISOString().slice(0, 19)}+08:00`;
  }
  const t = String(value).normalize('NFKC').trim();
  if (
    /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/.test(t) &&
    !Number.isNaN(Date.parse(t))
  )
    return t;
  const m =
    /^(\d{4})[年\-/.](\d{1,2})[月\-/.](\d{1,2})日?(?:\s*(\d{1,2})[:时](\d{1,2})分?(?::(\d{1,2})秒?)?)?$/.exec(
      t,
    );
  if (!m) return undefined;
  const date = isoDate(Number(m[1]), Number(m[2]), Number(m[3]));
  const [h, min, s] = [Number(m[4] ?? 0), Number(m[5] ?? 0), Number(m[6] ?? 0)];
  if (!date || h > 23 || min > 59 || s > 59) return undefined;
  return `${date}T${pad(h)}:${pad(min)}:${pad(s)}+08:00`;
}

/** The wall-clock Date Excel should show for a calendar date. */
export function dateCell(date: string): Date {
  return new Date(`${date}T00:00:00Z`);
}

/** The wall-clock Date Excel should show for an instant, in Beijing time. */
export function instantCell(instant: string): Date {
  return new Date(Date.parse(instant) + 8 * 3_600_000);
}

/** Days from one calendar date to another (positive when `to` is later). */
export function daysFrom(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY);
}

/** The Beijing calendar date of a day or an instant: what an office means by "as of" a moment. */
export function beijingDate(asOf: string): string {
  return asOf.length === 10 ? asOf : new Date(Date.parse(asOf) + 8 * 3_600_000).toISOString().slice(0, 10);
}
