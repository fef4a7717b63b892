import type { BilingualText } from '@chuangwen/model';
import type { StoreProblem } from './contract.js';
import { type StoredPart, say } from './messages.js';

/** Why a store refused, named so a host can map it (a conflict to 409, the rest to a failed start). */
export type StoreErrorCode =
  | 'conflict'
  | 'newer_schema'
  | 'schema'
  | 'integrity'
  | 'exists'
  | 'not_found'
  | 'needs_migration'
  /** The database refused the connection: its credentials, its database or schema, or an authentication method the driver does not speak. */
  | 'connection';

/** A store's refusal, in Chinese and English. */
export class StoreError extends Error {
  override readonly name: string = 'StoreError';
  constructor(
    readonly code: StoreErrorCode,
    readonly detail: BilingualText,
  ) {
    super(detail.en);
  }
}

/**
 * A stream's head moved between reading it and writing after it: another writer got there first. Nothing was
 * written; read again and retry.
 */
export class ConflictError extends StoreError {
  override readonly name = 'ConflictError';
  constructor(
    readonly stream: string,
    detail: BilingualText = say('streamMoved', { stream }),
  ) {
    super('conflict', detail);
  }
}

/** The database holds a schema newer than this code: refuse to open it rather than misread it. */
export class NewerSchemaError extends StoreError {
  override readonly name = 'NewerSchemaError';
  constructor(
    readonly found: number,
    readonly supported: number,
  ) {
    super('newer_schema', say('newerSchema', { found, supported }));
  }
}

/** The check on open found heads and entries that do not agree, or rows that cannot be read: changed outside this code. */
export class IntegrityError extends StoreError {
  override readonly name = 'IntegrityError';
  constructor(readonly problems: StoreProblem[]) {
    super('integrity', say('integrityFailed', { count: problems.length, first: problems[0]?.message }));
  }
}

/** A stored row that cannot be read as what it should hold: where it is, and that it was changed outside this code. */
export function damagedRow(campaignId: string, part: StoredPart, key: string): StoreError {
  return new StoreError('integrity', say('damagedRow', { campaignId, part, key }));
}
