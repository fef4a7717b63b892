import { z } from 'zod';
import { RectificationAreaSchema } from './areas.js';
import { CategoryRefSchema, ExternalNumberSchema, ProblemChannelSchema } from './channels.js';
import { ScopeSchema } from './observations.js';
import {
  type BilingualText,
  DateSchema,
  DateTimeSchema,
  ExtensionsSchema,
  IdSchema,
  NameSchema,
  TextSchema,
} from './primitives.js';
import {
  DocumentIdSchema,
  EditionIdSchema,
  ObservationIdSchema,
  PersonIdSchema,
  RectificationIdSchema,
  StandardRefSchema,
  UnitIdSchema,
} from './references.js';
import { SatisfactionSchema } from './tickets.js';
import { TimeLimitSchema } from './time-limits.js';

/** States of a rectification ledger entry (问题台账). Overdue is not a state: it is computed from the deadline. */
export const RECTIFICATION_STATUSES = [
  'reported',
  'assigned',
  'rectifying',
  'submitted',
  'returned',
  'closed',
  'reopened',
  'escalated',
] as const;
/** The state of a rectification. */
export const RectificationStatusSchema = z.enum(RECTIFICATION_STATUSES);
/** The state of a rectification. */
export type RectificationStatus = z.infer<typeof RectificationStatusSchema>;

/**
 * The unit columns of a notice or a task table as written, where they name units collectively ("各社区负责") and the
 * ids beside them were expanded from the words: kept so the record still reads as the document does.
 */
export const UnitsAsWrittenSchema = z.strictObject({
  /** The lead units as written (牵头单位、责任单位栏). / 牵头单位（责任单位）栏的原文 */
  lead: NameSchema.optional(),
  /** The supporting units as written (配合单位栏). / 配合单位栏的原文 */
  supporting: NameSchema.optional(),
  /** The guarantor units as written (包保单位栏). / 包保单位栏的原文 */
  guarantor: NameSchema.optional(),
});
/** Unit columns as written. */
export interface UnitsAsWritten extends z.infer<typeof UnitsAsWrittenSchema> {}

/**
 * A problem found and the work to fix it (整改台账 entry), the one shape the model, the rules and the rectification
 * machine share. A notice pairs each problem with its units: the lead unit that fixes it (牵头单位) and, where the
 * notice makes several answerable ("县公安局、城管执法局负责"), co-lead units beside it; supporting units (配合单位) and
 * guarantor units (包保单位) that help but do not answer for it; the responsible leader (责任领导), the deadline and the
 * measure demanded (整改要求). It cites a standard, or files the finding under an area when the notice cites none.
 */
export const RectificationSchema = z.strictObject({
  id: IdSchema,
  /** The observation that found the problem. / 发现问题的测评记录 */
  observationId: ObservationIdSchema.optional(),
  standardRef: StandardRefSchema.optional(),
  /**
   * The framework edition of `standardRef`, when the campaign is assessed against more than one.
   * / `standardRef` 所属的测评体系版本，创建工作对照多个版本测评时填写
   */
  editionId: EditionIdSchema.optional(),
  /** The special-rectification area; required when no standard is cited. / 专项整治领域；未注明测评标准时必填 */
  area: RectificationAreaSchema.optional(),
  scope: ScopeSchema,
  description: TextSchema,
  /** The measure demanded (整改要求 / 整改建议). / 整改要求或整改建议 */
  requirement: TextSchema.optional(),
  reportedAt: DateTimeSchema,
  /** Who reported it, a person id. / 上报人（人员编号） */
  reportedBy: PersonIdSchema.optional(),
  /** The unit that leads the fix (牵头单位), named when the problem is handed over (交办). / 牵头整改的单位，交办时确定 */
  leadUnitId: UnitIdSchema.optional(),
  /**
   * Units that answer for the problem together with the lead unit (共同牵头), as notices name several ("A、B负责"):
   * counted wherever the lead unit is; none when left out.
   * / 与牵头单位共同负责的单位（通报写“A、B负责”时）；凡计牵头单位之处一并计入；未填时为无
   */
  coLeadUnitIds: z.array(UnitIdSchema).optional(),
  /** Units that support the lead unit (配合单位). / 配合牵头单位的单位 */
  supportingUnitIds: z.array(UnitIdSchema).default([]),
  /** Units that answer for the place (包保单位). / 对该点位负包保责任的单位 */
  guarantorUnitIds: z.array(UnitIdSchema).default([]),
  /** The leader accountable for the fix (责任领导), a person id. / 对整改负责的责任领导（人员编号） */
  responsibleLeaderId: PersonIdSchema.optional(),
  deadline: DateSchema.optional(),
  /**
   * The time limit the deadline was worked out from (限期3个工作日) and what the calendar made of it; `deadline` is its
   * `dueDate`. / 整改期限所依据的时限规则（如限期 3 个工作日）及按日历算出的结果；`deadline` 即其 `dueDate`
   */
  timeLimit: TimeLimitSchema.optional(),
  /**
   * The deadline in force before the first extension (延期), kept and shown beside the one extended to; cleared by a new
   * hand-over. / 首次延期前的原定整改期限，与延期后的期限并列显示；重新交办时清除
   */
  originalDeadline: DateSchema.optional(),
  /**
   * Who approved the last extension: a person id, or the approver as a platform writes it (区热线办).
   * / 最近一次延期的审批人：人员编号，或平台所写的审批单位
   */
  extensionApprovedBy: NameSchema.optional(),
  /** Where the problem came from: own inspection, hotline, 数字城管, …. / 问题来源渠道：自行巡查、12345 热线、数字城管等 */
  channel: ProblemChannelSchema.optional(),
  /** The problem's number in the system it came from (工单编号, 案卷号, 文号). / 问题在来源系统中的编号（工单编号、案卷号、文号） */
  externalNumber: ExternalNumberSchema.optional(),
  /** Its category in a versioned code table (GB/T 30428, a hotline's table). / 问题在版本化代码表中的分类 */
  category: CategoryRefSchema.optional(),
  /** The grid cell (网格) the problem lies in. / 问题所在网格 */
  grid: NameSchema.optional(),
  status: RectificationStatusSchema,
  /** Archive document ids proving the fix (before and after photos, records). / 证明已整改的档案材料编号（整改前后照片、记录等） */
  evidence: z.array(DocumentIdSchema).default([]),
  rectifiedById: PersonIdSchema.optional(),
  reviewerId: PersonIdSchema.optional(),
  closedAt: DateTimeSchema.optional(),
  /** How many times a submitted fix was sent back (退回重改). / 提交的整改被退回重改的次数 */
  returnedCount: z.int().min(0).default(0),
  /** How many times the problem came back after closure (回潮). / 销号后问题回潮的次数 */
  repeatCount: z.int().min(0).default(0),
  /** Where an escalated problem went (the district lead unit), in words. / 问题上报的去向（如区级牵头单位），文字说明 */
  escalatedTo: TextSchema.optional(),
  /**
   * Since when the problem is parked as not solvable for now (挂账), distinct from escalation; cleared when work resumes.
   * / 挂账（暂时无法解决）的起始时间，不同于上报上级；恢复办理时清除
   */
  parkedAt: DateTimeSchema.optional(),
  /** The problem a duplicate was merged into (并单); the duplicate is closed with this pointer. / 并单时并入的问题编号 */
  mergedInto: RectificationIdSchema.optional(),
  /** How satisfied the reporter said they were at the last follow-up (回访). / 最近一次回访时报告人的满意程度 */
  satisfaction: SatisfactionSchema.optional(),
  /**
   * The aspect (方面) a notice files the problem under, as it writes it ("公益广告方面"), kept beside the area.
   * / 通报中问题所属的“方面”，按原文填写，与专项整治领域并存
   */
  aspect: NameSchema.optional(),
  /**
   * The notice printed no date: `reportedAt` is then when the office received it, and reports say 未注明日期.
   * / 通报未注明日期：此时 `reportedAt` 为收到通报的时间，报表显示“未注明日期”
   */
  undated: z.boolean().optional(),
  /**
   * The unit columns as the notice wrote them where it names units collectively (各社区); the ids above were expanded.
   * / 通报以集合称谓写责任单位（如“各社区”）时的原文；上面的单位编号由其展开而来
   */
  unitsAsWritten: UnitsAsWrittenSchema.optional(),
  extensions: ExtensionsSchema.optional(),
});
/** A problem found and the work to fix it. */
export interface Rectification extends z.infer<typeof RectificationSchema> {}

