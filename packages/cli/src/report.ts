import { type Campaign, formatPercent, type Locale, label } from '@chuangwen/model';
import {
  CLASS_LABELS,
  COMPLIANCE_CLASSES,
  phaseCountdowns,
  rectificationRates,
  type TimeLimitCountdown,
} from '@chuangwen/rules';
import { taskCountdown } from '@chuangwen/sheets';
import type { CampaignView, LedgerRow } from '@chuangwen/store';

const escapeHtml = (text: string) =>
  text.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!,
  );

const FILLS = {
  compliant: '#c6efce',
  nonCompliant: '#ffc7ce',
  undetermined: '#ffeb9c',
  reboundProne: '#f8cbad',
} as const;

const REPORT_WORDS = {
  title: { 'zh-CN': '创建工作报告', en: 'Campaign report' },
  asOf: { 'zh-CN': '截至', en: 'As of' },
  phases: { 'zh-CN': '阶段倒计时', en: 'Phase countdown' },
  phase: { 'zh-CN': '阶段', en: 'Phase' },
  plan: { 'zh-CN': '计划', en: 'Planned' },
  left: { 'zh-CN': '剩余天数', en: 'Days left' },
  board: { 'zh-CN': '达标情况（按测评项目）', en: 'Compliance by item' },
  item: { 'zh-CN': '测评项目', en: 'Item' },
  overall: { 'zh-CN': '总体判定', en: 'Overall' },
  noFramework: {
    'zh-CN': '未提供测评体系，不含达标情况。',
    en: 'No framework given: the board is left out.',
  },
  ledger: { 'zh-CN': '问题整改台账（按牵头单位）', en: 'Rectification ledger by lead unit' },
  unit: { 'zh-CN': '单位', en: 'Unit' },
  found: { 'zh-CN': '发现', en: 'Found' },
  closed: { 'zh-CN': '已销号', en: 'Closed' },
  escalated: { 'zh-CN': '上报上级', en: 'Escalated' },
  overdue: { 'zh-CN': '逾期', en: 'Overdue' },
  rate: { 'zh-CN': '整改率', en: 'Rate' },
  tasks: { 'zh-CN': '任务倒计时', en: 'Task countdown' },
  task: { 'zh-CN': '任务', en: 'Task' },
  lead: { 'zh-CN': '牵头单位', en: 'Lead units' },
  deadline: { 'zh-CN': '完成时限', en: 'Deadline' },
  standing: { 'zh-CN': '长期任务', en: 'Standing duty' },
  ended: { 'zh-CN': '已结束', en: 'Ended' },
  startsIn: { 'zh-CN': '未开始，距开始', en: 'Starts in' },
  days: { 'zh-CN': '天', en: 'days' },
  overdueList: {
    'zh-CN': '逾期问题（按各自期限的计算单位）',
    en: 'Overdue problems, counted in each deadline’s own unit',
  },
  none: { 'zh-CN': '无逾期问题。', en: 'Nothing is overdue.' },
  problem: { 'zh-CN': '问题', en: 'Problem' },
  channel: { 'zh-CN': '来源', en: 'Channel' },
  due: { 'zh-CN': '整改期限', en: 'Deadline' },
  late: { 'zh-CN': '逾期', en: 'Overdue by' },
  extendedFrom: { 'zh-CN': '原定', en: 'was' },
  uncounted: { 'zh-CN': '暂无法计算', en: 'cannot be counted yet' },
} as const;

const UNIT_WORDS: Record<
  TimeLimitCountdown['unit'],
  { 'zh-CN': (n: number) => string; en: (n: number) => string }
> = {
  workingDays: { 'zh-CN': (n) => `${n} 个工作日`, en: (n) => `${n} working day${n === 1 ? '' : 's'}` },
  calendarDays: { 'zh-CN': (n) => `${n} 天`, en: (n) => `${n} day${n === 1 ? '' : 's'}` },
  workingHours: { 'zh-CN': (n) => `${n} 个工作小时`, en: (n) => `${n} working hour${n === 1 ? '' : 's'}` },
  calendarHours: { 'zh-CN': (n) => `${n} 小时`, en: (n) => `${n} hour${n === 1 ? '' : 's'}` },
};

/**
 * A self-contained HTML report of a campaign (no script, no network): the phase countdown, the board by item, the
 * ledger by unit with 整改率, the overdue problems in each deadline's own unit, and the task countdown, all read from the campaign's view (`campaignView` or
 * `documentView` of `@chuangwen/store`), as the service and the dashboard read it.
 */
