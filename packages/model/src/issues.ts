import type { z } from 'zod';
import type { IssueCode } from './issue-codes.js';
import { formsAt, knownKeysAt, nearestKey } from './known-keys.js';
import { ENUM_LABELS, labels } from './labels.js';
import { type Choice, type Expected, say } from './messages.js';
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

// The model's own codes, each named with its message in the catalogue: written only when a code is met, so importing the
// model builds no message.
const MODEL_CUSTOM_MESSAGES = {
  missing_standard_or_area: 'missingStandardOrArea',
  blank_text: 'blankText',
  invalid_clock: 'invalidClock',
  office_hours_order: 'officeHoursOrder',
  national_layer_first: 'nationalLayerFirst',
  national_every_year: 'nationalEveryYear',
  calendar_day_outside_year: 'calendarDayOutsideYear',
  duplicate_calendar_day: 'duplicateCalendarDay',
  unpublished_year_with_days: 'unpublishedYearWithDays',
  duplicate_category: 'duplicateCategory',
  unknown_parent: 'unknownParent',
  one_extension: 'oneExtension',
  missing_lead_unit: 'missingLeadUnit',
} as const satisfies Partial<Record<IssueCode, string>>;

function receivedType(input: unknown): string {
  if (input === null) return 'null';
  if (Array.isArray(input)) return 'array';
  if (typeof input === 'number' && Number.isNaN(input)) return 'NaN';
  return typeof input;
}

function bound(
  issue: { origin: string; inclusive?: boolean },
  value: unknown,
  small: boolean,
): BilingualText {
  const n = String(value);
  if (issue.origin === 'array' || issue.origin === 'set' || issue.origin === 'string') {
    const characters = issue.origin === 'string';
    return small ? say('tooFew', { min: n, characters }) : say('tooMany', { max: n, characters });
  }
  const inclusive = issue.inclusive !== false;
  if (small) return inclusive ? say('atLeast', { min: n }) : say('greaterThan', { min: n });
  return inclusive ? say('atMost', { max: n }) : say('lessThan', { max: n });
}

const missingField = (path: PathSegment[], expected: Expected): ValidationIssue =>
  issueAt(path, 'missing_field', say('missingField', { expected }));

/** The allowed values, each with its label from the enumeration that holds them all (`serviceWindow` differs by one). */
function choices(values: readonly unknown[]): Choice[] {
  const table = Object.values(ENUM_LABELS).find((t) =>
    values.every((v) => typeof v === 'string' && Object.hasOwn(t, v)),
  ) as Record<string, BilingualText> | undefined;
  return values.map((value) => ({
    value,
    label: typeof value !== 'string' ? undefined : table ? table[value] : labels(value),
  }));
}

const choice = (path: PathSegment[], values: readonly unknown[]): ValidationIssue =>
  issueAt(path, 'invalid_value', say('notAChoice', { choices: choices(values) }));

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
  if (near !== undefined) return issueAt(where, 'unknown_key', say('unknownKeyNear', { key, near }));
  // Only where the object has an `extensions` field is there somewhere else to put the key.
  if (known?.includes('extensions'))
    return issueAt(where, 'unknown_key', say('unknownKeyExtensions', { key }));
  // A short list of the fields is shown in full.
  const fields = known && known.length > 0 && known.length <= 12 ? known : undefined;
  return issueAt(where, 'unknown_key', say('unknownKey', { key, fields }));
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
    const message =
      own(custom, code) ??
      (Object.hasOwn(MODEL_CUSTOM_MESSAGES, code)
        ? say(MODEL_CUSTOM_MESSAGES[code as keyof typeof MODEL_CUSTOM_MESSAGES])
        : undefined);
    return [issueAt(path, message ? code : 'custom', message ?? { 'zh-CN': code, en: code })];
  }
  switch (issue.code) {
    case 'invalid_type': {
      if (issue.input === undefined) return [missingField(path, issue.expected)];
      // An object expected where something else came: show the forms it may take, so a slip needs no source.
      const forms =
        issue.expected === 'object' && context && budget.left-- > 0 ? formsAt(context.schema, path) : [];
      const got = receivedType(issue.input);
      return [issueAt(path, 'invalid_type', say('wrongType', { expected: issue.expected, got, forms }))];
    }
    case 'invalid_value':
      if (issue.input === undefined) return [missingField(path, choices(issue.values))];
      return [choice(path, issue.values)];
    case 'invalid_format': {
      const pattern = 'pattern' in issue && typeof issue.pattern === 'string' ? issue.pattern : issue.format;
      const message =
        issue.format === 'date'
          ? say('notADate')
          : issue.format === 'datetime'
            ? say('notADateTime')
            : say('notTheFormat', { pattern });
      return [issueAt(path, 'invalid_format', message)];
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
      return [issueAt(path, 'invalid_key', say('keyNotAllowed'))];
    case 'invalid_union': {
      const options = (issue as { options?: unknown[] }).options;
      if (options && issue.input === undefined) return [missingField(path, choices(options))];
      if (options) return [choice(path, options)];
      return [issueAt(path, 'invalid_union', say('noFormMatches'))];
    }
    case 'not_multiple_of':
      return [issueAt(path, 'not_multiple_of', say('notMultipleOf', { divisor: String(issue.divisor) }))];
    default:
      // Zod's own message is English and may name its internals; say what is wrong in both languages instead.
      return [
        issueAt(
          path,
          issue.code === 'custom' ? 'invalid_value' : issue.code,
          say('invalidValue', { zodCode: issue.code }),
        ),
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
