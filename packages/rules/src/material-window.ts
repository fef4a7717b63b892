import type { MaterialWindowRule } from '@chuangwen/checklists';
import type { ArchiveCategory, ArchiveDocument } from '@chuangwen/model';
import { shanghaiDate, toMs } from './time.js';

/** The dates of material an assessment reviews, both inclusive (Asia/Shanghai). */
export interface MaterialWindow {
  from: string;
  to: string;
}

/** The window of the national method as reported: the twelve whole months ending the month before the assessment. */
export const DEFAULT_MATERIAL_WINDOW: Readonly<MaterialWindowRule> = Object.freeze({
  lengthMonths: 12,
  endMonthsBefore: 1,
});

const month = (y: number, m: number) => `${y}-${String(m).padStart(2, '0')}`;

/** The year and month `n` months before (negative: after) a year and month. */
function monthsBack(y: number, m: number, n: number): [number, number] {
  const index = y * 12 + (m - 1) - n;
  return [Math.floor(index / 12), (index % 12) + 1];
}

/**
 * The window of material an assessment held on `assessmentOn` reviews: fixed to the assessment, not rolling from the
 * day it is asked. With the default rule, an assessment on 2026-08-20 reviews material dated 2025-08-01 to 2026-07-31:
 * the twelve whole months ending the month before it. Throws a `RangeError` for an unreadable date.
 */
export function materialWindow(
  assessmentOn: string,
  rule: MaterialWindowRule = DEFAULT_MATERIAL_WINDOW,
): MaterialWindow {
  const day = shanghaiDate(toMs(assessmentOn));
  const y = Number(day.slice(0, 4));
  const m = Number(day.slice(5, 7));
  const [ly, lm] = monthsBack(y, m, rule.endMonthsBefore);
  const [fy, fm] = monthsBack(ly, lm, rule.lengthMonths - 1);
  // The last day of the last month: the day before the first of the month after it.
  const [ny, nm] = monthsBack(ly, lm, -1);
  const to = shanghaiDate(toMs(`${month(ny, nm)}-01`) - 1);
  return { from: `${month(fy, fm)}-01`, to };
}

/** Whether a date or an instant falls inside a window (by its Asia/Shanghai date). */
export function inMaterialWindow(dateOrInstant: string, window: MaterialWindow): boolean {
  const day = shanghaiDate(toMs(dateOrInstant));
  return day >= window.from && day <= window.to;
}

/** Archive items held, by standard and category: the shape readiness reads (`CampaignFacts.archive`). */
export type ArchiveHeld = Record<string, Partial<Record<ArchiveCategory, number>>>;

/**
 * The archive as an assessment will count it: the documents dated inside its material window, by standard and
 * category, each document once for each standard it supports. Documents of another framework edition (`editionId`
 * set to another) are left out when `editionId` is given. Pure.
 */
export function archiveHeld(
  documents: readonly Pick<ArchiveDocument, 'category' | 'standardRefs' | 'date' | 'editionId'>[],
  options: { window: MaterialWindow; editionId?: string },
): ArchiveHeld {
  const out: ArchiveHeld = Object.create(null);
  for (const d of documents) {
    if (options.editionId !== undefined && d.editionId !== undefined && d.editionId !== options.editionId)
      continue;
    if (!inMaterialWindow(d.date, options.window)) continue;
    for (const ref of new Set(d.standardRefs)) {
      const held = out[ref] ?? {};
      held[d.category] = (held[d.category] ?? 0) + 1;
      out[ref] = held;
    }
  }
  return out;
}
