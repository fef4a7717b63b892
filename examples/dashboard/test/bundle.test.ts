// The page's bundle: no Node built-in in it, each package in chunks of its own, nothing of the file mode at start, and
// each part within its budget (scripts/bundle-sizes.ts weighs them, for this test and for docs/performance.md alike).
import { readFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { describe, expect, it } from 'vitest';
import {
  BUILT_PAGE,
  type BundlePart,
  FILE_PARTS,
  PAGE_PARTS,
  type PartSize,
  readBundle,
} from '../scripts/bundle-sizes.js';
import { FILE_CHUNK, PACKAGE_CHUNKS } from '../vite.config.js';

const PAGE = BUILT_PAGE;
const kib = (bytes: number) => bytes / 1024;

const bundle = readBundle(PAGE);
const { atStart, entry, onDemand, onDrop, withFile } = bundle;

function withinBudget(parts: readonly BundlePart[], measured: Record<string, PartSize>) {
  const table = parts.map((p) => ({ part: p.id, kib: kib(measured[p.id]?.gzip ?? 0), budget: p.budgetKiB }));
  console.log(table.map((r) => `${r.part}: ${r.kib.toFixed(2)} KiB (budget ${r.budget})`).join('\n'));
  for (const r of table)
    expect(
      r.kib,
      `${r.part} weighs ${r.kib.toFixed(2)} KiB, over its ${r.budget} KiB budget`,
    ).toBeLessThanOrEqual(r.budget);
  expect(Object.keys(measured).sort()).toEqual(parts.map((p) => p.id).sort());
}

describe('the page bundle', () => {
  it('holds no Node built-in, and no stand-in for one', () => {
    const builtins = new Set(builtinModules.flatMap((m) => [m, `node:${m}`]));
    const ids = bundle.chunks.flatMap((c) => c.modules.map((m) => m.id));
    expect(ids.length).toBeGreaterThan(100);
    expect(
      ids.filter((id) => builtins.has(id) || id.includes('browser-external') || id.startsWith('node:')),
    ).toEqual([]);
    for (const chunk of bundle.chunks)
      expect(readFileSync(`${PAGE}/${chunk.fileName}`, 'utf8')).not.toMatch(
        /from\s*["']node:|import\(\s*["']node:|require\(\s*["']node:/,
      );
  });

  it('puts each library package in chunks of its own, so its share is measured', () => {
    for (const [name, test] of Object.entries(PACKAGE_CHUNKS)) {
      const chunks = bundle.chunks.filter((c) => c.name === name || c.name === `${name}${FILE_CHUNK}`);
      expect(chunks.length, name).toBeGreaterThan(0);
      // The bundler's own runtime helpers land in whichever chunk needs them first.
      for (const chunk of chunks)
        expect(
          chunk.modules.filter((m) => !test.test(m.id) && !m.id.startsWith('\0rolldown/')).map((m) => m.id),
          chunk.name,
        ).toEqual([]);
    }
    const own = bundle.chunks.filter((c) => c === entry || c.name === 'file-source');
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
    withinBudget(PAGE_PARTS, bundle.start);
  });

  it('keeps what a dropped file adds within budget, part by part', () => {
    withinBudget(FILE_PARTS, bundle.file);
    // Nothing is left out of both: every chunk loads at start or with a file.
    expect(bundle.chunks.filter((c) => !atStart.has(c) && !onDrop.has(c)).map((c) => c.name)).toEqual([]);
  });
});
