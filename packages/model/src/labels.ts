import { APPRAISAL_GRADE_LABELS, APPRAISAL_OUTCOME_KIND_LABELS } from './appraisals.js';
import { ARCHIVE_CATEGORY_LABELS } from './archive.js';
import { RECTIFICATION_AREA_LABELS } from './areas.js';
import { ROUND_KIND_LABELS } from './assessment-rounds.js';
import { CALENDAR_COVERAGE_LABELS, CALENDAR_LEVEL_LABELS } from './calendar.js';
import { FRAMEWORK_ROLE_LABELS } from './campaign.js';
import { PROBLEM_CHANNEL_LABELS } from './channels.js';
import { ContentError } from './content-error.js';
import { issueAt, type ValidationIssue } from './issues.js';
import { HONOUR_LABELS, JURISDICTION_LEVEL_LABELS } from './jurisdiction.js';
import { MEETING_KIND_LABELS } from './meetings.js';
import {
  ASSESSMENT_METHOD_LABELS,
  NOT_ASSESSABLE_REASON_LABELS,
  OBSERVATION_OUTCOME_LABELS,
  OBSERVATION_SOURCE_LABELS,
  SCOPE_KIND_LABELS,
} from './observations.js';
import { WORKING_GROUP_KIND_LABELS } from './organisation.js';
import { PHASE_LABELS } from './phases.js';
import type { BilingualText, Locale } from './primitives.js';
import { MEDIA_SOURCE_LABELS } from './provenance.js';
import { RECTIFICATION_STATUS_LABELS, UNIT_ATTRIBUTION_LABELS } from './rectifications.js';
import { DATUM_LABELS, SITE_SELECTION_LABELS } from './sites.js';
import { GOAL_METRIC_LABELS, SURVEY_CHANNEL_LABELS } from './surveys.js';
import { FREQUENCY_LABELS, STANDING_DUTY_LABELS } from './tasks.js';
import {
  HOTLINE_REQUEST_TYPE_LABELS,
  SATISFACTION_LABELS,
  TICKET_STATE_LABELS,
  URBAN_CASE_KIND_LABELS,
} from './tickets.js';
import { DEADLINE_UNIT_LABELS } from './time-limits.js';
import { UNIT_KIND_LABELS } from './units.js';

/** Every labelled enumeration of the model, by name. */
export const ENUM_LABELS = {
  phase: PHASE_LABELS,
  honour: HONOUR_LABELS,
  jurisdictionLevel: JURISDICTION_LEVEL_LABELS,
  frameworkRole: FRAMEWORK_ROLE_LABELS,
  workingGroupKind: WORKING_GROUP_KIND_LABELS,
  unitKind: UNIT_KIND_LABELS,
  siteSelection: SITE_SELECTION_LABELS,
  datum: DATUM_LABELS,
  mediaSource: MEDIA_SOURCE_LABELS,
  archiveCategory: ARCHIVE_CATEGORY_LABELS,
  standingDuty: STANDING_DUTY_LABELS,
  frequency: FREQUENCY_LABELS,
  assessmentMethod: ASSESSMENT_METHOD_LABELS,
  observationSource: OBSERVATION_SOURCE_LABELS,
  observationOutcome: OBSERVATION_OUTCOME_LABELS,
  notAssessableReason: NOT_ASSESSABLE_REASON_LABELS,
  scopeKind: SCOPE_KIND_LABELS,
  rectificationArea: RECTIFICATION_AREA_LABELS,
  rectificationStatus: RECTIFICATION_STATUS_LABELS,
  unitAttribution: UNIT_ATTRIBUTION_LABELS,
  meetingKind: MEETING_KIND_LABELS,
  goalMetric: GOAL_METRIC_LABELS,
  surveyChannel: SURVEY_CHANNEL_LABELS,
  appraisalGrade: APPRAISAL_GRADE_LABELS,
  appraisalOutcomeKind: APPRAISAL_OUTCOME_KIND_LABELS,
  roundKind: ROUND_KIND_LABELS,
  calendarLevel: CALENDAR_LEVEL_LABELS,
  calendarCoverage: CALENDAR_COVERAGE_LABELS,
  deadlineUnit: DEADLINE_UNIT_LABELS,
  problemChannel: PROBLEM_CHANNEL_LABELS,
  ticketState: TICKET_STATE_LABELS,
  hotlineRequestType: HOTLINE_REQUEST_TYPE_LABELS,
  satisfaction: SATISFACTION_LABELS,
  urbanCaseKind: URBAN_CASE_KIND_LABELS,
} as const;

