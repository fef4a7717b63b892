import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { holidayCnYear } from '@chuangwen/fixtures/holiday-cn';
import { validateHolidayCnLayer } from '@chuangwen/model';
import { afterAll, describe, expect, it } from 'vitest';
import { campaignView, MemoryRecordStore, type RecordStore, verifyStore } from '../src/index.js';
import { openSqliteStore } from '../src/sqlite/index.js';
import { CONFIGURATION, hasher, newCampaign, OFFICE, send } from './contract.js';

const dir = mkdtempSync(join(tmpdir(), 'chuangwen-view-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const SUPERVISOR = { id: 'p-sup', role: 'supervisionGroup' as const };
const LEADER = { id: 'p-leader', role: 'leadingGroup' as const };
const finding = (id: string, outcome: 'pass' | 'fail', code = '06.01.01') => ({
  type: 'observation.recorded',
  actor: SUPERVISOR,
  observation: {
    id,
    standardRef: code,
    scope: { kind: 'site', siteId: 's1' },
    observedAt: '2026-03-05T10:00:00+08:00',
    method: 'fieldInspection',
    source: 'supervisionCheck',
    outcome,
  },
});

describe.each([
  ['memory', async () => new MemoryRecordStore()],
  ['SQLite', async () => openSqliteStore(join(dir, 'view.db'))],
] as [string, () => Promise<RecordStore>][])('the campaign view on %s', (_name, open) => {
  it('is one read of the campaign, kept current by delta, and equal to a view built afresh', async () => {
    const store = await open();
    await newCampaign(store, 'v1');
    const asOf = '2026-03-20T09:00:00+08:00';
    const first = await campaignView(store, 'v1', { asOf });
    expect(first).toMatchObject({
      state: 'mobilization',
      ledger: [],
      evidence: { observations: { effective: 0 } },
    });
    expect(first!.board.standards['06.01.01']).toMatchObject({
      class: 'undetermined',
      derived: 'undetermined',
    });
    await send(store, 'v1', finding('o1', 'fail'));
    await send(store, 'v1', {
      type: 'rectification.reported',
      actor: SUPERVISOR,
      rectificationId: 'r1',
      standardRef: '06.01.01',
      scope: { kind: 'site', siteId: 's1' },
      description: '占道经营',
    });
    await send(store, 'v1', {
      type: 'rectification.assigned',
      actor: OFFICE,
      rectificationId: 'r1',
      leadUnitId: 'u1',
      deadline: '2026-03-10',
    });
    await send(store, 'v1', {
      type: 'class.overridden',
      actor: LEADER,
      standardRef: '10.01.01',
      class: 'compliant',
      reason: '已书面确认',
    });
    const after = await campaignView(store, 'v1', { asOf });
    expect(after!.board.standards['06.01.01']).toMatchObject({
      class: 'nonCompliant',
      derived: 'nonCompliant',
    });
    // The override stands beside the derived class, which every view shows.
    expect(after!.board.standards['10.01.01']).toMatchObject({
      class: 'compliant',
      derived: 'undetermined',
      override: { by: 'p-leader' },
    });
    expect(after!.ledger).toEqual([
      expect.objectContaining({ id: 'r1', overdue: true, daysLeft: -10, escalated: false }),
    ]);
    expect(after!.evidence.observations.effective).toBe(1);
    expect(after!.items({ kind: 'observation' })).toHaveLength(1);
    expect(after!.explain('06.01.01', 'site:s1')).toMatchObject({
      classification: { class: 'nonCompliant' },
    });
    // Kept by delta, it reads as a view of the same record built from nothing would.
    const fresh = store.dialect === 'memory' ? undefined : await openSqliteStore(join(dir, 'view.db'));
    if (fresh) {
      const rebuilt = await campaignView(fresh, 'v1', { asOf });
      // The plain parts only: the methods are closures over each view's own projections.
      const plain = (v: object) =>
        Object.fromEntries(Object.entries(v).filter(([, x]) => typeof x !== 'function'));
      expect(plain(after!)).toEqual(plain(rebuilt!));
      expect(after!.cells('06.01.01')).toEqual(rebuilt!.cells('06.01.01'));
      await fresh.close();
    }
    // Read again at the same position and moment, it is the same view; another moment, or an event, gives a new one.
    expect(await campaignView(store, 'v1', { asOf })).toBe(after);
    expect(await campaignView(store, 'v1', { asOf: '2026-03-21T09:00:00+08:00' })).not.toBe(after);
    await send(store, 'v1', {
      type: 'observation.corrected',
      actor: SUPERVISOR,
      supersedes: 'o1',
      reason: '复核更正',
      observation: { ...finding('o2', 'pass').observation },
    });
    const corrected = await campaignView(store, 'v1', { asOf });
    expect(corrected).not.toBe(after);
    // The counts follow each status change: the correction supersedes the first finding.
    expect(corrected!.evidence.observations).toEqual({ effective: 1, superseded: 1, withdrawn: 0 });
    await send(store, 'v1', {
      type: 'observation.withdrawn',
      actor: SUPERVISOR,
      observationId: 'o2',
      reason: '误录',
    });
    expect((await campaignView(store, 'v1', { asOf }))!.evidence.observations).toEqual({
      effective: 0,
      superseded: 1,
      withdrawn: 1,
    });
    expect(await verifyStore(store, 'v1', { hasher })).toMatchObject({ ok: true });
    await store.close();
  });
});

describe('a campaign document posted whole', () => {
  it('lands in the record with its rectifications in the ledger, so the view shows them', async () => {
    const { importDocument } = await import('@chuangwen/machine');
    const { writeMigrated } = await import('../src/migrate-campaign.js');
    const store = new MemoryRecordStore();
    const document = {
      id: 'doc-1',
      rectifications: [
        {
          id: 'r9',
          area: 'sanitation',
          scope: { kind: 'site', siteId: 's1' },
          description: '垃圾未清（示例）',
          reportedAt: '2026-03-01T09:00:00+08:00',
          reportedBy: 'p-sup',
          status: 'assigned',
          leadUnitId: 'u1',
          supportingUnitIds: [],
          guarantorUnitIds: [],
          evidence: [],
          returnedCount: 0,
          repeatCount: 0,
          deadline: '2026-03-30',
        },
      ],
      observations: [],
      archive: [],
      surveyResponses: [],
      tasks: [],
      timeline: [],
    };
    const imported = importDocument(document as never, {
      actor: OFFICE,
      at: '2026-03-02T09:00:00+08:00',
      hasher,
      configuration: CONFIGURATION,
    });
    if (!imported.ok) throw new Error(JSON.stringify(imported.issues));
    await writeMigrated(store, imported.value, hasher, document);
    const view = await campaignView(store, 'doc-1', { asOf: '2026-03-20T09:00:00+08:00' });
    expect(view!.ledger).toEqual([expect.objectContaining({ id: 'r9', overdue: false, daysLeft: 10 })]);
    expect(view!.counters.open).toBe(1);
    expect(view!.document).toMatchObject({ id: 'doc-1' });
    expect(await verifyStore(store, 'doc-1', { hasher })).toMatchObject({ ok: true });
  });
});

describe('the ledger of the view, counted in each deadline’s own unit', () => {
  it('counts working days on the record’s calendar, calendar days for a date, and nothing while parked', async () => {
    const layer = validateHolidayCnLayer([holidayCnYear(2025), holidayCnYear(2026), holidayCnYear(2027)]);
    if (!layer.ok) throw new Error('the holiday data does not read');
    const store = new MemoryRecordStore();
    await newCampaign(store, 'w1');
    const at = (day: string) => `${day}T10:00:00+08:00`;
    await send(store, 'w1', {
      type: 'calendar.changed',
      actor: OFFICE,
      calendar: { layers: [layer.value] },
      reason: '载入日历',
      at: at('2026-09-29'),
    });
    for (const id of ['r1', 'r2', 'r3'])
      await send(store, 'w1', {
        type: 'rectification.reported',
        actor: SUPERVISOR,
        rectificationId: id,
        area: 'market',
        scope: { kind: 'site', siteId: 's1' },
        description: '占道经营（示例）',
        at: at('2026-09-29'),
      });
    const assign = (id: string, deadline: object) =>
      send(store, 'w1', {
        type: 'rectification.assigned',
        actor: OFFICE,
        rectificationId: id,
        leadUnitId: 'u1',
        at: at('2026-09-30'),
        ...deadline,
      });
    await assign('r1', { timeLimit: { workingDays: 3 } });
    await assign('r2', { deadline: '2026-10-10' });
    await assign('r3', { timeLimit: { workingDays: 3 } });
    await send(store, 'w1', {
      type: 'rectification.parked',
      actor: OFFICE,
      rectificationId: 'r3',
      reason: '暂时无法解决',
      at: at('2026-10-01'),
    });
    const row = async (asOf: string, id: string) =>
      (await campaignView(store, 'w1', { asOf }))!.ledger.find((r) => r.id === id)!;
    // 1–7 October off, Saturday the 10th worked: three working days from 30 September end on the 10th.
    expect(await row(at('2026-09-30'), 'r1')).toMatchObject({
      deadline: '2026-10-10',
      daysLeft: 10,
      overdue: false,
      countdown: { unit: 'workingDays', left: 3, overdue: false },
    });
    expect(await row(at('2026-09-30'), 'r2')).toMatchObject({
      daysLeft: 10,
      countdown: { unit: 'calendarDays', left: 10 },
    });
    expect(await row(at('2026-10-13'), 'r1')).toMatchObject({
      overdue: true,
      daysLeft: -3,
      countdown: { unit: 'workingDays', overdue: true, overdueBy: 2, left: null },
    });
    const parked = await row(at('2026-10-13'), 'r3');
    expect(parked.overdue).toBe(false);
    expect(parked.countdown).toBeUndefined();
    expect((await campaignView(store, 'w1', { asOf: at('2026-10-13') }))!.counters.open).toBe(3);
  });
});

describe('a document read as a view', () => {
  it('shows what a record of it shows: cells, explanations, history, surveys, and itself as a document again', async () => {
    const { sampleStreetCampaign, districtFramework, minorsFramework } = await import(
      '@chuangwen/checklists/district'
    );
    const { validateCampaign } = await import('@chuangwen/model');
    const { documentView } = await import('../src/index.js');
    const input = sampleStreetCampaign() as Record<string, any>;
    const site = input.sites[0];
    input.observations = [
      {
        id: 'o-1',
        standardRef: '06.01.01',
        scope: { kind: 'site', siteId: site.id },
        observedAt: '2026-04-02T10:00:00+08:00',
        method: 'fieldInspection',
        source: 'supervisionCheck',
        outcome: 'fail',
        violationCount: 3,
      },
      {
        id: 'o-2',
        standardRef: '06.01.01',
        scope: { kind: 'site', siteId: site.id },
        observedAt: '2026-04-01T10:00:00+08:00',
        method: 'fieldInspection',
        source: 'supervisionCheck',
        outcome: 'pass',
        violationCount: 0,
      },
    ];
    input.surveyResponses = [
      {
        id: 's-1',
        respondedAt: '2026-04-03T10:00:00+08:00',
        channel: 'household',
        goals: { satisfaction: true, awareness: true },
      },
      {
        id: 's-2',
        respondedAt: '2026-04-03T11:00:00+08:00',
        channel: 'household',
        goals: { satisfaction: false },
      },
    ];
    const document = validateCampaign(input);
    if (!document.ok) throw new Error(JSON.stringify(document.issues.slice(0, 3)));
    const read = await documentView(document.value, {
      editions: [districtFramework, minorsFramework],
      asOf: '2026-04-10T09:00:00+08:00',
    });
    if (!read.ok) throw new Error(JSON.stringify(read.issues.slice(0, 3)));
    const { view } = read;
    const key = `site:${site.id}`;
    expect(view.cells('06.01.01')).toEqual([
      { key, scope: { kind: 'site', siteId: site.id }, class: 'nonCompliant' },
    ]);
    expect(view.cells('99.99.99')).toEqual([]);
    const why = view.explain('06.01.01', key)!;
    expect(why.classification.class).toBe('nonCompliant');
    // Every observation the cell holds, newest first, the ones the reasons rest on marked.
    expect(why.evidence.map((e) => e.observation.id)).toEqual(['o-1', 'o-2']);
    expect(why.evidence.find((e) => e.observation.id === 'o-1')!.cited).toBe(true);
    expect(view.explain('06.01.01', 'site:nowhere')).toBeUndefined();
    const history = view.boardHistory(['2026-04-05T12:00:00+08:00', '2026-03-20T12:00:00+08:00']);
    expect(history.map((h) => h.at)).toEqual(['2026-03-20T12:00:00+08:00', '2026-04-05T12:00:00+08:00']);
    expect(history[1]!.totals.nonCompliant).toBeGreaterThan(history[0]!.totals.nonCompliant);
    expect(view.surveys.find((r) => r.metric === 'satisfaction')).toMatchObject({
      n: 2,
      yes: 1,
      rate: 0.5,
      target: 0.9,
    });
    const again = view.asDocument()!;
    expect(again.observations.map((o) => o.id).sort()).toEqual(['o-1', 'o-2']);
    expect(again.surveyResponses).toHaveLength(2);
    expect(again.units).toEqual(document.value.units);
    expect(validateCampaign(again).ok).toBe(true);
    // The record read from a file starts at 宣传发动; what its timeline plans can still be asked.
    expect(view.state).toBe('mobilization');
    expect(view.readinessFor('specialRectification').blockers.map((b) => b.code)).toContain(
      'standard_undetermined',
    );
    const later = await campaignView(read.store, document.value.id, { asOf: '2026-06-01T09:00:00+08:00' });
    expect(later!.asOf).toBe('2026-06-01T09:00:00+08:00');
    // A document whose records do not import is refused with where.
    const broken = { ...document.value, rectifications: [{ ...({} as object), id: 'r-x' }] } as never;
    const refused = await documentView(broken, {
      editions: [districtFramework, minorsFramework],
      asOf: '2026-04-10T09:00:00+08:00',
    });
    expect(refused.ok).toBe(false);
  });
});
