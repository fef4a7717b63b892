import { IdSchema } from '@chuangwen/model';
import { rectificationStream, type StreamId } from './audit.js';
import { type EventGroup, groupOf } from './events.js';

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
