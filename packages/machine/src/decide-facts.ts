import type { IssueCode, ValidationIssue } from '@chuangwen/model';
import { issueAt } from '@chuangwen/model/internal';
import { hasMeeting } from '@chuangwen/rules/internal';
import type { CompiledConfiguration, Configuration } from './configuration.js';
import type { EchoEvent } from './echoes.js';
import type { ConfigurationEvent, FactEvent } from './events.js';
import type { PersistedCampaign } from './persistence.js';
import { unitRolesOf } from './start-input.js';

const issue = (path: (string | number)[], code: IssueCode, zh: string, en: string): ValidationIssue =>
  issueAt(path, code, { 'zh-CN': zh, en });

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
        ? [
            issue(
              ['unitId'],
              'unknown_reference',
              `单位 "${event.unitId}" 不在本次创建工作的配置中：先以"新增单位"（unit.added）加入`,
              `unit "${event.unitId}" is not in the campaign's configuration: add it first (unit.added)`,
            ),
          ]
        : [];
    case 'meeting.recorded':
      return hasMeeting(facts.meetings, event.meetingId)
        ? [
            issue(
              ['meetingId'],
              'duplicate_id',
              `会议 "${event.meetingId}" 已记录过`,
              `meeting "${event.meetingId}" is already recorded`,
            ),
          ]
        : [];
    case 'class.overridden':
      return config.standardCodes.size > 0 && !config.standardCodes.has(event.standardRef)
        ? [
            issue(
              ['standardRef'],
              'unknown_reference',
              `测评标准 "${event.standardRef}" 不存在`,
              `unknown standard "${event.standardRef}"`,
            ),
          ]
        : [];
    case 'class.overrideWithdrawn':
      return Object.hasOwn(facts.overrides, event.standardRef)
        ? []
        : [
            issue(
              ['standardRef'],
              'not_in_force',
              `测评标准 "${event.standardRef}" 没有认定的类别可撤销`,
              `standard "${event.standardRef}" has no class override to withdraw`,
            ),
          ];
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
