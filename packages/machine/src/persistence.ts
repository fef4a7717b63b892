import {
  DateTimeSchema,
  IdSchema,
  issueAt,
  PhasePlanSchema,
  PhaseSchema,
  RectificationSchema,
  RectificationStatusSchema,
  type ValidationResult,
  validateWithSchema,
} from '@chuangwen/model';
import { CampaignFactsSchema } from '@chuangwen/rules';
import type { Snapshot } from 'xstate';
import { z } from 'zod';
import { CAMPAIGN_STATES } from './campaign-machine.js';
import { RoleSchema } from './roles.js';

/** The name persisted snapshots carry, so a snapshot of another machine is never restored into this one. */
export const CAMPAIGN_MACHINE_NAME = 'chuangwen.campaign';
/** The current version of the persisted campaign format. */
export const SNAPSHOT_VERSION = 3;

/** A ledger entry's context: the model's rectification without its state, which is the machine's. */
const RectificationContextSchema = RectificationSchema.omit({ status: true });

const BlockerSchema = z.strictObject({
  code: z.string(),
  message: z.strictObject({ 'zh-CN': z.string(), en: z.string() }),
  refs: z.array(z.string()),
});

/** The context of a persisted campaign, checked field by field on restore. */
export const CampaignContextSchema = z.strictObject({
  campaignId: IdSchema,
  cycle: z.int().min(1),
  timeline: z.array(PhasePlanSchema),
  forceRoles: z.array(RoleSchema),
  facts: CampaignFactsSchema,
  ledger: z.record(
    IdSchema,
    z.strictObject({ status: RectificationStatusSchema, context: RectificationContextSchema }),
  ),
  history: z.array(
    z.strictObject({
      phase: z.enum(CAMPAIGN_STATES),
      cycle: z.int().min(1),
      at: DateTimeSchema,
      via: z.enum(['start', 'advance', 'force', 'loop', 'cycle']),
      forced: z
        .strictObject({ by: z.string(), reason: z.string(), blockers: z.array(z.string()) })
        .optional(),
    }),
  ),
  lastRefusal: z
    .strictObject({ at: DateTimeSchema, phase: PhaseSchema, blockers: z.array(BlockerSchema) })
    .optional(),
});

/** An XState persisted snapshot of the campaign machine. */
export const PersistedSnapshotSchema = z.strictObject({
  status: z.enum(['active', 'done']),
  value: z.enum(CAMPAIGN_STATES),
  context: CampaignContextSchema,
  historyValue: z.record(z.string(), z.unknown()),
  children: z.record(z.string(), z.never()),
  output: z.unknown().optional(),
  error: z.unknown().optional(),
});

/** The envelope a campaign is stored in: which machine, which format version, and the snapshot. */
export const PersistedCampaignSchema = z.strictObject({
  machine: z.literal(CAMPAIGN_MACHINE_NAME),
  version: z.int().min(1),
  snapshot: z.unknown(),
});

/** A stored campaign. */
export interface PersistedCampaign {
  machine: typeof CAMPAIGN_MACHINE_NAME;
  version: number;
  snapshot: Snapshot<unknown>;
}

type Json = Record<string, unknown>;
const obj = (value: unknown): Json =>
  value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Json) : {};
/** Maps the values of a record, defining own properties so no key ever reaches a prototype. */
const mapValues = (value: unknown, map: (v: unknown) => unknown): Json =>
  Object.fromEntries(Object.entries(obj(value)).map(([k, v]) => [k, map(v)]));

/**
 * Migrations from each earlier format version to the next, applied in order on restore. Version 1 (0.0.x
 * development snapshots) had no annual cycle: version 2 adds `cycle` to the context and to each history entry.
 * Version 2 (0.0.0) named one assigned unit per rectification, kept material as bare categories and carried the archive
 * inventory in the snapshot: version 3 names the lead unit (with supporting and guarantor units), counts material, and
 * leaves the inventory to the host's configuration (`campaignMachineWith`), where the framework edition already is.
 */
