import { z } from 'zod';
import { CategoryCodeSchema, ExternalNumberSchema } from './channels.js';
import {
  type BilingualText,
  DateSchema,
  DateTimeSchema,
  ExtensionsSchema,
  NameSchema,
  TextSchema,
} from './primitives.js';
import { DeadlineRuleSchema } from './time-limits.js';

/**
 * The steps of a hotline ticket (12345: 受理 → 派单 → 办理 → 回复 → 督办 → 办结 → 回访 → 评价, with 退单, 改派, 延期, 并单,
 * 重办) and of a 数字城管 case (采集 → 立案 → 派遣 → 处置 → 反馈 → 核查 → 结案, with 回退, 延期, 挂账, 作废). Where both
 * systems take the same step under their own words, the step is one, labelled with both (派单（派遣）).
 */
export const TICKET_STATES = [
  'accepted',
  'collected',
  'filed',
  'dispatched',
  'sentBack',
  'redispatched',
  'handling',
  'extended',
  'replied',
  'supervised',
  'verified',
  'completed',
  'followedUp',
  'rated',
  'redone',
  'merged',
  'parked',
  'cancelled',
] as const;
/** A step of a hotline ticket or a 数字城管 case. */
export const TicketStateSchema = z.enum(TICKET_STATES);
/** A step of a hotline ticket or a 数字城管 case. */
export type TicketState = z.infer<typeof TicketStateSchema>;

/** The request types of the hotline (诉求类型): 咨询, 求助, 投诉, 举报, 建议. */
export const HOTLINE_REQUEST_TYPES = ['enquiry', 'help', 'complaint', 'tipOff', 'suggestion'] as const;
/** A hotline request type. */
export const HotlineRequestTypeSchema = z.enum(HOTLINE_REQUEST_TYPES);
/** A hotline request type. */
export type HotlineRequestType = z.infer<typeof HotlineRequestTypeSchema>;

/** How satisfied the person who reported it is (回访, 评价): 满意, 基本满意, 不满意. */
export const SATISFACTION_LEVELS = ['satisfied', 'fairlySatisfied', 'dissatisfied'] as const;
/** How satisfied the person who reported it is. */
export const SatisfactionSchema = z.enum(SATISFACTION_LEVELS);
/** How satisfied the person who reported it is. */
export type Satisfaction = z.infer<typeof SatisfactionSchema>;

/** The two kinds of 数字城管 case (GB/T 30428): a component (部件, a facility) or an event (事件, a behaviour or state). */
export const URBAN_CASE_KINDS = ['component', 'event'] as const;
/** The kind of a 数字城管 case. */
export const UrbanCaseKindSchema = z.enum(URBAN_CASE_KINDS);
/** The kind of a 数字城管 case. */
export type UrbanCaseKind = z.infer<typeof UrbanCaseKindSchema>;

const step = <S extends TicketState, F extends z.ZodRawShape>(state: S, fields: F) =>
  z.strictObject({
    state: z.literal(state),
    at: DateTimeSchema,
    note: TextSchema.optional(),
    ...fields,
  });

/** The unit a step names, as the platform writes it: a name (承办单位) or an id. */
const unit = NameSchema;

const STEPS = {
  accepted: step('accepted', {}),
  collected: step('collected', {}),
  filed: step('filed', {}),
  dispatched: step('dispatched', { unit, timeLimit: DeadlineRuleSchema.optional() }),
  sentBack: step('sentBack', { unit, reason: TextSchema }),
  redispatched: step('redispatched', { unit, timeLimit: DeadlineRuleSchema.optional() }),
  handling: step('handling', { unit: unit.optional() }),
  extended: step('extended', {
    by: DeadlineRuleSchema.optional(),
    until: DateSchema.optional(),
    approvedBy: NameSchema.optional(),
  }),
  replied: step('replied', { unit: unit.optional() }),
  supervised: step('supervised', {}),
  verified: step('verified', { passed: z.boolean() }),
  completed: step('completed', {}),
  followedUp: step('followedUp', { satisfaction: SatisfactionSchema.optional() }),
  rated: step('rated', { satisfaction: SatisfactionSchema }),
  redone: step('redone', { reason: TextSchema.optional() }),
  merged: step('merged', { into: ExternalNumberSchema }),
  parked: step('parked', { reason: TextSchema }),
  cancelled: step('cancelled', { reason: TextSchema.optional() }),
};

