// The point of one campaign view: the same campaign read from the service and dropped as a file shows alike, view
// for view, at the sample's moment and at another one, down to a cell's explanation.

import { budget } from '@chuangwen/fixtures/time-budget';
import { COMPLIANCE_CLASSES } from '@chuangwen/rules';
import type { CampaignViewData } from '@chuangwen/store';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SAMPLE_CAMPAIGN_ID } from '../scripts/seed.js';
import { readRecord, recordAsDocument } from './expected.js';
import { openView, SAMPLE_AS_OF, type Stack, startStack } from './stack.js';

let stack: Stack;
let service: Page;
let file: Page;

/** Drops a campaign file onto a page. */
async function drop(target: Page, name: string, text: string) {
  const transfer = await target.evaluateHandle(
    ([n, t]) => {
      const data = new DataTransfer();
      data.items.add(new File([t!], n!, { type: 'application/json' }));
      return data;
    },
    [name, text],
  );
  await target.dispatchEvent('[data-testid="page"]', 'drop', { dataTransfer: transfer });
}

/** Every row of a table: its id, then the text of each cell. */
const rows = (page: Page, table: string) =>
  page
    .locator(`[data-table="${table}"] tbody tr`)
    .evaluateAll((l) =>
      l.map((r) => [
        r.getAttribute('data-row'),
        r.getAttribute('data-flag'),
        ...[...r.querySelectorAll('td')].map((d) => d.textContent?.trim()),
      ]),
    );

/** The board's totals as the page shows them. */
const totals = async (page: Page) =>
  Object.fromEntries(
    await Promise.all(
      COMPLIANCE_CLASSES.map(async (c) => [
        c,
        Number(await page.locator(`[data-block="totals"] [data-col="${c}"]`).textContent()),
      ]),
    ),
  );

/** What a page shows of the board, the ledger, the schedule, the surveys and the board over time. */
async function shown(page: Page) {
  await openView(page, 'summary');
  const board = {
    totals: await totals(page),
    items: await rows(page, 'items'),
    units: await rows(page, 'units'),
  };
  await openView(page, 'ledger');
  const ledger = { rates: await rows(page, 'rates'), problems: await rows(page, 'problems') };
  await openView(page, 'schedule');
  const schedule = { week: await rows(page, 'week'), month: await rows(page, 'month') };
  await openView(page, 'surveys');
  const surveys = await rows(page, 'surveys');
  await openView(page, 'history');
  await page.locator('[data-table="history"]').waitFor();
  const history = await rows(page, 'history');
  return { board, ledger, schedule, surveys, history };
}

/** The service's own view at a moment. */
const viewAt = (asOf: string) =>
  stack.get<CampaignViewData>(`/campaigns/${SAMPLE_CAMPAIGN_ID}/view?asOf=${encodeURIComponent(asOf)}`);

beforeAll(async () => {
  stack = await startStack();
  service = await stack.browser.newPage();
  await service.goto(stack.url());
  await service.locator('[data-view="summary"]').waitFor();
  file = await stack.browser.newPage();
  await file.goto(stack.url('&api=none'));
  await drop(file, 'yunxi-2026.json', JSON.stringify(recordAsDocument(await readRecord(stack.service.url))));
  await file.locator('[data-view="summary"]').waitFor();
});
afterAll(() => stack?.stop());

describe('one campaign, from the service and from a file', () => {
  it('shows the same board, ledger, schedule, surveys and board over time', async () => {
    const fromService = await shown(service);
    const fromFile = await shown(file);
    expect(await file.locator('[data-block="source"]').textContent()).toContain('yunxi-2026.json');
    expect(fromFile).toEqual(fromService);
    // And both are the service's view: its totals, its flagged problems, its schedule.
    const view = await viewAt(SAMPLE_AS_OF);
    expect(fromService.board.totals).toEqual(view.board.totals);
    expect(fromService.ledger.problems.map(([id]) => id).sort()).toEqual(
      view.ledger
        .filter((r) => r.overdue || r.escalated)
        .map((r) => r.id)
        .sort(),
    );
    expect(fromService.schedule.month.length).toBeGreaterThan(fromService.schedule.week.length);
    expect(fromService.ledger.problems.length).toBeGreaterThan(0);
  });

  it('explains a cell alike: the same reasons, actions and evidence', async () => {
    const view = await viewAt(SAMPLE_AS_OF);
    const [code, standard] = Object.entries(view.board.standards).find(
      ([, s]) => s.derived === 'nonCompliant' && !s.override,
    )!;
    const explain = async (page: Page) => {
      await openView(page, 'summary');
      await page.locator(`[data-table="items"] tr[data-row="${standard.itemCode}"] button`).click();
      await page.locator(`[data-table="standards"] tr[data-row="${code}"] button`).click();
      await page.locator('[data-table="cells"]').waitFor();
      const cells = await rows(page, 'cells');
      await page.locator('[data-table="cells"] tr:has([data-class="nonCompliant"]) button').first().click();
      await page.locator('[data-panel="explain"]').waitFor();
      const reasons = await page.locator('[data-list="reasons"] li').allTextContents();
      const actions = await page.locator('[data-list="actions"] li').allTextContents();
      return { cells, reasons, actions, evidence: await rows(page, 'evidence') };
    };
    const fromService = await explain(service);
    expect(fromService.reasons.length).toBeGreaterThan(0);
    expect(await explain(file)).toEqual(fromService);
  });

  it('moves to another moment alike: the service answers again, the file is viewed again in the browser', async () => {
    const before = await totals(service);
    for (const page of [service, file]) {
      await openView(page, 'summary');
      await page.locator('[data-control="asOf"]').fill('2026-05-15');
      await page.locator('[data-control="asOf"]').dispatchEvent('change');
    }
    const then = await viewAt('2026-05-15T12:00:00+08:00');
    expect(then.board.totals).not.toEqual(before);
    for (const page of [service, file])
      await expect.poll(() => totals(page), { timeout: budget(15_000) }).toEqual(then.board.totals);
    expect(await shown(file)).toEqual(await shown(service));
  });
});
