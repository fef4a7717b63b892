// Generates the tables of docs/performance.md (and of docs/performance.zh-CN.md, when it exists) from the raw results
// the benchmarks write to packages/benchmarks/results/<bench>.json: each section between `<!-- figures:<bench> -->` and
// `<!-- /figures:<bench> -->` is rewritten whole; the prose around it is left as written. With --check, nothing is
// written and the exit code says whether the pages and the results agree (a marker without results, results without a
// marker, a table that differs, or a figure whose "met" does not follow from its value and target all fail).
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const RESULTS = 'packages/benchmarks/results';
const PAGES = [
  { file: 'docs/performance.md', lang: 'en' },
  { file: 'docs/performance.zh-CN.md', lang: 'zh-CN' },
];
const check = process.argv.includes('--check');

const WORDS = {
  en: {
    measure: 'measure',
    result: 'result',
    basis: 'how',
    target: 'target',
    met: 'met',
    missed: '**missed**',
    generated: (r, file) =>
      `Generated from \`${file}\` (\`npm run docs:performance\`): measured ${r.date.slice(0, 10)} on ${r.machine.cpu}, ${r.machine.cores} cores, ${r.machine.memoryGiB} GiB, ${r.machine.os}, Node ${r.node}, commit ${r.commit.sha.slice(0, 7) || 'unknown'}${r.commit.dirty ? ' with uncommitted changes' : ''}; load average ${r.machine.load.start} at the start, ${r.machine.load.end} at the end.`,
  },
  'zh-CN': {
    measure: '测量项',
    result: '结果',
    basis: '测法',
    target: '目标',
    met: '达到',
    missed: '**未达到**',
    generated: (r, file) =>
      `由 \`${file}\` 生成（\`npm run docs:performance\`）：${r.date.slice(0, 10)} 测于 ${r.machine.cpu}，${r.machine.cores} 核，${r.machine.memoryGiB} GiB，${r.machine.os}，Node ${r.node}，提交 ${r.commit.sha.slice(0, 7) || '未知'}${r.commit.dirty ? '（含未提交的改动）' : ''}；1 分钟平均负载开始时 ${r.machine.load.start}，结束时 ${r.machine.load.end}。`,
  },
};
const SIGN = { '<': '<', '<=': '≤', '>': '>', '>=': '≥' };

/** A number as the page shows it: whole above 100, otherwise two or three significant places. */
function number(value) {
  const abs = Math.abs(value);
  if (!Number.isFinite(value)) return String(value);
  if (abs >= 100) return Math.round(value).toLocaleString('en');
  if (abs >= 10) return value.toFixed(1);
  if (abs >= 1) return value.toFixed(2);
  return Number(value.toPrecision(3)).toString();
}
const withUnit = (value, unit) => (unit === 'x' ? `${number(value)}x` : `${number(value)} ${unit}`);
const cell = (text) => String(text).replace(/\|/g, '\\|').replace(/\n/g, ' ');

function meets(value, target) {
  switch (target.comparison) {
    case '<':
      return value < target.value;
    case '<=':
      return value <= target.value;
    case '>':
      return value > target.value;
    case '>=':
      return value >= target.value;
    default:
      throw new Error(`unknown comparison ${target.comparison}`);
  }
}

/** Reads and checks one results file: the fields the page needs, and every "met" as its value and target give it. */
function readResults(file) {
  const run = JSON.parse(readFileSync(file, 'utf8'));
  const problems = [];
  for (const key of ['bench', 'command', 'machine', 'node', 'commit', 'date', 'tables', 'figures'])
    if (!(key in run)) problems.push(`${file}: no "${key}"`);
  if (run.machine && typeof run.machine.load?.start !== 'number') problems.push(`${file}: no machine.load`);
  for (const f of run.figures ?? []) {
    if (typeof f.value !== 'number') problems.push(`${file}: figure ${f.id} has no numeric value`);
    if (!run.tables?.some((t) => t.id === f.table)) problems.push(`${file}: figure ${f.id} names no table`);
    if (f.target && f.met !== meets(f.value, f.target))
      problems.push(
        `${file}: figure ${f.id} says met=${f.met}, but ${f.value} ${f.target.comparison} ${f.target.value}`,
      );
  }
  return { run, problems };
}

