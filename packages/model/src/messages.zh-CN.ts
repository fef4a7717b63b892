import type { Catalogue } from './catalogue.js';
import type { Choice, en, Split } from './messages.en.js';
import type { RefKind } from './references.js';

const TYPES: Record<string, string> = {
  string: '字符串',
  number: '数字',
  int: '整数',
  boolean: '布尔值',
  object: '对象',
  array: '数组',
  null: '空值',
  record: '对象',
};
const type = (name: string) => TYPES[name] ?? name;

/** Each value's label with the value to write beside it: `点位（site）`. */
const choices = (list: readonly Choice[]) =>
  list
    .map((c) => (c.label ? `${c.label['zh-CN']}（${String(c.value)}）` : JSON.stringify(c.value)))
    .join('、');

const KINDS: Record<RefKind, string> = {
  person: '人员',
  unit: '单位',
  site: '点位',
  standard: '测评标准',
  observation: '测评记录',
  document: '佐证材料',
  rectification: '整改台账',
  holder: '单位或工作组',
  edition: '测评体系版本',
  round: '测评轮次',
};

const SPLITS: Record<Split, string> = {
  methods: '分方法得分',
  weightedMethods: '分方法得分按权重',
  parts: '各分项得分',
};

const unknownField = (key: string) => `未知字段 "${key}"`;
const deeper = (max: number) => `嵌套超过 ${max} 层`;

/** The model's messages in Chinese: every message of the English catalogue, from the same values. */
export const zhCN: Catalogue<typeof en> = {
  missingStandardOrArea: () => '未注明测评标准的问题须注明所属专项整治领域（或"其他"）',
  blankText: () => '文字不能为空白，也不能含控制字符或不可见字符',
  invalidClock: () => '时间应写成 24 小时制的 HH:MM，如 08:30',
  officeHoursOrder: () => '办公时段应按先后排列、互不重叠，且每段开始早于结束',
  nationalLayerFirst: () => '日历的第一层必须是国家层（国务院办公厅放假安排），且只能有一个国家层',
  nationalEveryYear: () => '国家层每年发布放假安排，不能设为"仅所列日期"：未发布年份的日期应视为未知',
  calendarDayOutsideYear: () => '日期不在该年度通知的范围内（年度通知只涉及当年及上一年 12 月的日期）',
  duplicateCalendarDay: () => '同一日期列了两次',
  unpublishedYearWithDays: () => '尚未发布（没有通知来源）的年份不应列出日期；请填写所依据的通知',
  duplicateCategory: () => '分类代码重复',
  unknownParent: () => '上级分类代码不在代码表中',
  oneExtension: () => '延期应写明延长的时限（by）或新的截止日期（until），二者只写其一',
  missingLeadUnit: () => '任务至少需要一个牵头单位（第一个为召集单位）',
  missingField: (p) =>
    `缺少必填字段，应为${typeof p.expected === 'string' ? type(p.expected) : choices(p.expected)}`,
  wrongType: (p) =>
    `类型错误：应为${type(p.expected)}，实际为${type(p.got)}${p.forms.length > 0 ? `；应写作 ${p.forms.join(' 或 ')}` : ''}`,
  notAChoice: (p) => `取值无效，可选：${choices(p.choices)}`,
  notADate: () => '应为 YYYY-MM-DD 格式的有效日期',
  notADateTime: () => '应为带时区的时间，如 2026-03-02T09:30:00+08:00',
  notTheFormat: (p) => `格式不符合要求（${p.pattern}）`,
  tooFew: (p) => `至少需要 ${p.min} ${p.characters ? '个字符' : '项'}`,
  tooMany: (p) => `最多 ${p.max} ${p.characters ? '个字符' : '项'}`,
  atLeast: (p) => `不能小于 ${p.min}`,
  greaterThan: (p) => `必须大于 ${p.min}`,
  atMost: (p) => `不能大于 ${p.max}`,
  lessThan: (p) => `必须小于 ${p.max}`,
  unknownKeyNear: (p) => `${unknownField(p.key)}，是否应为 "${p.near}"？`,
  unknownKeyExtensions: (p) => `${unknownField(p.key)}；宿主系统的自定义数据请放在 extensions 中`,
  unknownKey: (p) =>
    `${unknownField(p.key)}${p.fields ? `，可用字段：${p.fields.map((k) => `"${k}"`).join('、')}` : ''}`,
  keyNotAllowed: () => '字段名不合法',
  noFormMatches: () => '不符合任何一种允许的形式',
  notMultipleOf: (p) => `应为 ${p.divisor} 的整数倍`,
  invalidValue: () => '取值不符合要求',
  tooManyValues: (p) => `数据超过 ${p.max} 项`,
  notData: (p) => `不是数据（${p.type}）`,
  refersToItself: () => '数据存在循环引用',
  dataTooDeep: (p) => `数据${deeper(p.max)}`,
  listTooLongToRead: (p) => `列表长度 ${p.length} 超过上限`,
  protoKey: () => '不允许使用字段名 "__proto__"',
  inputUnreadable: () => '输入数据无法读取（抛出异常的读取器或已撤销的代理）',
  inputUnreadableBecause: (p) => `无法读取输入数据：${p.reason}`,
  unreadableThrown: () => '抛出了无法读取的值',
  invalidJson: (p) => `不是有效的 JSON（第 ${p.line} 行第 ${p.column} 列）：${p.reason}`,
  jsonTooManyValues: (p) => `数据项超过 ${p.max} 个`,
  jsonTextTooLong: (p) => `文本长 ${p.length} 个字符，超过上限 ${p.max}`,
  jsonTooManyKeys: (p) => `对象的字段超过 ${p.max} 个`,
  jsonTooDeep: (p) => deeper(p.max),
  jsonListTooLong: (p) => `列表超过 ${p.max} 项`,
  holidayFilesExpected: (p) => `应为 holiday-cn 年度文件的列表，最多 ${p.max} 个`,
  yearGivenTwice: (p) => `${p.year} 年的文件给了两次`,
  missingLabel: (p) => `"${p.value}" 缺少中文或英文标签`,
  duplicateId: (p) => `编号 "${p.id}" 重复`,
  duplicateStandardCode: (p) => `测评标准编号 "${p.code}" 重复`,
  unknownReference: (p) => `引用的${KINDS[p.kind]} "${p.id}" 不存在`,
  editionListedTwice: (p) => `测评体系 "${p.editionId}" 重复列出`,
  mainEditionCount: (p) => `须有且只有一个主测评体系，现有 ${p.found} 个`,
  siteTypeNotInCatalogue: (p) => `点位类型 "${p.siteType}" 不在点位目录中`,
  hierarchyCycle: (p) => `单位层级存在循环：${p.cycle.join(' → ')}`,
  phaseTwice: (p) => `"${p.phase['zh-CN']}"阶段重复安排`,
  endBeforeStart: (p) => `结束日期 ${p.end} 早于开始日期 ${p.start}`,
  deadlineOutsideTimeline: (p) => `期限 ${p.date} 不在创建时间安排（${p.first} 至 ${p.last}）之内`,
  splitMismatch: (p) =>
    `${SPLITS[p.split]}之和 ${p.sum} 与得分 ${p.score} 不符（表中只列部分构成时，请在该轮次注明 partialSplit）`,
};
