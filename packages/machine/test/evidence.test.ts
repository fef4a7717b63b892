import type { Observation } from '@chuangwen/model';
import { ContentError } from '@chuangwen/model';
import { describe, expect, it } from 'vitest';
import { type Actor, DEFAULT_ROLE_POLICY, defineRolePolicy, verifyRecord } from '../src/index.js';
import { ARCHIVIST, ev, INSPECTOR, LEADER, OFFICE, rehash, STAFF, STAFF2, SUPERVISOR } from './helpers.js';
import { CONFIG, FIXED_PHOTO, open } from './scenario.js';

const observation = (id: string, extra: Partial<Observation> = {}) =>
  ({
    id,
    standardRef: '06.01.01',
    scope: { kind: 'site', siteId: 's1' },
    observedAt: '2026-04-02T09:00:00+08:00',
    method: 'fieldInspection',
    source: 'supervisionCheck',
    outcome: 'fail',
    ...extra,
  }) as Observation;
const record = (actor: Actor, o: Observation) => ev('observation.recorded', actor, { observation: o });

describe('evidence is recorded, corrected and withdrawn, never overwritten', () => {
  it('refuses to overwrite an observation: a second record with the same id is invalid', () => {
    const r = open();
    expect(r.dispatch(record(INSPECTOR, observation('o1'))).accepted).toBe(true);
    const overwrite = r.dispatch(record(INSPECTOR, observation('o1', { outcome: 'pass' })));
    expect(overwrite.rejection).toMatchObject({
      code: 'invalid',
      issues: [{ pointer: '/observation/id', code: 'duplicate_id' }],
    });
    expect([overwrite.append.stream, overwrite.append.entry.outcome]).toEqual(['evidence', 'rejected']);
    expect(r.evidence.observation('o1')?.observation.outcome).toBe('fail');
  });

  it('corrects by a new record that supersedes one, with a reason, and both stay', () => {
    const r = open();
    r.dispatch(record(INSPECTOR, observation('o1')));
    const corrected = r.dispatch(
      ev('observation.corrected', SUPERVISOR, {
        observation: observation('o1b', { outcome: 'pass' }),
        supersedes: 'o1',
        reason: '复核：现场已清理',
      }),
    );
    expect(corrected.evidence).toMatchObject({
      kind: 'observationRecorded',
      observation: { id: 'o1b', outcome: 'pass' },
      supersedes: 'o1',
    });
    expect(r.evidence.observation('o1')?.status).toBe('superseded');
    expect(r.evidence.effectiveObservations().map((o) => o.id)).toEqual(['o1b']);
    const again = r.dispatch(
      ev('observation.corrected', SUPERVISOR, {
        observation: observation('o1c'),
        supersedes: 'o1',
        reason: '再次更正',
      }),
    );
    expect(again.rejection?.issues?.[0]).toMatchObject({ pointer: '/supersedes', code: 'not_in_force' });
    const blank = r.dispatch({
      ...ev('observation.corrected', SUPERVISOR, {
        observation: observation('o1d'),
        supersedes: 'o1b',
        reason: '理由',
      }),
      reason: '   ',
    });
    expect(blank.rejection?.code).toBe('malformed');
  });

  it('answers a slip in a payload key with the key of that event it was meant to be', () => {
    const r = open();
    const { observationId, ...rest } = ev('observation.withdrawn', SUPERVISOR, {
      observationId: 'o1',
      reason: '点位记错',
    });
    const slip = r.dispatch({ ...rest, observationID: observationId } as unknown);
    expect(slip.rejection?.code).toBe('malformed');
    const issue = slip.rejection?.issues?.find((i) => i.code === 'unknown_key');
    expect(issue?.pointer).toBe('/observationID');
    expect(issue?.message.en).toBe('unknown field "observationID"; did you mean "observationId"?');
  });

  it('withdraws with a reason; a withdrawn record cannot be withdrawn or corrected again', () => {
    const r = open();
    r.dispatch(record(INSPECTOR, observation('o1')));
    expect(
      r.dispatch(ev('observation.withdrawn', SUPERVISOR, { observationId: 'o1', reason: '点位记错' }))
        .evidence,
    ).toEqual({
      kind: 'observationWithdrawn',
      observationId: 'o1',
    });
    expect(r.evidence.effectiveObservations()).toEqual([]);
    expect(
      r.dispatch(ev('observation.withdrawn', SUPERVISOR, { observationId: 'o1', reason: '再撤' })).rejection
        ?.code,
    ).toBe('invalid');
    expect(r.evidence.allObservations()).toHaveLength(1);
    expect(r.verify(r.anchors()).ok).toBe(true);
  });

  it('checks evidence against the campaign: known standards, sites and units', () => {
    const r = open();
    const bad = r.dispatch(
      record(OFFICE, observation('o1', { standardRef: '99.99.99', scope: { kind: 'site', siteId: 's9' } })),
    );
    expect(bad.rejection?.issues?.map((i) => i.pointer)).toEqual([
      '/observation/standardRef',
      '/observation/scope/siteId',
    ]);
    expect(bad.rejection?.reason['zh-CN']).toContain('测评标准 "99.99.99" 不存在');
  });
});

