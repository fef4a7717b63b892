import { z } from 'zod';
import {
  type CustomIssueMessages,
  type PathSegment,
  toValidationIssues,
  type ValidationIssue,
} from './issues.js';

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
 * A list's own length checks (`min`, `max`, `length`) on a list of anything, to check them on the whole list once its
 * slices are parsed. (zod keeps them as checks of the list, not in its `bag`.)
 */
function lengthOnly(list: z.ZodArray): z.ZodType | undefined {
  const checks = ((list._zod.def.checks ?? []) as z.core.$ZodCheck<unknown[]>[]).filter((c) =>
    /^(min_length|max_length|length_equals)$/.test((c._zod.def as { check: string }).check),
  );
  return checks.length > 0 ? z.array(z.unknown()).check(...checks) : undefined;
}

/**
 * Parses an object whose long lists are validated a slice at a time, stopping once `maxIssues` problems are found: the
 * cost of a document with a million bad rows is that of the first slices that hold `maxIssues` problems. The rest of
 * the object is parsed with its long lists left out, and the parsed slices put back. Only issues within the limit are
 * translated; `more` says whether others may follow. Falls back to one parse for anything but a plain object.
 */
export function boundedParse(
  schema: z.ZodType,
  input: unknown,
  maxIssues: number,
  messages?: CustomIssueMessages,
): Parsed {
  const shape = schema instanceof z.ZodObject ? (schema.shape as Record<string, z.ZodType>) : undefined;
  if (!shape || input === null || typeof input !== 'object' || Array.isArray(input))
    return whole(schema, input, maxIssues, messages);
  const record = input as Record<string, unknown>;
  const issues: ValidationIssue[] = [];
  const lists = new Map<string, unknown[]>();
  for (const [key, field] of Object.entries(shape)) {
    const list = listOf(field);
    const items = record[key];
    if (!list || !Array.isArray(items) || items.length <= SLICE) continue;
    const slices = z.array(list.element);
    const out: unknown[] = [];
    for (let from = 0; from < items.length && issues.length < maxIssues; from += SLICE) {
      const part = slices.safeParse(items.slice(from, from + SLICE), { reportInput: true });
      if (part.success) out.push(...part.data);
      else
        issues.push(
          ...toValidationIssues(
            part.error,
            messages,
            { schema: slices, input: items.slice(from, from + SLICE) },
            maxIssues - issues.length,
          ).map((i) => shift(i, key, from)),
        );
    }
    lists.set(key, out);
  }
  if (issues.length >= maxIssues) return { ok: false, issues: issues.slice(0, maxIssues), more: true };
  // The lists' own bounds are checked on their whole length; the rest is parsed with each long list cut to its first
  // slice (parsed already, and as long as any bound a longer list can meet), and nothing found under them counted twice.
  const rest: Record<string, unknown> = { ...record };
  for (const key of lists.keys()) {
    const items = record[key] as unknown[];
    rest[key] = items.slice(0, SLICE);
    const bounds = lengthOnly(listOf(shape[key]!)!);
    const checked = bounds?.safeParse(items, { reportInput: true });
    if (checked && !checked.success)
      issues.push(
        ...toValidationIssues(checked.error, messages, { schema: bounds!, input: items }).map((i) =>
          shift(i, key, 0),
        ),
      );
  }
  const parsed = whole(schema, rest, maxIssues, messages);
  if (!parsed.ok) {
    const found = [...issues, ...parsed.issues.filter((i) => !lists.has(String(i.path[0])))];
    // Only a check across a cut list failed (the object's own refinement of it): read the whole object instead.
    if (found.length === 0) return whole(schema, input, maxIssues, messages);
    return { ok: false, issues: found.slice(0, maxIssues), more: parsed.more || found.length > maxIssues };
  }
  if (issues.length > 0)
    return { ok: false, issues: issues.slice(0, maxIssues), more: issues.length > maxIssues };
  const value = parsed.value as Record<string, unknown>;
  for (const [key, items] of lists) value[key] = items;
  return { ok: true, value };
}

function whole(schema: z.ZodType, input: unknown, maxIssues: number, messages?: CustomIssueMessages): Parsed {
  const parsed = schema.safeParse(input, { reportInput: true });
  if (parsed.success) return { ok: true, value: parsed.data };
  return {
    ok: false,
    issues: toValidationIssues(parsed.error, messages, { schema, input }, maxIssues),
    more: parsed.error.issues.length > maxIssues,
  };
}

/** An issue found in a slice (or on a whole list, at its root), moved to its place in the whole list. */
function shift(issue: ValidationIssue, key: string, from: number): ValidationIssue {
  const [index, ...rest] = issue.path;
  const path: PathSegment[] =
    index === undefined ? [key] : [key, typeof index === 'number' ? index + from : index, ...rest];
  return {
    ...issue,
    path,
    pointer: `/${path.map((p) => String(p).replaceAll('~', '~0').replaceAll('/', '~1')).join('/')}`,
  };
}