/** Which units a rectification counts against when problems are counted per unit. */
export const UNIT_ATTRIBUTIONS = ['lead', 'everyNamed'] as const;
/**
 * Counting per unit: the units that answer for a problem (the lead unit and its co-leads, as notices count them), or
 * every unit named (supporting and guarantor units too).
 */
export const UnitAttributionSchema = z.enum(UNIT_ATTRIBUTIONS);
/** Counting per unit. */
export type UnitAttribution = z.infer<typeof UnitAttributionSchema>;

/** The units that answer for a problem: its lead unit, then its co-leads, each once. */
export function leadUnitsOf(
  rectification: Pick<Rectification, 'leadUnitId'> & { coLeadUnitIds?: readonly string[] | undefined },
): string[] {
  const out: string[] = [];
  if (rectification.leadUnitId !== undefined) out.push(rectification.leadUnitId);
  for (const id of rectification.coLeadUnitIds ?? []) if (!out.includes(id)) out.push(id);
  return out;
}

/**
 * The units a rectification counts against, each once, lead unit first: under `lead` the lead unit and its co-leads
 * (a notice's "A、B负责" counts once for A and once for B, never for the 包保单位 that helps); under `everyNamed` the
 * supporting and guarantor units as well.
 */
export function unitsNamed(
  rectification: Pick<Rectification, 'leadUnitId' | 'supportingUnitIds' | 'guarantorUnitIds'> & {
    coLeadUnitIds?: readonly string[] | undefined;
  },
  attribution: UnitAttribution,
): string[] {
  const out = leadUnitsOf(rectification);
  if (attribution === 'everyNamed') {
    for (const id of [...rectification.supportingUnitIds, ...rectification.guarantorUnitIds])
      if (!out.includes(id)) out.push(id);
  }
  return out;
}

/** Labels of the rectification states. */
export const RECTIFICATION_STATUS_LABELS: Record<RectificationStatus, BilingualText> = {
  reported: { 'zh-CN': '待交办', en: 'Reported' },
  assigned: { 'zh-CN': '已交办', en: 'Assigned' },
  rectifying: { 'zh-CN': '整改中', en: 'Rectifying' },
  submitted: { 'zh-CN': '已提交待核查', en: 'Submitted for review' },
  returned: { 'zh-CN': '退回重改', en: 'Returned' },
  closed: { 'zh-CN': '已销号', en: 'Closed' },
  reopened: { 'zh-CN': '回潮重开', en: 'Reopened' },
  escalated: { 'zh-CN': '已上报上级', en: 'Escalated' },
};

/** Labels of the unit attributions. */
export const UNIT_ATTRIBUTION_LABELS: Record<UnitAttribution, BilingualText> = {
  lead: { 'zh-CN': '计牵头单位（含共同牵头单位）', en: 'Lead units (with co-leads)' },
  everyNamed: { 'zh-CN': '计入所有被点名单位', en: 'Every unit named' },
};
