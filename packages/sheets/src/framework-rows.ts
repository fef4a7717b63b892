import { type StandardKind, stateDescription } from '@chuangwen/checklists';
import type { AssessmentMethod } from '@chuangwen/model';
import { type IssueSink, nameProblem, pickChoice } from './fields.js';
import { type FRAMEWORK_TABLE, KIND_CHOICES, METHOD_CHOICES, pad } from './framework-columns.js';
import { CATEGORIES, parseRequirements } from './materials.js';
import { say } from './messages.js';
import { parseRule } from './scoring-text.js';
import type { SiteTypeNames } from './sites.js';
import type { ColumnKey, TableRow } from './table.js';
import { cellNumber, cellText, normalize, splitList, splitNumbering, splitPoints } from './text.js';

/** A row of the FRAMEWORK_TABLE, which takes only its column keys. */
export type FrameworkRow = TableRow<FrameworkColumn>;
/** A column of the framework table. */
export type FrameworkColumn = ColumnKey<typeof FRAMEWORK_TABLE>;

/** The kind a standard is read as when the sheet does not say: from its methods. */
function inferKind(methods: AssessmentMethod[]): StandardKind {
  if (methods.length > 0 && methods.every((m) => m === 'survey')) return 'survey';
  if (
    methods.length > 0 &&
    methods.every((m) => m === 'documentReview' || m === 'briefing' || m === 'onlineMediaCheck')
  )
    return 'document';
  return 'facility';
}

/** A tier (item, indicator, content) as rows build it: its identity in the sheet and its children. */
export interface TierNode {
  key: string;
  code: string;
  displayCode?: string;
  title: { 'zh-CN': string };
  points?: number;
  children: TierNode[] | Record<string, unknown>[];
}

/** The tier a row belongs to: the one above it when the cell repeats it (merged or blank), or a new one. */
export function tier(
  row: FrameworkRow,
  key: FrameworkColumn,
  codeKey: FrameworkColumn,
  parentCode: string,
  siblings: TierNode[],
  merged: string,
): TierNode | undefined {
  const text = cellText(row.get(key));
  if (text === undefined) return siblings.at(-1);
  const identity = `${normalize(text)}|${merged}`;
  const last = siblings.at(-1);
  if (last && last.key === identity) return last;
  const { points, rest } = splitPoints(text);
  const { displayCode, rest: title } = splitNumbering(rest);
  const code =
    cellText(row.get(codeKey)) ??
    (parentCode ? `${parentCode}.${pad(siblings.length + 1)}` : pad(siblings.length + 1));
  const node: TierNode = { key: identity, code, title: { 'zh-CN': title }, children: [] };
  if (displayCode !== undefined) node.displayCode = displayCode;
  if (points !== undefined) node.points = points;
  siblings.push(node);
  return node;
}

