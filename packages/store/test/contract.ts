import { readFileSync } from 'node:fs';
import { defineFramework } from '@chuangwen/checklists';
import {
  type Actor,
  type AuditEntry,
  type ChainHasher,
  type ChainSigner,
  type ConfigurationInput,
  chainHasher,
  type DispatchResult,
  dispatch,
  keyring,
  localSigner,
  recordedFramework,
  SNAPSHOT_VERSION,
  type StoredEntry,
  type StreamId,
} from '@chuangwen/machine';
import { meetingList } from '@chuangwen/rules/internal';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  ConflictError,
  createCampaign,
  IntegrityError,
  migrateCampaign,
  NewerSchemaError,
  type RecordStore,
  recordEvent,
  StoreError,
  verifyFrom,
  verifyStore,
} from '../src/index.js';
import { splitSnapshot } from '../src/snapshot-parts.js';
import { storedState } from '../src/stored-state.js';

/**
 * A store under test, how to open it again, and how to change its rows as someone with access to the database (but
 * not the audit key) would: the same operations on every adapter, in SQL or on the memory adapter's rows.
 */
export interface StoreFixture {
  store: RecordStore;
  reopen: () => Promise<RecordStore>;
  tamper: {
    snapshot(campaignId: string, text: string): Promise<void>;
    rectification(campaignId: string, id: string, text: string): Promise<void>;
    receipt(campaignId: string, key: string, seq: number): Promise<void>;
    head(campaignId: string, stream: StreamId, delta: number): Promise<void>;
    /** Replaces the seal a signer gave an entry. */
    seal(campaignId: string, stream: StreamId, seq: number, seal: string): Promise<void>;
    /** SQL adapters only: replaces one part row of a campaign's snapshot (`facts.meetings/2026-04`). */
    snapshotPart?(campaignId: string, part: string, text: string): Promise<void>;
    /** Keeps a campaign of the first stream format, as a database upgraded from it holds it. */
    firstFormat(campaignId: string, streams: [StreamId, StoredEntry[]][], snapshot: unknown): Promise<void>;
  };
  /** SQL adapters only: the schema version record, set to a value or removed. */
  schema?: {
    version(value: string): Promise<void>;
    dropMeta(): Promise<void>;
    restore(): Promise<void>;
    /** Takes the schema back to version 2 (no seals, no recorded chains), as a database written before them. */
    previous(): Promise<void>;
  };
  close: () => Promise<void>;
}

const KEY = 'store-contract-test-key-0123456789';
export const hasher = chainHasher(KEY);
/** The audit key a campaign moves to: HMAC-SM3 under a key id, with the first-format key to verify what came before. */
const SM3 = keyring(
  chainHasher('store-contract-sm3-key-of-2026', { algorithm: 'hmac-sm3', keyId: '2026-01' }),
  hasher,
);
/** A signer as a cryptographic device behind the network would be: its key not in this process, one call per batch. */
function deviceSigner() {
  const inside = localSigner({
    algorithm: 'hmac-sm3',
    keyId: 'hsm-1',
    key: 'a-key-that-stays-in-the-device',
  });
  const calls: number[] = [];
  const signer: ChainSigner = {
    algorithm: 'hmac-sm3',
    keyId: 'hsm-1',
    async seal(hashes) {
      calls.push(hashes.length);
      await new Promise((resolve) => setTimeout(resolve, 2));
      return hashes.map((h) => inside.sealNow!(h));
    },
  };
  return { signer, calls };
}
export const OFFICE: Actor = { id: 'p-office', role: 'office' };
const SUPERVISOR: Actor = { id: 'p-sup', role: 'supervisionGroup' };
const STAFF: Actor = { id: 'p-staff', role: 'unitStaff', unitId: 'u1' };
const INSPECTOR: Actor = { id: 'p-insp', role: 'inspector', assignment: { siteIds: ['s1'], unitIds: [] } };

