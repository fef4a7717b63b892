import {
  type BilingualText,
  type Observation,
  type Rectification,
  type Scope,
  validateWithSchema,
} from '@chuangwen/model';
import { valueOrThrow } from '@chuangwen/model/internal';
import { z } from 'zod';
import type { CampaignConfig } from './config.js';
import { EVENT_TYPE_LABELS } from './event-labels.js';
import { CAMPAIGN_EVENT_TYPES, type CampaignEvent, type CampaignEventType } from './events.js';
import type { EvidenceIndex } from './evidence.js';
import { type Actor, ROLE_LABELS, ROLES, type Role, RoleSchema } from './roles.js';

/**
 * Who may send what: the roles allowed for each event type, and whether unit staff act only for their own unit and
 * inspectors record only where they are assigned. A host widens or narrows it with {@link defineRolePolicy}.
 */
export interface RolePolicy {
  readonly roles: Readonly<Record<CampaignEventType, readonly Role[]>>;
  /** Unit and community staff act only on their own unit's team, plan, sites, documents and assigned problems. */
  readonly ownUnitOnly: boolean;
  /** Staff record and correct only self-checks (自查), never what a checker or an assessor found. */
  readonly staffSelfChecksOnly: boolean;
  /**
   * Inspectors record, correct and withdraw evidence, and report and handle problems, only at the sites (or units) they
   * are assigned; a jurisdiction-wide scope is beyond any assignment.
   */
  readonly inspectorsWhereAssigned: boolean;
}

const STAFF: Role[] = ['unitStaff', 'communityStaff'];
const CHECKERS: Role[] = ['supervisionGroup', 'inspector'];

/**
 * Sensible defaults: the leading group decides phases, results and accountability and alone may force a move; the
 * office records organisation, plans, meetings and appraisals; the supervision group and inspectors find, review and
 * close problems and record evidence where assigned; unit and community staff fix their own unit's problems, report
 * their own team and plan, and self-check their own sites; the archives group keeps the archive.
 */
export const DEFAULT_ROLE_POLICY: RolePolicy = {
  ownUnitOnly: true,
  staffSelfChecksOnly: true,
  inspectorsWhereAssigned: true,
  roles: {
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
    'workingGroup.rated': ['office'],
    'windowCheck.recorded': [...CHECKERS],
    'archive.submitted': ['archivesGroup', 'office'],
    'result.recorded': ['leadingGroup', 'office'],
    'selfEvaluation.done': ['leadingGroup', 'office'],
    'unit.appraised': ['office'],
    'accountability.decided': ['leadingGroup'],
    'phase.advance': ['leadingGroup', 'office'],
    'phase.force': ['leadingGroup'],
    'cycle.start': ['leadingGroup'],
    'rectification.reported': ['office', ...CHECKERS, ...STAFF],
    'rectification.assigned': ['office', 'supervisionGroup'],
    'rectification.started': [...STAFF],
    'rectification.submitted': [...STAFF],
    'rectification.closed': [...CHECKERS],
    'rectification.returned': [...CHECKERS],
    'rectification.escalated': ['leadingGroup', 'office'],
    'rectification.relapsed': ['office', ...CHECKERS],
    'observation.recorded': ['office', ...CHECKERS, ...STAFF],
    'observation.corrected': ['office', ...CHECKERS, ...STAFF],
    'observation.withdrawn': ['office', ...CHECKERS],
    'document.filed': ['archivesGroup', 'office', ...STAFF],
    'document.withdrawn': ['archivesGroup', 'office'],
    'survey.recorded': ['office', 'publicityGroup', ...CHECKERS],
  },
};

/** What {@link defineRolePolicy} changes: other roles for some event types, or the scopes widened or narrowed. */
export const RolePolicyOverridesSchema = z.strictObject({
  /** The roles allowed for each event type given; the types not given keep theirs. An empty list allows no one. */
  roles: z.partialRecord(z.enum(CAMPAIGN_EVENT_TYPES), z.array(RoleSchema).max(ROLES.length)).optional(),
  ownUnitOnly: z.boolean().optional(),
  staffSelfChecksOnly: z.boolean().optional(),
  inspectorsWhereAssigned: z.boolean().optional(),
});
/** What {@link defineRolePolicy} changes. */
export type RolePolicyOverrides = z.input<typeof RolePolicyOverridesSchema>;

/**
 * A policy with some event types given other roles, or the unit and assignment scopes widened; the rest stays. Throws a
 * `ContentError` naming each wrong entry (an event type or role that does not exist, with the nearest one), since a
 * policy is written in code.
 */
export function defineRolePolicy(overrides: RolePolicyOverrides = {}): RolePolicy {
  const given = valueOrThrow('role policy', validateWithSchema(RolePolicyOverridesSchema, overrides));
  const roles = { ...DEFAULT_ROLE_POLICY.roles } as Record<CampaignEventType, readonly Role[]>;
  for (const type of CAMPAIGN_EVENT_TYPES) {
    const allowed = given.roles?.[type];
    if (allowed) roles[type] = [...new Set(allowed)];
  }
  return {
    roles,
    ownUnitOnly: given.ownUnitOnly ?? DEFAULT_ROLE_POLICY.ownUnitOnly,
    staffSelfChecksOnly: given.staffSelfChecksOnly ?? DEFAULT_ROLE_POLICY.staffSelfChecksOnly,
    inspectorsWhereAssigned: given.inspectorsWhereAssigned ?? DEFAULT_ROLE_POLICY.inspectorsWhereAssigned,
  };
}

