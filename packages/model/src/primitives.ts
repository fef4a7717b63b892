import { z } from 'zod';

/** Locales every user-facing text is written in. */
export const LOCALES = ['zh-CN', 'en'] as const;
/** A locale every user-facing text is written in: Chinese first, English second. */
export type Locale = (typeof LOCALES)[number];

/** A text in Chinese and English, as every message and label of the library is. */
export interface BilingualText {
  'zh-CN': string;
  en: string;
}

/**
 * A record identifier: 1 to 128 ASCII letters, digits and `_ . : -`, starting with a letter or digit.
 * Host systems may use their own keys (numbers, UUIDs, codes) as long as they fit this shape.
 */
export const IdSchema = z
  .string()
  .regex(/^[A-Za-z0-9][A-Za-z0-9_.:-]{0,127}$/)
  .meta({ description: 'Record identifier / 编号' });
/** A record identifier. */
export type Id = z.infer<typeof IdSchema>;

/** A code of an assessment standard (测评标准编号), such as `03.02.01`. */
export const StandardCodeSchema = z
  .string()
  .regex(/^[A-Za-z0-9][A-Za-z0-9_.:-]{0,63}$/)
  .meta({ description: 'Assessment standard code / 测评标准编号' });
/** A code of an assessment standard. */
export type StandardCode = z.infer<typeof StandardCodeSchema>;

/** A calendar date, `YYYY-MM-DD`, read in the campaign's time zone (Asia/Shanghai). */
export const DateSchema = z.iso.date().meta({ description: 'Calendar date YYYY-MM-DD / 日期' });
/** A calendar date, `YYYY-MM-DD`. */
export type IsoDate = z.infer<typeof DateSchema>;

/** An instant with an explicit UTC offset, such as `2026-03-02T09:30:00+08:00`. */
export const DateTimeSchema = z.iso
  .datetime({ offset: true })
  .meta({ description: 'Instant with UTC offset / 带时区的时间' });
/** An instant with an explicit UTC offset. */
export type IsoDateTime = z.infer<typeof DateTimeSchema>;

/** A 12-digit administrative division code (统计用区划代码). */
export const DivisionCodeSchema = z
  .string()
  .regex(/^\d{12}$/)
  .meta({ description: '12-digit administrative division code / 12位行政区划代码' });

/** A lowercase hexadecimal SHA-256 digest. */
export const Sha256Schema = z
  .string()
  .regex(/^[0-9a-f]{64}$/)
  .meta({ description: 'SHA-256 digest, lowercase hex / SHA-256 摘要' });

/** A storage location with a scheme, such as `https://…`, `s3://…` or `file:///…`. */
export const UriSchema = z
  .string()
  .max(2048)
  .regex(/^[A-Za-z][A-Za-z0-9+.-]*:\S+$/)
  .meta({ description: 'Storage URI with a scheme / 存储地址' });

/** A non-empty human text of at most 2,000 characters. */
export const TextSchema = z.string().min(1).max(2000);

/** A name: a non-empty text of at most 200 characters. */
export const NameSchema = z.string().min(1).max(200);

/** A rate between 0 and 1 (0.9 means 90%). */
export const RateSchema = z.number().min(0).max(1);

/**
 * Host-specific data kept with a record and returned untouched. Keys start with a letter, so keys such
 * as `__proto__` are refused; this is where fields the model does not know belong (unknown keys elsewhere are errors).
 */
export const ExtensionsSchema = z
  .record(z.string().regex(/^[A-Za-z][A-Za-z0-9_.:-]{0,63}$/), z.unknown())
  .meta({ description: 'Host-specific data, kept as given / 宿主系统扩展字段' });
/** Host-specific data kept with a record. */
export type Extensions = z.infer<typeof ExtensionsSchema>;
