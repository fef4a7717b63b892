import { DateTimeSchema, IdSchema, LocalizedTextSchema, SiteTypeCodeSchema } from '@chuangwen/model';
import { z } from 'zod';
import { CodeSchema } from './text.js';

/** Whether an observed behaviour counts against the index (uncivil) or for it (civil). */
export const PolaritySchema = z.enum(['uncivil', 'civil']);
/** Whether an observed behaviour counts against the index or for it. */
export type Polarity = z.infer<typeof PolaritySchema>;

/** A behaviour observers count (乱扔垃圾, 闯红灯, 让座 …), at the site types where it is watched. */
export const BehaviourSchema = z.strictObject({
  code: CodeSchema,
  text: LocalizedTextSchema,
  polarity: PolaritySchema,
  siteTypes: z.array(SiteTypeCodeSchema).min(1),
  /** The behaviour's weight inside its site type; 1 when not given. / 该行为在其点位类型中的权重；未写时为 1 */
  weight: z.number().gt(0).default(1),
  /**
   * "无…现象": a single occurrence fails the site type, whatever the incidence.
   * / “无…现象”：出现一次即判该点位类型不合格，不论发生率
   */
  anyOccurrenceFails: z.boolean().default(false),
});
/** A behaviour observers count. */
export interface Behaviour extends z.infer<typeof BehaviourSchema> {}

/** A public civility observation sheet: behaviours × site types, for the public civility index (公共文明指数). */
export const ObservationSheetSchema = z.strictObject({
  id: CodeSchema,
  title: LocalizedTextSchema,
  /** Set on bundled sample content, which is not an official text. / 随包示例内容的标记，并非官方文本 */
  sample: z.boolean().default(false),
  behaviours: z.array(BehaviourSchema).min(1),
});
/** A public civility observation sheet. */
export interface ObservationSheet extends z.infer<typeof ObservationSheetSchema> {}

/** One observer's tally of one behaviour at one site over one watch: how many people were watched, how many did it. */
export const CivilityTallySchema = z.strictObject({
  id: IdSchema,
  sheetId: CodeSchema,
  behaviourCode: CodeSchema,
  siteType: SiteTypeCodeSchema,
  siteId: IdSchema.optional(),
  observedAt: DateTimeSchema,
  /** People (or vehicles) watched. / 观察的人数（或车辆数） */
  observed: z.int().min(0),
  /** Of them, how many showed the behaviour. / 其中出现该行为的数量 */
  occurrences: z.int().min(0),
});
/** One observer's tally of one behaviour at one site. */
export interface CivilityTally extends z.infer<typeof CivilityTallySchema> {}
