// The page's own words (headings, buttons, column names) in both languages, and the current language. Every domain
// term (classes, phases, statuses, metrics, site types, reasons, blockers) comes from the library's own labels.
import {
  type BilingualText,
  formatPercent,
  type Locale,
  type LocalizedText,
  localize,
} from '@chuangwen/model';
import { ref } from 'vue';

/** The page's language: Chinese by default, English by the switch. */
export const locale = ref<Locale>('zh-CN');

const UI = {
  appTitle: ['挂图作战', 'Command screen'],
  switchLanguage: ['English', '中文'],
  switchLanguageLabel: ['Switch to English', '切换为中文'],
  skipToContent: ['跳到主要内容', 'Skip to main content'],
  views: ['视图', 'Views'],
  summary: ['达标情况汇总表', 'Compliance summary'],
  phase: ['阶段倒计时', 'Phase countdown'],
  ledger: ['整改台账', 'Rectification ledger'],
  schedule: ['复查计划', 'Re-inspection schedule'],
  surveys: ['问卷调查', 'Survey rates'],
  civility: ['公共文明指数', 'Civility index'],
  history: ['达标走势', 'Board over time'],
  asOf: ['截至', 'As of'],
  colon: ['：', ': '],
  source: ['数据来源', 'Source'],
  sourceService: ['服务', 'Service'],
  sourceFile: ['文件（浏览器内计算）', 'File (computed in the browser)'],
  live: ['实时：轮询记录变化', 'Live: polling the record for changes'],
  updatedAt: ['已更新', 'Updated'],
  loading: ['正在读取…', 'Loading…'],
  dropHint: [
    '将创建工作 JSON 文件（可连同其测评体系 JSON 文件）拖放到页面任意位置，或',
    'Drop a campaign JSON file (with its framework JSON files) anywhere on the page, or',
  ],
  chooseFile: ['选择文件', 'choose a file'],
  dropHere: ['松开即可读取该文件', 'Release to read the file'],
  noData: ['暂无数据', 'No data'],
  dataTable: ['数据表', 'Data table'],
  byItem: ['按测评项目', 'By major item'],
  byUnit: ['按责任单位', 'By responsible unit'],
  item: ['测评项目', 'Major item'],
  unit: ['单位', 'Unit'],
  standard: ['测评标准', 'Standard'],
  scope: ['点位或范围', 'Site or scope'],
  class: ['判定', 'Class'],
  total: ['合计', 'Total'],
  jurisdiction: ['全辖区', 'Whole jurisdiction'],
  standardsOf: ['该项目的测评标准', 'Standards of this item'],
  cellsOf: ['该标准的各点位', 'Cells of this standard'],
  explain: ['判定依据', 'Why'],
  reasons: ['依据', 'Reasons'],
  actions: ['应做工作', 'Required actions'],
  evidence: ['佐证（测评记录）', 'Evidence (observations)'],
  back: ['返回', 'Back'],
  open: ['展开', 'Open'],
  dueOn: ['完成期限', 'Due'],
  everyDays: ['复查间隔（天）', 'Every (days)'],
  observedAt: ['时间', 'When'],
  method: ['方法', 'Method'],
  sourceOf: ['来源', 'Source'],
  outcome: ['结果', 'Outcome'],
  measure: ['测量值', 'Measure'],
  photos: ['照片', 'Photos'],
  phaseColumn: ['阶段', 'Phase'],
  currentPhase: ['当前阶段', 'Current phase'],
  plannedPhase: [
    '按计划应处阶段（由文件读入的记录从宣传发动开始）',
    'Planned phase (a record read from a file starts at mobilization)',
  ],
  start: ['开始', 'Start'],
  end: ['结束', 'End'],
  daysLeft: ['剩余天数', 'Days left'],
  daysOverdue: ['已超期天数', 'Days overdue'],
  status: ['状态', 'Status'],
  notStarted: ['未开始', 'Not started'],
  inProgress: ['进行中', 'In progress'],
  overdue: ['已超期', 'Overdue'],
  ended: ['已结束', 'Ended'],
  blockers: ['推进阻碍', 'Blockers'],
  ready: ['当前阶段已具备推进条件', 'The current phase is ready to end'],
  factsFromDocument: [
    '文件按服务读入创建工作文件的方式读入记录（配置、整改台账、档案、测评记录、问卷），阻碍据此判断；组织成立、会议、计划下达、宣传启动、队伍组建等只由事件记录的事实视为尚未记录。',
    'The file is read into a record as a service reads a posted document (configuration, ledger, archive, observations, survey returns) and blockers are judged on it; facts only events record (organisation, meetings, plans issued, publicity, teams) count as not recorded.',
  ],
  rates: ['整改率', 'Rectification rate'],
  found: ['发现问题', 'Found'],
  closed: ['已销号', 'Closed'],
  escalated: ['已上报上级', 'Escalated'],
  overdueCount: ['超期', 'Overdue'],
  overdueAndEscalated: ['超期与上报问题', 'Overdue and escalated problems'],
  problem: ['问题', 'Problem'],
  deadline: ['整改期限', 'Deadline'],
  originally: ['原定', 'was'],
  pastDue: ['超期', 'Overdue by'],
  uncounted: ['暂无法计算', 'cannot be counted yet'],
  noOverdue: ['没有超期或上报的问题', 'No overdue or escalated problems'],
  within7: ['7 天内须复查', 'To re-check within 7 days'],
  within30: ['30 天内须复查', 'To re-check within 30 days'],
  recheckBy: ['最迟复查日', 'Re-check by'],
  validUntil: ['佐证有效至', 'Evidence valid until'],
  lapseNote: [
    '以下点位若不复查，将转为"未知可否达标"。',
    'These cells become "undetermined" unless re-inspected in time.',
  ],
  nothingLapsing: ['该期间没有到期的点位', 'Nothing lapses in this period'],
  metric: ['指标', 'Metric'],
  rate: ['比率', 'Rate'],
  interval: ['95% 置信区间', '95% interval'],
  target: ['目标', 'Target'],
  met: ['达到目标', 'Target met'],
  respondents: ['样本量', 'Respondents'],
  yes: ['是', 'Yes'],
  no: ['否', 'No'],
  siteType: ['点位类型', 'Site type'],
  index: ['指数', 'Index'],
  passLine: ['合格线', 'Pass line'],
  incidence: ['不文明现象发生率', 'Incidence of uncivil behaviour'],
  score: ['得分', 'Score'],
  observed: ['观测人次', 'People watched'],
  enough: ['样本充足', 'Sample enough'],
  passed: ['合格', 'Passed'],
  noTallies: [
    '该创建工作文件中没有公共文明观测记录（extensions.civilityTallies），无法计算公共文明指数。',
    'This campaign document holds no civility tallies (extensions.civilityTallies), so there is no civility index to compute.',
  ],
  date: ['日期', 'Date'],
  historyNote: [
    '按现有有效测评记录，回溯每周的达标情况。',
    'The board as the evidence now in force judged it each week.',
  ],
  errorTitle: ['无法读取', 'Could not read'],
  overridden: ['认定', 'Decided'],
  overrideReason: ['认定理由', 'Why decided'],
  byEvidence: ['按证据判定', 'By the evidence'],
  nothingRecorded: ['该点位没有测评记录', 'Nothing is recorded for this cell'],
} as const satisfies Record<string, readonly [string, string]>;

/** The name of one of the page's own texts. */
export type UiKey = keyof typeof UI;

/** One of the page's own texts, in the current language. */
export function t(key: UiKey): string {
  return UI[key][locale.value === 'en' ? 1 : 0];
}

/** A library text (bilingual or localized), in the current language. */
export function tx(text: BilingualText | LocalizedText | string): string {
  return typeof text === 'string' ? text : localize(text, locale.value);
}

/** Text in brackets, as each language writes them: （…） in Chinese, " (…)" in English. */
export function paren(text: string | number): string {
  return locale.value === 'en' ? ` (${text})` : `（${text}）`;
}

/** A list run together, as each language writes it: 、 in Chinese, ", " in English. */
export function joinList(items: readonly string[]): string {
  return items.join(locale.value === 'en' ? ', ' : '、');
}

/** A rate as a percentage with one decimal, or a dash. */
export function pct(rate: number | null | undefined): string {
  return rate === null || rate === undefined ? '—' : formatPercent(rate);
}

/** A number with one decimal, or a dash. */
export function num(value: number | null | undefined): string {
  return value === null || value === undefined ? '—' : value.toFixed(1);
}
