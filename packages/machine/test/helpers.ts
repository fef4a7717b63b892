import { type CampaignEvent, type CampaignEventInput, CampaignEventSchema } from '../src/index.js';
import type { Role } from '../src/roles.js';

let minute = 0;
/** A fresh event time, a minute after the last, so sequences have increasing times. */
export function at(): string {
  minute += 1;
  return new Date(Date.parse('2026-03-01T09:00:00+08:00') + minute * 60_000).toISOString();
}

/** A campaign event from an actor, with a fresh time. */
export function ev<T extends CampaignEvent['type']>(
  type: T,
  id: string,
  role: Role,
  payload: Omit<Extract<CampaignEventInput, { type: T }>, 'type' | 'at' | 'actor'>,
): Extract<CampaignEvent, { type: T }> {
  // Parsed, so defaults are filled in as dispatch would fill them.
  return CampaignEventSchema.parse({ type, at: at(), actor: { id, role }, ...payload }) as Extract<
    CampaignEvent,
    { type: T }
  >;
}

export const LEADER = ['p-leader', 'leadingGroup'] as const;
export const OFFICE = ['p-office', 'office'] as const;
export const INSPECTOR = ['p-inspector', 'inspector'] as const;
export const STAFF = ['p-staff', 'unitStaff'] as const;
export const STAFF2 = ['p-staff-2', 'unitStaff'] as const;
