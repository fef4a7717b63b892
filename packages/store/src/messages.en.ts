import type { BilingualText } from '@chuangwen/model';

/** A part of a campaign a store keeps in a row of its own, named when that row cannot be read. */
export type StoredPart = 'snapshot' | 'configuration' | 'document' | 'rectification' | 'evidence' | 'chain';

const PARTS: Record<StoredPart, string> = {
  snapshot: 'campaign snapshot',
  configuration: 'configuration',
  document: 'document',
  rectification: 'rectification',
  evidence: 'evidence',
  chain: 'chain of a head',
};

/**
 * The store's messages in English. This catalogue names every message and the values it is written from; the other
 * languages are typed by it (`messages.zh-CN.ts`).
 */
export const en = {
  streamMoved: (p: { stream: string }) =>
    `stream ${p.stream} moved on under another writer; nothing was written, retry`,
  newerSchema: (p: { found: number; supported: number }) =>
    `the database schema is version ${p.found}; this code reads up to ${p.supported}: upgrade @chuangwen/store to open it`,
  integrityFailed: (p: { count: number; first: BilingualText | undefined }) =>
    `the integrity check found ${p.count} problem(s); first: ${p.first?.en ?? ''}`,
  damagedRow: (p: { campaignId: string; part: StoredPart; key: string }) =>
    `the stored ${PARTS[p.part]} of campaign ${p.campaignId} (${p.key}) cannot be read: the row was changed outside this code`,
  campaignExists: (p: { campaignId: string }) => `campaign ${p.campaignId} already exists`,
  campaignMissing: (p: { campaignId: string }) => `campaign ${p.campaignId} does not exist`,
  needsMigration: (p: { campaignId: string }) =>
    `campaign ${p.campaignId} is recorded in the first stream format: an operator must migrate it (migrateCampaign) before events are recorded`,
  alreadyMigrated: (p: { campaignId: string }) => `campaign ${p.campaignId} is already of the current format`,
  storeClosed: () => 'the store is closed',
  headMismatch: (p: { stream: string }) => `the head of stream ${p.stream} does not match its last entry`,
  projectionUnreadable: () => 'a stored projection cannot be read',
  rectificationDeleted: (p: { stream: string }) => `stream ${p.stream} has no rectification record (deleted)`,
  receiptChanged: (p: { key: string }) =>
    `the receipt of idempotency key ${p.key.slice(0, 40)} does not match the entry it names (changed)`,
  receiptMisleads: (p: { key: string }) =>
    `the receipt of idempotency key ${p.key.slice(0, 40)} names an entry that does not answer it: it was changed outside this code`,
  idempotencyKeyLength: (p: { max: number }) =>
    `recordEvent: an idempotency key has 1 to ${p.max} characters`,
};
