import {
  type BilingualText,
  leadUnitsOf,
  type Observation,
  type ObservationSource,
  type Rectification,
  type Scope,
  validateWithSchema,
} from '@chuangwen/model';
import { valueOrThrow } from '@chuangwen/model/internal';
import { z } from 'zod';
import type { CompiledConfiguration } from './configuration.js';
import { CAMPAIGN_EVENT_TYPES, type CampaignEvent, type CampaignEventType } from './events.js';
import type { EvidenceIndex } from './evidence.js';
import { say } from './messages.js';
import { type Actor, ROLES, type Role, RoleSchema } from './roles.js';
import { RULES_VERSION } from './rules-version.js';

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
  /**
   * Inspectors record findings under their own name only (an `inspectorId` is theirs) and only of the kinds their own
   * visits make (supervision checks, unannounced visits, mock assessments): never an official assessment, a self-check or a citizen's report, which weigh
   * differently in scores and appraisals.
   */
  readonly inspectorsOwnFindings: boolean;
  /** Who may enter an event later from a paper record, dated when it happened (补录). */
  readonly backfill: readonly Role[];
  /** Who may have the record verified (a host asks before it runs a verification for someone). */
  readonly verify: readonly Role[];
  /**
   * Who may accept cited photos that fail the provenance checks (`provenanceOverride` on the event that cites them),
   * with a reason the record keeps.
   */
  readonly provenanceOverride: readonly Role[];
}

const STAFF: Role[] = ['unitStaff', 'communityStaff'];

/** What an inspector's own visits find: a supervision check (督查), an unannounced visit (暗访), a mock assessment. */
const INSPECTION_SOURCES: readonly ObservationSource[] = [
  'supervisionCheck',
  'unannouncedVisit',
  'mockAssessment',
];
const CHECKERS: Role[] = ['supervisionGroup', 'inspector'];
const CONFIGURERS: Role[] = ['leadingGroup', 'office'];

/**
 * Sensible defaults: the leading group decides phases, results and accountability, alone may force a move, override a
 * class or change the settings and the roster; the office records organisation, plans, meetings, appraisals, sites,
 * units, frameworks and the calendar, and with the leading group approves extensions (延期) and parks (挂账) and
 * resumes problems; the office and the supervision group hand problems over, re-dispatch (改派), merge duplicates
 * (并单) and follow up with the people who reported them (回访); the supervision group and inspectors find, review and
 * close problems and record evidence where assigned; unit and community staff fix their own unit's problems, send
 * back one that is not their unit's (退单), report their own team and plan, and self-check their own sites; the
 * archives group keeps the archive; the leading group and the office alone may accept photos that fail the provenance
 * checks.
 */
export const DEFAULT_ROLE_POLICY: RolePolicy = {
  ownUnitOnly: true,
  staffSelfChecksOnly: true,
  inspectorsWhereAssigned: true,
  inspectorsOwnFindings: true,
  backfill: ['leadingGroup', 'office'],
  verify: ['leadingGroup', 'office', 'supervisionGroup'],
  provenanceOverride: ['leadingGroup', 'office'],
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
    'class.overridden': ['leadingGroup'],
    'class.overrideWithdrawn': ['leadingGroup'],
    'workingGroup.rated': ['office'],
    'windowCheck.recorded': [...CHECKERS],
    'archive.submitted': ['archivesGroup', 'office'],
    'result.recorded': ['leadingGroup', 'office'],
    'selfEvaluation.done': ['leadingGroup', 'office'],
    'unit.appraised': ['office'],
    'accountability.decided': ['leadingGroup'],
    'configuration.imported': [...CONFIGURERS],
    'site.added': [...CONFIGURERS],
    'site.moved': [...CONFIGURERS],
    'unit.added': [...CONFIGURERS],
    'unit.merged': [...CONFIGURERS],
    'framework.migrated': [...CONFIGURERS],
    'settings.changed': ['leadingGroup'],
    'roster.changed': ['leadingGroup'],
    'calendar.changed': [...CONFIGURERS],
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
    'rectification.sentBack': [...STAFF],
    'rectification.reassigned': ['office', 'supervisionGroup'],
    'rectification.extended': ['leadingGroup', 'office'],
    'rectification.parked': ['leadingGroup', 'office'],
    'rectification.resumed': ['leadingGroup', 'office'],
    'rectification.merged': ['office', 'supervisionGroup'],
    'rectification.followedUp': ['office', 'supervisionGroup'],
    'observation.recorded': ['office', ...CHECKERS, ...STAFF],
    'observation.corrected': ['office', ...CHECKERS, ...STAFF],
    'observation.withdrawn': ['office', ...CHECKERS],
    'document.filed': ['archivesGroup', 'office', ...CHECKERS, ...STAFF],
    'document.withdrawn': ['archivesGroup', 'office'],
    'survey.recorded': ['office', 'publicityGroup', ...CHECKERS],
  },
};

