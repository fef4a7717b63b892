import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import { createActor } from 'xstate';
import {
  type CampaignContext,
  campaignMachine,
  createCampaign,
  dispatch,
  persist,
  replayAuditLog,
  restoreCampaign,
  SNAPSHOT_VERSION,
  sha256Hex,
  verifyAuditLog,
} from '../src/index.js';
import { ev, LEADER, OFFICE } from './helpers.js';
import { INPUT, wholeCampaign } from './scenario.js';

describe('persistence', () => {
  it('round-trips a campaign through persist and restore', () => {
    const { record } = wholeCampaign();
    const json = JSON.parse(JSON.stringify(record.campaign));
    const restored = restoreCampaign(json);
    expect(restored.ok).toBe(true);
    if (restored.ok) expect(restored.value).toEqual(json);
    expect(json).toMatchObject({ machine: 'chuangwen.campaign', version: SNAPSHOT_VERSION });
  });

  it('restores into an actor without running entry actions again', () => {
    const entered = vi.fn();
    const machine = campaignMachine.provide({ actions: { notifyPhaseEntered: entered } });
    const actor = createActor(machine, { input: INPUT }).start();
    expect(entered).toHaveBeenCalledTimes(1);
    actor.send(ev('phase.force', ...LEADER, { reason: '测试' }));
    expect(entered).toHaveBeenCalledTimes(2);
    const stored = JSON.parse(JSON.stringify(persist(actor.getPersistedSnapshot())));
    const restored = restoreCampaign(stored);
    if (!restored.ok) throw new Error('restore failed');
    const again = createActor(machine, { snapshot: restored.value.snapshot, input: INPUT }).start();
    expect(again.getSnapshot().value).toBe('specialRectification');
    expect(entered).toHaveBeenCalledTimes(2);
  });

  it('restores a campaign saved by 0.0.0 (version 2) without loss, and migrates version 1 too', () => {
    const legacy = JSON.parse(
      readFileSync(new URL('../../fixtures/legacy/0.0.0/persisted-campaign.json', import.meta.url), 'utf8'),
    );
    const old = legacy.snapshot.context;
    const restored = restoreCampaign(legacy);
    if (!restored.ok) throw new Error(JSON.stringify(restored.issues));
    const snapshot = restored.value.snapshot as unknown as { value: string; context: CampaignContext };
    expect(restored.value.version).toBe(SNAPSHOT_VERSION);
    expect(snapshot.value).toBe(legacy.snapshot.value);
    expect(snapshot.context.history).toEqual(old.history);
    expect(Object.keys(snapshot.context.ledger)).toEqual(Object.keys(old.ledger));
    for (const [id, entry] of Object.entries(old.ledger) as [string, any][]) {
      const now = snapshot.context.ledger[id]!;
      expect(now.status).toBe(entry.status);
      expect(now.context.leadUnitId).toBe(entry.context.unitId);
      expect(now.context).toMatchObject({
        evidence: entry.context.evidence,
        repeatCount: entry.context.repeatCount,
      });
    }
    const archived = Object.entries(old.facts.archive) as [string, string[]][];
    expect(archived.length).toBeGreaterThan(0);
    for (const [code, categories] of archived)
      expect(snapshot.context.facts.archive[code]).toEqual(Object.fromEntries(categories.map((c) => [c, 1])));
    expect('inventory' in snapshot.context).toBe(false);

    const v1 = structuredClone(legacy);
    v1.version = 1;
    delete v1.snapshot.context.cycle;
    for (const h of v1.snapshot.context.history) delete h.cycle;
    expect(restoreCampaign(v1)).toEqual(restored);
  });

  it.each([
    [
      'an unknown version',
      (e: any) => {
        e.version = 99;
      },
      'unknown_version',
      '/version',
    ],
    [
      'another machine',
      (e: any) => {
        e.machine = 'someone.else';
      },
      'invalid_value',
      '/machine',
    ],
    [
      'a state that does not exist',
      (e: any) => {
        e.snapshot.value = 'celebration';
      },
      'invalid_value',
      '/snapshot/value',
    ],
    [
      'a damaged context',
      (e: any) => {
        e.snapshot.context.cycle = 0;
      },
      'too_small',
      '/snapshot/context/cycle',
    ],
    [
      'a ledger entry with an unknown status',
      (e: any) => {
        e.snapshot.context.ledger.r1.status = 'lost';
      },
      'invalid_value',
      '/snapshot/context/ledger/r1/status',
    ],
    [
      'a polluting key',
      (e: any) => {
        e.snapshot.context.facts = JSON.parse(
          `{"__proto__":{"x":1},${JSON.stringify(e.snapshot.context.facts).slice(1)}`,
        );
      },
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
    expect(result.issues[0]!.message['zh-CN']).toBeTruthy();
    expect(({} as Record<string, unknown>).x).toBeUndefined();
  });

  it('keeps a campaign of 100 units and 300 standards under 64 KB', () => {
    const units = Object.fromEntries(
      Array.from({ length: 100 }, (_, i) => [
        `unit-${String(i).padStart(3, '0')}`,
        i < 20 ? ('lead' as const) : ('responsible' as const),
      ]),
    );
    const codes = Array.from(
      { length: 300 },
      (_, i) =>
        `${String(Math.floor(i / 30) + 1).padStart(2, '0')}.${String(Math.floor((i % 30) / 6) + 1).padStart(2, '0')}.${String((i % 6) + 1).padStart(2, '0')}`,
    );
    let record = createCampaign({ ...INPUT, units }, { id: 'p-office', role: 'office' });
    const send = (e: unknown) => {
      const r = dispatch(record, e);
      expect(r.rejection).toBeUndefined();
      record = r.record;
    };
    send(
      ev('board.updated', ...OFFICE, {
        standards: Object.fromEntries(codes.map((c, i) => [c, i % 7 === 0 ? 'nonCompliant' : 'compliant'])),
      }),
    );
    for (const unitId of Object.keys(units)) send(ev('unit.teamFormed', ...OFFICE, { unitId }));
    for (const code of codes)
      send(
        ev('archive.updated', 'p-arch', 'archivesGroup', {
          standardCode: code,
          counts: { photo: 5, record: 1 },
        }),
      );
    for (let i = 0; i < 60; i++) {
      send(
        ev('rectification.reported', 'p-inspector', 'inspector', {
          rectificationId: `r${i}`,
          standardRef: codes[i * 5]!,
          scope: { kind: 'site', siteId: `site-${i}` },
          description: '占道经营，需清理',
        }),
      );
      send(
        ev('rectification.assigned', ...OFFICE, {
          rectificationId: `r${i}`,
          leadUnitId: `unit-${String(i).padStart(3, '0')}`,
          deadline: '2026-05-01',
        }),
      );
    }
    const bytes = Buffer.byteLength(JSON.stringify(record.campaign));
    expect(bytes).toBeLessThan(64 * 1024);
  });
});

describe('audit log', () => {
  it('hashes with SHA-256 exactly as node:crypto does', () => {
    for (const text of [
      '',
      'abc',
      '创建全国文明城区',
      'x'.repeat(55),
      'y'.repeat(56),
      'z'.repeat(64),
      'w'.repeat(1000),
    ]) {
      expect(sha256Hex(text)).toBe(createHash('sha256').update(text, 'utf8').digest('hex'));
    }
  });

  it('records every accepted and rejected event in a chain that verifies', () => {
    const { record } = wholeCampaign();
    const withRejected = dispatch(
      record,
      ev('phase.force', 'p-staff', 'unitStaff', { reason: '想试试' }),
    ).record;
    const malformed = dispatch(withRejected, {
      type: 'phase.advance',
      at: 'yesterday',
      actor: { id: 'p-x', role: 'office' },
    }).record;
    expect(malformed.audit.slice(-2).map((e) => e.outcome)).toEqual(['rejected', 'rejected']);
    expect(malformed.audit.at(-1)!.reason?.en).toMatch(/malformed event at: at/);
    expect(verifyAuditLog(malformed.audit)).toEqual({ ok: true, problems: [] });
    expect(malformed.audit[0]!.prevHash).toBe('0'.repeat(64));
  });

  it('finds an edited, removed, reordered or truncated entry', () => {
    const { audit } = wholeCampaign().record;
    const edited = audit.map((e, i) =>
      i === 5 ? { ...e, actor: { id: 'p-somebody-else', role: e.actor!.role } } : e,
    );
    expect(verifyAuditLog(edited).problems).toEqual([expect.objectContaining({ index: 5, kind: 'hash' })]);
    const removed = audit.filter((_, i) => i !== 7);
    expect(verifyAuditLog(removed).problems.map((p) => p.kind)).toContain('link');
    const reordered = [...audit];
    [reordered[3], reordered[4]] = [reordered[4]!, reordered[3]!];
    expect(verifyAuditLog(reordered).ok).toBe(false);
    const truncated = audit.slice(0, -2);
    expect(verifyAuditLog(truncated).ok).toBe(true);
    expect(verifyAuditLog(truncated, { head: audit.at(-1)!.hash }).problems).toEqual([
      expect.objectContaining({ kind: 'head' }),
    ]);
  });

  it('replays to the same snapshot, and refuses a log without its creation entry', () => {
    const { record } = wholeCampaign();
    const rejected = dispatch(record, ev('cycle.start', 'p-staff', 'unitStaff', {})).record;
    const replayed = replayAuditLog(rejected.audit);
    expect(replayed.ok && replayed.value).toEqual(rejected.campaign);
    expect(replayAuditLog(rejected.audit.slice(1))).toMatchObject({
      ok: false,
      issues: [{ code: 'missing_creation' }],
    });
  });

  it('does not modify the record it is given', () => {
    const start = createCampaign(INPUT, { id: 'p-office', role: 'office' });
    const frozen = JSON.stringify(start);
    dispatch(start, ev('organisation.leadingGroupFormed', ...LEADER, {}));
    expect(JSON.stringify(start)).toBe(frozen);
    expect(
      (start.campaign.snapshot as unknown as { context: CampaignContext }).context.facts.leadingGroupFormed,
    ).toBe(false);
  });
});
