import { IdSchema, type Rectification } from '@chuangwen/model';
import { rectificationStream, type StreamId } from './audit.js';
import { type EventGroup, groupOf } from './events.js';
import type { EvidenceIndex } from './evidence.js';

/** Where an event goes: its home stream, and its group when its type is known. */
export interface Route {
  stream: StreamId;
  group?: EventGroup;
}

/**
 * The stream an event from outside goes to, read from its `type` and `rectificationId` without trusting anything else
 * about it, so a host knows which stream's head and snapshot to load before `dispatch`: a rectification event to its
 * rectification's stream, evidence to the evidence stream, everything else (and anything unreadable) to the campaign.
 */
export function routeOf(input: unknown): Route {
  try {
    const raw = input as { type?: unknown; rectificationId?: unknown } | null;
    const type = typeof raw?.type === 'string' ? raw.type : undefined;
    const group = type === undefined ? undefined : groupOf(type);
    if (group === 'rectification') {
      const id = IdSchema.safeParse(raw?.rectificationId);
      return id.success ? { stream: rectificationStream(id.data), group } : { stream: 'campaign', group };
    }
    if (group === 'evidence') return { stream: 'evidence', group };
    return group ? { stream: 'campaign', group } : { stream: 'campaign' };
  } catch {
    return { stream: 'campaign' };
  }
}

/** The evidence an event will look up, by kind and id: what a host prefetches when its index is asynchronous. */
export interface EvidenceLookups {
  observations: string[];
  documents: string[];
  surveys: string[];
}

/**
 * What an event citing photos looks up once its first lookups are loaded: the before photo each cited after photo names
 * and the observation that found the problem, whose photos a before photo must be among. Empty for anything else.
 */
export function pairLookups(
  input: unknown,
  loaded: Pick<EvidenceIndex, 'document'>,
  rectification: Pick<Rectification, 'observationId'> | undefined,
): EvidenceLookups {
  const out: EvidenceLookups = { observations: [], documents: [], surveys: [] };
  try {
    const raw = input as { type?: unknown; evidence?: unknown } | null;
    if (
      !Array.isArray(raw?.evidence) ||
      typeof raw.type !== 'string' ||
      !raw.type.startsWith('rectification.')
    )
      return out;
    for (const cited of raw.evidence.slice(0, 200)) {
      const before = typeof cited === 'string' ? loaded.document(cited)?.document.beforeId : undefined;
      if (before !== undefined && !out.documents.includes(before)) out.documents.push(before);
    }
    if (rectification?.observationId !== undefined) out.observations.push(rectification.observationId);
  } catch {
    // Unreadable input looks nothing more up.
  }
  return out;
}

/**
 * The ids of the evidence an event will look up (its own id, the record it corrects or withdraws, the photos a
 * record cites, the evidence a problem's submission or review cites), read from untrusted input without trusting anything else about it, so a host
 * whose evidence is in a database can load just those rows into the synchronous `EvidenceIndex` that `dispatch` asks.
 * Empty for any other event.
 */
export function evidenceLookups(input: unknown): EvidenceLookups {
  const out: EvidenceLookups = { observations: [], documents: [], surveys: [] };
  try {
    const raw = input as Record<string, unknown> | null;
    const id = (value: unknown) => (typeof value === 'string' && value.length <= 200 ? [value] : []);
    const field = (value: unknown, key: string) =>
      value !== null && typeof value === 'object' && !Array.isArray(value)
        ? (value as Record<string, unknown>)[key]
        : undefined;
    switch (raw?.type) {
      case 'observation.recorded':
      case 'observation.corrected': {
        out.observations.push(...id(field(raw.observation, 'id')), ...id(raw.supersedes));
        // The photos it cites, whose provenance is checked.
        const cited = field(raw.observation, 'evidence');
        if (Array.isArray(cited)) out.documents.push(...cited.slice(0, 200).flatMap(id));
        break;
      }
      case 'observation.withdrawn':
        out.observations.push(...id(raw.observationId));
        break;
      case 'document.filed':
        out.documents.push(...id(field(raw.document, 'id')));
        break;
      case 'document.withdrawn':
        out.documents.push(...id(raw.documentId));
        break;
      case 'survey.recorded':
        out.surveys.push(...id(field(raw.response, 'id')));
        break;
      case 'rectification.submitted':
      case 'rectification.closed':
      case 'rectification.returned': {
        // Cited evidence may be a document or a record: both are looked up.
        const cited = Array.isArray(raw.evidence) ? raw.evidence.slice(0, 200).flatMap(id) : [];
        out.observations.push(...cited);
        out.documents.push(...cited);
        break;
      }
      default:
        // Any other event, or no type at all: nothing to look up.
        break;
    }
  } catch {
    // Unreadable input looks nothing up: dispatch rejects it as malformed.
  }
  return out;
}
