import {
  ArchiveDocumentSchema,
  CategoryRefSchema,
  type CustomIssueMessages,
  DateSchema,
  DateTimeSchema,
  DeadlineRuleSchema,
  ExternalNumberSchema,
  IdSchema,
  MeetingKindSchema,
  NameSchema,
  ObservationSchema,
  ProblemChannelSchema,
  RectificationAreaSchema,
  SatisfactionSchema,
  ScopeSchema,
  SiteSchema,
  StandardCodeSchema,
  SurveyResponseSchema,
  TextSchema,
  UnitSchema,
  WorkingCalendarSchema,
  WorkingGroupKindSchema,
} from '@chuangwen/model';
import { ComplianceClassSchema } from '@chuangwen/rules';
import { z } from 'zod';
import type {
  ConfigurationEvent,
  EvidenceEvent,
  FactEvent,
  PhaseEvent,
  RectificationEvent,
} from './event-types.js';

export type { ConfigurationEvent, EvidenceEvent, FactEvent, PhaseEvent, RectificationEvent };

import {
  ConfigurationSchema,
  RecordedFrameworkSchema,
  RosterEntrySchema,
  SettingsSchema,
} from './configuration.js';
import { say } from './messages.js';
import { ActorSchema } from './roles.js';

/** A field with its meaning in English and Chinese, as the event catalogue and the JSON Schema show it. */
const f = <S extends z.ZodType>(schema: S, en: string, zh: string): S =>
  schema.meta({ description: `${en} / ${zh}` });

const base = {
  at: f(
    DateTimeSchema,
    'When it happened, as the sender says, with its UTC offset: not before the last event of its stream, not after its receipt (beyond the clock skew allowed)',
    '发生时间（带时区）：不早于所在记录流的上一事件，不晚于接收时间（允许的时钟误差除外）',
  ),
  actor: f(
    ActorSchema,
    'Who sent it: a person, their role, the unit they act for, where they are assigned',
    '发送人：人员、角色、所代表单位、分派范围',
  ),
  backfill: f(
    z.strictObject({ reason: TextSchema }).optional(),
    'Entered later from a paper record, dated when it happened: only the roles the policy allows, with a reason',
    '补录纸质记录（按实际发生时间）：仅限角色权限允许的角色，须说明理由',
  ),
};
/** Evidence accepted though it fails the provenance checks: by the roles the policy allows, with the reason. */
const override = {
  provenanceOverride: f(
    z.strictObject({ reason: TextSchema }).optional(),
    'Accepts cited photos that fail the provenance checks (place, time, camera), with the reason: only the roles the policy allows',
    '采信未通过来源核验（地点、时间、现场拍摄）的照片并说明理由：仅限角色权限允许的角色',
  ),
};
const event = <T extends string, S extends z.ZodRawShape>(type: T, shape: S) =>
  z.strictObject({ type: z.literal(type), ...base, ...shape });
const rid = { rectificationId: f(IdSchema, 'The problem (rectification) it concerns', '整改编号') };
const unit = (en: string, zh: string) => ({ unitId: f(IdSchema, en, zh) });
const Month = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/);

