// Minified + gzipped size of each published entry point, bundled from its built ESM output as a consumer's bundler
// would: the entry's own code and the package files it pulls in, with peer and sibling packages left out. Writes
// results/size.json.
import { createRequire } from 'node:module';
import { gzipSync } from 'node:zlib';
import { build, version } from 'esbuild';
import { Results } from './results.js';

const results = new Results('size', 'npm run build && npm run size -w @chuangwen/benchmarks');
const require = createRequire(import.meta.url);
const ENTRIES: [string, string[], string][] = [
  ['@chuangwen/model', ['zod'], ''],
  ['@chuangwen/checklists', ['zod', '@chuangwen/model'], ''],
  ['@chuangwen/checklists/district', ['zod', '@chuangwen/model'], ' (sample content)'],
  ['@chuangwen/rules', ['zod', '@chuangwen/model', '@chuangwen/checklists'], ''],
  [
    '@chuangwen/machine',
    ['zod', 'xstate', '@chuangwen/model', '@chuangwen/checklists', '@chuangwen/rules'],
    '',
  ],
];

results.table('entries', {
  en: `Each entry's built ESM output bundled and minified with esbuild ${version}, gzip level 9; zod, xstate and sibling packages left out`,
  'zh-CN': `各入口的 ESM 构建产物用 esbuild ${version} 打包并压缩，gzip 级别 9；不计 zod、xstate 和其他 chuangwen 包`,
});
for (const [entry, external, note] of ENTRIES) {
  const file = require.resolve(entry).replace(/\.cjs$/, '.js');
  const bundled = await build({
    entryPoints: [file],
    bundle: true,
    minify: true,
    write: false,
    format: 'esm',
    platform: 'neutral',
    external,
    logLevel: 'silent',
  });
  const code = bundled.outputFiles[0]!.contents;
  const id = entry.replace('@chuangwen/', '').replace('/', '-');
  const left = { en: `left out: ${external.join(', ')}`, 'zh-CN': `不计：${external.join('、')}` };
  const zh = note ? '（示例内容）' : '';
  results.figure({
    id: `${id}-min`,
    measure: { en: `\`${entry}\`${note}, minified`, 'zh-CN': `\`${entry}\`${zh}，压缩后` },
    value: code.length / 1024,
    unit: 'KiB',
    basis: left,
  });
  results.figure({
    id: `${id}-gzip`,
    measure: { en: `\`${entry}\`${note}, minified + gzip`, 'zh-CN': `\`${entry}\`${zh}，压缩并 gzip 后` },
    value: gzipSync(code, { level: 9 }).length / 1024,
    unit: 'KiB',
    basis: left,
  });
}
results.write();
