import type { BilingualText } from '@chuangwen/model';

/** A material category short of its quantity: how many are held, of how many required. */
export interface Shortfall {
  category: BilingualText;
  held: number;
  quantity: number;
}

/** What an outcome was suggested on: each condition of its trigger that is given, with the unit's own figures. */
export interface OutcomeGrounds {
  outcome: BilingualText;
  score: number | undefined;
  rank: number;
  scoreBelow: number | undefined;
  scoreAtLeast: number | undefined;
  top: number | undefined;
  bottom: number | undefined;
  lastRunning: number | undefined;
  /** The unit's overdue problems, where the trigger reads them. */
  overdue: number | undefined;
}

const list = (texts: readonly BilingualText[]) => texts.map((t) => t.en).join(', ');

/**
 * The messages of running a campaign in English: what keeps a phase from ending (named for the blocker's code), a
 * missed supervision cadence, and why a unit's score moved or an outcome is suggested. The other languages are typed
 * by it (`campaign-messages.zh-CN.ts`).
 */
export const en = {
  leadingGroupMissing: () => 'the leading group has not been formed',
  officeMissing: () => 'the campaign office has not been formed',
  workingGroupUnstaffed: (p: { groups: readonly BilingualText[] }) =>
    `working groups not staffed: ${list(p.groups)}`,
  mobilizationMeetingMissing: () => 'the mobilization meeting has not been held',
  implementationPlanMissing: () => 'the implementation plan has not been issued',
  workPlanMissing: () => 'the work plan has not been issued',
  publicityNotLaunched: () => 'publicity has not been launched',
  noUnits: () => 'no lead or responsible units are known',
  unitTeamMissing: (p: { count: number }) => `${p.count} unit(s) have not formed their campaign team`,
  unitPlanMissing: (p: { count: number }) => `${p.count} unit(s) have not submitted their plan`,
  noStandards: () => 'no standard has been classified yet',
  standardUndetermined: (p: { count: number }) =>
    `${p.count} standard(s) still undetermined: run mock inspections`,
  rectificationMissing: (p: { count: number }) =>
    `${p.count} non-compliant standard(s) lack an open rectification with a unit and a deadline`,
  cadenceMissed: (p: { months: readonly string[] }) =>
    `supervision cadence missed in: ${p.months.join(', ')}`,
  workingGroupUnrated: (p: { groups: readonly BilingualText[] }) =>
    `working groups not yet rated by the office: ${list(p.groups)}`,
  unannouncedChecksMissing: (p: { held: number; min: number }) =>
    `${p.held} unannounced window check(s), fewer than ${p.min}`,
  standardNonCompliant: (p: { count: number }) => `${p.count} standard(s) non-compliant or undetermined`,
  archiveIncomplete: (p: { count: number }) => `archive material short for ${p.count} standard(s)`,
  /** What one standard's archive lacks, under `archiveIncomplete`. */
  archiveShortfall: (p: { short: readonly Shortfall[] }) =>
    p.short.map((s) => `${s.category.en.toLowerCase()} ${s.held}/${s.quantity}`).join(', '),
  archiveNotSubmitted: () => 'the archive has not been submitted',
  resultMissing: () => 'the official result has not been recorded',
  selfEvaluationMissing: () => 'the self-evaluation has not been done',
  summaryMeetingMissing: () => 'the summary meeting has not been held',
  unitNotAppraised: (p: { count: number }) => `${p.count} responsible unit(s) not yet appraised`,
  accountabilityUndecided: () => 'accountability decisions have not been made',
  // Cadence, appraisal and outcomes.
  obligationMissed: (p: { month: string; meeting: BilingualText; required: number; held: number }) =>
    `${p.month}: ${p.meeting.en} required at least ${p.required} time(s), held ${p.held}`,
  problemFound: (p: { source: BilingualText; onSpot: boolean; repeats: number }) =>
    [
      `problem found by ${p.source.en.toLowerCase()}`,
      p.onSpot ? 'fixed on the spot, halved' : '',
      p.repeats > 0 ? `recurred ${p.repeats} time(s)` : '',
    ]
      .filter(Boolean)
      .join('; '),
  rectificationOverdue: () => 'overdue',
  repeatCountUnreadable: (p: { id: string }) =>
    `rectification ${p.id} has no whole repeatCount of 0 or more and is left out of the appraisal; validate it with validateCampaign or RectificationSchema first`,
  statusUnknown: (p: { id: string }) => `rectification ${p.id} has an unknown status`,
  dateUnreadable: (p: { id: string; field: 'reportedAt' | 'closedAt' | 'deadline' }) =>
    `rectification ${p.id} has an unreadable ${p.field}`,
  outcomeSuggested: (p: OutcomeGrounds) =>
    `${[
      p.scoreBelow !== undefined && `score ${p.score} below ${p.scoreBelow}`,
      p.scoreAtLeast !== undefined && `score ${p.score} at or above ${p.scoreAtLeast}`,
      p.top !== undefined && `ranked ${p.rank} in its group (top ${p.top})`,
      p.bottom !== undefined && `ranked ${p.rank} in its group (bottom ${p.bottom})`,
      p.lastRunning !== undefined && `last ${p.lastRunning} times running`,
      p.overdue !== undefined && `${p.overdue} overdue problem(s)`,
    ]
      .filter(Boolean)
      .join('; ')}: ${p.outcome.en.toLowerCase()} suggested`,
  marginOutOfRange: () => 'margin must be between 0 and 1',
};
