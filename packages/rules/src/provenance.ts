import {
  type ArchiveDocument,
  type BilingualText,
  type Coordinates,
  correctedCaptureMs,
  type IssueCode,
  type PathSegment,
  type ValidationIssue,
} from '@chuangwen/model';
import { issueAt } from '@chuangwen/model/internal';
import { z } from 'zod';
import { distanceMetres } from './datums.js';
import { say } from './messages.js';

/**
 * The checks a photo or video must pass before a class may rest on it: all local practice, so all numbers, recorded
 * in the record's settings. Every field has its default, so a recorded configuration always holds the whole set.
 */
export const ProvenanceRulesSchema = z.strictObject({
  /** How far from the site's location a photo may be taken, in metres, allowing for the accuracy of the fix. */
  maxDistanceMetres: z.int().min(1).max(100_000).default(200),
  /** The vaguest fix accepted, in metres: a position less accurate than this cannot place a photo at a site. */
  maxAccuracyMetres: z.int().min(1).max(100_000).default(100),
  /** How long before or after the observation (the visit) its photos may be captured, in minutes. */
  visitWindowMinutes: z
    .int()
    .min(1)
    .max(7 * 24 * 60)
    .default(120),
  /** Whether the photos of an assessed (pass or fail) observation must come from the camera, not the album. */
  cameraOnlyForAssessed: z.boolean().default(true),
  /** Whether the photos of a rectification report (整改后) must come from the camera, not the album. */
  cameraOnlyForReports: z.boolean().default(true),
  /**
   * Whether every photo or video cited must carry its provenance and every id cited must be filed. Off by default, since
   * records imported from paper and spreadsheets carry none; a campaign that captures in the field turns it on.
   */
  required: z.boolean().default(false),
});
/** The checks a photo or video must pass before a class may rest on it. */
export interface ProvenanceRules extends z.infer<typeof ProvenanceRulesSchema> {}

/** The default checks: 200 m from the site (a fix no vaguer than 100 m), within 2 hours of the visit, camera only. */
export const DEFAULT_PROVENANCE_RULES: Readonly<ProvenanceRules> = Object.freeze(
  ProvenanceRulesSchema.parse({}),
);

/** What the cited media stand behind: an assessed observation, one that could not be assessed, or a fix reported. */
export type ProvenancePurpose = 'assessed' | 'notAssessable' | 'report';

/** What one piece of evidence is checked against. */
export interface ProvenanceSubject {
  purpose: ProvenancePurpose;
  /** The site's location, when the evidence is of one site and the site has a location. */
  site?: Coordinates | undefined;
  /** The earliest and latest instants a capture may have (the visit window, or a problem's report to its fix). */
  window: { from: string; to: string };
  /** When the host received the event that cites them: nothing may be captured later (give or take `skewMs`). */
  receivedAt?: string | undefined;
  /** How far a device's clock may be off, in milliseconds (the record's clock skew). */
  skewMs: number;
}

/** A document cited as evidence, as far as provenance reads it; undefined for an id that is not a filed document. */
export type CitedDocument = Pick<ArchiveDocument, 'id' | 'category' | 'sha256' | 'provenance' | 'beforeId'>;

const CAPTURED = new Set(['photo', 'video']);
const round = (n: number) => Math.round(n);
const minutes = (ms: number) => Math.round(ms / 60_000);

/**
 * Why one cited photo or video cannot stand behind what cites it: no provenance where it is required, a hash that is
 * not the file's, picked from the album where only the camera counts, no position or too vague a one, taken too far
 * from the site (both points brought to WGS-84 first), captured outside the window or after its receipt. Each issue is
 * located under `path` and written in both languages. Documents other than photos and videos pass untouched.
 */
