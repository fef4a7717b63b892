import { districtFramework, minorsFramework, sampleStreetCampaign } from '@chuangwen/checklists/district';
import { validateCampaign } from '@chuangwen/model';
import { describe, expect, it } from 'vitest';
import { chainHasher, configurationOf, importDocument, MemoryRecord, type StreamId } from '../src/index.js';
import { KEY } from './scenario.js';

describe('a campaign document imported into a record', () => {
  it('lands whole: its configuration, its rectifications in the ledger, its evidence in force, and the record verifies', () => {
    const sample = sampleStreetCampaign();
    const site = sample.sites![0]!;
    const code = districtFramework.items[0]!.contents![0]!.standards[0]!.code;
    sample.observations = [
      {
        id: 'o1',
        standardRef: code,
        scope: { kind: 'site', siteId: site.id },
        observedAt: '2026-02-20T10:00:00+08:00',
        method: 'fieldInspection',
        source: 'supervisionCheck',
        outcome: 'fail',
        violationCount: 1,
      },
    ];
    sample.rectifications = [
      {
        id: 'r1',
        standardRef: code,
        scope: { kind: 'site', siteId: site.id },
        description: '占道经营（示例）',
        reportedAt: '2026-02-20T10:30:00+08:00',
        reportedBy: 'p-inspector',
        status: 'assigned',
        leadUnitId: site.responsibleUnitId,
        deadline: '2026-03-10',
      },
      {
        id: 'r2',
        area: 'sanitation',
        scope: { kind: 'site', siteId: site.id },
        description: '垃圾未清（示例）',
        reportedAt: '2026-02-21T10:30:00+08:00',
        reportedBy: 'p-inspector',
        status: 'reported',
      },
    ];
    const checked = validateCampaign(sample);
    if (!checked.ok) throw new Error(JSON.stringify(checked.issues.slice(0, 3)));
    const document = checked.value;
    expect(document.rectifications.length).toBeGreaterThan(0);
    const hasher = chainHasher(KEY);
    const office = { id: 'p-office', role: 'office' as const };
    const imported = importDocument(document, {
      actor: office,
      at: '2026-03-01T09:00:00+08:00',
      hasher,
      configuration: configurationOf(document, { editions: [districtFramework, minorsFramework] }),
    });
    if (!imported.ok) throw new Error(JSON.stringify(imported.issues));
    const m = imported.value;
    expect(m.appends[0]!.entry.event).toMatchObject({ type: 'record.imported', from: 'document' });
    const streams = new Map<StreamId, { body: string; hash: string }[]>();
    for (const a of m.appends)
      streams.set(a.stream, [...(streams.get(a.stream) ?? []), { body: a.body, hash: a.entry.hash }]);
    const { record, problems } = MemoryRecord.restore(document.id, streams, { key: KEY });
    expect(problems).toEqual([]);
    expect(
      record!
        .allRectifications()
        .map((r) => r.id)
        .sort(),
    ).toEqual(document.rectifications.map((r) => r.id).sort());
    const open = document.rectifications.filter(
      (r) => r.status !== 'closed' && r.status !== 'escalated',
    ).length;
    expect(record!.campaign.snapshot.context.facts.ledger.open).toBe(open);
    expect(record!.evidence.effectiveObservations()).toHaveLength(document.observations.length);
    expect(record!.verify().problems).toEqual([]);
    // A unit the document names but no task registers: the refusal names the event that registers it.
    const taskless = document.units.find((u) => !record!.campaign.snapshot.context.facts.unitRoles[u.id]);
    if (taskless) {
      const refused = record!.dispatch({
        type: 'unit.teamFormed',
        at: '2026-03-02T09:00:00+08:00',
        actor: office,
        unitId: taskless.id,
      });
      expect(refused.rejection?.reason.en).toContain('unit.registered');
    }
  });
});