/** Labelled enumerations by name: each maps its values to their Chinese and English labels. */
export type EnumLabels = Readonly<Record<string, Readonly<Record<string, BilingualText>>>>;

/** The `label` and `labels` functions over a set of labelled enumerations. */
export interface Labeller<E extends EnumLabels> {
  /**
   * The label of an enumeration value in the given locale, for example `label('covertInspection', 'zh-CN')` is
   * `实地暗访`. Name the enumeration for a value two of them share with different meanings
   * (`label('serviceWindow', 'zh-CN', 'rectificationArea')` is `窗口服务`). An unknown value is returned as it is, so a
   * host's newer data still shows something.
   */
  label(
    value: { [K in keyof E]: keyof E[K] & string }[keyof E],
    locale?: Locale,
    enumName?: keyof E & string,
  ): string;
  /** Both labels of an enumeration value, or undefined when the value is not in any of the enumerations. */
  labels(value: string, enumName?: keyof E & string): BilingualText | undefined;
}

/** Each value whose label lacks its Chinese or its English text: people would see an identifier instead. */
function missingLabels(enums: EnumLabels): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  const blank = (text: unknown) => typeof text !== 'string' || text.trim() === '';
  for (const [name, values] of Object.entries(enums))
    for (const [value, text] of Object.entries(values ?? {}))
      if (text === null || typeof text !== 'object' || blank(text['zh-CN']) || blank(text.en))
        issues.push(
          issueAt([name, value], 'missing_label', {
            'zh-CN': `"${value}" 缺少中文或英文标签`,
            en: `"${value}" lacks its Chinese or its English label`,
          }),
        );
  return issues;
}

/**
 * Builds `label` and `labels` over labelled enumerations. Each package of the library exports its own pair over its
 * enumerations and those of the packages it builds on; a host adds its own the same way. Throws a `ContentError`
 * naming each value whose label lacks its Chinese or its English text.
 */
export function defineLabels<E extends EnumLabels>(enums: E): Labeller<E> {
  const missing = missingLabels(enums);
  if (missing.length > 0) throw new ContentError('labels', missing);
  // A value shared by two enumerations with the same meaning (such as `other`) carries the same label in both; a value
  // that means different things (`serviceWindow`: a unit kind and a rectification area) is looked up by enum name.
  const catalogue = new Map<string, BilingualText>();
  for (const values of Object.values(enums)) {
    for (const [value, text] of Object.entries(values)) if (!catalogue.has(value)) catalogue.set(value, text);
  }
  const own = (value: string, enumName: string | undefined): BilingualText | undefined =>
    enumName !== undefined && Object.hasOwn(enums, enumName) && Object.hasOwn(enums[enumName] ?? {}, value)
      ? enums[enumName]?.[value]
      : undefined;
  return {
    // A named enumeration is the only place looked in, so a value it lacks is never labelled by another one.
    label: (value, locale = 'zh-CN', enumName) =>
      (enumName !== undefined ? own(value, enumName) : catalogue.get(value))?.[locale] ?? value,
    labels: (value, enumName) => (enumName !== undefined ? own(value, enumName) : catalogue.get(value)),
  };
}

/** The name of a labelled enumeration of the model, such as `unitKind`. */
export type EnumName = keyof typeof ENUM_LABELS;
/** Any value of any labelled enumeration of the model. */
export type LabelledValue = { [K in EnumName]: keyof (typeof ENUM_LABELS)[K] }[EnumName];

const model = /* @__PURE__ */ defineLabels(ENUM_LABELS);

/**
 * The label of a model enumeration value in the given locale, for example `label('covertInspection', 'zh-CN')` is
 * `实地暗访`. Name the enumeration for a value two of them share with different meanings
 * (`label('serviceWindow', 'zh-CN', 'rectificationArea')` is `窗口服务`). An unknown value is returned as it is, so a
 * host's newer data still shows something. The packages built on the model export a `label` that covers their own
 * enumerations too.
 */
export function label(value: LabelledValue, locale: Locale = 'zh-CN', enumName?: EnumName): string {
  return model.label(value, locale, enumName);
}

/** Both labels of an enumeration value, or undefined when the value is not one of the model's. */
export function labels(value: string, enumName?: EnumName): BilingualText | undefined {
  return model.labels(value, enumName);
}