const standard = (code: string) => ({
  code,
  text: { 'zh-CN': `标准 ${code}` },
  methods: ['fieldInspection'],
  points: 1,
  kind: 'facility',
  siteTypes: ['market'],
  materialRequirements: [{ category: 'photo' }],
  scoring: { kind: 'binary' },
});
/** A fictional framework of two standards, and a configuration of one unit and one market. */
export const CONFIGURATION: ConfigurationInput = {
  units: [{ id: 'u1', name: '示例城管中队', kind: 'department' }],
  sites: [{ id: 's1', name: '示例农贸市场', siteType: 'market', responsibleUnitId: 'u1' }],
  frameworks: [
    recordedFramework(
      defineFramework({
        id: 'store-test-2026',
        name: { 'zh-CN': '示例测评体系' },
        editionYear: 2026,
        group: 'municipalDistrict',
        totalPoints: 2,
        items: [
          {
            code: '06',
            title: { 'zh-CN': '市容' },
            contents: [{ code: '06.01', title: { 'zh-CN': '市场' }, standards: [standard('06.01.01')] }],
          },
          {
            code: '10',
            title: { 'zh-CN': '创建' },
            contents: [{ code: '10.01', title: { 'zh-CN': '组织' }, standards: [standard('10.01.01')] }],
          },
        ],
      } as never),
      'main',
    ),
  ],
  settings: { clockSkewMinutes: 7 * 24 * 60 },
};
let minute = 0;
const at = () => new Date(Date.parse('2026-03-01T09:00:00+08:00') + minute++ * 60_000).toISOString();

export async function newCampaign(store: RecordStore, id: string, chain: ChainHasher = hasher) {
  return createCampaign(store, { campaignId: id, at: at(), units: { u1: 'lead' } }, OFFICE, {
    hasher: chain,
    configuration: CONFIGURATION,
    document: { id, title: '示例' },
  });
}

export async function send(
  store: RecordStore,
  campaignId: string,
  event: object,
  key?: string,
  chain: ChainHasher = hasher,
): Promise<DispatchResult> {
  const when = (event as { at?: string }).at ?? at();
  const outcome = await recordEvent(
    store,
    campaignId,
    { at: when, ...event },
    {
      hasher: chain,
      receivedAt: when,
      ...(key ? { idempotency: { key, fingerprint: JSON.stringify(event) } } : {}),
    },
  );
  if (outcome.kind !== 'recorded') throw new Error(`not recorded: ${outcome.kind}`);
  return outcome.result;
}

const observation = (id: string, outcome: 'pass' | 'fail') => ({
  id,
  standardRef: '06.01.01',
  scope: { kind: 'site', siteId: 's1' },
  observedAt: '2026-03-01T09:00:00+08:00',
  method: 'fieldInspection',
  source: 'supervisionCheck',
  outcome,
});
const entriesOf = async (store: RecordStore, campaignId: string, stream: StreamId) =>
  (await store.read(campaignId, { stream })).entries.map(
    (e) => ({ ...JSON.parse(e.body), hash: e.hash }) as AuditEntry,
  );

