/**
 * The street's rules as pure, explainable functions: the four-way compliance classification (达标 / 未达标 /
 * 未知可否达标 / 易反弹) with reasons and required actions, the board, scoring by declared rules, supervision cadence,
 * survey rates, the public civility index, unit appraisal and phase readiness. Time is always passed in.
 *
 * @packageDocumentation
 */

export type {
  AccountabilitySuggestion,
  AppraisalConfig,
  AppraisalInput,
  Bonus,
  Scorecard,
} from './appraisal.js';
export { appraiseUnits, DEFAULT_APPRAISAL } from './appraisal.js';
export type { BoardOptions, BoardSnapshot, ClassCounts, ItemStatus, StandardStatus } from './board.js';
export { CLASSES_WORST_FIRST, ComplianceBoard, classifyAll, scopeKey } from './board.js';
export type {
  CadenceInput,
  CadenceObligation,
  CadenceReport,
  MissedObligation,
  ObligationStatus,
} from './cadence.js';
export { checkCadence, SEED_CADENCE } from './cadence.js';
export type { CivilityIndex, CivilityIndexOptions, SiteTypeIncidence } from './civility.js';
export { civilityIndex } from './civility.js';
export type {
  ActionKind,
  ActionOwner,
  Classification,
  ComplianceClass,
  Reason,
  ReasonRule,
  RequiredAction,
} from './classes.js';
export { CLASS_LABELS, CLASS_SEVERITY, COMPLIANCE_CLASSES, worseClass } from './classes.js';
export type { ClassifiedStandard, ClassifyInput, Closure } from './classify.js';
export { classify, passLineOf } from './classify.js';
export type { PhaseCountdown } from './countdown.js';
export { phaseCountdowns } from './countdown.js';
export type { AssessableObservation, EvidenceScan } from './evidence.js';
export { scanEvidence } from './evidence.js';
export type { AssessmentResult, CampaignFacts, RectificationFacts, UnitFacts } from './facts.js';
export {
  AssessmentResultSchema,
  CampaignFactsSchema,
  ComplianceClassSchema,
  emptyFacts,
  RectificationFactsSchema,
  UnitFactsSchema,
} from './facts.js';
export type { ClassificationPolicy, PolicyOverrides } from './policy.js';
export { DEFAULT_POLICY, definePolicy } from './policy.js';
export type { Blocker, BlockerCode, Readiness, ReadinessOptions } from './readiness.js';
export { phaseReadiness } from './readiness.js';
export type {
  FrameworkScore,
  NegativeEvent,
  Sanction,
  ScoreInput,
  ScoreProjection,
  StandardScore,
} from './scoring.js';
export { pointsFor, projectScore, scoreFramework } from './scoring.js';
export type { GoalRate, RateEstimate } from './surveys.js';
export { checkSampleSize, requiredSampleSize, surveyRates, wilsonInterval, Z95 } from './surveys.js';
export { addDays, DAY_MS, daysBetween, monthsBetween, shanghaiDate, shanghaiMonth, toMs } from './time.js';
