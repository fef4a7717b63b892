import {
  type BilingualText,
  formatPath,
  label,
  type Rectification,
  type ValidationIssue,
} from '@chuangwen/model';
import { toValidationIssues } from '@chuangwen/model/internal';
import { type Blocker, contributionOf } from '@chuangwen/rules';
import {
  type AuditDraft,
  type AuditEntry,
  chainEntry,
  emptyHead,
  type Head,
  rectificationStream,
  type StreamId,
} from './audit.js';
import { type CampaignState, stateLabel } from './campaign-states.js';
import { machineFor, stepCampaign } from './campaign-step.js';
import type { CampaignConfig } from './config.js';
import type { EchoEvent } from './echoes.js';
import type { Effect } from './effects.js';
import { EVENT_TYPE_LABELS } from './event-labels.js';
import {
  type CampaignEvent,
  type CampaignEventInput,
  CampaignEventSchema,
  groupOf,
  type RectificationEvent,
} from './events.js';
import {
  archiveEcho,
  checkEvidence,
  checkReport,
  type EvidenceChange,
  type EvidenceIndex,
  evidenceChangeOf,
} from './evidence.js';
import { type ChainHasher, canonicalJson, chainHasher } from './hashing.js';
import type { PersistedCampaign } from './persistence.js';
import { authorize, DEFAULT_ROLE_POLICY, type RolePolicy } from './policy.js';
import { stepRectification } from './rectification-step.js';
import { type Actor, ActorSchema } from './roles.js';
import { routeOf } from './routing.js';
import { DEFAULT_INPUT_LIMITS, type InputLimits, malformedRecord, readUntrusted } from './untrusted.js';

/** A stream's head and its current snapshot. */
export interface StreamState<S> {
  head: Head;
  snapshot: S;
}

/** What dispatch needs: the heads and snapshots of the streams the event touches, never a whole log. */
export interface DispatchState {
  campaign: StreamState<PersistedCampaign>;
  /** For a rectification event: its stream, or nothing when the rectification does not exist yet. */
  rectification?: StreamState<Rectification> | undefined;
  /** For an evidence event: the evidence stream's head and a lookup of what it holds. */
  evidence?: { head: Head; index: EvidenceIndex } | undefined;
}

/** Options of dispatch: the host's policy, configuration, audit key, limits and receipt time. */
export interface DispatchOptions {
  policy?: RolePolicy;
  config?: CampaignConfig;
  /** How entries are chained; keyed with the host's audit key (`chainHasher(key)`). */
  hasher?: ChainHasher;
  /** When the host received the event, recorded beside the sender's `at`. */
  receivedAt?: string;
  limits?: InputLimits;
}

/** Why an event was not applied. */
export type RejectionCode = 'malformed' | 'unauthorized' | 'invalid' | 'notAllowedNow';

/** An entry to append, and the text its hash covers. */
export interface Append {
  stream: StreamId;
  entry: AuditEntry;
  body: string;
}

/** What happened to one event, and what the host must store, in one transaction, to record it. */
export interface DispatchResult {
  /** Applied and not a refused move. */
  accepted: boolean;
  rejection?: { code: RejectionCode; reason: BilingualText; issues?: ValidationIssue[] };
  /** A phase move that was refused, with every blocker. */
  refused?: Blocker[];
  /** Entries to append, in order, each to its stream at the head it was chained to. */
  appends: Append[];
  /** The campaign's new snapshot, when it changed. */
  campaign?: PersistedCampaign;
  /** The rectification's new record, when it changed. */
  rectification?: Rectification;
  /** What to apply to the evidence index, when evidence changed. */
  evidence?: EvidenceChange;
  state: CampaignState;
  /** Side effects to carry out once stored: notifications, reminders, each with what it needs. */
  effects: Effect[];
}

const msg = (zh: string, en: string): BilingualText => ({ 'zh-CN': zh, en });

/** A reason stays short whatever the input: a hostile key is never repeated at length. */
// Cut by characters, not UTF-16 units, so no half of a character is ever stored.
const bounded = (text: string) => {
  const chars = Array.from(text);
  return chars.length > 400 ? `${chars.slice(0, 399).join('')}…` : text;
};

/**
 * Applies one event from outside to a campaign's record: reads it within limits, validates it, checks the sender's
 * role and scope against the policy, runs the event's machine as a pure transition, and chains an audit entry either
 * way. A rectification event changes its own stream and, by an echo on the campaign stream, the ledger counters; an
 * evidence event changes the evidence stream and, for documents, the archive counts. It needs only the heads and
 * snapshots of the streams it touches, copies no log, and never throws on anything a JSON body can hold.
 */
