import {
  type BilingualText,
  formatPath,
  issueAt,
  label,
  toValidationIssues,
  type ValidationIssue,
  type ValidationResult,
} from '@chuangwen/model';
import type { Blocker } from '@chuangwen/rules';
import { initialTransition, transition } from 'xstate';
import { type AuditEntry, appendAudit } from './audit.js';
import type { CampaignContext, CampaignMachineInput } from './campaign-context.js';
import { type CampaignMachine, type CampaignState, campaignMachine } from './campaign-machine.js';
import { CLOSED_STATE_LABEL, EVENT_TYPE_LABELS } from './event-labels.js';
import { type CampaignEvent, CampaignEventSchema } from './events.js';
import { type PersistedCampaign, persist } from './persistence.js';
import { authorize, DEFAULT_ROLE_POLICY, type RolePolicy } from './policy.js';
import { type Actor, ActorSchema } from './roles.js';

/** A campaign as a host stores it: the persisted snapshot and the audit log. */
export interface CampaignRecord {
  campaign: PersistedCampaign;
  audit: AuditEntry[];
}

/** Why an event was not applied. */
export type RejectionCode = 'malformed' | 'unauthorised' | 'notAllowedNow';

/** What happened to one event. */
export interface DispatchResult {
  record: CampaignRecord;
  /** The audit entry written for the event. */
  entry: AuditEntry;
  accepted: boolean;
  rejection?: { code: RejectionCode; reason: BilingualText; issues?: ValidationIssue[] };
  /** A phase move that was refused, with every blocker. */
  refused?: Blocker[];
  state: CampaignState;
  /** The named side effects the event triggers (`notifyPhaseEntered`, …), for the host to carry out. */
  effects: string[];
}

/** Options of the pure helpers. */
export interface MachineOptions {
  policy?: RolePolicy;
  /** A machine with the host's `.provide()` implementations; defaults to `campaignMachine`. */
  machine?: CampaignMachine;
}

const STUBS = new Set([
  'notifyPhaseEntered',
  'notifyRefusal',
  'scheduleDeadlineReminder',
  'notifyEscalation',
]);

function resolve(machine: CampaignMachine, persisted: PersistedCampaign) {
  const s = persisted.snapshot as unknown as { value: CampaignState; context: CampaignContext };
  return machine.resolveState({ value: s.value, context: s.context });
}

/**
 * The next state of a persisted campaign after an event, and the side effects it would run, computed without starting
 * an actor. `accepted` is false when the machine has no transition for the event in its current state.
 */
export function nextState(persisted: PersistedCampaign, event: CampaignEvent, options: MachineOptions = {}) {
  const machine = options.machine ?? campaignMachine;
  const snapshot = resolve(machine, persisted);
  if (!snapshot.can(event))
    return {
      accepted: false as const,
      campaign: persisted,
      state: snapshot.value as CampaignState,
      effects: [] as string[],
    };
  const [next, actions] = transition(machine, snapshot, event);
  return {
    accepted: true as const,
    campaign: persist(machine.getPersistedSnapshot(next)),
    state: next.value as CampaignState,
    context: next.context,
    effects: actions.map((a) => a.type).filter((t) => STUBS.has(t)),
  };
}

/** Opens a campaign: its initial snapshot and an audit log whose first entry records the creation. */
export function createCampaign(
  input: CampaignMachineInput,
  actor: Actor,
  options: MachineOptions = {},
): CampaignRecord {
  const machine = options.machine ?? campaignMachine;
  const [snapshot] = initialTransition(machine, input);
  const audit = appendAudit([], {
    at: input.at,
    actor,
    event: { type: 'campaign.created', input },
    outcome: 'applied',
  });
  return { campaign: persist(machine.getPersistedSnapshot(snapshot)), audit };
}

const stateName = (state: CampaignState) =>
  state === 'closed' ? CLOSED_STATE_LABEL : { 'zh-CN': label(state, 'zh-CN'), en: label(state, 'en') };

function rejectedBecause(
  type: CampaignEvent['type'],
  state: CampaignState,
  context: CampaignContext,
  event: CampaignEvent,
): BilingualText {
  const action = EVENT_TYPE_LABELS[type];
  if (event.type.startsWith('rectification.') && 'rectificationId' in event) {
    const entry = Object.hasOwn(context.ledger, event.rectificationId)
      ? context.ledger[event.rectificationId]
      : undefined;
    if (event.type === 'rectification.reported')
      return {
        'zh-CN': `整改编号 ${event.rectificationId} 已存在`,
        en: `rectification ${event.rectificationId} already exists`,
      };
    if (!entry)
      return {
        'zh-CN': `整改 ${event.rectificationId} 不存在`,
        en: `rectification ${event.rectificationId} does not exist`,
      };
    if (event.type === 'rectification.closed' && entry.status === 'submitted') {
      return {
        'zh-CN': '销号需要整改材料，且复核人不能是整改人本人',
        en: 'closure needs evidence and a reviewer other than the person who rectified',
      };
    }
    return {
      'zh-CN': `整改 ${event.rectificationId} 处于"${label(entry.status, 'zh-CN')}"状态，不能${action['zh-CN']}`,
      en: `rectification ${event.rectificationId} is ${entry.status}; ${type} is not possible`,
    };
  }
  if (event.type === 'phase.force')
    return {
      'zh-CN': '只有领导小组（或授权角色）可以决定推进阶段',
      en: 'only the leading group (or a role it empowers) may decide to move the phase on',
    };
  if (event.type === 'unit.teamFormed' || event.type === 'unit.planSubmitted')
    return { 'zh-CN': `单位 ${event.unitId} 尚未登记`, en: `unit ${event.unitId} is not registered` };
  const where = stateName(state);
  return {
    'zh-CN': `当前阶段（${where['zh-CN']}）不能${action['zh-CN']}`,
    en: `${type} is not accepted in ${where.en.toLowerCase()}`,
  };
}

