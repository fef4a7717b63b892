// What the campaign achieved: surveys, the civility index, the score of each framework edition, the mock assessment
// rounds with their rankings and outcomes, unit appraisal, and the audit log.
import { ROLE_LABELS } from '@chuangwen/machine';
import {
  APPRAISAL_OUTCOME_KINDS,
  type AssessmentMethod,
  label,
  type UnitKind,
  unitKindLabel,
} from '@chuangwen/model';
import { num, pct, type ReportContext, type Section } from './report.js';
import { ROUND_METHODS } from './rounds.js';
import { unitName } from './street.js';

export function resultSections({ run, lang, t, zh }: ReportContext): Section[] {
  const sections: Section[] = [];
  sections.push({
    heading: t(
      `问卷调查（样本 ${run.responses} 份，95% 置信区间）`,
      `Survey rates (${run.responses} responses, 95% Wilson intervals)`,
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
  sections.push({
    heading: t(
      `公共文明指数：${num(run.civility.index ?? 0)}（合格线 ${run.civility.passLine}，${run.civility.passed ? '达标' : '未达标'}）`,
      `Public civility index: ${num(run.civility.index ?? 0)} (pass line ${run.civility.passLine}, ${run.civility.passed ? 'passed' : 'not passed'})`,
    ),
    table: {
      head: [
        t('点位类型', 'Site type'),
        t('不文明现象发生率', 'Incidence of uncivil behaviour'),
        t('得分', 'Score'),
        t('"无…现象"类出现', '"None allowed" seen'),
        t('样本充足', 'Sample enough'),
      ],
      rows: run.civility.siteTypes.map((s) => {
        const type = run.siteTypes.types.find((x) => x.code === s.siteType);
        return [
          type ? (zh ? type.name['zh-CN'] : (type.name.en ?? type.name['zh-CN'])) : s.siteType,
          pct(s.incidence),
          num(s.score),
          s.anyOccurrence.join(', ') || '—',
          s.enough ? t('是', 'yes') : t('否', 'no'),
        ];
      }),
    },
  });
  const main = run.score;
  sections.push({
    heading: t(
      '测评得分（按测评体系，保留至体系规定的小数位）',
      'Scores by framework edition (to each edition’s precision)',
    ),
    lines: [
      t(
        `主测评体系：总分 ${main.total}（标准得分 ${main.additive} / ${main.maxPoints}，得分率 ${pct(main.scoreRate)}，特色加分 ${main.bonus}）；前置条件${main.gated ? '未通过' : '已通过'}`,
        `Main framework: ${main.total} (standards ${main.additive} of ${main.maxPoints}, rate ${pct(main.scoreRate)}, bonus ${main.bonus}); prerequisites ${main.gated ? 'failed' : 'passed'}`,
      ),
      t(
        `未成年人思想道德建设测评：${run.minorsScore.total} / ${run.minorsScore.maxPoints}（作为主测评体系的前置条件）`,
        `Minors' moral education assessment: ${run.minorsScore.total} of ${run.minorsScore.maxPoints} (the main framework's prerequisite)`,
      ),
      ...Object.values(main.groups).map((g) => {
        const group = run.framework.itemGroups.find((x) => x.code === g.code)!;
        return `${group.displayCode ?? g.code} ${zh ? group.title['zh-CN'] : (group.title.en ?? group.title['zh-CN'])}：${g.points} / ${g.maxPoints}`;
      }),
    ],
  });
  const latest = run.rounds.rounds.at(-1)!;
  const outcomesOf = (unitId: string) =>
    run.roundOutcomes
      .filter((o) => o.unitId === unitId)
      .map((o) => label(o.kind, lang))
      .join(t('、', ', ')) || '—';
  sections.push({
    heading: t(
      `模拟测评结果（${latest.title}，分组排名，与上一轮比较）`,
      `Mock assessment (${latest.title}, ranked in groups, change since the last round)`,
    ),
    table: {
      head: [
        t('组别', 'Group'),
        t('名次', 'Rank'),
        t('单位', 'Unit'),
        t('得分', 'Score'),
        ...ROUND_METHODS.map(([m]) => label(m, lang)),
        t('较上轮', 'Change'),
        t('结果运用', 'Outcome'),
      ],
      rows: run.roundRanking.map((r) => {
        const line = run.rounds.units[r.unitId]!.at(-1)!;
        const change = line.change === null ? '—' : `${line.change > 0 ? '+' : ''}${num(line.change)}`;
        return [
          t(
            r.rankingGroup === 'localities' ? '社区和村' : '站办所',
            r.rankingGroup === 'localities' ? 'Communities and villages' : 'Street sections',
          ),
          r.rank,
          unitName(r.unitId),
          num(r.score ?? 0),
          ...ROUND_METHODS.map(([m]) => num(line.methodScores[m as AssessmentMethod] ?? 0)),
          change,
          outcomesOf(r.unitId),
        ];
      }),
    },
  });
  sections.push({
    heading: t(
      '单位考核（分组排名，所有被点名单位各计一次）',
      'Unit appraisal (ranked in groups; every unit named counts once)',
    ),
    lines: APPRAISAL_OUTCOME_KINDS.flatMap((kind) => {
      const units = run.appraisal.suggestions.filter((s) => s.kind === kind).map((s) => unitName(s.unitId));
      return units.length === 0 ? [] : [`${label(kind, lang)}：${units.join(t('、', ', '))}`];
    }),
    table: {
      head: [
        t('组别', 'Group'),
        t('名次', 'Rank'),
        t('单位', 'Unit'),
        t('得分', 'Score'),
        t('等级', 'Grade'),
        t('扣分项', 'Deductions'),
      ],
      rows: run.appraisal.scorecards.map((c) => [
        unitKindLabel(c.rankingGroup as UnitKind, run.campaign.jurisdiction.level, lang),
        c.rank,
        unitName(c.unitId),
        num(c.score),
        label(c.grade, lang),
        c.entries.filter((e) => e.kind === 'deduction').length,
      ]),
    },
  });
  const { streams, entries, roles, verification } = run.audit;
  sections.push({
    heading: t('审计记录', 'Audit record'),
    lines: [
      t(
        `${streams} 条记录流（活动、每项整改、测评与佐证材料），共 ${entries} 条；密钥哈希链、链头锚点和事件重放校验${verification.ok ? '通过' : `失败（${verification.problems.length} 处）`}；涉及角色：${roles.map((r) => ROLE_LABELS[r]['zh-CN']).join('、')}`,
        `${streams} streams (the campaign, one per rectification, evidence), ${entries} entries; keyed hash chains, anchors and replay ${verification.ok ? 'verified' : `FAILED (${verification.problems.length} problems)`}; roles: ${roles.map((r) => ROLE_LABELS[r].en).join(', ')}`,
      ),
    ],
  });
  return sections;
}