export function dispatch(
  event: CampaignEventInput,
  state: DispatchState,
  options?: DispatchOptions,
): DispatchResult;
/** An event from outside, unread: a request body, a queue message. */
export function dispatch(input: unknown, state: DispatchState, options?: DispatchOptions): DispatchResult;
export function dispatch(
  input: unknown,
  state: DispatchState,
  options: DispatchOptions = {},
): DispatchResult {
  const policy = options.policy ?? DEFAULT_ROLE_POLICY;
  const hasher = options.hasher ?? chainHasher();
  const campaignId = state.campaign.snapshot.snapshot.context.campaignId;
  const stateNow = state.campaign.snapshot.snapshot.value;
  const heads = new Map<StreamId, Head>([['campaign', state.campaign.head]]);
  const appends: Append[] = [];
  const append = (stream: StreamId, draft: AuditDraft) => {
    const head = heads.get(stream) ?? emptyHead(hasher, campaignId, stream);
    const chained = chainEntry(stream, head, draft, hasher);
    heads.set(stream, chained.head);
    appends.push({ stream, entry: chained.entry, body: chained.body });
    return chained.entry;
  };
  if (state.rectification)
    heads.set(rectificationStream(state.rectification.snapshot.id), state.rectification.head);
  if (state.evidence) heads.set('evidence', state.evidence.head);
  const received = options.receivedAt === undefined ? {} : { receivedAt: options.receivedAt };

  const reject = (
    stream: StreamId,
    code: RejectionCode,
    reason: BilingualText,
    draft: { at: string; actor: Actor | null; event: unknown },
    issues?: ValidationIssue[],
  ): DispatchResult => {
    const home = heads.has(stream) ? stream : 'campaign';
    append(home, { ...draft, ...received, outcome: 'rejected', reason });
    return {
      accepted: false,
      rejection: { code, reason, ...(issues ? { issues } : {}) },
      appends,
      state: stateNow,
      effects: [],
    };
  };

  const read = readUntrusted(input, options.limits ?? DEFAULT_INPUT_LIMITS);
  if (!read.ok)
    return reject('campaign', 'malformed', read.reason, {
      at: 'unknown',
      actor: null,
      event: { malformed: read.record },
    });
  const raw = read.value as Record<string, unknown> | null;
  const parsed = CampaignEventSchema.safeParse(raw, { reportInput: true });
  if (!parsed.success) {
    const issues = toValidationIssues(parsed.error, {}, { schema: CampaignEventSchema, input: raw }).slice(
      0,
      50,
    );
    const actor = ActorSchema.safeParse(raw?.actor);
    const at = typeof raw?.at === 'string' && raw.at.length <= 40 ? raw.at : 'unknown';
    // The reason says what the first problem is, so a host that shows only the reason still shows how to fix it.
    const first = issues[0]!;
    const more = issues.length > 1;
    const where = issues
      .slice(0, 10)
      .map((i) => formatPath(i.path))
      .join(', ');
    // A malformed event of a known type is kept on the stream it was meant for, when the host loaded that stream; as a
    // digest, a bounded excerpt and its first issues, never whole.
    const kept = {
      malformed: malformedRecord(raw, 0, canonicalJson(raw)),
      issues: issues.slice(0, 10).map((i) => ({ pointer: i.pointer, code: i.code })),
    };
    return reject(
      routeOf(raw).stream,
      'malformed',
      msg(
        bounded(
          `事件格式有误，共 ${issues.length} 处。第 1 处（"${formatPath(first.path)}"）：${first.message['zh-CN']}${more ? '（其余见 issues）' : ''}`,
        ),
        bounded(
          `malformed event: ${formatPath(first.path)}: ${first.message.en}${more ? `; all ${issues.length} at: ${where}` : ''}`,
        ),
      ),
      { at, actor: actor.success ? actor.data : null, event: kept },
      issues,
    );
  }
  const event = parsed.data;
  const group = groupOf(event.type)!;
  const home: StreamId =
    group === 'rectification'
      ? rectificationStream((event as RectificationEvent).rectificationId)
      : group === 'evidence'
        ? 'evidence'
        : 'campaign';
  const draft = { at: event.at, actor: event.actor, event, ...received };
  const denied = authorize(policy, event, {
    rectification: state.rectification?.snapshot,
    config: options.config,
    evidence: state.evidence?.index,
  });
  if (denied) return reject(home, 'unauthorized', denied, draft);
  const machine = machineFor(options.config);

  if (group === 'rectification') {
    const e = event as RectificationEvent;
    const before = state.rectification?.snapshot;
    if (before && before.id !== e.rectificationId)
      throw new TypeError('dispatch: the rectification loaded is not the one the event names');
    const unknown = e.type === 'rectification.reported' ? checkReport(e, options.config ?? {}) : [];
    if (unknown.length > 0)
      return reject(
        home,
        'invalid',
        msg(
          `整改上报有误：${unknown[0]!.message['zh-CN']}`,
          `the report is invalid: ${unknown[0]!.message.en}`,
        ),
        draft,
        unknown,
      );
    const step = stepRectification(before, e);
    if (!step.accepted) return reject(home, 'notAllowedNow', rectificationRefusal(e, before), draft);
    const entry = append(home, { ...draft, outcome: 'applied' });
    const echo: EchoEvent = {
      type: 'ledger.changed',
      at: e.at,
      actor: e.actor,
      rectificationId: e.rectificationId,
      trigger: e.type,
      before: before ? contributionOf(before) : null,
      after: contributionOf(step.record),
    };
    const ledger = stepCampaign(machine, state.campaign.snapshot, echo);
    append('campaign', {
      at: e.at,
      actor: e.actor,
      event: echo,
      ...received,
      outcome: 'applied',
      cause: { stream: home, seq: entry.seq, hash: entry.hash },
    });
    return {
      accepted: true,
      appends,
      campaign: ledger.campaign,
      rectification: step.record,
      state: ledger.state,
      effects: [...step.effects, ...ledger.effects],
    };
  }

  if (group === 'evidence') {
    const index = state.evidence?.index;
    if (!index) throw new TypeError('dispatch: an evidence event needs the evidence stream (head and index)');
    const e = event as Extract<CampaignEvent, { type: `${'observation' | 'document' | 'survey'}.${string}` }>;
    const issues = checkEvidence(e, index, options.config ?? {});
    if (issues.length > 0)
      return reject(
        home,
        'invalid',
        msg(
          `${EVENT_TYPE_LABELS[e.type]['zh-CN']}有误：${issues[0]!.message['zh-CN']}`,
          `${e.type} is invalid: ${issues[0]!.message.en}`,
        ),
        draft,
        issues,
      );
    const echo = archiveEcho(e, index);
    const entry = append(home, { ...draft, outcome: 'applied' });
    const result: DispatchResult = {
      accepted: true,
      appends,
      evidence: evidenceChangeOf(e),
      state: stateNow,
      effects: [],
    };
    if (!echo) return result;
    const archived = stepCampaign(machine, state.campaign.snapshot, echo);
    append('campaign', {
      at: e.at,
      actor: e.actor,
      event: echo,
      ...received,
      outcome: 'applied',
      cause: { stream: home, seq: entry.seq, hash: entry.hash },
    });
    return { ...result, campaign: archived.campaign, state: archived.state };
  }

  const step = stepCampaign(machine, state.campaign.snapshot, event as Parameters<typeof stepCampaign>[2]);
  if (!step.accepted) return reject(home, 'notAllowedNow', campaignRefusal(event, stateNow), draft);
  const refused =
    event.type === 'phase.advance' && step.state === stateNow
      ? step.campaign.snapshot.context.lastRefusal?.blockers
      : undefined;
  append(home, {
    ...draft,
    outcome: 'applied',
    ...(refused ? { blockers: refused.map((b) => b.code) } : {}),
  });
  return {
    accepted: refused === undefined,
    ...(refused ? { refused } : {}),
    appends,
    campaign: step.campaign,
    state: step.state,
    effects: step.effects,
  };
}