export const MIGRATIONS: Readonly<
  Record<number, (snapshot: Record<string, unknown>) => Record<string, unknown>>
> = {
  1: (snapshot) => {
    const context = (snapshot.context ?? {}) as Record<string, unknown>;
    const history = Array.isArray(context.history) ? context.history : [];
    return {
      ...snapshot,
      context: {
        ...context,
        cycle: 1,
        history: history.map((h: Record<string, unknown>) => ({ cycle: 1, ...h })),
      },
    };
  },
  2: (snapshot) => {
    const context = obj(snapshot.context);
    const facts = obj(context.facts);
    const counted = (categories: unknown) =>
      Array.isArray(categories) ? Object.fromEntries(categories.map((c) => [c, 1])) : categories;
    const entry = (e: unknown) => {
      const { unitId, ...rest } = obj(obj(e).context);
      return {
        ...obj(e),
        context: {
          ...rest,
          ...(unitId === undefined ? {} : { leadUnitId: unitId }),
          supportingUnitIds: [],
          guarantorUnitIds: [],
        },
      };
    };
    const fact = (r: unknown) => {
      const { assignedUnitId, ...rest } = obj(r);
      return assignedUnitId === undefined ? rest : { ...rest, leadUnitId: assignedUnitId };
    };
    const { inventory: _fromTheFramework, ...rest } = context;
    return {
      ...snapshot,
      context: {
        ...rest,
        facts: {
          ...facts,
          archive: mapValues(facts.archive, counted),
          rectifications: mapValues(facts.rectifications, fact),
        },
        ledger: mapValues(context.ledger, entry),
      },
    };
  },
};

/** Wraps an XState persisted snapshot (`actor.getPersistedSnapshot()`) in a versioned envelope. */
export function persist(snapshot: Snapshot<unknown>): PersistedCampaign {
  return { machine: CAMPAIGN_MACHINE_NAME, version: SNAPSHOT_VERSION, snapshot };
}

/**
 * Validates a stored campaign and brings it to the current format: checks the envelope, applies migrations from
 * earlier versions, rejects unknown (newer) versions, and checks the snapshot and its context with zod. The result
 * can be passed to `createActor(campaignMachine, { snapshot })`, which does not re-run entry actions. Never throws.
 */
export function restoreCampaign(input: unknown): ValidationResult<PersistedCampaign> {
  const envelope = validateWithSchema(PersistedCampaignSchema, input);
  if (!envelope.ok) return envelope;
  const { version } = envelope.value;
  if (version > SNAPSHOT_VERSION || (version < SNAPSHOT_VERSION && !MIGRATIONS[version])) {
    return {
      ok: false,
      issues: [
        issueAt(['version'], 'unknown_version', {
          'zh-CN': `不支持的快照版本 ${version}，本程序支持 1 至 ${SNAPSHOT_VERSION}`,
          en: `unknown snapshot version ${version}; this package reads versions 1 to ${SNAPSHOT_VERSION}`,
        }),
      ],
    };
  }
  let snapshot = envelope.value.snapshot as Record<string, unknown>;
  if (snapshot === null || typeof snapshot !== 'object' || Array.isArray(snapshot)) {
    return {
      ok: false,
      issues: [
        issueAt(['snapshot'], 'invalid_type', {
          'zh-CN': '快照应为对象',
          en: 'the snapshot must be an object',
        }),
      ],
    };
  }
  for (let v = version; v < SNAPSHOT_VERSION; v++) snapshot = MIGRATIONS[v]!(snapshot);
  const checked = validateWithSchema(PersistedSnapshotSchema, snapshot);
  if (!checked.ok)
    return {
      ok: false,
      issues: checked.issues.map((i) => issueAt(['snapshot', ...i.path], i.code, i.message)),
    };
  return {
    ok: true,
    value: {
      machine: CAMPAIGN_MACHINE_NAME,
      version: SNAPSHOT_VERSION,
      snapshot: checked.value as unknown as Snapshot<unknown>,
    },
  };
}