export function renderReport(view: CampaignView, options: { locale: Locale }): string {
  const { locale } = options;
  const { asOf } = view;
  const campaign = view.asDocument() as Campaign;
  const framework = view.configuration.frameworks.find((f) => f.role === 'main')?.edition;
  const t = (key: keyof typeof REPORT_WORDS) => REPORT_WORDS[key][locale];
  const today = new Date(Date.parse(asOf) + 8 * 3_600_000).toISOString().slice(0, 10);
  const unitName = new Map(campaign.units.map((u) => [u.id, u.name]));
  const table = (head: string[], rows: string[][]) =>
    `<table><thead><tr>${head.map((h) => `<th>${escapeHtml(h)}</th>`).join('')}</tr></thead><tbody>${rows.map((r) => `<tr>${r.join('')}</tr>`).join('')}</tbody></table>`;
  const td = (v: string | number, style = '') =>
    `<td${style ? ` style="${style}"` : ''}>${escapeHtml(String(v))}</td>`;

  // A phase whose planned end has passed is over: it has no days left to count, however many ago it ended.
  const phases = phaseCountdowns(campaign.timeline, asOf).map((p) => [
    td(label(p.phase, locale)),
    td(`${p.start} – ${p.end}`),
    td(
      p.daysLeft < 0 ? t('ended') : p.notStarted ? `${t('startsIn')} ${-p.daysIn} ${t('days')}` : p.daysLeft,
      p.daysLeft < 0 ? `color:#666` : '',
    ),
  ]);
  let board = `<p>${escapeHtml(t('noFramework'))}</p>`;
  if (framework) {
    const rows = framework.items.flatMap((item) => {
      const s = view.board.items[item.code];
      if (!s) return [];
      return [
        [
          td(`${item.displayCode ?? ''}${item.title[locale] ?? item.title['zh-CN']}`),
          ...COMPLIANCE_CLASSES.map((c) => td(s.counts[c])),
          td(CLASS_LABELS[s.class][locale], `background:${FILLS[s.class]}`),
        ],
      ];
    });
    board = table([t('item'), ...COMPLIANCE_CLASSES.map((c) => CLASS_LABELS[c][locale]), t('overall')], rows);
  }
  const rates = rectificationRates(view.ledger, { asOf, by: 'unit' }).map((r) => [
    td(unitName.get(r.key) ?? r.key),
    td(r.found),
    td(r.closed),
    td(r.escalated),
    td(r.overdue, r.overdue > 0 ? `background:${FILLS.nonCompliant}` : ''),
    td(r.rate === null ? '—' : formatPercent(r.rate)),
  ]);
  // Each overdue problem by how far past its deadline it is, in the deadline's own unit: working days for 限期3个工作日.
  const overdueRows = view.ledger
    .filter((r): r is LedgerRow & { countdown: TimeLimitCountdown } => r.overdue && r.countdown !== undefined)
    .map((r) => {
      const by = r.countdown.overdueBy;
      const late =
        by === null
          ? `${t('uncounted')}${locale === 'zh-CN' ? '：' : ': '}${r.countdown.unknown?.message[locale] ?? ''}`
          : UNIT_WORDS[r.countdown.unit][locale](by);
      const due = `${r.deadline ?? ''}${r.timeLimit?.dueAt ? ` ${r.timeLimit.dueAt.slice(11, 16)}` : ''}${r.originalDeadline ? `${locale === 'zh-CN' ? '（' : ' ('}${t('extendedFrom')} ${r.originalDeadline}${locale === 'zh-CN' ? '）' : ')'}` : ''}`;
      return {
        by: by ?? Number.POSITIVE_INFINITY,
        cells: [
          td(`${r.externalNumber ?? r.id} ${r.description}`.slice(0, 120)),
          td(r.leadUnitId ? (unitName.get(r.leadUnitId) ?? r.leadUnitId) : '—'),
          td(r.channel ? label(r.channel, locale, 'problemChannel') : '—'),
          td(due),
          td(late, `background:${FILLS.nonCompliant}`),
        ],
      };
    })
    .sort((a, b) => b.by - a.by)
    .map((r) => r.cells);
  const overdue =
    overdueRows.length === 0
      ? `<p>${escapeHtml(t('none'))}</p>`
      : table([t('problem'), t('lead'), t('channel'), t('due'), t('late')], overdueRows);
  const tasks = campaign.tasks.map((task) => {
    const left = taskCountdown(task, today);
    return [
      td(task.description ?? task.id),
      td(task.leadUnitIds.map((id) => unitName.get(id) ?? id).join('、')),
      td(task.deadline.kind === 'date' ? task.deadline.date : label(task.deadline.duty, locale)),
      td(
        left === undefined ? t('standing') : left,
        left !== undefined && left < 0 ? `background:${FILLS.nonCompliant}` : '',
      ),
    ];
  });
  return `<!doctype html>
<html lang="${locale}"><head><meta charset="utf-8"><title>${escapeHtml(campaign.title)} · ${escapeHtml(t('title'))}</title>
<style>body{font-family:system-ui,"Noto Sans SC","Microsoft YaHei",sans-serif;margin:2rem;color:#222}table{border-collapse:collapse;margin:1rem 0}th,td{border:1px solid #999;padding:.3rem .6rem;text-align:left}th{background:#d9e1f2}</style>
</head><body>
<h1>${escapeHtml(campaign.title)}</h1>
<p>${escapeHtml(campaign.jurisdiction.name)} · ${escapeHtml(t('asOf'))} ${escapeHtml(today)}</p>
<h2>${escapeHtml(t('phases'))}</h2>${table([t('phase'), t('plan'), t('left')], phases)}
<h2>${escapeHtml(t('board'))}</h2>${board}
<h2>${escapeHtml(t('ledger'))}</h2>${table([t('unit'), t('found'), t('closed'), t('escalated'), t('overdue'), t('rate')], rates)}
<h2>${escapeHtml(t('overdueList'))}</h2>${overdue}
<h2>${escapeHtml(t('tasks'))}</h2>${table([t('task'), t('lead'), t('deadline'), t('left')], tasks)}
</body></html>
`;
}
