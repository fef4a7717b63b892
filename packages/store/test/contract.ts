import { readFileSync } from 'node:fs';
import {
  type Actor,
  campaignConfig,
  chainHasher,
  type DispatchResult,
  SNAPSHOT_VERSION,
} from '@chuangwen/machine';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  ConflictError,
  createCampaign,
  IntegrityError,
  NewerSchemaError,
  type RecordStore,
  recordEvent,
  STORE_SCHEMA_VERSION,
  StoreError,
  verifyStore,
} from '../src/index.js';

/** A store under test, how to open it again, and raw SQL to tamper with it as someone outside the code would. */
export interface StoreFixture {
  store: RecordStore;
  reopen: () => Promise<RecordStore>;
  raw: (sql: string, params?: unknown[]) => Promise<unknown[]>;
  close: () => Promise<void>;
}

const KEY = 'store-contract-test-key-0123456789';
export const hasher = chainHasher(KEY);
export const OFFICE: Actor = { id: 'p-office', role: 'office' };
const SUPERVISOR: Actor = { id: 'p-sup', role: 'supervisionGroup' };
const STAFF: Actor = { id: 'p-staff', role: 'unitStaff', unitId: 'u1' };
const INSPECTOR: Actor = { id: 'p-insp', role: 'inspector', assignment: { siteIds: ['s1'], unitIds: [] } };
const config = campaignConfig({
  sites: [{ id: 's1', responsibleUnitId: 'u1' }],
  units: [{ id: 'u1' }],
  standardCodes: ['06.01.01', '10.01.01'],
});
let minute = 0;
const at = () => new Date(Date.parse('2026-03-01T09:00:00+08:00') + minute++ * 60_000).toISOString();

async function newCampaign(store: RecordStore, id: string) {
  return createCampaign(store, { campaignId: id, at: at(), units: { u1: 'lead' } }, OFFICE, {
    hasher,
    config,
    document: { id, title: '示例' },
  });
}

export async function send(
  store: RecordStore,
  campaignId: string,
  event: object,
  key?: string,
): Promise<DispatchResult> {
  const outcome = await recordEvent(
    store,
    campaignId,
    { at: at(), ...event },
    {
      hasher,
      config,
      receivedAt: at(),
      ...(key
        ? {
            idempotency: {
              key,
              fingerprint: JSON.stringify(event),
              reply: (r: DispatchResult) => ({ accepted: r.accepted }),
            },
          }
        : {}),
    },
  );
  if (outcome.kind !== 'recorded') throw new Error(`not recorded: ${outcome.kind}`);
  return outcome.result;
}

const observation = (id: string, outcome: 'pass' | 'fail') => ({
  id,
  standardRef: '06.01.01',
  scope: { kind: 'site', siteId: 's1' },
  observedAt: '2026-04-01T10:00:00+08:00',
  method: 'fieldInspection',
  source: 'supervisionCheck',
  outcome,
});

