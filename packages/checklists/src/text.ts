import { z } from 'zod';

/** A text written in Chinese, with an optional English rendering. */
export const LocalizedTextSchema = z.strictObject({
  'zh-CN': z.string().min(1).max(2000),
  en: z.string().min(1).max(2000).optional(),
});
/** A text written in Chinese, with an optional English rendering. */
export type LocalizedText = z.infer<typeof LocalizedTextSchema>;

/** A code of a framework node or checklist entry: letters, digits and `_ . : -`. */
export const CodeSchema = z.string().regex(/^[A-Za-z0-9][A-Za-z0-9_.:-]{0,63}$/);

/** A code of a site type (点位类型), such as `farmersMarket`. */
export const SiteTypeCodeSchema = z.string().regex(/^[A-Za-z][A-Za-z0-9]{0,63}$/);
