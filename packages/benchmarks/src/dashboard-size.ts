// The command screen's page as its build leaves it: what it loads at start and what a dropped campaign file adds, part
// by part against the budgets its bundle test holds it to (the same module weighs both). Writes results/dashboard.json.
import {
  type BundlePart,
  FILE_PARTS,
  PAGE_PARTS,
  type PartSize,
  readBundle,
} from '@chuangwen/example-dashboard/bundle-sizes';
import { Results } from './results.js';

const results = new Results('dashboard', 'npm run build && npm run dashboard -w @chuangwen/benchmarks');
const bundle = readBundle();
const kib = (bytes: number) => bytes / 1024;

function weigh(parts: readonly BundlePart[], sizes: Record<string, PartSize>, prefix: string): void {
  const unknown = Object.keys(sizes).filter((id) => !parts.some((p) => p.id === id));
  if (unknown.length > 0) throw new Error(`chunks with no budget: ${unknown.join(', ')}`);
  for (const part of parts) {
    const size = sizes[part.id];
    if (!size) throw new Error(`the build has no chunk ${part.id}`);
    results.figure({
      id: `${prefix}${part.id.replace(/ /g, '-')}`,
      measure: part.label,
      value: kib(size.gzip),
      unit: 'KiB',
      basis: {
        en: `minified + gzip; ${kib(size.minified).toFixed(1)} KiB minified`,
        'zh-CN': `压缩并 gzip 后；压缩后 ${kib(size.minified).toFixed(1)} KiB`,
      },
      target: { comparison: '<=', value: part.budgetKiB, source: 'budget' },
    });
  }
}

results.table('start', { en: 'What the page loads at start', 'zh-CN': '页面启动时加载的内容' });
weigh(PAGE_PARTS, bundle.start, 'start-');
results.table('file', { en: 'What a dropped campaign file adds', 'zh-CN': '拖入活动文件时增加的内容' });
weigh(FILE_PARTS, bundle.file, 'file-');
results.table('both', { en: 'Both together', 'zh-CN': '两者合计' });
const page = bundle.start.page!;
const file = bundle.file['file mode']!;
results.figure({
  id: 'both',
  measure: {
    en: 'the page and everything a file may add, minified + gzip',
    'zh-CN': '页面及文件可能增加的全部内容，压缩并 gzip 后',
  },
  value: kib(page.gzip + file.gzip),
  unit: 'KiB',
  basis: {
    en: `${kib(page.minified + file.minified).toFixed(1)} KiB minified`,
    'zh-CN': `压缩后 ${kib(page.minified + file.minified).toFixed(1)} KiB`,
  },
});
results.write();
