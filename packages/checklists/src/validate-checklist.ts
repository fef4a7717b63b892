import {
  type PathSegment,
  type ValidationIssue,
  type ValidationResult,
  validateWithSchema,
} from '@chuangwen/model';
import { issueAt, valueOrThrow } from '@chuangwen/model/internal';
import { type Checklist, type ChecklistInput, ChecklistSchema } from './checklist.js';
import { CHECKLIST_MESSAGES, uniqueCodes } from './content-issues.js';
import { type FrameworkEdition, standardsByCode } from './framework.js';

/** Options for {@link validateChecklist}. */
export interface ValidateChecklistOptions {
  /** The edition whose standards the items serve; every `standardRefs` code must be in it. */
  framework?: FrameworkEdition;
  /** Site type codes known to the host. */
  siteTypes?: Iterable<string>;
}

/** Checks unique codes, and references to standards and site types when the options supply them. */
export function checkChecklistIntegrity(
  checklist: Checklist,
  options: ValidateChecklistOptions = {},
): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  const standards = options.framework ? standardsByCode(options.framework) : undefined;
  const siteTypes = options.siteTypes ? new Set(options.siteTypes) : undefined;
  if (
    options.framework &&
    checklist.editionId !== undefined &&
    checklist.editionId !== options.framework.id
  ) {
    issues.push(
      issueAt(['editionId'], 'edition_mismatch', {
        'zh-CN': `检查表对应测评体系 "${checklist.editionId}"，而非 "${options.framework.id}"`,
        en: `the checklist is written for edition "${checklist.editionId}", not "${options.framework.id}"`,
      }),
    );
  }
  const claim = uniqueCodes(issues);
  checklist.sections.forEach((section, s) => {
    claim(section.code, ['sections', s, 'code']);
    section.items.forEach((item, i) => {
      const path: PathSegment[] = ['sections', s, 'items', i];
      claim(item.code, [...path, 'code']);
      item.standardRefs.forEach((code, r) => {
        if (standards && !standards.has(code)) {
          issues.push(
            issueAt([...path, 'standardRefs', r], 'unknown_reference', {
              'zh-CN': `测评标准 "${code}" 不在测评体系中`,
              en: `standard "${code}" is not in the framework edition`,
            }),
          );
        }
      });
      item.siteTypes.forEach((type, t) => {
        if (siteTypes && !siteTypes.has(type)) {
          issues.push(
            issueAt([...path, 'siteTypes', t], 'unknown_reference', {
              'zh-CN': `点位类型 "${type}" 不在点位目录中`,
              en: `site type "${type}" is not in the catalogue`,
            }),
          );
        }
      });
    });
  });
  return issues;
}

/**
 * Checklists written before 0.1 named their edition `frameworkEditionId`; it is `editionId` everywhere now. Renamed in
 * place of its key, defining own properties so no key reaches a prototype.
 */
function editionIdOfEarlierChecklists(input: unknown): unknown {
  if (input === null || typeof input !== 'object' || Array.isArray(input)) return input;
  if (!Object.hasOwn(input, 'frameworkEditionId') || Object.hasOwn(input, 'editionId')) return input;
  return Object.fromEntries(
    Object.entries(input).map(([key, value]) => [key === 'frameworkEditionId' ? 'editionId' : key, value]),
  );
}

/** Validates a checklist from outside (one written before 0.1 is read as well). Never throws. */
export function validateChecklist(
  input: unknown,
  options: ValidateChecklistOptions = {},
): ValidationResult<Checklist> {
  return validateWithSchema(ChecklistSchema, input, {
    messages: CHECKLIST_MESSAGES,
    prepare: editionIdOfEarlierChecklists,
    check: (checklist) => checkChecklistIntegrity(checklist, options),
  });
}

/** Defines a checklist in code, validated; throws a `ContentError` (of `@chuangwen/model`) listing every issue. */
export function defineChecklist(input: ChecklistInput, options: ValidateChecklistOptions = {}): Checklist {
  return valueOrThrow(`checklist ${input.id}`, validateChecklist(input, options));
}
