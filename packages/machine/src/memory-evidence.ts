import type { ArchiveDocument, Observation, SurveyResponse } from '@chuangwen/model';
import type { EvidenceChange, EvidenceIndex, EvidenceItem, EvidenceStatus } from './evidence.js';

/** How many pieces of evidence are held, by kind and status. */
export interface EvidenceCounts {
  observations: Record<EvidenceStatus, number>;
  documents: { filed: number; withdrawn: number };
  surveys: number;
}

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
  // Kept as items come and change status, so a view's totals cost nothing however much evidence is held.
  private readonly tally: EvidenceCounts = {
    observations: { effective: 0, superseded: 0, withdrawn: 0 },
    documents: { filed: 0, withdrawn: 0 },
    surveys: 0,
  };

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
        if (change.supersedes !== undefined) this.observationStatus(change.supersedes, 'superseded');
        this.setObservation(change.observation.id, 'effective', change.observation);
        return;
      }
      case 'observationWithdrawn': {
        this.observationStatus(change.observationId, 'withdrawn');
        return;
      }
      case 'documentFiled':
        this.setDocument(change.document.id, 'filed', change.document);
        return;
      case 'documentWithdrawn': {
        const old = this.documents.get(change.documentId);
        if (old) this.setDocument(change.documentId, 'withdrawn', old.document);
        return;
      }
      case 'surveyRecorded':
        this.setSurvey(change.response);
        return;
    }
  }

  /** Holds an item as it is, with its status: what a migration carries over. */
  put(item: EvidenceItem): void {
    if (item.kind === 'observation') this.setObservation(item.id, item.status, item.record);
    else if (item.kind === 'document') this.setDocument(item.id, item.status, item.record);
    else this.setSurvey(item.record);
  }

  /** How many items are held, by kind and status (kept as they change, not counted on each call). */
  counts(): EvidenceCounts {
    const t = this.tally;
    return { observations: { ...t.observations }, documents: { ...t.documents }, surveys: t.surveys };
  }

  private setObservation(id: string, status: EvidenceStatus, observation: Observation): void {
    const old = this.observations.get(id);
    if (old) this.tally.observations[old.status] -= 1;
    this.observations.set(id, { status, observation });
    this.tally.observations[status] += 1;
  }

  private observationStatus(id: string, status: EvidenceStatus): void {
    const old = this.observations.get(id);
    if (old) this.setObservation(id, status, old.observation);
  }

  private setDocument(id: string, status: 'filed' | 'withdrawn', document: ArchiveDocument): void {
    const old = this.documents.get(id);
    if (old) this.tally.documents[old.status] -= 1;
    this.documents.set(id, { status, document });
    this.tally.documents[status] += 1;
  }

  private setSurvey(response: SurveyResponse): void {
    if (!this.surveys.has(response.id)) this.tally.surveys += 1;
    this.surveys.set(response.id, response);
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
