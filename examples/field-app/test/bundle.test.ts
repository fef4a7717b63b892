// The app's size on a phone's connection, held to a budget, and its service worker holding every file of the build so
// the app opens with no network. Read from the build itself (`npm run build` first, as turbo does).
import { readdirSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { EXAMPLE_ROOT } from '../scripts/page-server.js';

/** The budget, gzipped, as docs/field-app.md states it: all the app's JavaScript, and its styles. */
export const BUDGET = { javascript: 110 * 1024, css: 8 * 1024 };

const PAGE = `${EXAMPLE_ROOT}dist/page/`;
const assets = readdirSync(`${PAGE}assets`);
const gzipped = (ext: string) =>
  assets
    .filter((f) => f.endsWith(ext))
    .reduce((sum, f) => sum + gzipSync(readFileSync(`${PAGE}assets/${f}`)).length, 0);

describe('the built app', () => {
  it('stays within its budget', () => {
    const js = gzipped('.js');
    const css = gzipped('.css');
    expect(js).toBeGreaterThan(10 * 1024);
    expect(js, `JavaScript is ${Math.round(js / 1024)} KB gzipped`).toBeLessThanOrEqual(BUDGET.javascript);
    expect(css).toBeLessThanOrEqual(BUDGET.css);
  });

  it('has a service worker that holds every file of this build, under a name of this build', () => {
    const worker = readFileSync(`${PAGE}sw.js`, 'utf8');
    const files = JSON.parse(/const FILES = (\[.*?\]);/.exec(worker)![1]!) as string[];
    for (const asset of assets) expect(files).toContain(`./assets/${asset}`);
    for (const publicFile of ['manifest.webmanifest', 'icon.svg']) expect(files).toContain(`./${publicFile}`);
    expect(files).toContain('./');
    expect(worker).toMatch(/const CACHE = 'field-app-[0-9a-f]{12}';/);
    expect(worker).not.toContain('__PRECACHE__');
  });

  it('is an installable web app', () => {
    const manifest = JSON.parse(readFileSync(`${PAGE}manifest.webmanifest`, 'utf8'));
    expect(manifest).toMatchObject({ display: 'standalone', start_url: './', lang: 'zh-CN' });
    const html = readFileSync(`${PAGE}index.html`, 'utf8');
    expect(html).toContain('rel="manifest"');
    expect(html).toContain('width=device-width');
  });
});
