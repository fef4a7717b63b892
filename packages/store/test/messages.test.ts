import { fileURLToPath } from 'node:url';
import { messageProblems, textOutsideCatalogues, writtenCatalogue } from '@chuangwen/fixtures/catalogues';
import { chainHasher } from '@chuangwen/machine';
import { describe, expect, it } from 'vitest';
import { DATABASE_MESSAGES, say } from '../src/database-messages.js';
import {
  ConflictError,
  createCampaign,
  IntegrityError,
  MemoryRecordStore,
  NewerSchemaError,
  type RecordStore,
  StoreError,
  verifyStore,
} from '../src/index.js';
import { STORE_MESSAGES } from '../src/messages.js';

type Messages = (typeof DATABASE_MESSAGES)['en'];

// Every message of the store and its database adapters, with values to write it from: typed by the English catalogue, so a message added there
// does not compile here until it has its sample.
const SAMPLES: { [K in keyof Messages]: Parameters<Messages[K]> } = {
  streamMoved: [{ stream: 'rectification/r-7' }],
  newerSchema: [{ found: 9, supported: 4 }],
  integrityFailed: [{ count: 3, first: { 'zh-CN': '链头不符', en: 'the head does not match' } }],
  damagedRow: [{ campaignId: 'c-sample', part: 'evidence', key: 'photo/p-2' }],
  campaignExists: [{ campaignId: 'c-sample' }],
  campaignMissing: [{ campaignId: 'c-sample' }],
  needsMigration: [{ campaignId: 'c-sample' }],
  alreadyMigrated: [{ campaignId: 'c-sample' }],
  storeClosed: [],
  headMismatch: [{ stream: 'evidence' }],
  beyondHead: [{ stream: 'evidence' }],
  positionMismatch: [],
  projectionUnreadable: [],
  rectificationDeleted: [{ stream: 'rectification/r-7' }],
  receiptChanged: [{ key: 'k-2026-03-01-0001' }],
  receiptMisleads: [{ key: 'k-2026-03-01-0001' }],
  idempotencyKeyLength: [{ max: 200 }],
  metaTableMissing: [],
  schemaVersionMissing: [],
  schemaVersionNotWhole: [{ recorded: 'two' }],
  legacyDocumentInvalid: [],
  legacySnapshotUnrestorable: [],
  legacyObservationsUnreadable: [{ count: 4 }],
  legacyConfigurationInvalid: [{ first: { 'zh-CN': '单位重复', en: 'a unit is listed twice' } }],
  mysqlLoginRefused: [{ said: 'Access denied' }],
  mysqlDatabaseMissing: [{ said: 'Unknown database' }],
  postgresUserRefused: [{ said: 'password authentication failed' }],
  postgresDatabaseMissing: [{ said: 'database "cw" does not exist' }],
  postgresSchemaRefused: [{ said: 'no schema has been selected' }],
  postgresSchemaMissing: [{ schema: 'cw_store' }],
  postgresSchemaName: [{ schema: '9bad' }],
  authenticationUnspoken: [{ method: 'sm3 (openGauss, GaussDB, Vastbase)', code: 13, said: 'closed' }],
};

/** The text of the sample values both languages must carry (not the part names or nested messages, each translated). */
const carried = (values: unknown[]): string[] =>
  values.flatMap((v) =>
    Object.entries(v as Record<string, unknown>).flatMap(([name, x]) =>
      name === 'part' || name === 'first' ? [] : [String(x)],
    ),
  );

