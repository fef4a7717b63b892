import type { ArchiveDocument, MediaProvenance, Observation } from '@chuangwen/model';
import { convertDatum } from '@chuangwen/rules';
import { describe, expect, it } from 'vitest';
import {
  type Actor,
  type CampaignEvent,
  CampaignEventSchema,
  type ConfigurationInput,
  MemoryRecord,
} from '../src/index.js';
import { INSPECTOR, LEADER, OFFICE, STAFF, SUPERVISOR } from './helpers.js';
import { CONFIG, INPUT, KEY } from './scenario.js';

// The market s1 is marked on a Baidu map; phones report WGS-84. Every time below is explicit, and the record allows
// ten minutes of clock skew, as a real one does.
const MARKET = { longitude: 120.1615, latitude: 30.2795, datum: 'BD09' as const };
const AT_MARKET = convertDatum(MARKET, 'WGS84');
const north = (metres: number) => ({
  ...AT_MARKET,
  latitude: AT_MARKET.latitude + metres / 111_195,
  accuracyMetres: 8,
});
const sites = CONFIG.sites!.map((s) => (s.id === 's1' ? { ...s, location: MARKET } : s));
const configuration = (provenance: Record<string, unknown> = {}): ConfigurationInput => ({
  ...CONFIG,
  sites,
  settings: { clockSkewMinutes: 10, provenance },
});
const open = (provenance?: Record<string, unknown>) =>
  new MemoryRecord(INPUT, OFFICE, { configuration: configuration(provenance), key: KEY });

const VISIT = '2026-04-02T09:00:00+08:00';
const later = (iso: string, minutes: number) => new Date(Date.parse(iso) + minutes * 60_000).toISOString();
const hash = (id: string) =>
  id
    .padEnd(64, '0')
    .replace(/[^0-9a-f]/g, 'f')
    .slice(0, 64);

const event = (type: string, actor: Actor, at: string, payload: Record<string, unknown>) =>
  CampaignEventSchema.parse({ type, at, actor, ...payload }) as CampaignEvent;

function photo(id: string, provenance: Partial<MediaProvenance> = {}, more: Partial<ArchiveDocument> = {}) {
  return {
    id,
    title: `现场照片 ${id}`,
    category: 'photo' as const,
    standardRefs: ['06.01.01'],
    date: '2026-04-02',
    sha256: hash(id),
    uri: `media:sha256:${hash(id)}`,
    provenance: {
      contentSha256: hash(id),
      capturedAt: VISIT,
      location: north(30),
      source: 'camera' as const,
      ...provenance,
    },
    ...more,
  };
}
const finding = (id: string, evidence: string[], extra: Partial<Observation> = {}) => ({
  id,
  standardRef: '06.01.01',
  scope: { kind: 'site', siteId: 's1' },
  observedAt: VISIT,
  method: 'fieldInspection',
  source: 'supervisionCheck',
  outcome: 'fail',
  violationCount: 1,
  evidence,
  ...extra,
});

/** Files a photo and records a finding on it, each received a minute after it is dated. */
function fileAndRecord(
  r: MemoryRecord,
  doc: ReturnType<typeof photo>,
  observation: Record<string, unknown>,
  as: Actor = INSPECTOR,
  more: Record<string, unknown> = {},
) {
  const filed = r.dispatch(event('document.filed', as, VISIT, { document: doc }), later(VISIT, 1));
  const recorded = r.dispatch(
    event('observation.recorded', as, later(VISIT, 2), { observation, ...more }),
    later(VISIT, 3),
  );
  return { filed, recorded };
}

const classOf = (r: MemoryRecord) => r.board?.at(later(VISIT, 60)).classes()['06.01.01'];

