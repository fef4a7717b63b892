// How the campaign went: phases against the plan, refused moves, the board, the supervision cadence.
import { label, type Phase } from '@chuangwen/model';
import { CLASS_LABELS, COMPLIANCE_CLASSES, phaseCountdowns } from '@chuangwen/rules';
import { days, type ReportContext, type Section } from './report.js';

export function progressSections({ run, lang, t, zh }: ReportContext): Section[] {
  const sections: Section[] = [];
  const history = run.context.history;
  const rows = run.campaign.timeline.map((plan) => {
    const entered = history.filter((h) => h.phase === plan.phase);
    const left = history.find(
      (h, i) => i > 0 && history[i - 1]!.phase === plan.phase && h.at >= (entered.at(-1)?.at ?? ''),
    );
    const countdown = left ? phaseCountdowns([plan], left.at)[0]! : undefined;
    return [
      label(plan.phase, lang),
      `${plan.start} – ${plan.end}`,
      entered.map((e) => e.at.slice(0, 10)).join(', ') || '—',
      left ? left.at.slice(0, 10) : '—',
      countdown
        ? countdown.overdue
          ? t(`逾期 ${days(-countdown.daysLeft, lang)}`, `${days(-countdown.daysLeft, lang)} late`)
          : countdown.daysLeft === 0
            ? t('按期', 'on time')
            : t(`提前 ${days(countdown.daysLeft, lang)}`, `${days(countdown.daysLeft, lang)} early`)
        : '—',
    ];
  });
  const forced = history.filter((h) => h.via === 'force').length;
  sections.push({
    heading: t('阶段进度与倒计时', 'Phases and countdown'),
    lines: [
      t(
        `当前状态：${run.state === 'closed' ? '本轮已结束' : label(run.state as Phase, lang)}；经历 ${history.length} 次阶段变化（含一次"发现回潮退回专项整治"），领导小组决定推进 ${forced} 次`,
        `State: ${run.state === 'closed' ? 'closed' : label(run.state as Phase, lang)}; ${history.length} phase entries (including one loop back to rectification after a relapse), ${forced} by leading-group decision`,
      ),
    ],
    table: {
      head: [
        t('阶段', 'Phase'),
        t('计划', 'Planned'),
        t('进入', 'Entered'),
        t('完成', 'Left'),
        t('倒计时', 'Countdown'),
      ],
      rows,
    },
  });
  sections.push({
    heading: t(
      '达标情况汇总表（按测评项目，正式测评后）',
      'Compliance board by major item (after the official assessment)',
    ),
    table: {
      head: [
        t('测评项目', 'Item'),
        ...COMPLIANCE_CLASSES.map((c) => CLASS_LABELS[c][lang]),
        t('汇总', 'Rolled up'),
      ],
      rows: run.framework.items.map((item) => {
        const status = run.finalBoard.items[item.code]!;
        return [
          `${item.displayCode ?? item.code}${zh ? item.title['zh-CN'] : (item.title.en ?? item.title['zh-CN'])}`,
          ...COMPLIANCE_CLASSES.map((c) => status.counts[c]),
          CLASS_LABELS[status.class][lang],
        ];
      }),
    },
  });
  sections.push({
    heading: t('被拒绝的阶段推进及原因', 'Refused phase moves and their blockers'),
    lines: run.refusals.flatMap((r) => [
      `${r.at}:`,
      ...r.blockers.flatMap((b) => [
        `  - ${b.message[lang]}`,
        ...(b.details ?? []).map((d) => `      ${d.ref}：${d.message[lang]}`),
      ]),
    ]),
  });
  sections.push({
    heading: t('督查频次（每月）', 'Supervision cadence per month'),
    lines: [
      ...(run.cadence.missed.length === 0
        ? [t('所有月份均已落实', 'Every month met')]
        : run.cadence.missed.map((m) => m.message[lang])),
      ...run.makeUps.map((m) =>
        t(
          `${m.makeUpFor} 的${label(m.kind, 'zh-CN')}于 ${m.date} 补开`,
          `${m.makeUpFor}: ${label(m.kind, 'en').toLowerCase()} made up on ${m.date}`,
        ),
      ),
    ],
    table: {
      head: [t('月份', 'Month'), ...run.cadence.months[0]!.obligations.map((o) => label(o.kind, lang))],
      rows: run.cadence.months.map((m) => [
        m.month,
        ...m.obligations.map((o) => `${o.held}/${o.required}${o.met ? '' : ' ✗'}`),
      ]),
    },
  });
  return sections;
}
