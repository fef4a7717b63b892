// What decides a campaign's fate comes from its own audited record: configuration, classes, cadence, cited evidence,
// time. Each reproduction of the attack on the earlier format is kept here and now ends refused or reported.
import { describe, expect, it } from 'vitest';
import { type Actor, RULES_VERSION, verifyRecord } from '../src/index.js';
import { derivedFacts } from '../src/internal.js';
import { ev, INSPECTOR, LEADER, OFFICE, rehash, STAFF, STAFF2, SUPERVISOR } from './helpers.js';
import { CONFIG, FIXED_PHOTO, KEY, open } from './scenario.js';

const selfCheck = (id: string, siteId: string) => ({
  id,
  standardRef: '06.01.01',
  scope: { kind: 'site' as const, siteId },
  observedAt: '2026-04-02T09:00:00+08:00',
  method: 'fieldInspection' as const,
  source: 'selfCheck' as const,
  outcome: 'pass' as const,
});

/** A problem handed to u1 and being worked on, at the market s1. */
function working() {
  const r = open();
  r.dispatch(
    ev('rectification.reported', SUPERVISOR, {
      rectificationId: 'r1',
      standardRef: '06.01.01',
      scope: { kind: 'site', siteId: 's1' },
      description: '占道经营',
    }),
  );
  r.dispatch(
    ev('rectification.assigned', OFFICE, { rectificationId: 'r1', leadUnitId: 'u1', deadline: '2026-05-01' }),
  );
  r.dispatch(ev('rectification.started', STAFF, { rectificationId: 'r1' }));
  return r;
}

describe('the configuration is recorded', () => {
  it('moves a site only by an audited event: earlier events stay judged under the unit they were sent under', () => {
    const r = open();
    expect(
      r.dispatch(ev('observation.recorded', STAFF, { observation: selfCheck('o1', 's1') })).accepted,
    ).toBe(true);
    expect(
      r.dispatch(ev('observation.recorded', STAFF2, { observation: selfCheck('o2', 's1') })).rejection?.code,
    ).toBe('unauthorized');
    const moved = r.dispatch(
      ev('site.moved', OFFICE, { siteId: 's1', responsibleUnitId: 'u2', reason: '市场移交' }),
    );
    expect(moved.configuration?.sites.find((s) => s.id === 's1')?.responsibleUnitId).toBe('u2');
    expect(
      r.dispatch(ev('observation.recorded', STAFF, { observation: selfCheck('o3', 's1') })).rejection?.code,
    ).toBe('unauthorized');
    expect(
      r.dispatch(ev('observation.recorded', STAFF2, { observation: selfCheck('o4', 's1') })).accepted,
    ).toBe(true);
    expect(r.verify().problems).toEqual([]);
    // Only those the policy names move sites.
    expect(
      r.dispatch(ev('site.moved', STAFF2, { siteId: 's2', responsibleUnitId: 'u1', reason: '想要' }))
        .rejection?.code,
    ).toBe('unauthorized');
  });

  it('verifies with the key and the record alone: an edited configuration, stored or recorded, is found', () => {
    const r = open();
    r.dispatch(ev('observation.recorded', STAFF, { observation: selfCheck('o1', 's1') }));
    const stream = (entries = r.entries('campaign')) => ({ entries, snapshot: r.campaign });
    const intact = {
      campaignId: r.campaignId,
      campaign: stream(),
      evidence: { entries: r.entries('evidence') },
    };
    expect(verifyRecord(intact, { hasher: r.hasher }).problems).toEqual([]);
    // The market moved to another unit where the host keeps its copy of the configuration: reported, not believed.
    const moved = structuredClone(r.configuration.value);
    moved.sites[0]!.responsibleUnitId = 'u2';
    expect(verifyRecord({ ...intact, configuration: moved }, { hasher: r.hasher }).problems).toEqual([
      expect.objectContaining({
        kind: 'snapshot',
        message: expect.objectContaining({ en: expect.stringContaining('configuration') }),
      }),
    ]);
    // The same move written into the record without the key breaks its chain; with the key, the self-check no longer replays.
    const campaign = [...r.entries('campaign')];
    campaign[0] = {
      ...campaign[0]!,
      body: campaign[0]!.body.replace('"responsibleUnitId":"u1"', '"responsibleUnitId":"u2"'),
    };
    expect(
      verifyRecord({ ...intact, campaign: stream(campaign) }, { hasher: r.hasher }).problems.map(
        (p) => p.kind,
      ),
    ).toContain('hash');
    rehash(campaign, 0, r.hasher);
    expect(
      verifyRecord({ ...intact, campaign: stream(campaign) }, { hasher: r.hasher }).problems,
    ).toContainEqual(expect.objectContaining({ stream: 'evidence', kind: 'policy' }));
  });

  it('refuses a configuration that does not hold, and an event naming a unit it lacks, with the event that adds it', () => {
    const r = open();
    const ghost = r.dispatch(
      ev('site.moved', OFFICE, { siteId: 's1', responsibleUnitId: 'u9', reason: '试试' }),
    );
    expect(ghost.rejection?.issues?.[0]).toMatchObject({
      code: 'unknown_reference',
      pointer: '/sites/0/responsibleUnitId',
    });
    const merged = r.dispatch(ev('unit.merged', OFFICE, { unitId: 'u2', into: 'u1', reason: '机构改革' }));
    expect(merged.configuration?.sites.map((s) => s.responsibleUnitId)).toEqual(['u1', 'u1']);
    expect(
      r.dispatch(ev('unit.merged', OFFICE, { unitId: 'u1', into: 'u1', reason: '自并' })).rejection
        ?.issues?.[0]?.code,
    ).toBe('merge_into_itself');
    expect(r.verify().ok).toBe(true);
  });
});

