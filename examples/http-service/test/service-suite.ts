import { createHash } from 'node:crypto';
import { listStandards, type Standard } from '@chuangwen/checklists';
import {
  districtArchiveInventory,
  districtFramework,
  sampleStreetCampaign as seedStreet,
} from '@chuangwen/checklists/district';
import { BUILT_IN_WORKING_GROUP_KINDS } from '@chuangwen/model';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildService } from '../src/server.js';
import type { DatabaseLocation } from '../src/store.js';

export const AUDIT_KEY = 'test-audit-key-kept-outside-the-db';

/** A 1×1 PNG, as a phone would upload a photo. */
const PHOTO = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8DwHwAFBQIAX8jx0gAAAABJRU5ErkJggg==',
  'base64',
);
const PHOTO_SHA256 = createHash('sha256').update(PHOTO).digest('hex');

const as = (id: string, role: string) => ({
  'x-chuangwen-actor': id,
  'x-chuangwen-role': role,
  'content-type': 'application/json',
});
// People of the sample street's organisation act in the roles it gives them; an inspector is not on its roster.
export const OFFICE = as('p-office', 'office');
const LEADER = as('p-secretary', 'leadingGroup');
const SUPERVISOR = as('p-inspector', 'supervisionGroup');
const STAFF = as('p-staff', 'unitStaff');
export const staffOf = (unitId: string) => ({ ...STAFF, 'x-chuangwen-unit': unitId });
const INSPECTOR = {
  ...as('p-field-1', 'inspector'),
  'x-chuangwen-sites': 's-main-road,s-toilet,s-service-hall',
};
const ARCHIVES = as('p-archivist', 'archivesGroup');

