import type { ArchiveDocument, Observation, SurveyResponse } from '@chuangwen/model';
import type { EvidenceChange, EvidenceIndex, EvidenceItem, EvidenceStatus } from './evidence.js';

/**
 * The evidence index in memory: every observation, document and survey response with its status, for tests, demos,
 * browsers and hosts that keep a campaign in one process. A database host answers the same lookups from its tables.
 */
export class MemoryEvidence implements EvidenceIndex {
  private readonly observations = new Map<string, { status: EvidenceStatus; observation: Observation }>();
  private readonly documents = new Map<
    string,
    { status: 'filed' | 'withdrawn'; document: ArchiveDocument }
  >();
  private readonly surveys = new Map<string, SurveyResponse>();

  /** An observation recorded under this id, with its status, or undefined. */
  observation(id: string) {
    return this.observations.get(id);
  }

  /** A document filed under this id, with its status, or undefined. */
  document(id: string) {
    return this.documents.get(id);
  }

  /** Whether a survey response with this id is recorded. */
  hasSurvey(id: string): boolean {
    return this.surveys.has(id);
  }

  /** Applies what an accepted evidence event changed. */
  apply(change: EvidenceChange): void {
    switch (change.kind) {
      case 'observationRecorded': {
        if (change.supersedes !== undefined) {
          const old = this.observations.get(change.supersedes);
          if (old) old.status = 'superseded';
        }
        this.observations.set(change.observation.id, {
          status: 'effective',
          observation: change.observation,
        });
        return;
      }
      case 'observationWithdrawn': {
        const old = this.observations.get(change.observationId);
        if (old) old.status = 'withdrawn';
        return;
      }
      case 'documentFiled':
        this.documents.set(change.document.id, { status: 'filed', document: change.document });
        return;
      case 'documentWithdrawn': {
        const old = this.documents.get(change.documentId);
        if (old) old.status = 'withdrawn';
        return;
      }
      case 'surveyRecorded':
        this.surveys.set(change.response.id, change.response);
        return;
    }
  }

  /** Holds an item as it is, with its status: what a migration carries over. */
  put(item: EvidenceItem): void {
    if (item.kind === 'observation')
      this.observations.set(item.id, { status: item.status, observation: item.record });
    else if (item.kind === 'document')
      this.documents.set(item.id, { status: item.status, document: item.record });
    else this.surveys.set(item.id, item.record);
  }

  /** The observations in force: what the board reads. */
  effectiveObservations(): Observation[] {
    const out: Observation[] = [];
    for (const { status, observation } of this.observations.values())
      if (status === 'effective') out.push(observation);
    return out;
  }

  /** Every observation ever recorded, with its status. */
  allObservations(): { status: EvidenceStatus; observation: Observation }[] {
    return [...this.observations.values()].map((o) => ({ ...o }));
  }

  /** The documents filed and not withdrawn. */
  filedDocuments(): ArchiveDocument[] {
    return [...this.documents.values()].filter((d) => d.status === 'filed').map((d) => d.document);
  }

  /** Every survey response. */
  surveyResponses(): SurveyResponse[] {
    return [...this.surveys.values()];
  }

  /** Everything held, with its status: what verification compares with a replay of the evidence stream. */
  *items(): IterableIterator<EvidenceItem> {
    for (const [id, o] of this.observations)
      yield { kind: 'observation', id, status: o.status, record: o.observation };
    for (const [id, d] of this.documents)
      yield { kind: 'document', id, status: d.status, record: d.document };
    for (const [id, r] of this.surveys) yield { kind: 'survey', id, status: 'recorded', record: r };
  }
}
