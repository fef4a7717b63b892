import { ObservationSchema, type Rectification } from '@chuangwen/model';
import { contributionOf, type LedgerContribution } from '@chuangwen/rules';
import { z } from 'zod';
import type { AuditEntry, EntryRef, StreamId } from './audit.js';
import { CampaignMachineInputSchema } from './campaign-context.js';
import { initialCampaign, machineFor, stepCampaign } from './campaign-step.js';
import type { CampaignConfig } from './config.js';
import { type EchoEvent, EchoEventSchema } from './echoes.js';
import { CampaignEventSchema, type EvidenceEvent, groupOf, type RectificationEvent } from './events.js';
import { archiveEcho, checkEvidence, checkReport, evidenceChangeOf } from './evidence.js';
import { canonicalJson } from './hashing.js';
import { MemoryEvidence } from './memory-evidence.js';
import { type PersistedCampaign, restoreCampaign, restoreRectification } from './persistence.js';
import { authorize, type RolePolicy } from './policy.js';
import { stepRectification } from './rectification-step.js';
import type { AuditProblem } from './verify-chain.js';

const ImportedEvidenceSchema = z.strictObject({
  type: z.literal('evidence.imported'),
  observations: z.array(ObservationSchema),
});

/** How to replay: the policy and configuration the events were judged under. */
export interface ReplayOptions {
  policy: RolePolicy;
  config?: CampaignConfig | undefined;
  /** The campaign the record is said to be: its creation entry must name it. */
  campaignId?: string | undefined;
}

/** The `type` of an entry's event, read without trusting the entry's shape. */
const typeOf = (entry: AuditEntry): unknown => {
  const event = entry.event;
  return event !== null && typeof event === 'object' ? (event as { type?: unknown }).type : undefined;
};

/** Runs a replay, turning anything unexpected in a damaged record into a reported problem rather than a throw. */
function guarded<T>(stream: StreamId, problems: AuditProblem[], run: () => T, fallback: T): T {
  try {
    return run();
  } catch {
    problems.push(
      problem(stream, 0, 'replay', '记录流已损坏，无法重放', 'the stream is damaged and cannot be replayed'),
    );
    return fallback;
  }
}

/** An echo a stream's entry implies, keyed by the entry it answers to. */
export type ExpectedEchoes = Map<string, EchoEvent>;
/** The key of an entry reference in {@link ExpectedEchoes}. */
const refKey = (ref: EntryRef) => `${ref.stream}#${ref.seq}#${ref.hash}`;

const problem = (
  stream: StreamId,
  seq: number,
  kind: AuditProblem['kind'],
  zh: string,
  en: string,
): AuditProblem => ({
  stream,
  seq,
  kind,
  message: { 'zh-CN': zh, en },
});