/** Reads a standard from its row; unknown methods, kinds, rules, site types and materials are reported at their cells. */
export function readStandard(
  row: FrameworkRow,
  content: TierNode,
  ctx: RowContext,
  sink: IssueSink,
): Record<string, unknown> {
  const text = cellText(row.get('standard')) ?? '';
  const { points: inText, rest } = splitPoints(text);
  // Numbered sub-standards in one cell (1)…；2)…；3)…) become the standard's parts; the text before them, or the
  // whole cell when there is none, stays its text.
  const numbered = splitParts(rest);
  const { displayCode, rest: body } =
    numbered && numbered.lead === ''
      ? { displayCode: undefined, rest }
      : splitNumbering(numbered?.lead ?? rest);
  const methodsText = cellText(row.get('methods')) ?? '';
  const methodParts = splitParts(methodsText);
  const methods: AssessmentMethod[] = [];
  const readMethods = (written: string): AssessmentMethod[] => {
    const found: AssessmentMethod[] = [];
    for (const piece of splitList(written.replace(/\d+[)）]/g, '、'))) {
      const m = pickChoice(piece, METHOD_CHOICES);
      if (m) {
        if (!found.includes(m)) found.push(m);
        if (!methods.includes(m)) methods.push(m);
      } else sink.at(row, 'methods', 'invalid_value', say('unknownMethod', { text: piece }));
    }
    return found;
  };
  const byPart = new Map((methodParts?.parts ?? []).map((p) => [p.number, readMethods(p.text)]));
  if (!methodParts) readMethods(methodsText);
  else if (methodParts.lead !== '') readMethods(methodParts.lead);
  const kindText = cellText(row.get('kind'));
  const kind = (kindText && pickChoice(kindText, KIND_CHOICES)) || inferKind(methods);
  if (kindText && !pickChoice(kindText, KIND_CHOICES))
    sink.at(row, 'kind', 'invalid_value', say('unknownStandardKind', { text: kindText }));
  const ruleText = cellText(row.get('rule'));
  const rule = ruleText === undefined ? undefined : parseRule(ruleText);
  if (ruleText !== undefined && !rule)
    sink.at(row, 'rule', 'invalid_rule', say('unknownRule', { text: ruleText }));
  const scoring =
    rule ??
    (kind === 'survey'
      ? { kind: 'survey', passLine: ctx.surveyPassLine }
      : kind === 'document' || kind === 'activity'
        ? { kind: 'binary' }
        : stateDescription());
  const standard: Record<string, unknown> = {
    code: cellText(row.get('code')) ?? `${content.code}.${pad(content.children.length + 1)}`,
    text: { 'zh-CN': body === '' ? rest : body },
    methods,
    kind,
    scoring,
  };
  if (displayCode !== undefined) standard.displayCode = displayCode;
  if (numbered)
    standard.parts = numbered.parts.map((p) => ({
      label: p.label,
      text: { 'zh-CN': p.text },
      methods: byPart.get(p.number) ?? methods,
    }));
  const points = cellNumber(row.get('points')) ?? inText;
  if (points !== undefined) standard.points = points;
  const types = cellText(row.get('siteTypes'));
  standard.siteTypes = [];
  for (const name of types === undefined ? [] : splitList(types)) {
    const match = ctx.types.match(name);
    if (match.ok) (standard.siteTypes as string[]).push(match.ids[0]!);
    else sink.at(row, 'siteTypes', 'unknown_site_type', nameProblem(name, match, say('siteType')));
  }
  const materials = cellText(row.get('materials'));
  const { requirements, unknown } = parseRequirements(materials ?? '');
  for (const piece of unknown)
    sink.at(
      row,
      'materials',
      'unknown_material',
      say('unknownMaterial', { text: piece, categories: CATEGORIES }),
    );
  standard.materialRequirements = requirements.map((r) => ({
    category: r.category,
    quantity: r.quantity,
    ...(r.description === undefined ? {} : { description: { 'zh-CN': r.description } }),
    ...(r.provider === undefined ? {} : { provider: { 'zh-CN': r.provider } }),
  }));
  if (/^(是|√|✓|y|yes|true)$/i.test(cellText(row.get('veto')) ?? '')) standard.veto = true;
  return standard;
}

/** A numbered part as a cell writes it: `1)`, `2）`, `（3）` or `④`, with its number and text. */
interface WrittenPart {
  number: number;
  label: string;
  text: string;
}

const PART_MARK = /(?:^|(?<=[;；。，,、：:\s]))\s*(?:[(（]\s*(\d{1,2})\s*[)）]|(\d{1,2})\s*[)）]|([①-⑳]))/g;

/**
 * Splits a cell into numbered parts (`1)…；2)…；3)…`, `（1）…（2）…`, `①…②…`) and the text before them. Only a run
 * numbered from 1 without gaps counts, and at least two parts: `第2)条` or a single `1)` are text.
 */
function splitParts(text: string): { lead: string; parts: WrittenPart[] } | undefined {
  const marks = [...text.matchAll(PART_MARK)].map((m) => ({
    at: m.index ?? 0,
    end: (m.index ?? 0) + m[0].length,
    number: m[3] ? m[3].charCodeAt(0) - 0x2460 + 1 : Number(m[1] ?? m[2]),
    label: m[0].trim(),
  }));
  if (marks.length < 2 || marks.some((m, i) => m.number !== i + 1)) return undefined;
  const trimEnd = (t: string) => t.replace(/[;；。，,、：:\s]+$/u, '').trim();
  const parts = marks.map((m, i) => ({
    number: m.number,
    label: m.label,
    text: trimEnd(text.slice(m.end, marks[i + 1]?.at ?? text.length)),
  }));
  if (parts.some((p) => p.text === '')) return undefined;
  return { lead: trimEnd(text.slice(0, marks[0]!.at)), parts };
}

/** What rows are read with. */
export interface RowContext {
  types: SiteTypeNames;
  surveyPassLine: number;
}
