// Minified + gzipped size of each published entry point, bundled from its built ESM output as a consumer's bundler
// would: the entry's own code and the package files it pulls in, with peer and sibling packages left out.
import { createRequire } from 'node:module';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';

const require = createRequire(import.meta.url);
const ENTRIES: [string, string[]][] = [
  ['@chuangwen/model', ['zod']],
  ['@chuangwen/checklists', ['zod', '@chuangwen/model']],
  ['@chuangwen/checklists/district', ['zod', '@chuangwen/model']],
  ['@chuangwen/rules', ['zod', '@chuangwen/model', '@chuangwen/checklists']],
  ['@chuangwen/machine', ['zod', 'xstate', '@chuangwen/model', '@chuangwen/rules']],
];

console.log('| entry | minified | minified + gzip | left out |');
console.log('|---|---:|---:|---|');
for (const [entry, external] of ENTRIES) {
  const file = require.resolve(entry).replace(/\.cjs$/, '.js');
  const result = await build({
    entryPoints: [file],
    bundle: true,
    minify: true,
    write: false,
    format: 'esm',
    platform: 'neutral',
    external,
    logLevel: 'silent',
  });
  const code = result.outputFiles[0]!.contents;
  const kb = (n: number) => `${(n / 1024).toFixed(1)} KiB`;
  console.log(
    `| \`${entry}\` | ${kb(code.length)} | ${kb(gzipSync(code, { level: 9 }).length)} | ${external.join(', ')} |`,
  );
}