describe('the store’s messages', () => {
  it('writes each message as last reviewed: a change of wording in either language shows in its snapshot', async () => {
    const written = writtenCatalogue(DATABASE_MESSAGES, SAMPLES);
    expect(Object.keys(written).length).toBe(Object.keys(DATABASE_MESSAGES.en).length);
    await expect(`${JSON.stringify(written, null, 2)}\n`).toMatchFileSnapshot('messages.snap');
  });

  it('writes every message of the catalogue in Chinese and English, each saying the same values', () => {
    const keys = Object.keys(DATABASE_MESSAGES.en) as (keyof Messages)[];
    expect(Object.keys(DATABASE_MESSAGES['zh-CN']).sort()).toEqual([...keys].sort());
    // The store's own catalogue, which a browser bundles, holds no database adapter's message and none of it is lost.
    expect(Object.keys(STORE_MESSAGES['zh-CN']).sort()).toEqual(Object.keys(STORE_MESSAGES.en).sort());
    expect(Object.keys(STORE_MESSAGES.en).every((k) => keys.includes(k as keyof Messages))).toBe(true);
    expect(Object.keys(STORE_MESSAGES.en).filter((k) => /^(mysql|postgres|legacy|schema)/.test(k))).toEqual(
      [],
    );
    expect(Object.keys(SAMPLES).sort()).toEqual([...keys].sort());
    const written = keys.map((key) => {
      const values = SAMPLES[key] as unknown[];
      return {
        key,
        text: (say as (k: string, ...v: unknown[]) => never)(key, ...values),
        values: carried(values),
      };
    });
    expect(messageProblems(written)).toEqual([]);
  });

  it('finds a message missing a language or a value', () => {
    expect(
      messageProblems([
        { key: 'a', text: { 'zh-CN': 'campaign c-1 missing', en: 'campaign c-1 missing' }, values: ['c-1'] },
        {
          key: 'b',
          text: { 'zh-CN': '创建工作不存在', en: 'campaign undefined does not exist' },
          values: ['c-1'],
        },
      ]),
    ).toEqual([
      'a: the Chinese message has no Chinese',
      'b (zh-CN): does not say c-1',
      'b (en): a value is missing: campaign undefined does not exist',
      'b (en): does not say c-1',
    ]);
  });

  it('holds no message text outside the catalogues', () => {
    const src = fileURLToPath(new URL('../src', import.meta.url));
    expect(textOutsideCatalogues(src, (file) => /^(database-)?messages\.[\w-]+\.ts$/.test(file))).toEqual([]);
  });

  it('raises its errors with the catalogue’s text and a code', () => {
    const conflict = new ConflictError('evidence');
    expect(conflict).toBeInstanceOf(StoreError);
    expect(conflict.code).toBe('conflict');
    expect(conflict.detail).toEqual(say('streamMoved', { stream: 'evidence' }));
    expect(conflict.message).toBe(conflict.detail.en);
    expect(new NewerSchemaError(9, 4).detail['zh-CN']).toContain('9');
    const problems = [{ code: 'integrity' as const, message: say('headMismatch', { stream: 'campaign' }) }];
    expect(new IntegrityError(problems).detail.en).toContain(problems[0]!.message.en);
  });

  it('says why a projection could not be read, whatever the error that stopped it carries', async () => {
    const hasher = chainHasher('messages-test-key-0123456789');
    const store = new MemoryRecordStore();
    await createCampaign(
      store,
      { campaignId: 'c-m', at: '2026-03-01T09:00:00+08:00', units: {} },
      { id: 'p-office', role: 'office' },
      { hasher },
    );
    // A database driver's error: its detail a string of its own, or nothing; and a store's own, in both languages.
    for (const [detail, expected] of [
      ['relation "chuangwen_snapshot_parts" does not exist', say('projectionUnreadable')],
      [undefined, say('projectionUnreadable')],
      [say('storeClosed'), say('storeClosed')],
    ] as const) {
      const failing: RecordStore = Object.create(store);
      failing.project = (id, query) =>
        query.rawSnapshot
          ? Promise.reject(Object.assign(new Error('driver'), { detail }))
          : store.project(id, query);
      const verdict = await verifyStore(failing, 'c-m', { hasher });
      expect(verdict?.ok).toBe(false);
      expect(verdict?.problems[0]).toMatchObject({ kind: 'unreadable', message: expected });
    }
  });
});