export function checkProvenance(
  document: CitedDocument,
  subject: ProvenanceSubject,
  rules: ProvenanceRules,
  path: readonly PathSegment[],
): ValidationIssue[] {
  if (!CAPTURED.has(document.category)) return [];
  const at = (field: string | undefined, code: IssueCode, message: BilingualText) =>
    issueAt(field === undefined ? [...path] : [...path, field], code, message);
  const p = document.provenance;
  if (!p)
    return rules.required
      ? [at(undefined, 'provenance_missing', say('provenanceMissing', { id: document.id }))]
      : [];
  const out: ValidationIssue[] = [];
  if (p.contentSha256 !== document.sha256)
    out.push(at('sha256', 'provenance_hash_mismatch', say('provenanceHashMismatch', { id: document.id })));
  const cameraOnly =
    subject.purpose === 'report'
      ? rules.cameraOnlyForReports
      : subject.purpose === 'assessed' && rules.cameraOnlyForAssessed;
  if (p.source === 'album' && cameraOnly)
    out.push(at('provenance', 'provenance_album', say('provenanceAlbum', { id: document.id })));
  if (subject.site) {
    const fix = p.location;
    if (!fix)
      out.push(at('provenance', 'provenance_no_location', say('provenanceNoLocation', { id: document.id })));
    else if (fix.accuracyMetres > rules.maxAccuracyMetres)
      out.push(
        at(
          'provenance',
          'provenance_imprecise',
          say('provenanceImprecise', {
            id: document.id,
            accuracy: round(fix.accuracyMetres),
            max: rules.maxAccuracyMetres,
          }),
        ),
      );
    else {
      const metres = distanceMetres(fix, subject.site);
      if (metres - fix.accuracyMetres > rules.maxDistanceMetres)
        out.push(
          at(
            'provenance',
            'provenance_too_far',
            say('provenanceTooFar', {
              id: document.id,
              metres: round(metres),
              max: rules.maxDistanceMetres,
              accuracy: round(fix.accuracyMetres),
            }),
          ),
        );
    }
  }
  const captured = correctedCaptureMs(p);
  const from = Date.parse(subject.window.from);
  const to = Date.parse(subject.window.to);
  if (captured < from - subject.skewMs || captured > to + subject.skewMs)
    out.push(
      at(
        'provenance',
        'provenance_outside_window',
        say('provenanceOutsideWindow', {
          id: document.id,
          captured: new Date(captured).toISOString(),
          from: subject.window.from,
          to: subject.window.to,
        }),
      ),
    );
  if (subject.receivedAt !== undefined && captured > Date.parse(subject.receivedAt) + subject.skewMs)
    out.push(
      at(
        'provenance',
        'provenance_after_receipt',
        say('provenanceAfterReceipt', {
          id: document.id,
          receivedAt: subject.receivedAt,
          minutes: minutes(subject.skewMs),
        }),
      ),
    );
  return out;
}

/**
 * Why an after photo (整改后) cannot be paired with the before photo (整改前) it names: the before photo is not filed,
 * is not among the finding's evidence, was captured after it, or was taken more than the allowed distance away.
 */
export function checkPair(
  after: CitedDocument,
  before: CitedDocument | undefined,
  findingEvidence: ReadonlySet<string> | undefined,
  rules: ProvenanceRules,
  path: readonly PathSegment[],
): ValidationIssue[] {
  if (after.beforeId === undefined) return [];
  const at = (code: IssueCode, message: BilingualText) => issueAt([...path, 'beforeId'], code, message);
  const id = after.beforeId;
  if (!before) return [at('pair_unknown', say('pairUnknown', { beforeId: id }))];
  const out: ValidationIssue[] = [];
  if (findingEvidence && !findingEvidence.has(id))
    out.push(at('pair_foreign', say('pairForeign', { beforeId: id })));
  const a = after.provenance;
  const b = before.provenance;
  if (a && b) {
    if (correctedCaptureMs(b) > correctedCaptureMs(a))
      out.push(at('pair_order', say('pairOrder', { afterId: after.id, beforeId: id })));
    if (a.location && b.location) {
      const metres = distanceMetres(a.location, b.location);
      if (metres - a.location.accuracyMetres - b.location.accuracyMetres > rules.maxDistanceMetres)
        out.push(at('pair_apart', say('pairApart', { metres: round(metres), max: rules.maxDistanceMetres })));
    }
  }
  return out;
}
