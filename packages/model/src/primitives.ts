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

/** A code of a site type (点位类型) from a site type catalogue, such as `farmersMarket`. */
export const SiteTypeCodeSchema = z
  .string()
  .regex(/^[A-Za-z][A-Za-z0-9_.:-]{0,63}$/)
  .meta({ description: 'Site type code / 点位类型编号' });

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

// Control characters (other than tab and line breaks) and invisible format characters (zero-width, bidi overrides)
// make two texts look alike while differing; they are refused in every human text.
function hasInvisible(value: string): boolean {
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i);
    if (
      (c <= 0x1f && c !== 0x09 && c !== 0x0a && c !== 0x0d) ||
      (c >= 0x7f && c <= 0x9f) ||
      c === 0xad ||
      (c >= 0x200b && c <= 0x200f) ||
      (c >= 0x202a && c <= 0x202e) ||
      (c >= 0x2060 && c <= 0x2064) ||
      c === 0xfeff
    )
      return true;
  }
  return false;
}

/** Whether a text says something: not empty, not only white space, and free of control and invisible characters. */
export function isMeaningfulText(value: string): boolean {
  return value.trim().length > 0 && !hasInvisible(value);
}

const meaningful = { error: 'chuangwen:blank_text' } as const;
// The empty text is left to `min(1)`, so it is reported once.
const saysSomething = (value: string) => value.length === 0 || isMeaningfulText(value);

/** A human text of at most 2,000 characters that says something (white space alone is refused). */
export const TextSchema = z.string().min(1).max(2000).refine(saysSomething, meaningful);

/** A name: a text of at most 200 characters that says something. */
export const NameSchema = z.string().min(1).max(200).refine(saysSomething, meaningful);

/**
 * A text authored in Chinese, with an English rendering where one exists: framework and checklist content, the
 * descriptions of requirements. Messages of the library itself are {@link BilingualText}, always in both.
 */
export const LocalizedTextSchema = z.strictObject({
  /** The Chinese text, always given. / 中文文字（必填） */
  'zh-CN': z.string().min(1).max(2000).refine(saysSomething, meaningful),
  /** The English rendering, where one exists. / 英文译文（如有） */
  en: z.string().min(1).max(2000).refine(saysSomething, meaningful).optional(),
});
/** A text authored in Chinese, with an optional English rendering. */
export interface LocalizedText extends z.infer<typeof LocalizedTextSchema> {}

/** The text in a locale, falling back to Chinese where an English rendering is missing. */
export function localize(text: BilingualText | LocalizedText, locale: Locale = 'zh-CN'): string {
  return (locale === 'en' ? text.en : undefined) ?? text['zh-CN'];
}

/**
 * A grade of state-description scoring (状态描述法) as a framework prints it: `A`, `B`, `C`, `C#`, and in local
 * schemes `D` and beyond.
 */
export const GradeSchema = z
  .string()
  .regex(/^[A-Z][A-Z0-9#+-]{0,3}$/)
  .meta({ description: 'Grade as printed, such as A, B, C, C# or D / 等级' });
/** A grade of state-description scoring. */
export type Grade = z.infer<typeof GradeSchema>;

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
export interface Extensions extends z.infer<typeof ExtensionsSchema> {}
