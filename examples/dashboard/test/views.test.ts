// Every view of the page, loaded against a real service, shows what the library computes in Node on the same record,
// independently of the campaign view the page reads; the override the record holds shows beside the derived class.

import { stateLabel } from '@chuangwen/machine';
import { label } from '@chuangwen/model';
import { CLASS_LABELS, COMPLIANCE_CLASSES } from '@chuangwen/rules';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { boardAt, expectedViews, type Record, readRecord } from './expected.js';
import { openView, pct, SAMPLE_AS_OF, SCREENSHOTS, type Stack, startStack, texts } from './stack.js';

let stack: Stack;
let page: Page;
let record: Record;
let expected: ReturnType<typeof expectedViews>;

beforeAll(async () => {
  stack = await startStack();
  record = await readRecord(stack.service.url);
  expected = expectedViews(record, SAMPLE_AS_OF);
  page = await stack.browser.newPage();
  await page.goto(stack.url());
  await page.locator('[data-view="summary"]').waitFor();
});
afterAll(() => stack?.stop());

const row = (table: string, id: string) => `[data-table="${table}"] tr[data-row="${id}"]`;
const counts = async (selector: string) =>
  Object.fromEntries(
    await Promise.all(
      COMPLIANCE_CLASSES.map(async (c) => [
        c,
        Number(await page.locator(`${selector} [data-col="${c}"]`).first().textContent()),
      ]),
    ),
  );

