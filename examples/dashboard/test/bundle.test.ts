// The page's bundle: no Node built-in in it, and a size budget for what the page loads at start (the service mode) and
// for what a dropped campaign file adds, each library package's part and the whole (the calendar code that counts
// working days included: a file fetches it only when it has deadlines in working days or hours). The build writes which modules each
// chunk holds and which chunks it imports (vite.config.ts); the sizes are the built files, minified and gzipped.
import { readdirSync, readFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { EXAMPLE_ROOT } from '../scripts/page-server.js';
import { FILE_CHUNK, PACKAGE_CHUNKS } from '../vite.config.js';

const PAGE = `${EXAMPLE_ROOT}dist/page`;
const KIB = 1024;

/** Budgets in KiB, minified + gzip, of what the page loads at start: each part, and the page with its styles. */
export const BUDGETS_KIB: Record<string, number> = {
  model: 15,
  checklists: 20,
  rules: 17,
  machine: 6,
  zod: 30,
  vue: 28,
  echarts: 210,
  index: 17,
  css: 110,
  page: 420,
};

/**
 * Budgets in KiB, minified + gzip, of what a dropped campaign file adds (reading it into a record in the browser): each
 * package's file-mode part, the page's own (`file-source`), and all of it. What each weighs now, with room for modest
 * growth and no more.
 */
export const FILE_BUDGETS_KIB: Record<string, number> = {
  /** Counting working days and hours on the file's calendar: fetched only for deadlines in those units. */
  'working-countdown': 3,
  'model-file': 6,
  'checklists-file': 13,
  'rules-file': 14,
  'machine-file': 18,
  'store-file': 7,
  'xstate-file': 14,
  'file-source': 3,
  'file mode': 72,
};

interface Chunk {
  name: string;
  fileName: string;
  isEntry: boolean;
  imports: string[];
  dynamicImports: string[];
  modules: { id: string; renderedLength: number }[];
}

const report = JSON.parse(readFileSync(`${PAGE}/bundle-report.json`, 'utf8')) as { chunks: Chunk[] };
const byFile = new Map(report.chunks.map((c) => [c.fileName, c]));
const gzip = (file: string) => gzipSync(readFileSync(`${PAGE}/${file}`), { level: 9 }).length;
const kib = (bytes: number) => Math.round((bytes / KIB) * 10) / 10;

/** The chunks a chunk needs before it runs: itself and everything it imports statically, transitively. */
function loadedWith(start: Chunk): Set<Chunk> {
  const seen = new Set<Chunk>();
  const visit = (c: Chunk) => {
    if (seen.has(c)) return;
    seen.add(c);
    for (const f of c.imports) visit(byFile.get(f)!);
  };
  visit(start);
  return seen;
}

const entry = report.chunks.find((c) => c.isEntry)!;
const atStart = loadedWith(entry);
const withFile = new Set(
  entry.dynamicImports.flatMap((f) => [...loadedWith(byFile.get(f)!)]).filter((c) => !atStart.has(c)),
);
// What a file fetches on demand besides: the working-time counting, for deadlines in working days or hours.
const onDemand = new Set(
  [...withFile]
    .flatMap((c) => c.dynamicImports.flatMap((f) => [...loadedWith(byFile.get(f)!)]))
    .filter((c) => !atStart.has(c) && !withFile.has(c)),
);
const onDrop = new Set([...withFile, ...onDemand]);
const css = readdirSync(`${PAGE}/assets`).filter((f) => f.endsWith('.css'));

const sizes: Record<string, number> = Object.fromEntries(
  [...atStart].map((c) => [c.name === entry.name ? 'index' : c.name, gzip(c.fileName)]),
);
sizes.css = css.reduce((s, f) => s + gzip(`assets/${f}`), 0);
sizes.page = Object.values(sizes).reduce((s, n) => s + n, 0);
const fileSizes: Record<string, number> = Object.fromEntries(
  [...onDrop].map((c) => [c.name, gzip(c.fileName)]),
);
fileSizes['file mode'] = Object.values(fileSizes).reduce((s, n) => s + n, 0);

function withinBudget(budgets: Record<string, number>, measured: Record<string, number>) {
  const table = Object.entries(budgets).map(([part, budget]) => ({
    part,
    kib: kib(measured[part] ?? 0),
    budget,
  }));
  console.log(table.map((r) => `${r.part}: ${r.kib} KiB (budget ${r.budget})`).join('\n'));
  for (const r of table)
    expect(r.kib, `${r.part} weighs ${r.kib} KiB, over its ${r.budget} KiB budget`).toBeLessThanOrEqual(
      r.budget,
    );
  expect(Object.keys(measured).sort()).toEqual(Object.keys(budgets).sort());
}

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

  it('puts each library package in chunks of its own, so its share is measured', () => {
    for (const [name, test] of Object.entries(PACKAGE_CHUNKS)) {
      const chunks = report.chunks.filter((c) => c.name === name || c.name === `${name}${FILE_CHUNK}`);
      expect(chunks.length, name).toBeGreaterThan(0);
      // The bundler's own runtime helpers land in whichever chunk needs them first.
      for (const chunk of chunks)
        expect(
          chunk.modules.filter((m) => !test.test(m.id) && !m.id.startsWith('\0rolldown/')).map((m) => m.id),
          chunk.name,
        ).toEqual([]);
    }
    const own = report.chunks.filter((c) => c === entry || c.name === 'file-source');
    for (const chunk of own)
      expect(chunk.modules.filter((m) => Object.values(PACKAGE_CHUNKS).some((t) => t.test(m.id)))).toEqual(
        [],
      );
  });

  it('loads nothing of the file mode at start: the record, its machines and the bundled editions come with a file', () => {
    const names = [...atStart].map((c) => c.name);
    expect(
      names.filter((n) => n.endsWith(FILE_CHUNK) || n === 'file-source' || n === 'working-countdown'),
    ).toEqual([]);
    expect(names).not.toContain('xstate');
    expect(names).not.toContain('store');
    const startModules = [...atStart].flatMap((c) => c.modules.map((m) => m.id));
    for (const module of [
      'store/src/campaign-view.ts',
      'machine/src/migrate-record.ts',
      'checklists/src/district/framework.ts',
      'rules/src/working-time.ts',
    ])
      expect(
        startModules.filter((id) => id.endsWith(module)),
        module,
      ).toEqual([]);
    // The calendar code comes on demand, in its chunk alone: not with every file.
    const onDemandModules = [...onDemand].flatMap((c) => c.modules.map((m) => m.id));
    for (const module of ['rules/src/working-time.ts', 'rules/src/calendar.ts'])
      expect(
        onDemandModules.filter((id) => id.endsWith(module)),
        module,
      ).toHaveLength(1);
    expect(
      [...withFile].flatMap((c) => c.modules.map((m) => m.id)).filter((id) => /working-time/.test(id)),
    ).toEqual([]);
    const dropModules = [...onDrop].flatMap((c) => c.modules.map((m) => m.id));
    for (const module of [
      'store/src/document-view.ts',
      'machine/src/migrate-record.ts',
      'checklists/src/district/framework.ts',
    ])
      expect(
        dropModules.filter((id) => id.endsWith(module)),
        module,
      ).toHaveLength(1);
  });

  it('keeps what loads at start within budget, part by part', () => {
    withinBudget(BUDGETS_KIB, sizes);
  });

  it('keeps what a dropped file adds within budget, part by part', () => {
    withinBudget(FILE_BUDGETS_KIB, fileSizes);
    // Nothing is left out of both: every chunk loads at start or with a file.
    expect(report.chunks.filter((c) => !atStart.has(c) && !onDrop.has(c)).map((c) => c.name)).toEqual([]);
  });
});
