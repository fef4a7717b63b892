// The jurisdiction's own result, as a notice prints it: the fictional district's score each year split by method with
// its change on the year before, the cycle's weighted total, and this run's score split into the edition's method pools
// with the minors' assessment weighed in.
import { districtFramework, minorsFramework, sampleDistrictResults } from '@chuangwen/checklists/district';
import type { AssessmentMethod, Locale } from '@chuangwen/model';
import { cycleTotal, label, roundReport } from '@chuangwen/rules';
import type { CampaignRun } from './campaign-run.js';
import type { Section } from './report.js';

const signed = (x: number | null) => (x === null ? '—' : `${x >= 0 ? '+' : '−'}${Math.abs(x).toFixed(2)}`);

/** The sections of the jurisdiction's result: its years, its cycle total, and this run's method split. */
export function jurisdictionSections(run: CampaignRun, lang: Locale): Section[] {
  const zh = lang === 'zh-CN';
  const t = (z: string, e: string) => (zh ? z : e);
  const methods = (districtFramework.methodPools ?? []).map((p) => p.method);
  const rounds = sampleDistrictResults();
  const main = districtFramework.id;
  const years = roundReport(rounds, { mainEditionId: main, editionId: main }).jurisdiction;
  const minors = roundReport(rounds, { mainEditionId: main, editionId: minorsFramework.id }).jurisdiction;
  const cycle = cycleTotal(rounds, {
    firstYear: 2024,
    weights: districtFramework.cycleWeights ?? [],
    mainEditionId: main,
    editionId: main,
  });
  const score = run.score;
  const split = (m: AssessmentMethod) => score.methods[m];
  return [
    {
      heading: t(
        '全区测评结果（示例区，按年度；与上年相比，未成年人测评单列不混比）',
        "The district's own results (sample district, by year; change on the year before, the minors' assessment kept apart)",
      ),
      table: {
        head: [
          t('年度', 'Year'),
          t('得分', 'Score'),
          t('名次', 'Rank'),
          t('同比', 'Year on year'),
          ...methods.map((m) => label(m, lang)),
          t('未成年人测评', "Minors'"),
        ],
        rows: years.map((y) => [
          y.period,
          y.score?.toFixed(2) ?? '—',
          y.rank ?? '—',
          signed(y.yearOnYear),
          ...methods.map((m) => y.methodScores[m]?.toFixed(2) ?? '—'),
          minors.find((l) => l.period === y.period)?.score?.toFixed(1) ?? '—',
        ]),
      },
      lines: [
        t(
          `届期总分（${cycle.firstYear}—${cycle.lastYear}）：${cycle.total?.toFixed(2) ?? '—'} = ${cycle.years.map((y) => `${y.score} × ${Math.round(y.weight * 100)}%`).join(' + ')}`,
          `Cycle total (${cycle.firstYear}–${cycle.lastYear}): ${cycle.total?.toFixed(2) ?? '—'} = ${cycle.years.map((y) => `${y.score} × ${Math.round(y.weight * 100)}%`).join(' + ')}`,
        ),
      ],
    },
    {
      heading: t(
        '本次正式测评的方法构成（按测评体系的方法分值）',
        "This run's official score by method (in the edition's method pools)",
      ),
      table: {
        head: [t('测评方法', 'Method'), t('得分', 'Points'), t('分值', 'Pool')],
        rows: methods.map((m) => [label(m, lang), split(m)?.points ?? 0, split(m)?.maxPoints ?? 0]),
      },
      lines: [
        t(
          `主测评体系 ${score.total}，未成年人测评 ${run.minorsScore.total}（占 20%），综合得分 ${score.combinedTotal ?? '—'}`,
          `Main edition ${score.total}, minors' assessment ${run.minorsScore.total} (weighing 20%), combined ${score.combinedTotal ?? '—'}`,
        ),
      ],
    },
  ];
}
