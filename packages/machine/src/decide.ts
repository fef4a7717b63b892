import { type BilingualText, formatPath, type ValidationIssue } from '@chuangwen/model';
import { toValidationIssues } from '@chuangwen/model/internal';
import { contributionOf } from '@chuangwen/rules/internal';
import { rectificationStream, type StreamId } from './audit.js';
import { machineFor, stepCampaign } from './campaign-step.js';
import { checkEvidenceProvenance, checkRectificationProvenance } from './cited-provenance.js';
import { changeConfiguration } from './configuration-changes.js';
import { checkFact, unitsChange } from './decide-facts.js';
import { derivedFacts } from './derived.js';
import type { EchoEvent } from './echoes.js';
import {
  type CampaignEvent,
  type CampaignEventInput,
  CampaignEventSchema,
  eventIssueMessages,
  isOfGroup,
} from './events.js';
import { archiveEcho, checkCited, checkEvidence, checkReport, evidenceChangeOf } from './evidence.js';
import { canonicalJson } from './hashing.js';
import { keptEvent } from './kept.js';
import { say } from './messages.js';
import { authorize } from './policy.js';
import type { Changes, Decision, RecordState, RejectionCode } from './record-state.js';
import { checkMerge, checkOrigin, deadlineOf } from './rectification-checks.js';
import { stepRectification } from './rectification-step.js';
import { campaignRefusal, rectificationRefusal } from './refusals.js';
import { type Actor, ActorSchema } from './roles.js';
import { routeOf } from './routing.js';
import { checkTime } from './timing.js';
import {
  CONFIGURATION_INPUT_LIMITS,
  DEFAULT_INPUT_LIMITS,
  envelopeOf,
  type InputLimits,
  malformedRecord,
  readUntrusted,
} from './untrusted.js';

/** What the decider needs beside the event and the record: when the host received it, and the input limits. */
export interface DecideOptions {
  /** When the host received the event, recorded beside the sender's `at`; an event dated later than this is refused. */
  receivedAt?: string | undefined;
  /** Bounds on what the event may hold; by default generous for any real event, larger for configuration. */
  limits?: InputLimits | undefined;
}

/** A reason stays short whatever the input: cut by characters, not UTF-16 units, so no half of a character is stored. */
const bounded = (text: string) => {
  const chars = Array.from(text.slice(0, 1200));
  return chars.length > 400 ? `${chars.slice(0, 399).join('')}…` : text;
};
const boundedText = (text: BilingualText): BilingualText => ({
  'zh-CN': bounded(text['zh-CN']),
  en: bounded(text.en),
});

/** The first problem of a list, as a reason: what is wrong, where, and how many more there are. */
function reasonOf(what: BilingualText, issues: readonly ValidationIssue[]): BilingualText {
  return boundedText(say('reason', { what, first: issues[0]!.message, count: issues.length }));
}

/** The `type` of an input, read once and alone, to choose the limits the whole input is read within. */
function peekType(input: unknown): { type?: unknown } {
  try {
    const type = (input as { type?: unknown } | null)?.type;
    return typeof type === 'string' && type.length <= 100 ? { type } : {};
  } catch {
    return {};
  }
}

/**
 * The sender as a refused entry keeps them: whole when small; else who they are, their role and unit, without the
 * assignment list (the kept event's digest covers it), so a refusal never grows the audit by what its sender claims.
 */
function keptActor(actor: Actor): Actor {
  const size = (actor.assignment?.siteIds.length ?? 0) + (actor.assignment?.unitIds.length ?? 0);
  if (size <= 50) return actor;
  const { assignment: _listed, ...who } = actor;
  return who;
}

const readable = (at: unknown) => typeof at === 'string' && at.length <= 40 && !Number.isNaN(Date.parse(at));

/**
 * Judges one event from outside against a campaign's record: reads it within limits, validates it, checks the sender's
 * role, roster and scope against the record's own configuration and role policy, checks its time against its stream
 * and its receipt, checks what it cites, works out a deadline on the record's calendar, and runs the event's machine
 * as a pure transition. Returns the entry to chain
 * (an applied event whole; a refused one whole when small, else a digest and an excerpt) and what it changes. Dispatch
 * and replay both call this, so what was accepted once is accepted again on replay. Never throws on anything an event
 * can hold.
 */