describe('classes and cadence are derived, never sent', () => {
  it('refuses the board and the cadence as facts, and lets only the leading group override a class, shown as such', () => {
    const r = open();
    const asserted = r.dispatch({
      type: 'board.updated',
      at: '2026-03-02T09:00:00+08:00',
      actor: OFFICE,
      standards: { '06.01.01': 'compliant' },
    });
    expect(asserted.rejection).toMatchObject({
      code: 'malformed',
      issues: [expect.objectContaining({ path: ['type'] })],
    });
    expect(
      r.dispatch({
        type: 'cadence.updated',
        at: '2026-03-02T09:00:00+08:00',
        actor: OFFICE,
        missedMonths: [],
      }).rejection?.code,
    ).toBe('malformed');
    r.dispatch(
      ev('observation.recorded', INSPECTOR, {
        observation: { ...selfCheck('o1', 's1'), source: 'supervisionCheck', outcome: 'fail' },
      }),
    );
    const at = '2026-04-03T09:00:00+08:00';
    const classOf = () =>
      derivedFacts(r.campaign.snapshot.context, r.configuration, r.projection.board, at).standards[
        '06.01.01'
      ];
    expect(classOf()).toBe('nonCompliant');
    const office = r.dispatch(
      ev('class.overridden', OFFICE, { standardRef: '06.01.01', class: 'compliant', reason: '已整改' }),
    );
    expect(office.rejection?.code).toBe('unauthorized');
    expect(classOf()).toBe('nonCompliant');
    const decided = r.dispatch(
      ev('class.overridden', LEADER, { standardRef: '06.01.01', class: 'compliant', reason: '领导小组认定' }),
    );
    expect(decided.accepted).toBe(true);
    expect(classOf()).toBe('compliant');
    // The override stands beside the derived class, with who decided it and why.
    expect(r.campaign.snapshot.context.facts.overrides['06.01.01']).toMatchObject({
      class: 'compliant',
      by: 'p-leader',
      reason: '领导小组认定',
    });
    expect(r.projection.board.classesAt(at)['06.01.01']).toBe('nonCompliant');
    r.dispatch(ev('class.overrideWithdrawn', LEADER, { standardRef: '06.01.01', reason: '恢复按证据判定' }));
    expect(classOf()).toBe('nonCompliant');
    expect(r.verify().problems).toEqual([]);
  });

  it('derives the missed supervision months from the meetings recorded, and a make-up session catches one up', () => {
    const r = open({
      configuration: { ...CONFIG, cadence: [{ kind: 'onSiteSupervision', minPerMonth: 1 }] },
    });
    r.dispatch(ev('phase.force', LEADER, { reason: '进入专项整治' }));
    const at = '2026-06-02T09:00:00+08:00';
    const missed = () =>
      derivedFacts(r.campaign.snapshot.context, r.configuration, r.projection.board, at).missedMonths;
    expect(missed()).toEqual(expect.arrayContaining(['2026-04', '2026-05']));
    r.dispatch(
      ev('meeting.recorded', OFFICE, { kind: 'onSiteSupervision', meetingId: 'm4', date: '2026-04-20' }),
    );
    r.dispatch(
      ev('meeting.recorded', OFFICE, {
        kind: 'onSiteSupervision',
        meetingId: 'm5',
        date: '2026-06-01',
        makeUpFor: '2026-05',
      }),
    );
    expect(missed()).not.toContain('2026-04');
    expect(missed()).not.toContain('2026-05');
    expect(
      r.dispatch(
        ev('meeting.recorded', OFFICE, { kind: 'onSiteSupervision', meetingId: 'm5', date: '2026-06-01' }),
      ).rejection?.code,
    ).toBe('invalid');
  });
});