/** Facts the campaign records as they happen: organisation, plans, units, meetings, the board, results. */
export const FactEventSchema = z.discriminatedUnion('type', [
  event('organisation.leadingGroupFormed', {}),
  event('organisation.officeFormed', {}),
  event('organisation.workingGroupStaffed', {
    group: f(WorkingGroupKindSchema, 'The working group now staffed', '已配齐人员的工作小组'),
  }),
  event('meeting.recorded', {
    kind: f(MeetingKindSchema, 'Which meeting or supervision activity', '会议或督查活动类型'),
    meetingId: f(IdSchema, 'The meeting record', '会议编号'),
    date: f(DateSchema, 'The day it was held', '召开日期'),
    makeUpFor: f(
      Month.optional(),
      'The month (YYYY-MM) a make-up session counts for',
      '补开会议所补的月份（YYYY-MM）',
    ),
  }),
  event('plan.issued', {
    plan: f(
      z.enum(['implementation', 'work']),
      'Which plan: the implementation plan or the work plan',
      '方案类型：实施方案或工作方案',
    ),
  }),
  event('unit.registered', {
    ...unit('The unit taking part', '参与单位'),
    role: f(
      z.enum(['lead', 'responsible']),
      'Lead unit (牵头) or responsible unit (责任)',
      '牵头单位或责任单位',
    ),
  }),
  event('unit.teamFormed', unit('The unit that formed its campaign team', '成立创建工作小组的单位')),
  event('unit.planSubmitted', unit('The unit that submitted its own plan', '报送本单位方案的单位')),
  event('publicity.launched', {}),
  event('class.overridden', {
    standardRef: f(
      StandardCodeSchema,
      'The standard whose class is set by decision',
      '由决定认定类别的测评标准',
    ),
    class: f(
      ComplianceClassSchema,
      'The class decided, over the one the evidence gives',
      '认定的类别（取代证据判定的类别）',
    ),
    reason: f(TextSchema, 'Why the evidence is overruled', '不采信证据判定的理由'),
  }),
  event('class.overrideWithdrawn', {
    standardRef: f(StandardCodeSchema, 'The standard given back to its evidence', '恢复按证据判定的测评标准'),
    reason: f(TextSchema, 'Why', '理由'),
  }),
  event('workingGroup.rated', {
    group: f(WorkingGroupKindSchema, 'The working group rated', '已考评的工作小组'),
  }),
  event('windowCheck.recorded', {
    siteId: f(IdSchema.optional(), 'The service window checked', '被暗访的窗口点位'),
    passed: f(z.boolean(), 'Whether it passed', '是否合格'),
  }),
  event('archive.submitted', {}),
  event('result.recorded', {
    passed: f(z.boolean(), 'Whether the assessment was passed', '是否通过'),
    official: f(z.boolean(), 'The official assessment, or a mock one', '是否为正式测评（否则为模拟测评）'),
    score: f(z.number().optional(), 'The score, if published', '得分'),
    on: f(DateSchema, 'The day of the result', '结果日期'),
  }),
  event('selfEvaluation.done', {}),
  event('unit.appraised', unit('The unit whose appraisal is done', '已完成考核的单位')),
  event('accountability.decided', { note: f(TextSchema.optional(), 'What was decided', '决定内容') }),
]);

const why = { reason: f(TextSchema, 'Why the configuration changes', '变更理由') };

/**
 * Changes to what the campaign's events are judged by (its configuration): a campaign document imported, a site added
 * or moved to another unit, a unit added or merged into another, a framework edition migrated, the settings or the
 * roster changed. Each is audited like any event; verification replays every later event under the configuration then
 * in force.
 */
export const ConfigurationEventSchema = z.discriminatedUnion('type', [
  event('configuration.imported', {
    configuration: f(
      z.lazy(() => ConfigurationSchema),
      'The whole configuration, from a campaign document',
      '完整配置（来自创建工作文件）',
    ),
    ...why,
  }),
  event('site.added', { site: f(SiteSchema, 'The new site', '新增点位'), ...why }),
  event('site.moved', {
    siteId: f(IdSchema, 'The site', '点位'),
    responsibleUnitId: f(IdSchema, 'The unit now responsible for it', '新的责任单位'),
    ...why,
  }),
  event('unit.added', { unit: f(UnitSchema, 'The new unit', '新增单位'), ...why }),
  event('unit.merged', {
    unitId: f(IdSchema, 'The unit merged away', '被合并的单位'),
    into: f(IdSchema, 'The unit that takes over its sites, tasks and people', '承接其点位、任务和人员的单位'),
    ...why,
  }),
  event('framework.migrated', {
    framework: f(
      z.lazy(() => RecordedFrameworkSchema),
      'The edition now assessed against, whole, with its content hash and role',
      '改用的测评体系版本（完整内容、内容哈希和用途）',
    ),
    ...why,
  }),
  event('settings.changed', {
    settings: f(
      z.lazy(() => SettingsSchema),
      'The settings now in force, whole: thresholds, policies, inventory, clock skew',
      '生效的全部设置：阈值、判定与角色规则、档案清单、时钟误差',
    ),
    ...why,
  }),
  event('roster.changed', {
    roster: f(
      z.array(z.lazy(() => RosterEntrySchema)).max(50_000),
      'The people whose roles the campaign defines, whole',
      '本次创建工作确定角色的全部人员',
    ),
    ...why,
  }),
  event('calendar.changed', {
    calendar: f(
      WorkingCalendarSchema,
      'The working-day calendar now in force, whole: the national schedule, provincial and local days, office hours; deadlines already set keep the day they were given',
      '生效的完整工作日日历：国家放假安排、省级和本单位的安排、办公时间；已确定的期限保持不变',
    ),
    ...why,
  }),
]);

