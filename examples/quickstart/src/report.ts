// The report as data: headings, lines and tables in one language, rendered as text or HTML.
import { SAMPLE_NOTICE } from '@chuangwen/checklists/district';
import { formatPercent, type Locale } from '@chuangwen/model';
import { CLASS_LABELS, COMPLIANCE_CLASSES } from '@chuangwen/rules';
import type { CampaignRun } from './campaign-run.js';
import type { BoardPoint } from './evidence.js';
import { ledgerSections } from './report-ledger.js';
import { planSections } from './report-plan.js';
import { progressSections } from './report-progress.js';
import { resultSections } from './report-results.js';

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

/** What every section builder gets: the run, the language, and small helpers. */
export interface ReportContext {
  run: CampaignRun;
  lang: Locale;
  zh: boolean;
  t: (zh: string, en: string) => string;
}

export const pct = (x: number | null) => (x === null ? '—' : formatPercent(x));
export const num = (x: number, digits = 1) => x.toFixed(digits);
/** "1 day", "3 days", "1 天". */
export const days = (n: number, lang: Locale) =>
  lang === 'zh-CN' ? `${n} 天` : `${n} ${n === 1 ? 'day' : 'days'}`;

export function buildReport(run: CampaignRun, lang: Locale): Report {
  const zh = lang === 'zh-CN';
  const ctx: ReportContext = { run, lang, zh, t: (c, e) => (zh ? c : e) };
  const sections = [
    ...planSections(ctx),
    ...progressSections(ctx),
    ...ledgerSections(ctx),
    ...resultSections(ctx),
  ];
  const numerals = '一二三四五六七八九十';
  sections.forEach((s, i) => {
    const n = i + 1;
    const zhNumber =
      n <= 10 ? numerals[n - 1] : n < 20 ? `十${numerals[n - 11]}` : `二十${numerals[n - 21] ?? ''}`;
    s.heading = zh ? `${zhNumber}、${s.heading}` : `${n}. ${s.heading}`;
  });
  return {
    title: `${run.campaign.title} · ${run.campaign.theme ?? ''}`,
    notice: SAMPLE_NOTICE[lang],
    sections,
    chart: {
      title: ctx.t('达标情况汇总表随时间变化', 'The compliance board over time'),
      points: run.boardHistory,
      legend: Object.fromEntries(COMPLIANCE_CLASSES.map((c) => [c, CLASS_LABELS[c][lang]])),
    },
  };
}