/** What {@link defineRolePolicy} changes: other roles for some event types, or the scopes widened or narrowed. */
export const RolePolicyOverridesSchema = z.strictObject({
  /** The roles allowed for each event type given; the types not given keep theirs. An empty list allows no one. */
  // Lazy: the event schemas record settings that hold this schema, so the list of types is read when first parsed.
  // Typed by string here: the event schemas record settings that hold this schema, so a type keyed by the event types
  // would refer to itself. The keys are checked against the event types when parsed, and `RolePolicyOverrides` types them.
  roles: z
    .lazy(
      (): z.ZodType<Partial<Record<string, Role[]>>> =>
        z.partialRecord(z.enum(CAMPAIGN_EVENT_TYPES), z.array(RoleSchema).max(ROLES.length)),
    )
    .optional(),
  ownUnitOnly: z.boolean().optional(),
  staffSelfChecksOnly: z.boolean().optional(),
  inspectorsWhereAssigned: z.boolean().optional(),
  inspectorsOwnFindings: z.boolean().optional(),
  backfill: z.array(RoleSchema).max(ROLES.length).optional(),
  verify: z.array(RoleSchema).max(ROLES.length).optional(),
  provenanceOverride: z.array(RoleSchema).max(ROLES.length).optional(),
});
/** What {@link defineRolePolicy} changes: other roles for some event types, or the scopes widened or narrowed. */
export interface RolePolicyOverrides extends Omit<z.input<typeof RolePolicyOverridesSchema>, 'roles'> {
  /** The roles allowed for each event type given; the types not given keep theirs. An empty list allows no one. */
  roles?: Partial<Record<CampaignEventType, readonly Role[]>> | undefined;
}

/**
 * A policy with some event types given other roles, or the unit and assignment scopes widened; the rest stays. Throws a
 * `ContentError` naming each wrong entry (an event type or role that does not exist, with the nearest one), since a
 * policy is written in code.
 */
export function defineRolePolicy(overrides: RolePolicyOverrides = {}): RolePolicy {
  const given = valueOrThrow('role policy', validateWithSchema(RolePolicyOverridesSchema, overrides));
  // Parsed as plain data, so the roles are a copy the policy owns.
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
    inspectorsOwnFindings: given.inspectorsOwnFindings ?? DEFAULT_ROLE_POLICY.inspectorsOwnFindings,
    backfill: given.backfill ? [...new Set(given.backfill)] : DEFAULT_ROLE_POLICY.backfill,
    verify: given.verify ? [...new Set(given.verify)] : DEFAULT_ROLE_POLICY.verify,
    provenanceOverride: given.provenanceOverride
      ? [...new Set(given.provenanceOverride)]
      : DEFAULT_ROLE_POLICY.provenanceOverride,
  };
}

/** What the scope checks look at beside the event: the rectification it names, the configuration, the evidence. */
export interface AuthorizationContext {
  rectification?: Rectification | undefined;
  config?: CompiledConfiguration | undefined;
  evidence?: EvidenceIndex | undefined;
}

/** Where something happens, from its scope only: a site and the site's unit, or a unit. Nothing a sender writes else. */
interface Place {
  siteId?: string;
  unitId?: string;
}

