import { describe, expect, it } from 'vitest';
import {
  ArchiveDocumentSchema,
  correctedCaptureMs,
  label,
  MediaProvenanceSchema,
  validateWithSchema,
} from '../src/index.js';

const HASH = 'e'.repeat(64);
const provenance = {
  contentSha256: HASH,
  capturedAt: '2026-06-15T09:30:00+08:00',
  location: { longitude: 120.15, latitude: 30.27, datum: 'WGS84', accuracyMetres: 12 },
  source: 'camera',
  clockOffsetMs: -4000,
};
const photo = {
  id: 'd-after',
  title: '整改后照片',
  category: 'photo',
  date: '2026-06-15',
  sha256: HASH,
  uri: `media:sha256:${HASH}`,
  provenance,
  beforeId: 'd-before',
};

describe('media provenance', () => {
  it('is carried by an archive document with its before/after pair', () => {
    const parsed = ArchiveDocumentSchema.parse(photo);
    expect(parsed.provenance?.location?.datum).toBe('WGS84');
    expect(parsed.beforeId).toBe('d-before');
    // Optional: documents filed from paper carry none.
    const { provenance: _p, beforeId: _b, ...plain } = photo;
    expect(ArchiveDocumentSchema.safeParse(plain).success).toBe(true);
  });

  it('refuses what a device could not have recorded, located and in both languages', () => {
    const bad = {
      ...photo,
      provenance: {
        ...provenance,
        source: 'screenshot',
        location: { ...provenance.location, datum: 'CGCS2000', accuracyMetres: -1 },
        extra: 1,
      },
    };
    const result = validateWithSchema(ArchiveDocumentSchema, bad);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const pointers = result.issues.map((i) => i.pointer).sort();
    expect(pointers).toEqual(
      [
        '/provenance/extra',
        '/provenance/location/accuracyMetres',
        '/provenance/location/datum',
        '/provenance/source',
      ].sort(),
    );
    for (const issue of result.issues) {
      expect(issue.message['zh-CN'].length).toBeGreaterThan(0);
      expect(issue.message.en.length).toBeGreaterThan(0);
    }
    expect(MediaProvenanceSchema.safeParse({ ...provenance, contentSha256: 'E'.repeat(64) }).success).toBe(
      false,
    );
    expect(
      MediaProvenanceSchema.safeParse({ ...provenance, capturedAt: '2026-06-15T09:30:00' }).success,
    ).toBe(false);
  });

  it('reads the capture time by the service clock, corrected by the offset the device measured', () => {
    expect(correctedCaptureMs(provenance)).toBe(Date.parse('2026-06-15T09:30:04+08:00'));
    expect(correctedCaptureMs({ capturedAt: provenance.capturedAt })).toBe(Date.parse(provenance.capturedAt));
  });

  it('labels the media sources in both languages', () => {
    expect(label('camera', 'zh-CN')).toBe('现场拍摄');
    expect(label('album', 'en')).toBe('Album');
  });
});
