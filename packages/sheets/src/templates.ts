import {
  COMPETITION_GROUP_LABELS,
  COMPETITION_GROUPS,
  SCORING_RULE_KIND_LABELS,
  SCORING_RULE_KINDS,
  type SiteType,
  STANDARD_KIND_LABELS,
  STANDARD_KINDS,
} from '@chuangwen/checklists';
import {
  ASSESSMENT_METHODS,
  type CategoryTable,
  DatumSchema,
  ENUM_LABELS,
  FrequencySchema,
  HOTLINE_REQUEST_TYPES,
  type Person,
  RECTIFICATION_AREAS,
  RECTIFICATION_STATUSES,
  SATISFACTION_LEVELS,
  type Site,
  SiteSelectionSchema,
  TICKET_STATES,
  type Unit,
  URBAN_CASE_KINDS,
} from '@chuangwen/model';
import { GBT_30428_CATEGORIES, SAMPLE_HOTLINE_CATEGORIES } from '@chuangwen/rules';
import { EDITION_META, FRAMEWORK_TABLE } from './framework-columns.js';
import { CATEGORY_NAMES } from './materials.js';
import { RECTIFICATION_TABLE } from './rectification-columns.js';
import { ROUND_TABLE } from './rounds.js';
import type { ListSpec, WorkbookSpec, WriteColumn } from './sheet-spec.js';
import { SITE_TABLE } from './sites.js';
import type { TableSpec } from './table.js';
import { TASK_TABLE } from './tasks.js';
import { HOTLINE_TICKET_TABLE, TICKET_STEP_TABLE, URBAN_CASE_TABLE } from './ticket-columns.js';
import { type ImportKind, WORKBOOK_KINDS } from './workbook-kinds.js';
import { writeWorkbook } from './write-workbook.js';

/** What the drop-down lists of a template offer: the campaign's units, people and sites, the site types. */
export interface TemplateOptions {
  units?: readonly Unit[];
  people?: readonly Person[];
  sites?: readonly Site[];
  siteTypes?: readonly SiteType[];
  /** The hotline's category table, offered for 诉求分类 in the ticket template; the sample table by default. */
  hotlineCategories?: CategoryTable;
  /** Blank rows offered for typing, with the drop-downs set; 200 by default. */
  rows?: number;
}

const zh = <T extends string>(values: readonly T[], labels: Record<T, { 'zh-CN': string }>) =>
  values.map((v) => labels[v]['zh-CN']);

/** A sheet of a template: its table's columns in order, the list each column picks from, and the lines below it. */
interface Layout<K extends string = string> {
  spec: TableSpec<K>;
  keys: readonly K[];
  lists: Partial<Record<K, [list: string, strict: boolean]>>;
  notes: string[];
  fields?: { label: string; list?: string }[];
}

/** A layout whose keys and lists are checked against its table's columns. */
const layout = <K extends string>(l: Layout<K>): Layout => l;