/**
 * Applies one event from outside to a stored campaign: validates it, checks the sender's role against the policy,
 * runs the machine as a pure transition, and appends an audit entry either way. Returns a new record (the input is
 * not modified) and what happened. Never throws on bad input.
 */
export function dispatch(
  record: CampaignRecord,
  input: unknown,
  options: MachineOptions = {},
): DispatchResult {
  const policy = options.policy ?? DEFAULT_ROLE_POLICY;
  const machine = options.machine ?? campaignMachine;
  const current = resolve(machine, record.campaign);
  const state = current.value as CampaignState;
  const reject = (
    code: RejectionCode,
    reason: BilingualText,
    at: string,
    actor: Actor | null,
    issues?: ValidationIssue[],
  ): DispatchResult => {
    const audit = appendAudit(record.audit, { at, actor, event: input, outcome: 'rejected', reason });
    return {
      record: { campaign: record.campaign, audit },
      entry: audit[audit.length - 1]!,
      accepted: false,
      rejection: { code, reason, ...(issues ? { issues } : {}) },
      state,
      effects: [],
    };
  };
  const parsed = CampaignEventSchema.safeParse(input, { reportInput: true });
  if (!parsed.success) {
    const raw = (input ?? {}) as Record<string, unknown>;
    const actor = ActorSchema.safeParse(raw.actor);
    const at = typeof raw.at === 'string' ? raw.at : 'unknown';
    const issues = toValidationIssues(parsed.error);
    const where = issues.map((i) => formatPath(i.path)).join(', ');
    return reject(
      'malformed',
      {
        'zh-CN': `事件格式有误，共 ${issues.length} 处（各处位置和原因见 issues）`,
        en: `malformed event at: ${where}`,
      },
      at,
      actor.success ? actor.data : null,
      issues,
    );
  }
  const event = parsed.data;
  const denied = authorize(policy, event.actor.role, event.type);
  if (denied) return reject('unauthorised', denied, event.at, event.actor);
  const next = nextState(record.campaign, event, { machine });
  if (!next.accepted)
    return reject(
      'notAllowedNow',
      rejectedBecause(event.type, state, current.context, event),
      event.at,
      event.actor,
    );
  const refused =
    event.type === 'phase.advance' && next.state === state ? next.context.lastRefusal?.blockers : undefined;
  const audit = appendAudit(record.audit, {
    at: event.at,
    actor: event.actor,
    event,
    outcome: 'applied',
    ...(refused ? { blockers: refused.map((b) => b.code) } : {}),
  });
  return {
    record: { campaign: next.campaign, audit },
    entry: audit[audit.length - 1]!,
    accepted: refused === undefined,
    ...(refused ? { refused } : {}),
    state: next.state,
    effects: next.effects,
  };
}

/**
 * Rebuilds a campaign from its audit log alone: the creation entry, then every applied event in order. The result
 * equals the stored snapshot when the log is complete and untouched.
 */
export function replayAuditLog(
  audit: readonly AuditEntry[],
  options: MachineOptions = {},
): ValidationResult<PersistedCampaign> {
  const machine = options.machine ?? campaignMachine;
  const first = audit[0]?.event as { type?: string; input?: CampaignMachineInput } | undefined;
  if (first?.type !== 'campaign.created' || !first.input) {
    return {
      ok: false,
      issues: [
        issueAt([0], 'missing_creation', {
          'zh-CN': '审计日志的第一条不是创建记录',
          en: 'the audit log does not start with the campaign creation',
        }),
      ],
    };
  }
  let [snapshot] = initialTransition(machine, first.input);
  for (const entry of audit.slice(1)) {
    if (entry.outcome !== 'applied') continue;
    const event = CampaignEventSchema.safeParse(entry.event);
    if (!event.success) {
      return {
        ok: false,
        issues: [
          issueAt([entry.seq, 'event'], 'invalid_event', {
            'zh-CN': `第 ${entry.seq} 条的事件无效`,
            en: `the event of entry ${entry.seq} is invalid`,
          }),
        ],
      };
    }
    [snapshot] = transition(machine, snapshot, event.data);
  }
  return { ok: true, value: persist(machine.getPersistedSnapshot(snapshot)) };
}
