import type { z } from 'zod';
import type { IssueCode } from './issue-codes.js';
import { formsAt, knownKeysAt, nearestKey } from './known-keys.js';
import { ENUM_LABELS, labels } from './labels.js';
import type { BilingualText } from './primitives.js';

export type { IssueCode } from './issue-codes.js';

/** A segment of a path into a document: a key or an array index. */
export type PathSegment = string | number;

/** One problem found in a document, located by path and JSON Pointer, explained in Chinese and English. */
export interface ValidationIssue {
  /** Where the problem is, as keys and indexes: `['tasks', 3, 'leadUnitIds']`. */
  path: PathSegment[];
  /** The same place as an RFC 6901 JSON Pointer, as JSON Schema validators report it: `/tasks/3/leadUnitIds`. */
  pointer: string;
  code: IssueCode;
  message: BilingualText;
}

/**
 * The result of validating data from outside: the parsed value, or every issue found. The one result type of the
 * library: a workbook import's issues also carry their cell (`ValidationResult<T, SheetIssue>` in `@chuangwen/sheets`).
 */
export type ValidationResult<T, I extends ValidationIssue = ValidationIssue> =
  | { ok: true; value: T }
  | {
      ok: false;
      issues: I[];
      /** True when validation stopped at the issue limit asked for: more problems may follow those listed. */
      more?: boolean;
    };

/** The RFC 6901 JSON Pointer of a path. */
export function toPointer(path: readonly PathSegment[]): string {
  let pointer = '';
  for (const segment of path) pointer += `/${String(segment).replaceAll('~', '~0').replaceAll('/', '~1')}`;
  return pointer;
}

/** A path written the way a developer reads it: `tasks[3].leadUnitIds`. */
export function formatPath(path: readonly PathSegment[]): string {
  let out = '';
  for (const segment of path)
    out += typeof segment === 'number' ? `[${segment}]` : out ? `.${segment}` : segment;
  return out || '(root)';
}

/** Builds an issue at a path. */
export function issueAt(path: PathSegment[], code: IssueCode, message: BilingualText): ValidationIssue {
  return { path, pointer: toPointer(path), code, message };
}

const own = (messages: CustomIssueMessages, code: string): BilingualText | undefined =>
  Object.hasOwn(messages, code) ? messages[code as IssueCode] : undefined;

/** The prefix of zod error messages that name one of this library's own issue codes. */
export const CUSTOM_ISSUE_PREFIX = 'chuangwen:';

/** Bilingual messages for custom issue codes raised inside schemas (`{ error: 'chuangwen:<code>' }`). */
export type CustomIssueMessages = Partial<Record<IssueCode, BilingualText>>;

const MODEL_CUSTOM_MESSAGES: CustomIssueMessages = {
  missing_standard_or_area: {
    'zh-CN': '未注明测评标准的问题须注明所属专项整治领域（或"其他"）',
    en: 'a finding that cites no standard must name its rectification area (or "other")',
  },
  blank_text: {
    'zh-CN': '文字不能为空白，也不能含控制字符或不可见字符',
    en: 'the text must say something: not blank, with no control or invisible characters',
  },
  invalid_clock: {
    'zh-CN': '时间应写成 24 小时制的 HH:MM，如 08:30',
    en: 'a time of day is written HH:MM on the 24-hour clock, such as 08:30',
  },
  office_hours_order: {
    'zh-CN': '办公时段应按先后排列、互不重叠，且每段开始早于结束',
    en: 'office hours must be in order, not overlapping, each starting before it ends',
  },
  national_layer_first: {
    'zh-CN': '日历的第一层必须是国家层（国务院办公厅放假安排），且只能有一个国家层',
    en: 'the first layer of a calendar must be the national one (the State Council schedule), and only the first',
  },
  national_every_year: {
    'zh-CN': '国家层每年发布放假安排，不能设为"仅所列日期"：未发布年份的日期应视为未知',
    en: 'the national layer is published every year and cannot be "listed days only": dates of unpublished years are unknown',
  },
  calendar_day_outside_year: {
    'zh-CN': '日期不在该年度通知的范围内（年度通知只涉及当年及上一年 12 月的日期）',
    en: "the date is outside the notice's year (a yearly notice names days of its year and at most the December before)",
  },
  duplicate_calendar_day: {
    'zh-CN': '同一日期列了两次',
    en: 'the same date is listed twice',
  },
  unpublished_year_with_days: {
    'zh-CN': '尚未发布（没有通知来源）的年份不应列出日期；请填写所依据的通知',
    en: 'a year not yet published (no notice given) lists no days; name the notice the days come from',
  },
  duplicate_category: {
    'zh-CN': '分类代码重复',
    en: 'the category code is used twice',
  },
  unknown_parent: {
    'zh-CN': '上级分类代码不在代码表中',
    en: 'the parent category is not in the table',
  },
  one_extension: {
    'zh-CN': '延期应写明延长的时限（by）或新的截止日期（until），二者只写其一',
    en: 'an extension gives either more time (by) or a new last day (until), exactly one of the two',
  },
  missing_lead_unit: {
    'zh-CN': '任务至少需要一个牵头单位（第一个为召集单位）',
    en: 'a task needs at least one lead unit (the first one listed convenes)',
  },
};

