import {
  type ArchiveInventory,
  archiveInventory,
  type FrameworkEdition,
  FrameworkEditionSchema,
  InventoryEntrySchema,
  listStandards,
} from '@chuangwen/checklists';
import {
  CadenceObligationSchema,
  type Campaign,
  FrameworkRoleSchema,
  IdSchema,
  type Site,
  SiteSchema,
  TaskAssignmentSchema,
  type Unit,
  UnitSchema,
  type WorkingCalendar,
  WorkingCalendarSchema,
} from '@chuangwen/model';
import { inOneLine } from '@chuangwen/model/internal';
import {
  type ClassificationPolicy,
  DEFAULT_POLICY,
  DEFAULT_PROVENANCE_RULES,
  definePolicy,
  PolicyOverridesSchema,
  type ProvenanceRules,
  ProvenanceRulesSchema,
  type ReadinessOptions,
} from '@chuangwen/rules';
import { z } from 'zod';
import { canonicalJson, digestOf } from './hashing.js';
import {
  DEFAULT_ROLE_POLICY,
  defineRolePolicy,
  type RolePolicy,
  RolePolicyOverridesSchema,
} from './policy.js';
import { say } from './record-messages.js';
import { ROLES, type Role, RoleSchema } from './roles.js';
import { RULES_VERSION } from './rules-version.js';

/** A person the campaign names, with the roles they hold in it and the unit they belong to. */
export const RosterEntrySchema = z.strictObject({
  personId: IdSchema,
  roles: z.array(RoleSchema).min(1).max(ROLES.length),
  unitId: IdSchema.optional(),
});
/** A person the campaign names, with their roles. */
export interface RosterEntry extends z.infer<typeof RosterEntrySchema> {}

/** The numbers and policies a campaign is judged by: all local practice, all recorded. */
export const SettingsSchema = z.strictObject({
  /** The classification policy's numbers that differ from the defaults (validity days, rebound window, …). */
  classification: PolicyOverridesSchema.default({}),
  /** Who may send what, where it differs from the default role policy. */
  // Lazy: the role policy names the event types, whose schemas hold these settings.
  rolePolicy: z.lazy(() => RolePolicyOverridesSchema).default({}),
  /** Unannounced checks of service windows the final sprint needs. */
  minUnannouncedWindowChecks: z.int().min(0).max(1000).default(1),
  /** The archive inventory when it differs from the main edition's (local practice); by default the edition's. */
  inventory: z.array(InventoryEntrySchema).max(20_000).optional(),
  /** How far a sender's clock may be off: an event dated this much after its receipt, or before its stream's last, is refused. */
  clockSkewMinutes: z
    .int()
    .min(0)
    .max(7 * 24 * 60)
    .default(10),
  /** Whether only the people on the roster may send events at all (otherwise only the roles it defines are checked). */
  rosterOnly: z.boolean().default(false),
  /**
   * The checks a photo or video must pass before a class rests on it (distance from the site, the visit window,
   * camera only), recorded whole so the numbers a record was judged by are in the record.
   */
  provenance: ProvenanceRulesSchema.default(() => ProvenanceRulesSchema.parse({})),
});
/** The numbers and policies a campaign is judged by. */
export interface Settings extends z.infer<typeof SettingsSchema> {}

/** A framework edition the campaign is assessed against, whole, with the hash of its content. */
export const RecordedFrameworkSchema = z.strictObject({
  role: FrameworkRoleSchema,
  /** SHA-256 of the edition's canonical JSON, so anyone can compare it with the published edition. */
  contentHash: z.string().regex(/^[0-9a-f]{64}$/),
  edition: FrameworkEditionSchema,
});
/** A framework edition the campaign is assessed against. */
export interface RecordedFramework extends z.infer<typeof RecordedFrameworkSchema> {}

/**
 * Everything a campaign's events are judged by, recorded in its own record: the units and which unit each site belongs
 * to, the task assignments, the supervision cadence, the people whose roles the campaign defines, the framework
 * editions (whole, with their content hashes), the settings (thresholds, the classification and role policies, the
 * archive inventory) and the working-day calendar deadlines are counted on. It enters the record when the record
 * starts and by audited events whenever it changes, so verification needs nothing a host could edit.
 */
