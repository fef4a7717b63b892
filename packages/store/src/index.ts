/**
 * A 创文 campaign's record in a database, behind a narrow contract of six operations (`RecordStore`): append entries
 * at an expected position, read a stream or the whole record, read the record's projections, list campaigns, check the
 * store, close it. Built on them, once: `recordEvent` (one event, with retries and idempotency), `createCampaign`,
 * `verifyStore`, `migrateCampaign`. Adapters: `MemoryRecordStore` (here), `@chuangwen/store/sqlite` (better-sqlite3, one
 * file) and `@chuangwen/store/postgres` (pg, several instances on one database); all pass one contract suite.
 *
 * @packageDocumentation
 */

export type {
  CampaignView,
  CampaignViewData,
  CampaignViewOptions,
  EvidenceCounts,
  LedgerRow,
  ViewStandard,
} from './campaign-view.js';
export { campaignView, viewData } from './campaign-view.js';
export type {
  Commit,
  EntryPage,
  EntrySelector,
  PageLimits,
  ProjectionChanges,
  ProjectionQuery,
  Projections,
  Receipt,
  RecordStore,
  StoreProblem,
} from './contract.js';
export type { CreateCampaignOptions } from './create-campaign.js';
export { createCampaign } from './create-campaign.js';
export type { DocumentView, DocumentViewOptions } from './document-view.js';
export { documentView } from './document-view.js';
export type { StoreErrorCode } from './errors.js';
export { ConflictError, IntegrityError, NewerSchemaError, StoreError } from './errors.js';
export type { MemoryRows } from './memory-store.js';
export { MemoryRecordStore } from './memory-store.js';
export { importCampaign, migrateCampaign } from './migrate-campaign.js';
export type { RecordEventOptions, RecordedEvent } from './record-event.js';
export { MAX_IDEMPOTENCY_KEY, recordEvent } from './record-event.js';
export { STORE_SCHEMA_VERSION } from './schema.js';
export type { SqlDatabase, SqlRunner } from './sql.js';
export { SqlRecordStore } from './sql-store.js';
export type { VerifyFromOptions } from './verify-incremental.js';
export { verifyFrom } from './verify-incremental.js';
export type { VerifyStoreOptions } from './verify-store.js';
export { verifyStore } from './verify-store.js';
export type { CellExplanation, ViewCell } from './view-details.js';
