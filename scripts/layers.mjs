// The dependency rule of the published packages: each sits on a layer, and may import only packages of lower layers
// that its package.json declares; nothing reaches into another package's files by a relative path. The examples and
// private packages may import any published package, never the other way round. Exit code 1 names each arrow that
// breaks the rule, with the file and line.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';

/** Lower layers first: a package may depend on any package of an earlier layer. */
export const LAYERS = [['model'], ['checklists'], ['rules'], ['machine', 'sheets'], ['store'], ['cli']];
const layerOf = new Map(LAYERS.flatMap((names, i) => names.map((n) => [`@chuangwen/${n}`, i])));

const root = resolve(import.meta.dirname, '..');
const IMPORT = /(?:^|\s)(?:import|export)\s[^'"]*?from\s+['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g;

function files(dir) {
  const out = [];
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out.push(...files(path));
    else if (/\.(ts|vue|mts)$/.test(name)) out.push(path);
  }
  return out;
}

const packageOf = (specifier) => specifier.split('/').slice(0, 2).join('/');
const problems = [];
for (const dir of readdirSync(join(root, 'packages'))) {
  const base = join(root, 'packages', dir);
  const manifest = JSON.parse(readFileSync(join(base, 'package.json'), 'utf8'));
  const own = manifest.name;
  const published = layerOf.has(own);
  const declared = new Set(
    Object.keys({
      ...manifest.dependencies,
      ...manifest.peerDependencies,
      ...(published ? {} : manifest.devDependencies),
    }),
  );
  if (published)
    for (const dep of declared)
      if (layerOf.has(dep) && layerOf.get(dep) >= layerOf.get(own))
        problems.push(`${own}/package.json: depends on ${dep}, which is not on a lower layer`);
  for (const file of files(join(base, 'src'))) {
    const text = readFileSync(file, 'utf8');
    for (const m of text.matchAll(IMPORT)) {
      const specifier = m[1] ?? m[2];
      const line = text.slice(0, m.index).split('\n').length + (m[0].startsWith('\n') ? 1 : 0);
      const where = `${relative(root, file)}:${line}`;
      if (specifier.startsWith('.')) {
        const target = resolve(file, '..', specifier);
        if (!target.startsWith(`${base}/`))
          problems.push(`${where}: reaches outside its package (${specifier})`);
        continue;
      }
      const target = packageOf(specifier);
      if (!target.startsWith('@chuangwen/') || target === own) continue;
      if (published && !layerOf.has(target)) problems.push(`${where}: a published package imports ${target}`);
      else if (published && layerOf.get(target) >= layerOf.get(own))
        problems.push(`${where}: imports ${target}, which is not on a lower layer`);
      else if (!declared.has(target)) problems.push(`${where}: imports ${target} without declaring it`);
    }
  }
}
for (const dir of readdirSync(join(root, 'packages')))
  if (layerOf.has(`@chuangwen/${dir}`)) continue;
  else if (!JSON.parse(readFileSync(join(root, 'packages', dir, 'package.json'), 'utf8')).private)
    problems.push(`packages/${dir}: a published package with no layer in scripts/layers.mjs`);

if (problems.length > 0) {
  console.error(`The dependency rule is broken:\n  ${problems.join('\n  ')}`);
  process.exit(1);
}
console.log(`Dependency rule kept: ${LAYERS.map((l) => l.join(' + ')).join(' → ')}.`);
