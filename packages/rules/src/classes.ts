import type {
  AssessmentMethod,
  BilingualText,
  MaterialRequirement,
  WorkingGroupKind,
} from '@chuangwen/model';

/** The four classes of the seed plan: 达标, 未达标, 未知可否达标, 易反弹. */
export const COMPLIANCE_CLASSES = ['compliant', 'nonCompliant', 'undetermined', 'reboundProne'] as const;
/** A compliance class. */
export type ComplianceClass = (typeof COMPLIANCE_CLASSES)[number];

/** Labels of the compliance classes. */
export const CLASS_LABELS: Record<ComplianceClass, BilingualText> = {
  compliant: { 'zh-CN': '达标', en: 'Compliant' },
  nonCompliant: { 'zh-CN': '未达标', en: 'Non-compliant' },
  undetermined: { 'zh-CN': '未知可否达标', en: 'Undetermined' },
  reboundProne: { 'zh-CN': '易反弹', en: 'Rebound-prone' },
};

/** How bad a class is when classes are rolled up: non-compliant outranks undetermined, which outranks rebound-prone, which outranks compliant. */
export const CLASS_SEVERITY: Record<ComplianceClass, number> = {
  nonCompliant: 3,
  undetermined: 2,
  reboundProne: 1,
  compliant: 0,
};

/** The worse of two classes. */
export function worseClass(a: ComplianceClass, b: ComplianceClass): ComplianceClass {
  return CLASS_SEVERITY[a] >= CLASS_SEVERITY[b] ? a : b;
}

/** The rules that can fire in a classification, named so a person can look them up. */
export type ReasonRule =
  | 'noValidEvidence'
  | 'latestFails'
  | 'selfCheckOverruled'
  | 'latestPasses'
  | 'belowThreshold'
  | 'measureMissing'
  | 'repeatedFailures'
  | 'relapseAfterClosure'
  | 'behaviourFailure'
  | 'surveyBelowPassLine'
  | 'surveyAtPassLine'
  | 'futureIgnored'
  | 'notAssessableIgnored'
  | 'expiredIgnored';

/** Why a class was given: the rule that fired and the observations it used. */
export interface Reason {
  rule: ReasonRule;
  message: BilingualText;
  observationIds: string[];
}

/** Who owns an action: the units responsible for the standard at that place, or a working group of the office. */
export type ActionOwner =
  | { kind: 'units'; unitIds: readonly string[] }
  | { kind: 'workingGroup'; group: WorkingGroupKind };

/** Kinds of work a class demands. */
export type ActionKind =
  | 'archiveMaterials'
  | 'prepareFieldInspection'
  | 'openRectification'
  | 'increaseInvestment'
  | 'mockInspection'
  | 'recurringTracking';

/** Work a class demands, with its owner and, where it has one, its date. */
export interface RequiredAction {
  kind: ActionKind;
  message: BilingualText;
  owner: ActionOwner;
  /** Who is kept informed (the supervision group of a mock inspection the units run). */
  informed?: readonly ActionOwner[];
  /** The date by which to act, `YYYY-MM-DD`. */
  dueOn?: string;
  /** For recurring tracking: how often to re-check, in days. */
  everyDays?: number;
  /** For a mock inspection: the methods to use, those of the standard (shared with it: read only). */
  methods?: readonly AssessmentMethod[];
  /** For archiving: the material the standard requires, with counts (shared with it: read only). */
  materials?: readonly MaterialRequirement[];
}

/** The class of one standard (at one scope), with the reasons and the work it demands. */
export interface Classification {
  standardRef: string;
  class: ComplianceClass;
  reasons: Reason[];
  /** The work demanded: frozen, and shared between cells that demand the same work. */
  actions: readonly RequiredAction[];
}
