import type { Report } from './report.js';

const esc = (s: string | number) =>
  String(s).replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);
const COLOURS: Record<string, string> = {
  compliant: '#2e7d32',
  reboundProne: '#f9a825',
  undetermined: '#90a4ae',
  nonCompliant: '#c62828',
};
const ORDER = ['compliant', 'reboundProne', 'undetermined', 'nonCompliant'] as const;

/** A stacked bar chart of the board over time, as inline SVG (no script, no network). */
function chart(report: Report, english: boolean): string {
  const { points, legend } = report.chart;
  const w = 760;
  const h = 260;
  const left = 40;
  const barW = (w - left - 20) / points.length;
  const total = Math.max(...points.map((p) => Object.values(p.totals).reduce((a, b) => a + b, 0)));
  const y = (n: number) => (n / total) * (h - 60);
  const bars = points.map((p, i) => {
    let acc = 0;
    const x = left + i * barW + 6;
    const rects = ORDER.map((c) => {
      const v = p.totals[c];
      const r = `<rect x="${x}" y="${h - 40 - y(acc + v)}" width="${barW - 12}" height="${y(v)}" fill="${COLOURS[c]}"><title>${esc(legend[c]!)}: ${v}</title></rect>`;
      acc += v;
      return r;
    }).join('');
    return `${rects}<text x="${x + (barW - 12) / 2}" y="${h - 24}" font-size="10" text-anchor="middle">${esc(p.date.slice(5))}</text><text x="${x + (barW - 12) / 2}" y="${h - 10}" font-size="9" text-anchor="middle">${esc(english ? p.label.en : p.label['zh-CN'])}</text>`;
  });
  const keys = ORDER.map(
    (c, i) =>
      `<rect x="${left + i * 150}" y="4" width="12" height="12" fill="${COLOURS[c]}"/><text x="${left + i * 150 + 18}" y="14" font-size="12">${esc(legend[c]!)}</text>`,
  ).join('');
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${w} ${h}" width="100%" role="img" aria-label="${esc(report.chart.title)}">${keys}${bars.join('')}<line x1="${left}" y1="${h - 40}" x2="${w - 10}" y2="${h - 40}" stroke="#333"/></svg>`;
}

/** The report as one self-contained HTML page with the same content and a chart of the board over time. */
export function renderHtml(report: Report, lang: 'zh-CN' | 'en'): string {
  const body = report.sections.map((s) => {
    const lines = (s.lines ?? []).map((l) => `<p>${esc(l)}</p>`).join('');
    const table = s.table
      ? `<table><thead><tr>${s.table.head.map((c) => `<th>${esc(c)}</th>`).join('')}</tr></thead><tbody>${s.table.rows.map((r) => `<tr>${r.map((c) => `<td>${esc(c)}</td>`).join('')}</tr>`).join('')}</tbody></table>`
      : '';
    return `<section><h2>${esc(s.heading)}</h2>${lines}${table}</section>`;
  });
  return `<!doctype html>
<html lang="${lang}"><head><meta charset="utf-8"><title>${esc(report.title)}</title>
<style>body{font-family:system-ui,"Noto Sans CJK SC","PingFang SC",sans-serif;max-width:960px;margin:2em auto;padding:0 1em;color:#222}
table{border-collapse:collapse;margin:.5em 0 1em}th,td{border:1px solid #ccc;padding:.25em .6em;text-align:left}th{background:#f3f3f3}
.notice{background:#fff8e1;padding:.5em 1em;border-left:4px solid #f9a825}h2{font-size:1.1em;margin-top:1.6em}</style></head>
<body><h1>${esc(report.title)}</h1><p class="notice">${esc(report.notice)}</p>
<section><h2>${esc(report.chart.title)}</h2>${chart(report, lang === 'en')}</section>
${body.join('\n')}
</body></html>
`;
}
