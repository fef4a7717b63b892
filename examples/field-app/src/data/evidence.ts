// The events a capture becomes, as the record defines them: each photo uploaded by its hash and filed as an archive
// document with its provenance, then the finding, the problem it reports, the fix or the review. Before anything is
// queued, each photo is checked on the device with the same rules, and the same thresholds, the record applies.
import type { ValidationIssue } from '@chuangwen/model';
import {
  checkProvenance,
  type ProvenanceRules,
  type ProvenanceSubject,
  shanghaiDate,
} from '@chuangwen/rules';
import type { CapturedPhoto } from './capture.js';
import type { Step } from './outbox.js';

/** The id a photo is filed under: from its hash, so the same photo is one document. */
export const documentIdOf = (photo: Pick<CapturedPhoto, 'sha256'>) => `d-${photo.sha256.slice(0, 24)}`;

/** Why the record would refuse a photo for this purpose, checked on the device before it is queued. */
export function precheck(
  photo: CapturedPhoto,
  subject: Omit<ProvenanceSubject, 'receivedAt'>,
  rules: ProvenanceRules,
): ValidationIssue[] {
  const document = {
    id: documentIdOf(photo),
    category: 'photo' as const,
    sha256: photo.sha256,
    provenance: photo.provenance,
  };
  return checkProvenance(document, subject, rules, ['photo']);
}

/** The steps that upload and file photos: each uploaded by its hash, then filed with its provenance. */
export function photoSteps(
  photos: readonly CapturedPhoto[],
  about: { title: string; standardRef?: string; unitId?: string; beforeId?: string },
): Step[] {
  return photos.flatMap((photo): Step[] => [
    { kind: 'upload', sha256: photo.sha256, type: photo.type, bytes: photo.bytes, done: false },
    {
      kind: 'event',
      done: false,
      body: {
        type: 'document.filed',
        document: {
          id: documentIdOf(photo),
          title: about.title,
          category: 'photo',
          standardRefs: about.standardRef === undefined ? [] : [about.standardRef],
          date: shanghaiDate(Date.parse(photo.provenance.capturedAt)),
          capturedAt: photo.provenance.capturedAt,
          sha256: photo.sha256,
          uri: `media:sha256:${photo.sha256}`,
          provenance: photo.provenance,
          ...(about.unitId === undefined ? {} : { unitId: about.unitId }),
          ...(about.beforeId === undefined ? {} : { beforeId: about.beforeId }),
        },
      },
    },
  ]);
}

/** An event step. */
export const eventStep = (body: Record<string, unknown>): Step => ({ kind: 'event', body, done: false });