/** Requests to move the campaign on: advance when ready, force past blockers by decision, start the next cycle. */
export const PhaseEventSchema = z.discriminatedUnion('type', [
  event('phase.advance', {}),
  event('phase.force', {
    reason: f(TextSchema, 'Why the leading group moves on past the blockers', '强制推进的理由'),
  }),
  event('cycle.start', {}),
]);

/** What a hand-over (交办) and a re-dispatch (改派) name: the units, the leader, the deadline and the measure demanded. */
const handOver = {
  ...rid,
  leadUnitId: f(IdSchema, 'The lead unit that fixes it', '牵头单位'),
  coLeadUnitIds: f(
    z.array(IdSchema).max(50).default([]),
    'Co-lead units, answerable as the lead is (a notice naming two units 负责)',
    '共同牵头单位：与牵头单位同样负责（通报写“某某、某某负责”）',
  ),
  supportingUnitIds: f(z.array(IdSchema).max(50).default([]), 'Supporting units', '配合单位'),
  guarantorUnitIds: f(z.array(IdSchema).max(50).default([]), 'Guarantor units', '包保单位'),
  responsibleLeaderId: f(IdSchema.optional(), 'The leader answerable for it', '责任领导'),
  deadline: f(
    DateSchema.optional(),
    'The day it must be fixed by, when the notice writes a date; else give timeLimit',
    '整改期限（通知写明日期时）；否则填写 timeLimit',
  ),
  timeLimit: f(
    DeadlineRuleSchema.optional(),
    "The time limit as the notice writes it (限期3个工作日): the record works out the day on its calendar from the hand-over and keeps the rule, the day and the calendar's fingerprint",
    '通知所写的时限（如限期 3 个工作日）：按记录中的工作日日历自交办时起算，保存规则、截止日期和日历指纹',
  ),
  requirement: f(TextSchema.optional(), 'The measure demanded', '整改要求'),
};
/** A hand-over names its deadline once: as a date, or as a time limit. */
const oneDeadline = (e: { deadline?: string | undefined; timeLimit?: unknown }) =>
  (e.deadline === undefined) !== (e.timeLimit === undefined);

