import { z } from 'zod';
import { type CalendarLayer, type CalendarYear, CalendarYearSchema } from './calendar.js';
import { issueAt, type PathSegment, type ValidationIssue, type ValidationResult } from './issues.js';
import { DateSchema } from './primitives.js';
import { validateWithSchema } from './validate.js';

/**
 * One yearly file of the holiday-cn data set (github.com/NateScarlet/holiday-cn), the common open form of the State
 * Council General Office's holiday notice: the year, the notices it was read from (`papers`, empty until the notice is
 * out) and the days that differ from an ordinary week (`isOffDay: false` is a make-up working day). The file's own
 * `$schema` and `$id` keys are allowed.
 */
export const HolidayCnYearSchema = z.strictObject({
  $schema: z.string().max(2000).optional(),
  $id: z.string().max(2000).optional(),
  year: z.int().min(1949).max(2200),
  papers: z.array(z.string().min(1).max(2000)).max(20),
  days: z
    .array(z.strictObject({ name: z.string().min(1).max(200), date: DateSchema, isOffDay: z.boolean() }))
    .max(400),
});
/** One yearly file of the holiday-cn data set. */
export type HolidayCnYear = z.infer<typeof HolidayCnYearSchema>;

// The calendar's field names and the file's, so an issue found on the converted year points into the file.
const FILE_FIELD: Record<string, string> = { working: 'isOffDay', published: 'papers', sources: 'papers' };

/**
 * Reads one holiday-cn yearly file into a {@link CalendarYear} of the national layer. An empty `papers` means the
 * notice is not out: the year is kept as unpublished, and its dates are unknown, never ordinary weeks. Never throws;
 * each problem is located in the file (`/days/3/date`) and explained in both languages: a day outside the notice's
 * year (a notice may only reach back into the December before), a date listed twice, days in a year not yet published.
 */
export function validateHolidayCnYear(input: unknown): ValidationResult<CalendarYear> {
  const file = validateWithSchema(HolidayCnYearSchema, input);
  if (!file.ok) return file;
  const { year, papers, days } = file.value;
  const converted = {
    year,
    published: papers.length > 0,
    sources: papers,
    days: days.map((d) => ({ date: d.date, name: d.name, working: !d.isOffDay })),
  };
  const result = validateWithSchema(CalendarYearSchema, converted);
  if (result.ok) return result;
  return {
    ok: false,
    issues: result.issues.map((i) => {
      const path = i.path.map((p) => (typeof p === 'string' ? (FILE_FIELD[p] ?? p) : p));
      return issueAt(path, i.code, i.message);
    }),
  };
}

/** Options of {@link validateHolidayCnLayer}. */
export interface HolidayCnLayerOptions {
  /** The layer's id; `national` by default. */
  id?: string;
  /** The layer's name; `国务院办公厅节假日安排` by default. */
  name?: string;
}

/**
 * Reads several holiday-cn yearly files (one per year, in any order) into the calendar's national layer. Each issue's
 * path starts with the index of the file it was found in; a year given twice is refused at the second file.
 */
export function validateHolidayCnLayer(
  files: readonly unknown[],
  options: HolidayCnLayerOptions = {},
): ValidationResult<CalendarLayer> {
  const issues: ValidationIssue[] = [];
  const years = new Map<number, CalendarYear>();
  if (!Array.isArray(files) || files.length > 300)
    return {
      ok: false,
      issues: [
        issueAt([], 'too_big', {
          'zh-CN': '应为 holiday-cn 年度文件的列表，最多 300 个',
          en: 'expected a list of at most 300 holiday-cn yearly files',
        }),
      ],
    };
  files.forEach((input, index) => {
    const result = validateHolidayCnYear(input);
    const at = (path: PathSegment[]) => [index, ...path];
    if (!result.ok) {
      for (const issue of result.issues) issues.push(issueAt(at(issue.path), issue.code, issue.message));
      return;
    }
    if (years.has(result.value.year))
      issues.push(
        issueAt(at(['year']), 'duplicate_year', {
          'zh-CN': `${result.value.year} 年的文件给了两次`,
          en: `the file for ${result.value.year} is given twice`,
        }),
      );
    years.set(result.value.year, result.value);
  });
  if (issues.length > 0) return { ok: false, issues };
  return {
    ok: true,
    value: {
      id: options.id ?? 'national',
      level: 'national',
      name: options.name ?? '国务院办公厅节假日安排',
      years: [...years.values()].sort((a, b) => a.year - b.year),
    },
  };
}
