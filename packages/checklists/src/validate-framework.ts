import {
  type PathSegment,
  type ValidationIssue,
  type ValidationResult,
  validateWithSchema,
} from '@chuangwen/model';
import { issueAt, valueOrThrow } from '@chuangwen/model/internal';
import { CHECKLIST_MESSAGES, uniqueCodes } from './content-issues.js';
import {
  contentsOf,
  type FrameworkEdition,
  type FrameworkEditionInput,
  FrameworkEditionSchema,
  listStandards,
} from './framework.js';
import { type Named, say } from './messages.js';
import { SCORING_RULE_KIND_LABELS } from './scoring-rules.js';
import { RULES_FOR_KIND, STANDARD_KIND_LABELS, type Standard } from './standards.js';
import { checkEditionRules } from './validate-edition.js';
import { checkAllPoints } from './validate-points.js';

/** Options for {@link validateFramework}. */
export interface ValidateFrameworkOptions {
  /** Site type codes known to the host (a catalogue); every site type a standard names must be one of them. */
  siteTypes?: Iterable<string>;
}

const rule = (code: keyof typeof SCORING_RULE_KIND_LABELS): Named => ({
  code,
  label: SCORING_RULE_KIND_LABELS[code],
});

function checkRule(standard: Standard, path: PathSegment[]): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  const scoring = standard.scoring;
  const fits = RULES_FOR_KIND[standard.kind];
  if (!fits.includes(scoring.kind)) {
    const kind = { code: standard.kind, label: STANDARD_KIND_LABELS[standard.kind] };
    issues.push(
      issueAt(
        [...path, 'scoring', 'kind'],
        'scoring_rule_mismatch',
        say('ruleDoesNotFit', { rule: rule(scoring.kind), kind, fits: fits.map(rule) }),
      ),
    );
  }
  if (standard.kind === 'survey' && !standard.methods.includes('survey')) {
    issues.push(issueAt([...path, 'methods'], 'method_mismatch', say('surveyNotBySurvey')));
  }
  if (scoring.kind === 'stateDescription') {
    scoring.bands.forEach((band, b) => {
      const last = b === scoring.bands.length - 1;
      const previous = scoring.bands[b - 1]?.maxViolations;
      if (
        last !== (band.maxViolations === undefined) ||
        (previous !== undefined && band.maxViolations !== undefined && band.maxViolations <= previous)
      ) {
        issues.push(
          issueAt([...path, 'scoring', 'bands', b, 'maxViolations'], 'invalid_bands', say('bandsOutOfOrder')),
        );
      }
    });
    const grade = scoring.passGrade;
    if (grade !== undefined && !scoring.bands.some((band) => band.grade === grade)) {
      issues.push(
        issueAt([...path, 'scoring', 'passGrade'], 'unknown_grade', say('unknownPassGrade', { grade })),
      );
    }
  }
  if (scoring.kind === 'ratio' && scoring.passAt > scoring.fullAt) {
    issues.push(issueAt([...path, 'scoring', 'passAt'], 'invalid_ratio', say('passAboveFull')));
  }
  return issues;
}

function checkSiteTypes(standard: Standard, path: PathSegment[], siteTypes: Set<string> | undefined) {
  const issues: ValidationIssue[] = [];
  standard.siteTypes.forEach((type, t) => {
    if (siteTypes && !siteTypes.has(type))
      issues.push(
        issueAt(
          [...path, 'siteTypes', t],
          'unknown_reference',
          say('siteTypeNotInCatalogue', { siteType: type }),
        ),
      );
  });
  standard.siteThresholds.forEach((threshold, t) => {
    if (!standard.siteTypes.includes(threshold.siteType))
      issues.push(
        issueAt(
          [...path, 'siteThresholds', t, 'siteType'],
          'unknown_reference',
          say('thresholdSiteType', { siteType: threshold.siteType }),
        ),
      );
  });
  return issues;
}

/** Checks what the framework schema cannot: unique codes, item shapes, rules that fit kinds, points that add up. */
export function checkFrameworkIntegrity(
  framework: FrameworkEdition,
  options: ValidateFrameworkOptions = {},
): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  const siteTypes = options.siteTypes ? new Set(options.siteTypes) : undefined;
  const claim = uniqueCodes(issues);
  framework.itemGroups.forEach((g, k) => {
    claim(g.code, ['itemGroups', k, 'code']);
  });
  framework.items.forEach((item, i) => {
    claim(item.code, ['items', i, 'code']);
    if ((item.contents === undefined) === (item.indicators === undefined)) {
      issues.push(issueAt(['items', i], 'item_shape', say('itemShape')));
    }
    item.indicators?.forEach((indicator, n) => {
      claim(indicator.code, ['items', i, 'indicators', n, 'code']);
    });
    for (const { content, path } of contentsOf(item, ['items', i])) claim(content.code, [...path, 'code']);
  });
  for (const { standard, path } of listStandards(framework)) {
    claim(standard.code, [...path, 'code']);
    issues.push(...checkRule(standard, path), ...checkSiteTypes(standard, path, siteTypes));
  }
  issues.push(...checkAllPoints(framework), ...checkEditionRules(framework));
  framework.prerequisites.forEach((p, k) => {
    claim(p.code, ['prerequisites', k, 'code']);
  });
  framework.negativeList.forEach((n, k) => {
    claim(n.code, ['negativeList', k, 'code']);
  });
  const quotas = new Set<string>();
  framework.sampling.forEach((q, k) => {
    if (quotas.has(q.siteType) || (siteTypes && !siteTypes.has(q.siteType)))
      issues.push(
        issueAt(
          ['sampling', k, 'siteType'],
          quotas.has(q.siteType) ? 'duplicate_code' : 'unknown_reference',
          say('sampledSiteType', { siteType: q.siteType }),
        ),
      );
    quotas.add(q.siteType);
  });
  return issues;
}

/**
 * Validates a framework edition from outside (a JSON file a host keeps, an upload). Never throws; returns the parsed
 * edition or every located, bilingual issue.
 */
export function validateFramework(
  input: unknown,
  options: ValidateFrameworkOptions = {},
): ValidationResult<FrameworkEdition> {
  return validateWithSchema(FrameworkEditionSchema, input, {
    messages: CHECKLIST_MESSAGES,
    check: (framework) => checkFrameworkIntegrity(framework, options),
  });
}

/**
 * Defines a framework edition in code: the input is type-checked as you write it, validated, and returned parsed.
 * Throws a `ContentError` (of `@chuangwen/model`) listing every issue, since authored content that is wrong is a programming error.
 */
export function defineFramework(
  input: FrameworkEditionInput,
  options: ValidateFrameworkOptions = {},
): FrameworkEdition {
  return valueOrThrow(`framework ${input.id}`, validateFramework(input, options));
}