const TYPE_NAMES: Record<string, BilingualText> = {
  string: { 'zh-CN': '字符串', en: 'a string' },
  number: { 'zh-CN': '数字', en: 'a number' },
  int: { 'zh-CN': '整数', en: 'an integer' },
  boolean: { 'zh-CN': '布尔值', en: 'a boolean' },
  object: { 'zh-CN': '对象', en: 'an object' },
  array: { 'zh-CN': '数组', en: 'an array' },
  null: { 'zh-CN': '空值', en: 'null' },
  record: { 'zh-CN': '对象', en: 'an object' },
};

function typeName(name: string): BilingualText {
  return TYPE_NAMES[name] ?? { 'zh-CN': name, en: name };
}

function receivedType(input: unknown): string {
  if (input === null) return 'null';
  if (Array.isArray(input)) return 'array';
  if (typeof input === 'number' && Number.isNaN(input)) return 'NaN';
  return typeof input;
}

const ORIGIN_UNITS: Record<string, BilingualText> = {
  array: { 'zh-CN': '项', en: 'item(s)' },
  set: { 'zh-CN': '项', en: 'item(s)' },
  string: { 'zh-CN': '个字符', en: 'character(s)' },
};

function bound(
  issue: { origin: string; inclusive?: boolean },
  value: unknown,
  small: boolean,
): BilingualText {
  const unit = ORIGIN_UNITS[issue.origin];
  const n = String(value);
  if (unit) {
    return small
      ? { 'zh-CN': `至少需要 ${n} ${unit['zh-CN']}`, en: `must have at least ${n} ${unit.en}` }
      : { 'zh-CN': `最多 ${n} ${unit['zh-CN']}`, en: `must have at most ${n} ${unit.en}` };
  }
  const inclusive = issue.inclusive !== false;
  if (small) {
    return inclusive
      ? { 'zh-CN': `不能小于 ${n}`, en: `must be at least ${n}` }
      : { 'zh-CN': `必须大于 ${n}`, en: `must be greater than ${n}` };
  }
  return inclusive
    ? { 'zh-CN': `不能大于 ${n}`, en: `must be at most ${n}` }
    : { 'zh-CN': `必须小于 ${n}`, en: `must be less than ${n}` };
}

const FORMAT_MESSAGES: Record<string, BilingualText> = {
  date: { 'zh-CN': '应为 YYYY-MM-DD 格式的有效日期', en: 'must be a valid date written YYYY-MM-DD' },
  datetime: {
    'zh-CN': '应为带时区的时间，如 2026-03-02T09:30:00+08:00',
    en: 'must be a date and time with a UTC offset, such as 2026-03-02T09:30:00+08:00',
  },
};

function missingField(path: PathSegment[], expected: BilingualText): ValidationIssue {
  return issueAt(path, 'missing_field', {
    'zh-CN': `缺少必填字段，应为${expected['zh-CN']}`,
    en: `required field is missing; expected ${expected.en}`,
  });
}

