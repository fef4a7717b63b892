import type {
  ArchiveDocument,
  Observation,
  Rectification,
  SurveyResponse,
  ValidationIssue,
} from '@chuangwen/model';
import { issueAt } from '@chuangwen/model/internal';
import { scopeKey } from '@chuangwen/rules';
import type { CompiledConfiguration } from './configuration.js';
import type { EchoEvent } from './echoes.js';
import type { EvidenceEvent } from './events.js';
import { say } from './messages.js';

/** Where a piece of evidence stands: in force, superseded by a correction, or withdrawn. Nothing is ever deleted. */
export type EvidenceStatus = 'effective' | 'superseded' | 'withdrawn';

/**
 * What dispatch needs to know of the evidence already recorded: a lookup by id, which a host's store answers from
 * its index and `MemoryEvidence` answers in memory. Dispatch never reads the whole evidence stream.
 */
export interface EvidenceIndex {
  /** An observation recorded under this id, with its status, or undefined. */
  observation(id: string): { status: EvidenceStatus; observation: Observation } | undefined;
  /** A document filed under this id, with its status, or undefined. */
  document(id: string): { status: 'filed' | 'withdrawn'; document: ArchiveDocument } | undefined;
  /** Whether a survey response with this id is recorded. */
  hasSurvey(id: string): boolean;
}

/** One piece of evidence as a store holds it, with its status, for verification to compare with a replay. */
export type EvidenceItem =
  | { kind: 'observation'; id: string; status: EvidenceStatus; record: Observation }
  | { kind: 'document'; id: string; status: 'filed' | 'withdrawn'; record: ArchiveDocument }
  | { kind: 'survey'; id: string; status: 'recorded'; record: SurveyResponse };

/** The most standards one document may serve: as many as the archive echo carries. */
const MAX_DOCUMENT_REFS = 200;

/** What an applied evidence event changes in the index, for the host to apply (and feed its board). */
export type EvidenceChange =
  | { kind: 'observationRecorded'; observation: Observation; supersedes?: string }
  | { kind: 'observationWithdrawn'; observationId: string }
  | { kind: 'documentFiled'; document: ArchiveDocument }
  | { kind: 'documentWithdrawn'; documentId: string }
  | { kind: 'surveyRecorded'; response: SurveyResponse };

/** Whether a configuration lists any of a kind of record: a configuration that lists none checks none of that kind. */
const lists = (collection: { size: number }) => collection.size > 0;

function checkObservation(o: Observation, path: string[], config: CompiledConfiguration): ValidationIssue[] {
  const out: ValidationIssue[] = [];
  if (o.standardRef !== undefined && lists(config.standardCodes) && !config.standardCodes.has(o.standardRef))
    out.push(
      issueAt(
        [...path, 'standardRef'],
        'unknown_reference',
        say('unknownStandard', { standardRef: o.standardRef }),
      ),
    );
  if (o.standardRef === undefined && o.area === undefined)
    out.push(issueAt([...path, 'area'], 'missing_standard_or_area', say('standardOrArea')));
  if (o.scope.kind === 'site' && lists(config.sites) && !config.sites.has(o.scope.siteId))
    out.push(
      issueAt(
        [...path, 'scope', 'siteId'],
        'unknown_reference',
        say('unknownSite', { siteId: o.scope.siteId }),
      ),
    );
  const unit = o.scope.kind === 'unit' ? o.scope.unitId : o.responsibleUnitId;
  if (unit !== undefined && lists(config.units) && !config.units.has(unit))
    out.push(
      issueAt(
        [...path, o.scope.kind === 'unit' ? 'scope' : 'responsibleUnitId'],
        'unknown_reference',
        say('unknownUnit', { unitId: unit }),
      ),
    );
  return out;
}