describe('the role policy, with units and assignments', () => {
  it('lets an inspector record only where assigned: a site, or a unit', () => {
    const r = open();
    expect(r.dispatch(record(INSPECTOR, observation('o1'))).accepted).toBe(true);
    const elsewhere = r.dispatch(
      record(INSPECTOR, observation('o2', { scope: { kind: 'site', siteId: 's2' } })),
    );
    expect(elsewhere.accepted).toBe(true);
    const unassigned = { ...INSPECTOR, assignment: { siteIds: ['s1'], unitIds: [] } };
    const refused = r.dispatch(
      record(unassigned, observation('o3', { scope: { kind: 'site', siteId: 's2' } })),
    );
    expect(refused.rejection).toMatchObject({
      code: 'unauthorized',
      reason: { 'zh-CN': expect.stringContaining('分派') },
    });
    const nowhere = { id: 'p-new', role: 'inspector' as const };
    expect(r.dispatch(record(nowhere, observation('o4'))).rejection?.code).toBe('unauthorized');
  });

  it("keeps an inspector's failing observation from being flipped by anyone who may not correct it", () => {
    const r = open();
    r.dispatch(record(INSPECTOR, observation('o1')));
    const flip = ev('observation.corrected', STAFF2, {
      observation: observation('o1b', { outcome: 'pass' }),
      supersedes: 'o1',
      reason: '已整改',
    });
    expect(r.dispatch(flip).rejection?.code).toBe('unauthorized');
    const withdraw = ev('observation.withdrawn', STAFF, { observationId: 'o1', reason: '不认可' });
    expect(r.dispatch(withdraw).rejection?.code).toBe('unauthorized');
    expect(r.evidence.effectiveObservations().map((o) => [o.id, o.outcome])).toEqual([['o1', 'fail']]);
  });

  it('lets unit staff self-check and file documents for their own unit only', () => {
    const r = open();
    const own = observation('o1', { source: 'selfCheck', outcome: 'pass' });
    expect(r.dispatch(record(STAFF, own)).accepted).toBe(true);
    expect(r.dispatch(record(STAFF2, observation('o2', { source: 'selfCheck' }))).rejection?.code).toBe(
      'unauthorized',
    );
    const doc = (unitId: string, id: string) => ({
      id,
      title: '门前三包照片',
      category: 'photo' as const,
      standardRefs: ['06.01.01'],
      date: '2026-04-02',
      unitId,
      sha256: 'b'.repeat(64),
      uri: `s3://archive/${id}`,
    });
    expect(r.dispatch(ev('document.filed', STAFF, { document: doc('u1', 'd1') })).accepted).toBe(true);
    expect(r.dispatch(ev('document.filed', STAFF, { document: doc('u2', 'd2') })).rejection?.code).toBe(
      'unauthorized',
    );
    expect(r.dispatch(ev('unit.teamFormed', STAFF, { unitId: 'u2' })).rejection?.code).toBe('unauthorized');
    const noUnit = { id: 'p-x', role: 'unitStaff' as const };
    expect(r.dispatch(ev('unit.teamFormed', noUnit, { unitId: 'u1' })).rejection?.reason['zh-CN']).toContain(
      '未注明所代表的单位',
    );
  });

  it('can be widened in the record: any inspector anywhere, staff for any unit, other roles per event', () => {
    const rolePolicy = {
      ownUnitOnly: false,
      inspectorsWhereAssigned: false,
      roles: { 'phase.force': ['leadingGroup', 'office'] },
    } as const;
    expect(defineRolePolicy(rolePolicy).roles['phase.force']).toEqual(['leadingGroup', 'office']);
    const r = open({ configuration: { ...CONFIG, settings: { ...CONFIG.settings, rolePolicy } } });
    expect(
      r.dispatch(
        record(
          { id: 'p-new', role: 'inspector' },
          observation('o1', { scope: { kind: 'site', siteId: 's2' } }),
        ),
      ).accepted,
    ).toBe(true);
    expect(r.dispatch(ev('unit.teamFormed', STAFF, { unitId: 'u2' })).accepted).toBe(true);
    expect(r.dispatch(ev('phase.force', OFFICE, { reason: '授权办公室推进' })).accepted).toBe(true);
    expect(r.verify().ok).toBe(true);
  });

  it('refuses a role policy naming an event type or a role that does not exist, with the nearest name', () => {
    const wrong = () =>
      defineRolePolicy({
        roles: { 'phase.forced': ['leadingGroup'], 'phase.advance': ['mayor'] },
      } as unknown as Parameters<typeof defineRolePolicy>[0]);
    expect(wrong).toThrow(ContentError);
    try {
      wrong();
    } catch (error) {
      const issues = (error as ContentError).issues;
      expect(issues.map((i) => i.pointer).sort()).toEqual(['/roles/phase.advance/0', '/roles/phase.forced']);
      expect(issues.find((i) => i.pointer === '/roles/phase.advance/0')?.message.en).toContain(
        'leadingGroup',
      );
    }
    expect(() => defineRolePolicy({ ownUnitOnly: 'no' } as unknown as { ownUnitOnly: boolean })).toThrow(
      /role policy is invalid: \/ownUnitOnly/,
    );
    expect(defineRolePolicy({ roles: { 'phase.force': ['office', 'office'] } }).roles['phase.force']).toEqual(
      ['office'],
    );
  });

  it('judges every entry under the policy the record held then: a narrowed policy covers later events only', () => {
    const wide = { ...CONFIG, settings: { ...CONFIG.settings, rolePolicy: { ownUnitOnly: false } } };
    const r = open({ configuration: wide });
    expect(r.dispatch(ev('unit.teamFormed', STAFF, { unitId: 'u2' })).accepted).toBe(true);
    const narrowed = r.dispatch(
      ev('settings.changed', LEADER, { settings: { ...CONFIG.settings }, reason: '恢复本单位范围' }),
    );
    expect(narrowed.configuration?.settings.rolePolicy).toEqual({});
    expect(r.dispatch(ev('unit.planSubmitted', STAFF, { unitId: 'u2' })).rejection?.code).toBe(
      'unauthorized',
    );
    expect(r.verify().problems).toEqual([]);
    // An insider with the key who rewrites the recorded policy narrower is caught: the wider act no longer replays.
    const campaign = [...r.entries('campaign')];
    campaign[0] = {
      ...campaign[0]!,
      body: campaign[0]!.body.replace('"rolePolicy":{"ownUnitOnly":false}', '"rolePolicy":{}'),
    };
    rehash(campaign, 0, r.hasher);
    const verdict = verifyRecord(
      { campaignId: r.campaignId, campaign: { entries: campaign, snapshot: r.campaign } },
      { hasher: r.hasher },
    );
    expect(verdict.problems).toContainEqual(expect.objectContaining({ kind: 'policy', seq: 1 }));
    expect(DEFAULT_ROLE_POLICY.ownUnitOnly).toBe(true);
  });

  it('takes the place from the scope only: naming another unit responsible widens nothing', () => {
    const r = open();
    const u2Inspector = {
      id: 'p-i2',
      role: 'inspector' as const,
      assignment: { siteIds: [], unitIds: ['u2'] },
    };
    expect(
      r.dispatch(record(u2Inspector, observation('o1', { responsibleUnitId: 'u2' }))).rejection?.code,
    ).toBe('unauthorized');
    expect(
      r.dispatch(record(u2Inspector, observation('o2', { scope: { kind: 'jurisdiction' } }))).rejection?.code,
    ).toBe('unauthorized');
    expect(
      r.dispatch(record(u2Inspector, observation('o3', { scope: { kind: 'site', siteId: 's2' } }))).accepted,
    ).toBe(true);
    const selfCheck = { source: 'selfCheck' as const };
    expect(
      r.dispatch(record(STAFF2, observation('o4', { ...selfCheck, responsibleUnitId: 'u2' }))).rejection
        ?.code,
    ).toBe('unauthorized');
    expect(
      r.dispatch(
        record(
          STAFF2,
          observation('o5', { ...selfCheck, scope: { kind: 'jurisdiction' }, responsibleUnitId: 'u2' }),
        ),
      ).rejection?.code,
    ).toBe('unauthorized');
    expect(
      r.dispatch(record(STAFF, observation('o6', { ...selfCheck, responsibleUnitId: 'u2' }))).rejection?.code,
    ).toBe('unauthorized');
  });

  it('checks a correction against what it corrects: the same cell, and a place the corrector may act on', () => {
    const r = open();
    r.dispatch(record(SUPERVISOR, observation('o2', { scope: { kind: 'site', siteId: 's2' } })));
    const s1Only = { id: 'p-i1', role: 'inspector' as const, assignment: { siteIds: ['s1'], unitIds: [] } };
    const moved = r.dispatch(
      ev('observation.corrected', s1Only, {
        observation: observation('o3', { outcome: 'pass' }),
        supersedes: 'o2',
        reason: '更正',
      }),
    );
    expect(moved.rejection?.code).toBe('unauthorized');
    const elsewhere = r.dispatch(
      ev('observation.corrected', SUPERVISOR, {
        observation: observation('o4', { outcome: 'pass' }),
        supersedes: 'o2',
        reason: '更正',
      }),
    );
    expect(elsewhere.rejection?.issues?.[0]?.code).toBe('correction_moves_cell');
    expect(r.evidence.observation('o2')?.status).toBe('effective');
  });

  it('keeps inspectors to their assignment on problems too: reporting, closing, returning, relapsing', () => {
    const r = open();
    const nowhere = { id: 'p-x', role: 'inspector' as const, assignment: { siteIds: [], unitIds: [] } };
    const report = {
      rectificationId: 'r1',
      standardRef: '06.01.01',
      scope: { kind: 'site' as const, siteId: 's1' },
      description: '占道',
    };
    expect(r.dispatch(ev('rectification.reported', nowhere, report)).rejection?.code).toBe('unauthorized');
    r.dispatch(ev('rectification.reported', SUPERVISOR, report));
    r.dispatch(
      ev('rectification.assigned', OFFICE, {
        rectificationId: 'r1',
        leadUnitId: 'u1',
        deadline: '2026-05-01',
      }),
    );
    r.dispatch(ev('rectification.started', STAFF, { rectificationId: 'r1' }));
    r.dispatch(FIXED_PHOTO());
    r.dispatch(ev('rectification.submitted', STAFF, { rectificationId: 'r1', evidence: ['d-after'] }));
    expect(r.dispatch(ev('rectification.closed', nowhere, { rectificationId: 'r1' })).rejection?.code).toBe(
      'unauthorized',
    );
    expect(r.dispatch(ev('rectification.closed', INSPECTOR, { rectificationId: 'r1' })).accepted).toBe(true);
    expect(r.dispatch(ev('rectification.relapsed', nowhere, { rectificationId: 'r1' })).rejection?.code).toBe(
      'unauthorized',
    );
    expect(r.rectification('r1')!.status).toBe('closed');
  });

  it('lets a co-lead unit do the work and cite its own evidence, as the lead does; a unit not named may not', () => {
    const r = open();
    r.dispatch(
      ev('rectification.reported', SUPERVISOR, {
        rectificationId: 'r1',
        standardRef: '06.01.01',
        scope: { kind: 'jurisdiction' },
        description: '县公安局、城管执法局负责',
      }),
    );
    r.dispatch(
      ev('rectification.assigned', OFFICE, {
        rectificationId: 'r1',
        leadUnitId: 'u1',
        coLeadUnitIds: ['u2'],
        deadline: '2026-05-01',
      }),
    );
    expect(r.rectification('r1')!.coLeadUnitIds).toEqual(['u2']);
    expect(r.dispatch(ev('rectification.started', STAFF2, { rectificationId: 'r1' })).accepted).toBe(true);
    const photo = {
      id: 'd-co',
      title: '整改后照片',
      category: 'photo' as const,
      standardRefs: [],
      unitId: 'u2',
      date: '2026-04-20',
      sha256: 'c'.repeat(64),
      uri: 's3://archive/d-co',
    };
    expect(r.dispatch(ev('document.filed', STAFF2, { document: photo })).accepted).toBe(true);
    expect(
      r.dispatch(ev('rectification.submitted', STAFF2, { rectificationId: 'r1', evidence: ['d-co'] }))
        .accepted,
    ).toBe(true);
    // Without the co-lead, the second unit's staff may not act on it.
    r.dispatch(
      ev('rectification.reported', SUPERVISOR, {
        rectificationId: 'r2',
        standardRef: '06.01.01',
        scope: { kind: 'jurisdiction' },
        description: '只由一个单位负责',
      }),
    );
    r.dispatch(
      ev('rectification.assigned', OFFICE, {
        rectificationId: 'r2',
        leadUnitId: 'u1',
        deadline: '2026-05-01',
      }),
    );
    expect(r.dispatch(ev('rectification.started', STAFF2, { rectificationId: 'r2' })).rejection?.code).toBe(
      'unauthorized',
    );
  });

  it('refuses a report of a standard or a place the campaign does not know', () => {
    const r = open();
    const bad = r.dispatch(
      ev('rectification.reported', SUPERVISOR, {
        rectificationId: 'r1',
        standardRef: '99.99.99',
        scope: { kind: 'site', siteId: 's9' },
        description: '占道',
      }),
    );
    expect(bad.rejection?.code).toBe('invalid');
    expect(bad.rejection?.issues?.map((i) => i.pointer)).toEqual(['/standardRef', '/scope/siteId']);
    expect(r.rectification('r1')).toBeUndefined();
  });

  it('counts a document once per standard, and refuses one naming a standard twice or more than 200', () => {
    const r = open();
    const doc = (id: string, standardRefs: string[]) => ({
      id,
      title: '照片',
      category: 'photo' as const,
      standardRefs,
      date: '2026-04-02',
      sha256: 'b'.repeat(64),
      uri: `s3://a/${id}`,
    });
    expect(
      r.dispatch(ev('document.filed', ARCHIVIST, { document: doc('d1', ['06.01.01', '06.01.01']) })).rejection
        ?.issues?.[0]?.code,
    ).toBe('duplicate_reference');
    expect(
      r.dispatch(ev('document.filed', ARCHIVIST, { document: doc('d2', Array(201).fill('06.01.01')) }))
        .rejection?.code,
    ).toBe('invalid');
    r.dispatch(ev('document.filed', ARCHIVIST, { document: doc('d3', ['06.01.01', '10.01.01']) }));
    expect(r.campaign.snapshot.context.facts.archive).toEqual({
      '06': { '06.01.01': { photo: 1 } },
      '10': { '10.01.01': { photo: 1 } },
    });
    expect(r.verify(r.anchors()).ok).toBe(true);
  });

  it("routes and dispatches the same plain copy of the input, whatever getters the caller's object has", () => {
    const r = open();
    r.dispatch(
      ev('rectification.reported', SUPERVISOR, {
        rectificationId: 'r1',
        standardRef: '06.01.01',
        scope: { kind: 'site', siteId: 's1' },
        description: '占道',
      }),
    );
    let reads = 0;
    const shifty = {
      ...ev('rectification.reported', SUPERVISOR, {
        rectificationId: 'x',
        standardRef: '06.01.01',
        scope: { kind: 'site', siteId: 's1' },
        description: '占道',
      }),
      get rectificationId() {
        reads += 1;
        return reads === 1 ? 'fresh' : 'r1';
      },
    };
    r.dispatch(shifty);
    // Read once: the problem is reported under the id the first read gave, and r1 is untouched.
    expect(r.rectification('fresh')?.status).toBe('reported');
    expect(r.rectification('r1')!.status).toBe('reported');
    expect(r.campaign.snapshot.context.facts.ledger.open).toBe(2);
    expect(r.verify(r.anchors()).ok).toBe(true);
  });
});