describe('the dashboard against the example service', () => {
  it('shows the 达标情况汇总表 by item and by unit as the board computes it', async () => {
    expect(await counts('[data-block="totals"]')).toEqual(expected.snapshot.totals);
    for (const [code, item] of Object.entries(expected.snapshot.items)) {
      expect(await counts(row('items', code))).toEqual(item.counts);
      expect(
        await page
          .locator(`${row('items', code)} [data-col="class"] [data-class]`)
          .getAttribute('data-class'),
      ).toBe(item.class);
    }
    const units = Object.entries(expected.snapshot.units);
    expect(await page.locator('[data-table="units"] tbody tr').count()).toBe(units.length);
    for (const [unit, c] of units) expect(await counts(row('units', unit))).toEqual(c);
    // Colour and text: every badge carries the library's label beside its colour.
    for (const [code, item] of Object.entries(expected.snapshot.items))
      expect(await page.locator(`${row('items', code)} [data-col="class"]`).textContent()).toContain(
        CLASS_LABELS[item.class]['zh-CN'],
      );
  });

  it('drills down from an item to a standard, a cell and its reasons, actions and evidence (board.explain)', async () => {
    const overridden = Object.keys(record.view.board.standards).filter(
      (c) => record.view.board.standards[c]!.override,
    );
    const [code, status] = Object.entries(expected.snapshot.standards).find(
      ([c, s]) => s.class === 'nonCompliant' && !overridden.includes(c),
    )!;
    await page.locator(`${row('items', status.itemCode)} button`).click();
    for (const [c, s] of Object.entries(expected.snapshot.standards).filter(
      ([, s]) => s.itemCode === status.itemCode,
    ))
      expect(
        await page
          .locator(`${row('standards', c)} [data-col="class"] > [data-class]`)
          .getAttribute('data-class'),
      ).toBe(s.class);
    await page.locator(`${row('standards', code)} button`).click();
    // The cells are read when the standard opens: the service answers them.
    await page.locator('[data-table="cells"]').waitFor();
    const [key, cls] = Object.entries(status.scopes).find(([, c]) => c === 'nonCompliant')!;
    expect(await page.locator('[data-table="cells"] tbody tr').count()).toBe(
      Object.keys(status.scopes).length,
    );
    for (const [k, c] of Object.entries(status.scopes))
      expect(await page.locator(`${row('cells', k)} [data-class]`).getAttribute('data-class')).toBe(c);
    await page.locator(`${row('cells', key)} button`).click();
    await page.locator('[data-panel="explain"]').waitFor();
    const byId = new Map(record.observations.map((o) => [o.id, o]));
    const explained = expected.board.explain(code, key, (id) => byId.get(id))!;
    expect(explained.class).toBe(cls);
    expect(await texts(page, '[data-list="reasons"] li')).toEqual(
      explained.reasons.map((r) => r.message['zh-CN']),
    );
    expect(
      await page
        .locator('[data-list="actions"] li')
        .evaluateAll((l) => l.map((e) => e.getAttribute('data-action'))),
    ).toEqual(explained.actions.map((a) => a.kind));
    const cited = explained.reasons.flatMap((r) => r.observationIds);
    const shown = await page
      .locator('[data-table="evidence"] tbody tr')
      .evaluateAll((l) => l.map((e) => e.getAttribute('data-row')));
    for (const id of cited) expect(shown).toContain(id);
    // The drill-down panel as the office laptop shows it, in both languages.
    await page.setViewportSize({ width: 1366, height: 768 });
    const drill = page.locator('[data-panel="drill"]');
    await drill.screenshot({ path: `${SCREENSHOTS}/summary-drilldown.png` });
    await page.locator('[data-control="language"]').click();
    await drill.screenshot({ path: `${SCREENSHOTS}/summary-drilldown.en.png` });
    await page.locator('[data-control="language"]').click();
    await page.setViewportSize({ width: 1920, height: 1080 });
  });

  it("shows a class the leading group decided beside the one the evidence gives, with the decision's reason", async () => {
    const [code, decided] = Object.entries(record.view.board.standards).find(([, s]) => s.override)!;
    const override = decided.override!;
    // The evidence alone, judged here, gives the derived class the page shows first.
    expect(expected.snapshot.standards[code]!.class).toBe(decided.derived);
    expect(decided.derived).not.toBe(override.class);
    await openView(page, 'summary');
    await page.locator(`${row('items', decided.itemCode)} button`).click();
    const cell = page.locator(`${row('standards', code)} [data-col="class"]`);
    expect(await cell.locator(':scope > [data-class]').getAttribute('data-class')).toBe(decided.derived);
    const mark = cell.locator('[data-override]');
    expect(await mark.getAttribute('data-override')).toBe(override.class);
    expect(await mark.getAttribute('title')).toContain(override.reason);
    // Standards without a decision carry no mark.
    expect(await page.locator('[data-table="standards"] [data-override]').count()).toBe(1);
    await page.locator(`${row('standards', code)} button`).click();
    const said = page.locator('[data-block="override"]');
    await said.waitFor();
    expect(await said.textContent()).toContain(override.reason);
    expect(await said.textContent()).toContain('陈明远');
    expect(await said.locator('[data-override] [data-class]').getAttribute('data-class')).toBe(
      override.class,
    );
  });

  it('shows the phase countdown and the blockers the service reports', async () => {
    await openView(page, 'phase');
    const campaign = await stack.get<{
      state: string;
      countdown: { phases: { phase: string; daysLeft: number }[] };
    }>(`/campaigns/yunxi-2026?asOf=${encodeURIComponent(SAMPLE_AS_OF)}`);
    expect(await page.locator('[data-block="state"]').getAttribute('data-state')).toBe(campaign.state);
    expect(await page.locator('[data-block="state"] strong').textContent()).toBe(
      stateLabel(campaign.state as never)['zh-CN'],
    );
    for (const p of campaign.countdown.phases) {
      expect(await page.locator(`${row('countdown', p.phase)} [data-col="daysLeft"]`).textContent()).toBe(
        p.daysLeft < 0 ? '—' : String(p.daysLeft),
      );
      expect(await page.locator(`${row('countdown', p.phase)} th`).textContent()).toBe(
        label(p.phase as never, 'zh-CN'),
      );
    }
    expect(expected.countdowns.map((c) => c.daysLeft)).toEqual(
      campaign.countdown.phases.map((p) => p.daysLeft),
    );
    const readiness = await stack.get<{ blockers: { code: string; message: { 'zh-CN': string } }[] }>(
      `/campaigns/yunxi-2026/readiness?asOf=${encodeURIComponent(SAMPLE_AS_OF)}`,
    );
    // Nobody sent a missed month: the record derives May's from the supervision it holds.
    expect(readiness.blockers.map((b) => b.code)).toContain('cadence_missed');
    expect(readiness.blockers.length).toBeGreaterThan(0);
    expect(
      await page
        .locator('[data-list="blockers"] > li')
        .evaluateAll((l) => l.map((e) => e.getAttribute('data-code'))),
    ).toEqual(readiness.blockers.map((b) => b.code));
  });

  it('shows the ledger: 整改率 per unit, and every overdue and escalated problem under its unit', async () => {
    await openView(page, 'ledger');
    expect(await page.locator('[data-table="rates"] tbody tr').count()).toBe(expected.rates.length);
    for (const r of expected.rates) {
      const cells = await texts(page, `${row('rates', r.key)} td`);
      expect(cells).toEqual([
        String(r.found),
        String(r.closed),
        String(r.escalated),
        String(r.overdue),
        pct(r.rate),
      ]);
    }
    expect(expected.overdue.length).toBeGreaterThan(0);
    expect(expected.escalated.length).toBeGreaterThan(0);
    const flagged = await page
      .locator('[data-table="problems"] tbody tr')
      .evaluateAll((l) => l.map((e) => [e.getAttribute('data-row'), e.getAttribute('data-flag')]));
    expect(flagged.map(([id]) => id).sort()).toEqual([...expected.overdue, ...expected.escalated].sort());
    for (const [id, flag] of flagged)
      expect(flag).toBe(expected.overdue.includes(id!) ? 'overdue' : 'escalated');
    // Each overdue one by how far past its deadline it is, in that deadline's own unit.
    for (const id of expected.overdue) {
      const late = expected.late[id]!;
      const cell = page.locator(`${row('problems', id)} [data-col="late"]`);
      expect(await cell.getAttribute('data-unit')).toBe(late.unit);
      expect((await cell.textContent())?.trim()).toBe(
        `${late.overdueBy} ${label(late.unit, 'zh-CN', 'deadlineUnit')}`,
      );
    }
  });

  it('shows the re-inspection schedule: the cells to re-check within 7 and 30 days (board.lapsing)', async () => {
    await openView(page, 'schedule');
    expect(expected.week.length).toBeGreaterThan(0);
    expect(expected.month.length).toBeGreaterThan(expected.week.length);
    for (const [table, list] of [
      ['week', expected.week],
      ['month', expected.month],
    ] as const) {
      const shown = await page
        .locator(`[data-table="${table}"] tbody tr`)
        .evaluateAll((l) => l.map((e) => e.getAttribute('data-row')));
      expect(shown).toEqual(list.map((d) => `${d.standardRef}|${d.scopeKey}`));
      expect(await texts(page, `[data-table="${table}"] [data-col="recheckBy"]`)).toEqual(
        list.map((d) => d.recheckBy),
      );
    }
  });

  it('shows survey rates with their 95% intervals and targets (surveyRates)', async () => {
    await openView(page, 'surveys');
    for (const r of expected.surveys)
      expect(await texts(page, `${row('surveys', r.metric)} td`)).toEqual([
        String(r.n),
        pct(r.rate),
        `${pct(r.low)} – ${pct(r.high)}`,
        pct(r.target),
        r.met ? '是' : '否',
      ]);
  });

  it("shows the civility index by site type from the document's tallies (civilityIndex)", async () => {
    await openView(page, 'civility');
    const index = expected.civility!;
    expect(await page.locator('[data-value="index"]').textContent()).toBe(index.index!.toFixed(1));
    expect(await page.locator('[data-table="civility"] tbody tr').count()).toBe(index.siteTypes.length);
    for (const s of index.siteTypes)
      expect(
        await texts(
          page,
          `${row('civility', s.siteType)} [data-col="score"], ${row('civility', s.siteType)} [data-col="incidence"]`,
        ),
      ).toEqual([pct(s.incidence), s.score.toFixed(1)]);
  });

  it('shows the board over time: each week judged again on the evidence in force (board.at)', async () => {
    await openView(page, 'history');
    await page.locator('[data-table="history"]').waitFor();
    const moments = await page
      .locator('[data-table="history"] tbody tr')
      .evaluateAll((l) => l.map((e) => e.getAttribute('data-row')!));
    expect(moments.length).toBeGreaterThan(10);
    expect(moments.at(-1)).toBe(SAMPLE_AS_OF);
    for (const at of moments)
      expect(await counts(row('history', at))).toEqual(boardAt(record, at).snapshot().totals);
  });

  it('switches to English and back, every domain label from the library', async () => {
    await page.locator('[data-control="language"]').click();
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    await openView(page, 'summary');
    expect(await page.locator('h2').textContent()).toBe('Compliance summary');
    for (const c of COMPLIANCE_CLASSES)
      expect(await page.locator(`[data-block="totals"] [data-total="${c}"]`).textContent()).toContain(
        CLASS_LABELS[c].en,
      );
    await openView(page, 'phase');
    expect(await page.locator('[data-block="state"] strong').textContent()).toBe(
      stateLabel('specialRectification').en,
    );
    await openView(page, 'surveys');
    expect(await page.locator(`${row('surveys', 'awareness')} th`).textContent()).toBe(
      label('awareness', 'en'),
    );
    await page.locator('[data-control="language"]').click();
    expect(await page.locator(`${row('surveys', 'awareness')} th`).textContent()).toBe(
      label('awareness', 'zh-CN'),
    );
  });

  it('is readable at 1920×1080 and at 1366×768: no view scrolls sideways; a screenshot of each, in both languages', async () => {
    const views = ['summary', 'phase', 'ledger', 'schedule', 'surveys', 'civility', 'history'];
    const shoot = async (width: number, height: number, suffix: string) => {
      await page.setViewportSize({ width, height });
      for (const view of views) {
        await openView(page, view);
        if (view === 'history') await page.locator('[data-table="history"]').waitFor();
        await page.waitForTimeout(300); // charts redraw on resize
        expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
        if (view === 'summary') await expectTablesBesideCharts(`${width}×${height}${suffix}`);
        await page.screenshot({ path: `${SCREENSHOTS}/${view}-${width}x${height}${suffix}.png` });
      }
    };
    await shoot(1920, 1080, '');
    await shoot(1366, 768, '');
    await page.locator('[data-control="language"]').click();
    await shoot(1920, 1080, '.en');
    await shoot(1366, 768, '.en');
    await page.locator('[data-control="language"]').click();
  });
});

