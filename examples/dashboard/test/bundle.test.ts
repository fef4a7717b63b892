// The page's bundle: no Node built-in in it, and a size budget for the page and for each library package inside it.
// The build writes which modules each chunk holds (vite.config.ts); the sizes are the built files, minified and gzipped.
import { readdirSync, readFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { EXAMPLE_ROOT } from '../scripts/page-server.js';
import { PACKAGE_CHUNKS } from '../vite.config.js';

const PAGE = `${EXAMPLE_ROOT}dist/page`;
const KIB = 1024;

/** Budgets in KiB, minified + gzip: what each part weighs now, with room for modest growth and no more. */
export const BUDGETS_KIB: Record<string, number> = {
  model: 15,
  checklists: 20,
  rules: 17,
  machine: 8,
  zod: 30,
  xstate: 14,
  vue: 28,
  echarts: 210,
  index: 17,
  css: 110,
  page: 420,
};

interface Report {
  chunks: { name: string; fileName: string; modules: { id: string; renderedLength: number }[] }[];
}

const report = JSON.parse(readFileSync(`${PAGE}/bundle-report.json`, 'utf8')) as Report;
const gzip = (file: string) => gzipSync(readFileSync(`${PAGE}/${file}`), { level: 9 }).length;
const sizes: Record<string, number> = Object.fromEntries(
  report.chunks.map((c) => [c.name, gzip(c.fileName)]),
);
const css = readdirSync(`${PAGE}/assets`).filter((f) => f.endsWith('.css'));
sizes.css = css.reduce((s, f) => s + gzip(`assets/${f}`), 0);
sizes.page = Object.values(sizes).reduce((s, n) => s + n, 0);

describe('the page bundle', () => {
  it('holds no Node built-in, and no stand-in for one', () => {
    const builtins = new Set(builtinModules.flatMap((m) => [m, `node:${m}`]));
    const ids = report.chunks.flatMap((c) => c.modules.map((m) => m.id));
    expect(ids.length).toBeGreaterThan(100);
    expect(
      ids.filter((id) => builtins.has(id) || id.includes('browser-external') || id.startsWith('node:')),
    ).toEqual([]);
    for (const chunk of report.chunks)
      expect(readFileSync(`${PAGE}/${chunk.fileName}`, 'utf8')).not.toMatch(
        /from\s*["']node:|import\(\s*["']node:|require\(\s*["']node:/,
      );
  });

  it('puts each library package in a chunk of its own, so its share is measured', () => {
    for (const [name, test] of Object.entries(PACKAGE_CHUNKS)) {
      const chunk = report.chunks.find((c) => c.name === name);
      expect(chunk, name).toBeDefined();
      // The bundler's own runtime helpers land in whichever chunk needs them first.
      expect(
        chunk!.modules.filter((m) => !test.test(m.id) && !m.id.startsWith('\0rolldown/')).map((m) => m.id),
        name,
      ).toEqual([]);
    }
    const app = report.chunks.find((c) => c.name === 'index')!;
    expect(app.modules.filter((m) => Object.values(PACKAGE_CHUNKS).some((t) => t.test(m.id)))).toEqual([]);
  });

  it('keeps the page and every package within budget', () => {
    const table = Object.entries(BUDGETS_KIB).map(([part, budget]) => ({
      part,
      kib: Math.round((sizes[part]! / KIB) * 10) / 10,
      budget,
    }));
    console.log(table.map((r) => `${r.part}: ${r.kib} KiB (budget ${r.budget})`).join('\n'));
    for (const r of table)
      expect(r.kib, `${r.part} weighs ${r.kib} KiB, over its ${r.budget} KiB budget`).toBeLessThanOrEqual(
        r.budget,
      );
    expect(Object.keys(sizes).sort()).toEqual(Object.keys(BUDGETS_KIB).sort());
  });
});
