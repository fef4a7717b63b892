import type { LocalizedText } from '@chuangwen/model';
import type { FrameworkEdition, LocatedStandard } from './framework.js';
import { listStandards } from './framework.js';

/** A standard and where it stands. */
export interface DiffEntry {
  code: string;
  text: LocalizedText;
}

/** What changed between two editions, standard by standard, matched by code (and by text for re-coded ones). */
export interface EditionDiff {
  from: string;
  to: string;
  added: DiffEntry[];
  removed: DiffEntry[];
  /** Same code, different wording. */
  renamed: { code: string; from: LocalizedText; to: LocalizedText }[];
  /** Same code, different points (undefined where the standard declares none). */
  reweighted: { code: string; from: number | undefined; to: number | undefined }[];
  /** Same code, under another content (or indicator or item). */
  moved: { code: string; from: string; to: string }[];
  /** Same wording under a new code: the old standard renumbered. */
  recoded: { from: string; to: string }[];
  /** Same code, with a different kind, scoring rule, methods or material requirements. */
  rescored: { code: string; fields: ('kind' | 'scoring' | 'methods' | 'materialRequirements')[] }[];
}

function parentOf(l: LocatedStandard): string {
  return [l.item.code, l.indicator?.code, l.content.code].filter((c) => c !== undefined).join(' / ');
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** Lists the changes from edition `a` to edition `b`. Pure: the editions are not modified. */
export function diffEditions(a: FrameworkEdition, b: FrameworkEdition): EditionDiff {
  const before = new Map(listStandards(a).map((l) => [l.standard.code, l]));
  const after = new Map(listStandards(b).map((l) => [l.standard.code, l]));
  const diff: EditionDiff = {
    from: a.id,
    to: b.id,
    added: [],
    removed: [],
    renamed: [],
    reweighted: [],
    moved: [],
    recoded: [],
    rescored: [],
  };

  const goneByText = new Map<string, string>();
  for (const [code, l] of before) if (!after.has(code)) goneByText.set(l.standard.text['zh-CN'], code);
  const recodedTo = new Map<string, string>();
  for (const [code, l] of after) {
    if (before.has(code)) continue;
    const old = goneByText.get(l.standard.text['zh-CN']);
    if (old !== undefined && !recodedTo.has(old)) {
      recodedTo.set(old, code);
      diff.recoded.push({ from: old, to: code });
    } else diff.added.push({ code, text: l.standard.text });
  }
  for (const [code, l] of before) {
    const next = after.get(code);
    if (!next) {
      if (!recodedTo.has(code)) diff.removed.push({ code, text: l.standard.text });
      continue;
    }
    const [s, t] = [l.standard, next.standard];
    if (!same(s.text, t.text)) diff.renamed.push({ code, from: s.text, to: t.text });
    if (s.points !== t.points) diff.reweighted.push({ code, from: s.points, to: t.points });
    if (parentOf(l) !== parentOf(next)) diff.moved.push({ code, from: parentOf(l), to: parentOf(next) });
    const fields = (['kind', 'scoring', 'methods', 'materialRequirements'] as const).filter(
      (f) => !same(s[f], t[f]),
    );
    if (fields.length > 0) diff.rescored.push({ code, fields });
  }
  return diff;
}

/** True when the diff holds no change at all. */
export function isEmptyDiff(diff: EditionDiff): boolean {
  return [
    diff.added,
    diff.removed,
    diff.renamed,
    diff.reweighted,
    diff.moved,
    diff.recoded,
    diff.rescored,
  ].every((l) => l.length === 0);
}
