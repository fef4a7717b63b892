import { type ArchiveCategory, BUILT_IN_WORKING_GROUP_KINDS, label, type Phase } from '@chuangwen/model';
import { z } from 'zod';
import { standardArchive } from './fact-groups.js';
import type { CampaignFacts, ReadinessFacts } from './facts.js';
import { handledCount } from './ledger-counters.js';

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

const b = (code: BlockerCode, zh: string, en: string, refs: string[] = []): Blocker => ({
  code,
  message: { 'zh-CN': zh, en },
  refs,
});

function mobilization(f: CampaignFacts): Blocker[] {
  const out: Blocker[] = [];
  if (!f.leadingGroupFormed)
    out.push(b('leading_group_missing', '尚未成立创建工作领导小组', 'the leading group has not been formed'));
  if (!f.officeFormed)
    out.push(b('office_missing', '尚未成立创建办', 'the campaign office has not been formed'));
  const missing = BUILT_IN_WORKING_GROUP_KINDS.filter((k) => !f.workingGroupsStaffed.includes(k));
  if (missing.length > 0) {
    out.push(
      b(
        'working_group_unstaffed',
        `工作小组未配齐：${missing.map((k) => label(k, 'zh-CN')).join('、')}`,
        `working groups not staffed: ${missing.map((k) => label(k, 'en')).join(', ')}`,
        missing,
      ),
    );
  }
  if (!f.mobilizationMeetingHeld)
    out.push(
      b('mobilization_meeting_missing', '尚未召开动员大会', 'the mobilization meeting has not been held'),
    );
  if (!f.implementationPlanIssued)
    out.push(
      b('implementation_plan_missing', '尚未下发实施方案', 'the implementation plan has not been issued'),
    );
  if (!f.workPlanIssued)
    out.push(b('work_plan_missing', '尚未制定创建工作计划', 'the work plan has not been issued'));
  if (!f.publicityLaunched)
    out.push(b('publicity_not_launched', '尚未启动宣传工作', 'publicity has not been launched'));
  const units = Object.keys(f.unitRoles).sort();
  if (units.length === 0)
    out.push(b('no_units', '尚未确定牵头单位和责任单位', 'no lead or responsible units are known'));
  const teams = new Set(f.teamsFormed);
  const plans = new Set(f.plansSubmitted);
  const noTeam = units.filter((id) => !teams.has(id));
  const noPlan = units.filter((id) => !plans.has(id));
  if (noTeam.length > 0)
    out.push(
      b(
        'unit_team_missing',
        `${noTeam.length} 个单位尚未成立创建机构`,
        `${noTeam.length} unit(s) have not formed their campaign team`,
        noTeam,
      ),
    );
  if (noPlan.length > 0)
    out.push(
      b(
        'unit_plan_missing',
        `${noPlan.length} 个单位尚未上报工作方案`,
        `${noPlan.length} unit(s) have not submitted their plan`,
        noPlan,
      ),
    );
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
  if (codes.length === 0)
    out.push(b('no_standards', '尚无测评标准的判定结果', 'no standard has been classified yet'));
  const undetermined = codes.filter((c) => f.standards[c] === 'undetermined').sort();
  if (undetermined.length > 0)
    out.push(
      b(
        'standard_undetermined',
        `${undetermined.length} 项标准仍为"未知可否达标"，需模拟检查`,
        `${undetermined.length} standard(s) still undetermined: run mock inspections`,
        undetermined,
      ),
    );
  const unhandled = unhandledNonCompliant(f);
  if (unhandled.length > 0)
    out.push(
      b(
        'rectification_missing',
        `${unhandled.length} 项未达标标准没有明确牵头单位和期限的整改`,
        `${unhandled.length} non-compliant standard(s) lack an open rectification with a unit and a deadline`,
        unhandled,
      ),
    );
  if (f.missedMonths.length > 0) {
    const months = [...f.missedMonths].sort();
    out.push(
      b(
        'cadence_missed',
        `督查频次未落实的月份：${months.join('、')}`,
        `supervision cadence missed in: ${months.join(', ')}`,
        months,
      ),
    );
  }
  return out;
}

function finalSprint(f: ReadinessFacts, options: ReadinessOptions): Blocker[] {
  const out: Blocker[] = [];
  const unrated = f.workingGroupsStaffed.filter((k) => !f.workingGroupsRated.includes(k));
  if (unrated.length > 0)
    out.push(
      b(
        'working_group_unrated',
        `创建办尚未评定工作小组达标情况：${unrated.map((k) => label(k, 'zh-CN')).join('、')}`,
        `working groups not yet rated by the office: ${unrated.map((k) => label(k, 'en')).join(', ')}`,
        unrated,
      ),
    );
  const min = options.minUnannouncedWindowChecks ?? 1;
  if (f.unannouncedWindowChecks < min)
    out.push(
      b(
        'unannounced_checks_missing',
        `窗口单位明察暗访 ${f.unannouncedWindowChecks} 次，少于 ${min} 次`,
        `${f.unannouncedWindowChecks} unannounced window check(s), fewer than ${min}`,
      ),
    );
  const bad = Object.entries(f.standards)
    .filter(([, c]) => c === 'nonCompliant' || c === 'undetermined')
    .map(([code]) => code)
    .sort();
  if (bad.length > 0)
    out.push(
      b(
        'standard_non_compliant',
        `${bad.length} 项标准未达标或未知可否达标`,
        `${bad.length} standard(s) non-compliant or undetermined`,
        bad,
      ),
    );
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
      message: {
        'zh-CN': short
          .map((r) => `${label(r.category, 'zh-CN')} ${held[r.category] ?? 0}/${r.quantity}`)
          .join('，'),
        en: short
          .map((r) => `${label(r.category, 'en').toLowerCase()} ${held[r.category] ?? 0}/${r.quantity}`)
          .join(', '),
      },
    });
  }
  if (missing.length > 0)
    out.push({
      ...b(
        'archive_incomplete',
        `${missing.length} 项标准的档案材料数量不足`,
        `archive material short for ${missing.length} standard(s)`,
        missing,
      ),
      details,
    });
  if (!f.archiveSubmitted)
    out.push(b('archive_not_submitted', '档案尚未汇总上报', 'the archive has not been submitted'));
  return out;
}

function summaryEvaluation(f: CampaignFacts): Blocker[] {
  const out: Blocker[] = [];
  if (!f.lastResult?.official)
    out.push(b('result_missing', '尚未取得正式测评结果', 'the official result has not been recorded'));
  if (!f.selfEvaluationDone)
    out.push(b('self_evaluation_missing', '尚未开展自我评议', 'the self-evaluation has not been done'));
  if (!f.summaryMeetingHeld)
    out.push(b('summary_meeting_missing', '尚未召开总结大会', 'the summary meeting has not been held'));
  const appraised = new Set(f.unitsAppraised);
  const unappraised = Object.keys(f.unitRoles)
    .filter((id) => !appraised.has(id))
    .sort();
  if (unappraised.length > 0)
    out.push(
      b(
        'unit_not_appraised',
        `${unappraised.length} 个责任单位尚未考核`,
        `${unappraised.length} responsible unit(s) not yet appraised`,
        unappraised,
      ),
    );
  if (!f.accountabilityDecided)
    out.push(
      b('accountability_undecided', '尚未作出奖惩问责决定', 'accountability decisions have not been made'),
    );
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