/** The sheet a template shows for each table a kind imports (a ticket export has three). */
const LAYOUTS: readonly Layout[] = [
  layout({
    spec: FRAMEWORK_TABLE,
    keys: [
      'item',
      'content',
      'standard',
      'methods',
      'points',
      'kind',
      'rule',
      'siteTypes',
      'materials',
      'veto',
    ],
    lists: {
      methods: ['测评方法', false],
      kind: ['标准类型', true],
      rule: ['计分规则', false],
      siteTypes: ['点位类型', false],
      veto: ['是否', true],
    },
    fields: [{ label: EDITION_META.group, list: '组别' }, { label: EDITION_META.year }],
    notes: [
      '第 2 行填写组别（从下拉列表选择）和年份；标题中已写明的（如"……测评体系（2026年版）——地级市"）可不填。',
      '测评项目、测评内容可合并单元格，只写一次；分值写在"分值"列，或写在项目、内容名称后，如"（11分）"。',
      '一条标准含几项要求时，可在同一格中编号书写，如"1)……；2)……"，测评方法也可按编号分别写明。',
      '四级体系在"测评项目"与"测评内容"之间加一列"指标"。编号可写在名称前，如"一、""（一）""1."。',
      `材料要求每行一项，如"图片×5：现场照片 5 张"；类别：${CATEGORY_NAMES}。`,
    ],
  }),
  layout({
    spec: TASK_TABLE,
    keys: [
      'standards',
      'description',
      'lead',
      'supporting',
      'leader',
      'deadline',
      'frequency',
      'materials',
      'note',
    ],
    lists: {
      lead: ['单位', false],
      supporting: ['单位', false],
      leader: ['人员', false],
      frequency: ['频次', true],
    },
    notes: [
      '注：一格可填多个单位，用"、"隔开；第一个牵头单位为召集单位。"各社区""各村"表示全部社区或村。',
      '完成时限可写日期（2026年6月30日前、6月底前）或"长期坚持""常态化"。',
    ],
  }),
  layout({
    spec: SITE_TABLE,
    keys: [
      'name',
      'type',
      'unit',
      'leader',
      'grid',
      'address',
      'selection',
      'longitude',
      'latitude',
      'datum',
    ],
    lists: {
      type: ['点位类型', true],
      unit: ['单位', true],
      leader: ['人员', false],
      selection: ['点位性质', true],
      datum: ['坐标系', true],
    },
    notes: ['注：每个点位只填一个责任单位；点位性质为固定点位、重点点位或随机点位。'],
  }),
  layout({
    spec: RECTIFICATION_TABLE,
    keys: [
      'id',
      'description',
      'standard',
      'area',
      'place',
      'lead',
      'supporting',
      'guarantor',
      'leader',
      'requirement',
      'reportedAt',
      'deadline',
      'status',
      'closedAt',
    ],
    lists: {
      area: ['专项领域', true],
      place: ['点位', false],
      lead: ['单位', false],
      supporting: ['单位', false],
      guarantor: ['单位', false],
      leader: ['人员', false],
      status: ['整改状态', true],
    },
    notes: [
      '注：点位不是具体点位时写"全域"、"点位类型：农贸市场"或"单位：某社区"；发现时间写到分钟，如 2026-03-02 09:30。',
    ],
  }),
  layout({
    spec: ROUND_TABLE,
    keys: [
      'rank',
      'unit',
      'group',
      'score',
      ...ASSESSMENT_METHODS.slice(0, 4).map((m) => `method:${m}` as const),
    ],
    lists: { unit: ['单位', true] },
    notes: [
      '注：有得分可不填排名，只有排名也可不填得分；表头上方可写"编号：…　测评类型：模拟测评　周期：2026-Q2　测评日期：2026-05-20"。',
    ],
  }),
  layout({
    spec: HOTLINE_TICKET_TABLE,
    keys: HOTLINE_TICKET_TABLE.columns.map((c) => c.key),
    lists: {
      requestType: ['诉求类型', true],
      category: ['诉求分类', true],
      unit: ['单位', false],
      satisfaction: ['满意度', true],
    },
    notes: [
      '注：办理时限写作"3个工作日""24小时""2个工作小时"或"10个自然日"；有流转记录的工单，以流转记录为准，可不填派单时间至满意度各列。',
      '来电人姓名、电话等个人信息不要填入：台账不需要。',
    ],
  }),
  layout({
    spec: URBAN_CASE_TABLE,
    keys: URBAN_CASE_TABLE.columns.map((c) => c.key),
    lists: { kind: ['案件类型', true], mainType: ['大类', false], unit: ['单位', false] },
    notes: [
      '注：大类按 GB/T 30428.2 写作"公用设施""街面秩序"等（写"公用设施类"也可）；部件标识码、网格编码请设为文本格式。',
    ],
  }),
  layout({
    spec: TICKET_STEP_TABLE,
    keys: TICKET_STEP_TABLE.columns.map((c) => c.key),
    lists: {
      state: ['环节', true],
      unit: ['单位', false],
      satisfaction: ['满意度', true],
      passed: ['核查结果', true],
    },
    notes: [
      '注：每个环节一行，编号填工单编号或案卷号；退单、挂账、重办、作废的原因写在"说明"列；延期写"时限"（延长的时间）或"延期至"（新的截止日期）。',
    ],
  }),
];

