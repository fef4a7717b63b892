import {
  ArchiveDocumentSchema,
  ObservationSchema,
  type Rectification,
  SurveyResponseSchema,
  type ValidationResult,
  validateWithSchema,
} from '@chuangwen/model';
import { issueAt } from '@chuangwen/model/internal';
import { ComplianceClassSchema } from '@chuangwen/rules';
import { z } from 'zod';
import type { AuditEntry, EntryRef } from './audit.js';
import { type Configuration, ConfigurationSchema } from './configuration.js';
import { checkConfiguration } from './configuration-changes.js';
import type { EvidenceItem } from './evidence.js';
import { say } from './messages.js';
import { type PersistedCampaign, restoreCampaign, restoreRectification } from './persistence.js';

const StreamRefSchema = z.strictObject({
  stream: z.string().max(220),
  seq: z.int().min(0),
  hash: z.string().max(128),
});

/**
 * The first entry of a record that opens with what another source already held: a campaign document that lands whole
 * (`document`), or a migration (`0.0.0`, `streams-1`). It says where the data came from, what was sealed there (the
 * earlier format's stream heads, or the 0.0.0 log's length and last hash), the configuration its events will be judged
 * by from here on (given by whoever imported it, recorded as the entry's actor), the campaign's snapshot carried over,
 * and what an earlier record asserted that is now derived (the classes and missed months sent as facts), as history.
 * The rectifications and evidence it carries follow as imports.
 */
const RecordImportSchema = z.strictObject({
  type: z.literal('record.imported'),
  from: z.enum(['document', '0.0.0', 'streams-1']),
  seal: z
    .strictObject({
      heads: z.array(StreamRefSchema).max(1_000_000).optional(),
      legacy: z.strictObject({ entries: z.int().min(0), head: z.string().max(128) }).optional(),
    })
    .default({}),
  configuration: z.unknown(),
  campaign: z.unknown(),
  asserted: z
    .strictObject({
      standards: z.record(z.string(), ComplianceClassSchema),
      missedMonths: z.array(z.string()),
    })
    .optional(),
});
/** The first entry of a migrated record. */
export type RecordImport = z.infer<typeof RecordImportSchema>;

/** A migration's first entry, read: its configuration and snapshot checked, its seal. */
export interface ReadImport {
  configuration: Configuration;
  campaign: PersistedCampaign;
  seal: { heads?: EntryRef[]; legacy?: { entries: number; head: string } };
}

/** Reads a migration's first entry, checking the configuration and restoring the snapshot. Never throws. */
export function readRecordImport(event: unknown): ValidationResult<ReadImport> {
  const read = validateWithSchema(RecordImportSchema, event);
  if (!read.ok) return read;
  const configuration = validateWithSchema(ConfigurationSchema, read.value.configuration, {
    check: checkConfiguration,
  });
  const campaign = restoreCampaign(read.value.campaign);
  if (!configuration.ok || !campaign.ok || campaign.value.rectifications.length > 0)
    return {
      ok: false,
      issues: [
        ...(configuration.ok ? [] : configuration.issues),
        ...(campaign.ok ? [] : campaign.issues),
        ...(campaign.ok && campaign.value.rectifications.length > 0
          ? [issueAt(['campaign'], 'invalid_state', say('snapshotHoldsRectifications'))]
          : []),
      ],
    };
  return {
    ok: true,
    value: {
      configuration: configuration.value,
      campaign: campaign.value.campaign,
      seal: read.value.seal as ReadImport['seal'],
    },
  };
}

const EvidenceItemSchema = z.discriminatedUnion('kind', [
  z.strictObject({
    kind: z.literal('observation'),
    id: z.string(),
    status: z.enum(['effective', 'superseded', 'withdrawn']),
    record: ObservationSchema,
  }),
  z.strictObject({
    kind: z.literal('document'),
    id: z.string(),
    status: z.enum(['filed', 'withdrawn']),
    record: ArchiveDocumentSchema,
  }),
  z.strictObject({
    kind: z.literal('survey'),
    id: z.string(),
    status: z.literal('recorded'),
    record: SurveyResponseSchema,
  }),
]);

/** What one import entry carries: a rectification carried over, or a batch of evidence with its status. */
const ImportEventSchema = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('rectification.imported'), record: z.unknown() }),
  z.strictObject({ type: z.literal('evidence.imported'), items: z.array(EvidenceItemSchema).max(10_000) }),
]);

/** The most evidence items one import entry carries. */
export const IMPORT_BATCH = 1_000;

/**
 * Reads an entry of a migrated record's import prefix: undefined when it is not one (the prefix has ended); else the
 * rectifications and evidence it carries, checked. Never throws.
 */
export function readImportEntry(
  entry: AuditEntry,
): ValidationResult<{ rectifications: Rectification[]; evidence: EvidenceItem[] }> | undefined {
  const type = (entry.event as { type?: unknown } | null)?.type;
  if (type !== 'rectification.imported' && type !== 'evidence.imported') return undefined;
  if (entry.outcome !== 'applied') return undefined;
  const read = validateWithSchema(ImportEventSchema, entry.event);
  if (!read.ok) return read;
  if (read.value.type === 'evidence.imported')
    return { ok: true, value: { rectifications: [], evidence: read.value.items as EvidenceItem[] } };
  const record = restoreRectification(read.value.record);
  if (!record.ok) return record;
  if (entry.stream !== `rectification/${record.value.id}`)
    return {
      ok: false,
      issues: [issueAt(['record', 'id'], 'invalid_state', say('recordOnOtherStream'))],
    };
  return { ok: true, value: { rectifications: [record.value], evidence: [] } };
}
