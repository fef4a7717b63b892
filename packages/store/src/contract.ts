import type {
  Append,
  EntryRef,
  EvidenceChange,
  EvidenceIndex,
  EvidenceItem,
  EvidenceLookups,
  Head,
  PersistedCampaign,
  StoredEntry,
  StreamId,
  StreamState,
} from '@chuangwen/machine';
import type { Rectification } from '@chuangwen/model';

/** What `load` reads for one event, in one consistent read. */
export interface LoadRequest {
  /** The stream the event goes to (`routeOf`). */
  stream: StreamId;
  /** The evidence the event will look up (`evidenceLookups`). */
  lookups: EvidenceLookups;
  /** The head of a stream that has no entry yet: its genesis, which depends on the audit key. */
  emptyHead: (stream: StreamId) => Head;
}

/** The heads and snapshots one event needs, as `dispatch` takes them. */
export interface LoadedState {
  campaign: StreamState<PersistedCampaign>;
  rectification?: StreamState<Rectification>;
  evidence?: { head: Head; index: EvidenceIndex };
  /** The stored campaign snapshot was an older version: it was migrated on the way in and should be written back. */
  migrated: boolean;
}

/** A reply kept under an idempotency key, so a retried request gets it again instead of appending twice. */
export interface Receipt {
  key: string;
  /** A digest of the request, so the same key with another body is told apart. */
  fingerprint: string;
  response: unknown;
}

/** Everything one event writes, committed at once or not at all. */
export interface Commit {
  /** From `dispatch`: each entry is written at the head it was chained to; a moved head is a `ConflictError`. */
  appends: readonly Append[];
  campaign?: PersistedCampaign | undefined;
  rectification?: Rectification | undefined;
  evidence?: EvidenceChange | undefined;
  receipt?: Receipt | undefined;
}

/** A new campaign: its document, first snapshot and first entries (and, for a migrated record, its rectifications and evidence). */
export interface NewCampaign {
  id: string;
  document: unknown;
  snapshot: PersistedCampaign;
  appends: readonly Append[];
  rectifications?: readonly Rectification[];
  evidence?: readonly EvidenceChange[];
}

/** A campaign's whole record as stored. */
export interface StoredRecord {
  campaign: PersistedCampaign;
  heads: EntryRef[];
  /** Every stream's entries, as stored, in order. */
  streams: Map<StreamId, StoredEntry[]>;
  rectifications: Rectification[];
  evidence: EvidenceItem[];
}

/** Which evidence to list. */
export interface EvidenceFilter {
  kind?: EvidenceItem['kind'];
  /** Only what is in force: effective observations and filed documents. */
  inForce?: boolean;
}

/**
 * A campaign's record in a database, behind one small contract: append entries to a stream at the expected head
 * (optimistic concurrency), read a stream's head and a range of it, load and save snapshots and evidence. Both
 * adapters (`@chuangwen/store/sqlite`, `@chuangwen/store/postgres`) pass the same contract tests.
 */
export interface RecordStore {
  readonly dialect: 'sqlite' | 'postgres';
  /** Stores a new campaign; a `StoreError` with code `exists` if the id is taken. */
  createCampaign(campaign: NewCampaign): Promise<void>;
  /** The ids of every campaign. */
  campaignIds(): Promise<string[]>;
  /** A campaign's document as stored, or undefined. */
  document(campaignId: string): Promise<unknown>;
  /** Replaces a campaign's document (a revision the host validated). */
  saveDocument(campaignId: string, document: unknown): Promise<void>;
  /** The campaign's snapshot, restored (migrated if older); undefined for an unknown campaign. */
  campaign(campaignId: string): Promise<PersistedCampaign | undefined>;
  /** What one event needs, read consistently; undefined for an unknown campaign. */
  load(campaignId: string, request: LoadRequest): Promise<LoadedState | undefined>;
  /** Writes what one event produced, if every head is still where it was read; else a `ConflictError`. */
  commit(campaignId: string, commit: Commit): Promise<void>;
  /** A stream's head, or undefined when it has no entry. */
  head(campaignId: string, stream: StreamId): Promise<Head | undefined>;
  /** Every stream's head, as anchors to keep elsewhere. */
  heads(campaignId: string): Promise<EntryRef[]>;
  /** A range of a stream's entries, as stored: from `from` (default 0), at most `limit` (default all). */
  read(
    campaignId: string,
    stream: StreamId,
    range?: { from?: number; limit?: number },
  ): Promise<StoredEntry[]>;
  /** The whole record, read in one consistent read, for verification or export; undefined for an unknown campaign. */
  record(campaignId: string): Promise<StoredRecord | undefined>;
  /** Every rectification of the campaign, restored. */
  rectifications(campaignId: string): Promise<Rectification[]>;
  /** The evidence held, with status. */
  evidence(campaignId: string, filter?: EvidenceFilter): Promise<EvidenceItem[]>;
  /** A reply kept under an idempotency key, or undefined. */
  receipt(campaignId: string, key: string): Promise<Receipt | undefined>;
  /** The schema version the database is at. */
  schemaVersion(): Promise<number>;
  /** Closes the connection (a pool the host passed in stays open). */
  close(): Promise<void>;
}
