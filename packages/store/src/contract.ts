import type {
  Append,
  Configuration,
  EvidenceChange,
  EvidenceItem,
  Head,
  PersistedCampaign,
  Position,
  StoredEntry,
  StreamId,
} from '@chuangwen/machine';
import type { Rectification } from '@chuangwen/model';

/** What one append changes in the record's projections, written with its entry or not at all. */
export interface ProjectionChanges {
  campaign?: PersistedCampaign | undefined;
  rectification?: Rectification | undefined;
  evidence?: EvidenceChange | undefined;
  /** The whole configuration now in force, with its digest. */
  configuration?: { value: Configuration; digest: string } | undefined;
  /** An idempotency key the entry answers, so a retry finds it. */
  receipt?: { key: string; fingerprint: string } | undefined;
  /** The campaign document, as the office wrote it, kept beside the record for views (never judged by). */
  document?: unknown;
  /** Rectifications and evidence a migration carries over, written with its first entries. */
  seed?: { rectifications: readonly Rectification[]; evidence: readonly EvidenceItem[] } | undefined;
}

/**
 * Entries to append at the record's expected position and their streams' expected heads, with what they change: one
 * for an event, several for a migration. The first entry of a record (position 0) creates the campaign. Either all of
 * it is written or nothing is: a moved position or head is a `ConflictError`, an existing campaign at position 0 a
 * `StoreError` with code `exists`.
 */
export interface Commit {
  /** In the order of their positions, each chained after the head of its stream. */
  appends: readonly Append[];
  /** Where the record stood when the entries were decided: they are written only if it still does. */
  position: Position;
  /** The record's position after them. */
  next: Position;
  /** Each stream's head after them. */
  heads: ReadonlyMap<StreamId, Head>;
  changes: ProjectionChanges;
}

/** A page of a stream, or of the whole record in the order of its positions. */
export interface EntryPage {
  entries: StoredEntry[];
  /** Where the next page starts (`seq` for a stream, `pos` for the record), or undefined at the end. */
  next?: number | undefined;
}

/** Which entries to read: one stream from a `seq`, or the whole record from a position (`pos`). */
export type EntrySelector = { stream: StreamId; from?: number } | { from: number; stream?: undefined };

/** How much to read at most: entries and bytes of entry text, whichever comes first (at least one entry). */
export interface PageLimits {
  limit?: number;
  maxBytes?: number;
}

/**
 * What to read of the record's projections, in one consistent read: each part asked for comes back. Heads of the
 * streams named, rectifications and evidence by id (or all), the configuration unless the digest given is current.
 */
export interface ProjectionQuery {
  /** The campaign's snapshot, of a record of the current format (a first-format record is read `rawSnapshot`). */
  campaign?: boolean;
  /** The configuration, unless it is the one with this digest (then only the digest comes back). */
  configuration?: boolean | { unless: string };
  heads?: readonly StreamId[] | 'all';
  rectifications?: readonly string[] | 'all';
  evidence?: readonly { kind: EvidenceItem['kind']; id: string }[] | 'all' | 'inForce';
  /** The entry an idempotency key answered. */
  receipt?: string;
  /** Every receipt, for verification. */
  receipts?: boolean;
  document?: boolean;
  /** The campaign snapshot as stored, unread: what a migration of the first stream format starts from. */
  rawSnapshot?: boolean;
}

/** The projections read, as asked; `position` always. */
export interface Projections {
  position: Position;
  /** The record's format: 2 is current; 1 is the first stream format, to migrate before any event. */
  format: 1 | 2;
  campaign?: PersistedCampaign;
  configuration?: { value?: Configuration; digest: string };
  heads?: Map<StreamId, Head>;
  rectifications?: Rectification[];
  evidence?: EvidenceItem[];
  receipt?: Receipt;
  receipts?: Receipt[];
  document?: unknown;
  rawSnapshot?: unknown;
}

/** An idempotency key, the digest of the request, and the entry that answered it. */
export interface Receipt {
  key: string;
  fingerprint: string;
  entry: { stream: StreamId; seq: number; hash: string };
}

/** A problem a store finds in itself, located and in both languages, reported rather than thrown. */
export interface StoreProblem {
  campaignId?: string;
  stream?: string;
  code: 'schema' | 'integrity' | 'unreadable';
  message: { 'zh-CN': string; en: string };
}

/**
 * A campaign's record in a database, behind a contract of six operations, in the spirit of an event store: append an
 * entry at an expected position (a typed conflict otherwise), read a stream or the whole record in order, read the
 * record's projections, list the campaigns, check the store, close it. Everything else — recording an event with
 * retries and idempotency, creating a campaign, verification, migrations, the campaign view — is built on these once,
 * in the library. The in-memory adapter and the SQLite and PostgreSQL adapters pass one contract suite.
 */
export interface RecordStore {
  readonly dialect: 'memory' | 'sqlite' | 'postgres' | 'mysql';
  /** Appends one entry with its projection changes, if the record is still where it was read; else a `ConflictError`. */
  append(campaignId: string, commit: Commit): Promise<void>;
  /** Entries of a stream from a `seq`, or of the whole record from a position, in order, within the page limits. */
  read(campaignId: string, selector: EntrySelector, limits?: PageLimits): Promise<EntryPage>;
  /** The record's projections, in one consistent read; undefined for an unknown campaign. */
  project(campaignId: string, query: ProjectionQuery): Promise<Projections | undefined>;
  /** The ids of every campaign. */
  campaigns(): Promise<string[]>;
  /** The problems found in the store's schema and in how its heads and entries agree; none when sound. */
  check(): Promise<StoreProblem[]>;
  /** Closes the connection (a pool the host passed in stays open). */
  close(): Promise<void>;
}
