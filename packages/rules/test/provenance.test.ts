import type { Coordinates, MediaProvenance } from '@chuangwen/model';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  type CitedDocument,
  checkPair,
  checkProvenance,
  convertDatum,
  DEFAULT_PROVENANCE_RULES,
  type ProvenanceRules,
  ProvenanceRulesSchema,
  type ProvenanceSubject,
} from '../src/index.js';

// A fictional site marked on a Baidu map, and the same place as a phone's GPS reports it.
const SITE_BD09: Coordinates = { longitude: 120.1615, latitude: 30.2795, datum: 'BD09' };
const AT_SITE = convertDatum(SITE_BD09, 'WGS84');
/** A point `metres` due north of the site, in WGS-84. */
const north = (metres: number) => ({ ...AT_SITE, latitude: AT_SITE.latitude + metres / 111_195 });
const HASH = 'a'.repeat(64);

const photo = (
  provenance: Partial<MediaProvenance> | null,
  more: Partial<CitedDocument> = {},
): CitedDocument => ({
  id: 'd-1',
  category: 'photo',
  sha256: HASH,
  ...(provenance === null
    ? {}
    : {
        provenance: {
          contentSha256: HASH,
          capturedAt: '2026-06-15T09:30:00+08:00',
          location: { ...north(20), accuracyMetres: 10 },
          source: 'camera',
          ...provenance,
        },
      }),
  ...more,
});
const visit: ProvenanceSubject = {
  purpose: 'assessed',
  site: SITE_BD09,
  window: { from: '2026-06-15T07:30:00+08:00', to: '2026-06-15T11:30:00+08:00' },
  receivedAt: '2026-06-15T09:31:00+08:00',
  skewMs: 10 * 60_000,
};
const codes = (doc: CitedDocument, subject = visit, rules: ProvenanceRules = DEFAULT_PROVENANCE_RULES) =>
  checkProvenance(doc, subject, rules, ['observation', 'evidence', 0]).map((i) => i.code);

