import type { Report } from './report.js';

/** Display width: CJK characters take two columns in a terminal. */
const width = (s: string) =>
  [...s].reduce(
    (w, ch) =>
      w +
      (/[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u.test(
        ch,
      )
        ? 2
        : 1),
    0,
  );
const pad = (s: string, n: number) => s + ' '.repeat(Math.max(0, n - width(s)));

/** The report as plain text for a terminal. */
export function renderText(report: Report, lang: 'zh-CN' | 'en'): string {
  const out = [report.title, report.notice, ''];
  for (const section of report.sections) {
    out.push(section.heading);
    for (const line of section.lines ?? []) out.push(`  ${line}`);
    if (section.table) {
      const cells = [section.table.head, ...section.table.rows.map((r) => r.map(String))];
      const widths = section.table.head.map((_, i) => Math.max(...cells.map((r) => width(r[i] ?? ''))));
      for (const [n, row] of cells.entries()) {
        out.push(`  ${row.map((c, i) => pad(c, widths[i]!)).join('  ')}`);
        if (n === 0) out.push(`  ${widths.map((w) => '-'.repeat(w)).join('  ')}`);
      }
    }
    out.push('');
  }
  out.push(`${report.chart.title}:`);
  for (const p of report.chart.points) {
    const bar = Object.entries(p.totals)
      .map(([k, v]) => `${report.chart.legend[k]} ${v}`)
      .join(' · ');
    out.push(`  ${p.date}  ${pad(p.label[lang], 30)}  ${bar}`);
  }
  return out.join('\n');
}