/** The labels of a list of allowed values, from the enumeration that holds them all (`serviceWindow` differs by one). */
function labelsOf(values: readonly unknown[]): (value: unknown) => BilingualText | undefined {
  const table = Object.values(ENUM_LABELS).find((t) =>
    values.every((v) => typeof v === 'string' && Object.hasOwn(t, v)),
  ) as Record<string, BilingualText> | undefined;
  return (v) => (typeof v !== 'string' ? undefined : table ? table[v] : labels(v));
}

/** The allowed values in Chinese: each value's label with the value to write beside it, `点位（site）`. */
function labelledList(values: readonly unknown[]): string {
  const of = labelsOf(values);
  return values
    .map((v) => {
      const text = of(v);
      return text ? `${text['zh-CN']}（${v}）` : JSON.stringify(v);
    })
    .join('、');
}

/** The allowed values in English, each with its label: `"site" (site)`. */
function labelledListEn(values: readonly unknown[]): string {
  const of = labelsOf(values);
  return values
    .map((v) => {
      const text = of(v);
      return text ? `${JSON.stringify(v)} (${text.en})` : JSON.stringify(v);
    })
    .join(', ');
}

const choice = (path: PathSegment[], values: readonly unknown[]): ValidationIssue =>
  issueAt(path, 'invalid_value', {
    'zh-CN': `取值无效，可选：${labelledList(values)}`,
    en: `invalid value; expected one of: ${labelledListEn(values)}`,
  });

/** What the document was read with, so an unknown key can be answered with the nearest known one. */
export interface IssueContext {
  schema: z.ZodType;
  input: unknown;
}

// Suggestions cost a walk of the schema and an edit distance per known key: made for the first few unknown keys of a
// document only, so a hostile one with thousands of keys is refused as fast as without them.
const SUGGESTED_KEYS = 20;

function unknownKey(path: PathSegment[], key: string, known: readonly string[] | undefined): ValidationIssue {
  const near = known && nearestKey(key, known);
  const where = [...path, key];
  if (near !== undefined) {
    return issueAt(where, 'unknown_key', {
      'zh-CN': `未知字段 "${key}"，是否应为 "${near}"？`,
      en: `unknown field "${key}"; did you mean "${near}"?`,
    });
  }
  // A short list of the fields is shown in full, each quoted as the document spells it.
  const listed = known && known.length > 0 && known.length <= 12 ? known.map((k) => `"${k}"`) : undefined;
  // Only where the object has an `extensions` field is there somewhere else to put the key.
  if (known?.includes('extensions'))
    return issueAt(where, 'unknown_key', {
      'zh-CN': `未知字段 "${key}"；宿主系统的自定义数据请放在 extensions 中`,
      en: `unknown field "${key}"; put host-specific data under "extensions"`,
    });
  return issueAt(where, 'unknown_key', {
    'zh-CN': `未知字段 "${key}"${listed ? `，可用字段：${listed.join('、')}` : ''}`,
    en: `unknown field "${key}"${listed ? `; the fields are ${listed.join(', ')}` : ''}`,
  });
}