/** Events of the rectification lifecycle (整改台账); each goes to the stream of the rectification it names. */
export const RectificationEventSchema = z.discriminatedUnion('type', [
  event('rectification.reported', {
    ...rid,
    standardRef: f(
      StandardCodeSchema.optional(),
      'The standard the problem breaks (or name the area)',
      '违反的测评标准（未注明时须注明领域）',
    ),
    editionId: f(IdSchema.optional(), 'The framework edition of the standard', '测评体系版本'),
    area: f(
      RectificationAreaSchema.optional(),
      'The special-rectification area, when no standard is cited',
      '专项整治领域',
    ),
    scope: f(
      ScopeSchema,
      'Where: a site, a site type, a unit or the whole jurisdiction',
      '范围：点位、点位类型、单位或全辖区',
    ),
    description: f(TextSchema, 'What is wrong', '问题描述'),
    observationId: f(IdSchema.optional(), 'The observation that found it', '发现问题的测评记录'),
    channel: f(
      ProblemChannelSchema.optional(),
      'Where the problem came from: own inspection, assessment, notice, the 12345 hotline, 数字城管, a public report, the media',
      '问题来源：自行巡查、测评发现、督查通报、12345 热线、数字城管、随手拍、媒体曝光',
    ),
    externalNumber: f(
      ExternalNumberSchema.optional(),
      "Its number in the system it came from (ticket, case, document number); a hotline ticket's or a 数字城管 case's problem is named problemIdOf(channel, number), so importing it again finds it",
      '问题在来源系统中的编号（工单编号、案卷号、文号）；热线工单和数字城管案件的整改编号须为 problemIdOf(渠道, 编号)，再次导入时即可识别',
    ),
    category: f(
      CategoryRefSchema.optional(),
      'Its category: a code in a versioned table (GB/T 30428, a hotline table)',
      '问题分类：版本化代码表中的代码（GB/T 30428、热线分类表）',
    ),
    grid: f(NameSchema.optional(), 'The grid cell (网格) it lies in', '问题所在网格'),
  })
    .refine((e) => e.standardRef !== undefined || e.area !== undefined, {
      error: 'chuangwen:missing_standard_or_area',
      path: ['area'],
    })
    .refine((e) => e.externalNumber === undefined || e.channel !== undefined, {
      error: 'chuangwen:external_number_without_channel',
      path: ['channel'],
    }),
  event('rectification.assigned', handOver).refine(oneDeadline, {
    error: 'chuangwen:deadline_or_time_limit',
    path: ['timeLimit'],
  }),
  event('rectification.started', rid),
  event('rectification.submitted', {
    ...rid,
    evidence: f(
      z.array(IdSchema).min(1).max(200),
      'The documents or records that show it fixed: filed, in force, and of the problem’s place or units',
      '证明已整改的佐证材料或测评记录：须已归档、有效，且属于该问题的点位或单位',
    ),
    note: f(TextSchema.optional(), 'A note from the rectifier', '整改说明'),
    ...override,
  }),
  event('rectification.closed', {
    ...rid,
    evidence: f(
      z.array(IdSchema).max(200).optional(),
      'The re-inspection records or documents the review relies on',
      '复核所依据的测评记录或材料',
    ),
    ...override,
  }),
  event('rectification.returned', {
    ...rid,
    reason: f(TextSchema, 'Why it goes back for redoing', '退回理由'),
    evidence: f(
      z.array(IdSchema).max(200).optional(),
      'The re-inspection records or documents the review relies on',
      '复核所依据的测评记录或材料',
    ),
    ...override,
  }),
  event('rectification.escalated', {
    ...rid,
    to: f(TextSchema, 'Who it goes to, beyond the campaign', '上报去向'),
  }),
  event('rectification.relapsed', {
    ...rid,
    observationId: f(IdSchema.optional(), 'The observation that found it again', '发现回潮的测评记录'),
  }),
  event('rectification.sentBack', {
    ...rid,
    reason: f(TextSchema, 'Why it is not the unit’s to fix (退单理由)', '退单理由：为何不属本单位职责'),
  }),
  event('rectification.reassigned', {
    ...handOver,
    reason: f(TextSchema, 'Why it goes to another unit (改派理由)', '改派理由'),
  }).refine(oneDeadline, { error: 'chuangwen:deadline_or_time_limit', path: ['timeLimit'] }),
  event('rectification.extended', {
    ...rid,
    by: f(
      DeadlineRuleSchema.optional(),
      'More time (3 working days more): in the same unit as the time limit it lengthens that limit, else it runs from the deadline in force',
      '延长的时限（如再延长 3 个工作日）：与原时限同一单位时合并计算，否则自原期限届满时起算',
    ),
    until: f(
      DateSchema.optional(),
      'A new last day, instead of more time',
      '新的截止日期（与延长时限二选一）',
    ),
    reason: f(TextSchema, 'Why more time is approved', '延期理由'),
  }).refine((e) => (e.by === undefined) !== (e.until === undefined), {
    error: 'chuangwen:one_extension',
    path: ['by'],
  }),
  event('rectification.parked', {
    ...rid,
    reason: f(
      TextSchema,
      'Why it cannot be solved for now (挂账): funds, planning, another authority',
      '挂账理由：资金、规划、其他部门职权等原因暂时无法解决',
    ),
  }),
  event('rectification.resumed', {
    ...rid,
    reason: f(TextSchema.optional(), 'Why work can go on again', '恢复办理的理由'),
  }),
  event('rectification.merged', {
    ...rid,
    into: f(
      IdSchema,
      'The problem it duplicates, which goes on; this one is closed with a pointer to it (并单)',
      '所重复的问题（继续办理）；本问题并入其中并销号',
    ),
    reason: f(TextSchema.optional(), 'Why they are the same problem', '并单说明'),
  }),
  event('rectification.followedUp', {
    ...rid,
    satisfaction: f(
      SatisfactionSchema,
      'How satisfied the person who reported it is (回访)',
      '回访时报告人的满意程度',
    ),
    note: f(TextSchema.optional(), 'What they said', '回访情况'),
  }),
]);

/**
 * Messages of the custom issues the event schemas raise, in both languages: written when an event fails, so a bundle
 * that only reads the schemas carries no catalogue.
 */
export const eventIssueMessages = (): CustomIssueMessages => ({
  deadline_or_time_limit: say('deadlineOrTimeLimit'),
  external_number_without_channel: say('externalNumberWithoutChannel'),
});

/**
 * Evidence (测评记录, 佐证材料, 问卷): recorded, corrected by a new record that supersedes one, withdrawn with a reason;
 * nothing is ever overwritten or deleted. Each goes to the campaign's evidence stream.
 */
