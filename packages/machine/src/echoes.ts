import { ArchiveCategorySchema, DateTimeSchema, IdSchema, StandardCodeSchema } from '@chuangwen/model';
import { LedgerContributionSchema } from '@chuangwen/rules';
import { z } from 'zod';
import { RectificationEventSchema } from './events.js';
import { ActorSchema } from './roles.js';

const RectificationTypeSchema = z.enum(
  RectificationEventSchema.options.map((o) => o.shape.type.value) as [string, ...string[]],
);

const ArchiveChangeSchema = z.strictObject({
  standardRef: StandardCodeSchema,
  category: ArchiveCategorySchema,
  delta: z.union([z.literal(1), z.literal(-1)]),
});

/**
 * Echoes written before 0.1 named the standard `standardCode`; audit chains keep them as written (their hashes cover
 * them), so they are read under the one name here, where replay and verification parse them.
 */
function standardRefOfEarlierEchoes(change: unknown): unknown {
  if (change === null || typeof change !== 'object' || Array.isArray(change)) return change;
  if (!Object.hasOwn(change, 'standardCode') || Object.hasOwn(change, 'standardRef')) return change;
  return Object.fromEntries(
    Object.entries(change).map(([key, value]) => [key === 'standardCode' ? 'standardRef' : key, value]),
  );
}

/**
 * What an event of another stream, or a configuration change, changes in the campaign: how a rectification's part in
 * the ledger counters changed, how a filed or withdrawn document changed the archive counts, which units a
 * configuration change registered or removed. The decider derives these and steps the campaign machine with them;
 * nobody sends them, and the record does not store them (replay derives them again). Records of the first stream
 * format stored the first two on the campaign stream, linked to their cause, and are read with this schema.
 */
export const EchoEventSchema = z.discriminatedUnion('type', [
  z.strictObject({
    type: z.literal('ledger.changed'),
    at: DateTimeSchema,
    actor: ActorSchema,
    rectificationId: IdSchema,
    /** The rectification event that caused the change. */
    trigger: RectificationTypeSchema,
    before: LedgerContributionSchema.nullable(),
    after: LedgerContributionSchema,
  }),
  z.strictObject({
    type: z.literal('archive.changed'),
    at: DateTimeSchema,
    actor: ActorSchema,
    documentId: IdSchema,
    changes: z.array(z.preprocess(standardRefOfEarlierEchoes, ArchiveChangeSchema)).max(200),
  }),
  z.strictObject({
    type: z.literal('units.changed'),
    at: DateTimeSchema,
    actor: ActorSchema,
    /** Lead and responsible units now named by the tasks. */
    roles: z.record(IdSchema, z.enum(['lead', 'responsible'])),
    /** Units merged away. */
    removed: z.array(IdSchema),
  }),
]);
/** What another stream's event changes in the campaign. */
export type EchoEvent = z.infer<typeof EchoEventSchema>;
/** The type of an echo. */
