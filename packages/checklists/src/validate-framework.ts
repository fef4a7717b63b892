import {
  type BilingualText,
  issueAt,
  type PathSegment,
  type ValidationIssue,
  type ValidationResult,
  validateWithSchema,
} from '@chuangwen/model';
import { CHECKLIST_MESSAGES, uniqueCodes, valueOrThrow } from './content-issues.js';
import {
  contentsOf,
  type FrameworkEdition,
  type FrameworkEditionInput,
  FrameworkEditionSchema,
  listStandards,
} from './framework.js';
import { RULES_FOR_KIND, type Standard } from './standards.js';

/** Options for {@link validateFramework}. */
export interface ValidateFrameworkOptions {
  /** Site type codes known to the host (a catalogue); every site type a standard names must be one of them. */
  siteTypes?: Iterable<string>;
}

const TOLERANCE = 1e-6;

/** An issue with a message built from one Chinese and one English template. */
function problem(path: PathSegment[], code: string, zh: string, en: string): ValidationIssue {
  return issueAt(path, code, { 'zh-CN': zh, en } satisfies BilingualText);
}

function checkStandard(
  standard: Standard,
  path: PathSegment[],
  siteTypes: Set<string> | undefined,
): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  const rule = standard.scoring;
  if (!RULES_FOR_KIND[standard.kind].includes(rule.kind)) {
    issues.push(
      problem(
        [...path, 'scoring', 'kind'],
        'scoring_rule_mismatch',
        `计分规则 "${rule.kind}" 不适用于 "${standard.kind}" 类标准，可用：${RULES_FOR_KIND[standard.kind].join('、')}`,
        `scoring rule "${rule.kind}" does not fit a "${standard.kind}" standard; use one of: ${RULES_FOR_KIND[standard.kind].join(', ')}`,
      ),
    );
  }
  if (standard.kind === 'survey' && !standard.methods.includes('survey')) {
    issues.push(
      problem(
        [...path, 'methods'],
        'method_mismatch',
        '问卷类标准的测评方法须包含问卷调查',
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
  }
  if (rule.kind === 'ratio' && rule.passAt > rule.fullAt) {
    issues.push(
      problem(
        [...path, 'scoring', 'passAt'],
        'invalid_ratio',
        '及格比例不能高于满分比例',
        'passAt cannot be above fullAt',
      ),
    );
  }
  standard.siteTypes.forEach((type, t) => {
    if (siteTypes && !siteTypes.has(type)) {
      issues.push(
        problem(
          [...path, 'siteTypes', t],
          'unknown_reference',
          `点位类型 "${type}" 不在点位目录中`,
          `site type "${type}" is not in the catalogue`,
        ),
      );
    }
  });
  standard.siteThresholds.forEach((threshold, t) => {
    if (!standard.siteTypes.includes(threshold.siteType)) {
      issues.push(
        problem(
          [...path, 'siteThresholds', t, 'siteType'],
          'unknown_reference',
          `阈值所指点位类型 "${threshold.siteType}" 不在本标准的点位类型中`,
          `threshold site type "${threshold.siteType}" is not one of the standard's site types`,
        ),
      );
    }
  });
  return issues;
}

function sumOf(standards: readonly { standard: Standard }[]): number {
  return standards.reduce((sum, { standard }) => sum + standard.points, 0);
}

/** Checks what the framework schema cannot: unique codes, item shapes, rules that fit kinds, points that add up. */
export function checkFrameworkIntegrity(
  framework: FrameworkEdition,
  options: ValidateFrameworkOptions = {},
): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  const siteTypes = options.siteTypes ? new Set(options.siteTypes) : undefined;
  const claim = uniqueCodes(issues);
  framework.items.forEach((item, i) => {
    claim(item.code, ['items', i, 'code']);
    if ((item.contents === undefined) === (item.indicators === undefined)) {
      issues.push(
        problem(
          ['items', i],
          'item_shape',
          '测评项目须且只能包含 contents（三级）或 indicators（四级）之一',
          'an item holds either contents (three tiers) or indicators (four tiers), exactly one of them',
        ),
      );
    }
    item.indicators?.forEach((indicator, n) => {
      claim(indicator.code, ['items', i, 'indicators', n, 'code']);
    });
    for (const { content, path } of contentsOf(item, ['items', i])) claim(content.code, [...path, 'code']);
  });
  const standards = listStandards(framework);
  for (const { standard, path } of standards) {
    claim(standard.code, [...path, 'code']);
    issues.push(...checkStandard(standard, path, siteTypes));
  }
  framework.items.forEach((item, i) => {
    if (item.points === undefined) return;
    const sum = sumOf(standards.filter((s) => s.item === item));
    if (Math.abs(sum - item.points) > TOLERANCE) {
      issues.push(
        problem(
          ['items', i, 'points'],
          'points_mismatch',
          `项目分值 ${item.points} 与其标准分值之和 ${sum} 不符`,
          `the item declares ${item.points} points but its standards add up to ${sum}`,
        ),
      );
    }
  });
  const total = sumOf(standards);
  if (Math.abs(total - framework.totalPoints) > TOLERANCE) {
    issues.push(
      problem(
        ['totalPoints'],
        'points_mismatch',
        `总分 ${framework.totalPoints} 与全部标准分值之和 ${total} 不符`,
        `the edition declares ${framework.totalPoints} points but its standards add up to ${total}`,
      ),
    );
  }
  framework.prerequisites.forEach((p, k) => {
    claim(p.code, ['prerequisites', k, 'code']);
  });
  framework.negativeList.forEach((n, k) => {
    claim(n.code, ['negativeList', k, 'code']);
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
 * Throws a {@link ContentError} listing every issue, since authored content that is wrong is a programming error.
 */
export function defineFramework(
  input: FrameworkEditionInput,
  options: ValidateFrameworkOptions = {},
): FrameworkEdition {
  return valueOrThrow(`framework ${input.id}`, validateFramework(input, options));
}