describe('evidence a problem cites exists', () => {
  it('refuses a submission citing evidence never filed, withdrawn, of another unit or of another place', () => {
    const r = working();
    const submit = (evidence: string[]) =>
      r.dispatch(ev('rectification.submitted', STAFF, { rectificationId: 'r1', evidence }));
    expect(submit(['d-ghost-never-filed']).rejection?.issues?.[0]).toMatchObject({
      code: 'unknown_reference',
      pointer: '/evidence/0',
    });
    r.dispatch(FIXED_PHOTO());
    r.dispatch(ev('document.withdrawn', OFFICE, { documentId: 'd-after', reason: '照片不清' }));
    expect(submit(['d-after']).rejection?.issues?.[0]?.code).toBe('not_in_force');
    r.dispatch(
      ev('document.filed', STAFF2, {
        document: {
          id: 'd-u2',
          title: '别的单位的照片',
          category: 'photo',
          unitId: 'u2',
          date: '2026-04-20',
          sha256: 'e'.repeat(64),
          uri: 's3://x/d-u2',
        },
      }),
    );
    expect(submit(['d-u2']).rejection?.issues?.[0]?.code).toBe('foreign_evidence');
    // A document that names no unit (an inspector's, the office's) is no unit's proof of its own fix.
    r.dispatch(
      ev('document.filed', SUPERVISOR, {
        document: {
          id: 'd-nobody',
          title: '督查照片',
          category: 'record',
          date: '2026-04-20',
          sha256: 'f'.repeat(64),
          uri: 's3://x/d-nobody',
        },
      }),
    );
    expect(submit(['d-nobody']).rejection?.issues?.[0]).toMatchObject({
      code: 'foreign_evidence',
      message: { en: expect.stringContaining('names no unit') },
    });
    r.dispatch(ev('observation.recorded', STAFF2, { observation: selfCheck('o-s2', 's2') }));
    expect(submit(['o-s2']).rejection?.issues?.[0]?.code).toBe('foreign_evidence');
    expect(r.rectification('r1')!.status).toBe('rectifying');
    r.dispatch(ev('observation.recorded', STAFF, { observation: selfCheck('o-s1', 's1') }));
    expect(submit(['o-s1']).accepted).toBe(true);
    expect(
      r.dispatch(ev('rectification.closed', SUPERVISOR, { rectificationId: 'r1', evidence: ['d-ghost'] }))
        .rejection?.code,
    ).toBe('invalid');
    expect(r.rectification('r1')!.status).toBe('submitted');
    expect(r.verify().problems).toEqual([]);
  });
});

