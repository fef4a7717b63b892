import {
  type ChainHasher,
  compileConfiguration,
  EMPTY_POSITION,
  importDocument,
  type MigratedRecord,
  type MigrationOptions,
  migrateStreams,
  type StoredEntry,
  type StreamId,
} from '@chuangwen/machine';
import type { Campaign, ValidationResult } from '@chuangwen/model';
import type { RecordStore } from './contract.js';
import { say } from './messages.js';
import { sealAppends } from './seal-appends.js';

/** Writes a migrated record's entries and what they carry over, in one transaction, at the record's position 0. */
export async function writeMigrated(
  store: RecordStore,
  migrated: MigratedRecord,
  hasher: ChainHasher,
  document?: unknown,
): Promise<void> {
  await store.append(migrated.campaignId, {
    appends: await sealAppends(migrated.appends, hasher),
    position: EMPTY_POSITION,
    next: migrated.position,
    heads: migrated.heads,
    changes: {
      campaign: migrated.campaign,
      configuration: {
        value: migrated.configuration,
        digest: compileConfiguration(migrated.configuration).digest,
      },
      seed: { rectifications: migrated.rectifications, evidence: migrated.evidence },
      ...(document === undefined ? {} : { document }),
    },
  });
}

/**
 * Migrates a campaign a store holds in the first stream format to the current one, run by an operator (never on
 * start): every stream is read and checked with the key, the evidence and rectifications are rebuilt from their
 * entries, and the record goes on from a `record.imported` entry naming who ran it, with the configuration given. The
 * result says what was migrated, or every problem found, located; nothing is written unless all of it holds.
 */
export async function migrateCampaign(
  store: RecordStore,
  campaignId: string,
  options: MigrationOptions,
): Promise<ValidationResult<MigratedRecord> | undefined> {
  const p = await store.project(campaignId, { heads: 'all', rawSnapshot: true });
  if (!p) return undefined;
  if (p.format === 2)
    return {
      ok: false,
      issues: [
        {
          path: [],
          pointer: '',
          code: 'already_migrated',
          message: say('alreadyMigrated', { campaignId }),
        },
      ],
    };
  const streams: [StreamId, StoredEntry[]][] = [];
  for (const stream of p.heads!.keys()) {
    const entries: StoredEntry[] = [];
    for (let from = 0; ; ) {
      const page = await store.read(campaignId, { stream, from }, { limit: 5_000 });
      entries.push(...page.entries);
      if (page.next === undefined) break;
      from = page.next;
    }
    streams.push([stream, entries]);
  }
  const migrated = migrateStreams({ campaignId, streams, snapshot: p.rawSnapshot }, options);
  if (migrated.ok) await writeMigrated(store, migrated.value, options.hasher);
  return migrated;
}

/**
 * Starts a campaign's record from a campaign document that lands whole: its configuration, its rectifications in the
 * ledger, its evidence in force, and the document itself kept beside the record for views. The first entry names who
 * imported it. A `StoreError` with code `exists` when the id is taken; the document's problems, located, when it does
 * not hold as stored records must.
 */
export async function importCampaign(
  store: RecordStore,
  document: Campaign,
  options: MigrationOptions,
): Promise<ValidationResult<MigratedRecord>> {
  const imported = importDocument(document, options);
  if (imported.ok) await writeMigrated(store, imported.value, options.hasher, document);
  return imported;
}