describe('a class rests only on photos that pass the provenance checks', () => {
  it('records a finding whose camera photo was taken at the site during the visit', () => {
    const r = open();
    const { filed, recorded } = fileAndRecord(r, photo('d-1'), finding('o-1', ['d-1']));
    expect(filed.accepted).toBe(true);
    expect(recorded.accepted).toBe(true);
    expect(classOf(r)).toBe('nonCompliant');
  });

  it('refuses a finding whose photo was taken 500 m away, says why in both languages, and keeps the refusal', () => {
    const r = open();
    const { recorded } = fileAndRecord(r, photo('d-1', { location: north(500) }), finding('o-1', ['d-1']));
    expect(recorded.accepted).toBe(false);
    expect(recorded.rejection?.code).toBe('invalid');
    expect(recorded.rejection?.issues).toEqual([
      expect.objectContaining({ pointer: '/observation/evidence/0/provenance', code: 'provenance_too_far' }),
    ]);
    expect(recorded.rejection?.reason['zh-CN']).toContain('来源核验');
    expect(recorded.rejection?.reason['zh-CN']).toContain('领导小组');
    expect(recorded.rejection?.reason.en).toContain('500 m from the site');
    // The refusal is in the audit; the board never saw the finding.
    expect(recorded.append.entry.outcome).toBe('rejected');
    expect(r.evidence.observation('o-1')).toBeUndefined();
    expect(classOf(r)).toBe('undetermined');
  });

  it('lets the office accept it with a reason the record keeps, but not the inspector', () => {
    const r = open();
    fileAndRecord(r, photo('d-1', { location: north(500) }), finding('o-1', ['d-1']));
    const accept = { provenanceOverride: { reason: '高架桥下定位漂移，督查组轨迹证实在场' } };
    const self = r.dispatch(
      event('observation.recorded', INSPECTOR, later(VISIT, 10), {
        observation: finding('o-1', ['d-1']),
        ...accept,
      }),
      later(VISIT, 11),
    );
    expect(self.rejection?.code).toBe('unauthorized');
    expect(self.rejection?.reason['zh-CN']).toContain('无权采信');
    const office = r.dispatch(
      event('observation.recorded', OFFICE, later(VISIT, 12), {
        observation: finding('o-1', ['d-1'], { inspectorId: INSPECTOR.id }),
        ...accept,
      }),
      later(VISIT, 13),
    );
    expect(office.accepted).toBe(true);
    expect(office.append.entry.event).toMatchObject(accept);
    expect(classOf(r)).toBe('nonCompliant');
    // Replaying the record judges every event again, with the receipts it holds: the same verdicts.
    expect(r.verify().problems).toEqual([]);
  });

  it('wants the camera for an assessed finding, not for one that could not be assessed', () => {
    const r = open();
    const album = fileAndRecord(r, photo('d-1', { source: 'album' }), finding('o-1', ['d-1']));
    expect(album.recorded.rejection?.issues?.map((i) => i.code)).toEqual(['provenance_album']);
    const closed = r.dispatch(
      event('observation.recorded', INSPECTOR, later(VISIT, 5), {
        observation: {
          id: 'o-2',
          standardRef: '06.01.01',
          scope: { kind: 'site', siteId: 's1' },
          observedAt: VISIT,
          method: 'fieldInspection',
          source: 'supervisionCheck',
          outcome: 'notAssessable',
          reason: 'siteClosed',
          evidence: ['d-1'],
        },
      }),
      later(VISIT, 6),
    );
    expect(closed.accepted).toBe(true);
  });

  it("refuses last year's photo and one dated after it was received", () => {
    const r = open();
    const old = fileAndRecord(
      r,
      photo('d-1', { capturedAt: '2025-04-02T09:00:00+08:00' }),
      finding('o-1', ['d-1']),
    );
    expect(old.recorded.rejection?.issues?.map((i) => i.code)).toEqual(['provenance_outside_window']);
    // The device's clock ran a day fast and nobody measured it: its photo cannot be filed before it was taken.
    const ahead = r.dispatch(
      event('document.filed', INSPECTOR, later(VISIT, 7), {
        document: photo('d-2', { capturedAt: later(VISIT, 24 * 60) }),
      }),
      later(VISIT, 8),
    );
    expect(ahead.rejection?.issues?.map((i) => i.pointer)).toEqual(['/document/provenance/capturedAt']);
    // Measured, the offset puts the capture right.
    const measured = r.dispatch(
      event('document.filed', INSPECTOR, later(VISIT, 9), {
        document: photo('d-3', { capturedAt: later(VISIT, 24 * 60), clockOffsetMs: 24 * 3_600_000 }),
      }),
      later(VISIT, 10),
    );
    expect(measured.accepted).toBe(true);
  });

  it('refuses a file that does not hash as it did at capture', () => {
    const r = open();
    const swapped = r.dispatch(
      event('document.filed', INSPECTOR, VISIT, {
        document: photo('d-1', { contentSha256: 'e'.repeat(64) }),
      }),
      later(VISIT, 1),
    );
    expect(swapped.rejection?.issues?.map((i) => i.code)).toEqual(['provenance_hash_mismatch']);
  });

  it('judges by the thresholds the record holds, and a change to them is an audited event', () => {
    const r = open();
    expect(r.configuration.provenance).toMatchObject({ maxDistanceMetres: 200, cameraOnlyForAssessed: true });
    const changed = r.dispatch(
      event('settings.changed', LEADER, later(VISIT, -60), {
        settings: { clockSkewMinutes: 10, provenance: { maxDistanceMetres: 800 } },
        reason: '郊区点位定位偏差大，放宽到 800 米',
      }),
      later(VISIT, -59),
    );
    expect(changed.accepted).toBe(true);
    const { recorded } = fileAndRecord(r, photo('d-1', { location: north(500) }), finding('o-1', ['d-1']));
    expect(recorded.accepted).toBe(true);
    expect(r.verify().problems).toEqual([]);
  });

  it('where provenance is required, refuses a photo without it and an id never filed', () => {
    const r = open({ required: true });
    const { provenance: _none, ...plain } = photo('d-1');
    const bare = fileAndRecord(r, plain as ReturnType<typeof photo>, finding('o-1', ['d-1', 'd-missing']));
    expect(bare.filed.accepted).toBe(true);
    expect(bare.recorded.rejection?.issues?.map((i) => [i.pointer, i.code])).toEqual([
      ['/observation/evidence/0', 'provenance_missing'],
      ['/observation/evidence/1', 'evidence_not_filed'],
    ]);
  });
});