/** What the scope checks look at beside the event: the rectification it names, the sites, the evidence. */
export interface AuthorizationContext {
  rectification?: Rectification | undefined;
  config?: CampaignConfig | undefined;
  evidence?: EvidenceIndex | undefined;
}

const msg = (zh: string, en: string): BilingualText => ({ 'zh-CN': zh, en });

/** Where something happens, from its scope only: a site and the site's unit, or a unit. Nothing a sender writes else. */
interface Place {
  siteId?: string;
  unitId?: string;
}

function placeOf(scope: Scope, config: CampaignConfig | undefined): Place {
  if (scope.kind === 'site') {
    const unitId = config?.sites?.get(scope.siteId)?.responsibleUnitId;
    return unitId === undefined ? { siteId: scope.siteId } : { siteId: scope.siteId, unitId };
  }
  return scope.kind === 'unit' ? { unitId: scope.unitId } : {};
}

/** The observations an evidence event touches: the one it records, and the one it corrects or withdraws. */
function observationsOf(event: CampaignEvent, ctx: AuthorizationContext): Observation[] {
  const out: Observation[] = [];
  if (event.type === 'observation.recorded' || event.type === 'observation.corrected')
    out.push(event.observation);
  const touched =
    event.type === 'observation.corrected'
      ? event.supersedes
      : event.type === 'observation.withdrawn'
        ? event.observationId
        : undefined;
  const old = touched === undefined ? undefined : ctx.evidence?.observation(touched)?.observation;
  if (old) out.push(old);
  return out;
}

/** The places an event concerns, for the unit and assignment scopes: observations, a problem, a window check. */
function placesOf(event: CampaignEvent, ctx: AuthorizationContext): Place[] | undefined {
  const observations = observationsOf(event, ctx);
  if (observations.length > 0) return observations.map((o) => placeOf(o.scope, ctx.config));
  if (event.type === 'rectification.reported') return [placeOf(event.scope, ctx.config)];
  if (event.type.startsWith('rectification.') && ctx.rectification)
    return [placeOf(ctx.rectification.scope, ctx.config)];
  if (event.type === 'windowCheck.recorded')
    return [event.siteId === undefined ? {} : placeOf({ kind: 'site', siteId: event.siteId }, ctx.config)];
  return undefined;
}

/** Why the actor may not act on this unit or at this place, or undefined when they may. */
function outOfScope(policy: RolePolicy, event: CampaignEvent, actor: Actor, ctx: AuthorizationContext) {
  const staff = actor.role === 'unitStaff' || actor.role === 'communityStaff';
  const observations = observationsOf(event, ctx);
  const places = placesOf(event, ctx);
  if (staff && policy.ownUnitOnly) {
    const own = actor.unitId;
    if (own === undefined) return msg('该人员未注明所代表的单位', 'the person acts for no unit');
    const r = ctx.rectification;
    const doing = event.type === 'rectification.started' || event.type === 'rectification.submitted';
    const denied =
      ((event.type === 'unit.teamFormed' || event.type === 'unit.planSubmitted') && event.unitId !== own) ||
      (doing && !(r?.leadUnitId === own || r?.supportingUnitIds.includes(own))) ||
      (event.type === 'document.filed' && event.document.unitId !== own) ||
      // A place of their own unit, and no other unit named as responsible.
      (!doing && places !== undefined && places.some((p) => p.unitId !== own)) ||
      observations.some((o) => o.responsibleUnitId !== undefined && o.responsibleUnitId !== own);
    if (denied) return msg('只能办理本单位的事项', 'may act only for their own unit');
  }
  // Staff check themselves (自查); what a checker or an assessor found is not theirs to record, correct or replace.
  if (staff && policy.staffSelfChecksOnly && observations.some((o) => o.source !== 'selfCheck'))
    return msg('只能记录和更正本单位的自查记录', "may record and correct only the unit's own self-checks");
  if (actor.role === 'inspector' && policy.inspectorsWhereAssigned && places !== undefined) {
    const a = actor.assignment;
    const assigned = (p: Place) =>
      (p.siteId !== undefined && a?.siteIds.includes(p.siteId) === true) ||
      (p.unitId !== undefined && a?.unitIds.includes(p.unitId) === true);
    if (!places.every(assigned)) return msg('只能在分派的点位或单位办理', 'acts only where assigned');
  }
  return undefined;
}

/** Why an actor may not send an event (its role, or the unit or place it concerns), or undefined when they may. */
export function authorize(
  policy: RolePolicy,
  event: CampaignEvent,
  ctx: AuthorizationContext = {},
): BilingualText | undefined {
  const { actor, type } = event;
  const allowed = policy.roles[type] ?? [];
  if (!allowed.includes(actor.role)) {
    const names = {
      zh: allowed.map((r) => ROLE_LABELS[r]['zh-CN']).join('、') || '无',
      en: allowed.map((r) => ROLE_LABELS[r].en).join(', ') || 'nobody',
    };
    return msg(
      `${ROLE_LABELS[actor.role]['zh-CN']}无权"${EVENT_TYPE_LABELS[type]['zh-CN']}"，可操作者：${names.zh}`,
      `${ROLE_LABELS[actor.role].en} may not send ${type}; allowed: ${names.en}`,
    );
  }
  const scope = outOfScope(policy, event, actor, ctx);
  return scope
    ? msg(`${ROLE_LABELS[actor.role]['zh-CN']}${scope['zh-CN']}`, `${ROLE_LABELS[actor.role].en} ${scope.en}`)
    : undefined;
}