/** Replays a rectification stream: every applied entry re-judged by the policy and the machine. */
export function replayRectification(
  stream: StreamId,
  entries: readonly AuditEntry[],
  options: ReplayOptions,
  echoes: ExpectedEchoes,
): { record: Rectification | undefined; problems: AuditProblem[] } {
  const problems: AuditProblem[] = [];
  let record: Rectification | undefined;
  guarded(
    stream,
    problems,
    () => {
      for (const entry of entries) {
        if (entry.outcome !== 'applied') continue;
        const imported = typeOf(entry) === 'rectification.imported';
        if (imported && entry.seq === 0) {
          const r = restoreRectification((entry.event as { record: unknown }).record);
          if (r.ok) record = r.value;
          else
            problems.push(
              problem(stream, entry.seq, 'replay', '迁移记录无效', 'the imported record is invalid'),
            );
          continue;
        }
        const parsed = CampaignEventSchema.safeParse(entry.event);
        if (!parsed.success || groupOf(parsed.data.type) !== 'rectification') {
          problems.push(
            problem(
              stream,
              entry.seq,
              'replay',
              `第 ${entry.seq} 条不是整改事件`,
              `entry ${entry.seq} is not a rectification event`,
            ),
          );
          continue;
        }
        const event = parsed.data as RectificationEvent;
        if (authorize(options.policy, event, { rectification: record, config: options.config }))
          problems.push(
            problem(
              stream,
              entry.seq,
              'policy',
              `第 ${entry.seq} 条按角色权限本应被拒绝`,
              `entry ${entry.seq} was applied though the policy refuses it`,
            ),
          );
        const before = record ? contributionOf(record) : null;
        if (event.type === 'rectification.reported' && checkReport(event, options.config ?? {}).length > 0) {
          problems.push(
            problem(
              stream,
              entry.seq,
              'replay',
              `第 ${entry.seq} 条上报了不存在的标准或点位`,
              `entry ${entry.seq} reports an unknown standard or place`,
            ),
          );
          continue;
        }
        const step = stepRectification(record, event);
        if (!step.accepted) {
          problems.push(
            problem(
              stream,
              entry.seq,
              'replay',
              `第 ${entry.seq} 条在当时的状态下不可能发生`,
              `entry ${entry.seq} is not possible in the state it found`,
            ),
          );
          continue;
        }
        record = step.record;
        echoes.set(refKey({ stream, seq: entry.seq, hash: entry.hash }), {
          type: 'ledger.changed',
          at: event.at,
          actor: event.actor,
          rectificationId: event.rectificationId,
          trigger: event.type,
          before: before as LedgerContribution | null,
          after: contributionOf(record),
        });
      }
    },
    undefined,
  );
  return { record, problems };
}

/** Replays the evidence stream into a fresh index: every applied entry re-judged by the policy and the checks. */
export function replayEvidence(
  entries: readonly AuditEntry[],
  options: ReplayOptions,
  echoes: ExpectedEchoes,
): { index: MemoryEvidence; problems: AuditProblem[] } {
  const index = new MemoryEvidence();
  const problems: AuditProblem[] = [];
  guarded(
    'evidence',
    problems,
    () => {
      for (const entry of entries) {
        if (entry.outcome !== 'applied') continue;
        if (entry.seq === 0 && typeOf(entry) === 'evidence.imported') {
          const imported = ImportedEvidenceSchema.safeParse(entry.event);
          if (!imported.success)
            problems.push(
              problem('evidence', 0, 'replay', '导入的测评记录无效', 'the imported observations are invalid'),
            );
          else
            for (const observation of imported.data.observations)
              index.apply({ kind: 'observationRecorded', observation });
          continue;
        }
        const parsed = CampaignEventSchema.safeParse(entry.event);
        if (!parsed.success || groupOf(parsed.data.type) !== 'evidence') {
          problems.push(
            problem(
              'evidence',
              entry.seq,
              'replay',
              `第 ${entry.seq} 条不是测评记录事件`,
              `entry ${entry.seq} is not an evidence event`,
            ),
          );
          continue;
        }
        const event = parsed.data as EvidenceEvent;
        if (authorize(options.policy, event, { config: options.config, evidence: index }))
          problems.push(
            problem(
              'evidence',
              entry.seq,
              'policy',
              `第 ${entry.seq} 条按角色权限本应被拒绝`,
              `entry ${entry.seq} was applied though the policy refuses it`,
            ),
          );
        if (checkEvidence(event, index, options.config ?? {}).length > 0) {
          problems.push(
            problem(
              'evidence',
              entry.seq,
              'replay',
              `第 ${entry.seq} 条在当时不可能被接受`,
              `entry ${entry.seq} could not have been accepted`,
            ),
          );
          continue;
        }
        const echo = archiveEcho(event, index);
        if (echo) echoes.set(refKey({ stream: 'evidence', seq: entry.seq, hash: entry.hash }), echo);
        index.apply(evidenceChangeOf(event));
      }
    },
    undefined,
  );
  return { index, problems };
}

/**
 * Replays the campaign stream from its creation: every applied entry re-judged by the policy and the machine, and
 * every echo checked against the entry it answers to (and every entry that implies one must have it).
 */
