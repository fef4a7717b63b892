import { type IssueCode, label, type PathSegment, type ValidationIssue } from '@chuangwen/model';
import { issueAt } from '@chuangwen/model/internal';
import { type FrameworkEdition, listStandards } from './framework.js';
import { groupsOf } from './groups.js';
import { COMPETITION_GROUP_LABELS } from './labels.js';

const TOLERANCE = 1e-6;

function problem(path: PathSegment[], code: IssueCode, zh: string, en: string): ValidationIssue {
  return issueAt(path, code, { 'zh-CN': zh, en });
}

/** Each category's items exist and sit in one category only. */
function checkCategories(framework: FrameworkEdition, issues: ValidationIssue[]): void {
  const items = new Set(framework.items.map((item) => item.code));
  const grouped = new Set<string>();
  framework.itemGroups.forEach((category, k) => {
    category.itemCodes.forEach((code, c) => {
      const known = items.has(code);
      if (known && !grouped.has(code)) {
        grouped.add(code);
        return;
      }
      issues.push(
        problem(
          ['itemGroups', k, 'itemCodes', c],
          known ? 'duplicate_code' : 'unknown_reference',
          known ? `测评项目 "${code}" 已归入其他测评类别` : `测评项目 "${code}" 不存在`,
          known ? `item "${code}" is already in another category` : `there is no item "${code}"`,
        ),
      );
    });
  });
}

/** The edition's own group is among the groups it lists, each listed once, and standards name only those. */
function checkGroups(framework: FrameworkEdition, issues: ValidationIssue[]): void {
  const seen = new Set<string>();
  framework.groups?.forEach((g, k) => {
    if (seen.has(g.group))
      issues.push(
        problem(
          ['groups', k, 'group'],
          'duplicate_code',
          `组别"${COMPETITION_GROUP_LABELS[g.group]['zh-CN']}"重复列出`,
          `group "${g.group}" is listed twice`,
        ),
      );
    seen.add(g.group);
  });
  if (framework.groups && !seen.has(framework.group))
    issues.push(
      problem(
        ['group'],
        'unknown_reference',
        `版本组别"${COMPETITION_GROUP_LABELS[framework.group]['zh-CN']}"不在所列组别中`,
        `the edition's group "${framework.group}" is not one of the groups it lists`,
      ),
    );
  const covered = new Set(groupsOf(framework));
  for (const { standard, path } of listStandards(framework))
    standard.groups?.forEach((group, k) => {
      if (!covered.has(group))
        issues.push(
          problem(
            [...path, 'groups', k],
            'unknown_reference',
            `标准适用的组别"${COMPETITION_GROUP_LABELS[group]['zh-CN']}"不在本版本覆盖的组别中`,
            `the standard's group "${group}" is not one the edition covers`,
          ),
        );
    });
}

/** Each method has one pool, every standard's main method has a pool, and the pools add up to the total. */
function checkPools(framework: FrameworkEdition, issues: ValidationIssue[]): void {
  const pools = framework.methodPools;
  if (!pools) return;
  const methods = new Set<string>();
  pools.forEach((pool, k) => {
    if (methods.has(pool.method))
      issues.push(
        problem(
          ['methodPools', k, 'method'],
          'duplicate_code',
          `测评方法"${label(pool.method, 'zh-CN')}"的分值重复列出`,
          `the ${pool.method} pool is listed twice`,
        ),
      );
    methods.add(pool.method);
  });
  for (const { standard, path } of listStandards(framework)) {
    const main = standard.methods[0]!;
    if (!methods.has(main))
      issues.push(
        problem(
          [...path, 'methods', 0],
          'unknown_reference',
          `标准的主要测评方法"${label(main, 'zh-CN')}"没有对应的方法分值`,
          `the standard's main method "${main}" has no pool`,
        ),
      );
  }
  const sum = pools.reduce((s, p) => s + p.points, 0);
  if (framework.totalPoints !== undefined && Math.abs(sum - framework.totalPoints) > TOLERANCE)
    issues.push(
      problem(
        ['methodPools'],
        'points_mismatch',
        `各测评方法分值之和 ${sum} 与总分 ${framework.totalPoints} 不符`,
        `the method pools add up to ${sum}, not to the total of ${framework.totalPoints}`,
      ),
    );
}

/** A weight rests on a score, weights leave the main edition a share, and the cycle's weights add up to 1. */
function checkWeights(framework: FrameworkEdition, issues: ValidationIssue[]): void {
  let weights = 0;
  framework.prerequisites.forEach((p, k) => {
    if (p.editionId === framework.id)
      issues.push(
        problem(
          ['prerequisites', k, 'editionId'],
          'unknown_reference',
          '申报条件不能以本版本自身的得分为条件',
          'a prerequisite cannot rest on the edition itself',
        ),
      );
    if (p.weight === undefined) return;
    weights += p.weight;
    if (p.minimumScore === undefined && p.editionId === undefined && p.assessment === undefined)
      issues.push(
        problem(
          ['prerequisites', k, 'weight'],
          'weight_without_score',
          '只有计分的申报条件（注明同步测评）才能计入总分权重',
          'only a scored prerequisite (naming its assessment) can weigh in the total',
        ),
      );
  });
  if (weights >= 1 - TOLERANCE)
    issues.push(
      problem(
        ['prerequisites'],
        'invalid_weights',
        `同步测评权重之和 ${weights} 须小于 1，主测评体系得分须占一部分`,
        `the companions' weights add up to ${weights}; they must leave the main edition a share below 1`,
      ),
    );
  const cycle = framework.cycleWeights;
  const cycleSum = cycle?.reduce((s, w) => s + w, 0);
  if (cycleSum !== undefined && Math.abs(cycleSum - 1) > TOLERANCE)
    issues.push(
      problem(
        ['cycleWeights'],
        'invalid_weights',
        `届期各年度权重之和为 ${cycleSum}，须为 1`,
        `the cycle's year weights add up to ${cycleSum}, not 1`,
      ),
    );
}

/**
 * What an edition's rules above its tiers must satisfy: categories that name real items once, groups the edition
 * covers, method pools that cover every standard and the total, weights that rest on scores and add up.
 */
export function checkEditionRules(framework: FrameworkEdition): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  checkCategories(framework, issues);
  checkGroups(framework, issues);
  checkPools(framework, issues);
  checkWeights(framework, issues);
  return issues;
}