/** Why a problem's report names a standard, site or unit the campaign does not know. */
export function checkReport(
  event: { standardRef?: string | undefined; scope: Observation['scope'] },
  config: CompiledConfiguration,
): ValidationIssue[] {
  const out: ValidationIssue[] = [];
  if (
    event.standardRef !== undefined &&
    lists(config.standardCodes) &&
    !config.standardCodes.has(event.standardRef)
  )
    out.push(
      issueAt(
        ['standardRef'],
        'unknown_reference',
        say('unknownStandard', { standardRef: event.standardRef }),
      ),
    );
  if (event.scope.kind === 'site' && lists(config.sites) && !config.sites.has(event.scope.siteId))
    out.push(
      issueAt(['scope', 'siteId'], 'unknown_reference', say('unknownSite', { siteId: event.scope.siteId })),
    );
  if (event.scope.kind === 'unit' && lists(config.units) && !config.units.has(event.scope.unitId))
    out.push(
      issueAt(['scope', 'unitId'], 'unknown_reference', say('unknownUnit', { unitId: event.scope.unitId })),
    );
  return out;
}

/**
 * Why an evidence event cannot be applied to the evidence as it stands: a duplicate id, a correction or withdrawal of
 * something not in force, a standard, site or unit the campaign does not know. Located and in both languages.
 */
export function checkEvidence(
  event: EvidenceEvent,
  index: EvidenceIndex,
  config: CompiledConfiguration,
): ValidationIssue[] {
  switch (event.type) {
    case 'observation.recorded':
    case 'observation.corrected': {
      const out = checkObservation(event.observation, ['observation'], config);
      if (index.observation(event.observation.id))
        out.push(
          issueAt(
            ['observation', 'id'],
            'duplicate_id',
            say('observationExists', { id: event.observation.id }),
          ),
        );
      if (event.type === 'observation.corrected') {
        const old = index.observation(event.supersedes);
        if (old?.status !== 'effective')
          out.push(
            issueAt(['supersedes'], 'not_in_force', say('correctedNotInForce', { id: event.supersedes })),
          );
        // A correction replaces a finding where it was made; moving it elsewhere is a withdrawal and a new record.
        else if (
          old.observation.standardRef !== event.observation.standardRef ||
          scopeKey(old.observation.scope) !== scopeKey(event.observation.scope)
        )
          out.push(issueAt(['observation', 'scope'], 'correction_moves_cell', say('correctionMoves')));
      }
      return out;
    }
    case 'observation.withdrawn':
      return index.observation(event.observationId)?.status === 'effective'
        ? []
        : [
            issueAt(
              ['observationId'],
              'not_in_force',
              say('observationNotInForce', { id: event.observationId }),
            ),
          ];
    case 'document.filed': {
      const out: ValidationIssue[] = [];
      const refs = event.document.standardRefs;
      if (new Set(refs).size !== refs.length || refs.length > MAX_DOCUMENT_REFS)
        out.push(
          issueAt(
            ['document', 'standardRefs'],
            'duplicate_reference',
            say('documentStandards', { max: MAX_DOCUMENT_REFS }),
          ),
        );
      if (index.document(event.document.id))
        out.push(
          issueAt(['document', 'id'], 'duplicate_id', say('documentExists', { id: event.document.id })),
        );
      event.document.standardRefs.forEach((code, i) => {
        if (lists(config.standardCodes) && !config.standardCodes.has(code))
          out.push(
            issueAt(
              ['document', 'standardRefs', i],
              'unknown_reference',
              say('unknownStandard', { standardRef: code }),
            ),
          );
      });
      return out;
    }
    case 'document.withdrawn':
      return index.document(event.documentId)?.status === 'filed'
        ? []
        : [issueAt(['documentId'], 'not_in_force', say('documentNotFiled', { id: event.documentId }))];
    case 'survey.recorded':
      return index.hasSurvey(event.response.id)
        ? [issueAt(['response', 'id'], 'duplicate_id', say('surveyExists', { id: event.response.id }))]
        : [];
  }
}

