// The main job: a whole campaign of the sample street, printed as a report (Chinese by default, --lang en for
// English) and written as a self-contained report.html beside it.
import { mkdirSync, writeFileSync } from 'node:fs';
import { runCampaign } from './campaign-run.js';
import { renderHtml } from './render-html.js';
import { renderText } from './render-text.js';
import { buildReport } from './report.js';
import { jurisdictionSections } from './report-jurisdiction.js';

const lang =
  process.argv.includes('--lang') && process.argv[process.argv.indexOf('--lang') + 1] === 'en'
    ? 'en'
    : 'zh-CN';
const run = runCampaign();
if (run.state !== 'closed') throw new Error(`the campaign should have closed, but it is in ${run.state}`);
const report = buildReport(run, lang);
report.sections.push(...jurisdictionSections(run, lang));
console.log(renderText(report, lang));

const out = new URL('../out/', import.meta.url);
mkdirSync(out, { recursive: true });
writeFileSync(new URL('report.html', out), renderHtml(report, lang));
console.log(`\n${lang === 'en' ? 'Written' : '已生成'}: examples/quickstart/out/report.html`);
