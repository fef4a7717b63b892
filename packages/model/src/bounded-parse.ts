import { z } from 'zod';
import { type CustomIssueMessages, issueAt, toValidationIssues, type ValidationIssue } from './issues.js';

/** Lists longer than this are validated in slices, so validation can stop once enough problems are found. */
const SLICE = 500;

type Parsed = { ok: true; value: unknown } | { ok: false; issues: ValidationIssue[]; more: boolean };

/** The array schema under a field's defaults and optionals, when the field is a list. */
function listOf(schema: z.ZodType): z.ZodArray | undefined {
  let s: z.ZodType = schema;
  for (let i = 0; i < 4; i++) {
    if (s instanceof z.ZodArray) return s;
    const inner = (s as { def?: { innerType?: z.ZodType } }).def?.innerType;
    if (!inner) return undefined;
    s = inner;
  }
  return undefined;
}

/**
 * A schema's own checks to run on a value already parsed, only those on a list's length (`min`, `max`, `length`) or only
 * the others, or undefined when there are none. (zod keeps a list's bounds as checks, not in its `bag`.)
 */
function checking(schema: z.ZodType, length: boolean): z.ZodType | undefined {
  const checks = ((schema._zod.def.checks ?? []) as z.core.$ZodCheck<unknown>[]).filter(
    (c) => /^(min_length|max_length|length_equals)$/.test((c._zod.def as { check: string }).check) === length,
  );
  return checks.length > 0 ? z.unknown().check(...checks) : undefined;
}

/**
 * Parses an object whose long lists are validated a slice at a time, stopping once `maxIssues` problems are found: the
 * cost of a document with a million bad rows is that of the first slices that hold `maxIssues` problems. It finds what
 * one whole reading finds, in the same order: a list's length is checked first, and one out of bounds is not read
 * further; a list's other checks run on its whole parsed value, and the object's own checks on the whole parsed object
 * once nothing else is wrong (zod also runs those on a value it has found wrong, where they add little). Only issues within the limit are translated; `more` says whether others may follow. Falls
 * back to one parse for anything but a plain object.
 */
export function boundedParse(
  schema: z.ZodType,
  input: unknown,
  maxIssues: number,
  messages?: CustomIssueMessages,
): Parsed {
  const issues: ValidationIssue[] = [];
  // Whether problems were left unread: a list not read to its end, or a reading with more problems than were kept.
  let more = false;
  const found = (
    check: z.ZodType,
    value: unknown,
    at: (issue: ValidationIssue) => ValidationIssue,
    room = maxIssues - issues.length,
  ) => {
    const result = check.safeParse(value, { reportInput: true });
    if (!result.success) {
      more ||= result.error.issues.length > room;
      issues.push(
        ...toValidationIssues(result.error, messages, { schema: check, input: value }, room).map(at),
      );
    }
    return result;
  };
  const shape = schema instanceof z.ZodObject ? (schema.shape as Record<string, z.ZodType>) : {};
  const record = (typeof input === 'object' && input !== null ? input : {}) as Record<string, unknown>;
  const lists = new Map<string, unknown[]>();
  for (const [key, field] of Object.entries(shape)) {
    const list = listOf(field);
    const items = record[key];
    if (!list || !Array.isArray(items) || items.length <= SLICE) continue;
    lists.set(key, []);
    const length = checking(list, true);
    if (length && !found(length, items, (i) => shift(i, key, 0)).success) continue;
    const slices = z.array(list.element);
    const out: unknown[] = [];
    const before = issues.length;
    let from = 0;
    for (; from < items.length && issues.length < maxIssues; from += SLICE) {
      const part = found(slices, items.slice(from, from + SLICE), (i) => shift(i, key, from));
      if (part.success) out.push(...(part.data as unknown[]));
    }
    more ||= from < items.length;
    const rest = checking(list, false);
    if (issues.length === before && (!rest || found(rest, out, (i) => shift(i, key, 0)).success))
      lists.set(key, out);
  }
  // The rest of the object, each long list taken as read, and without the object's own checks, which need it whole
  // (anything but an object with long lists is read whole here).
  const def = (schema as z.ZodObject)._zod.def;
  const fields =
    lists.size > 0
      ? (schema as z.ZodObject).clone({
          ...def,
          shape: { ...def.shape, ...Object.fromEntries([...lists.keys()].map((key) => [key, z.unknown()])) },
          checks: [],
        })
      : schema;
  // The other fields are read whole, with room for as many problems as the lists had: each field keeps its first ones.
  const parsed = found(fields, input, (i) => i, maxIssues);
  if (parsed.success && issues.length === 0) {
    const value = parsed.data as Record<string, unknown>;
    for (const [key, items] of lists) value[key] = items;
    const own = fields === schema ? undefined : checking(schema, false);
    if (!own || found(own, value, (i) => i).success) return { ok: true, value };
  }
  // In the order of the object's fields, as one whole reading lists them (a sort keeps the order within a field).
  const order = Object.keys(shape);
  const place = (i: ValidationIssue) => order.indexOf(String(i.path[0]));
  return {
    ok: false,
    issues: issues.sort((x, y) => place(x) - place(y)).slice(0, maxIssues),
    more: more || issues.length > maxIssues,
  };
}

/** An issue found in a slice (or on a whole list, at its root), moved to its place in the whole list. */
function shift(issue: ValidationIssue, key: string, from: number): ValidationIssue {
  const [index, ...rest] = issue.path;
  return issueAt(
    index === undefined ? [key] : [key, typeof index === 'number' ? index + from : index, ...rest],
    issue.code,
    issue.message,
  );
}
