import type {
  ArchiveDocument,
  IssueCode,
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

const issue = (path: (string | number)[], code: IssueCode, zh: string, en: string): ValidationIssue =>
  issueAt(path, code, { 'zh-CN': zh, en });

/** Whether a configuration lists any of a kind of record: a configuration that lists none checks none of that kind. */
const lists = (collection: { size: number }) => collection.size > 0;

function checkObservation(o: Observation, path: string[], config: CompiledConfiguration): ValidationIssue[] {
  const out: ValidationIssue[] = [];
  if (o.standardRef !== undefined && lists(config.standardCodes) && !config.standardCodes.has(o.standardRef))
    out.push(
      issue(
        [...path, 'standardRef'],
        'unknown_reference',
        `测评标准 "${o.standardRef}" 不存在`,
        `unknown standard "${o.standardRef}"`,
      ),
    );
  if (o.standardRef === undefined && o.area === undefined)
    out.push(
      issue(
        [...path, 'area'],
        'missing_standard_or_area',
        '未注明测评标准的问题须注明所属专项整治领域',
        'a finding that cites no standard must name its area',
      ),
    );
  if (o.scope.kind === 'site' && lists(config.sites) && !config.sites.has(o.scope.siteId))
    out.push(
      issue(
        [...path, 'scope', 'siteId'],
        'unknown_reference',
        `点位 "${o.scope.siteId}" 不存在`,
        `unknown site "${o.scope.siteId}"`,
      ),
    );
  const unit = o.scope.kind === 'unit' ? o.scope.unitId : o.responsibleUnitId;
  if (unit !== undefined && lists(config.units) && !config.units.has(unit))
    out.push(
      issue(
        [...path, o.scope.kind === 'unit' ? 'scope' : 'responsibleUnitId'],
        'unknown_reference',
        `单位 "${unit}" 不存在`,
        `unknown unit "${unit}"`,
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
      issue(
        ['standardRef'],
        'unknown_reference',
        `测评标准 "${event.standardRef}" 不存在`,
        `unknown standard "${event.standardRef}"`,
      ),
    );
  if (event.scope.kind === 'site' && lists(config.sites) && !config.sites.has(event.scope.siteId))
    out.push(
      issue(
        ['scope', 'siteId'],
        'unknown_reference',
        `点位 "${event.scope.siteId}" 不存在`,
        `unknown site "${event.scope.siteId}"`,
      ),
    );
  if (event.scope.kind === 'unit' && lists(config.units) && !config.units.has(event.scope.unitId))
    out.push(
      issue(
        ['scope', 'unitId'],
        'unknown_reference',
        `单位 "${event.scope.unitId}" 不存在`,
        `unknown unit "${event.scope.unitId}"`,
      ),
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
          issue(
            ['observation', 'id'],
            'duplicate_id',
            `测评记录 "${event.observation.id}" 已存在，更正请另立新记录`,
            `observation "${event.observation.id}" already exists; a correction is a new record`,
          ),
        );
      if (event.type === 'observation.corrected') {
        const old = index.observation(event.supersedes);
        if (old?.status !== 'effective')
          out.push(
            issue(
              ['supersedes'],
              'not_in_force',
              `被更正的测评记录 "${event.supersedes}" 不存在或已失效`,
              `observation "${event.supersedes}" is not in force`,
            ),
          );
        // A correction replaces a finding where it was made; moving it elsewhere is a withdrawal and a new record.
        else if (
          old.observation.standardRef !== event.observation.standardRef ||
          scopeKey(old.observation.scope) !== scopeKey(event.observation.scope)
        )
          out.push(
            issue(
              ['observation', 'scope'],
              'correction_moves_cell',
              '更正须针对同一测评标准和同一点位（范围）；改到别处请撤回后另行记录',
              'a correction keeps the standard and the place of what it corrects; to move it, withdraw it and record anew',
            ),
          );
      }
      return out;
    }
    case 'observation.withdrawn':
      return index.observation(event.observationId)?.status === 'effective'
        ? []
        : [
            issue(
              ['observationId'],
              'not_in_force',
              `测评记录 "${event.observationId}" 不存在或已失效`,
              `observation "${event.observationId}" is not in force`,
            ),
          ];
    case 'document.filed': {
      const out: ValidationIssue[] = [];
      const refs = event.document.standardRefs;
      if (new Set(refs).size !== refs.length || refs.length > MAX_DOCUMENT_REFS)
        out.push(
          issue(
            ['document', 'standardRefs'],
            'duplicate_reference',
            `一份材料最多对应 ${MAX_DOCUMENT_REFS} 条不重复的测评标准`,
            `a document names at most ${MAX_DOCUMENT_REFS} distinct standards`,
          ),
        );
      if (index.document(event.document.id))
        out.push(
          issue(
            ['document', 'id'],
            'duplicate_id',
            `佐证材料 "${event.document.id}" 已存在`,
            `document "${event.document.id}" already exists`,
          ),
        );
      event.document.standardRefs.forEach((code, i) => {
        if (lists(config.standardCodes) && !config.standardCodes.has(code))
          out.push(
            issue(
              ['document', 'standardRefs', i],
              'unknown_reference',
              `测评标准 "${code}" 不存在`,
              `unknown standard "${code}"`,
            ),
          );
      });
      return out;
    }
    case 'document.withdrawn':
      return index.document(event.documentId)?.status === 'filed'
        ? []
        : [
            issue(
              ['documentId'],
              'not_in_force',
              `佐证材料 "${event.documentId}" 不存在或已撤回`,
              `document "${event.documentId}" is not filed`,
            ),
          ];
    case 'survey.recorded':
      return index.hasSurvey(event.response.id)
        ? [
            issue(
              ['response', 'id'],
              'duplicate_id',
              `问卷 "${event.response.id}" 已存在`,
              `survey response "${event.response.id}" already exists`,
            ),
          ]
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
    if (!doc && !obs)
      out.push(
        issue(
          at,
          'unknown_reference',
          `佐证 "${id}" 未归档`,
          `the evidence "${id}" was never filed or recorded`,
        ),
      );
    else if (doc && doc.status !== 'filed')
      out.push(issue(at, 'not_in_force', `佐证材料 "${id}" 已撤回`, `the document "${id}" was withdrawn`));
    else if (obs && obs.status !== 'effective')
      out.push(
        issue(at, 'not_in_force', `测评记录 "${id}" 已失效`, `the record "${id}" is no longer in force`),
      );
    else if (doc && doc.document.unitId !== undefined && !units.has(doc.document.unitId))
      out.push(
        issue(
          at,
          'foreign_evidence',
          `佐证材料 "${id}" 属于单位 ${doc.document.unitId}，不是该问题的责任单位`,
          `the document "${id}" belongs to unit ${doc.document.unitId}, not to a unit of this problem`,
        ),
      );
    else if (obs && !atPlace(obs.observation))
      out.push(
        issue(
          at,
          'foreign_evidence',
          `测评记录 "${id}" 不是在该问题的点位（范围）作出的`,
          `the record "${id}" was made at another place than this problem's`,
        ),
      );
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