/**
 * The summary's tables keep to their column: nothing in them (the class badges) reaches the chart beside them, and a
 * row's name reads on two lines at most. English labels are the longer ones, so both languages are checked.
 */
async function expectTablesBesideCharts(where: string) {
  const blocks = await page.locator('.class-summary').evaluateAll((elements) =>
    elements.map((block) => {
      const box = (e: Element) => e.getBoundingClientRect();
      const wrap = box(block.querySelector('.table-wrap')!);
      const chart = box(block.querySelector('.chart-panel')!);
      const badges = [...block.querySelectorAll('.table-wrap .badge')].map((b) => box(b).right);
      const line = Number.parseFloat(getComputedStyle(block.querySelector('tbody th')!).lineHeight);
      const names = [...block.querySelectorAll('tbody th')].map((th) => {
        const target = th.querySelector('button') ?? th;
        return Math.round(box(target).height / line);
      });
      return { wrap, chart, badges, names };
    }),
  );
  expect(blocks.length, where).toBeGreaterThan(0);
  for (const { wrap, chart, badges, names } of blocks) {
    const sideBySide = chart.left >= wrap.right - 1;
    if (sideBySide) for (const right of badges) expect(right, where).toBeLessThanOrEqual(chart.left);
    for (const right of badges) expect(right, where).toBeLessThanOrEqual(wrap.right + 1);
    expect(Math.max(...names), where).toBeLessThanOrEqual(2);
  }
}