function lists(options: TemplateOptions): ListSpec[] {
  return [
    { name: '单位', values: (options.units ?? []).map((u) => u.name) },
    { name: '人员', values: (options.people ?? []).map((p) => p.name) },
    { name: '点位', values: (options.sites ?? []).map((s) => s.name) },
    { name: '点位类型', values: (options.siteTypes ?? []).map((t) => t.name['zh-CN']) },
    { name: '测评方法', values: zh(ASSESSMENT_METHODS, ENUM_LABELS.assessmentMethod) },
    { name: '标准类型', values: zh(STANDARD_KINDS, STANDARD_KIND_LABELS) },
    { name: '计分规则', values: zh(SCORING_RULE_KINDS, SCORING_RULE_KIND_LABELS) },
    { name: '是否', values: ['是', '否'] },
    { name: '组别', values: zh(COMPETITION_GROUPS, COMPETITION_GROUP_LABELS) },
    { name: '频次', values: zh(FrequencySchema.options, ENUM_LABELS.frequency) },
    { name: '点位性质', values: zh(SiteSelectionSchema.options, ENUM_LABELS.siteSelection) },
    { name: '坐标系', values: zh(DatumSchema.options, ENUM_LABELS.datum) },
    { name: '专项领域', values: zh(RECTIFICATION_AREAS, ENUM_LABELS.rectificationArea) },
    { name: '整改状态', values: zh(RECTIFICATION_STATUSES, ENUM_LABELS.rectificationStatus) },
    { name: '诉求类型', values: zh(HOTLINE_REQUEST_TYPES, ENUM_LABELS.hotlineRequestType) },
    {
      name: '诉求分类',
      values: (options.hotlineCategories ?? SAMPLE_HOTLINE_CATEGORIES).categories.map((c) => c.name['zh-CN']),
    },
    { name: '案件类型', values: zh(URBAN_CASE_KINDS, ENUM_LABELS.urbanCaseKind) },
    {
      name: '大类',
      values: [
        ...new Set(
          GBT_30428_CATEGORIES.categories.filter((c) => c.parent !== undefined).map((c) => c.name['zh-CN']),
        ),
      ],
    },
    { name: '环节', values: zh(TICKET_STATES, ENUM_LABELS.ticketState) },
    { name: '满意度', values: zh(SATISFACTION_LEVELS, ENUM_LABELS.satisfaction) },
    { name: '核查结果', values: ['通过', '不通过'] },
  ];
}

/**
 * A blank template for one import (pure): the title, the header row, drop-down lists for units, people, site types,
 * methods and statuses (kept on a hidden sheet), a frozen header, a print area, widths that fit Chinese text, and how
 * to fill it in below.
 */
export function templateSheets(kind: ImportKind, options: TemplateOptions = {}): WorkbookSpec {
  const all = lists(options);
  const sheetOf = (layout: Layout) => {
    const columns: WriteColumn[] = layout.keys.map((key) => {
      const def = layout.spec.columns.find((c) => c.key === key)!;
      const list = layout.lists[key];
      const offered = list && all.find((l) => l.name === list[0] && l.values.length > 0);
      return {
        header: def.header['zh-CN'] + (def.required ? '*' : ''),
        ...(def.width === undefined ? {} : { width: def.width }),
        ...(offered ? { list: offered.name, strictList: list[1] } : {}),
      };
    });
    return {
      name: layout.spec.name['zh-CN'],
      title: `${layout.spec.name['zh-CN']}（模板）`,
      columns,
      rows: [],
      ...(layout.fields ? { fields: layout.fields } : {}),
      blankRows: options.rows ?? 200,
      notes: ['注：带 * 的列必填。', ...layout.notes],
    };
  };
  const sheets = WORKBOOK_KINDS[kind].tables.map((spec: TableSpec) => {
    const found = LAYOUTS.find((l) => l.spec === spec);
    if (!found) throw new Error(`no template layout for ${spec.name.en}`);
    return sheetOf(found);
  });
  return { sheets, lists: all };
}

/** Writes a blank template for one import to xlsx bytes. */
export function exportTemplate(kind: ImportKind, options: TemplateOptions = {}): Promise<Uint8Array> {
  return writeWorkbook(templateSheets(kind, options));
}