function placeOf(scope: Scope, config: CompiledConfiguration | undefined): Place {
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
function outOfScope(
  policy: RolePolicy,
  event: CampaignEvent,
  actor: Actor,
  ctx: AuthorizationContext,
): BilingualText | undefined {
  const { role } = actor;
  const staff = role === 'unitStaff' || role === 'communityStaff';
  // Checks of the second edition of the rules: a record created before them is judged without them.
  const second = (ctx.config?.rulesVersion ?? RULES_VERSION) >= 2;
  const observations = observationsOf(event, ctx);
  const places = placesOf(event, ctx);
  if (staff && policy.ownUnitOnly) {
    const own = actor.unitId;
    if (own === undefined) return say('actsForNoUnit', { role });
    const r = ctx.rectification;
    const doing = event.type === 'rectification.started' || event.type === 'rectification.submitted';
    // Only a unit that answers for a problem may say it is not theirs (退单).
    const sending = event.type === 'rectification.sentBack';
    const denied =
      ((event.type === 'unit.teamFormed' || event.type === 'unit.planSubmitted') && event.unitId !== own) ||
      (doing && !(r && (leadUnitsOf(r).includes(own) || r.supportingUnitIds.includes(own)))) ||
      (sending && !(r && leadUnitsOf(r).includes(own))) ||
      (event.type === 'document.filed' && event.document.unitId !== own) ||
      // A place of their own unit, and no other unit named as responsible.
      (!doing && !sending && places?.some((p) => p.unitId !== own)) ||
      observations.some((o) => o.responsibleUnitId !== undefined && o.responsibleUnitId !== own);
    if (denied) return say('ownUnitOnly', { role });
  }
  // Staff check themselves (自查); what a checker or an assessor found is not theirs to record, correct or replace.
  if (staff && policy.staffSelfChecksOnly && observations.some((o) => o.source !== 'selfCheck'))
    return say('selfChecksOnly', { role });
  if (second && role === 'inspector' && policy.inspectorsOwnFindings) {
    const other = observations.find((o) => o.inspectorId !== undefined && o.inspectorId !== actor.id);
    if (other) return say('foreignInspector', { role, inspectorId: other.inspectorId! });
    const claimed = observations.find((o) => !INSPECTION_SOURCES.includes(o.source));
    if (claimed) return say('notInspectionSource', { role, source: claimed.source });
  }
  // A document an inspector files is theirs or a unit's they are assigned: its unit's staff may cite it as their own.
  if (second && role === 'inspector' && policy.inspectorsWhereAssigned) {
    const a = actor.assignment;
    const covers = (unit: string) =>
      a?.unitIds.includes(unit) === true ||
      a?.siteIds.some((s) => ctx.config?.sites?.get(s)?.responsibleUnitId === unit) === true;
    const unit = event.type === 'document.filed' ? event.document.unitId : undefined;
    if (unit !== undefined && !covers(unit)) return say('documentForUnitElsewhere', { role, unitId: unit });
    // A survey of one unit's residents counts for that unit: an inspector records it only where their work lies.
    const surveyed = event.type === 'survey.recorded' ? event.response.unitId : undefined;
    if (surveyed !== undefined && !covers(surveyed)) return say('whereAssigned', { role });
  }
  if (role === 'inspector' && policy.inspectorsWhereAssigned && places !== undefined) {
    const a = actor.assignment;
    const assigned = (p: Place) =>
      (p.siteId !== undefined && a?.siteIds.includes(p.siteId) === true) ||
      (p.unitId !== undefined && a?.unitIds.includes(p.unitId) === true);
    if (!places.every(assigned)) return say('whereAssigned', { role });
    // A finding names as answerable only the unit of its place or a unit the assignment covers.
    const attributed = observations.filter((o) => o.responsibleUnitId !== undefined);
    for (const o of attributed) {
      const own = placeOf(o.scope, ctx.config).unitId;
      if (o.responsibleUnitId !== own && a?.unitIds.includes(o.responsibleUnitId!) !== true)
        return say('attributedElsewhere', { role, unitId: o.responsibleUnitId! });
    }
  }
  return undefined;
}

/** Why the sender may not act in the role they claim, when the campaign's roster defines who holds it. */
function offRoster(actor: Actor, config: CompiledConfiguration | undefined): BilingualText | undefined {
  if (!config) return undefined;
  const entry = config.roster.get(actor.id);
  if (!entry) {
    if (config.value.settings.rosterOnly) return say('notOnRoster', { personId: actor.id });
    if (config.rostered.has(actor.role)) return say('roleRostered', { role: actor.role, personId: actor.id });
    return undefined;
  }
  if (!entry.roles.includes(actor.role))
    return say('rosterRoles', { personId: actor.id, roles: entry.roles, role: actor.role });
  if (entry.unitId !== undefined && actor.unitId !== undefined && actor.unitId !== entry.unitId)
    return say('rosterUnit', { personId: actor.id, unitId: entry.unitId, actsFor: actor.unitId });
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
  if (!allowed.includes(actor.role)) return say('roleMayNot', { role: actor.role, type, allowed });
  const roster = offRoster(actor, ctx.config);
  if (roster) return roster;
  if (event.backfill && !policy.backfill.includes(actor.role))
    return say('mayNotBackfill', { role: actor.role, allowed: policy.backfill });
  if (
    'provenanceOverride' in event &&
    event.provenanceOverride &&
    !policy.provenanceOverride.includes(actor.role)
  )
    return say('mayNotAcceptPhotos', { role: actor.role, allowed: policy.provenanceOverride });
  return outOfScope(policy, event, actor, ctx);
}
