import type { FrameworkEdition } from '@chuangwen/checklists';
import type { LocalizedText } from '@chuangwen/model';
import type { FrameworkScore } from './scoring.js';

/** One item's part of a points-based index. */
export interface PointsIndexItem {
  code: string;
  title: LocalizedText;
  points: number;
  maxPoints: number;
  /** points ÷ maxPoints; null for an item worth nothing. */
  rate: number | null;
}

/** A civility index scored in points per item (文明程度指数), beside the incidence index (`civilityIndex`). */
export interface PointsIndexResult {
  name: LocalizedText;
  /** The index: the edition's total in points; null while nothing is scored. */
  index: number | null;
  maxPoints: number;
  passLine: number | null;
  /** The index reaches the pass line; null without a line or an index. */
  passed: boolean | null;
  items: PointsIndexItem[];
}

/**
 * Reads a framework score as a points-based civility index (文明程度指数: 公共环境 23 + 公共秩序 14 + … = 100), the
 * index being the edition's total and each item its points, against the pass line the edition declares
 * (`pointsIndex`). The incidence index of observed behaviour is `civilityIndex`; the two are reported side by side.
 * Pure.
 */
export function pointsIndex(framework: FrameworkEdition, score: FrameworkScore): PointsIndexResult {
  const scored = Object.values(score.standards).some((s) => s.points !== null) || score.wholePools > 0;
  const index = scored ? score.total : null;
  const passLine = framework.pointsIndex?.passLine ?? null;
  return {
    name: framework.pointsIndex?.name ?? framework.name,
    index,
    maxPoints: score.maxPoints,
    passLine,
    passed: index === null || passLine === null ? null : index >= passLine,
    items: framework.items
      .filter((item) => score.items[item.code] !== undefined)
      .map((item) => {
        const tier = score.items[item.code]!;
        return {
          code: item.code,
          title: item.title,
          points: tier.points,
          maxPoints: tier.maxPoints,
          rate: tier.maxPoints > 0 ? tier.points / tier.maxPoints : null,
        };
      }),
  };
}