/** The same contract, run on every adapter. */
export function storeContract(name: string, open: (database: string) => Promise<StoreFixture>) {
  describe(`the store contract: ${name}`, () => {
    let f: StoreFixture;
    let n = 0;
    const fresh = async () => {
      f = await open(`contract_${++n}`);
      return f;
    };
    beforeAll(fresh);
    afterAll(() => f.close());

    it('opens at its schema version, creates campaigns once, and records events on every stream', async () => {
      const { store } = f;
      expect(await store.schemaVersion()).toBe(STORE_SCHEMA_VERSION);
      await newCampaign(store, 'c1');
      await expect(newCampaign(store, 'c1')).rejects.toMatchObject({ code: 'exists' });
      expect(await store.campaignIds()).toEqual(['c1']);
      expect(await store.document('c1')).toEqual({ id: 'c1', title: '示例' });
      await send(store, 'c1', { type: 'organisation.leadingGroupFormed', actor: OFFICE });
      await send(store, 'c1', {
        type: 'rectification.reported',
        actor: SUPERVISOR,
        rectificationId: 'r1',
        standardRef: '06.01.01',
        scope: { kind: 'site', siteId: 's1' },
        description: '占道经营',
      });
      await send(store, 'c1', {
        type: 'rectification.assigned',
        actor: OFFICE,
        rectificationId: 'r1',
        leadUnitId: 'u1',
        deadline: '2026-05-01',
      });
      await send(store, 'c1', { type: 'rectification.started', actor: STAFF, rectificationId: 'r1' });
      await send(store, 'c1', {
        type: 'observation.recorded',
        actor: INSPECTOR,
        observation: observation('o1', 'fail'),
      });
      const overwrite = await send(store, 'c1', {
        type: 'observation.recorded',
        actor: INSPECTOR,
        observation: observation('o1', 'pass'),
      });
      expect(overwrite.rejection?.code).toBe('invalid');
      await send(store, 'c1', {
        type: 'observation.corrected',
        actor: SUPERVISOR,
        observation: observation('o2', 'pass'),
        supersedes: 'o1',
        reason: '复核',
      });
      expect((await store.heads('c1')).map((h) => [h.stream, h.seq])).toEqual([
        ['campaign', 5],
        ['evidence', 3],
        ['rectification/r1', 3],
      ]);
      expect(
        (await store.read('c1', 'campaign', { from: 1, limit: 2 })).map((e) => JSON.parse(e.body).seq),
      ).toEqual([1, 2]);
      expect(await store.rectifications('c1')).toEqual([
        expect.objectContaining({ id: 'r1', status: 'rectifying', leadUnitId: 'u1' }),
      ]);
      expect((await store.evidence('c1', { inForce: true })).map((e) => e.id)).toEqual(['o2']);
      expect((await store.campaign('c1'))!.snapshot.context.facts.ledger.open).toBe(1);
      expect(await verifyStore(store, 'c1', { hasher, config })).toMatchObject({ ok: true, problems: [] });
    });

    it('refuses a commit at a head that moved, writing nothing', async () => {
      const { store } = f;
      await newCampaign(store, 'c2');
      const state = await store.load('c2', {
        stream: 'campaign',
        lookups: { observations: [], documents: [], surveys: [] },
        emptyHead: () => ({ seq: 0, hash: '' }),
      });
      const first = await send(store, 'c2', { type: 'plan.issued', actor: OFFICE, plan: 'work' });
      const { dispatch } = await import('@chuangwen/machine');
      const stale = dispatch(
        { type: 'plan.issued', actor: OFFICE, plan: 'implementation', at: at() },
        state!,
        { hasher, config },
      );
      await expect(
        store.commit('c2', { appends: stale.appends, campaign: stale.campaign }),
      ).rejects.toBeInstanceOf(ConflictError);
      expect(await store.read('c2', 'campaign')).toHaveLength(2);
      expect((await store.campaign('c2'))!.snapshot.context.facts.workPlanIssued).toBe(true);
      expect((await store.campaign('c2'))!.snapshot.context.facts.implementationPlanIssued).toBe(false);
      expect(first.accepted).toBe(true);
    });

    it('loses no event among 40 concurrent writers, each recorded exactly once, and the record verifies', async () => {
      const { store } = f;
      await newCampaign(store, 'c3');
      const results = await Promise.all(
        Array.from({ length: 40 }, (_, i) =>
          i % 2
            ? send(store, 'c3', {
                type: 'meeting.recorded',
                actor: OFFICE,
                kind: 'workMeeting',
                meetingId: `m${i}`,
                date: '2026-04-02',
              })
            : send(store, 'c3', {
                type: 'observation.recorded',
                actor: INSPECTOR,
                observation: observation(`o${i}`, 'pass'),
              }),
        ),
      );
      expect(results.every((r) => r.accepted)).toBe(true);
      const meetings = (await store.read('c3', 'campaign'))
        .map((e) => JSON.parse(e.body).event?.meetingId)
        .filter(Boolean);
      expect(new Set(meetings).size).toBe(20);
      expect(meetings).toHaveLength(20);
      expect(await store.evidence('c3')).toHaveLength(20);
      expect(await verifyStore(store, 'c3', { hasher, config })).toMatchObject({ ok: true });
    });

    it('answers a retried request under its idempotency key without appending twice', async () => {
      const { store } = f;
      await newCampaign(store, 'c4');
      const event = {
        type: 'meeting.recorded',
        actor: OFFICE,
        kind: 'workMeeting',
        meetingId: 'm1',
        date: '2026-04-02',
        at: at(),
      };
      const options = {
        hasher,
        config,
        receivedAt: at(),
        idempotency: { key: 'k-1', fingerprint: 'f-1', reply: () => ({ status: 200 }) },
      };
      const [a, b] = await Promise.all([
        recordEvent(store, 'c4', event, options),
        recordEvent(store, 'c4', event, options),
      ]);
      expect([a.kind, b.kind].sort()).toEqual(['recorded', 'replayed']);
      expect(
        await recordEvent(store, 'c4', event, {
          ...options,
          idempotency: { ...options.idempotency, fingerprint: 'f-2' },
        }),
      ).toMatchObject({ kind: 'keyReused' });
      expect(await store.read('c4', 'campaign')).toHaveLength(2);
      expect(await store.receipt('c4', 'k-1')).toEqual({
        key: 'k-1',
        fingerprint: 'f-1',
        response: { status: 200 },
      });
      expect(await recordEvent(store, 'nope', event, options)).toEqual({ kind: 'noCampaign' });
    });

    it('writes back a snapshot of an older version, migrated, with the next event', async () => {
      const { store, raw } = f;
      await newCampaign(store, 'c5');
      const legacy = JSON.parse(
        readFileSync(new URL('../../fixtures/legacy/0.0.0/persisted-campaign.json', import.meta.url), 'utf8'),
      );
      legacy.snapshot.context.ledger = {};
      legacy.snapshot.context.campaignId = 'c5';
      await raw('UPDATE chuangwen_campaigns SET snapshot = ? WHERE id = ?', [JSON.stringify(legacy), 'c5']);
      expect((await store.campaign('c5'))!.version).toBe(SNAPSHOT_VERSION);
      await send(store, 'c5', {
        type: 'meeting.recorded',
        actor: OFFICE,
        kind: 'workMeeting',
        meetingId: 'mx',
        date: '2026-04-02',
      });
      const [row] = (await raw('SELECT snapshot FROM chuangwen_campaigns WHERE id = ?', ['c5'])) as {
        snapshot: string;
      }[];
      expect(JSON.parse(row!.snapshot).version).toBe(SNAPSHOT_VERSION);
    });

    it('finds an edited snapshot by replay, and refuses one that no longer reads', async () => {
      const { store, raw } = f;
      await newCampaign(store, 'c6');
      await send(store, 'c6', { type: 'organisation.leadingGroupFormed', actor: OFFICE });
      const [row] = (await raw('SELECT snapshot FROM chuangwen_campaigns WHERE id = ?', ['c6'])) as {
        snapshot: string;
      }[];
      const edited = JSON.parse(row!.snapshot);
      edited.snapshot.context.facts.officeFormed = true;
      await raw('UPDATE chuangwen_campaigns SET snapshot = ? WHERE id = ?', [JSON.stringify(edited), 'c6']);
      expect((await verifyStore(store, 'c6', { hasher, config }))!.problems).toEqual([
        expect.objectContaining({ kind: 'snapshot', stream: 'campaign' }),
      ]);
      await raw('UPDATE chuangwen_campaigns SET snapshot = ? WHERE id = ?', [
        '{"machine":"chuangwen.campaign","version":4}',
        'c6',
      ]);
      await expect(store.campaign('c6')).rejects.toBeInstanceOf(StoreError);
    });

    it('refuses to open a store whose schema is newer than the code, or whose heads and entries disagree', async () => {
      const { raw } = f;
      await raw("UPDATE chuangwen_meta SET value = '99' WHERE key = 'schema_version'");
      await expect(f.reopen()).rejects.toBeInstanceOf(NewerSchemaError);
      await raw("UPDATE chuangwen_meta SET value = ? WHERE key = 'schema_version'", [
        String(STORE_SCHEMA_VERSION),
      ]);
      await raw("UPDATE chuangwen_heads SET seq = seq + 1 WHERE campaign_id = 'c1' AND stream = 'campaign'");
      const error = await f.reopen().catch((e: unknown) => e);
      expect(error).toBeInstanceOf(IntegrityError);
      expect((error as IntegrityError).problems[0]).toMatchObject({ campaignId: 'c1', stream: 'campaign' });
      expect((error as IntegrityError).detail['zh-CN']).toMatch(/完整性/);
      await raw("UPDATE chuangwen_heads SET seq = seq - 1 WHERE campaign_id = 'c1' AND stream = 'campaign'");
      const again = await f.reopen();
      await again.close();
    });
  });
}
