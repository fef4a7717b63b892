import type { Campaign } from '@chuangwen/model';
import { normalize } from './text.js';

// Imported records land in a campaign by id: the same sheet imported twice changes nothing, a row edited in the sheet
// changes its record, a new row adds one. A site register written before the campaign had ids names its sites only,
// so a site is also matched by its name, and keeps the id the campaign gave it (hand-written or not).

/** The collections of a campaign the table imports fill. */
export const MERGE_KINDS = ['sites', 'tasks', 'rectifications', 'assessmentRounds'] as const;
/** A collection of a campaign the table imports fill. */
export type MergeKind = (typeof MERGE_KINDS)[number];

/** What a merge did, by record id. */
export interface MergeReport {
  added: string[];
  changed: string[];
  unchanged: string[];
}

/** A JSON text with sorted keys, so two records compare equal whatever order their fields were written in. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, v) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : 1)))
      : v,
  );
}

const isEmpty = (v: unknown) => v === undefined || (Array.isArray(v) && v.length === 0);

/**
 * Merges imported records into existing ones (pure). A record with the id of an existing one (or, for sites, its
 * name) updates it field by field: what the sheet gives wins, and a field it leaves empty keeps what was there, so a
 * column the sheet does not have loses nothing. Other records are added at the end, in the sheet's order. An id given
 * twice counts once, as given last.
 */
export function mergeRecords<T extends { id: string }>(
  existing: readonly T[],
  incoming: readonly T[],
  sameAs?: (stored: T, imported: T) => boolean,
): { records: T[]; report: MergeReport } {
  const records = [...existing];
  const index = new Map(records.map((r, i) => [r.id, i]));
  const report: MergeReport = { added: [], changed: [], unchanged: [] };
  // An id given twice is given once, the later way (imports refuse such rows; a caller's list may not).
  const latest = [...new Map(incoming.map((r) => [r.id, r])).values()];
  for (const record of latest) {
    const at = index.get(record.id) ?? (sameAs ? records.findIndex((r) => sameAs(r, record)) : -1);
    if (at === undefined || at < 0) {
      index.set(record.id, records.length);
      records.push(record);
      report.added.push(record.id);
      continue;
    }
    const before = records[at]!;
    const given = Object.fromEntries(Object.entries(record).filter(([, v]) => !isEmpty(v)));
    const after = { ...before, ...given, id: before.id } as T;
    records[at] = after;
    (canonical(before) === canonical(after) ? report.unchanged : report.changed).push(before.id);
  }
  return { records, report };
}

const sameSite = (a: { name: string }, b: { name: string }) => normalize(a.name) === normalize(b.name);

/** Merges a table import's records into a campaign's collection of that kind (pure): a new campaign and the report. */
export function mergeIntoCampaign<K extends MergeKind>(
  campaign: Campaign,
  kind: K,
  incoming: Campaign[K],
): { campaign: Campaign; report: MergeReport } {
  const existing = campaign[kind] as Campaign[K];
  const { records, report } = mergeRecords<Campaign[K][number]>(
    existing,
    incoming,
    kind === 'sites' ? (sameSite as (a: Campaign[K][number], b: Campaign[K][number]) => boolean) : undefined,
  );
  return { campaign: { ...campaign, [kind]: records }, report };
}