export const EvidenceEventSchema = z.discriminatedUnion('type', [
  event('observation.recorded', {
    observation: f(ObservationSchema, 'The observation, as the model defines it', '测评记录'),
    ...override,
  }),
  event('observation.corrected', {
    observation: f(
      ObservationSchema,
      'The new record, at the same standard and place',
      '更正后的新记录（同一标准、同一点位）',
    ),
    supersedes: f(IdSchema, 'The record it corrects', '被更正的记录'),
    reason: f(TextSchema, 'Why', '更正理由'),
    ...override,
  }),
  event('observation.withdrawn', {
    observationId: f(IdSchema, 'The record withdrawn', '撤回的记录'),
    reason: f(TextSchema, 'Why', '撤回理由'),
  }),
  event('document.filed', {
    document: f(
      ArchiveDocumentSchema,
      'The document, with its digest and where it is kept; unit and community staff name their own unit as its unitId',
      '佐证材料（含摘要和存放地址）；单位和社区工作人员须在 unitId 中注明本单位',
    ),
  }),
  event('document.withdrawn', {
    documentId: f(IdSchema, 'The document withdrawn', '撤回的材料'),
    reason: f(TextSchema, 'Why', '撤回理由'),
  }),
  event('survey.recorded', {
    response: f(SurveyResponseSchema, 'One returned questionnaire', '一份回收的问卷'),
  }),
]);

/** Every event a campaign accepts from outside, of all five groups. */
export const CampaignEventSchema = z.discriminatedUnion('type', [
  ...FactEventSchema.options,
  ...ConfigurationEventSchema.options,
  ...PhaseEventSchema.options,
  ...RectificationEventSchema.options,
  ...EvidenceEventSchema.options,
]);
/**
 * An event a campaign accepts: one of the named event interfaces (`RectificationAssignedEvent`, …), each with its own
 * fields. The event catalogue (docs/events.md, 事件目录 docs/events.zh-CN.md) says who may send each, where it applies
 * and what it clears; in code, narrow on `type` and the editor shows that event's fields.
 */
export type CampaignEvent = FactEvent | ConfigurationEvent | PhaseEvent | RectificationEvent | EvidenceEvent;
/** An event as a caller writes it, with defaulted fields left out. */
export type CampaignEventInput = z.input<typeof CampaignEventSchema>;
/** The type of a campaign event. */
export type CampaignEventType = CampaignEvent['type'];
/**
 * An event of one type as a caller writes it, with defaulted fields left out: `EventInput<'rectification.assigned'>`
 * may leave out `supportingUnitIds`, which `RectificationAssignedEvent` (the event as read) always has.
 */
export type EventInput<T extends CampaignEventType> = Extract<CampaignEventInput, { type: T }>;

const typesOf = <T extends string>(schema: { options: readonly { shape: { type: z.ZodLiteral<T> } }[] }) =>
  schema.options.map((o) => o.shape.type.value) as T[];

/** The event types of each group, from the schemas. */
export const EVENT_GROUPS = {
  fact: typesOf(FactEventSchema),
  configuration: typesOf(ConfigurationEventSchema),
  phase: typesOf(PhaseEventSchema),
  rectification: typesOf(RectificationEventSchema),
  evidence: typesOf(EvidenceEventSchema),
} as const;
/** The group of events a type belongs to. */
export type EventGroup = keyof typeof EVENT_GROUPS;
/** The names of every campaign event type. */
export const CAMPAIGN_EVENT_TYPES = typesOf(CampaignEventSchema) as CampaignEventType[];

const GROUP_OF = new Map<string, EventGroup>(
  (Object.entries(EVENT_GROUPS) as [EventGroup, readonly string[]][]).flatMap(([g, types]) =>
    types.map((t) => [t, g] as const),
  ),
);

/** The group of an event type, or undefined for a type the campaign does not know. */
export function groupOf(type: string): EventGroup | undefined {
  return GROUP_OF.get(type);
}

/** The events of each group. */
interface EventsOfGroup {
  fact: FactEvent;
  configuration: ConfigurationEvent;
  phase: PhaseEvent;
  rectification: RectificationEvent;
  evidence: EvidenceEvent;
}

/** Whether an event is of a group, narrowing it to that group's events. */
export function isOfGroup<G extends EventGroup>(event: CampaignEvent, group: G): event is EventsOfGroup[G] {
  return GROUP_OF.get(event.type) === group;
}
