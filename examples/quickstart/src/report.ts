// The report as data: headings, lines and tables in one language, rendered as text or HTML.
import { SAMPLE_NOTICE } from '@chuangwen/fixtures';
import { ROLE_LABELS, verifyAuditLog } from '@chuangwen/machine';
import { type Locale, label, type Phase } from '@chuangwen/model';
import { CLASS_LABELS, COMPLIANCE_CLASSES, phaseCountdowns } from '@chuangwen/rules';
import type { BoardPoint, CampaignRun } from './campaign-run.js';

export interface Section {
  heading: string;
  lines?: string[];
  table?: { head: string[]; rows: (string | number)[][] };
}

export interface Report {
  title: string;
  notice: string;
  sections: Section[];
  chart: { title: string; points: BoardPoint[]; legend: Record<string, string> };
}

const pct = (x: number | null) => (x === null ? '—' : `${(x * 100).toFixed(1)}%`);
const num = (x: number, digits = 1) => x.toFixed(digits);

export function buildReport(run: CampaignRun, lang: Locale): Report {
  const zh = lang === 'zh-CN';
  const t = (c: string, e: string) => (zh ? c : e);
  const unitName = (id: string) => run.campaign.units.find((u) => u.id === id)?.name ?? id;
  const sections: Section[] = [];

  // Phases: planned against actual, with the countdown when each was left.
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
          ? t(`逾期 ${-countdown.daysLeft} 天`, `${-countdown.daysLeft} days late`)
          : countdown.daysLeft === 0
            ? t('按期', 'on time')
            : t(`提前 ${countdown.daysLeft} 天`, `${countdown.daysLeft} days early`)
        : '—',
    ];
  });
  sections.push({
    heading: t('一、阶段进度与倒计时', '1. Phases and countdown'),
    lines: [
      t(
        `当前状态：${run.state === 'closed' ? '已结束' : label(run.state as Phase, lang)}；经历 ${history.length} 次阶段变化（含一次"发现回潮退回专项整治"）`,
        `State: ${run.state}; ${history.length} phase entries (including one loop back to rectification after a relapse)`,
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

  // The board per major item.
  const items = run.framework.items.map((item) => {
    const counts = run.finalBoard.items[item.code]!.counts;
    return [
      `${item.code} ${zh ? item.title['zh-CN'] : (item.title.en ?? item.title['zh-CN'])}`,
      ...COMPLIANCE_CLASSES.map((c) => counts[c]),
      CLASS_LABELS[run.finalBoard.items[item.code]!.class][lang],
    ];
  });
  sections.push({
    heading: t(
      '二、四类达标情况（按测评项目，正式测评后）',
      '2. The four-way board per major item (after the official assessment)',
    ),
    table: {
      head: [
        t('测评项目', 'Item'),
        ...COMPLIANCE_CLASSES.map((c) => CLASS_LABELS[c][lang]),
        t('汇总', 'Rolled up'),
      ],
      rows: items,
    },
  });

  // Refused moves.
  sections.push({
    heading: t('三、被拒绝的阶段推进及原因', '3. Refused phase moves and their blockers'),
    lines: run.refusals.flatMap((r) => [`${r.at}:`, ...r.blockers.map((b) => `  - ${b.message[lang]}`)]),
  });

  // The ledger by unit.
  const byUnit = new Map<string, { total: number; closed: number; escalated: number; repeats: number }>();
  for (const [, entry] of Object.entries(run.context.ledger)) {
    const unit = entry.context.unitId ?? '—';
    const u = byUnit.get(unit) ?? { total: 0, closed: 0, escalated: 0, repeats: 0 };
    u.total += 1;
    if (entry.status === 'closed') u.closed += 1;
    if (entry.status === 'escalated') u.escalated += 1;
    u.repeats += entry.context.repeatCount;
    byUnit.set(unit, u);
  }
  const open = Object.values(run.context.ledger).filter((e) => e.status !== 'closed');
  sections.push({
    heading: t('四、整改台账（按责任单位）', '4. Rectification ledger by unit'),
    lines: open.map((e) => {
      const unit = unitName(e.context.unitId ?? '');
      return e.context.escalatedTo
        ? t(
            `未销号：${e.context.id}（${unit}，已上报${e.context.escalatedTo}）`,
            `Open: ${e.context.id} (${unit}, escalated to ${e.context.escalatedTo})`,
          )
        : t(
            `未销号：${e.context.id}（${unit}，${label(e.status, 'zh-CN')}）`,
            `Open: ${e.context.id} (${unit}, ${label(e.status, 'en').toLowerCase()})`,
          );
    }),
    table: {
      head: [
        t('单位', 'Unit'),
        t('问题数', 'Problems'),
        t('已销号', 'Closed'),
        t('上报区级', 'Escalated'),
        t('回潮次数', 'Relapses'),
      ],
      rows: [...byUnit]
        .sort((a, b) => b[1].total - a[1].total)
        .map(([id, u]) => [unitName(id), u.total, u.closed, u.escalated, u.repeats]),
    },
  });

  // Cadence.
  sections.push({
    heading: t('五、督查频次（每月）', '5. Supervision cadence per month'),
    lines: [
      ...(run.cadence.missed.length === 0
        ? [t('所有月份均已落实', 'Every month met')]
        : run.cadence.missed.map((m) => m.message[lang])),
      ...run.makeUps.map((m) =>
        t(
          `${m.makeUpFor} 的${label(m.kind, 'zh-CN')}于 ${m.date} 补课补齐`,
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

  // Survey rates.
  sections.push({
    heading: t(
      `六、问卷调查（样本 ${run.responses} 份，95% 置信区间）`,
      `6. Survey rates (${run.responses} responses, 95% Wilson intervals)`,
    ),
    table: {
      head: [
        t('指标', 'Metric'),
        t('比率', 'Rate'),
        t('区间', 'Interval'),
        t('目标', 'Target'),
        t('达标', 'Met'),
      ],
      rows: Object.values(run.rates).map((r) => [
        label(r.metric, lang),
        pct(r.rate),
        `${pct(r.low)} – ${pct(r.high)}`,
        pct(r.target),
        r.met === null
          ? '—'
          : r.met
            ? r.confidentlyMet
              ? t('是（稳定）', 'yes (confidently)')
              : t('是', 'yes')
            : t('否', 'no'),
      ]),
    },
  });

  // Civility index.
  sections.push({
    heading: t(
      `七、公共文明指数：${num(run.civility.index ?? 0)}（合格线 ${run.civility.passLine}，${run.civility.passed ? '达标' : '未达标'}）`,
      `7. Public civility index: ${num(run.civility.index ?? 0)} (pass line ${run.civility.passLine}, ${run.civility.passed ? 'passed' : 'not passed'})`,
    ),
    table: {
      head: [
        t('点位类型', 'Site type'),
        t('不文明现象发生率', 'Incidence of uncivil behaviour'),
        t('得分', 'Score'),
        t('样本充足', 'Sample enough'),
      ],
      rows: run.civility.siteTypes.map((s) => {
        const type = run.siteTypes.types.find((x) => x.code === s.siteType);
        return [
          type ? (zh ? type.name['zh-CN'] : (type.name.en ?? type.name['zh-CN'])) : s.siteType,
          pct(s.incidence),
          num(s.score),
          s.enough ? t('是', 'yes') : t('否', 'no'),
        ];
      }),
    },
  });

  // Score and unit ranking.
  sections.push({
    heading: t('八、测评得分与单位考核排名', '8. Score and unit ranking'),
    lines: [
      t(
        `测评总分 ${num(run.score.total)}（标准得分 ${num(run.score.additive)} / ${run.score.maxPoints}，得分率 ${pct(run.score.scoreRate)}，特色加分 ${run.score.bonus}）；前置条件${run.score.gated ? '未通过' : '已通过'}`,
        `Score ${num(run.score.total)} (standards ${num(run.score.additive)} of ${run.score.maxPoints}, rate ${pct(run.score.scoreRate)}, bonus ${run.score.bonus}); prerequisites ${run.score.gated ? 'failed' : 'passed'}`,
      ),
      ...run.appraisal.suggestions.map((s) =>
        t(
          `问责建议：${unitName(s.unitId)}，${label(s.kind, lang)}：${s.reason['zh-CN']}`,
          `Suggested: ${label(s.kind, lang)} for ${unitName(s.unitId)}: ${s.reason.en}`,
        ),
      ),
    ],
    table: {
      head: [
        t('名次', 'Rank'),
        t('单位', 'Unit'),
        t('得分', 'Score'),
        t('等级', 'Grade'),
        t('扣分项', 'Deductions'),
      ],
      rows: run.appraisal.scorecards.map((c) => [
        c.rank,
        unitName(c.unitId),
        num(c.score),
        label(c.grade, lang),
        c.entries.filter((e) => e.kind === 'deduction').length,
      ]),
    },
  });

  // Audit.
  const verified = verifyAuditLog(run.audit);
  const actors = new Set(run.audit.map((e) => e.actor?.role).filter(Boolean));
  sections.push({
    heading: t('九、审计日志', '9. Audit log'),
    lines: [
      t(
        `共 ${run.audit.length} 条，哈希链校验${verified.ok ? '通过' : '失败'}；涉及角色：${[...actors].map((r) => ROLE_LABELS[r!]['zh-CN']).join('、')}`,
        `${run.audit.length} entries, hash chain ${verified.ok ? 'verified' : 'BROKEN'}; roles: ${[...actors].map((r) => ROLE_LABELS[r!].en).join(', ')}`,
      ),
    ],
  });

  return {
    title: `${run.campaign.title} · ${run.campaign.theme ?? ''}`,
    notice: SAMPLE_NOTICE[lang],
    sections,
    chart: {
      title: t('四类达标情况随时间变化', 'The board over time'),
      points: run.boardHistory,
      legend: Object.fromEntries(COMPLIANCE_CLASSES.map((c) => [c, CLASS_LABELS[c][lang]])),
    },
  };
}