/**
 * Why evidence a rectification event cites cannot stand behind it: an id the evidence stream does not hold, or holds
 * withdrawn or superseded, or a document of another unit, or a record made at another place. Located at each id.
 */
export function checkCited(
  ids: readonly string[],
  record: Rectification,
  index: EvidenceIndex,
  config: CompiledConfiguration,
  /** A unit's own submission: every document it cites must name one of the problem's units. */
  options: { ownUnitDocuments?: boolean } = {},
): ValidationIssue[] {
  const out: ValidationIssue[] = [];
  const units = new Set([record.leadUnitId, ...(record.coLeadUnitIds ?? []), ...record.supportingUnitIds]);
  const siteUnit = (siteId: string) => config.sites.get(siteId)?.responsibleUnitId;
  const atPlace = (o: Observation) => {
    const scope = record.scope;
    if (scope.kind === 'jurisdiction' || scope.kind === 'siteType') return true;
    if (scope.kind === 'site') return o.scope.kind === 'site' && o.scope.siteId === scope.siteId;
    const unit =
      o.scope.kind === 'unit'
        ? o.scope.unitId
        : o.scope.kind === 'site'
          ? siteUnit(o.scope.siteId)
          : undefined;
    return unit === scope.unitId;
  };
  ids.forEach((id, i) => {
    const doc = index.document(id);
    const obs = doc ? undefined : index.observation(id);
    const at = ['evidence', i];
    if (!doc && !obs) out.push(issueAt(at, 'unknown_reference', say('evidenceUnknown', { id })));
    else if (doc && doc.status !== 'filed')
      out.push(issueAt(at, 'not_in_force', say('documentWithdrawn', { id })));
    else if (obs && obs.status !== 'effective')
      out.push(issueAt(at, 'not_in_force', say('recordNotInForce', { id })));
    else if (doc && options.ownUnitDocuments && doc.document.unitId === undefined)
      out.push(issueAt(at, 'foreign_evidence', say('documentOfNoUnit', { id })));
    else if (doc && doc.document.unitId !== undefined && !units.has(doc.document.unitId))
      out.push(
        issueAt(at, 'foreign_evidence', say('documentOfOtherUnit', { id, unitId: doc.document.unitId })),
      );
    else if (obs && !atPlace(obs.observation))
      out.push(issueAt(at, 'foreign_evidence', say('recordElsewhere', { id })));
  });
  return out;
}

/** The change an applied evidence event makes. */
export function evidenceChangeOf(event: EvidenceEvent): EvidenceChange {
  switch (event.type) {
    case 'observation.recorded':
      return { kind: 'observationRecorded', observation: event.observation };
    case 'observation.corrected':
      return { kind: 'observationRecorded', observation: event.observation, supersedes: event.supersedes };
    case 'observation.withdrawn':
      return { kind: 'observationWithdrawn', observationId: event.observationId };
    case 'document.filed':
      return { kind: 'documentFiled', document: event.document };
    case 'document.withdrawn':
      return { kind: 'documentWithdrawn', documentId: event.documentId };
    case 'survey.recorded':
      return { kind: 'surveyRecorded', response: event.response };
  }
}

/** The archive counts a filed or withdrawn document changes, as the echo the campaign stream records. */
export function archiveEcho(
  event: EvidenceEvent,
  index: EvidenceIndex,
): Extract<EchoEvent, { type: 'archive.changed' }> | undefined {
  const doc =
    event.type === 'document.filed'
      ? { document: event.document, delta: 1 as const }
      : event.type === 'document.withdrawn'
        ? { document: index.document(event.documentId)?.document, delta: -1 as const }
        : undefined;
  if (!doc?.document || doc.document.standardRefs.length === 0) return undefined;
  return {
    type: 'archive.changed',
    at: event.at,
    actor: event.actor,
    documentId: doc.document.id,
    changes: [...new Set(doc.document.standardRefs)].map((standardRef) => ({
      standardRef,
      category: doc.document!.category,
      delta: doc.delta,
    })),
  };
}
