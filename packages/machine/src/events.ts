import {
  ArchiveDocumentSchema,
  DateSchema,
  DateTimeSchema,
  IdSchema,
  MeetingKindSchema,
  ObservationSchema,
  RectificationAreaSchema,
  ScopeSchema,
  StandardCodeSchema,
  SurveyResponseSchema,
  TextSchema,
  WorkingGroupKindSchema,
} from '@chuangwen/model';
import { ComplianceClassSchema } from '@chuangwen/rules';
import { z } from 'zod';
import type { EvidenceEvent, FactEvent, PhaseEvent, RectificationEvent } from './event-types.js';

export type { EvidenceEvent, FactEvent, PhaseEvent, RectificationEvent };

import { ActorSchema } from './roles.js';

/** A field with its meaning in English and Chinese, as the event catalogue and the JSON Schema show it. */
const f = <S extends z.ZodType>(schema: S, en: string, zh: string): S =>
  schema.meta({ description: `${en} / ${zh}` });

const base = {
  at: f(DateTimeSchema, 'When it happened, as the sender says, with its UTC offset', '发生时间（带时区）'),
  actor: f(
    ActorSchema,
    'Who sent it: a person, their role, the unit they act for, where they are assigned',
    '发送人：人员、角色、所代表单位、分派范围',
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
  event('board.updated', {
    standards: f(
      z.record(StandardCodeSchema, ComplianceClassSchema),
      'The class of each standard now, by code (from the board)',
      '各测评标准当前的达标类别（来自达标看板）',
    ),
  }),
  event('cadence.updated', {
    missedMonths: f(
      z.array(Month).max(600),
      'Months (YYYY-MM) with a missed supervision obligation not yet caught up',
      '督查频次未达标且尚未补开的月份',
    ),
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

/** Requests to move the campaign on: advance when ready, force past blockers by decision, start the next cycle. */
export const PhaseEventSchema = z.discriminatedUnion('type', [
  event('phase.advance', {}),
  event('phase.force', {
    reason: f(TextSchema, 'Why the leading group moves on past the blockers', '强制推进的理由'),
  }),
  event('cycle.start', {}),
]);

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
  }).refine((e) => e.standardRef !== undefined || e.area !== undefined, {
    error: 'chuangwen:missing_standard_or_area',
    path: ['area'],
  }),
  event('rectification.assigned', {
    ...rid,
    leadUnitId: f(IdSchema, 'The lead unit that fixes it', '牵头单位'),
    supportingUnitIds: f(z.array(IdSchema).max(50).default([]), 'Supporting units', '配合单位'),
    guarantorUnitIds: f(z.array(IdSchema).max(50).default([]), 'Guarantor units', '包保单位'),
    responsibleLeaderId: f(IdSchema.optional(), 'The leader answerable for it', '责任领导'),
    deadline: f(DateSchema, 'The day it must be fixed by', '整改期限'),
    requirement: f(TextSchema.optional(), 'The measure demanded', '整改要求'),
  }),
  event('rectification.started', rid),
  event('rectification.submitted', {
    ...rid,
    evidence: f(z.array(IdSchema).min(1).max(200), 'The documents that show it fixed', '整改佐证材料'),
    note: f(TextSchema.optional(), 'A note from the rectifier', '整改说明'),
  }),
  event('rectification.closed', rid),
  event('rectification.returned', {
    ...rid,
    reason: f(TextSchema, 'Why it goes back for redoing', '退回理由'),
  }),
  event('rectification.escalated', {
    ...rid,
    to: f(TextSchema, 'Who it goes to, beyond the campaign', '上报去向'),
  }),
  event('rectification.relapsed', {
    ...rid,
    observationId: f(IdSchema.optional(), 'The observation that found it again', '发现回潮的测评记录'),
  }),
]);

/**
 * Evidence (测评记录, 佐证材料, 问卷): recorded, corrected by a new record that supersedes one, withdrawn with a reason;
 * nothing is ever overwritten or deleted. Each goes to the campaign's evidence stream.
 */
export const EvidenceEventSchema = z.discriminatedUnion('type', [
  event('observation.recorded', {
    observation: f(ObservationSchema, 'The observation, as the model defines it', '测评记录'),
  }),
  event('observation.corrected', {
    observation: f(
      ObservationSchema,
      'The new record, at the same standard and place',
      '更正后的新记录（同一标准、同一点位）',
    ),
    supersedes: f(IdSchema, 'The record it corrects', '被更正的记录'),
    reason: f(TextSchema, 'Why', '更正理由'),
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

/** Every event a campaign accepts from outside, of all four groups. */
export const CampaignEventSchema = z.discriminatedUnion('type', [
  ...FactEventSchema.options,
  ...PhaseEventSchema.options,
  ...RectificationEventSchema.options,
  ...EvidenceEventSchema.options,
]);
/**
 * An event a campaign accepts: one of the named event interfaces (`RectificationAssignedEvent`, …), each with its own
 * fields. The event catalogue (docs/events.md, 事件目录 docs/events.zh-CN.md) says who may send each, where it applies
 * and what it clears; in code, narrow on `type` and the editor shows that event's fields.
 */
export type CampaignEvent = FactEvent | PhaseEvent | RectificationEvent | EvidenceEvent;
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
