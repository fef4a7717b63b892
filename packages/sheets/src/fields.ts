import {
  type BilingualText,
  type IssueCode,
  type PathSegment,
  type ValidationIssue,
  validateWithSchema,
} from '@chuangwen/model';
import type { z } from 'zod';
import { type SheetIssue, sheetIssue } from './issues.js';
import { say } from './messages.js';
import type { NameMatch } from './names.js';
import type { TableRow } from './table.js';
import { cellText, normalize, splitList } from './text.js';

/** Collects the issues of one import, each located at a cell and at its place in the imported value. */
export class IssueSink {
  readonly issues: SheetIssue[] = [];

  at<K extends string>(
    row: TableRow<K>,
    key: NoInfer<K> | undefined,
    code: IssueCode,
    message: BilingualText,
    path?: PathSegment[],
  ): void {
    const note = key === undefined ? undefined : row.mergeNote(key);
    const said = note ? { 'zh-CN': message['zh-CN'] + note['zh-CN'], en: message.en + note.en } : message;
    this.issues.push(sheetIssue(row.at(key), code, said, path));
  }
}

/** The allowed values of an enumeration as a cell may write them: the label, other words, or the code. */
export interface Choices<T extends string> {
  values: readonly T[];
  labels: Record<T, BilingualText>;
  /** Other words offices write for a value (已整改 for closed). */
  synonyms?: Partial<Record<T, readonly string[]>>;
}

/** The value a cell names: its Chinese or English label, a synonym, the code, or `标签（code）`. */
export function pickChoice<T extends string>(text: string, choices: Choices<T>): T | undefined {
  const key = normalize(text);
  const code = /\(([A-Za-z][A-Za-z0-9]*)\)$/.exec(key)?.[1];
  for (const value of choices.values) {
    const words = [
      choices.labels[value]['zh-CN'],
      choices.labels[value].en,
      value,
      ...(choices.synonyms?.[value] ?? []),
    ];
    if (words.some((w) => normalize(w) === key) || (code !== undefined && code === value.toLowerCase()))
      return value;
  }
  return undefined;
}

/** Reads an enumeration cell; reports a value that is none of the allowed ones. */
export function readChoice<T extends string, K extends string>(
  row: TableRow<K>,
  key: NoInfer<K>,
  choices: Choices<T>,
  sink: IssueSink,
  what: BilingualText,
): T | undefined {
  const text = cellText(row.get(key));
  if (text === undefined) return undefined;
  const value = pickChoice(text, choices);
  if (value === undefined)
    sink.at(
      row,
      key,
      'invalid_value',
      say('notAChoice', { what, text, choices: choices.values.map((v) => choices.labels[v]) }),
    );
  return value;
}

/** The message for a name that matched nothing or more than one record. */
export function nameProblem(
  written: string,
  match: Exclude<NameMatch, { ok: true }>,
  what: BilingualText,
): BilingualText {
  if (match.reason === 'ambiguous')
    return say('ambiguousName', { what, written, candidates: match.candidates });
  return say('unknownName', { what, written, hint: match.suggestion });
}

/** Reads a cell listing names (several per cell); every name that matches nothing is reported, none is dropped. */
export function readNames<K extends string>(
  row: TableRow<K>,
  key: NoInfer<K>,
  matcher: { match(name: string): NameMatch },
  sink: IssueSink,
  what: BilingualText,
  path: PathSegment[],
): string[] {
  const text = cellText(row.get(key));
  if (text === undefined) return [];
  const ids: string[] = [];
  for (const name of splitList(text)) {
    const match = matcher.match(name);
    if (match.ok) {
      for (const id of match.ids) if (!ids.includes(id)) ids.push(id);
    } else
      sink.at(
        row,
        key,
        match.reason === 'ambiguous' ? 'ambiguous_name' : 'unknown_name',
        nameProblem(name, match, what),
        path,
      );
  }
  return ids;
}

/**
 * Validates a record built from a row with its schema and reports each issue at the cell of the field it names;
 * `columnOf` maps a record field to the column key it was read from.
 */
export function checkRecord<S extends z.ZodType, K extends string>(
  schema: S,
  record: unknown,
  row: TableRow<K>,
  path: PathSegment[],
  columnOf: Readonly<Record<string, NoInfer<K>>>,
  sink: IssueSink,
): z.output<S> | undefined {
  const result = validateWithSchema(schema, record);
  if (result.ok) return result.value;
  // A field whose cell was already reported (an unknown unit, an unreadable date) is not reported again as missing.
  const reported = new Set(
    sink.issues.filter((i) => path.every((p, k) => i.path[k] === p)).map((i) => i.path[path.length]),
  );
  const cells = new Set(sink.issues.map((i) => `${i.sheet}!${i.row}:${i.column}`));
  for (const issue of result.issues as ValidationIssue[]) {
    const field = typeof issue.path[0] === 'string' ? issue.path[0] : '';
    const column = columnOf[field];
    const at = row.at(column);
    if (reported.has(field) || cells.has(`${at.sheet}!${at.row}:${at.column}`)) continue;
    sink.at(row, column, issue.code, issue.message, [...path, ...issue.path]);
  }
  return undefined;
}
