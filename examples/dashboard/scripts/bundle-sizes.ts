// What the built page weighs, part by part: what it loads at start (the service mode) and what a dropped campaign file
// adds, each with its budget. The build writes which modules each chunk holds and which chunks it imports
// (vite.config.ts); sizes are the built files, minified, and gzip level 9. The bundle test holds each part to its
// budget, and the benchmarks write the same figures for docs/performance.md, so the page's table is never typed.
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

/** Where the build writes the page, from the source (scripts/) or the build (dist/node/scripts/). */
export const BUILT_PAGE = fileURLToPath(
  new URL(import.meta.url.includes('/dist/node/') ? '../../page' : '../dist/page', import.meta.url),
);

/** One part of the page: its chunk's name, what it is in both languages, and its budget in KiB, minified + gzip. */
export interface BundlePart {
  id: string;
  label: { en: string; 'zh-CN': string };
  budgetKiB: number;
}

const part = (id: string, budgetKiB: number, en: string, zh: string): BundlePart => ({
  id,
  budgetKiB,
  label: { en, 'zh-CN': zh },
});

/** What the page loads at start, each part and the page with its styles, in the order the docs list them. */
export const PAGE_PARTS: readonly BundlePart[] = [
  part('model', 15, '`@chuangwen/model`', '`@chuangwen/model`'),
  part(
    'checklists',
    20,
    '`@chuangwen/checklists` (labels, the civility sheet, site types)',
    '`@chuangwen/checklists`（标签、文明观测表、点位类型）',
  ),
  part('rules', 17, '`@chuangwen/rules`', '`@chuangwen/rules`'),
  part('machine', 6, '`@chuangwen/machine` (`stateLabel`)', '`@chuangwen/machine`（`stateLabel`）'),
  part('zod', 30, 'zod', 'zod'),
  part('vue', 28, 'vue', 'vue'),
  part('echarts', 210, 'echarts (with zrender)', 'echarts（含 zrender）'),
  part('index', 17, "the page's own code", '页面自身的代码'),
  part(
    'css',
    110,
    'CSS (mostly the Noto Sans SC `@font-face` rules)',
    'CSS（主要是 Noto Sans SC 的 `@font-face` 规则）',
  ),
  part('page', 420, '**the page**', '**页面**'),
];

/** What a dropped campaign file adds (reading it into a record in the browser), each part and all of it. */
export const FILE_PARTS: readonly BundlePart[] = [
  part('model-file', 6, '`@chuangwen/model` (validation)', '`@chuangwen/model`（校验）'),
  part(
    'checklists-file',
    13,
    '`@chuangwen/checklists` (the bundled editions, framework validation)',
    '`@chuangwen/checklists`（打包的版本、测评体系校验）',
  ),
  part(
    'rules-file',
    14,
    '`@chuangwen/rules` (the board, readiness)',
    '`@chuangwen/rules`（判定板、是否具备条件）',
  ),
  part(
    'machine-file',
    18,
    '`@chuangwen/machine` (the import, the machines)',
    '`@chuangwen/machine`（导入、状态机）',
  ),
  part(
    'store-file',
    7,
    '`@chuangwen/store` (the memory store, the campaign view)',
    '`@chuangwen/store`（内存存储、活动视图）',
  ),
  part('xstate-file', 14, 'xstate', 'xstate'),
  part('file-source', 3, "the page's own code for files", '页面处理文件的代码'),
  part(
    'working-countdown',
    3,
    "counting working days and hours on the file's calendar (`working-countdown`), fetched only for deadlines in those units",
    '按文件的日历计算工作日和工作小时（`working-countdown`），只在有以这些单位计的期限时获取',
  ),
  part('file mode', 72, '**the file mode**', '**文件模式**'),
];

/** A chunk as the build reports it. */
export interface BundleChunk {
  name: string;
  fileName: string;
  isEntry: boolean;
  imports: string[];
  dynamicImports: string[];
  modules: { id: string; renderedLength: number }[];
}

/** A part's weight in bytes, minified and minified + gzip. */
export interface PartSize {
  minified: number;
  gzip: number;
}

/** The built page read back: its chunks, grouped by when they load, and each part's size. */
export interface Bundle {
  chunks: BundleChunk[];
  entry: BundleChunk;
  /** What the page loads at start: the entry and everything it imports statically. */
  atStart: Set<BundleChunk>;
  /** What a dropped file adds, not counting what it fetches on demand besides. */
  withFile: Set<BundleChunk>;
  /** What a file fetches only when it needs it (counting working time). */
  onDemand: Set<BundleChunk>;
  /** What a dropped file may add in all: `withFile` and `onDemand`. */
  onDrop: Set<BundleChunk>;
  /** What loads at start, by part id (the `PAGE_PARTS`), with `page` the sum. */
  start: Record<string, PartSize>;
  /** What a dropped file adds, by part id (the `FILE_PARTS`), with `file mode` the sum. */
  file: Record<string, PartSize>;
}

/** Reads the page the build wrote in `pageDir` (its `bundle-report.json`, its chunks and styles) and weighs it. */
export function readBundle(pageDir: string = BUILT_PAGE): Bundle {
  const report = JSON.parse(readFileSync(`${pageDir}/bundle-report.json`, 'utf8')) as {
    chunks: BundleChunk[];
  };
  const byFile = new Map(report.chunks.map((c) => [c.fileName, c]));
  const loadedWith = (start: BundleChunk): Set<BundleChunk> => {
    const seen = new Set<BundleChunk>();
    const visit = (c: BundleChunk) => {
      if (seen.has(c)) return;
      seen.add(c);
      for (const f of c.imports) visit(byFile.get(f)!);
    };
    visit(start);
    return seen;
  };
  const size = (file: string): PartSize => {
    const bytes = readFileSync(`${pageDir}/${file}`);
    return { minified: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
  };
  const sum = (sizes: PartSize[]): PartSize => ({
    minified: sizes.reduce((s, p) => s + p.minified, 0),
    gzip: sizes.reduce((s, p) => s + p.gzip, 0),
  });

  const entry = report.chunks.find((c) => c.isEntry)!;
  const atStart = loadedWith(entry);
  const withFile = new Set(
    entry.dynamicImports.flatMap((f) => [...loadedWith(byFile.get(f)!)]).filter((c) => !atStart.has(c)),
  );
  const onDemand = new Set(
    [...withFile]
      .flatMap((c) => c.dynamicImports.flatMap((f) => [...loadedWith(byFile.get(f)!)]))
      .filter((c) => !atStart.has(c) && !withFile.has(c)),
  );
  const onDrop = new Set([...withFile, ...onDemand]);

  const start: Record<string, PartSize> = Object.fromEntries(
    [...atStart].map((c) => [c.name === entry.name ? 'index' : c.name, size(c.fileName)]),
  );
  const css = readdirSync(`${pageDir}/assets`).filter((f) => f.endsWith('.css'));
  start.css = sum(css.map((f) => size(`assets/${f}`)));
  start.page = sum(Object.values(start));
  const file: Record<string, PartSize> = Object.fromEntries(
    [...onDrop].map((c) => [c.name, size(c.fileName)]),
  );
  file['file mode'] = sum(Object.values(file));
  return { chunks: report.chunks, entry, atStart, withFile, onDemand, onDrop, start, file };
}