describe('time', () => {
  it('refuses an event dated before its stream or after its receipt; back-filling is its own, role-limited path', () => {
    const r = open();
    r.dispatch({ ...ev('plan.issued', OFFICE, { plan: 'work' }), at: '2026-03-10T09:00:00+08:00' });
    const ancient = r.dispatch({
      ...ev('phase.force', LEADER, { reason: '决定' }),
      at: '0001-01-01T00:00:00Z',
    });
    expect(ancient.rejection?.issues?.[0]).toMatchObject({ code: 'dated_before_stream', pointer: '/at' });
    expect(ancient.rejection?.reason['zh-CN']).toContain('补录');
    const paper = {
      ...ev('meeting.recorded', STAFF, { kind: 'mobilizationMeeting', meetingId: 'm0', date: '2026-03-05' }),
      at: '2026-03-05T15:00:00+08:00',
      backfill: { reason: '补录纸质签到表' },
    };
    expect(r.dispatch(paper).rejection?.code).toBe('unauthorized');
    const byOffice = r.dispatch({ ...paper, actor: OFFICE });
    expect(byOffice.accepted).toBe(true);
    expect(byOffice.append.entry.event).toMatchObject({ backfill: { reason: '补录纸质签到表' } });
    const received = '2026-03-10T10:00:00+08:00';
    const future = r.dispatch(
      { ...ev('plan.issued', OFFICE, { plan: 'implementation' }), at: '2026-03-30T09:00:00+08:00' },
      received,
    );
    expect(future.rejection?.issues?.[0]?.code).toBe('dated_after_receipt');
    expect(
      r.dispatch({ ...(future.append.entry.event as object), backfill: { reason: '补录' } }, received)
        .rejection?.issues?.[0]?.code,
    ).toBe('dated_after_receipt');
    expect(r.verify().problems).toEqual([]);
  });

  it('refuses evidence seen after its receipt, which would count from a day nobody visited', () => {
    const r = open();
    const received = '2026-04-02T10:00:00+08:00';
    // An inspector's finding at the market, seen at `observedAt`.
    const finding = (id: string, observedAt: string) => ({
      ...selfCheck(id, 's1'),
      source: 'supervisionCheck' as const,
      observedAt,
    });
    const seen = (id: string, observedAt: string, type = 'observation.recorded' as const) =>
      r.dispatch(ev(type, INSPECTOR, { observation: finding(id, observedAt) }), received);
    for (const [id, observedAt] of [
      ['o-2099', '2099-01-01T09:00:00+08:00'],
      ['o-8days', '2026-04-10T10:00:00+08:00'],
    ] as const) {
      const ahead = seen(id, observedAt);
      expect(ahead.rejection).toMatchObject({
        code: 'invalid',
        issues: [{ code: 'dated_after_receipt', pointer: '/observation/observedAt' }],
      });
      expect(ahead.rejection?.reason.en).toContain("check the device's clock");
      expect(r.evidence.observation(id)).toBeUndefined();
    }
    // Within the clock skew the campaign allows (a week here), and of course before the receipt, the finding stands.
    expect(seen('o-skew', '2026-04-08T10:00:00+08:00').accepted).toBe(true);
    expect(seen('o-before', '2026-04-02T08:00:00+08:00').accepted).toBe(true);
    // A correction is held to the same: it cannot move a finding into the future either.
    const corrected = r.dispatch(
      ev('observation.corrected', SUPERVISOR, {
        observation: finding('o-c', '2026-06-01T09:00:00+08:00'),
        supersedes: 'o-before',
        reason: '复核',
      }),
      received,
    );
    expect(corrected.rejection?.issues?.[0]).toMatchObject({ code: 'dated_after_receipt' });
    expect(r.verify().problems).toEqual([]);
    // Such an entry written into the record with the key but without the check (a host editing its store) is found.
    expect(seen('o-old', '2026-05-01T09:00:00+08:00').accepted).toBe(false);
    const old = r.dispatch(
      ev('observation.recorded', INSPECTOR, { observation: finding('o-old', '2026-05-01T09:00:00+08:00') }),
    );
    expect(old.accepted).toBe(true);
    const evidence = [...r.entries('evidence')];
    const at = evidence.length - 1;
    evidence[at] = {
      ...evidence[at]!,
      body: JSON.stringify({ ...JSON.parse(evidence[at]!.body), receivedAt: received }),
    };
    rehash(evidence, at, r.hasher);
    const stored = {
      campaignId: r.campaignId,
      campaign: { entries: r.entries('campaign'), snapshot: r.campaign },
      evidence: { entries: evidence },
    };
    expect(verifyRecord(stored, { hasher: r.hasher }).problems).toEqual([
      expect.objectContaining({ stream: 'evidence', seq: at, kind: 'replay' }),
    ]);
  });

  it('an inspector attributes a finding only to the unit of its place or a unit the assignment covers', () => {
    const r = open();
    const inspector: Actor = { id: 'p-i', role: 'inspector', assignment: { siteIds: ['s1'], unitIds: [] } };
    const finding = (id: string, responsibleUnitId: string, actor = inspector) =>
      r.dispatch(
        ev('observation.recorded', actor, {
          observation: {
            ...selfCheck(id, 's1'),
            source: 'supervisionCheck',
            outcome: 'fail',
            responsibleUnitId,
          },
        }),
      );
    expect(finding('o1', 'u2').rejection).toMatchObject({
      code: 'unauthorized',
      reason: { en: expect.stringContaining('unit u2') },
    });
    expect(finding('o2', 'u1').accepted).toBe(true);
    expect(
      finding('o3', 'u2', { ...inspector, assignment: { siteIds: ['s1'], unitIds: ['u2'] } }).accepted,
    ).toBe(true);
  });

  it('an inspector records findings under their own name, of the kinds their own visits make', () => {
    const r = open();
    const inspector: Actor = { id: 'p-i', role: 'inspector', assignment: { siteIds: ['s1'], unitIds: [] } };
    const finding = (id: string, extra: Record<string, unknown>, actor = inspector) =>
      r.dispatch(
        ev('observation.recorded', actor, {
          observation: { ...selfCheck(id, 's1'), source: 'supervisionCheck', outcome: 'fail', ...extra },
        }),
      );
    const asOther = finding('o1', { inspectorId: 'p-field-2' });
    expect(asOther.rejection).toMatchObject({
      code: 'unauthorized',
      reason: { en: expect.stringContaining('p-field-2') },
    });
    // An official assessment deducts twice a supervision check's points in appraisals; a self-check is the unit's own.
    for (const source of ['officialAssessment', 'selfCheck', 'citizenReport'])
      expect(finding(`o-${source}`, { source }).rejection, source).toMatchObject({
        code: 'unauthorized',
        reason: { en: expect.stringContaining('only what their own visits find') },
      });
    for (const source of ['supervisionCheck', 'unannouncedVisit', 'mockAssessment'])
      expect(finding(`o-ok-${source}`, { source, inspectorId: 'p-i' }).accepted, source).toBe(true);
    // The supervision group transcribes what others found, under their names and sources.
    expect(
      finding('o-transcribed', { inspectorId: 'p-field-2', source: 'officialAssessment' }, SUPERVISOR)
        .accepted,
    ).toBe(true);
    expect(r.evidence.observation('o1')).toBeUndefined();
    // A document filed in a unit's name is that unit's to cite: an inspector files only for units their work covers.
    const filed = (id: string, unitId?: string, actor = inspector) =>
      r.dispatch(
        ev('document.filed', actor, {
          document: {
            id,
            title: '现场照片',
            category: 'photo',
            standardRefs: ['06.01.01'],
            date: '2026-04-02',
            sha256: 'b'.repeat(64),
            uri: `s3://archive/${id}`,
            ...(unitId === undefined ? {} : { unitId }),
          },
        }),
      );
    expect(filed('d-other', 'u2').rejection).toMatchObject({
      code: 'unauthorized',
      reason: { en: expect.stringContaining("unit u2's") },
    });
    expect(filed('d-site-unit', 'u1').accepted).toBe(true);
    expect(filed('d-own').accepted).toBe(true);
    expect(
      filed('d-assigned', 'u2', { ...inspector, assignment: { siteIds: ['s1'], unitIds: ['u2'] } }).accepted,
    ).toBe(true);
    // A survey of one unit's residents counts for that unit: an inspector records it only where their work lies.
    const surveyed = (id: string, unitId: string) =>
      r.dispatch(
        ev('survey.recorded', inspector, {
          response: { id, respondedAt: '2026-04-02T09:00:00+08:00', channel: 'household', unitId },
        }),
      );
    expect(surveyed('sv-other', 'u2').rejection).toMatchObject({ code: 'unauthorized' });
    expect(surveyed('sv-own', 'u1').accepted).toBe(true);
    expect(r.verify().problems).toEqual([]);
  });
});