export const ConfigurationSchema = z.strictObject({
  units: z.array(UnitSchema).max(50_000).default([]),
  sites: z.array(SiteSchema).max(200_000).default([]),
  tasks: z.array(TaskAssignmentSchema).max(50_000).default([]),
  cadence: z.array(CadenceObligationSchema).max(100).default([]),
  roster: z.array(RosterEntrySchema).max(50_000).default([]),
  frameworks: z.array(RecordedFrameworkSchema).max(10).default([]),
  settings: SettingsSchema.default(() => SettingsSchema.parse({})),
  /**
   * The working-day calendar a hand-over's time limit (限期3个工作日) is counted on; without one, limits in working days
   * or hours are refused and deadlines are given as dates.
   */
  calendar: WorkingCalendarSchema.optional(),
  /**
   * The edition of the record's own rules it is judged by, stamped when the record is created (`RULES_VERSION`); a
   * configuration recorded before editions were stamped is judged by the first.
   */
  rulesVersion: z.int().min(1).max(RULES_VERSION).optional(),
});
/** Everything a campaign's events are judged by, as recorded. */
export interface Configuration extends z.infer<typeof ConfigurationSchema> {}
/** A configuration as a host writes it, defaults left out. */
export type ConfigurationInput = z.input<typeof ConfigurationSchema>;

/** The hash of a framework edition's content, as a recorded configuration names it. */
export function frameworkHash(edition: FrameworkEdition): string {
  return digestOf(canonicalJson(edition));
}

/** A framework edition ready to record: its role, its content hash and the edition itself. */
export function recordedFramework(edition: FrameworkEdition, role: 'main' | 'companion'): RecordedFramework {
  return { role, contentHash: frameworkHash(edition), edition };
}

const GROUP_ROLES: Record<string, Role> = {
  planning: 'planningGroup',
  publicity: 'publicityGroup',
  archives: 'archivesGroup',
  logistics: 'logisticsGroup',
  activities: 'activitiesGroup',
  supervision: 'supervisionGroup',
};

/**
 * The people whose roles a campaign document defines: its leading group (领导小组), its office (创建办) and the
 * responsible persons of each built-in working group, with the unit each person belongs to.
 */
export function rosterOf(organisation: Campaign['organisation']): RosterEntry[] {
  const roles = new Map<string, Set<Role>>();
  const give = (id: string, role: Role) => {
    const held = roles.get(id) ?? new Set<Role>();
    held.add(role);
    roles.set(id, held);
  };
  const { leadingGroup, office, workingGroups } = organisation;
  for (const id of [leadingGroup.leaderId, ...leadingGroup.deputyIds, ...leadingGroup.memberIds])
    give(id, 'leadingGroup');
  for (const id of [office.directorId, ...office.memberIds]) give(id, 'office');
  for (const group of workingGroups) {
    const role = GROUP_ROLES[group.kind];
    if (role) for (const id of group.responsiblePersonIds) give(id, role);
  }
  const units = new Map(organisation.people.map((p) => [p.id, p.unitId]));
  return [...roles].map(([personId, held]) => {
    const unitId = units.get(personId);
    return {
      personId,
      roles: ROLES.filter((r) => held.has(r)),
      ...(unitId === undefined ? {} : { unitId }),
    };
  });
}

/**
 * The configuration a campaign document gives, with the framework editions it names (looked up in `editions` by id):
 * what importing the document into a record records. Settings not given keep their defaults; the calendar is the
 * document's unless another is given. Throws a `RangeError` naming an edition the document names but `editions` lacks,
 * since that is the host's to supply.
 */
