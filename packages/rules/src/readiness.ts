import {
  type ArchiveCategory,
  type BilingualText,
  BUILT_IN_WORKING_GROUP_KINDS,
  type Phase,
} from '@chuangwen/model';
import { z } from 'zod';
import { standardArchive } from './fact-groups.js';
import type { CampaignFacts, ReadinessFacts } from './facts.js';
import { handledCount } from './ledger-counters.js';
import { labelled, say } from './messages.js';

/** Codes of the conditions that can block leaving a phase. */
export const BLOCKER_CODES = [
  'leading_group_missing',
  'office_missing',
  'working_group_unstaffed',
  'mobilization_meeting_missing',
  'implementation_plan_missing',
  'work_plan_missing',
  'publicity_not_launched',
  'no_units',
  'unit_team_missing',
  'unit_plan_missing',
  'no_standards',
  'standard_undetermined',
  'rectification_missing',
  'cadence_missed',
  'working_group_unrated',
  'unannounced_checks_missing',
  'standard_non_compliant',
  'archive_incomplete',
  'archive_not_submitted',
  'result_missing',
  'self_evaluation_missing',
  'summary_meeting_missing',
  'unit_not_appraised',
  'accountability_undecided',
] as const;
/** The code of a condition that blocks leaving a phase. */
export const BlockerCodeSchema = z.enum(BLOCKER_CODES);
/** The code of a condition that blocks leaving a phase. */
export type BlockerCode = z.infer<typeof BlockerCodeSchema>;

const TextSchema = z.strictObject({ 'zh-CN': z.string(), en: z.string() });

/** One condition that keeps a phase from ending, with the records it concerns and, where useful, what each lacks. */
export const BlockerSchema = z.strictObject({
  code: BlockerCodeSchema,
  message: TextSchema,
  refs: z.array(z.string()),
  /** Per record: what it lacks, such as "媒体报道 1/7". */
  details: z.array(z.strictObject({ ref: z.string(), message: TextSchema })).optional(),
});
/** One condition that keeps a phase from ending. */
export interface Blocker extends z.infer<typeof BlockerSchema> {}

/** Whether a phase may end, and if not, every reason. */
export interface Readiness {
  phase: Phase;
  ready: boolean;
  blockers: Blocker[];
}

/** Options of readiness that are local practice. */
export interface ReadinessOptions {
  /**
   * What material each standard needs before inspection, with counts: the edition's archive inventory, or any list of
   * the same shape. A category short of its quantity (one media report where seven are required) blocks; the
   * requirements of one category add up (a plan for the scheme and a plan for the drill need two plans).
   */
  inventory?: {
    entries: readonly {
      standardRef: string;
      requirements: readonly { category: ArchiveCategory; quantity: number }[];
    }[];
  };
  /** Unannounced checks of service windows the final sprint needs (default 1). */
  minUnannouncedWindowChecks?: number;
}

const b = (code: BlockerCode, message: BilingualText, refs: string[] = []): Blocker => ({
  code,
  message,
  refs,
});

function mobilization(f: CampaignFacts): Blocker[] {
  const out: Blocker[] = [];
  if (!f.leadingGroupFormed) out.push(b('leading_group_missing', say('leadingGroupMissing')));
  if (!f.officeFormed) out.push(b('office_missing', say('officeMissing')));
  const missing = BUILT_IN_WORKING_GROUP_KINDS.filter((k) => !f.workingGroupsStaffed.includes(k));
  if (missing.length > 0) {
    out.push(
      b('working_group_unstaffed', say('workingGroupUnstaffed', { groups: missing.map(labelled) }), missing),
    );
  }
  if (!f.mobilizationMeetingHeld)
    out.push(b('mobilization_meeting_missing', say('mobilizationMeetingMissing')));
  if (!f.implementationPlanIssued)
    out.push(b('implementation_plan_missing', say('implementationPlanMissing')));
  if (!f.workPlanIssued) out.push(b('work_plan_missing', say('workPlanMissing')));
  if (!f.publicityLaunched) out.push(b('publicity_not_launched', say('publicityNotLaunched')));
  const units = Object.keys(f.unitRoles).sort();
  if (units.length === 0) out.push(b('no_units', say('noUnits')));
  const teams = new Set(f.teamsFormed);
  const plans = new Set(f.plansSubmitted);
  const noTeam = units.filter((id) => !teams.has(id));
  const noPlan = units.filter((id) => !plans.has(id));
  if (noTeam.length > 0)
    out.push(b('unit_team_missing', say('unitTeamMissing', { count: noTeam.length }), noTeam));
  if (noPlan.length > 0)
    out.push(b('unit_plan_missing', say('unitPlanMissing', { count: noPlan.length }), noPlan));
  return out;
}

/** Non-compliant standards that lack an open rectification with a lead unit and a deadline. */
function unhandledNonCompliant(f: ReadinessFacts): string[] {
  return Object.entries(f.standards)
    .filter(([code, c]) => c === 'nonCompliant' && handledCount(f.ledger, code) === 0)
    .map(([code]) => code)
    .sort();
}