function translate(
  issue: z.core.$ZodIssue,
  custom: CustomIssueMessages,
  context: IssueContext | undefined,
  budget: { left: number },
): ValidationIssue[] {
  const path = issue.path as PathSegment[];
  if (issue.message.startsWith(CUSTOM_ISSUE_PREFIX)) {
    // A code the library or the caller names a message for is its own; any other is a host's `custom` one.
    const code = issue.message.slice(CUSTOM_ISSUE_PREFIX.length) as IssueCode;
    const message = own(custom, code) ?? own(MODEL_CUSTOM_MESSAGES, code);
    return [issueAt(path, message ? code : 'custom', message ?? { 'zh-CN': code, en: code })];
  }
  switch (issue.code) {
    case 'invalid_type': {
      const expected = typeName(issue.expected);
      if (issue.input === undefined) return [missingField(path, expected)];
      const got = typeName(receivedType(issue.input));
      // An object expected where something else came: show the forms it may take, so a slip needs no source.
      const forms =
        issue.expected === 'object' && context && budget.left-- > 0 ? formsAt(context.schema, path) : [];
      const zhForms = forms.length > 0 ? `；应写作 ${forms.join(' 或 ')}` : '';
      const enForms = forms.length > 0 ? `; write it as ${forms.join(' or ')}` : '';
      return [
        issueAt(path, 'invalid_type', {
          'zh-CN': `类型错误：应为${expected['zh-CN']}，实际为${got['zh-CN']}${zhForms}`,
          en: `wrong type: expected ${expected.en}, got ${got.en}${enForms}`,
        }),
      ];
    }
    case 'invalid_value':
      if (issue.input === undefined)
        return [
          missingField(path, { 'zh-CN': labelledList(issue.values), en: labelledListEn(issue.values) }),
        ];
      return [choice(path, issue.values)];
    case 'invalid_format': {
      const known = FORMAT_MESSAGES[issue.format];
      const pattern = 'pattern' in issue && typeof issue.pattern === 'string' ? issue.pattern : issue.format;
      return [
        issueAt(
          path,
          'invalid_format',
          known ?? {
            'zh-CN': `格式不符合要求（${pattern}）`,
            en: `does not match the required format ${pattern}`,
          },
        ),
      ];
    }
    case 'too_small':
      return [issueAt(path, 'too_small', bound(issue, issue.minimum, true))];
    case 'too_big':
      return [issueAt(path, 'too_big', bound(issue, issue.maximum, false))];
    case 'unrecognized_keys': // `__proto__` is reported by the forbidden-key scan, wherever it stands.
      {
        const keys = issue.keys.filter((key) => key !== '__proto__');
        const known =
          context && budget.left > 0 ? knownKeysAt(context.schema, path, context.input) : undefined;
        return keys.map((key) => unknownKey(path, key, budget.left-- > 0 ? known : undefined));
      }
    case 'invalid_key':
      return [
        issueAt(path, 'invalid_key', {
          'zh-CN': '字段名不合法',
          en: 'a key of this object is not allowed',
        }),
      ];
    case 'invalid_union': {
      const options = (issue as { options?: unknown[] }).options;
      if (options && issue.input === undefined) {
        return [missingField(path, { 'zh-CN': labelledList(options), en: labelledListEn(options) })];
      }
      if (options) return [choice(path, options)];
      return [
        issueAt(path, 'invalid_union', {
          'zh-CN': '不符合任何一种允许的形式',
          en: 'matches none of the allowed forms',
        }),
      ];
    }
    case 'not_multiple_of':
      return [
        issueAt(path, 'not_multiple_of', {
          'zh-CN': `应为 ${String(issue.divisor)} 的整数倍`,
          en: `must be a multiple of ${String(issue.divisor)}`,
        }),
      ];
    default:
      // Zod's own message is English and may name its internals; say what is wrong in both languages instead.
      return [
        issueAt(path, issue.code === 'custom' ? 'invalid_value' : issue.code, {
          'zh-CN': '取值不符合要求',
          en: `invalid value (${issue.code})`,
        }),
      ];
  }
}

/**
 * Turns a zod error into located, bilingual issues. `custom` supplies messages for codes a schema raises with
 * `{ error: 'chuangwen:<code>' }`; `context` (the schema and the input it read) lets an unknown key be answered with
 * the nearest known one.
 */
export function toValidationIssues(
  error: z.ZodError,
  custom: CustomIssueMessages = {},
  context?: IssueContext,
  limit = Number.POSITIVE_INFINITY,
): ValidationIssue[] {
  const budget = { left: SUGGESTED_KEYS };
  const out: ValidationIssue[] = [];
  // Translated only up to the limit: a document with millions of problems costs what its first problems cost.
  for (const issue of error.issues) {
    if (out.length >= limit) break;
    out.push(...translate(issue, custom, context, budget));
  }
  return out.length > limit ? out.slice(0, limit) : out;
}