function rectificationRefusal(event: RectificationEvent, record: Rectification | undefined): BilingualText {
  const id = event.rectificationId;
  if (event.type === 'rectification.reported')
    return msg(`整改编号 ${id} 已存在`, `rectification ${id} already exists`);
  if (!record) return msg(`整改 ${id} 不存在`, `rectification ${id} does not exist`);
  if (event.type === 'rectification.closed' && record.status === 'submitted')
    return msg(
      '销号需要整改材料，且复核人不能是整改人本人',
      'closure needs evidence and a reviewer other than the person who rectified',
    );
  return msg(
    `整改 ${id} 处于"${label(record.status, 'zh-CN')}"状态，不能${EVENT_TYPE_LABELS[event.type]['zh-CN']}`,
    `rectification ${id} is ${record.status}; ${event.type} is not possible`,
  );
}

function campaignRefusal(event: CampaignEvent, state: CampaignState): BilingualText {
  if (event.type === 'unit.teamFormed' || event.type === 'unit.planSubmitted')
    return msg(`单位 ${event.unitId} 尚未登记`, `unit ${event.unitId} is not registered`);
  const where = stateLabel(state);
  return msg(
    `当前阶段（${where['zh-CN']}）不能${EVENT_TYPE_LABELS[event.type]['zh-CN']}`,
    `${event.type} is not accepted in ${where.en.toLowerCase()}`,
  );
}
