import { districtArchiveInventory, sampleStreetCampaign as seedStreet } from '@chuangwen/checklists/district';
import { BUILT_IN_WORKING_GROUP_KINDS } from '@chuangwen/model';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildService } from '../src/server.js';
import type { DatabaseLocation } from '../src/store.js';

export const AUDIT_KEY = 'test-audit-key-kept-outside-the-db';

const as = (id: string, role: string) => ({
  'x-chuangwen-actor': id,
  'x-chuangwen-role': role,
  'content-type': 'application/json',
});
export const OFFICE = as('p-office', 'office');
const LEADER = as('p-secretary', 'leadingGroup');
const STAFF = as('p-staff', 'unitStaff');
const staffOf = (unitId: string) => ({ ...STAFF, 'x-chuangwen-unit': unitId });
const INSPECTOR = {
  ...as('p-inspector', 'inspector'),
  'x-chuangwen-sites': 's-main-road,s-toilet,s-service-hall',
};
const ARCHIVES = as('p-archivist', 'archivesGroup');

/** The whole service, on one database: its behaviour does not depend on which. */
export function serviceSuite(label: string, database: () => Promise<DatabaseLocation>) {
  let minute = 0;
  const now = () => new Date(Date.parse('2026-03-01T09:00:00+08:00') + minute++ * 60_000).toISOString();
  let app: Awaited<ReturnType<typeof buildService>>;
  let base = '';
  let location: DatabaseLocation;

  async function start() {
    app = await buildService({ database: location, now, auditKey: AUDIT_KEY });
    base = await app.listen({ host: '127.0.0.1', port: 0 });
  }
  async function call(method: string, path: string, headers: Record<string, string>, body?: unknown) {
    const response = await fetch(`${base}${path}`, {
      method,
      headers,
      ...(body === undefined ? {} : { body: typeof body === 'string' ? body : JSON.stringify(body) }),
    });
    return {
      status: response.status,
      headers: response.headers.get('content-type') ?? '',
      body: (await response.json()) as any,
    };
  }
  const event = (headers: Record<string, string>, body: Record<string, unknown>) =>
    call('POST', '/campaigns/yunxi-2026/events', headers, body);

  beforeAll(async () => {
    location = await database();
    await start();
  });
  afterAll(() => app.close());

  describe(`the HTTP service on ${label}`, () => {
    it('refuses bad campaign documents with located, bilingual issues, and callers without identity', async () => {
      const doc = seedStreet() as any;
      doc.tasks[0].leadUnitIds = ['u-nowhere'];
      const bad = await call('POST', '/campaigns', OFFICE, doc);
      expect(bad.status).toBe(400);
      expect(bad.body.issues[0]).toMatchObject({
        pointer: '/tasks/0/leadUnitIds/0',
        code: 'unknown_reference',
      });
      expect(bad.body.issues[0].message['zh-CN']).toContain('不存在');
      expect(
        (await call('POST', '/campaigns', { 'content-type': 'application/json' }, seedStreet())).status,
      ).toBe(401);
      expect((await call('POST', '/campaigns', STAFF, seedStreet())).status).toBe(403);
      expect((await call('POST', '/campaigns', OFFICE, '{"broken":')).status).toBe(400);
      const polluted = await call('POST', '/campaigns', OFFICE, '{"__proto__":{"x":1},"schemaVersion":1}');
      expect(polluted.status).toBe(400);
      expect(polluted.body).toMatchObject({
        status: 400,
        code: 'bad_request',
        message: { en: expect.any(String) },
      });
      expect(polluted.headers).toMatch(/application\/problem\+json/);
    });

    it('drives a campaign through every phase over HTTP', async () => {
      expect((await call('POST', '/campaigns', OFFICE, seedStreet())).status).toBe(201);
      expect((await call('POST', '/campaigns', OFFICE, seedStreet())).status).toBe(409);

      const refused = await event(OFFICE, { type: 'phase.advance' });
      expect(refused.status).toBe(409);
      expect(refused.body.blockers.map((b: any) => b.code)).toContain('leadingGroupMissing');

      const forbidden = await event(STAFF, { type: 'phase.force', reason: '想提前' });
      expect(forbidden.status).toBe(403);
      const malformed = await event(OFFICE, { type: 'plan.issued', plan: 'budget' });
      expect(malformed.status).toBe(400);
      expect(malformed.body.issues[0].path).toEqual(['plan']);

      const ok = async (headers: Record<string, string>, body: Record<string, unknown>) => {
        const r = await event(headers, body);
        expect(r.status, JSON.stringify(r.body)).toBe(200);
        return r.body;
      };
      await ok(LEADER, { type: 'organisation.leadingGroupFormed' });
      await ok(LEADER, { type: 'organisation.officeFormed' });
      for (const group of BUILT_IN_WORKING_GROUP_KINDS)
        await ok(OFFICE, { type: 'organisation.workingGroupStaffed', group });
      await ok(OFFICE, {
        type: 'meeting.recorded',
        kind: 'mobilizationMeeting',
        meetingId: 'm1',
        date: '2026-03-05',
      });
      await ok(OFFICE, { type: 'plan.issued', plan: 'implementation' });
      await ok(OFFICE, { type: 'plan.issued', plan: 'work' });
      await ok(as('p-writer', 'publicityGroup'), { type: 'publicity.launched' });
      const readiness = await call('GET', '/campaigns/yunxi-2026/readiness', OFFICE);
      const units: string[] = readiness.body.blockers.find((b: any) => b.code === 'unitTeamMissing').refs;
      expect((await event(staffOf('u-other'), { type: 'unit.teamFormed', unitId: units[0] })).status).toBe(
        403,
      );
      for (const unitId of units) {
        await ok(staffOf(unitId), { type: 'unit.teamFormed', unitId });
        await ok(staffOf(unitId), { type: 'unit.planSubmitted', unitId });
      }
      expect((await ok(OFFICE, { type: 'phase.advance' })).state).toBe('specialRectification');

      const observations = [
        {
          id: 'o1',
          standardRef: '06.01.01',
          scope: { kind: 'site', siteId: 's-main-road' },
          observedAt: '2026-04-10T10:00:00+08:00',
          method: 'covertInspection',
          source: 'supervisionCheck',
          outcome: 'fail',
          violationCount: 2,
        },
        {
          id: 'o2',
          standardRef: '06.02.02',
          scope: { kind: 'site', siteId: 's-toilet' },
          observedAt: '2026-04-10T11:00:00+08:00',
          method: 'fieldInspection',
          source: 'selfCheck',
          outcome: 'pass',
        },
      ];
      // Observations are events: audited, checked against the policy, never overwritten.
      expect(
        (
          await event(INSPECTOR, {
            type: 'observation.recorded',
            observation: { ...observations[0], outcome: 'maybe' },
          })
        ).status,
      ).toBe(400);
      for (const observation of observations)
        await ok(INSPECTOR, { type: 'observation.recorded', observation });
      const overwrite = await event(STAFF, {
        type: 'observation.recorded',
        observation: { ...observations[0], outcome: 'pass' },
      });
      expect(overwrite.status).toBe(403);
      const flip = await event(staffOf('u-urban'), {
        type: 'observation.corrected',
        observation: { ...observations[0], id: 'o1b', outcome: 'pass' },
        supersedes: 'o1',
        reason: '已整改',
      });
      expect(flip.status).toBe(403);
      const board = await call('GET', '/campaigns/yunxi-2026/board?asOf=2026-04-12T09:00:00%2B08:00', OFFICE);
      expect(board.body.standards['06.01.01']).toBe('nonCompliant');
      expect(board.body.standards['06.02.02']).toBe('compliant');

      await ok(OFFICE, {
        type: 'board.updated',
        standards: { '06.01.01': 'nonCompliant', '06.02.02': 'compliant' },
      });
      await ok(INSPECTOR, {
        type: 'rectification.reported',
        rectificationId: 'r1',
        standardRef: '06.01.01',
        scope: { kind: 'site', siteId: 's-main-road' },
        description: '占道经营',
        observationId: 'o1',
      });
      await ok(OFFICE, {
        type: 'rectification.assigned',
        rectificationId: 'r1',
        leadUnitId: 'u-urban',
        deadline: '2026-04-30',
      });
      await ok(OFFICE, { type: 'cadence.updated', missedMonths: [] });
      expect((await ok(OFFICE, { type: 'phase.advance' })).state).toBe('finalSprint');

      await ok(staffOf('u-urban'), { type: 'rectification.started', rectificationId: 'r1' });
      await ok(staffOf('u-urban'), {
        type: 'rectification.submitted',
        rectificationId: 'r1',
        evidence: ['d-after'],
      });
      const selfReview = await event(as('p-staff', 'supervisionGroup'), {
        type: 'rectification.closed',
        rectificationId: 'r1',
      });
      expect(selfReview.status).toBe(409);
      await ok(INSPECTOR, { type: 'rectification.closed', rectificationId: 'r1' });
      await ok(OFFICE, { type: 'board.updated', standards: { '06.01.01': 'compliant' } });
      for (const group of BUILT_IN_WORKING_GROUP_KINDS)
        await ok(OFFICE, { type: 'workingGroup.rated', group });
      await ok(INSPECTOR, { type: 'windowCheck.recorded', siteId: 's-service-hall', passed: true });
      expect((await ok(OFFICE, { type: 'phase.advance' })).state).toBe('inspectionReadiness');

      let documents = 0;
      for (const e of districtArchiveInventory.entries)
        for (const r of e.requirements)
          for (let i = 0; i < r.quantity; i++) {
            documents += 1;
            await ok(ARCHIVES, {
              type: 'document.filed',
              document: {
                id: `doc-${documents}`,
                title: `材料 ${documents}`,
                category: r.category,
                standardRefs: [e.standardRef],
                date: '2026-08-20',
                sha256: 'a'.repeat(64),
                uri: `archive://test/doc-${documents}`,
              },
            });
          }
      await ok(ARCHIVES, { type: 'archive.submitted' });
      await ok(LEADER, {
        type: 'result.recorded',
        passed: true,
        official: true,
        score: 90,
        on: '2026-09-10',
      });
      expect((await ok(OFFICE, { type: 'phase.advance' })).state).toBe('summaryEvaluation');
      await ok(LEADER, { type: 'selfEvaluation.done' });
      await ok(OFFICE, {
        type: 'meeting.recorded',
        kind: 'summaryMeeting',
        meetingId: 'm9',
        date: '2026-10-15',
      });
      for (const unitId of units) await ok(OFFICE, { type: 'unit.appraised', unitId });
      await ok(LEADER, { type: 'accountability.decided' });
      expect((await ok(OFFICE, { type: 'phase.advance' })).state).toBe('closed');

      const ledger = await call(
        'GET',
        '/campaigns/yunxi-2026/ledger?asOf=2026-05-10T09:00:00%2B08:00',
        OFFICE,
      );
      expect(ledger.body.entries).toEqual([
        expect.objectContaining({
          id: 'r1',
          status: 'closed',
          reviewerId: 'p-inspector',
          rectifiedById: 'p-staff',
          overdue: false,
        }),
      ]);
      const audit = await call('GET', '/campaigns/yunxi-2026/audit?limit=500', OFFICE);
      expect(
        audit.body.entries.filter((e: any) => e.outcome === 'rejected').map((e: any) => e.reason.en),
      ).toEqual([
        expect.stringContaining('may not send phase.force'),
        expect.stringContaining('malformed event'),
        expect.stringContaining('own unit'),
      ]);
      const evidence = await call('GET', '/campaigns/yunxi-2026/audit?stream=evidence&limit=500', OFFICE);
      expect(
        evidence.body.entries.filter((e: any) => e.outcome === 'rejected').map((e: any) => e.reason.en),
      ).toEqual([
        expect.stringContaining('malformed event: observation.outcome'),
        expect.stringContaining('acts for no unit'),
        expect.stringContaining("only the unit's own self-checks"),
      ]);
      const r1 = await call('GET', '/campaigns/yunxi-2026/audit?stream=rectification/r1', OFFICE);
      expect(
        r1.body.entries.filter((e: any) => e.outcome === 'rejected').map((e: any) => e.reason.en),
      ).toEqual([expect.stringContaining('reviewer other than the person who rectified')]);
      expect((await call('GET', '/campaigns/yunxi-2026/audit/verify', OFFICE)).body).toMatchObject({
        ok: true,
        problems: [],
      });
    });

    it('finds every campaign, snapshot and audit entry intact after a restart', async () => {
      const before = await call('GET', '/campaigns/yunxi-2026/audit?limit=500', OFFICE);
      const state = await call('GET', '/campaigns/yunxi-2026', OFFICE);
      await app.close();
      await start();
      expect((await call('GET', '/campaigns/yunxi-2026', OFFICE)).body).toEqual(state.body);
      expect((await call('GET', '/campaigns/yunxi-2026/audit?limit=500', OFFICE)).body).toEqual(before.body);
      expect((await call('GET', '/campaigns/yunxi-2026/audit/verify', OFFICE)).body.ok).toBe(true);
      expect((await call('GET', '/campaigns/nope', OFFICE)).status).toBe(404);
    });

    it('loses no event under 20 concurrent clients and keeps the chain valid', async () => {
      const head = async () =>
        (await call('GET', '/campaigns/yunxi-2026/audit?limit=1', OFFICE)).body.anchors.find(
          (a: any) => a.stream === 'campaign',
        ).seq as number;
      const before = await head();
      const deadline = Date.now() + 3000;
      let sent = 0;
      const client = async (n: number) => {
        for (let i = 0; i < 200 && Date.now() < deadline; i++) {
          const r = await event(OFFICE, {
            type: 'meeting.recorded',
            kind: 'workMeeting',
            meetingId: `load-${n}-${i}`,
            date: '2026-10-20',
          });
          expect(r.status).toBe(200);
          sent += 1;
        }
      };
      await Promise.all(Array.from({ length: 20 }, (_, n) => client(n)));
      expect(await head()).toBe(before + sent);
      const meetings: string[] = [];
      for (let from = before; from < before + sent; from += 500) {
        const page = (await call('GET', `/campaigns/yunxi-2026/audit?from=${from}&limit=500`, OFFICE)).body;
        meetings.push(
          ...page.entries.map((e: any) => e.event?.meetingId).filter((m: any) => m?.startsWith('load-')),
        );
      }
      expect(new Set(meetings).size).toBe(sent);
      expect(meetings).toHaveLength(sent);
      expect((await call('GET', '/campaigns/yunxi-2026/audit/verify', OFFICE)).body.ok).toBe(true);
      expect(sent).toBeGreaterThan(20);
    });
  });
}
