import {
  type IssueCode,
  label,
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
import { SCORING_RULE_KIND_LABELS } from './scoring-rules.js';
import { RULES_FOR_KIND, STANDARD_KIND_LABELS, type Standard } from './standards.js';
import { checkEditionRules } from './validate-edition.js';
import { checkAllPoints } from './validate-points.js';

/** Options for {@link validateFramework}. */
export interface ValidateFrameworkOptions {
  /** Site type codes known to the host (a catalogue); every site type a standard names must be one of them. */
  siteTypes?: Iterable<string>;
}

/** An issue with a message built from one Chinese and one English template. */
function problem(path: PathSegment[], code: IssueCode, zh: string, en: string): ValidationIssue {
  return issueAt(path, code, { 'zh-CN': zh, en });
}

const ruleName = (kind: keyof typeof SCORING_RULE_KIND_LABELS) => SCORING_RULE_KIND_LABELS[kind];

function checkRule(standard: Standard, path: PathSegment[]): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  const rule = standard.scoring;
  const fits = RULES_FOR_KIND[standard.kind];
  if (!fits.includes(rule.kind)) {
    issues.push(
      problem(
        [...path, 'scoring', 'kind'],
        'scoring_rule_mismatch',
        `计分规则"${ruleName(rule.kind)['zh-CN']}"不适用于${STANDARD_KIND_LABELS[standard.kind]['zh-CN']}标准，可用：${fits.map((k) => ruleName(k)['zh-CN']).join('、')}`,
        `scoring rule "${rule.kind}" does not fit a "${standard.kind}" standard; use one of: ${fits.join(', ')}`,
      ),
    );
  }
  if (standard.kind === 'survey' && !standard.methods.includes('survey')) {
    issues.push(
      problem(
        [...path, 'methods'],
        'method_mismatch',
        `问卷类标准的测评方法须包含${label('survey', 'zh-CN')}`,
        'a survey standard must be assessed by survey',
      ),
    );
  }
  if (rule.kind === 'stateDescription') {
    rule.bands.forEach((band, b) => {
      const last = b === rule.bands.length - 1;
      const previous = rule.bands[b - 1]?.maxViolations;
      if (
        last !== (band.maxViolations === undefined) ||
        (previous !== undefined && band.maxViolations !== undefined && band.maxViolations <= previous)
      ) {
        issues.push(
          problem(
            [...path, 'scoring', 'bands', b, 'maxViolations'],
            'invalid_bands',
            '等级区间须按违规例数递增，且只有最后一档不设上限',
            'bands must rise in violation count, and only the last band is open-ended',
          ),
        );
      }
    });
    if (rule.passGrade !== undefined && !rule.bands.some((band) => band.grade === rule.passGrade)) {
      issues.push(
        problem(
          [...path, 'scoring', 'passGrade'],
          'unknown_grade',
          `达标等级 ${rule.passGrade} 不在等级区间中`,
          `pass grade ${rule.passGrade} is not one of the bands`,
        ),
      );
    }
  }
  if (rule.kind === 'ratio' && rule.passAt > rule.fullAt) {
    issues.push(
      problem(
        [...path, 'scoring', 'passAt'],
        'invalid_ratio',
        '达标比率不能高于满分比率',
        'passAt cannot be above fullAt',
      ),
    );
  }
  return issues;
}

function checkSiteTypes(standard: Standard, path: PathSegment[], siteTypes: Set<string> | undefined) {
  const issues: ValidationIssue[] = [];
  standard.siteTypes.forEach((type, t) => {
    if (siteTypes && !siteTypes.has(type))
      issues.push(
        problem(
          [...path, 'siteTypes', t],
          'unknown_reference',
          `点位类型 "${type}" 不在点位目录中`,
          `site type "${type}" is not in the catalogue`,
        ),
      );
  });
  standard.siteThresholds.forEach((threshold, t) => {
    if (!standard.siteTypes.includes(threshold.siteType))
      issues.push(
        problem(
          [...path, 'siteThresholds', t, 'siteType'],
          'unknown_reference',
          `阈值所指点位类型 "${threshold.siteType}" 不在本标准的点位类型中`,
          `threshold site type "${threshold.siteType}" is not one of the standard's site types`,
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
      issues.push(
        problem(
          ['items', i],
          'item_shape',
          '测评项目须且只能包含测评内容（三级）或指标（四级）之一',
          'an item holds either contents (three tiers) or indicators (four tiers), exactly one of them',
        ),
      );
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
        problem(
          ['sampling', k, 'siteType'],
          quotas.has(q.siteType) ? 'duplicate_code' : 'unknown_reference',
          `抽样点位类型 "${q.siteType}" 重复或不在点位目录中`,
          `sampled site type "${q.siteType}" is listed twice or not in the catalogue`,
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
