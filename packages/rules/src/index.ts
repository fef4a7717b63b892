/**
 * The street's rules as pure, explainable functions: the four-way compliance classification (达标 / 未达标 /
 * 未知可否达标 / 易反弹) read through each standard's declared scoring rule, with reasons and required actions; the
 * board; scoring by declared rules; supervision cadence; survey rates; the public civility index; unit scoring,
 * ranking within groups and suggested outcomes; assessment round reports; rectification rates; the stratified site
 * draw; and phase readiness. Time is always passed in, and an unreadable instant is refused.
 *
 * @packageDocumentation
 */

export type { AppraisalConfig, AppraisalInput, Bonus, Scorecard } from './appraisal.js';
export { appraiseUnits, DEFAULT_APPRAISAL } from './appraisal.js';
export type { BoardOptions } from './board.js';
export { ComplianceBoard, classifyAll } from './board.js';
export type {
  BoardSnapshot,
  BoardSummary,
  ItemStatus,
  ReinspectionDue,
  StandardStatus,
} from './board-types.js';
export type { CadenceInput, CadenceReport, MissedObligation, ObligationStatus } from './cadence.js';
export { cadenceReport } from './cadence.js';
export type { CalendarAnswer, CalendarUnknown, CalendarUnknownReason, DayStatus } from './calendar.js';
export { calendarFingerprint, coverageOf, dayStatus, isWorkingDay } from './calendar.js';
export {
  defineCategoryTable,
  GBT_30428_CATEGORIES,
  SAMPLE_HOTLINE_CATEGORIES,
  SAMPLE_HOTLINE_TIME_LIMITS,
  SAMPLE_URBAN_AREAS,
} from './category-tables.js';
export type { CellHistory, CellRules } from './cell-history.js';
export { cellClass } from './cell-history.js';
export type { CellIndexer, CellIndexOptions } from './cell-index.js';
export { cellIndexer } from './cell-index.js';
export type { CivilityIndex, CivilityIndexOptions, SiteTypeIncidence } from './civility.js';
export { civilityIndex } from './civility.js';
export type { ClassCounts } from './class-counts.js';
export { CLASSES_WORST_FIRST, worstOf } from './class-counts.js';
export type {
  ActionKind,
  ActionOwner,
  Classification,
  ComplianceClass,
  Reason,
  ReasonRule,
  RequiredAction,
} from './classes.js';
export { CLASS_LABELS, CLASS_SEVERITY, COMPLIANCE_CLASSES } from './classes.js';
export type { ClassifiedStandard, ClassifyInput, Closure } from './classify.js';
export { classify } from './classify.js';
export type { ClosureRate, ClosureReport, ClosureReportOptions } from './closure-rates.js';
export { closureReport } from './closure-rates.js';
export type { PhaseCountdown } from './countdown.js';
export { phaseCountdowns } from './countdown.js';
export type { CycleTotal, CycleTotalOptions, CycleYear } from './cycle.js';
export { cycleTotal } from './cycle.js';
export type { DatumPoint } from './datums.js';
export { convertDatum, distanceMetres } from './datums.js';
export type { TimeLimitCountdown } from './deadline-in-force.js';
export { isOverdue, limitInForce } from './deadline-in-force.js';
export type {
  ArchiveChange,
  ArchiveCounts,
  MeetingFact,
  MeetingsByMonth,
  MonthMeetings,
} from './fact-groups.js';
export {
  ArchiveCountsSchema,
  MeetingFactSchema,
  MeetingsByMonthSchema,
  MonthMeetingsSchema,
} from './fact-groups.js';
export type {
  AssessmentResult,
  CampaignFacts,
  ClassOverride,
  DerivedFacts,
  ReadinessFacts,
} from './facts.js';
export {
  AssessmentResultSchema,
  CampaignFactsSchema,
  ClassOverrideSchema,
  ComplianceClassSchema,
} from './facts.js';
export type { AssessableObservation, Judgement, JudgementContext } from './judgement.js';
export { judge } from './judgement.js';
export type { EnumName, LabelledValue } from './labels.js';
export { BLOCKER_CODE_LABELS, ENUM_LABELS, label, labels } from './labels.js';
export type { LedgerContribution, LedgerCounters } from './ledger-counters.js';
export { LedgerContributionSchema, LedgerCountersSchema, overdueCount } from './ledger-counters.js';
export type { LedgerMove, LedgerMoveKind } from './ledger-moves.js';
export {
  applyMoves,
  LEDGER_MOVE_LABELS,
  LEDGER_MOVES,
  LedgerMoveKindSchema,
  problemIdOf,
} from './ledger-moves.js';
export type { RectificationRate, RectificationRateOptions } from './ledger-rates.js';
export { rectificationRates } from './ledger-rates.js';
export type { ArchiveHeld, MaterialWindow } from './material-window.js';
export { archiveHeld, DEFAULT_MATERIAL_WINDOW, materialWindow } from './material-window.js';
export type { OutcomeOptions, OutcomeSuggestion, OutcomeTrigger } from './outcomes.js';
export { DEFAULT_OUTCOME_TRIGGERS, suggestOutcomes } from './outcomes.js';
export type { PointsIndexItem, PointsIndexResult } from './points-index.js';
export { pointsIndex } from './points-index.js';
export type { ClassificationPolicy, PolicyOverrides } from './policy.js';
export { ClassificationPolicySchema, DEFAULT_POLICY, definePolicy, PolicyOverridesSchema } from './policy.js';
export type { ScoreProjection } from './projection.js';
export { projectScore } from './projection.js';
export type {
  CitedDocument,
  ProvenancePurpose,
  ProvenanceRules,
  ProvenanceSubject,
} from './provenance.js';
export {
  checkPair,
  checkProvenance,
  DEFAULT_PROVENANCE_RULES,
  ProvenanceRulesSchema,
} from './provenance.js';
export type { RankedResult, RankInput, RankOptions, TieRule } from './ranking.js';
export { rankUnits } from './ranking.js';
export type { Blocker, BlockerCode, Readiness, ReadinessOptions } from './readiness.js';
export { BLOCKER_CODES, BlockerCodeSchema, BlockerSchema, phaseReadiness } from './readiness.js';
export type { JurisdictionLine, RoundLine, RoundReport, RoundReportOptions } from './rounds.js';
export { roundReport } from './rounds.js';
export type { SiteDraw, SiteQuota } from './sampling.js';
export { drawSites } from './sampling.js';
export { scopeKey, scopeOf } from './scope-key.js';
export type {
  CompanionWeight,
  NegativeEvent,
  PrerequisiteResult,
  Sanction,
} from './score-gates.js';
export type { FrameworkScore, MethodScore, ScoreInput, StandardScore, TierScore } from './scoring.js';
export { scoreFramework } from './scoring.js';
export type { GoalRate, RateEstimate, SampleSizeReport } from './surveys.js';
export { requiredSampleSize, sampleSizeReport, surveyRates, Z95 } from './surveys.js';
export type { TicketImportPlan } from './ticket-import-plan.js';
export { planTicketImport } from './ticket-import-plan.js';
export type { AdaptedProblem, SkippedTicket, TicketLedger, TicketLedgerOptions } from './ticket-ledger.js';
export { TICKET_STATE_MOVES } from './ticket-ledger.js';
export type { HotlineLedgerOptions, UrbanCaseLedgerOptions } from './ticket-sources.js';
export { ledgerFromHotlineTickets, ledgerFromUrbanCases } from './ticket-sources.js';
export { addDays, DAY_MS, daysBetween, shanghaiDate, toMs } from './time.js';
export type { TimeLimitExtension } from './time-limit-extension.js';
export { extendTimeLimit, extensionProblem } from './time-limit-extension.js';
export type { TimeLimitComparison, TimeLimitResolution } from './time-limits.js';
export { compareTimeLimit, resolveTimeLimit, timeLimitCountdown } from './time-limits.js';
export { addWorkingDays, addWorkingHours, workingDaysBetween, workingHoursBetween } from './working-time.js';
