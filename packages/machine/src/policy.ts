import type { BilingualText } from '@chuangwen/model';
import { EVENT_TYPE_LABELS } from './event-labels.js';
import { CAMPAIGN_EVENT_TYPES, type CampaignEventType } from './events.js';
import { ROLE_LABELS, type Role } from './roles.js';

/** Which roles may send each event type. */
export type RolePolicy = Readonly<Record<CampaignEventType, readonly Role[]>>;

const STAFF: Role[] = ['unitStaff', 'communityStaff'];
const CHECKERS: Role[] = ['supervisionGroup', 'inspector'];

/**
 * Sensible defaults: the leading group decides phases, results and accountability and alone may force a move; the
 * office records organisation, plans, meetings and appraisals; the supervision group and inspectors find, review and
 * close problems; unit and community staff fix them and report their own team and plan; the archives group keeps the
 * archive.
 */
export const DEFAULT_ROLE_POLICY: RolePolicy = {
  'organisation.leadingGroupFormed': ['leadingGroup', 'office'],
  'organisation.officeFormed': ['leadingGroup', 'office'],
  'organisation.workingGroupStaffed': ['leadingGroup', 'office'],
  'meeting.recorded': ['leadingGroup', 'office', 'planningGroup', 'supervisionGroup'],
  'plan.issued': ['leadingGroup', 'office', 'planningGroup'],
  'unit.registered': ['office'],
  'unit.teamFormed': ['office', ...STAFF],
  'unit.planSubmitted': ['office', ...STAFF],
  'publicity.launched': ['office', 'publicityGroup'],
  'board.updated': ['office', 'supervisionGroup'],
  'cadence.updated': ['office', 'supervisionGroup'],
  'rectification.reported': ['office', ...CHECKERS, ...STAFF],
  'rectification.assigned': ['office', 'supervisionGroup'],
  'rectification.started': [...STAFF],
  'rectification.submitted': [...STAFF],
  'rectification.closed': [...CHECKERS],
  'rectification.returned': [...CHECKERS],
  'rectification.escalated': ['leadingGroup', 'office'],
  'rectification.relapsed': ['office', ...CHECKERS],
  'workingGroup.rated': ['office'],
  'windowCheck.recorded': [...CHECKERS],
  'archive.updated': ['archivesGroup', ...STAFF],
  'archive.submitted': ['archivesGroup', 'office'],
  'result.recorded': ['leadingGroup', 'office'],
  'selfEvaluation.done': ['leadingGroup', 'office'],
  'unit.appraised': ['office'],
  'accountability.decided': ['leadingGroup'],
  'phase.advance': ['leadingGroup', 'office'],
  'phase.force': ['leadingGroup'],
  'cycle.start': ['leadingGroup'],
};

/** A policy with some event types given other roles; the rest keep the defaults. */
export function defineRolePolicy(
  overrides: Partial<Record<CampaignEventType, readonly Role[]>> = {},
): RolePolicy {
  const policy = { ...DEFAULT_ROLE_POLICY } as Record<CampaignEventType, readonly Role[]>;
  for (const type of CAMPAIGN_EVENT_TYPES) if (overrides[type]) policy[type] = [...overrides[type]!];
  return policy;
}

/** Why a role may not send an event, or undefined when it may. */
export function authorize(
  policy: RolePolicy,
  role: Role,
  type: CampaignEventType,
): BilingualText | undefined {
  const allowed = policy[type] ?? [];
  if (allowed.includes(role)) return undefined;
  const names = {
    zh: allowed.map((r) => ROLE_LABELS[r]['zh-CN']).join('、') || '无',
    en: allowed.map((r) => ROLE_LABELS[r].en).join(', ') || 'nobody',
  };
  return {
    'zh-CN': `${ROLE_LABELS[role]['zh-CN']}无权"${EVENT_TYPE_LABELS[type]['zh-CN']}"，可操作者：${names.zh}`,
    en: `${ROLE_LABELS[role].en} may not send ${type}; allowed: ${names.en}`,
  };
}
