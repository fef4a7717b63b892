import {
  type Rectification,
  type RectificationArea,
  type UnitAttribution,
  unitsNamed,
} from '@chuangwen/model';
import { isOverdue } from './deadline-in-force.js';
import { toMs } from './time.js';

/** How many problems were found and closed for one unit or area, and the rectification rate (整改率). */
export interface RectificationRate {
  key: string;
  found: number;
  closed: number;
  /** Escalated beyond the street's power: found, never counted as closed. */
  escalated: number;
  /** Open past their deadline at `asOf` (see `isOverdue`: parked problems are not). */
  overdue: number;
  /** closed ÷ found; null when nothing was found. */
  rate: number | null;
}

/** Options of {@link rectificationRates}. */
export interface RectificationRateOptions {
  asOf: string;
  /** Count per unit (under an attribution) or per special-rectification area. */
  by: 'unit' | 'area';
  attribution?: UnitAttribution;
  /** The area of a problem that cites a standard but names no area (from the checklists that serve the standard). */
  areaOf?: (standardRef: string) => RectificationArea | undefined;
}

/**
 * The ledger's 整改率 per unit or per area: problems reported by `asOf`, how many are closed, escalated and overdue.
 * A problem counts once for each unit it names under the attribution, never twice for one unit; a duplicate merged
 * into another (并单) is not a problem of its own and is not counted. Pure.
 */
export function rectificationRates(
  rectifications: readonly Rectification[],
  options: RectificationRateOptions,
): RectificationRate[] {
  const asOf = toMs(options.asOf);
  const rows = new Map<string, RectificationRate>();
  for (const r of rectifications) {
    if (toMs(r.reportedAt) > asOf || r.mergedInto !== undefined) continue;
    const closed = r.status === 'closed' && r.closedAt !== undefined && toMs(r.closedAt) <= asOf;
    // A problem closed after `asOf` was still open then.
    const overdue =
      !closed && isOverdue(r.status === 'closed' ? { ...r, status: 'submitted' } : r, options.asOf);
    const keys =
      options.by === 'unit'
        ? unitsNamed(r, options.attribution ?? 'lead')
        : [r.area ?? (r.standardRef !== undefined ? options.areaOf?.(r.standardRef) : undefined) ?? 'other'];
    for (const key of keys) {
      const row = rows.get(key) ?? { key, found: 0, closed: 0, escalated: 0, overdue: 0, rate: null };
      row.found += 1;
      if (closed) row.closed += 1;
      if (r.status === 'escalated') row.escalated += 1;
      if (overdue) row.overdue += 1;
      row.rate = row.closed / row.found;
      rows.set(key, row);
    }
  }
  return [...rows.values()].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
}
