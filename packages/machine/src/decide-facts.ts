import type { ValidationIssue } from '@chuangwen/model';
import { issueAt } from '@chuangwen/model/internal';
import { hasMeeting } from '@chuangwen/rules/internal';
import type { CompiledConfiguration, Configuration } from './configuration.js';
import type { EchoEvent } from './echoes.js';
import type { ConfigurationEvent, FactEvent } from './events.js';
import { say } from './messages.js';
import type { PersistedCampaign } from './persistence.js';
import { unitRolesOf } from './start-input.js';

/**
 * Why a fact cannot be recorded against the campaign's configuration and facts: a unit the configuration does not
 * list (with the event that adds it), a meeting recorded twice, an override of a standard no edition has, a withdrawal
 * of an override that was never made.
 */
export function checkFact(
  event: FactEvent,
  campaign: PersistedCampaign,
  config: CompiledConfiguration,
): ValidationIssue[] {
  const facts = campaign.snapshot.context.facts;
  switch (event.type) {
    case 'unit.registered':
    case 'unit.teamFormed':
    case 'unit.planSubmitted':
    case 'unit.appraised':
      return config.units.size > 0 && !config.units.has(event.unitId)
        ? [issueAt(['unitId'], 'unknown_reference', say('unitNotInCampaign', { unitId: event.unitId }))]
        : [];
    case 'meeting.recorded':
      return hasMeeting(facts.meetings, event.meetingId)
        ? [issueAt(['meetingId'], 'duplicate_id', say('meetingTwice', { meetingId: event.meetingId }))]
        : [];
    case 'class.overridden':
      return config.standardCodes.size > 0 && !config.standardCodes.has(event.standardRef)
        ? [
            issueAt(
              ['standardRef'],
              'unknown_reference',
              say('unknownStandard', { standardRef: event.standardRef }),
            ),
          ]
        : [];
    case 'class.overrideWithdrawn':
      return Object.hasOwn(facts.overrides, event.standardRef)
        ? []
        : [issueAt(['standardRef'], 'not_in_force', say('noOverride', { standardRef: event.standardRef }))];
    default:
      return [];
  }
}

/**
 * What a configuration change changes in the campaign's units: lead and responsible units named by new tasks are
 * registered, and a unit merged away leaves the facts. Undefined when nothing changes.
 */
export function unitsChange(
  campaign: PersistedCampaign,
  before: Configuration,
  after: Configuration,
  event: ConfigurationEvent,
): EchoEvent | undefined {
  const known = campaign.snapshot.context.facts.unitRoles;
  const roles = unitRolesOf(after.tasks);
  const added: Record<string, 'lead' | 'responsible'> = {};
  for (const [id, role] of Object.entries(roles))
    if (known[id] !== role && known[id] !== 'lead') added[id] = role;
  const remaining = new Set(after.units.map((u) => u.id));
  const removed =
    before.units.length === 0
      ? []
      : before.units.map((u) => u.id).filter((id) => !remaining.has(id) && Object.hasOwn(known, id));
  if (Object.keys(added).length === 0 && removed.length === 0) return undefined;
  return { type: 'units.changed', at: event.at, actor: event.actor, roles: added, removed };
}