export function decide(event: CampaignEventInput, state: RecordState, options?: DecideOptions): Decision;
/** An event from outside, unread: a request body, a queue message. */
export function decide(input: unknown, state: RecordState, options?: DecideOptions): Decision;
export function decide(input: unknown, state: RecordState, options: DecideOptions = {}): Decision {
  const config = state.configuration;
  const stateNow = state.campaign.snapshot.value;
  const receivedAt = readable(options.receivedAt) ? options.receivedAt : undefined;
  const received = receivedAt === undefined ? {} : { receivedAt };
  // Read once, then route and judge that plain copy: a getter on the caller's object is never read twice. Configuration
  // events carry whole unit and site lists, so they are read within larger limits; anything else within the usual ones.
  const peek = routeOf(peekType(input));
  const wide = options.limits === undefined && peek.group === 'configuration';
  let read = readUntrusted(
    input,
    options.limits ?? (wide ? CONFIGURATION_INPUT_LIMITS : DEFAULT_INPUT_LIMITS),
  );
  if (read.ok && wide && routeOf(read.value).group !== 'configuration')
    read = readUntrusted(read.value, DEFAULT_INPUT_LIMITS);
  const route = routeOf(read.ok ? read.value : undefined);
  // A refused event of a rectification that does not exist is kept on the campaign stream: refusals never open streams.
  const homeOf = (stream: StreamId): StreamId =>
    stream.startsWith('rectification/') && !state.rectification(stream.slice(14)) ? 'campaign' : stream;

  const reject = (
    stream: StreamId,
    code: RejectionCode,
    reason: BilingualText,
    draft: { at: string; actor: Actor | null; event: unknown },
    issues?: ValidationIssue[],
  ): Decision => ({
    stream: homeOf(stream),
    draft: { ...draft, ...received, outcome: 'rejected', code, reason },
    accepted: false,
    rejection: { code, reason, ...(issues ? { issues } : {}) },
    changes: {},
    state: stateNow,
    effects: [],
  });

  if (!read.ok) {
    const envelope = envelopeOf(input);
    const actor = ActorSchema.safeParse(envelope.actor);
    return reject('campaign', 'malformed', read.reason, {
      at: readable(envelope.at) ? (envelope.at as string) : 'unknown',
      actor: actor.success ? keptActor(actor.data) : null,
      event: { malformed: read.record },
    });
  }
  const raw = read.value as Record<string, unknown> | null;
  const parsed = CampaignEventSchema.safeParse(raw, { reportInput: true });
  if (!parsed.success) {
    const issues = toValidationIssues(parsed.error, eventIssueMessages(), {
      schema: CampaignEventSchema,
      input: raw,
    }).slice(0, 50);
    const actor = ActorSchema.safeParse(raw?.actor);
    const first = issues[0]!;
    const where = issues
      .slice(0, 10)
      .map((i) => formatPath(i.path))
      .join(', ');
    const reason = boundedText(
      say('malformedEvent', {
        count: issues.length,
        path: formatPath(first.path),
        first: first.message,
        where,
      }),
    );
    // Kept as a digest, a bounded excerpt and its first issues, never whole.
    const kept = {
      malformed: malformedRecord(raw, 0, canonicalJson(raw)),
      issues: issues.slice(0, 10).map((i) => ({ pointer: i.pointer, code: i.code })),
    };
    return reject(
      route.stream,
      'malformed',
      reason,
      {
        at: readable(raw?.at) ? (raw!.at as string) : 'unknown',
        actor: actor.success ? keptActor(actor.data) : null,
        event: kept,
      },
      issues,
    );
  }
  const event: CampaignEvent = parsed.data;
  const home: StreamId = isOfGroup(event, 'rectification')
    ? rectificationStream(event.rectificationId)
    : isOfGroup(event, 'evidence')
      ? 'evidence'
      : 'campaign';
  const draft = { at: event.at, actor: event.actor, event };
  const refuse = (code: RejectionCode, reason: BilingualText, issues?: ValidationIssue[]) =>
    reject(home, code, reason, { ...draft, actor: keptActor(event.actor), event: keptEvent(event) }, issues);
  const invalid = (issues: ValidationIssue[]) =>
    refuse('invalid', reasonOf(say('eventInvalid', { type: event.type }), issues), issues);

  // Photos that fail the provenance checks: the event is refused, and the reason says who may accept them anyway.
  const unproven = (issues: ValidationIssue[]) =>
    refuse(
      'invalid',
      reasonOf(say('photosUnproven', { allowed: config.policy.provenanceOverride }), issues),
      issues,
    );

  const rectification = isOfGroup(event, 'rectification')
    ? state.rectification(event.rectificationId)
    : undefined;
  const denied = authorize(config.policy, event, { rectification, config, evidence: state.evidence });
  if (denied) return refuse('unauthorized', denied);
  const late = checkTime(event, state.head(home), receivedAt, config.skewMs, config.rulesVersion);
  if (late.length > 0) return invalid(late);

  const applied = (changes: Changes, more: Partial<Decision> = {}): Decision => ({
    stream: home,
    draft: { ...draft, ...received, outcome: 'applied' },
    accepted: true,
    changes,
    state: changes.campaign?.snapshot.value ?? stateNow,
    effects: [],
    ...more,
  });
  const machine = machineFor(config);

  if (isOfGroup(event, 'rectification')) {
    const e = event;
    const issues =
      e.type === 'rectification.reported'
        ? [...checkReport(e, config), ...checkOrigin(e)]
        : e.type === 'rectification.merged'
          ? checkMerge(e, state.rectification(e.into))
          : rectification && 'evidence' in e && e.evidence
            ? checkCited(e.evidence, rectification, state.evidence, config, {
                ownUnitDocuments: e.type === 'rectification.submitted' && config.rulesVersion >= 2,
              })
            : [];
    if (issues.length > 0) return invalid(issues);
    const provenance = rectification
      ? checkRectificationProvenance(e, rectification, state.evidence, config, receivedAt)
      : [];
    if (provenance.length > 0) return unproven(provenance);
    const deadline = deadlineOf(e, rectification, config.calendar);
    if (!deadline.ok) return invalid(deadline.issues);
    const step = stepRectification(
      rectification,
      deadline.resolved ? { ...e, resolved: deadline.resolved } : e,
    );
    if (!step.accepted) return refuse('not_allowed_now', rectificationRefusal(e, rectification));
    const change: EchoEvent = {
      type: 'ledger.changed',
      at: e.at,
      actor: e.actor,
      rectificationId: e.rectificationId,
      trigger: e.type,
      before: rectification ? contributionOf(rectification) : null,
      after: contributionOf(step.record),
    };
    const ledger = stepCampaign(machine, state.campaign, change);
    const decision = applied(
      { rectification: step.record, campaign: ledger.campaign },
      { effects: [...step.effects, ...ledger.effects] },
    );
    // The deadline the record fixed is kept in the entry itself: replay must work out the same one.
    if (deadline.resolved) decision.draft.timeLimit = deadline.resolved;
    return decision;
  }

  if (isOfGroup(event, 'evidence')) {
    const e = event;
    const issues = checkEvidence(e, state.evidence, config);
    if (issues.length > 0) return invalid(issues);
    const provenance = checkEvidenceProvenance(e, state.evidence, config, receivedAt);
    if (provenance.length > 0) return unproven(provenance);
    const archive = archiveEcho(e, state.evidence);
    const changes: Changes = { evidence: evidenceChangeOf(e) };
    if (archive) changes.campaign = stepCampaign(machine, state.campaign, archive).campaign;
    return applied(changes);
  }

  if (isOfGroup(event, 'configuration')) {
    const changed = changeConfiguration(config.value, event);
    if (!changed.ok) return invalid(changed.issues);
    const units = unitsChange(state.campaign, config.value, changed.value, event);
    const changes: Changes = { configuration: changed.value };
    if (units) changes.campaign = stepCampaign(machine, state.campaign, units).campaign;
    return applied(changes);
  }

  const issues = isOfGroup(event, 'fact') ? checkFact(event, state.campaign, config) : [];
  if (issues.length > 0) return invalid(issues);
  const machineEvent = isOfGroup(event, 'phase')
    ? { ...event, derived: derivedFacts(state.campaign.snapshot.context, config, state.board, event.at) }
    : event;
  const step = stepCampaign(machine, state.campaign, machineEvent);
  if (!step.accepted) return refuse('not_allowed_now', campaignRefusal(event, stateNow));
  const refused =
    event.type === 'phase.advance' && step.state === stateNow
      ? step.campaign.snapshot.context.lastRefusal?.blockers
      : undefined;
  return {
    ...applied({ campaign: step.campaign }, { effects: step.effects }),
    draft: {
      ...draft,
      ...received,
      outcome: 'applied',
      ...(refused ? { blockers: refused.map((b) => b.code) } : {}),
    },
    accepted: refused === undefined,
    ...(refused ? { refused } : {}),
    state: step.state,
  };
}