/** An extension gives more time (`by`) or a new last day (`until`), one of the two. */
const oneExtension = (s: { state: string; by?: unknown; until?: unknown }) =>
  s.state !== 'extended' || (s.by === undefined) !== (s.until === undefined);

/** A step of a hotline ticket's history (流转记录). */
export const HotlineStepSchema = z
  .discriminatedUnion('state', [
    STEPS.accepted,
    STEPS.dispatched,
    STEPS.sentBack,
    STEPS.redispatched,
    STEPS.handling,
    STEPS.extended,
    STEPS.replied,
    STEPS.supervised,
    STEPS.completed,
    STEPS.followedUp,
    STEPS.rated,
    STEPS.redone,
    STEPS.merged,
    STEPS.cancelled,
  ])
  .refine(oneExtension, { error: 'chuangwen:one_extension', path: ['by'] });
/** A step of a hotline ticket's history. */
export type HotlineStep = z.infer<typeof HotlineStepSchema>;

/** A step of a 数字城管 case's history. */
export const UrbanCaseStepSchema = z
  .discriminatedUnion('state', [
    STEPS.collected,
    STEPS.filed,
    STEPS.dispatched,
    STEPS.sentBack,
    STEPS.redispatched,
    STEPS.handling,
    STEPS.extended,
    STEPS.replied,
    STEPS.supervised,
    STEPS.verified,
    STEPS.completed,
    STEPS.parked,
    STEPS.merged,
    STEPS.cancelled,
  ])
  .refine(oneExtension, { error: 'chuangwen:one_extension', path: ['by'] });
/** A step of a 数字城管 case's history. */
export type UrbanCaseStep = z.infer<typeof UrbanCaseStepSchema>;

/**
 * A 12345 hotline ticket as a platform exports it: its number, when it was received, the request type and category,
 * what was asked, where, the time limit it states, and its history step by step. The caller's name and telephone
 * number have no field: the ledger does not need them and should not hold them.
 */
export const HotlineTicketSchema = z.strictObject({
  /** The ticket's number on the hotline platform (工单编号). / 热线平台的工单编号 */
  ticketNumber: ExternalNumberSchema,
  /** When the hotline took the call or message (受理时间). / 热线受理时间 */
  receivedAt: DateTimeSchema,
  requestType: HotlineRequestTypeSchema,
  /** The category in the hotline's category table (诉求分类). / 热线分类表中的诉求分类代码 */
  category: CategoryCodeSchema.optional(),
  /** What the caller reported or asked (诉求内容). / 诉求内容 */
  content: TextSchema,
  address: TextSchema.optional(),
  /** The grid cell (网格) the address lies in. / 问题所在网格 */
  grid: NameSchema.optional(),
  /** The time limit the ticket states (办理时限). / 工单写明的办理时限 */
  timeLimit: DeadlineRuleSchema.optional(),
  steps: z.array(HotlineStepSchema).min(1).max(200),
  extensions: ExtensionsSchema.optional(),
});
/** A 12345 hotline ticket. */
export interface HotlineTicket extends z.infer<typeof HotlineTicketSchema> {}

/** A category as a 数字城管 platform writes it: the class's name, and its code where the export has one. */
export const PlatformCategorySchema = z.strictObject({
  name: NameSchema,
  code: z.string().min(1).max(32).optional(),
});

/**
 * A 数字城管 case as a platform exports it: its number, when it was reported, its kind and classes (大类, 小类) as the
 * platform names them, the component's id, what is wrong, where (address, grid cell), the time limit and its history.
 */
