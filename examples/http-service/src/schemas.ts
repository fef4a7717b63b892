// What the service takes and answers, as zod schemas: the routes validate with them and the OpenAPI description is
// generated from them, so the two cannot drift apart.
import { CampaignEventSchema } from '@chuangwen/machine';
import { DateSchema, DateTimeSchema, IdSchema, Sha256Schema, StandardRefSchema } from '@chuangwen/model';
import { z } from 'zod';

/** A moment: a date (`2026-06-30`, midnight in Asia/Shanghai) or an instant with its offset. */
const MomentSchema = z.union([DateSchema, DateTimeSchema]);

export const AsOfQuerySchema = z.strictObject({ asOf: MomentSchema.optional() });

export const CampaignParamsSchema = z.strictObject({ id: IdSchema });

/** A photo of a campaign, by the SHA-256 of its bytes. */
export const MediaParamsSchema = z.strictObject({ id: IdSchema, sha256: Sha256Schema });

/** A standard of the campaign's main framework edition, by its code. */
export const StandardParamsSchema = z.strictObject({ id: IdSchema, code: StandardRefSchema });

/** One cell of a standard: its scope key (`site:<id>`, `unit:<id>`, `siteType:<type>` or `jurisdiction`). */
export const CellParamsSchema = z.strictObject({
  id: IdSchema,
  code: StandardRefSchema,
  cell: z.string().regex(/^(jurisdiction|(site|unit|siteType):[^\s/]{1,200})$/),
});

export const HistoryQuerySchema = z.strictObject({
  asOf: MomentSchema.optional(),
  /** The first day (by default the first planned day of the timeline). */
  from: DateSchema.optional(),
  /** Days between points (a week by default); at most 200 points are answered. */
  every: z.coerce.number().int().min(1).max(92).default(7),
});

const StreamSchema = z
  .string()
  .regex(/^(campaign|evidence|rectification\/[A-Za-z0-9][A-Za-z0-9._:-]{0,127})$/);

/** A stream's head, kept elsewhere. */
const EntryRefSchema = z.strictObject({
  stream: StreamSchema,
  seq: z.int().min(0),
  hash: z.string().regex(/^[0-9a-f]{64}$/),
});

export const AuditQuerySchema = z.strictObject({
  stream: StreamSchema.default('campaign'),
  from: z.coerce.number().int().min(0).default(0),
  limit: z.coerce.number().int().min(1).max(500).default(100),
});

export const EvidenceQuerySchema = z.strictObject({
  kind: z.enum(['observation', 'document', 'survey']).optional(),
  /** Only what is in force: effective observations, filed documents. */
  inForce: z.enum(['true', 'false']).optional(),
  from: z.coerce.number().int().min(0).default(0),
  limit: z.coerce.number().int().min(1).max(1000).default(500),
});

export const ScheduleQuerySchema = z.strictObject({
  asOf: MomentSchema.optional(),
  /** How many days ahead to look for cells about to lapse into 未知可否达标. */
  days: z.coerce.number().int().min(1).max(366).default(14),
});

export const VerifyQuerySchema = z.strictObject({
  /** The whole record (every stream and every projection), not only what was appended since the last run. */
  full: z.enum(['true', 'false']).optional(),
});

export const VerifyBodySchema = z.strictObject({
  /** Heads kept elsewhere (another database, a printed report), to check the stored streams against. */
  anchors: z.array(EntryRefSchema).max(10_000),
  /** The record's position kept elsewhere: catches a cut tail across every stream at once. */
  position: z.strictObject({ pos: z.int().min(0), hash: z.string().regex(/^[0-9a-f]{64}$/) }).optional(),
});

const BilingualTextSchema = z.strictObject({ 'zh-CN': z.string(), en: z.string() });

const IssueSchema = z.strictObject({
  path: z.array(z.union([z.string(), z.number()])),
  pointer: z.string(),
  code: z.string(),
  message: BilingualTextSchema,
});

/** RFC 9457 problem details, with the detail in both languages and located issues. */
export const ProblemSchema = z
  .object({
    type: z.string(),
    title: z.string(),
    status: z.int(),
    detail: z.string(),
    instance: z.string().optional(),
    code: z.string(),
    message: BilingualTextSchema,
    issues: z.array(IssueSchema).max(20).optional(),
    issueCount: z.int().optional(),
  })
  .catchall(z.unknown());

const AppendedSchema = z.strictObject({ stream: z.string(), seq: z.int(), hash: z.string() });

export const EventOutcomeSchema = z.strictObject({
  accepted: z.boolean(),
  state: z.string(),
  effects: z.array(z.strictObject({ type: z.string(), params: z.unknown() })),
  audit: z.strictObject({ stream: z.string(), seq: z.int(), pos: z.int(), hash: z.string() }),
});

export const CampaignSummarySchema = z.strictObject({
  id: z.string(),
  title: z.string(),
  state: z.string(),
  cycle: z.int(),
  history: z.array(z.unknown()),
  countdown: z.unknown(),
});

export const AuditPageSchema = z.strictObject({
  stream: z.string(),
  position: z.strictObject({ pos: z.int(), hash: z.string() }),
  anchors: z.array(AppendedSchema),
  entries: z.array(z.record(z.string(), z.unknown())),
  next: z.int().nullable(),
});

export const VerificationSchema = z.strictObject({
  ok: z.boolean(),
  entries: z.int(),
  /** `checkpoint`: what was appended since the last run; `whole`: every stream and projection. */
  from: z.enum(['checkpoint', 'whole']),
  anchorsFrom: z.enum(['request', 'store']),
  problems: z.array(z.unknown()),
});

export { CampaignEventSchema };
