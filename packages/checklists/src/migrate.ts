import type { BilingualText, Observation, Rectification, TaskAssignment } from '@chuangwen/model';
import type { EditionDiff } from './diff.js';
import type { FrameworkEdition } from './framework.js';
import { listStandards } from './framework.js';

/**
 * Where each standard code of the old edition goes: one new code, several (a split), or `null` (removed, nowhere to
 * go). A code that is not listed has no mapping, and records that use it are returned as unmapped.
 */
export type EditionMapping = Readonly<Record<string, string | readonly string[] | null>>;

/** A mapping from an old edition to a new one as a diff implies it: kept codes map to themselves, re-coded ones move, removed ones go nowhere. */
export function mappingFromDiff(from: FrameworkEdition, diff: EditionDiff): EditionMapping {
  const mapping: Record<string, string | null> = Object.create(null);
  for (const { standard } of listStandards(from)) mapping[standard.code] = standard.code;
  for (const { code } of diff.removed) mapping[code] = null;
  for (const { from: old, to } of diff.recoded) mapping[old] = to;
  return mapping;
}

/** Records to carry to a new edition. */
export interface MigratableRecords {
  observations?: readonly Observation[];
  tasks?: readonly TaskAssignment[];
  rectifications?: readonly Rectification[];
}

/** A record, or one reference of it, that could not be carried over, and why. */
export interface UnmappedRecord {
  kind: 'observation' | 'task' | 'rectification';
  id: string;
  code: string;
  reason: BilingualText;
  /** True when the record was still migrated with its other references (a task that served several standards). */
  partial: boolean;
}

/** The records carried over, and every one (or every reference) that could not be. */
export interface MigrationResult {
  observations: Observation[];
  tasks: TaskAssignment[];
  rectifications: Rectification[];
  unmapped: UnmappedRecord[];
}

type Target = { ok: true; codes: readonly string[] } | { ok: false; reason: BilingualText };

function target(mapping: EditionMapping, code: string): Target {
  if (!Object.hasOwn(mapping, code)) {
    return {
      ok: false,
      reason: { 'zh-CN': `映射中没有标准 "${code}"`, en: `the mapping has no entry for standard "${code}"` },
    };
  }
  const to = mapping[code];
  if (to === null || to === undefined || (Array.isArray(to) && to.length === 0)) {
    return {
      ok: false,
      reason: {
        'zh-CN': `标准 "${code}" 在新版测评体系中已删除`,
        en: `standard "${code}" was removed in the new edition`,
      },
    };
  }
  return { ok: true, codes: typeof to === 'string' ? [to] : (to as readonly string[]) };
}

const splitReason = (code: string, to: readonly string[]): BilingualText => ({
  'zh-CN': `标准 "${code}" 已拆分为 ${to.join('、')}，单条记录无法自动归属，请人工指定`,
  en: `standard "${code}" was split into ${to.join(', ')}; a single record cannot be assigned automatically, choose one`,
});

/**
 * Carries observations, task assignments and rectifications from one edition to the next through a mapping. Returns
 * new records (the inputs are not modified) and, beside them, every record or reference it could not map and why.
 * Nothing is dropped silently.
 */
export function migrateRecords(records: MigratableRecords, mapping: EditionMapping): MigrationResult {
  const result: MigrationResult = { observations: [], tasks: [], rectifications: [], unmapped: [] };
  const single = <R extends { id: string; standardRef?: string | undefined }>(
    kind: 'observation' | 'rectification',
    record: R,
    out: R[],
  ) => {
    // A finding filed under an area cites no standard, so it carries over as it is.
    if (record.standardRef === undefined) {
      out.push({ ...record });
      return;
    }
    const to = target(mapping, record.standardRef);
    if (!to.ok)
      result.unmapped.push({
        kind,
        id: record.id,
        code: record.standardRef,
        reason: to.reason,
        partial: false,
      });
    else if (to.codes.length > 1) {
      result.unmapped.push({
        kind,
        id: record.id,
        code: record.standardRef,
        reason: splitReason(record.standardRef, to.codes),
        partial: false,
      });
    } else out.push({ ...record, standardRef: to.codes[0]! });
  };
  for (const o of records.observations ?? []) single('observation', o, result.observations);
  for (const r of records.rectifications ?? []) single('rectification', r, result.rectifications);
  for (const task of records.tasks ?? []) {
    const refs: string[] = [];
    const lost: { code: string; reason: BilingualText }[] = [];
    for (const code of task.standardRefs) {
      const to = target(mapping, code);
      if (to.ok) for (const c of to.codes) if (!refs.includes(c)) refs.push(c);
      if (!to.ok) lost.push({ code, reason: to.reason });
    }
    const partial = refs.length > 0;
    for (const l of lost)
      result.unmapped.push({ kind: 'task', id: task.id, code: l.code, reason: l.reason, partial });
    if (partial) result.tasks.push({ ...task, standardRefs: refs });
  }
  return result;
}
