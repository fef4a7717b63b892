import type { Observation, PathSegment, Rectification, Scope, ValidationIssue } from '@chuangwen/model';
import { correctedCaptureMs } from '@chuangwen/model';
import { issueAt } from '@chuangwen/model/internal';
import { type CitedDocument, checkPair, checkProvenance, type ProvenanceSubject } from '@chuangwen/rules';
import type { CompiledConfiguration } from './configuration.js';
import type { EvidenceEvent, RectificationEvent } from './events.js';
import type { EvidenceIndex } from './evidence.js';
import { say } from './messages.js';

// The record's side of photo provenance: which photos an event cites, what each is checked against (the site of the
// place, the visit or the problem's span, the receipt), and the checks of `@chuangwen/rules` applied with the numbers
// the record's settings hold. An event that fails them is refused unless it carries an override a permitted role sent.

/** The site's location, when the scope is one site that has one. */
function siteLocation(scope: Scope, config: CompiledConfiguration) {
  return scope.kind === 'site' ? config.sites.get(scope.siteId)?.location : undefined;
}

/** Each cited id checked: a filed photo against the subject, and an id not filed where the record requires it. */
function checkCited(
  ids: readonly string[],
  subject: ProvenanceSubject,
  index: EvidenceIndex,
  config: CompiledConfiguration,
  path: readonly PathSegment[],
  pairs?: { findingEvidence: ReadonlySet<string> | undefined },
): ValidationIssue[] {
  const rules = config.provenance;
  const out: ValidationIssue[] = [];
  ids.forEach((id, i) => {
    const at = [...path, i];
    const filed = index.document(id);
    if (filed?.status === 'filed') {
      const document: CitedDocument = filed.document;
      out.push(...checkProvenance(document, subject, rules, at));
      if (pairs && document.beforeId !== undefined) {
        const before = index.document(document.beforeId);
        out.push(
          ...checkPair(
            document,
            before?.status === 'filed' ? before.document : undefined,
            pairs.findingEvidence,
            rules,
            at,
          ),
        );
      }
    } else if (rules.required && !index.observation(id))
      out.push(issueAt(at, 'evidence_not_filed', say('evidenceNotFiled', { id })));
  });
  return out;
}

const window = (observation: Observation, minutes: number) => {
  const at = Date.parse(observation.observedAt);
  return {
    from: new Date(at - minutes * 60_000).toISOString(),
    to: new Date(at + minutes * 60_000).toISOString(),
  };
};

/**
 * Why the photos an evidence event cites cannot stand behind it: an observation's photos against its site, its visit
 * window and its receipt, camera only where it is assessed; a document filed whose hash is not the one taken at
 * capture, or dated after its receipt. Empty when the event carries an override (the policy decides who may send one).
 */
export function checkEvidenceProvenance(
  event: EvidenceEvent,
  index: EvidenceIndex,
  config: CompiledConfiguration,
  receivedAt: string | undefined,
): ValidationIssue[] {
  if ('provenanceOverride' in event && event.provenanceOverride) return [];
  if (event.type === 'observation.recorded' || event.type === 'observation.corrected') {
    const o = event.observation;
    // Most observations cite no photo: nothing to place or time.
    if (o.evidence.length === 0) return [];
    const subject: ProvenanceSubject = {
      purpose: o.outcome === 'notAssessable' ? 'notAssessable' : 'assessed',
      site: siteLocation(o.scope, config),
      window: window(o, config.provenance.visitWindowMinutes),
      receivedAt,
      skewMs: config.skewMs,
    };
    return checkCited(o.evidence, subject, index, config, ['observation', 'evidence']);
  }
  if (event.type === 'document.filed') {
    const p = event.document.provenance;
    if (!p) return [];
    const out: ValidationIssue[] = [];
    if (p.contentSha256 !== event.document.sha256)
      out.push(issueAt(['document', 'sha256'], 'provenance_hash_mismatch', say('provenanceHash')));
    if (receivedAt !== undefined && correctedCaptureMs(p) > Date.parse(receivedAt) + config.skewMs)
      out.push(
        issueAt(
          ['document', 'provenance', 'capturedAt'],
          'provenance_after_receipt',
          say('capturedAfterReceipt', { capturedAt: p.capturedAt, receivedAt }),
        ),
      );
    return out;
  }
  return [];
}

/**
 * Why the photos a rectification event cites cannot stand behind it: a report's after photos (and a review's) against
 * the problem's site, taken between its report and the event's receipt, camera only for reports, and each after photo
 * paired with a before photo of the same place that the finding cited. Empty when the event carries an override.
 */
export function checkRectificationProvenance(
  event: RectificationEvent,
  record: Rectification,
  index: EvidenceIndex,
  config: CompiledConfiguration,
  receivedAt: string | undefined,
): ValidationIssue[] {
  if (!('evidence' in event) || !event.evidence) return [];
  if ('provenanceOverride' in event && event.provenanceOverride) return [];
  const subject: ProvenanceSubject = {
    purpose: event.type === 'rectification.submitted' ? 'report' : 'assessed',
    site: siteLocation(record.scope, config),
    window: { from: record.reportedAt, to: receivedAt ?? event.at },
    receivedAt,
    skewMs: config.skewMs,
  };
  const finding =
    record.observationId === undefined ? undefined : index.observation(record.observationId)?.observation;
  return checkCited(event.evidence, subject, index, config, ['evidence'], {
    findingEvidence: finding ? new Set(finding.evidence) : undefined,
  });
}