function specialRectification(f: ReadinessFacts): Blocker[] {
  const out: Blocker[] = [];
  const codes = Object.keys(f.standards);
  if (codes.length === 0) out.push(b('no_standards', say('noStandards')));
  const undetermined = codes.filter((c) => f.standards[c] === 'undetermined').sort();
  if (undetermined.length > 0)
    out.push(
      b('standard_undetermined', say('standardUndetermined', { count: undetermined.length }), undetermined),
    );
  const unhandled = unhandledNonCompliant(f);
  if (unhandled.length > 0)
    out.push(b('rectification_missing', say('rectificationMissing', { count: unhandled.length }), unhandled));
  if (f.missedMonths.length > 0) {
    const months = [...f.missedMonths].sort();
    out.push(b('cadence_missed', say('cadenceMissed', { months }), months));
  }
  return out;
}

function finalSprint(f: ReadinessFacts, options: ReadinessOptions): Blocker[] {
  const out: Blocker[] = [];
  const unrated = f.workingGroupsStaffed.filter((k) => !f.workingGroupsRated.includes(k));
  if (unrated.length > 0)
    out.push(
      b('working_group_unrated', say('workingGroupUnrated', { groups: unrated.map(labelled) }), unrated),
    );
  const min = options.minUnannouncedWindowChecks ?? 1;
  if (f.unannouncedWindowChecks < min)
    out.push(
      b(
        'unannounced_checks_missing',
        say('unannouncedChecksMissing', { held: f.unannouncedWindowChecks, min }),
      ),
    );
  const bad = Object.entries(f.standards)
    .filter(([, c]) => c === 'nonCompliant' || c === 'undetermined')
    .map(([code]) => code)
    .sort();
  if (bad.length > 0)
    out.push(b('standard_non_compliant', say('standardNonCompliant', { count: bad.length }), bad));
  return out;
}

function inspectionReadiness(f: CampaignFacts, options: ReadinessOptions): Blocker[] {
  const out: Blocker[] = [];
  const missing: string[] = [];
  const details: NonNullable<Blocker['details']> = [];
  for (const entry of options.inventory?.entries ?? []) {
    const held = standardArchive(f.archive, entry.standardRef);
    const needed = new Map<ArchiveCategory, number>();
    for (const r of entry.requirements) needed.set(r.category, (needed.get(r.category) ?? 0) + r.quantity);
    const short = [...needed]
      .map(([category, quantity]) => ({ category, quantity }))
      .filter((r) => (held[r.category] ?? 0) < r.quantity);
    if (short.length === 0) continue;
    missing.push(entry.standardRef);
    details.push({
      ref: entry.standardRef,
      message: say('archiveShortfall', {
        short: short.map((r) => ({
          category: labelled(r.category),
          held: held[r.category] ?? 0,
          quantity: r.quantity,
        })),
      }),
    });
  }
  if (missing.length > 0)
    out.push({
      ...b('archive_incomplete', say('archiveIncomplete', { count: missing.length }), missing),
      details,
    });
  if (!f.archiveSubmitted) out.push(b('archive_not_submitted', say('archiveNotSubmitted')));
  return out;
}

function summaryEvaluation(f: CampaignFacts): Blocker[] {
  const out: Blocker[] = [];
  if (!f.lastResult?.official) out.push(b('result_missing', say('resultMissing')));
  if (!f.selfEvaluationDone) out.push(b('self_evaluation_missing', say('selfEvaluationMissing')));
  if (!f.summaryMeetingHeld) out.push(b('summary_meeting_missing', say('summaryMeetingMissing')));
  const appraised = new Set(f.unitsAppraised);
  const unappraised = Object.keys(f.unitRoles)
    .filter((id) => !appraised.has(id))
    .sort();
  if (unappraised.length > 0)
    out.push(b('unit_not_appraised', say('unitNotAppraised', { count: unappraised.length }), unappraised));
  if (!f.accountabilityDecided) out.push(b('accountability_undecided', say('accountabilityUndecided')));
  return out;
}

/**
 * Whether the campaign may leave a phase, from its recorded facts and the facts derived at the moment of judgement:
 * every blocker, with a bilingual message and the records it concerns. The phase machine and any view call this, so
 * both give the same answer. Pure.
 */
export function phaseReadiness(
  phase: Phase,
  facts: ReadinessFacts,
  options: ReadinessOptions = {},
): Readiness {
  let blockers: Blocker[];
  switch (phase) {
    case 'mobilization':
      blockers = mobilization(facts);
      break;
    case 'specialRectification':
      blockers = specialRectification(facts);
      break;
    case 'finalSprint':
      blockers = finalSprint(facts, options);
      break;
    case 'inspectionReadiness':
      blockers = inspectionReadiness(facts, options);
      break;
    case 'summaryEvaluation':
      blockers = summaryEvaluation(facts);
      break;
  }
  return { phase, ready: blockers.length === 0, blockers };
}