describe("a unit's before/after report", () => {
  /** A finding with its before photo, reported and handed to unit u1. */
  function handedOver() {
    const r = open();
    fileAndRecord(r, photo('d-before'), finding('o-1', ['d-before']));
    const steps = [
      event('rectification.reported', SUPERVISOR, later(VISIT, 10), {
        rectificationId: 'r1',
        standardRef: '06.01.01',
        scope: { kind: 'site', siteId: 's1' },
        description: '占道经营',
        observationId: 'o-1',
      }),
      event('rectification.assigned', OFFICE, later(VISIT, 20), {
        rectificationId: 'r1',
        leadUnitId: 'u1',
        deadline: '2026-04-20',
      }),
      event('rectification.started', STAFF, later(VISIT, 30), { rectificationId: 'r1' }),
    ];
    for (const e of steps) expect(r.dispatch(e, later(e.at, 1)).accepted).toBe(true);
    return r;
  }
  const FIXED = '2026-04-05T15:00:00+08:00';
  const submit = (r: MemoryRecord, after: ReturnType<typeof photo>) => {
    const filed = r.dispatch(event('document.filed', STAFF, FIXED, { document: after }), later(FIXED, 1));
    expect(filed.accepted).toBe(true);
    return r.dispatch(
      event('rectification.submitted', STAFF, later(FIXED, 2), {
        rectificationId: 'r1',
        evidence: [after.id],
      }),
      later(FIXED, 3),
    );
  };
  const after = (provenance: Partial<MediaProvenance> = {}, beforeId = 'd-before') =>
    photo('d-after', { capturedAt: FIXED, ...provenance }, { unitId: 'u1', beforeId });

  it('accepts an after photo taken at the site with the camera, paired with the finding’s photo', () => {
    const r = handedOver();
    expect(submit(r, after()).accepted).toBe(true);
    expect(r.rectification('r1')?.status).toBe('submitted');
    const closed = r.dispatch(
      event('rectification.closed', SUPERVISOR, later(FIXED, 60), { rectificationId: 'r1' }),
      later(FIXED, 61),
    );
    expect(closed.accepted).toBe(true);
    expect(r.verify().problems).toEqual([]);
  });

  it('refuses an after photo from the album, from elsewhere, or paired with another finding’s photo', () => {
    expect(submit(handedOver(), after({ source: 'album' })).rejection?.issues?.map((i) => i.code)).toEqual([
      'provenance_album',
    ]);
    const far = submit(handedOver(), after({ location: north(600) }));
    expect(far.rejection?.issues?.map((i) => i.code)).toEqual(['provenance_too_far', 'pair_apart']);
    const r = handedOver();
    r.dispatch(
      event('document.filed', STAFF, later(FIXED, -5), {
        document: photo('d-other', { capturedAt: VISIT }, { unitId: 'u1' }),
      }),
      later(FIXED, -4),
    );
    const foreign = submit(r, after({}, 'd-other'));
    expect(foreign.rejection?.issues).toEqual([
      expect.objectContaining({ pointer: '/evidence/0/beforeId', code: 'pair_foreign' }),
    ]);
    // Taken before the problem was even reported, the photo cannot show it fixed.
    const early = submit(handedOver(), after({ capturedAt: later(VISIT, -30) }));
    expect(early.rejection?.issues?.map((i) => i.code)).toContain('provenance_outside_window');
  });
});

describe('what a store reads before it judges an event citing photos', () => {
  it('looks up the photos a finding cites, and then the before photo and finding of an after photo', async () => {
    const { evidenceLookups, pairLookups } = await import('../src/internal.js');
    expect(
      evidenceLookups({
        type: 'observation.recorded',
        observation: { id: 'o-1', evidence: ['d-1', 'd-2', 7] },
      }),
    ).toEqual({ observations: ['o-1'], documents: ['d-1', 'd-2'], surveys: [] });
    const r = open();
    fileAndRecord(r, photo('d-before'), finding('o-1', ['d-before']));
    r.dispatch(
      event('document.filed', STAFF, later(VISIT, 30), {
        document: photo('d-after', {}, { unitId: 'u1', beforeId: 'd-before' }),
      }),
      later(VISIT, 31),
    );
    const submitted = {
      type: 'rectification.submitted',
      rectificationId: 'r1',
      evidence: ['d-after', 'o-9'],
    };
    expect(pairLookups(submitted, r.evidence, { observationId: 'o-1' })).toEqual({
      observations: ['o-1'],
      documents: ['d-before'],
      surveys: [],
    });
    expect(
      pairLookups({ type: 'observation.recorded', evidence: ['d-after'] }, r.evidence, undefined).documents,
    ).toEqual([]);
    expect(pairLookups(null, r.evidence, undefined)).toEqual({
      observations: [],
      documents: [],
      surveys: [],
    });
  });
});