describe('checkProvenance', () => {
  it('passes a camera photo taken at the site during the visit, the site marked in another datum', () => {
    expect(checkProvenance(photo({}), visit, DEFAULT_PROVENANCE_RULES, ['evidence', 0])).toEqual([]);
  });

  it('refuses a photo taken 500 m away, saying how far and what is allowed, in both languages', () => {
    const issues = checkProvenance(
      photo({ location: { ...north(500), accuracyMetres: 10 } }),
      visit,
      DEFAULT_PROVENANCE_RULES,
      ['observation', 'evidence', 0],
    );
    expect(issues).toHaveLength(1);
    expect(issues[0]!.code).toBe('provenance_too_far');
    expect(issues[0]!.pointer).toBe('/observation/evidence/0/provenance');
    expect(issues[0]!.message['zh-CN']).toContain('距点位 500 米');
    expect(issues[0]!.message['zh-CN']).toContain('200 米');
    expect(issues[0]!.message.en).toContain('500 m from the site');
  });

  it('allows for the accuracy of the fix, up to the vaguest fix accepted', () => {
    expect(codes(photo({ location: { ...north(240), accuracyMetres: 50 } }))).toEqual([]);
    expect(codes(photo({ location: { ...north(260), accuracyMetres: 50 } }))).toEqual(['provenance_too_far']);
    expect(codes(photo({ location: { ...north(20), accuracyMetres: 150 } }))).toEqual([
      'provenance_imprecise',
    ]);
  });

  it('wants a position where the site has one, and none where it has none', () => {
    expect(codes(photo({ location: undefined }))).toEqual(['provenance_no_location']);
    expect(codes(photo({ location: undefined }), { ...visit, site: undefined })).toEqual([]);
  });

  it('reads the distance against the recorded threshold', () => {
    const strict = ProvenanceRulesSchema.parse({ maxDistanceMetres: 20 });
    expect(codes(photo({ location: { ...north(50), accuracyMetres: 10 } }), visit, strict)).toEqual([
      'provenance_too_far',
    ]);
  });

  it('refuses an album photo for an assessed observation and a report, but not for one not assessable', () => {
    const album = photo({ source: 'album' });
    expect(codes(album)).toEqual(['provenance_album']);
    expect(codes(album, { ...visit, purpose: 'report' })).toEqual(['provenance_album']);
    expect(codes(album, { ...visit, purpose: 'notAssessable' })).toEqual([]);
    const lenient = ProvenanceRulesSchema.parse({
      cameraOnlyForAssessed: false,
      cameraOnlyForReports: false,
    });
    expect(codes(album, visit, lenient)).toEqual([]);
    expect(codes(album, { ...visit, purpose: 'report' }, lenient)).toEqual([]);
  });

  it("refuses last year's photo, and one dated after its receipt", () => {
    expect(codes(photo({ capturedAt: '2025-06-15T09:30:00+08:00' }))).toEqual(['provenance_outside_window']);
    expect(
      codes(photo({ capturedAt: '2026-06-15T09:45:00+08:00' }), {
        ...visit,
        window: { from: visit.window.from, to: '2026-06-15T12:00:00+08:00' },
      }),
    ).toEqual(['provenance_after_receipt']);
  });

  it('reads the capture time corrected by the clock offset the device measured', () => {
    // The device's clock ran an hour fast: what it calls 10:45 was 09:45, inside the window and before receipt.
    const fast = photo({ capturedAt: '2026-06-15T10:30:00+08:00', clockOffsetMs: 3_600_000 });
    expect(codes(fast)).toEqual([]);
    // Read uncorrected, the same photo would be dated after its receipt.
    expect(codes(photo({ capturedAt: '2026-06-15T10:30:00+08:00' }))).toEqual(['provenance_after_receipt']);
  });

  it('refuses a file that does not hash as it did at capture', () => {
    expect(codes(photo({ contentSha256: 'b'.repeat(64) }))).toEqual(['provenance_hash_mismatch']);
  });

  it('wants provenance only where the record requires it, and only of photos and videos', () => {
    expect(codes(photo(null))).toEqual([]);
    const required = ProvenanceRulesSchema.parse({ required: true });
    expect(codes(photo(null), visit, required)).toEqual(['provenance_missing']);
    expect(codes(photo(null, { category: 'video' }), visit, required)).toEqual(['provenance_missing']);
    expect(codes(photo(null, { category: 'record' }), visit, required)).toEqual([]);
  });

  it('lists every failure of one photo, each located', () => {
    const bad = photo({
      source: 'album',
      contentSha256: 'c'.repeat(64),
      capturedAt: '2024-01-01T00:00:00+08:00',
      location: { ...north(900), accuracyMetres: 5 },
    });
    expect(codes(bad).sort()).toEqual(
      [
        'provenance_album',
        'provenance_hash_mismatch',
        'provenance_outside_window',
        'provenance_too_far',
      ].sort(),
    );
  });

  it('accepts exactly the photos within the distance, whatever the datum they are reported in', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 1000 }),
        fc.constantFrom('WGS84', 'GCJ02', 'BD09' as const),
        (metres, datum) => {
          const fix = convertDatum(north(metres), datum);
          const found = codes(photo({ location: { ...fix, accuracyMetres: 0 } }));
          // Away from the boundary by more than the conversions' half metre, the verdict is exact.
          if (Math.abs(metres - 200) < 1) return true;
          return metres < 200 ? found.length === 0 : found.join() === 'provenance_too_far';
        },
      ),
    );
  });

  it('refuses thresholds out of range when they are recorded', () => {
    expect(ProvenanceRulesSchema.safeParse({ maxDistanceMetres: 0 }).success).toBe(false);
    expect(ProvenanceRulesSchema.safeParse({ visitWindowMinutes: 1.5 }).success).toBe(false);
    expect(ProvenanceRulesSchema.safeParse({ cameraOnly: true }).success).toBe(false);
    expect(DEFAULT_PROVENANCE_RULES).toMatchObject({ maxDistanceMetres: 200, visitWindowMinutes: 120 });
  });
});

describe('checkPair', () => {
  const before = photo({ capturedAt: '2026-06-01T09:00:00+08:00' }, { id: 'd-before' });
  const after = photo({ capturedAt: '2026-06-10T09:00:00+08:00' }, { id: 'd-after', beforeId: 'd-before' });
  const pair = (a: CitedDocument, b: CitedDocument | undefined, finding?: string[]) =>
    checkPair(a, b, finding && new Set(finding), DEFAULT_PROVENANCE_RULES, ['evidence', 0]).map(
      (i) => i.code,
    );

  it('passes a before/after pair of the same place in the right order', () => {
    expect(pair(after, before, ['d-before'])).toEqual([]);
    expect(pair({ ...after, beforeId: undefined }, undefined)).toEqual([]);
  });

  it('refuses a pair whose before photo is unknown, of another finding, later, or elsewhere', () => {
    expect(pair(after, undefined)).toEqual(['pair_unknown']);
    expect(pair(after, before, ['d-other'])).toEqual(['pair_foreign']);
    const later = photo({ capturedAt: '2026-06-11T09:00:00+08:00' }, { id: 'd-before' });
    expect(pair(after, later)).toEqual(['pair_order']);
    const elsewhere = photo(
      { capturedAt: '2026-06-01T09:00:00+08:00', location: { ...north(800), accuracyMetres: 5 } },
      { id: 'd-before' },
    );
    const issues = checkPair(after, elsewhere, undefined, DEFAULT_PROVENANCE_RULES, ['evidence', 0]);
    expect(issues.map((i) => i.code)).toEqual(['pair_apart']);
    expect(issues[0]!.pointer).toBe('/evidence/0/beforeId');
  });
});
