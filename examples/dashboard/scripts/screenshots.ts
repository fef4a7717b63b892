// `npm run screenshots -w @chuangwen/example-dashboard` (after the build): writes the docs' screenshots of every view,
// in Chinese and in English, at 1920×1080, from the sample street served and seeded as `npm run dashboard` does, the
// drill-down panel down to a cell's reasons, and the standard whose class the leading group decided. The pictures in
// docs/ are what the page draws now, never a hand's.
import { mkdirSync } from 'node:fs';
import { startService } from '@chuangwen/example-http-service/process';
import type { Page } from 'playwright-core';
import { launchBrowser } from './chromium.js';
import { EXAMPLE_ROOT, startPage } from './page-server.js';
import { SAMPLE_AS_OF, SAMPLE_CAMPAIGN_ID, seedSampleStreet } from './seed.js';

const VIEWS = ['summary', 'phase', 'ledger', 'schedule', 'surveys', 'civility', 'history'];
const IMAGES = `${EXAMPLE_ROOT}../../docs/images`;

async function openView(page: Page, view: string) {
  // Runs in the page, where there is a location (the script's own types know no DOM).
  await page.evaluate(`location.hash = ${JSON.stringify(view)}`);
  await page.locator(`[data-view="${view}"]`).waitFor();
  // The board over time is read when its view opens.
  if (view === 'history') await page.locator('[data-table="history"]').waitFor();
  await page.waitForTimeout(400); // charts draw after the view shows
  await page.evaluate('document.activeElement instanceof HTMLElement && document.activeElement.blur()');
}

/** The standard whose class the leading group decided, opened to its cells: the decision beside the evidence's class. */
async function decided(page: Page, file: string) {
  await openView(page, 'summary');
  const row = page.locator('[data-table="items"] tbody tr').filter({ has: page.locator('button') });
  for (let i = 0; i < (await row.count()); i++) {
    await row.nth(i).locator('button').click();
    const marked = page.locator('[data-table="standards"] tr:has([data-override]) button');
    if ((await marked.count()) === 0) continue;
    await marked.first().click();
    await page.locator('[data-table="cells"]').waitFor();
    await page.locator('[data-panel="drill"]').screenshot({ path: file });
    return;
  }
  throw new Error('no standard of the sample has a class decided over its evidence');
}

/** The summary drilled down to a non-compliant cell's explanation: the panel alone. */
async function drillDown(page: Page, file: string) {
  await openView(page, 'summary');
  const nonCompliant = (table: string) =>
    page.locator(`[data-table="${table}"] tbody tr:has([data-class="nonCompliant"]) button`).first();
  await nonCompliant('items').click();
  await nonCompliant('standards').click();
  // A standard's cells and a cell's explanation are read when opened.
  await nonCompliant('cells').click();
  await page.locator('[data-list="reasons"]').waitFor();
  await page.locator('[data-panel="drill"]').screenshot({ path: file });
}

const service = await startService();
try {
  await seedSampleStreet(service.url);
  const pageServer = await startPage({ service: service.url });
  const browser = await launchBrowser();
  try {
    mkdirSync(IMAGES, { recursive: true });
    const page = await browser.newPage();
    await page.setViewportSize({ width: 1920, height: 1080 });
    await page.goto(`${pageServer.url}?campaign=${SAMPLE_CAMPAIGN_ID}&asOf=${SAMPLE_AS_OF.slice(0, 10)}`);
    await page.locator('[data-view="summary"]').waitFor();
    for (const suffix of ['', '.en']) {
      for (const view of VIEWS) {
        await openView(page, view);
        await page.screenshot({ path: `${IMAGES}/dashboard-${view}${suffix}.png` });
      }
      await drillDown(page, `${IMAGES}/dashboard-drilldown${suffix}.png`);
      await decided(page, `${IMAGES}/dashboard-decided${suffix}.png`);
      // Back to the summary as it first shows, then the other language.
      await page.goto(`${pageServer.url}?campaign=${SAMPLE_CAMPAIGN_ID}&asOf=${SAMPLE_AS_OF.slice(0, 10)}`);
      await page.locator('[data-view="summary"]').waitFor();
      if (suffix === '') await page.locator('[data-control="language"]').click();
    }
    console.log(`${VIEWS.length * 2 + 4} screenshots written to docs/images`);
  } finally {
    await browser.dispose();
    await pageServer.close();
  }
} finally {
  await service.stop();
}