/** The generated section of one bench in one language. */
function render(run, file, lang) {
  const w = WORDS[lang];
  const out = ['', `_${w.generated(run, file)}_`, '', '```sh', run.command, '```'];
  for (const table of run.tables) {
    const rows = run.figures.filter((f) => f.table === table.id);
    if (rows.length === 0) continue;
    const targets = rows.some((f) => f.target);
    out.push('', `**${cell(table.title[lang])}**`, '');
    out.push(
      targets
        ? `| ${w.measure} | ${w.result} | ${w.basis} | ${w.target} | |`
        : `| ${w.measure} | ${w.result} | ${w.basis} |`,
    );
    out.push(targets ? '|---|---:|---|---|---|' : '|---|---:|---|');
    for (const f of rows) {
      const result = f.target ? `**${withUnit(f.value, f.unit)}**` : withUnit(f.value, f.unit);
      const basis = f.basis ? cell(f.basis[lang]) : '';
      const row = [cell(f.measure[lang]), result, basis];
      if (targets)
        row.push(
          f.target
            ? `${SIGN[f.target.comparison]} ${withUnit(f.target.value, f.unit)} (${f.target.source})`
            : '—',
          f.target ? (f.met ? w.met : w.missed) : '',
        );
      out.push(`| ${row.join(' | ')} |`);
    }
  }
  out.push('');
  return out.join('\n');
}

const files = existsSync(RESULTS)
  ? readdirSync(RESULTS)
      .filter((f) => f.endsWith('.json'))
      .sort()
  : [];
const runs = new Map();
const problems = [];
for (const name of files) {
  const path = join(RESULTS, name);
  const { run, problems: found } = readResults(path);
  problems.push(...found);
  if (run.bench !== name.replace(/\.json$/, '')) problems.push(`${path}: its bench is "${run.bench}"`);
  runs.set(run.bench, { run, path });
}

let differing = 0;
for (const page of PAGES) {
  if (!existsSync(page.file)) continue;
  const text = readFileSync(page.file, 'utf8');
  const seen = new Set();
  const marker = /<!-- figures:([a-z0-9-]+) -->[\s\S]*?<!-- \/figures:\1 -->/g;
  for (const open of text.matchAll(/<!-- figures:([a-z0-9-]+) -->/g))
    if (!text.includes(`<!-- /figures:${open[1]} -->`))
      problems.push(`${page.file}: <!-- figures:${open[1]} --> is never closed`);
  const next = text.replace(marker, (whole, bench) => {
    seen.add(bench);
    const found = runs.get(bench);
    if (!found) {
      problems.push(
        `${page.file}: no results for <!-- figures:${bench} --> (run the benchmark: ${RESULTS}/${bench}.json)`,
      );
      return whole;
    }
    return `<!-- figures:${bench} -->${render(found.run, found.path, page.lang)}<!-- /figures:${bench} -->`;
  });
  if (page.lang === 'en')
    for (const bench of runs.keys())
      if (!seen.has(bench))
        problems.push(`${page.file}: results for "${bench}" appear nowhere (add its markers)`);
  if (next !== text) {
    differing += 1;
    if (check) {
      const sections = [...seen].filter((bench) => {
        const section = new RegExp(`<!-- figures:${bench} -->[\\s\\S]*?<!-- /figures:${bench} -->`);
        return text.match(section)?.[0] !== next.match(section)?.[0];
      });
      problems.push(
        `${page.file}: the tables of ${sections.join(', ')} differ from the results (npm run docs:performance)`,
      );
    } else writeFileSync(page.file, next);
  }
}

if (problems.length > 0) {
  console.error(
    `The performance pages and the benchmark results disagree:\n${problems.map((p) => `  ${p}`).join('\n')}`,
  );
  process.exit(1);
}
console.log(
  check
    ? `${runs.size} benchmark results agree with the performance pages.`
    : `${differing} performance page(s) regenerated from ${runs.size} benchmark results.`,
);
