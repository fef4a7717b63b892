import { ACCOUNTABILITY_KIND_LABELS, APPRAISAL_GRADE_LABELS } from './appraisals.js';
import { ARCHIVE_CATEGORY_LABELS } from './archive.js';
import { JURISDICTION_LEVEL_LABELS } from './campaign.js';
import { MEETING_KIND_LABELS } from './meetings.js';
import {
  ASSESSMENT_METHOD_LABELS,
  NOT_ASSESSABLE_REASON_LABELS,
  OBSERVATION_OUTCOME_LABELS,
  OBSERVATION_SOURCE_LABELS,
} from './observations.js';
import { WORKING_GROUP_KIND_LABELS } from './organisation.js';
import { PHASE_LABELS } from './phases.js';
import type { BilingualText, Locale } from './primitives.js';
import { RECTIFICATION_STATUS_LABELS } from './rectifications.js';
import { DATUM_LABELS, SITE_SELECTION_LABELS } from './sites.js';
import { GOAL_METRIC_LABELS, SURVEY_CHANNEL_LABELS } from './surveys.js';
import { FREQUENCY_LABELS, STANDING_DUTY_LABELS } from './tasks.js';
import { UNIT_KIND_LABELS } from './units.js';

/** Every labelled enumeration of the model, by name. */
export const ENUM_LABELS = {
  phase: PHASE_LABELS,
  workingGroupKind: WORKING_GROUP_KIND_LABELS,
  unitKind: UNIT_KIND_LABELS,
  siteSelection: SITE_SELECTION_LABELS,
  datum: DATUM_LABELS,
  archiveCategory: ARCHIVE_CATEGORY_LABELS,
  standingDuty: STANDING_DUTY_LABELS,
  frequency: FREQUENCY_LABELS,
  assessmentMethod: ASSESSMENT_METHOD_LABELS,
  observationSource: OBSERVATION_SOURCE_LABELS,
  observationOutcome: OBSERVATION_OUTCOME_LABELS,
  notAssessableReason: NOT_ASSESSABLE_REASON_LABELS,
  rectificationStatus: RECTIFICATION_STATUS_LABELS,
  meetingKind: MEETING_KIND_LABELS,
  goalMetric: GOAL_METRIC_LABELS,
  surveyChannel: SURVEY_CHANNEL_LABELS,
  appraisalGrade: APPRAISAL_GRADE_LABELS,
  accountabilityKind: ACCOUNTABILITY_KIND_LABELS,
  jurisdictionLevel: JURISDICTION_LEVEL_LABELS,
} as const;

/** The name of a labelled enumeration, such as `unitKind`. */
export type EnumName = keyof typeof ENUM_LABELS;
/** Any value of any labelled enumeration of the model. */
export type LabelledValue = { [K in EnumName]: keyof (typeof ENUM_LABELS)[K] }[EnumName];

// Values shared by two enumerations (such as `other`) carry the same label in both; a test guards that.
const catalogue = new Map<string, BilingualText>();
for (const labels of Object.values(ENUM_LABELS)) {
  for (const [value, text] of Object.entries(labels)) catalogue.set(value, text);
}

/**
 * The label of an enumeration value in the given locale, for example `label('covertInspection', 'zh-CN')` is
 * `实地暗访`. An unknown value is returned as it is, so a host's newer data still shows something.
 */
export function label(value: LabelledValue, locale: Locale = 'zh-CN'): string {
  return catalogue.get(value)?.[locale] ?? value;
}

/** Both labels of an enumeration value, or undefined when the value is not one of the model's. */
export function labels(value: string): BilingualText | undefined {
  return catalogue.get(value);
}