describe('the rules a record is created under', () => {
  it('keeps judging a record by the rules it was created under, so what verified keeps verifying', () => {
    const received = '2026-04-02T10:00:00+08:00';
    const inspector: Actor = { id: 'p-i', role: 'inspector', assignment: { siteIds: ['s1'], unitIds: [] } };
    const sends = (r: ReturnType<typeof open>) => [
      // Seen three weeks after its receipt, under another inspector's name, claimed as an official assessment.
      r.dispatch(
        ev('observation.recorded', inspector, {
          observation: {
            ...selfCheck('o-old-rules', 's1'),
            source: 'officialAssessment',
            inspectorId: 'p-other',
            observedAt: '2026-04-25T09:00:00+08:00',
          },
        }),
        received,
      ),
      r.dispatch(
        ev('document.filed', inspector, {
          document: {
            id: 'd-old-rules',
            title: '现场照片',
            category: 'record',
            standardRefs: ['06.01.01'],
            date: '2026-04-02',
            sha256: 'c'.repeat(64),
            uri: 's3://archive/d-old-rules',
            unitId: 'u2',
          },
        }),
        received,
      ),
    ];
    const first = open({ configuration: { ...CONFIG, rulesVersion: 1 } });
    expect(first.configuration.value.rulesVersion).toBe(1);
    expect(sends(first).map((d) => d.accepted)).toEqual([true, true]);
    expect(first.verify().problems).toEqual([]);
    const now = open();
    expect(now.configuration.value.rulesVersion).toBe(RULES_VERSION);
    expect(sends(now).map((d) => d.rejection?.code)).toEqual(['unauthorized', 'unauthorized']);
    // A change of settings keeps the record's rules.
    const changed = first.dispatch(
      ev('settings.changed', LEADER, { settings: first.configuration.value.settings, reason: '调整' }),
    );
    expect(changed.accepted).toBe(true);
    expect(first.configuration.value.rulesVersion).toBe(1);
    expect(first.verify().problems).toEqual([]);
  });
});

