import { labels, type ValidationIssue } from '@chuangwen/model';
import { issueAt } from '@chuangwen/model/internal';
import { type FrameworkEdition, listStandards } from './framework.js';
import { type CompetitionGroup, groupsOf } from './groups.js';
import { COMPETITION_GROUP_LABELS } from './labels.js';
import { type Named, say } from './messages.js';

const TOLERANCE = 1e-6;

const group = (code: CompetitionGroup): Named => ({ code, label: COMPETITION_GROUP_LABELS[code] });
const method = (code: string): Named => ({ code, label: labels(code) ?? { 'zh-CN': code, en: code } });

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
      const at = ['itemGroups', k, 'itemCodes', c];
      issues.push(
        known
          ? issueAt(at, 'duplicate_code', say('itemInTwoCategories', { code }))
          : issueAt(at, 'unknown_reference', say('unknownItem', { code })),
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
        issueAt(['groups', k, 'group'], 'duplicate_code', say('groupListedTwice', { group: group(g.group) })),
      );
    seen.add(g.group);
  });
  if (framework.groups && !seen.has(framework.group))
    issues.push(
      issueAt(
        ['group'],
        'unknown_reference',
        say('editionGroupNotListed', { group: group(framework.group) }),
      ),
    );
  const covered = new Set(groupsOf(framework));
  for (const { standard, path } of listStandards(framework))
    standard.groups?.forEach((g, k) => {
      if (!covered.has(g))
        issues.push(
          issueAt(
            [...path, 'groups', k],
            'unknown_reference',
            say('standardGroupNotCovered', { group: group(g) }),
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
        issueAt(
          ['methodPools', k, 'method'],
          'duplicate_code',
          say('poolListedTwice', { method: method(pool.method) }),
        ),
      );
    methods.add(pool.method);
  });
  for (const { standard, path } of listStandards(framework)) {
    const main = standard.methods[0]!;
    if (!methods.has(main))
      issues.push(
        issueAt(
          [...path, 'methods', 0],
          'unknown_reference',
          say('mainMethodWithoutPool', { method: method(main) }),
        ),
      );
  }
  const sum = pools.reduce((s, p) => s + p.points, 0);
  if (framework.totalPoints !== undefined && Math.abs(sum - framework.totalPoints) > TOLERANCE)
    issues.push(
      issueAt(
        ['methodPools'],
        'points_mismatch',
        say('poolsDoNotAddUp', { sum, total: framework.totalPoints }),
      ),
    );
}

/** A weight rests on a score, weights leave the main edition a share, and the cycle's weights add up to 1. */
function checkWeights(framework: FrameworkEdition, issues: ValidationIssue[]): void {
  let weights = 0;
  framework.prerequisites.forEach((p, k) => {
    if (p.editionId === framework.id)
      issues.push(
        issueAt(['prerequisites', k, 'editionId'], 'unknown_reference', say('prerequisiteOnItself')),
      );
    if (p.weight === undefined) return;
    weights += p.weight;
    if (p.minimumScore === undefined && p.editionId === undefined && p.assessment === undefined)
      issues.push(issueAt(['prerequisites', k, 'weight'], 'weight_without_score', say('weightWithoutScore')));
  });
  if (weights >= 1 - TOLERANCE)
    issues.push(issueAt(['prerequisites'], 'invalid_weights', say('companionWeightsTooHigh', { weights })));
  const cycle = framework.cycleWeights;
  const cycleSum = cycle?.reduce((s, w) => s + w, 0);
  if (cycleSum !== undefined && Math.abs(cycleSum - 1) > TOLERANCE)
    issues.push(issueAt(['cycleWeights'], 'invalid_weights', say('cycleWeightsNotOne', { sum: cycleSum })));
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