export const UrbanCaseSchema = z.strictObject({
  /** The case's number on the platform (案卷号). / 数字城管平台的案卷号 */
  caseNumber: ExternalNumberSchema,
  /** When the problem was reported (上报时间). / 问题上报时间 */
  reportedAt: DateTimeSchema,
  kind: UrbanCaseKindSchema,
  /** The main class (大类) as the platform names it. / 平台所写的大类 */
  mainType: PlatformCategorySchema,
  /** The sub-class (小类) as the platform names it. / 平台所写的小类 */
  subType: PlatformCategorySchema.optional(),
  /** The component's id (部件标识码: area code, class codes and serial). / 部件标识码 */
  componentId: z
    .string()
    .regex(/^\d{10,24}$/)
    .optional(),
  description: TextSchema,
  address: TextSchema.optional(),
  /** The grid cell (单元网格) the problem lies in. / 问题所在单元网格 */
  grid: NameSchema.optional(),
  /** The time limit of its class (处置时限). / 处置时限 */
  timeLimit: DeadlineRuleSchema.optional(),
  steps: z.array(UrbanCaseStepSchema).min(1).max(200),
  extensions: ExtensionsSchema.optional(),
});
/** A 数字城管 case. */
export interface UrbanCase extends z.infer<typeof UrbanCaseSchema> {}

/** Labels of the ticket steps: where the two systems use their own words, both. */
export const TICKET_STATE_LABELS: Record<TicketState, BilingualText> = {
  accepted: { 'zh-CN': '受理', en: 'Accepted' },
  collected: { 'zh-CN': '采集', en: 'Collected' },
  filed: { 'zh-CN': '立案', en: 'Filed' },
  dispatched: { 'zh-CN': '派单（派遣）', en: 'Dispatched' },
  sentBack: { 'zh-CN': '退单（回退）', en: 'Sent back as not ours' },
  redispatched: { 'zh-CN': '改派', en: 'Re-dispatched' },
  handling: { 'zh-CN': '办理（处置）', en: 'Handling' },
  extended: { 'zh-CN': '延期', en: 'Extended' },
  replied: { 'zh-CN': '回复（反馈）', en: 'Replied' },
  supervised: { 'zh-CN': '督办', en: 'Supervised' },
  verified: { 'zh-CN': '核查', en: 'Verified' },
  completed: { 'zh-CN': '办结（结案）', en: 'Completed' },
  followedUp: { 'zh-CN': '回访', en: 'Followed up' },
  rated: { 'zh-CN': '评价', en: 'Rated' },
  redone: { 'zh-CN': '重办', en: 'Redone' },
  merged: { 'zh-CN': '并单', en: 'Merged' },
  parked: { 'zh-CN': '挂账', en: 'Parked' },
  cancelled: { 'zh-CN': '作废', en: 'Cancelled' },
};

/** Labels of the hotline request types. */
export const HOTLINE_REQUEST_TYPE_LABELS: Record<HotlineRequestType, BilingualText> = {
  enquiry: { 'zh-CN': '咨询', en: 'Enquiry' },
  help: { 'zh-CN': '求助', en: 'Request for help' },
  complaint: { 'zh-CN': '投诉', en: 'Complaint' },
  tipOff: { 'zh-CN': '举报', en: 'Tip-off' },
  suggestion: { 'zh-CN': '建议', en: 'Suggestion' },
};

/** Labels of the satisfaction levels. */
export const SATISFACTION_LABELS: Record<Satisfaction, BilingualText> = {
  satisfied: { 'zh-CN': '满意', en: 'Satisfied' },
  fairlySatisfied: { 'zh-CN': '基本满意', en: 'Fairly satisfied' },
  dissatisfied: { 'zh-CN': '不满意', en: 'Dissatisfied' },
};

/** Labels of the 数字城管 case kinds. */
export const URBAN_CASE_KIND_LABELS: Record<UrbanCaseKind, BilingualText> = {
  component: { 'zh-CN': '部件', en: 'Component' },
  event: { 'zh-CN': '事件', en: 'Event' },
};
