/**
 * A 创文 campaign's record in a database: the streams, heads, snapshots and evidence of `@chuangwen/machine` behind
 * one small contract (`RecordStore`), with `recordEvent` to run one event through it and retry when another writer
 * moved a head first. Adapters: `@chuangwen/store/sqlite` (better-sqlite3, one file) and `@chuangwen/store/postgres`
 * (pg, several instances on one database).
 *
 * @packageDocumentation
 */

export type {
  Commit,
  EvidenceFilter,
  LoadedState,
  LoadRequest,
  NewCampaign,
  Receipt,
  RecordStore,
  StoredRecord,
} from './contract.js';
export type { CreateCampaignOptions } from './create-campaign.js';
export { createCampaign } from './create-campaign.js';
export type { IntegrityProblem, StoreErrorCode } from './errors.js';
export { ConflictError, IntegrityError, NewerSchemaError, StoreError } from './errors.js';
export type { RecordEventOptions, RecordedEvent } from './record-event.js';
export { recordEvent } from './record-event.js';
export { STORE_SCHEMA_VERSION } from './schema.js';
export type { SqlDatabase, SqlRunner } from './sql.js';
export { SqlRecordStore } from './sql-store.js';
export type { VerifyStoreOptions } from './verify-store.js';
export { verifyStore } from './verify-store.js';