describe('refused events', () => {
  it('are kept as a digest and an excerpt whatever their size: forty of a megabyte grow the audit by well under one', () => {
    const r = open();
    const before = r.entries('campaign').reduce((n, e) => n + e.body.length, 0);
    const big: Actor = {
      id: 'p-i',
      role: 'inspector',
      assignment: {
        siteIds: Array.from(
          { length: 9_900 },
          (_, i) => `site-${String(i).padStart(6, '0')}-${'x'.repeat(36)}`,
        ),
        unitIds: Array.from(
          { length: 9_000 },
          (_, i) => `unit-${String(i).padStart(6, '0')}-${'y'.repeat(36)}`,
        ),
      },
    };
    let sent = 0;
    for (let i = 0; i < 40; i++) {
      const event = { ...ev('phase.force', big, { reason: `第 ${i} 次尝试` }) };
      sent += JSON.stringify(event).length;
      const result = r.dispatch(event);
      expect(result.rejection?.code).toBe('unauthorized');
      expect(result.append.entry.event).toMatchObject({
        kept: { type: 'phase.force', digest: expect.stringMatching(/^[0-9a-f]{64}$/) },
      });
    }
    const grown = r.entries('campaign').reduce((n, e) => n + e.body.length, 0) - before;
    expect(sent).toBeGreaterThan(38 * 1_000_000);
    expect(grown).toBeLessThan(1_000_000);
    expect(r.verify().problems).toEqual([]);
    // A small refused event is kept whole, so replay judges it again.
    const small = r.dispatch(ev('phase.force', OFFICE, { reason: '办公室想推进' }));
    expect(small.append.entry.event).toMatchObject({ type: 'phase.force', reason: '办公室想推进' });
    expect(KEY).toBeTruthy();
  });
});