/** What an inspector measures to find a standard met, by its declared rule. */
function passing(standard: Standard): Record<string, unknown> {
  const rule = standard.scoring;
  switch (rule.kind) {
    case 'stateDescription':
    case 'noOccurrence':
      return { violationCount: 0 };
    case 'countThreshold':
      return { measuredCount: rule.required };
    case 'ratio':
      return { measuredRate: rule.fullAt };
    case 'incidence':
      return { measuredRate: rule.maxRate / 2, sampleSize: 200 };
    case 'survey':
      return { measuredRate: Math.min(1, (rule.passLine ?? 0.85) + 0.05), sampleSize: 400 };
    default:
      return {};
  }
}

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
        issues: [expect.objectContaining({ code: 'forbidden_key' })],
      });
      expect(polluted.headers).toMatch(/application\/problem\+json/);
    });

    it('drives a campaign through every phase over HTTP, its classes derived from the evidence recorded', async () => {
      expect((await call('POST', '/campaigns', OFFICE, seedStreet())).status).toBe(201);
      expect((await call('POST', '/campaigns', OFFICE, seedStreet())).status).toBe(409);

      const refused = await event(OFFICE, { type: 'phase.advance' });
      expect(refused.status).toBe(409);
      expect(refused.body.blockers.map((b: any) => b.code)).toContain('leading_group_missing');
      expect((await event(STAFF, { type: 'phase.force', reason: '想提前' })).status).toBe(403);
      // Someone the organisation does not name cannot act as its leading group.
      expect(
        (await event(as('p-nobody', 'leadingGroup'), { type: 'phase.force', reason: '领导小组决定' })).status,
      ).toBe(403);
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
      const units: string[] = readiness.body.blockers.find((b: any) => b.code === 'unit_team_missing').refs;
      expect((await event(staffOf('u-other'), { type: 'unit.teamFormed', unitId: units[0] })).status).toBe(
        403,
      );
      for (const unitId of units) {
        await ok(staffOf(unitId), { type: 'unit.teamFormed', unitId });
        await ok(staffOf(unitId), { type: 'unit.planSubmitted', unitId });
      }
      expect((await ok(OFFICE, { type: 'phase.advance' })).state).toBe('specialRectification');
      // Nothing observed yet: every standard is 未知可否达标, and no one can say otherwise.
      const undetermined = await event(OFFICE, { type: 'phase.advance' });
      expect(undetermined.body.blockers.map((b: any) => b.code)).toContain('standard_undetermined');
      expect(
        (await event(OFFICE, { type: 'board.updated', standards: { '06.01.01': 'compliant' } })).status,
      ).toBe(400);

      const finding = {
        id: 'o1',
        standardRef: '06.01.01',
        scope: { kind: 'site', siteId: 's-main-road' },
        observedAt: '2026-03-01T10:00:00+08:00',
        method: 'covertInspection',
        source: 'supervisionCheck',
        outcome: 'fail',
        violationCount: 2,
      };
      expect(
        (
          await event(INSPECTOR, {
            type: 'observation.recorded',
            observation: { ...finding, outcome: 'maybe' },
          })
        ).status,
      ).toBe(400);
      await ok(INSPECTOR, { type: 'observation.recorded', observation: finding });
      expect(
        (await event(STAFF, { type: 'observation.recorded', observation: { ...finding, outcome: 'pass' } }))
          .status,
      ).toBe(403);
      const flip = await event(staffOf('u-urban'), {
        type: 'observation.corrected',
        observation: { ...finding, id: 'o1b', outcome: 'pass' },
        supersedes: 'o1',
        reason: '已整改',
      });
      expect(flip.status).toBe(403);
      // Every other standard checked once, street-wide, and found met: the board derives the rest.
      let n = 1;
      for (const { standard } of listStandards(districtFramework)) {
        if (standard.code === '06.01.01') continue;
        await ok(SUPERVISOR, {
          type: 'observation.recorded',
          observation: {
            id: `o-${++n}`,
            standardRef: standard.code,
            scope: { kind: 'jurisdiction' },
            observedAt: '2026-03-01T10:00:00+08:00',
            method: standard.methods[0],
            source: 'supervisionCheck',
            outcome: 'pass',
            ...passing(standard),
          },
        });
      }
      const board = await call('GET', '/campaigns/yunxi-2026/board', OFFICE);
      expect(board.body.standards['06.01.01']).toMatchObject({
        class: 'nonCompliant',
        derived: 'nonCompliant',
      });
      expect(board.body.totals.undetermined).toBe(0);
      // The drill-down every page needs: a standard's cells, a cell's explanation, the board over time.
      const standard = await call('GET', '/campaigns/yunxi-2026/standards/06.01.01', OFFICE);
      expect(standard.body).toMatchObject({ code: '06.01.01', class: 'nonCompliant' });
      expect(standard.body.cells).toContainEqual({
        key: 'site:s-main-road',
        scope: { kind: 'site', siteId: 's-main-road' },
        class: 'nonCompliant',
      });
      const cell = await call(
        'GET',
        '/campaigns/yunxi-2026/standards/06.01.01/cells/site:s-main-road',
        OFFICE,
      );
      expect(cell.body.classification.class).toBe('nonCompliant');
      expect(cell.body.evidence).toEqual([
        expect.objectContaining({ cited: true, observation: expect.objectContaining({ id: 'o1' }) }),
      ]);
      expect((await call('GET', '/campaigns/yunxi-2026/standards/99.99.99', OFFICE)).status).toBe(404);
      expect(
        (await call('GET', '/campaigns/yunxi-2026/standards/06.01.01/cells/site:nowhere', OFFICE)).status,
      ).toBe(404);
      expect((await call('GET', '/campaigns/yunxi-2026/standards/06.01.01/cells/bogus', OFFICE)).status).toBe(
        400,
      );
      const history = await call(
        'GET',
        '/campaigns/yunxi-2026/history?from=2026-02-01&every=7&asOf=2026-03-02',
        OFFICE,
      );
      expect(history.body.points.length).toBeGreaterThan(2);
      expect(history.body.points.at(-1).totals.undetermined).toBe(0);
      expect(history.body.points[0].totals.compliant).toBe(0);
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
      expect((await ok(OFFICE, { type: 'phase.advance' })).state).toBe('finalSprint');

      await ok(staffOf('u-urban'), { type: 'rectification.started', rectificationId: 'r1' });
      // Evidence a problem cites must have been filed: a closure on a ghost document is refused.
      expect(
        (
          await event(staffOf('u-urban'), {
            type: 'rectification.submitted',
            rectificationId: 'r1',
            evidence: ['d-ghost'],
          })
        ).status,
      ).toBe(422);
      await ok(staffOf('u-urban'), {
        type: 'document.filed',
        document: {
          id: 'd-after',
          title: '整改后照片',
          category: 'photo',
          unitId: 'u-urban',
          date: '2026-03-01',
          sha256: 'b'.repeat(64),
          uri: 'archive://test/d-after',
        },
      });
      await ok(staffOf('u-urban'), {
        type: 'rectification.submitted',
        rectificationId: 'r1',
        evidence: ['d-after'],
      });
      expect(
        (
          await event(as('p-staff', 'supervisionGroup'), {
            type: 'rectification.closed',
            rectificationId: 'r1',
          })
        ).status,
      ).toBe(403);
      await ok(INSPECTOR, { type: 'rectification.closed', rectificationId: 'r1' });
      await ok(INSPECTOR, {
        type: 'observation.recorded',
        observation: {
          ...finding,
          id: 'o1-recheck',
          outcome: 'pass',
          violationCount: 0,
          observedAt: '2026-03-01T11:00:00+08:00',
        },
      });
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
                date: '2026-03-01',
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
        on: '2026-03-01',
      });
      expect((await ok(OFFICE, { type: 'phase.advance' })).state).toBe('summaryEvaluation');
      await ok(LEADER, { type: 'selfEvaluation.done' });
      await ok(OFFICE, {
        type: 'meeting.recorded',
        kind: 'summaryMeeting',
        meetingId: 'm9',
        date: '2026-03-01',
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
          reviewerId: 'p-field-1',
          rectifiedById: 'p-staff',
          overdue: false,
        }),
      ]);
      const audit = await call('GET', '/campaigns/yunxi-2026/audit?limit=500', OFFICE);
      const refusals = async (stream: string) =>
        (await call('GET', `/campaigns/yunxi-2026/audit?stream=${stream}&limit=500`, OFFICE)).body.entries
          .filter((e: any) => e.outcome === 'rejected')
          .map((e: any) => e.code);
      expect(audit.body.entries.length).toBeGreaterThan(20);
      expect(await refusals('campaign')).toEqual([
        'unauthorized',
        'unauthorized',
        'malformed',
        'unauthorized',
        'malformed',
      ]);
      expect(await refusals('evidence')).toEqual(['malformed', 'unauthorized', 'unauthorized']);
      expect(await refusals('rectification/r1')).toEqual(['invalid', 'unauthorized']);
      expect((await call('GET', '/campaigns/yunxi-2026/audit/verify?full=true', OFFICE)).body).toMatchObject({
        ok: true,
        problems: [],
        from: 'whole',
      });
      expect((await call('GET', '/campaigns/yunxi-2026/audit/verify', OFFICE)).body).toMatchObject({
        ok: true,
        from: 'checkpoint',
      });
      // Verification is for the roles the record's policy names.
      expect((await call('GET', '/campaigns/yunxi-2026/audit/verify', staffOf('u-urban'))).status).toBe(403);
    });

    it('keeps photos by their content: hash, size, type and header checked on receipt, served back whole', async () => {
      const url = (hash: string) => `${base}/campaigns/yunxi-2026/media/${hash}`;
      const put = (
        hash: string,
        bytes: Uint8Array,
        type: string,
        headers: Record<string, string> = INSPECTOR,
      ) => fetch(url(hash), { method: 'PUT', headers: { ...headers, 'content-type': type }, body: bytes });
      const first = await put(PHOTO_SHA256, PHOTO, 'image/png');
      expect(first.status).toBe(201);
      expect(await first.json()).toEqual({
        sha256: PHOTO_SHA256,
        type: 'image/png',
        bytes: PHOTO.length,
        uri: `media:sha256:${PHOTO_SHA256}`,
        stored: true,
      });
      // Content-addressed: the same bytes again are already held.
      const again = await put(PHOTO_SHA256, PHOTO, 'image/png');
      expect([again.status, ((await again.json()) as any).stored]).toEqual([200, false]);
      const served = await fetch(url(PHOTO_SHA256), { headers: OFFICE });
      expect(served.headers.get('content-type')).toBe('image/png');
      expect(served.headers.get('etag')).toBe(`"${PHOTO_SHA256}"`);
      expect(Buffer.from(await served.arrayBuffer()).equals(PHOTO)).toBe(true);

      const problemOf = async (response: Response) => [
        response.status,
        ((await response.json()) as any).code,
      ];
      const other = createHash('sha256').update('another file').digest('hex');
      expect(await problemOf(await put(other, PHOTO, 'image/png'))).toEqual([422, 'hash_mismatch']);
      expect(await problemOf(await put(PHOTO_SHA256, PHOTO, 'text/plain'))).toEqual([
        415,
        'unsupported_media_type',
      ]);
      const text = Buffer.from('not a picture at all, whatever it says');
      const textHash = createHash('sha256').update(text).digest('hex');
      expect(await problemOf(await put(textHash, text, 'image/jpeg'))).toEqual([422, 'not_an_image']);
      const huge = Buffer.alloc(6 * 1024 * 1024, 1);
      expect((await put(createHash('sha256').update(huge).digest('hex'), huge, 'image/png')).status).toBe(
        413,
      );
      expect((await put('zz', PHOTO, 'image/png')).status).toBe(400);
      expect((await put(PHOTO_SHA256, PHOTO, 'image/png', { 'x-chuangwen-role': 'office' })).status).toBe(
        401,
      );
      // Who may upload is who may file evidence, by the record's own role policy.
      expect(
        await problemOf(await put(PHOTO_SHA256, PHOTO, 'image/png', as('p-writer', 'publicityGroup'))),
      ).toEqual([403, 'forbidden']);
      expect((await fetch(url(other), { headers: OFFICE })).status).toBe(404);
      expect(
        (
          await fetch(`${base}/campaigns/nope/media/${PHOTO_SHA256}`, {
            method: 'PUT',
            headers: { ...INSPECTOR, 'content-type': 'image/png' },
            body: PHOTO,
          })
        ).status,
      ).toBe(404);
      // Another campaign's reader does not find this campaign's photo under its own.
      expect((await fetch(`${base}/campaigns/nope/media/${PHOTO_SHA256}`, { headers: OFFICE })).status).toBe(
        404,
      );
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
      const photo = await fetch(`${base}/campaigns/yunxi-2026/media/${PHOTO_SHA256}`, { headers: OFFICE });
      expect(Buffer.from(await photo.arrayBuffer()).equals(PHOTO)).toBe(true);
    });

    it('loses no event under 20 concurrent clients and keeps the chain valid', async () => {
      const position = async () =>
        (await call('GET', '/campaigns/yunxi-2026/heads', OFFICE)).body.position.pos as number;
      const before = await position();
      let sent = 0;
      const client = async (n: number) => {
        for (let i = 0; i < 10; i++) {
          const r = await event(OFFICE, {
            type: 'meeting.recorded',
            kind: 'workMeeting',
            meetingId: `load-${n}-${i}`,
            date: '2026-03-02',
          });
          expect(r.status).toBe(200);
          sent += 1;
        }
      };
      await Promise.all(Array.from({ length: 20 }, (_, n) => client(n)));
      expect(await position()).toBe(before + sent);
      const meetings: string[] = [];
      for (let from = 0; ; ) {
        const page = (await call('GET', `/campaigns/yunxi-2026/audit?from=${from}&limit=500`, OFFICE)).body;
        meetings.push(
          ...page.entries.map((e: any) => e.event?.meetingId).filter((m: any) => m?.startsWith('load-')),
        );
        if (page.next === null) break;
        from = page.next;
      }
      expect(new Set(meetings).size).toBe(sent);
      expect(meetings).toHaveLength(sent);
      expect(sent).toBe(200);
      expect((await call('GET', '/campaigns/yunxi-2026/audit/verify', OFFICE)).body.ok).toBe(true);
    });
  });
}
