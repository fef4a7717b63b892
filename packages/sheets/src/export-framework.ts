import {
  COMPETITION_GROUP_LABELS,
  type FrameworkEdition,
  listStandards,
  type SiteType,
  STANDARD_KIND_LABELS,
  type Standard,
} from '@chuangwen/checklists';
import { type AssessmentMethod, ENUM_LABELS } from '@chuangwen/model';
import { EDITION_META, FRAMEWORK_TABLE } from './framework-columns.js';
import { formatRequirements } from './materials.js';
import { formatRule } from './scoring-text.js';
import { headersOf, type WorkbookSpec, type WriteCell } from './sheet-spec.js';
import { formatRate } from './text.js';
import { writeWorkbook } from './write-workbook.js';

const THREE = [
  'itemCode',
  'item',
  'contentCode',
  'content',
  'code',
  'standard',
  'methods',
  'points',
  'kind',
  'rule',
  'siteTypes',
  'materials',
  'veto',
];
// A framework of four tiers adds its indicators (二级指标) between the items and the contents.
const FOUR = [...THREE.slice(0, 2), 'indicatorCode', 'indicator', ...THREE.slice(2)];

const tierText = (t: {
  displayCode?: string | undefined;
  title: { 'zh-CN': string };
  points?: number | undefined;
}) => `${t.displayCode ?? ''}${t.title['zh-CN']}${t.points === undefined ? '' : `（${t.points}分）`}`;

const methodNames = (methods: readonly AssessmentMethod[]) =>
  methods.map((m) => ENUM_LABELS.assessmentMethod[m]['zh-CN']).join('、');

/** The methods cell: numbered like the parts where the parts' methods differ, as offices write it. */
function methodsText(s: Standard): string {
  const same = s.parts.every((p) => p.methods.join() === s.methods.join());
  return same ? methodNames(s.methods) : s.parts.map((p) => `${p.label}${methodNames(p.methods)}`).join('；');
}

/**
 * A framework edition as offices print it (pure): one row per standard, the item, indicator and content written once
 * in merged cells over their standards, tier points after the title (（11分）), methods, points, kind, scoring rule,
 * site types and materials, numbered parts in the standard's cell. Re-imports to the same edition except English
 * texts, site thresholds and the
 * edition-level rules (groups, prerequisites, negative list, bonus, sampling), which a printed table does not carry.
 */
export function frameworkSheets(
  framework: FrameworkEdition,
  options: { siteTypes?: readonly SiteType[] } = {},
): WorkbookSpec {
  const four = framework.items.some((i) => i.indicators !== undefined);
  const keys = four ? FOUR : THREE;
  const typeName = new Map((options.siteTypes ?? []).map((t) => [t.code, t.name['zh-CN']]));
  const located = listStandards(framework);
  const rows: WriteCell[][] = [];
  const merges: { top: number; left: number; bottom: number; right: number }[] = [];
  const spans = new Map<unknown, { top: number; bottom: number; columns: number[] }>();
  located.forEach((l, r) => {
    const tiers: [unknown, string[]][] = [
      [l.item, ['itemCode', 'item']],
      [l.content, ['contentCode', 'content']],
    ];
    if (l.indicator) tiers.push([l.indicator, ['indicatorCode', 'indicator']]);
    for (const [node, cols] of tiers) {
      const span = spans.get(node);
      if (span) span.bottom = r;
      else spans.set(node, { top: r, bottom: r, columns: cols.map((k) => keys.indexOf(k)) });
    }
    const s = l.standard;
    const values: Record<string, WriteCell> = {
      itemCode: l.item.code,
      item: tierText(l.item),
      indicatorCode: l.indicator?.code ?? null,
      indicator: l.indicator ? tierText(l.indicator) : null,
      contentCode: l.content.code,
      content: tierText(l.content),
      code: s.code,
      standard: `${s.displayCode ?? ''}${s.text['zh-CN']}${s.parts.length === 0 ? '' : `：${s.parts.map((p) => `${p.label}${p.text['zh-CN']}`).join('；')}`}`,
      methods: methodsText(s),
      points: s.points ?? null,
      kind: STANDARD_KIND_LABELS[s.kind]['zh-CN'],
      rule: formatRule(s.scoring),
      siteTypes: s.siteTypes.length === 0 ? null : s.siteTypes.map((t) => typeName.get(t) ?? t).join('、'),
      materials:
        s.materialRequirements.length === 0
          ? null
          : formatRequirements(s.materialRequirements, (m) => m.provider?.['zh-CN']),
      veto: s.veto ? '是' : null,
    };
    rows.push(keys.map((k) => values[k] ?? null));
  });
  for (const span of spans.values())
    if (span.bottom > span.top)
      for (const c of span.columns) merges.push({ top: span.top, left: c, bottom: span.bottom, right: c });
  const meta: [string, string][] = [
    [EDITION_META.id, framework.id],
    [EDITION_META.year, String(framework.editionYear)],
    [EDITION_META.group, COMPETITION_GROUP_LABELS[framework.group]['zh-CN']],
    [EDITION_META.precision, String(framework.precision)],
  ];
  if (framework.totalPoints !== undefined) meta.push([EDITION_META.total, String(framework.totalPoints)]);
  if (framework.defaultSurveyPassLine !== undefined)
    meta.push([EDITION_META.surveyPassLine, formatRate(framework.defaultSurveyPassLine)]);
  return {
    sheets: [
      {
        name: '测评体系',
        title: framework.name['zh-CN'],
        meta,
        columns: headersOf(FRAMEWORK_TABLE, keys),
        rows,
        merges,
      },
    ],
  };
}

/** Writes a framework edition to xlsx bytes. */
export function exportFramework(
  framework: FrameworkEdition,
  options: { siteTypes?: readonly SiteType[] } = {},
): Promise<Uint8Array> {
  return writeWorkbook(frameworkSheets(framework, options));
}
