// The operator's migrations, run by a named person and never on start: what the 0.0.0 service left in a SQLite file,
// and a campaign recorded in the first stream format. Each returns what it did; main.ts prints it.
import type { Actor } from '@chuangwen/machine';
import { type BilingualText, type ValidationIssue, validateCampaign } from '@chuangwen/model';
import { migrateCampaign } from '@chuangwen/store';
import { type LegacyMigration, openSqliteStore } from '@chuangwen/store/sqlite';
import { type AuditConfig, hasherOf } from './audit-keys.js';
import type { Frameworks } from './frameworks.js';
import { type DatabaseLocation, openStore } from './store.js';

/** Who runs a migration, when, under which audit key, and the framework editions campaigns are judged by. */
export interface Operator {
  actor: Actor;
  at: string;
  audit: AuditConfig;
  frameworks: Frameworks;
}

/** Migrates every campaign the 0.0.0 tables of a SQLite file hold and the store does not; refuses the rest with why. */
export async function migrateLegacyFile(path: string, operator: Operator): Promise<LegacyMigration> {
  const store = await openSqliteStore(path);
  try {
    return await store.migrateLegacy({
      hasher: hasherOf(operator.audit),
      actor: operator.actor,
      at: operator.at,
      configuration: (document) => operator.frameworks.configurationFor(document),
    });
  } finally {
    await store.close();
  }
}

/** The campaigns the 0.0.0 tables of a SQLite file hold and the store does not yet. */
export async function legacyWaiting(path: string): Promise<string[]> {
  const store = await openSqliteStore(path, { check: false });
  try {
    return await store.legacyWaiting();
  } finally {
    await store.close();
  }
}

/** What migrating one campaign came to. */
export type CampaignMigration =
  | { ok: true }
  | { ok: false; reason: BilingualText; issues: ValidationIssue[] };

/** Migrates one campaign recorded in the first stream format, its configuration taken from its stored document. */
export async function migrateStoredCampaign(
  database: DatabaseLocation,
  campaignId: string,
  operator: Operator,
): Promise<CampaignMigration> {
  const store = await openStore(database);
  try {
    const stored = await store.project(campaignId, { document: true });
    if (!stored)
      return {
        ok: false,
        reason: { 'zh-CN': `创建工作 ${campaignId} 不存在`, en: `campaign ${campaignId} does not exist` },
        issues: [],
      };
    const document = validateCampaign(stored.document);
    if (!document.ok)
      return {
        ok: false,
        reason: {
          'zh-CN': '该创建工作没有可读的文件，无法得出其配置',
          en: 'the campaign has no readable document to take its configuration from',
        },
        issues: document.issues,
      };
    const result = await migrateCampaign(store, campaignId, {
      hasher: hasherOf(operator.audit),
      actor: operator.actor,
      at: operator.at,
      configuration: operator.frameworks.configurationFor(document.value),
    });
    if (!result)
      return {
        ok: false,
        reason: { 'zh-CN': `创建工作 ${campaignId} 不存在`, en: `campaign ${campaignId} does not exist` },
        issues: [],
      };
    return result.ok
      ? { ok: true }
      : {
          ok: false,
          reason: { 'zh-CN': '迁移被拒绝', en: 'the migration was refused' },
          issues: result.issues,
        };
  } finally {
    await store.close();
  }
}
