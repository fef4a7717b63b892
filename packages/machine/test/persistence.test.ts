import { readFileSync } from 'node:fs';
import { defineFramework } from '@chuangwen/checklists';
import { syntheticFramework } from '@chuangwen/fixtures';
import { meetingList, standardArchive } from '@chuangwen/rules/internal';
import { describe, expect, it, vi } from 'vitest';
import { createActor } from 'xstate';
import type { LegacyAuditEntry, StreamId } from '../src/index.js';
import {
  type AuditEntry,
  campaignMachine,
  chainHasher,
  MemoryRecord,
  migrateLegacy,
  migrateStreams,
  persist,
  recordedFramework,
  restoreCampaign,
  restoreRectification,
  SNAPSHOT_VERSION,
  verifyLegacyLog,
  verifyRecord,
} from '../src/index.js';
import { restoreCurrentCampaign } from '../src/internal.js';
import { ev, LEADER, OFFICE, STAFF, SUPERVISOR } from './helpers.js';
import { CONFIG, drive, FRAMEWORK, INPUT, KEY, open, wholeCampaign } from './scenario.js';

const fixture = (name: string) =>
  JSON.parse(readFileSync(new URL(`../../fixtures/legacy/0.0.0/${name}`, import.meta.url), 'utf8'));

describe('restoring a campaign', () => {
  it('round-trips a campaign through JSON and restore', () => {
    const json = JSON.parse(JSON.stringify(wholeCampaign().record.campaign));
    expect(restoreCampaign(json)).toEqual({ ok: true, value: { campaign: json, rectifications: [] } });
    expect(json).toMatchObject({ machine: 'chuangwen.campaign', version: SNAPSHOT_VERSION });
  });

  it('restores into an actor without running entry actions again', () => {
    const entered = vi.fn();
    const machine = campaignMachine.provide({ actions: { notifyPhaseEntered: entered } });
    const actor = createActor(machine, { input: INPUT }).start();
    actor.send(ev('phase.force', LEADER, { reason: '测试' }));
    expect(entered).toHaveBeenCalledTimes(2);
    const stored = JSON.parse(JSON.stringify(persist(actor.getSnapshot())));
    const restored = restoreCampaign(stored);
    if (!restored.ok) throw new Error('restore failed');
    const { value, context } = restored.value.campaign.snapshot;
    const again = createActor(machine, {
      snapshot: machine.resolveState({ value, context }),
      input: INPUT,
    }).start();
    expect(again.getSnapshot().value).toBe('specialRectification');
    expect(entered).toHaveBeenCalledTimes(2);
  });

  it('restores a 0.0.0 campaign (version 2): the ledger moves out into rectification records, counted, nothing lost', () => {
    const legacy = fixture('persisted-campaign.json');
    const old = legacy.snapshot.context;
    const restored = restoreCampaign(legacy);
    if (!restored.ok) throw new Error(JSON.stringify(restored.issues));
    const { campaign, rectifications } = restored.value;
    expect(campaign.version).toBe(SNAPSHOT_VERSION);
    expect(campaign.snapshot.value).toBe(legacy.snapshot.value);
    expect(campaign.snapshot.context.history).toEqual(old.history);
    expect(rectifications.map((r) => r.id)).toEqual(Object.keys(old.ledger));
    for (const [id, entry] of Object.entries(old.ledger) as [string, any][]) {
      const now = rectifications.find((r) => r.id === id)!;
      expect(now).toMatchObject({
        status: entry.status,
        evidence: entry.context.evidence,
        repeatCount: entry.context.repeatCount,
      });
      expect(now.leadUnitId).toBe(entry.context.unitId);
    }
    const statuses = Object.values(old.ledger).map((e: any) => e.status);
    const counters = campaign.snapshot.context.facts.ledger;
    expect(counters.closed).toBe(statuses.filter((s) => s === 'closed').length);
    expect(counters.escalated).toBe(statuses.filter((s) => s === 'escalated').length);
    expect(counters.open + counters.closed + counters.escalated).toBe(statuses.length);
    expect(Object.keys(campaign.snapshot.context.facts.unitRoles).sort()).toEqual(
      Object.keys(old.facts.units).sort(),
    );
    for (const [code, categories] of Object.entries(old.facts.archive) as [string, string[]][])
      expect(standardArchive(campaign.snapshot.context.facts.archive, code)).toEqual(
        Object.fromEntries(categories.map((c) => [c, 1])),
      );
    expect('inventory' in campaign.snapshot.context).toBe(false);
    expect('ledger' in campaign.snapshot.context).toBe(false);

    const v1 = structuredClone(legacy);
    v1.version = 1;
    delete v1.snapshot.context.cycle;
    for (const h of v1.snapshot.context.history) delete h.cycle;
    expect(restoreCampaign(v1)).toEqual(restored);
  });

  it('migrates a 0.0.0 campaign by an explicit run: the old log sealed and checked against its head, the record verified', () => {
    const log = fixture('audit-log.json') as LegacyAuditEntry[];
    const sealed = verifyLegacyLog(log);
    expect(sealed).toMatchObject({ ok: true, entries: log.length, head: log.at(-1)!.hash });
    const edited = structuredClone(log);
    (edited[10]!.event as { type: string }).type = 'phase.force';
    expect(verifyLegacyLog(edited)).toMatchObject({ ok: false, problem: { seq: 10 } });
    // The length and last hash the old tables kept beside the log: a cut or a planted tail does not pass.
    expect(verifyLegacyLog(log.slice(0, -2), { entries: log.length, head: sealed.head })).toMatchObject({
      ok: false,
      problem: { message: { en: expect.stringContaining('cut, extended or forged') } },
    });
    expect(verifyLegacyLog(log, { entries: log.length, head: sealed.head }).ok).toBe(true);
    for (const junk of [5, null, [null], 'log', { length: 2 }, [[[[]]]]])
      expect(verifyLegacyLog(junk).ok, JSON.stringify(junk)).toBe(false);

    const restored = restoreCampaign(fixture('persisted-campaign.json'));
    if (!restored.ok) throw new Error('restore failed');
    const hasher = chainHasher(KEY);
    const at = '2026-11-26T09:00:00+08:00';
    const observation = {
      id: 'o-old',
      standardRef: '06.01.01',
      scope: { kind: 'jurisdiction' },
      observedAt: at,
      method: 'fieldInspection',
      source: 'selfCheck',
      outcome: 'pass',
      evidence: [] as string[],
    } as const;
    const migrated = migrateLegacy(restored.value, {
      actor: OFFICE,
      at,
      hasher,
      configuration: CONFIG,
      legacy: { entries: sealed.entries, head: sealed.head },
      observations: [observation],
    });
    if (!migrated.ok) throw new Error(JSON.stringify(migrated.issues));
    const m = migrated.value;
    expect(m.appends.map((a) => a.entry.pos)).toEqual(m.appends.map((_, i) => i));
    expect(m.appends[0]!.entry).toMatchObject({
      actor: OFFICE,
      event: { type: 'record.imported', from: '0.0.0', seal: { legacy: { entries: log.length } } },
    });
    const stream = (s: string) =>
      m.appends.filter((a) => a.stream === s).map((a) => ({ body: a.body, hash: a.entry.hash }));
    const record = {
      campaignId: m.campaignId,
      campaign: { entries: stream('campaign'), snapshot: m.campaign },
      rectifications: m.rectifications.map((r) => ({
        id: r.id,
        entries: stream(`rectification/${r.id}`),
        snapshot: r,
      })),
      evidence: { entries: stream('evidence'), items: m.evidence },
      configuration: m.configuration,
    };
    expect(verifyRecord(record, { hasher })).toMatchObject({ ok: true, problems: [] });
    expect(
      verifyRecord({ ...record, evidence: { ...record.evidence, items: [] } }, { hasher }).problems,
    ).toEqual([expect.objectContaining({ stream: 'evidence', kind: 'snapshot' })]);
    const changed = {
      ...record,
      rectifications: record.rectifications.map((r, i) =>
        i === 0 ? { ...r, snapshot: { ...r.snapshot, repeatCount: 9 } } : r,
      ),
    };
    expect(verifyRecord(changed, { hasher }).problems).toEqual([
      expect.objectContaining({ kind: 'snapshot' }),
    ]);
    // A configuration that does not hold is refused before anything is written.
    const wrong = migrateLegacy(restored.value, {
      actor: OFFICE,
      at,
      hasher,
      configuration: {
        sites: [{ id: 's9', name: '无主点位', siteType: 'market', responsibleUnitId: 'u9' }],
        units: [{ id: 'u1', name: '单位', kind: 'department' }],
      },
      legacy: sealed,
    });
    expect(wrong.ok).toBe(false);
    if (!wrong.ok) expect(wrong.issues[0]!.pointer).toBe('/configuration/sites/0/responsibleUnitId');
  });

  it.each([
    ['an unknown version', (e: any) => (e.version = 99), 'unknown_version', '/version'],
    ['another machine', (e: any) => (e.machine = 'someone.else'), 'invalid_value', '/machine'],
    [
      'a state that does not exist',
      (e: any) => (e.snapshot.value = 'celebration'),
      'invalid_value',
      '/snapshot/value',
    ],
    ['a damaged context', (e: any) => (e.snapshot.context.cycle = 0), 'too_small', '/snapshot/context/cycle'],
    [
      'a negative counter',
      (e: any) => (e.snapshot.context.facts.ledger.open = -1),
      'too_small',
      '/snapshot/context/facts/ledger/open',
    ],
    [
      'a skipped phase',
      (e: any) => e.snapshot.context.history.splice(2, 1),
      'phase_skipped',
      '/snapshot/context/history/2',
    ],
    [
      'a forced move without its decision',
      (e: any) => (e.snapshot.context.history[1].via = 'force'),
      'phase_skipped',
      '/snapshot/context/history/1',
    ],
    [
      'a state that is not the last phase entered',
      (e: any) => (e.snapshot.value = 'finalSprint'),
      'invalid_state',
      '/snapshot/value',
    ],
    [
      'a polluting key',
      (e: any) =>
        (e.snapshot.context.facts = JSON.parse(
          `{"__proto__":{"x":1},${JSON.stringify(e.snapshot.context.facts).slice(1)}`,
        )),
      'forbidden_key',
      '/snapshot/context/facts/__proto__',
    ],
  ])('rejects %s with a located, bilingual issue', (_name, damage, code, pointer) => {
    const envelope = JSON.parse(JSON.stringify(wholeCampaign().record.campaign));
    damage(envelope);
    const result = restoreCampaign(envelope);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues[0]).toMatchObject({ code, pointer });
    expect(result.issues[0]!.message['zh-CN']).toMatch(/\p{Script=Han}/u);
    expect(({} as Record<string, unknown>).x).toBeUndefined();
  });

  it('migrates a record of the first stream format: its chains continued, what was sent as facts kept as history', () => {
    const stored = JSON.parse(
      readFileSync(new URL('../../fixtures/stored/pre-0.1/record.json', import.meta.url), 'utf8'),
    );
    expect(stored.snapshot.version).toBe(4);
    const body = stored.streams.campaign.map((e: { body: string }) => e.body).join('');
    expect(body).toContain('"standardCode"');
    expect(body).toContain('cadence.updated');
    const restored = restoreCampaign(stored.snapshot);
    if (!restored.ok) throw new Error(JSON.stringify(restored.issues));
    const facts = restored.value.campaign.snapshot.context.facts;
    expect(facts).not.toHaveProperty('missedMonths');
    expect(facts).not.toHaveProperty('missedCadenceMonths');
    expect(facts.archive).toEqual({ '06': { '06.01.01': { photo: 1 } } });
    const hasher = chainHasher(stored.key);
    const streams = (campaign = stored.streams.campaign): [StreamId, typeof campaign][] => [
      ['campaign', campaign],
      ['evidence', stored.streams.evidence],
    ];
    const configuration = {
      units: [{ id: 'u1', name: '示例单位', kind: 'department' as const }],
      sites: [{ id: 's1', name: '示例点位', siteType: 'market', responsibleUnitId: 'u1' }],
      frameworks: [recordedFramework(FRAMEWORK, 'main')],
    };
    const options = { actor: OFFICE, at: '2026-11-27T09:00:00+08:00', hasher, configuration };
    const migrated = migrateStreams(
      { campaignId: stored.campaignId, streams: streams(), snapshot: stored.snapshot },
      options,
    );
    if (!migrated.ok) throw new Error(JSON.stringify(migrated.issues));
    const m = migrated.value;
    // Each stream goes on where it was sealed; what was sent as facts is kept, now derived.
    expect(m.appends[0]!.entry).toMatchObject({
      stream: 'campaign',
      seq: stored.streams.campaign.length,
      pos: 0,
      prevHash: stored.streams.campaign.at(-1).hash,
      event: {
        type: 'record.imported',
        from: 'streams-1',
        asserted: { missedMonths: ['2026-02', '2026-03'] },
        seal: { heads: expect.arrayContaining([expect.objectContaining({ stream: 'evidence' })]) },
      },
    });
    const continued = (s: StreamId, before: { body: string; hash: string }[]) => [
      ...before,
      ...m.appends.filter((a) => a.stream === s).map((a) => ({ body: a.body, hash: a.entry.hash })),
    ];
    const all: [StreamId, { body: string; hash: string }[]][] = [
      ['campaign', continued('campaign', stored.streams.campaign)],
      ['evidence', continued('evidence', stored.streams.evidence)],
    ];
    const { record, problems } = MemoryRecord.restore(stored.campaignId, all, { key: stored.key });
    expect(problems).toEqual([]);
    expect(record!.campaign.snapshot.context.facts.archive).toEqual({ '06': { '06.01.01': { photo: 1 } } });
    expect(record!.verify().problems).toEqual([]);
    // The record goes on under the current format, after the sealed entries.
    const next = record!.dispatch(ev('plan.issued', OFFICE, { plan: 'work' }));
    expect(next.append.entry).toMatchObject({ seq: all[0]![1].length, pos: m.position.pos });
    expect(record!.verify().ok).toBe(true);
    // An earlier entry edited before the migration is refused, at its place; so is a snapshot that lies about phases.
    const edited = structuredClone(stored.streams.campaign);
    const at = edited.findIndex((e: { body: string }) => e.body.includes('"standardCode"'));
    edited[at].body = edited[at].body.replace('"06.01.01"', '"10.01.01"');
    const refused = migrateStreams(
      { campaignId: stored.campaignId, streams: streams(edited), snapshot: stored.snapshot },
      options,
    );
    expect(refused.ok).toBe(false);
    if (!refused.ok) expect(refused.issues[0]!.path).toEqual(['campaign', at]);
    const lying = structuredClone(stored.snapshot);
    lying.snapshot.value = 'specialRectification';
    lying.snapshot.context.history.push({
      phase: 'specialRectification',
      cycle: 1,
      at: '2026-04-02T09:00:00+08:00',
      via: 'advance',
    });
    const forged = migrateStreams(
      { campaignId: stored.campaignId, streams: streams(), snapshot: lying },
      options,
    );
    expect(forged.ok).toBe(false);
    // A migrated record cannot be migrated again.
    const twice = migrateStreams(
      { campaignId: stored.campaignId, streams: all, snapshot: stored.snapshot },
      options,
    );
    expect(twice.ok).toBe(false);
  });

  it('never loses a list of months nor makes up missing facts when migrating version 4', () => {
    const stored = JSON.parse(
      readFileSync(new URL('../../fixtures/stored/pre-0.1/record.json', import.meta.url), 'utf8'),
    );
    const withFacts = (facts: unknown) => ({
      ...stored.snapshot,
      snapshot: { ...stored.snapshot.snapshot, context: { ...stored.snapshot.snapshot.context, facts } },
    });
    const facts = stored.snapshot.snapshot.context.facts;
    const both = restoreCampaign(withFacts({ ...facts, missedMonths: ['2026-01'] }));
    expect(both.ok).toBe(false);
    if (!both.ok)
      expect(both.issues.map((i) => i.pointer)).toContain('/snapshot/context/facts/missedCadenceMonths');
    for (const broken of [undefined, null, [], 'facts']) {
      const result = restoreCampaign(withFacts(broken));
      expect(result.ok, JSON.stringify(broken)).toBe(false);
    }
    const hostile = JSON.parse(
      JSON.stringify(withFacts(facts)).replace(
        '"missedCadenceMonths"',
        '"__proto__":{"polluted":true},"missedCadenceMonths"',
      ),
    );
    expect(restoreCampaign(hostile).ok).toBe(false);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('groups the archive counts by major item and the meetings by month when restoring version 6', () => {
    const current = JSON.parse(JSON.stringify(wholeCampaign().record.campaign));
    const facts = current.snapshot.context.facts;
    expect(Object.keys(facts.archive).sort()).toEqual(['06', '10']);
    // Version 6 as it was written: counts by standard code, meetings as one list.
    const v6 = structuredClone(current);
    v6.version = 6;
    v6.snapshot.context.facts.archive = Object.assign({}, ...Object.values(facts.archive));
    v6.snapshot.context.facts.meetings = meetingList(facts.meetings);
    expect(v6.snapshot.context.facts.archive).toHaveProperty(['06.01.01']);
    expect(restoreCampaign(v6)).toEqual({ ok: true, value: { campaign: current, rectifications: [] } });
    // What version 6 never wrote is left for validation to refuse, and a hostile key stays data.
    for (const meetings of [[{ id: 'm1', kind: 'workMeeting' }], 'meetings', [null]]) {
      const broken = structuredClone(v6);
      broken.snapshot.context.facts.meetings = meetings;
      expect(restoreCampaign(broken).ok, JSON.stringify(meetings)).toBe(false);
    }
    const hostile = JSON.parse(
      JSON.stringify(v6).replace('"06.01.01":', '"__proto__":{"polluted":true},"06.01.01":'),
    );
    expect(restoreCampaign(hostile).ok).toBe(false);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it("keeps each month's meeting ids by kind and day when restoring version 7", () => {
    const current = JSON.parse(JSON.stringify(wholeCampaign().record.campaign));
    const meetings = current.snapshot.context.facts.meetings;
    const list = meetingList(meetings);
    expect(list.length).toBeGreaterThan(0);
    // Version 7 as it was written: each month's meetings whole.
    const v7 = structuredClone(current);
    v7.version = 7;
    v7.snapshot.context.facts.meetings = Object.fromEntries(
      Object.keys(meetings).map((month) => [month, list.filter((m) => m.date.startsWith(month))]),
    );
    expect(restoreCampaign(v7)).toEqual({ ok: true, value: { campaign: current, rectifications: [] } });
    // A make-up session keeps the month it counts for.
    const madeUp = structuredClone(v7);
    const [month, first] = Object.entries(madeUp.snapshot.context.facts.meetings)[0] as [string, any[]];
    first[0].makeUpFor = '2025-12';
    const restored = restoreCampaign(madeUp);
    expect(restored.ok).toBe(true);
    if (restored.ok)
      expect(restored.value.campaign.snapshot.context.facts.meetings[month]!.makeUpFor).toEqual({
        [first[0].id]: '2025-12',
      });
    // What version 7 never wrote is left for validation to refuse: nothing is dropped on the way.
    for (const broken of [
      [{ id: 'm1', kind: 'workMeeting' }],
      'meetings',
      [null],
      { '2026-03': [{ id: 'm1' }] },
    ]) {
      const v = structuredClone(v7);
      v.snapshot.context.facts.meetings = broken;
      expect(restoreCampaign(v).ok, JSON.stringify(broken)).toBe(false);
    }
  });

  it('names blocker codes in snake case when restoring version 8', () => {
    const record = open();
    drive(record, [
      ev('phase.advance', OFFICE, {}),
      ev('phase.force', LEADER, { reason: '领导小组决定推进（示例）' }),
      ev('phase.advance', OFFICE, {}),
    ]);
    const current = JSON.parse(JSON.stringify(record.campaign));
    const context = current.snapshot.context;
    const forced = context.history.find((h: { forced?: unknown }) => h.forced).forced;
    expect(forced.blockers).toContain('leading_group_missing');
    expect(context.lastRefusal.blockers.length).toBeGreaterThan(0);
    // Version 8 as it was written: blocker codes in camel case.
    const camel = (code: string) => code.replace(/_([a-z])/g, (_m, c: string) => c.toUpperCase());
    const v8 = structuredClone(current);
    v8.version = 8;
    const old = v8.snapshot.context;
    old.lastRefusal.blockers = old.lastRefusal.blockers.map((b: { code: string }) => ({
      ...b,
      code: camel(b.code),
    }));
    for (const h of old.history) if (h.forced) h.forced.blockers = h.forced.blockers.map(camel);
    expect(JSON.stringify(v8)).toContain('"leadingGroupMissing"');
    expect(restoreCampaign(v8)).toEqual({ ok: true, value: { campaign: current, rectifications: [] } });
    // A code that names no condition stays as it was, for validation to refuse.
    const unknown = structuredClone(v8);
    unknown.snapshot.context.lastRefusal.blockers[0].code = 'noSuchCondition';
    expect(restoreCampaign(unknown).ok).toBe(false);
  });

  it('reads back only the current version where no migration comes along (a store in memory)', () => {
    const current = JSON.parse(JSON.stringify(wholeCampaign().record.campaign));
    expect(restoreCurrentCampaign(current)).toEqual(restoreCampaign(current));
    const older = { ...current, version: SNAPSHOT_VERSION - 1 };
    expect(restoreCampaign(older).ok).toBe(true);
    const refused = restoreCurrentCampaign(older);
    expect(refused.ok).toBe(false);
    if (!refused.ok) {
      expect(refused.issues).toHaveLength(1);
      expect(refused.issues[0]).toMatchObject({ pointer: '/version', code: 'unknown_version' });
      expect(refused.issues[0]!.message.en).toContain(`versions ${SNAPSHOT_VERSION} to ${SNAPSHOT_VERSION}`);
    }
  });

  it('rejects a legacy ledger entry that breaks the rectification invariants, at its place', () => {
    const legacy = fixture('persisted-campaign.json');
    const [id, entry] = Object.entries(legacy.snapshot.context.ledger).find(
      ([, e]: any) => e.status === 'closed',
    ) as [string, any];
    entry.context.reviewerId = entry.context.rectifiedById;
    const result = restoreCampaign(legacy);
    expect(result.ok).toBe(false);
    if (!result.ok)
      expect(result.issues[0]!.pointer).toMatch(/^\/snapshot\/context\/ledger\/\d+\/reviewerId$/);
    expect(id).toBeTruthy();
  });

  it('checks a rectification against its machine: nobody reviews their own fix; a paper ledger may name no evidence', () => {
    const { record } = wholeCampaign();
    const closed = record.rectification('r1')!;
    expect(restoreRectification(closed).ok).toBe(true);
    const issues = (r: unknown) =>
      (restoreRectification(r) as { issues?: { code: string; pointer: string }[] }).issues ?? [];
    expect(issues({ ...closed, reviewerId: closed.rectifiedById })).toEqual([
      expect.objectContaining({ pointer: '/reviewerId' }),
    ]);
    // Closed on a paper ledger: no evidence ids, no reviewer named. The record's own closures always have both.
    expect(issues({ ...closed, evidence: [], reviewerId: undefined, rectifiedById: undefined })).toEqual([]);
    expect(issues({ ...closed, status: 'assigned', leadUnitId: undefined })).toEqual([
      expect.objectContaining({ pointer: '/leadUnitId' }),
    ]);
    expect(issues({ ...closed, status: 'escalated' })).toEqual([
      expect.objectContaining({ pointer: '/escalatedTo' }),
    ]);
  });
});

describe('the size of a campaign snapshot', () => {
  const sizeOf = (units: number, standards: number, rectifications: number) => {
    const ids = Array.from({ length: units }, (_, i) => `unit-${String(i).padStart(4, '0')}`);
    const codes = Array.from(
      { length: standards },
      (_, i) =>
        `${String(Math.floor(i / 100) + 1).padStart(2, '0')}.${String(Math.floor((i % 100) / 10) + 1).padStart(2, '0')}.${String((i % 10) + 1).padStart(2, '0')}`,
    );
    const record = new MemoryRecord(
      { ...INPUT, units: Object.fromEntries(ids.map((id, i) => [id, i % 5 === 0 ? 'lead' : 'responsible'])) },
      OFFICE,
      {
        configuration: {
          units: ids.map((id) => ({ id, name: `单位 ${id}`, kind: 'department' })),
          frameworks: [recordedFramework(defineFramework(syntheticFramework(codes) as never), 'main')],
          settings: CONFIG.settings,
        },
        key: KEY,
      },
    );
    const send = (e: unknown) => {
      const r = record.dispatch(e);
      if (!r.accepted) throw new Error(JSON.stringify(r.rejection));
    };
    for (const unitId of ids) {
      send(ev('unit.teamFormed', OFFICE, { unitId }));
      send(ev('unit.planSubmitted', OFFICE, { unitId }));
    }
    for (let i = 0; i < rectifications; i++) {
      const rectificationId = `r${i}`;
      send(
        ev('rectification.reported', SUPERVISOR, {
          rectificationId,
          standardRef: codes[i % codes.length]!,
          scope: { kind: 'unit', unitId: ids[i % units]! },
          description: '占道经营，需清理',
        }),
      );
      send(
        ev('rectification.assigned', OFFICE, {
          rectificationId,
          leadUnitId: ids[i % units]!,
          deadline: `2026-05-${String((i % 28) + 1).padStart(2, '0')}`,
        }),
      );
      if (i % 3 === 0) {
        const staff = { ...STAFF, unitId: ids[i % units]! };
        send(ev('rectification.started', staff, { rectificationId }));
        send(
          ev('document.filed', staff, {
            document: {
              id: `d${i}`,
              title: '整改后照片',
              category: 'photo',
              unitId: staff.unitId,
              date: '2026-04-20',
              sha256: 'c'.repeat(64),
              uri: `s3://archive/d${i}`,
            },
          }),
        );
        send(ev('rectification.submitted', staff, { rectificationId, evidence: [`d${i}`] }));
        send(ev('rectification.closed', SUPERVISOR, { rectificationId }));
      }
    }
    return Buffer.byteLength(JSON.stringify(record.campaign));
  };

  it('grows with units and standards only, never with rectifications', () => {
    const some = sizeOf(100, 300, 300);
    const triple = sizeOf(100, 300, 900);
    expect(triple).toBeLessThan(64 * 1024);
    // Open problems are counted by deadline date and by standard: three times the problems add digits, not records.
    expect(triple - some).toBeLessThan(600);
  });
});

describe('a record in memory', () => {
  it('never changes the snapshot it was given: dispatch returns new ones', () => {
    const record = open();
    const before = record.campaign;
    const frozen = JSON.stringify(before);
    record.dispatch(ev('organisation.leadingGroupFormed', LEADER, {}));
    expect(JSON.stringify(before)).toBe(frozen);
    expect(record.campaign.snapshot.context.facts.leadingGroupFormed).toBe(true);
  });

  it('stores each entry as the text that was hashed, so a store can verify without re-encoding', () => {
    const { record } = wholeCampaign();
    for (const stream of record.streamIds())
      for (const stored of record.entries(stream)) {
        const entry = JSON.parse(stored.body) as Omit<AuditEntry, 'hash'>;
        expect(entry.stream).toBe(stream);
        expect(record.hasher.link(entry.prevHash, stored.body)).toBe(stored.hash);
      }
  });
});
