import type { BilingualText } from '@chuangwen/model';
import type { StoreProblem } from './contract.js';

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
    detail: BilingualText = {
      'zh-CN': `记录流 ${stream} 已被其他写入方更新，本次未写入，请重试`,
      en: `stream ${stream} moved on under another writer; nothing was written, retry`,
    },
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
    super('newer_schema', {
      'zh-CN': `数据库结构版本为 ${found}，本程序只支持到 ${supported}：请升级 @chuangwen/store 后再打开`,
      en: `the database schema is version ${found}; this code reads up to ${supported}: upgrade @chuangwen/store to open it`,
    });
  }
}

/** The check on open found heads and entries that do not agree, or rows that cannot be read: changed outside this code. */
export class IntegrityError extends StoreError {
  override readonly name = 'IntegrityError';
  constructor(readonly problems: StoreProblem[]) {
    super('integrity', {
      'zh-CN': `数据库完整性检查发现 ${problems.length} 处问题，首处：${problems[0]?.message['zh-CN'] ?? ''}`,
      en: `the integrity check found ${problems.length} problem(s); first: ${problems[0]?.message.en ?? ''}`,
    });
  }
}

/** A stored row that cannot be read as what it should hold: where it is, and that it was changed outside this code. */
export function damagedRow(campaignId: string, what: { zh: string; en: string }, key: string): StoreError {
  return new StoreError('integrity', {
    'zh-CN': `创建工作 ${campaignId} 存储的${what.zh}（${key}）无法读取：该行在本程序之外被改动`,
    en: `the stored ${what.en} of campaign ${campaignId} (${key}) cannot be read: the row was changed outside this code`,
  });
}
