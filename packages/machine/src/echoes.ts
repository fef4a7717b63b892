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
 * What another stream's event changes in the campaign, recorded on the campaign stream beside a link to it: how a
 * rectification's part in the ledger counters changed, or how a filed or withdrawn document changed the archive
 * counts. Dispatch writes these; nobody sends them. Replaying the campaign stream alone reproduces its snapshot, and
 * verification checks each against the entry it names.
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
]);
/** What another stream's event changes in the campaign. */
export type EchoEvent = z.infer<typeof EchoEventSchema>;
/** The type of an echo. */
export type EchoEventType = EchoEvent['type'];