export function replayCampaign(
  entries: readonly AuditEntry[],
  options: ReplayOptions,
  echoes: ExpectedEchoes,
): { campaign: PersistedCampaign | undefined; problems: AuditProblem[] } {
  const problems: AuditProblem[] = [];
  const machine = machineFor(options.config);
  const head = entries[0];
  const first = (head && typeof head.event === 'object' && head.event !== null ? head.event : {}) as {
    type?: unknown;
    input?: unknown;
    snapshot?: unknown;
  };
  let campaign: PersistedCampaign | undefined;
  if (first.type === 'campaign.created') {
    const input = CampaignMachineInputSchema.safeParse(first.input);
    if (input.success) campaign = initialCampaign(machine, input.data).campaign;
  } else if (first.type === 'campaign.imported') {
    // The snapshot an import holds is of the format of its day: brought to this one as a stored snapshot would be.
    const imported = restoreCampaign(first.snapshot);
    if (imported.ok && imported.value.rectifications.length === 0) campaign = imported.value.campaign;
  }
  if (
    campaign &&
    options.campaignId !== undefined &&
    campaign.snapshot.context.campaignId !== options.campaignId
  ) {
    problems.push(
      problem(
        'campaign',
        0,
        'replay',
        '活动流属于另一项创建工作',
        'the campaign stream belongs to another campaign',
      ),
    );
    return { campaign: undefined, problems };
  }
  if (!campaign) {
    problems.push(
      problem(
        'campaign',
        0,
        'replay',
        '活动流的第一条不是创建记录',
        'the campaign stream does not start with its creation',
      ),
    );
    return { campaign, problems };
  }
  const seen = new Set<string>();
  const replayed = campaign;
  campaign = guarded(
    'campaign',
    problems,
    () => {
      let campaign = replayed;
      for (const entry of entries.slice(1)) {
        if (entry.outcome !== 'applied') continue;
        if (entry.cause) {
          const key = refKey(entry.cause);
          const expected = echoes.get(key);
          const echo = EchoEventSchema.safeParse(entry.event);
          if (!echo.success || !expected || canonicalJson(echo.data) !== canonicalJson(expected)) {
            problems.push(
              problem(
                'campaign',
                entry.seq,
                'cause',
                `第 ${entry.seq} 条与其来源记录不符`,
                `entry ${entry.seq} does not match the entry it answers to`,
              ),
            );
            if (!echo.success) continue;
          }
          seen.add(key);
          campaign = stepCampaign(machine, campaign, echo.data).campaign;
          continue;
        }
        const parsed = CampaignEventSchema.safeParse(entry.event);
        if (
          !parsed.success ||
          groupOf(parsed.data.type) === 'rectification' ||
          groupOf(parsed.data.type) === 'evidence'
        ) {
          problems.push(
            problem(
              'campaign',
              entry.seq,
              'replay',
              `第 ${entry.seq} 条不是活动事件`,
              `entry ${entry.seq} is not a campaign event`,
            ),
          );
          continue;
        }
        if (authorize(options.policy, parsed.data, { config: options.config }))
          problems.push(
            problem(
              'campaign',
              entry.seq,
              'policy',
              `第 ${entry.seq} 条按角色权限本应被拒绝`,
              `entry ${entry.seq} was applied though the policy refuses it`,
            ),
          );
        const step = stepCampaign(machine, campaign, parsed.data as Parameters<typeof stepCampaign>[2]);
        if (!step.accepted)
          problems.push(
            problem(
              'campaign',
              entry.seq,
              'replay',
              `第 ${entry.seq} 条在当时的阶段不可能发生`,
              `entry ${entry.seq} is not possible in the phase it found`,
            ),
          );
        campaign = step.campaign;
      }
      return campaign;
    },
    undefined,
  );
  for (const key of echoes.keys())
    if (!seen.has(key)) {
      const [stream, seq] = key.split('#');
      problems.push(
        problem(
          stream as StreamId,
          Number(seq),
          'cause',
          `第 ${seq} 条在活动流中没有对应记录`,
          `entry ${seq} has no answering entry on the campaign stream`,
        ),
      );
    }
  return { campaign, problems };
}