export function configurationOf(
  campaign: Campaign,
  options: {
    editions: readonly FrameworkEdition[];
    settings?: z.input<typeof SettingsSchema>;
    calendar?: WorkingCalendar;
  },
): Configuration {
  const frameworks = campaign.frameworks.map((f) => {
    const edition = options.editions.find((e) => e.id === f.editionId);
    if (!edition) throw new RangeError(inOneLine(say('editionNotGiven', { editionId: f.editionId })));
    return recordedFramework(edition, f.role);
  });
  const calendar = options.calendar ?? campaign.calendar;
  return ConfigurationSchema.parse({
    units: campaign.units,
    sites: campaign.sites,
    tasks: campaign.tasks,
    cadence: campaign.cadence,
    roster: rosterOf(campaign.organisation),
    frameworks,
    settings: options.settings ?? {},
    ...(calendar ? { calendar } : {}),
  });
}

/** A configuration read for judging: lookups built once, policies complete, the main edition and its inventory. */
export interface CompiledConfiguration {
  readonly value: Configuration;
  /** SHA-256 of the configuration's canonical JSON: the same configuration always compiles to the same digest. */
  readonly digest: string;
  readonly units: ReadonlyMap<string, Unit>;
  readonly sites: ReadonlyMap<string, Site>;
  /** Standard codes of every edition the campaign is assessed against. */
  readonly standardCodes: ReadonlySet<string>;
  /** The main edition, which the board classifies. */
  readonly main: FrameworkEdition | undefined;
  readonly policy: RolePolicy;
  readonly classification: ClassificationPolicy;
  readonly readiness: ReadinessOptions;
  readonly roster: ReadonlyMap<string, RosterEntry>;
  /** The roles the roster defines: only the people it names may act in them. */
  readonly rostered: ReadonlySet<Role>;
  readonly skewMs: number;
  /** The edition of the record's own rules it is judged by. */
  readonly rulesVersion: number;
  /** The checks cited photos and videos must pass. */
  readonly provenance: ProvenanceRules;
  /** The working-day calendar deadlines are counted on, if the campaign has one. */
  readonly calendar: WorkingCalendar | undefined;
}

const compiled = new Map<string, CompiledConfiguration>();

/**
 * Compiles a recorded configuration for judging. Compilations are kept by digest (a few at a time), so reading the same
 * configuration again costs a hash. The configuration must have been checked (`checkConfiguration`) when it was recorded.
 */
export function compileConfiguration(value: Configuration, digest?: string): CompiledConfiguration {
  const key = digest ?? digestOf(canonicalJson(value));
  const known = compiled.get(key);
  if (known) return known;
  const main = (value.frameworks.find((f) => f.role === 'main') ?? value.frameworks[0])?.edition;
  const standardCodes = new Set<string>();
  for (const f of value.frameworks)
    for (const s of listStandards(f.edition)) standardCodes.add(s.standard.code);
  const inventory: ArchiveInventory | undefined = value.settings.inventory
    ? { editionId: main?.id ?? 'local', entries: value.settings.inventory }
    : main && archiveInventory(main);
  const roster = new Map(value.roster.map((r) => [r.personId, r]));
  const result: CompiledConfiguration = {
    value,
    digest: key,
    units: new Map(value.units.map((u) => [u.id, u])),
    sites: new Map(value.sites.map((s) => [s.id, s])),
    standardCodes,
    main,
    policy: isEmpty(value.settings.rolePolicy)
      ? DEFAULT_ROLE_POLICY
      : defineRolePolicy(value.settings.rolePolicy),
    classification: isEmpty(value.settings.classification)
      ? DEFAULT_POLICY
      : definePolicy(value.settings.classification),
    readiness: {
      minUnannouncedWindowChecks: value.settings.minUnannouncedWindowChecks,
      ...(inventory ? { inventory } : {}),
    },
    roster,
    rostered: new Set(value.roster.flatMap((r) => r.roles)),
    skewMs: value.settings.clockSkewMinutes * 60_000,
    rulesVersion: value.rulesVersion ?? 1,
    // A configuration stored before the provenance checks existed holds none: it is judged by the defaults.
    provenance: (value.settings as Partial<Settings>).provenance ?? DEFAULT_PROVENANCE_RULES,
    calendar: value.calendar,
  };
  if (compiled.size >= 16) compiled.delete(compiled.keys().next().value as string);
  compiled.set(key, result);
  return result;
}

const isEmpty = (value: object) => Object.keys(value).length === 0;