/** The same contract, run on every adapter: memory, SQLite, PostgreSQL. */
export function storeContract(name: string, open: (database: string) => Promise<StoreFixture>) {
  describe(`the store contract: ${name}`, () => {
    let f: StoreFixture;
    beforeAll(async () => {
      f = await open(`contract_${name.toLowerCase().replace(/\W/g, '')}`);
    });
    afterAll(() => f.close());

    it('creates a campaign once, records events on every stream, and reads streams, the record and its projections', async () => {
      const { store } = f;
      await newCampaign(store, 'c1');
      await expect(newCampaign(store, 'c1')).rejects.toMatchObject({ code: 'exists' });
      expect(await store.campaigns()).toEqual(['c1']);
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
      expect(
        (
          await send(store, 'c1', {
            type: 'observation.recorded',
            actor: INSPECTOR,
            observation: observation('o1', 'pass'),
          })
        ).rejection?.code,
      ).toBe('invalid');
      await send(store, 'c1', {
        type: 'observation.corrected',
        actor: SUPERVISOR,
        observation: observation('o2', 'pass'),
        supersedes: 'o1',
        reason: '复核',
      });
      const p = await store.project('c1', {
        campaign: true,
        heads: 'all',
        rectifications: 'all',
        evidence: 'inForce',
        document: true,
        configuration: true,
      });
      expect([...p!.heads!].map(([s, h]) => [s, h.seq])).toEqual([
        ['campaign', 2],
        ['evidence', 3],
        ['rectification/r1', 3],
      ]);
      expect(p!.position.pos).toBe(8);
      expect(p!.rectifications).toEqual([
        expect.objectContaining({ id: 'r1', status: 'rectifying', leadUnitId: 'u1' }),
      ]);
      expect(p!.evidence!.map((e) => e.id)).toEqual(['o2']);
      expect(p!.campaign!.snapshot.context.facts.ledger.open).toBe(1);
      expect(p!.document).toEqual({ id: 'c1', title: '示例' });
      expect(p!.configuration!.value!.sites[0]!.id).toBe('s1');
      // The record in the order of its positions; a stream from a seq; pages bounded in entries and bytes.
      const all = await store.read('c1', { from: 0 });
      expect(all.entries.map((e) => JSON.parse(e.body).pos)).toEqual([0, 1, 2, 3, 4, 5, 6, 7]);
      expect(
        (await store.read('c1', { stream: 'evidence', from: 1 }, { limit: 1 })).entries.map(
          (e) => JSON.parse(e.body).seq,
        ),
      ).toEqual([1]);
      const page = await store.read('c1', { from: 0 }, { maxBytes: 1 });
      expect(page).toMatchObject({ entries: [expect.anything()], next: 1 });
      expect(await verifyStore(store, 'c1', { hasher })).toMatchObject({ ok: true, problems: [] });
    });

    it('refuses an append at a position that moved, writing nothing', async () => {
      const { store } = f;
      await newCampaign(store, 'c2');
      const input = { type: 'plan.issued', actor: OFFICE, plan: 'implementation', at: at() };
      const state = await storedState(store, 'c2', input, hasher);
      if (!state || state === 'firstFormat') throw new Error('no state');
      await send(store, 'c2', { type: 'plan.issued', actor: OFFICE, plan: 'work' });
      const stale = dispatch(input, state, { hasher });
      await expect(
        store.append('c2', {
          appends: [stale.append],
          position: state.position,
          next: stale.position,
          heads: new Map([[stale.append.stream, stale.head]]),
          changes: { campaign: stale.campaign },
        }),
      ).rejects.toBeInstanceOf(ConflictError);
      const p = await store.project('c2', { campaign: true });
      expect(p!.position.pos).toBe(2);
      expect(p!.campaign!.snapshot.context.facts).toMatchObject({
        workPlanIssued: true,
        implementationPlanIssued: false,
      });
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
      const meetings = (await entriesOf(store, 'c3', 'campaign'))
        .map((e) => (e.event as { meetingId?: string }).meetingId)
        .filter(Boolean);
      expect(new Set(meetings).size).toBe(20);
      expect(meetings).toHaveLength(20);
      expect((await store.project('c3', { evidence: 'all' }))!.evidence).toHaveLength(20);
      expect(await verifyStore(store, 'c3', { hasher })).toMatchObject({ ok: true });
    });

    it('answers a retried request from the entry its key recorded, and finds a receipt changed to name another', async () => {
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
      const options = { hasher, receivedAt: at(), idempotency: { key: 'k-1', fingerprint: 'f-1' } };
      const [a, b] = await Promise.all([
        recordEvent(store, 'c4', event, options),
        recordEvent(store, 'c4', event, options),
      ]);
      expect([a.kind, b.kind].sort()).toEqual(['recorded', 'replayed']);
      const replayed = [a, b].find((o) => o.kind === 'replayed') as { entry: AuditEntry };
      expect(replayed.entry).toMatchObject({
        outcome: 'applied',
        request: { key: 'k-1', fingerprint: 'f-1' },
      });
      expect(
        await recordEvent(store, 'c4', event, {
          ...options,
          idempotency: { key: 'k-1', fingerprint: 'f-2' },
        }),
      ).toMatchObject({ kind: 'keyReused' });
      expect((await store.read('c4', { stream: 'campaign' })).entries).toHaveLength(2);
      await expect(
        recordEvent(store, 'c4', event, {
          ...options,
          idempotency: { key: 'k'.repeat(201), fingerprint: 'f' },
        }),
      ).rejects.toBeInstanceOf(RangeError);
      expect(await recordEvent(store, 'nope', event, options)).toEqual({ kind: 'noCampaign' });
      await send(store, 'c4', { type: 'plan.issued', actor: OFFICE, plan: 'work' }, 'k-2');
      expect(await verifyStore(store, 'c4', { hasher })).toMatchObject({ ok: true });
      // A receipt moved to name another entry: verification reports it, and a retry under the key is refused, not answered.
      await f.tamper.receipt('c4', 'k-1', 2);
      expect((await verifyStore(store, 'c4', { hasher }))!.problems).toEqual([
        expect.objectContaining({
          kind: 'snapshot',
          message: expect.objectContaining({ en: expect.stringContaining('receipt') }),
        }),
      ]);
      await expect(recordEvent(store, 'c4', event, options)).rejects.toMatchObject({ code: 'integrity' });
    });

    it('finds an edited snapshot by replay, and reports rows that no longer read instead of throwing', async () => {
      const { store } = f;
      await newCampaign(store, 'c6');
      await send(store, 'c6', { type: 'organisation.leadingGroupFormed', actor: OFFICE });
      await send(store, 'c6', {
        type: 'rectification.reported',
        actor: SUPERVISOR,
        rectificationId: 'r1',
        area: 'market',
        scope: { kind: 'site', siteId: 's1' },
        description: '占道',
      });
      const p = await store.project('c6', { campaign: true });
      const edited = structuredClone(p!.campaign!);
      edited.snapshot.context.facts.officeFormed = true;
      await f.tamper.snapshot('c6', JSON.stringify(edited));
      const reopened = await f.reopen();
      expect((await verifyStore(reopened, 'c6', { hasher }))!.problems).toEqual([
        expect.objectContaining({ kind: 'snapshot', stream: 'campaign' }),
      ]);
      await f.tamper.rectification('c6', 'r1', '{"id":"r1","status":"closed"}');
      const damaged = await verifyStore(reopened, 'c6', { hasher });
      expect(damaged!.ok).toBe(false);
      expect(damaged!.problems[0]).toMatchObject({
        kind: 'unreadable',
        message: { 'zh-CN': expect.stringContaining('r1') },
      });
      if (reopened !== store) await reopened.close();
      // A snapshot is kept by the hash of the record's last entry once read; a store opened afresh reads the row again.
      await f.tamper.snapshot('c6', '{"machine":"chuangwen.campaign","version":4}');
      const fresh = await f.reopen();
      await expect(fresh.project('c6', { campaign: true })).rejects.toMatchObject({ code: 'integrity' });
      await expect(
        recordEvent(
          fresh,
          'c6',
          { type: 'plan.issued', actor: OFFICE, plan: 'work', at: at() },
          { hasher, receivedAt: at() },
        ),
      ).rejects.toBeInstanceOf(StoreError);
      if (fresh !== store) await fresh.close();
    });

    it('keeps the snapshot it wrote for the next event, while verification judges the stored row', async () => {
      const { store } = f;
      await newCampaign(store, 'c8');
      const sent = await send(store, 'c8', { type: 'organisation.leadingGroupFormed', actor: OFFICE });
      const from = await verifyFrom(store, 'c8', { hasher });
      expect(from!.verdict.ok).toBe(true);
      await send(store, 'c8', { type: 'plan.issued', actor: OFFICE, plan: 'work' });
      const written = (await store.project('c8', { campaign: true }))!.campaign!;
      expect(written.snapshot.context.facts.workPlanIssued).toBe(true);
      expect(sent.campaign!.snapshot.context.facts.leadingGroupFormed).toBe(true);
      // The row edited in this very process, without reopening the store: both verifications read the row and find it.
      const edited = structuredClone(written);
      edited.snapshot.context.facts.officeFormed = true;
      await f.tamper.snapshot('c8', JSON.stringify(edited));
      expect((await verifyStore(store, 'c8', { hasher }))!.problems).toEqual([
        expect.objectContaining({ kind: 'snapshot', stream: 'campaign' }),
      ]);
      expect((await verifyFrom(store, 'c8', { hasher, from: from!.verification }))!.verdict.problems).toEqual(
        [expect.objectContaining({ kind: 'snapshot', stream: 'campaign' })],
      );
      await f.tamper.snapshot('c8', '{"machine":"chuangwen.campaign","version":4}');
      expect((await verifyStore(store, 'c8', { hasher }))!.problems).toEqual([
        expect.objectContaining({ kind: 'unreadable' }),
      ]);
    });

    it('reads a snapshot kept in parts whole, and finds a part edited in SQL', async () => {
      const { store } = f;
      await newCampaign(store, 'c-parts');
      for (const [meetingId, date] of [
        ['m1', '2026-04-02'],
        ['m2', '2026-05-06'],
        ['m3', '2026-05-20'],
      ])
        await send(store, 'c-parts', {
          type: 'meeting.recorded',
          actor: OFFICE,
          kind: 'workMeeting',
          meetingId,
          date,
        });
      await send(store, 'c-parts', { type: 'plan.issued', actor: OFFICE, plan: 'work' });
      const written = (await store.project('c-parts', { campaign: true }))!.campaign!;
      // Reopened, the store reads the rows afresh: the same snapshot as the one it kept, and a record that verifies.
      const reopened = await f.reopen();
      expect((await reopened.project('c-parts', { campaign: true }))!.campaign).toEqual(written);
      expect(await verifyStore(reopened, 'c-parts', { hasher })).toMatchObject({ ok: true, problems: [] });
      await send(reopened, 'c-parts', {
        type: 'meeting.recorded',
        actor: OFFICE,
        kind: 'workMeeting',
        meetingId: 'm4',
        date: '2026-05-27',
      });
      expect(await verifyStore(reopened, 'c-parts', { hasher })).toMatchObject({ ok: true, problems: [] });
      if (f.tamper.snapshotPart) {
        const may = (await reopened.project('c-parts', { campaign: true }))!.campaign!.snapshot.context.facts
          .meetings['2026-05'];
        expect(meetingList({ '2026-05': written.snapshot.context.facts.meetings['2026-05']! })).toHaveLength(
          2,
        );
        // A month emptied, as valid as it was: the replay tells.
        await f.tamper.snapshotPart('c-parts', 'facts.meetings/2026-05', '{"held":{}}');
        expect((await verifyStore(reopened, 'c-parts', { hasher }))!.problems).toEqual([
          expect.objectContaining({ kind: 'snapshot', stream: 'campaign' }),
        ]);
        await f.tamper.snapshotPart('c-parts', 'facts.meetings/2026-05', '{"not json');
        expect((await verifyStore(reopened, 'c-parts', { hasher }))!.problems).toEqual([
          expect.objectContaining({ kind: 'unreadable' }),
        ]);
        await f.tamper.snapshotPart('c-parts', 'facts.meetings/2026-05', JSON.stringify(may));
        expect(await verifyStore(reopened, 'c-parts', { hasher })).toMatchObject({ ok: true, problems: [] });
      }
      if (reopened !== store) await reopened.close();
    });

    it('writes every part again after reading a snapshot of an older version, so none keeps the old text', async () => {
      const { store } = f;
      await newCampaign(store, 'c-v8');
      await send(store, 'c-v8', { type: 'phase.advance', actor: OFFICE });
      const current = (await store.project('c-v8', { campaign: true }))!.campaign!;
      const refusal = current.snapshot.context.lastRefusal!;
      expect(refusal.blockers.map((b) => b.code)).toContain('leading_group_missing');
      if (!f.tamper.snapshotPart) {
        // In memory a record holds only what this store wrote: the current version, read without migrations.
        expect(current.version).toBe(SNAPSHOT_VERSION);
        return;
      }
      // The rows as version 8 wrote them: its version in the core, blocker codes in camel case in the part.
      const camel = (code: string) => code.replace(/_([a-z])/g, (_m, c: string) => c.toUpperCase());
      const { core } = splitSnapshot(current);
      await f.tamper.snapshot('c-v8', JSON.stringify({ ...JSON.parse(core), version: 8 }));
      await f.tamper.snapshotPart(
        'c-v8',
        'lastRefusal',
        JSON.stringify({
          ...refusal,
          blockers: refusal.blockers.map((b) => ({ ...b, code: camel(b.code) })),
        }),
      );
      const reopened = await f.reopen();
      expect((await reopened.project('c-v8', { campaign: true }))!.campaign).toEqual(current);
      expect(await verifyStore(reopened, 'c-v8', { hasher })).toMatchObject({ ok: true, problems: [] });
      await send(reopened, 'c-v8', { type: 'plan.issued', actor: OFFICE, plan: 'work' });
      const again = await f.reopen();
      const raw = JSON.stringify((await again.project('c-v8', { rawSnapshot: true }))!.rawSnapshot);
      expect(raw).toContain('"leading_group_missing"');
      expect(raw).not.toContain('"leadingGroupMissing"');
      expect((await again.project('c-v8', { campaign: true }))!.campaign!.version).toBe(SNAPSHOT_VERSION);
      expect(await verifyStore(again, 'c-v8', { hasher })).toMatchObject({ ok: true, problems: [] });
      for (const s of new Set([reopened, again])) if (s !== store) await s.close();
    });

    it('verifies from where the last run stopped: what was appended since, and the rows it touched', async () => {
      const { store } = f;
      await newCampaign(store, 'c7');
      await send(store, 'c7', {
        type: 'rectification.reported',
        actor: SUPERVISOR,
        rectificationId: 'r1',
        area: 'market',
        scope: { kind: 'site', siteId: 's1' },
        description: '占道',
      });
      const first = await verifyFrom(store, 'c7', { hasher });
      expect(first!.verdict).toMatchObject({ ok: true, entries: 2 });
      await send(store, 'c7', {
        type: 'rectification.assigned',
        actor: OFFICE,
        rectificationId: 'r1',
        leadUnitId: 'u1',
        deadline: '2026-05-01',
      });
      const next = await verifyFrom(store, 'c7', { hasher, from: first!.verification });
      expect(next!.verdict).toMatchObject({ ok: true, entries: 3 });
      // A row the new entries touched, changed outside the code: found at the next run.
      await send(store, 'c7', { type: 'rectification.started', actor: STAFF, rectificationId: 'r1' });
      await f.tamper.rectification(
        'c7',
        'r1',
        JSON.stringify({
          ...(await store.project('c7', { rectifications: ['r1'] }))!.rectifications![0],
          leadUnitId: 'u9',
        }),
      );
      const caught = await verifyFrom(store, 'c7', { hasher, from: next!.verification });
      expect(caught!.verdict.problems).toEqual([
        expect.objectContaining({ kind: 'snapshot', stream: 'rectification/r1' }),
      ]);
      // A position kept elsewhere that the record no longer reaches: a cut tail.
      expect(
        (await verifyFrom(store, 'c7', { hasher, position: { pos: 9, hash: 'x' } }))!.verdict.problems,
      ).toContainEqual(expect.objectContaining({ kind: 'head' }));
    });

    it('chains under HMAC-SM3 with a key id, and moves a record from SHA-256 to SM3 with its next entries', async () => {
      const { store } = f;
      await newCampaign(store, 'c9');
      await send(store, 'c9', { type: 'organisation.leadingGroupFormed', actor: OFFICE });
      await send(store, 'c9', {
        type: 'rectification.reported',
        actor: SUPERVISOR,
        rectificationId: 'r1',
        standardRef: '06.01.01',
        scope: { kind: 'site', siteId: 's1' },
        description: '占道经营',
      });
      const before = await verifyFrom(store, 'c9', { hasher });
      expect(before!.verdict.ok).toBe(true);
      // The host now writes with the new key: each stream moves with its next entry, a new stream starts under it.
      await send(store, 'c9', { type: 'plan.issued', actor: OFFICE, plan: 'work' }, undefined, SM3);
      await send(store, 'c9', { type: 'plan.issued', actor: OFFICE, plan: 'implementation' }, undefined, SM3);
      await send(
        store,
        'c9',
        { type: 'observation.recorded', actor: INSPECTOR, observation: observation('o1', 'fail') },
        undefined,
        SM3,
      );
      const campaign = await entriesOf(store, 'c9', 'campaign');
      expect(campaign.map((e) => e.chain)).toEqual([undefined, undefined, SM3.spec, undefined]);
      expect((await entriesOf(store, 'c9', 'evidence'))[0]!.chain).toEqual(SM3.spec);
      expect((await entriesOf(store, 'c9', 'rectification/r1'))[0]!.chain).toBeUndefined();
      const heads = (await store.project('c9', { heads: 'all' }))!.heads!;
      expect(heads.get('campaign')!.chain).toEqual(SM3.spec);
      expect(heads.get('rectification/r1')!.chain).toBeUndefined();
      // What the store keeps of each stream's chain survives a reopen: the next entry does not record it again.
      const reopened = await f.reopen();
      await send(reopened, 'c9', { type: 'organisation.officeFormed', actor: OFFICE }, undefined, SM3);
      expect((await entriesOf(reopened, 'c9', 'campaign')).at(-1)!.chain).toBeUndefined();
      expect(await verifyStore(reopened, 'c9', { hasher: SM3 })).toMatchObject({ ok: true, problems: [] });
      expect(
        (await verifyFrom(reopened, 'c9', { hasher: SM3, from: before!.verification }))!.verdict,
      ).toMatchObject({
        ok: true,
      });
      const withoutNew = await verifyStore(reopened, 'c9', { hasher });
      expect(withoutNew!.problems.filter((p) => p.kind === 'key').map((p) => p.stream)).toEqual([
        'campaign',
        'evidence',
      ]);
      if (reopened !== store) await reopened.close();
    });

    it('writes each entry with its signer’s seal, batching the signer’s calls, and finds a seal changed in the database', async () => {
      const { store } = f;
      const { signer, calls } = deviceSigner();
      const sealed = chainHasher(undefined, { signer });
      await newCampaign(store, 'c10', sealed);
      await Promise.all(
        Array.from({ length: 12 }, (_, i) =>
          send(
            store,
            'c10',
            {
              type: 'meeting.recorded',
              actor: OFFICE,
              kind: 'workMeeting',
              meetingId: `m${i}`,
              date: '2026-04-02',
            },
            undefined,
            sealed,
          ),
        ),
      );
      const stored = (await store.read('c10', { stream: 'campaign' })).entries;
      expect(stored).toHaveLength(13);
      expect(stored.every((e) => typeof e.seal === 'string' && e.seal.length === 64)).toBe(true);
      expect(calls.reduce((a, b) => a + b, 0)).toBe(13);
      expect(await verifyStore(store, 'c10', { hasher: sealed })).toMatchObject({ ok: true, problems: [] });
      expect((await verifyFrom(store, 'c10', { hasher: sealed }))!.verdict).toMatchObject({ ok: true });
      await f.tamper.seal('c10', 'campaign', 4, 'f'.repeat(64));
      const found = await verifyStore(store, 'c10', { hasher: sealed });
      expect(found!.problems).toEqual([
        expect.objectContaining({ stream: 'campaign', seq: 4, kind: 'seal' }),
      ]);
      expect((await verifyFrom(store, 'c10', { hasher: sealed }))!.verdict.problems).toEqual([
        expect.objectContaining({ stream: 'campaign', seq: 4, kind: 'seal' }),
      ]);
    });

    it('migrates a campaign of the first stream format only when an operator runs it, then goes on', async () => {
      const { store } = f;
      const stored = JSON.parse(
        readFileSync(new URL('../../fixtures/stored/pre-0.1/record.json', import.meta.url), 'utf8'),
      );
      await f.tamper.firstFormat(
        stored.campaignId,
        [
          ['campaign', stored.streams.campaign],
          ['evidence', stored.streams.evidence],
        ],
        stored.snapshot,
      );
      const old = chainHasher(stored.key);
      const event = { type: 'plan.issued', actor: OFFICE, plan: 'work', at: '2026-11-27T10:00:00+08:00' };
      expect(
        await recordEvent(store, stored.campaignId, event, { hasher: old, receivedAt: event.at }),
      ).toEqual({ kind: 'needsMigration' });
      const migrated = await migrateCampaign(store, stored.campaignId, {
        hasher: old,
        actor: OFFICE,
        at: '2026-11-27T09:00:00+08:00',
        configuration: {
          ...CONFIGURATION,
          sites: [{ id: 's1', name: '示例点位', siteType: 'market', responsibleUnitId: 'u1' }],
        },
      });
      expect(migrated).toMatchObject({ ok: true });
      expect(
        await recordEvent(store, stored.campaignId, event, { hasher: old, receivedAt: event.at }),
      ).toMatchObject({ kind: 'recorded' });
      expect(await verifyStore(store, stored.campaignId, { hasher: old })).toMatchObject({
        ok: true,
        problems: [],
      });
      expect(
        await migrateCampaign(store, stored.campaignId, {
          hasher: old,
          actor: OFFICE,
          at: event.at,
          configuration: CONFIGURATION,
        }),
      ).toMatchObject({
        ok: false,
        issues: [expect.objectContaining({ code: 'already_migrated' })],
      });
    });

    it('refuses to open a store whose schema is newer, missing or malformed, or whose heads and entries disagree, never with a raw driver error', async () => {
      await f.tamper.head('c1', 'campaign', 1);
      const error = await f.reopen().catch((e: unknown) => e);
      expect(error).toBeInstanceOf(IntegrityError);
      expect((error as IntegrityError).problems[0]).toMatchObject({ campaignId: 'c1', stream: 'campaign' });
      expect((error as IntegrityError).detail['zh-CN']).toMatch(/完整性/);
      await f.tamper.head('c1', 'campaign', -1);
      if (f.schema) {
        await f.schema.version('99');
        await expect(f.reopen()).rejects.toBeInstanceOf(NewerSchemaError);
        await f.schema.version('two');
        await expect(f.reopen()).rejects.toMatchObject({
          code: 'schema',
          detail: { en: expect.stringContaining('"two"') },
        });
        await f.schema.dropMeta();
        await expect(f.reopen()).rejects.toMatchObject({
          code: 'schema',
          detail: { en: expect.stringContaining('chuangwen_meta') },
        });
        await f.schema.restore();
        // A database written before seals and recorded chains (schema 2) upgrades on open, and its records verify as
        // the first format they are.
        await f.schema.previous();
        const upgraded = await f.reopen();
        expect(await verifyStore(upgraded, 'c1', { hasher })).toMatchObject({ ok: true, problems: [] });
        if (upgraded !== f.store) await upgraded.close();
      }
      const again = await f.reopen();
      expect(await again.check()).toEqual([]);
      if (again !== f.store) await again.close();
    });
  });
}
