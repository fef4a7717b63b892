import { label, type PathSegment, type ValidationIssue } from '@chuangwen/model';
import { issueAt } from '@chuangwen/model/internal';
import { contentsOf, type FrameworkEdition, type LocatedStandard, listStandards } from './framework.js';
import { appliesTo, type CompetitionGroup, groupsOf } from './groups.js';
import { COMPETITION_GROUP_LABELS } from './labels.js';
import { pointsByStandard } from './points.js';
import type { Standard } from './standards.js';

const TOLERANCE = 1e-6;

/**
 * Points that add up, for each group the edition covers when some standards are for some groups only (each group's
 * standards must add up to the totals), else once: every tier that declares points against the tiers below, the
 * categories, the method pools and the total.
 */
export function checkAllPoints(framework: FrameworkEdition): ValidationIssue[] {
  const restricted = listStandards(framework).some((l) => l.standard.groups !== undefined);
  if (!restricted) return checkPoints(framework, undefined);
  return groupsOf(framework).flatMap((group) => checkPoints(framework, group));
}

function checkPoints(framework: FrameworkEdition, group: CompetitionGroup | undefined): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  const points = pointsByStandard(framework);
  const located = listStandards(framework).filter((l) => appliesTo(l.standard, group));
  const applies = new Set(located.map((l) => l.standard));
  const sumOver = (standards: Iterable<Standard>): number | null => {
    let sum = 0;
    for (const standard of standards) {
      if (!applies.has(standard)) continue;
      const p = points.get(standard);
      if (p === null || p === undefined) return null;
      sum += p;
    }
    return sum;
  };
  const forGroup =
    group === undefined
      ? { zh: '', en: '' }
      : {
          zh: `（${COMPETITION_GROUP_LABELS[group]['zh-CN']}）`,
          en: ` (${COMPETITION_GROUP_LABELS[group].en})`,
        };
  const mismatch = (
    path: PathSegment[],
    declared: number,
    actual: number,
    what: { zh: string; en: string },
  ) => {
    if (Math.abs(declared - actual) <= TOLERANCE) return;
    issues.push(
      issueAt(path, 'points_mismatch', {
        'zh-CN': `${what.zh}分值 ${declared} 与其下各项分值之和 ${actual} 不符${forGroup.zh}`,
        en: `the ${what.en} declares ${declared} points but what it holds adds up to ${actual}${forGroup.en}`,
      }),
    );
  };
  const of = (pick: (l: LocatedStandard) => boolean) => located.filter(pick).map((l) => l.standard);
  framework.items.forEach((item, i) => {
    const sum = sumOver(of((l) => l.item === item));
    if (item.points !== undefined && sum !== null)
      mismatch(['items', i, 'points'], item.points, sum, { zh: '测评项目', en: 'item' });
    for (const { content, path } of contentsOf(item, ['items', i])) {
      const s = sumOver(content.standards);
      if (content.points !== undefined && s !== null)
        mismatch([...path, 'points'], content.points, s, { zh: '测评内容', en: 'content' });
    }
    item.indicators?.forEach((indicator, n) => {
      const s = sumOver(indicator.contents.flatMap((c) => c.standards));
      if (indicator.points !== undefined && s !== null)
        mismatch(['items', i, 'indicators', n, 'points'], indicator.points, s, {
          zh: '指标',
          en: 'indicator',
        });
    });
  });
  const itemCodes = new Map(framework.items.map((item) => [item.code, item]));
  // An item listed in two categories counts in the first (the second listing is reported as a duplicate).
  const grouped = new Set<string>();
  framework.itemGroups.forEach((category, k) => {
    const members = category.itemCodes.flatMap((code) => {
      const item = itemCodes.get(code);
      if (!item || grouped.has(code)) return [];
      grouped.add(code);
      return of((l) => l.item === item);
    });
    const sum = sumOver(members);
    if (category.points !== undefined && sum !== null)
      mismatch(['itemGroups', k, 'points'], category.points, sum, { zh: '测评类别', en: 'category' });
  });
  const total = sumOver(located.map((l) => l.standard));
  // Pools no standard of the edition fills (部门意见) are part of the total but scored as a whole, outside the standards.
  const filled = new Set(listStandards(framework).map((l) => l.standard.methods[0]));
  const whole = (framework.methodPools ?? [])
    .filter((pool) => !filled.has(pool.method))
    .reduce((sum, pool) => sum + pool.points, 0);
  if (framework.totalPoints !== undefined && total !== null)
    mismatch(
      ['totalPoints'],
      framework.totalPoints - whole,
      total,
      whole > 0
        ? { zh: '测评体系总分扣除整体计分的方法分值后，', en: 'edition, less its pools scored as a whole,' }
        : { zh: '测评体系总', en: 'edition' },
    );
  framework.methodPools?.forEach((pool, k) => {
    const sum = sumOver(of((l) => l.standard.methods[0] === pool.method));
    // A pool no standard fills (部门意见) is scored as a whole, so there is nothing below it to add up.
    if (filled.has(pool.method) && sum !== null)
      mismatch(['methodPools', k, 'points'], pool.points, sum, {
        zh: `${label(pool.method, 'zh-CN')}`,
        en: `${label(pool.method, 'en').toLowerCase()} pool`,
      });
  });
  return issues;
}
