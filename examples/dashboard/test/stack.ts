// Everything a page test needs, real and started here: the example service on a fresh SQLite file seeded with the
// sample street over HTTP, the built page served by Vite with its proxy, and Chromium.
import { mkdirSync } from 'node:fs';
import { type RunningService, startService } from '@chuangwen/example-http-service/process';
import { formatPercent } from '@chuangwen/model';
import type { Page } from 'playwright-core';
import { launchBrowser } from '../scripts/chromium.js';
import { EXAMPLE_ROOT, type RunningPage, startPage, VIEWER } from '../scripts/page-server.js';
import { SAMPLE_AS_OF, SAMPLE_CAMPAIGN_ID, seedSampleStreet } from '../scripts/seed.js';

/** Where screenshots go: the example's git-ignored test output. */
export const SCREENSHOTS = `${EXAMPLE_ROOT}out/screenshots`;

export interface Stack {
  service: RunningService;
  page: RunningPage;
  browser: Awaited<ReturnType<typeof launchBrowser>>;
  /** Reads from the service as the page's proxy does. */
  get<T>(path: string): Promise<T>;
  /** The page's address with the sample's moment and a fast poll. */
  url(extra?: string): string;
  stop(): Promise<void>;
}

export async function startStack(options: { seed?: boolean } = {}): Promise<Stack> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  const service = await startService();
  if (options.seed !== false) await seedSampleStreet(service.url);
  const page = await startPage({ service: service.url });
  const browser = await launchBrowser();
  return {
    service,
    page,
    browser,
    async get<T>(path: string) {
      const response = await fetch(`${service.url}${path}`, { headers: VIEWER });
      if (!response.ok) throw new Error(`GET ${path}: ${response.status}`);
      return (await response.json()) as T;
    },
    url: (extra = '') =>
      `${page.url}?campaign=${SAMPLE_CAMPAIGN_ID}&asOf=${SAMPLE_AS_OF.slice(0, 10)}&poll=300${extra}`,
    async stop() {
      await browser.dispose();
      await page.close();
      await service.stop();
    },
  };
}

/** Opens a view and waits until it shows. */
export async function openView(page: Page, view: string): Promise<void> {
  await page.evaluate((v) => {
    location.hash = v;
  }, view);
  await page.locator(`[data-view="${view}"]`).waitFor();
}

/** The text of every cell matching a selector, trimmed. */
export async function texts(page: Page, selector: string): Promise<string[]> {
  return (await page.locator(selector).allTextContents()).map((t) => t.trim());
}

/** A percentage as the page writes it. */
export const pct = (rate: number | null) => (rate === null ? '—' : formatPercent(rate));

export { SAMPLE_AS_OF };
