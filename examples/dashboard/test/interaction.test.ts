// The page as people use it: it follows the record live, it reads a dropped campaign file into a record by itself in
// the browser and shows it as the service shows the same campaign, and the keyboard reaches every view and the
// drill-down.

import { createHash } from 'node:crypto';
import { crc32, deflateSync } from 'node:zlib';
import { districtFramework } from '@chuangwen/checklists/district';
import { budget } from '@chuangwen/fixtures/time-budget';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ARCHIVES, inspectorAt, OFFICE } from '../scripts/sample-actors.js';
import { post, SAMPLE_CAMPAIGN_ID } from '../scripts/seed.js';
import { expectedViews, readRecord, recordAsDocument } from './expected.js';
import { openView, pct, SAMPLE_AS_OF, SCREENSHOTS, type Stack, startStack } from './stack.js';

let stack: Stack;
let page: Page;

beforeAll(async () => {
  stack = await startStack();
  page = await stack.browser.newPage();
  await page.goto(stack.url());
  await page.locator('[data-view="summary"]').waitFor();
});
afterAll(() => stack?.stop());

/** The page's code that only the file mode needs (vite.config.ts names these chunks). */
const isFileModeCode = (url: string) => /\/assets\/(file-source|[a-z]+-file)-[^/]+\.js$/.test(url);

const cell = (table: string, id: string, col: string) =>
  `[data-table="${table}"] tr[data-row="${id}"] [data-col="${col}"]`;

/** A small PNG photo of one colour, as a phone's resized photo would be sent (a sample, not a real photo). */
function samplePng(size: number, rgb: [number, number, number]): Buffer {
  const chunk = (type: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
    const out = Buffer.alloc(body.length + 8);
    out.writeUInt32BE(data.length, 0);
    body.copy(out, 4);
    out.writeUInt32BE(crc32(body) >>> 0, body.length + 4);
    return out;
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 2, 0, 0, 0], 8);
  const row = Buffer.concat([Buffer.from([0]), Buffer.from(Array.from({ length: size }, () => rgb).flat())]);
  const pixels = Buffer.concat(Array.from({ length: size }, () => row));
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(pixels)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

/** Drops a file onto the page as a user's drag and drop does. */
async function drop(target: Page, name: string, text: string, ...more: [string, string][]) {
  const transfer = await target.evaluateHandle(
    (files) => {
      const data = new DataTransfer();
      for (const [n, t] of files) data.items.add(new File([t!], n!, { type: 'application/json' }));
      return data;
    },
    [[name, text], ...more],
  );
  await target.dispatchEvent('[data-testid="page"]', 'drop', { dataTransfer: transfer });
}

describe('the dashboard in use', () => {
  it('follows the record: an event posted to the service shows without a reload', async () => {
    await page.evaluate(() => Object.assign(window, { stillTheSamePage: true }));
    const before = await readRecord(stack.service.url);
    const { snapshot } = expectedViews(before, SAMPLE_AS_OF);
    const [code, status] = Object.entries(snapshot.standards).find(
      ([, s]) =>
        s.class === 'compliant' && Object.keys(s.scopes).some((k) => k.startsWith('site:s-main-road')),
    )!;
    const failures = Number(await page.locator(cell('items', status.itemCode, 'nonCompliant')).textContent());
    // The standard's cells are open in the drill-down while the record moves.
    await page.locator(`[data-table="items"] tr[data-row="${status.itemCode}"] button`).click();
    await page.locator(`[data-table="standards"] tr[data-row="${code}"] button`).click();
    const mainRoad = page.locator('[data-table="cells"] tr[data-row="site:s-main-road"] [data-class]');
    expect(await mainRoad.getAttribute('data-class')).toBe('compliant');
    await page.evaluate(() => {
      const seen = { loading: false };
      new MutationObserver(() => {
        if (document.querySelector('[data-block="loading"]')) seen.loading = true;
      }).observe(document.body, { subtree: true, childList: true });
      Object.assign(window, { seen });
    });
    // An inspector finds a failure at their assigned site, with a photo taken there: the photo goes to the service by
    // its hash and is filed, then the finding cites it. The standard and its item turn 未达标.
    const photo = samplePng(24, [200, 40, 40]);
    const sha256 = createHash('sha256').update(photo).digest('hex');
    const uploaded = await fetch(`${stack.service.url}/campaigns/${SAMPLE_CAMPAIGN_ID}/media/${sha256}`, {
      method: 'PUT',
      headers: { ...ARCHIVES, 'content-type': 'image/png' },
      body: new Uint8Array(photo),
    });
    expect(uploaded.status).toBe(201);
    await post(stack.service.url, {
      as: ARCHIVES,
      body: {
        type: 'document.filed',
        at: '2026-06-15T09:25:00+08:00',
        document: {
          id: 'd-live-photo',
          title: '主干道暗访照片（样例）',
          category: 'photo',
          standardRefs: [code],
          date: '2026-06-15',
          sha256,
          uri: `media:sha256:${sha256}`,
          provenance: { contentSha256: sha256, capturedAt: '2026-06-15T09:20:00+08:00', source: 'camera' },
        },
      },
    });
    await post(stack.service.url, {
      as: inspectorAt('s-main-road'),
      body: {
        type: 'observation.recorded',
        at: '2026-06-15T09:30:00+08:00',
        observation: {
          id: 'o-live-1',
          standardRef: code,
          scope: { kind: 'site', siteId: 's-main-road' },
          observedAt: '2026-06-15T09:30:00+08:00',
          method: 'covertInspection',
          source: 'unannouncedVisit',
          outcome: 'fail',
          violationCount: 3,
          evidence: ['d-live-photo'],
        },
      },
    });
    await expect
      .poll(
        async () => Number(await page.locator(cell('items', status.itemCode, 'nonCompliant')).textContent()),
        { timeout: budget(15_000) },
      )
      .toBe(failures + 1);
    // The open cells are read again and change in place: no loading line in between.
    await expect
      .poll(() => mainRoad.getAttribute('data-class'), { timeout: budget(15_000) })
      .toBe('nonCompliant');
    expect(await page.evaluate(() => (window as { seen?: { loading: boolean } }).seen?.loading)).toBe(false);
    // The cell's drill-down shows the finding's photo, served back by the service, with how it was captured.
    await page.locator('[data-table="cells"] tr[data-row="site:s-main-road"] button').click();
    const shown = page.locator(`[data-table="evidence"] tr[data-row="o-live-1"] img[data-photo="${sha256}"]`);
    await expect
      .poll(() => shown.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth), {
        timeout: budget(15_000),
      })
      .toBe(24);
    expect(
      await page.locator('[data-table="evidence"] tr[data-row="o-live-1"] figcaption').textContent(),
    ).toContain('2026-06-15');
    await page.screenshot({ path: `${SCREENSHOTS}/drill-down-photo.png` });
    const after = expectedViews(await readRecord(stack.service.url), SAMPLE_AS_OF);
    expect(Number(await page.locator('[data-block="totals"] [data-col="nonCompliant"]').textContent())).toBe(
      after.snapshot.totals.nonCompliant,
    );
    expect(await page.evaluate(() => (window as { stillTheSamePage?: boolean }).stillTheSamePage)).toBe(true);
    // The office hands it over: the ledger view shows a new problem without a reload either.
    await openView(page, 'ledger');
    const foundFor = async (unit: string) => {
      const shown = page.locator(cell('rates', unit, 'found'));
      return (await shown.count()) === 0 ? 0 : Number(await shown.textContent());
    };
    const found = await foundFor('u-urban');
    await post(stack.service.url, {
      as: inspectorAt('s-main-road'),
      body: {
        type: 'rectification.reported',
        at: '2026-06-15T10:00:00+08:00',
        rectificationId: 'r-live-1',
        standardRef: code,
        scope: { kind: 'site', siteId: 's-main-road' },
        description: '暗访发现问题',
        observationId: 'o-live-1',
      },
    });
    await post(stack.service.url, {
      as: OFFICE,
      body: {
        type: 'rectification.assigned',
        at: '2026-06-15T10:30:00+08:00',
        rectificationId: 'r-live-1',
        leadUnitId: 'u-urban',
        deadline: '2026-06-25',
      },
    });
    await expect.poll(() => foundFor('u-urban'), { timeout: budget(15_000) }).toBe(found + 1);
  });

  it('reaches every view and the drill-down by keyboard alone', async () => {
    await page.goto(stack.url());
    await page.locator('[data-view="summary"]').waitFor();
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.className)).toBe('skip');
    const views = ['summary', 'phase', 'ledger', 'schedule', 'surveys', 'civility', 'history'];
    for (const view of views) {
      // Tab forward until the view's link has focus, then open it.
      for (let i = 0; i < 30; i++) {
        if ((await page.evaluate(() => document.activeElement?.getAttribute('data-view-link'))) === view)
          break;
        await page.keyboard.press('Tab');
      }
      expect(await page.evaluate(() => document.activeElement?.getAttribute('data-view-link'))).toBe(view);
      await page.keyboard.press('Enter');
      await page.locator(`[data-view="${view}"]`).waitFor();
      // The view's heading takes focus, so the next Tab continues inside the view.
      await expect.poll(() => page.evaluate(() => document.activeElement?.tagName)).toBe('H2');
      await page.keyboard.press('Shift+Tab');
    }
    await page.locator('[data-view-link="summary"]').focus();
    await page.keyboard.press('Enter');
    await page.locator('[data-view="summary"]').waitFor();
    for (let i = 0; i < 10 && (await page.evaluate(() => document.activeElement?.tagName)) !== 'BUTTON'; i++)
      await page.keyboard.press('Tab');
    await page.keyboard.press('Enter'); // the first item's standards
    await page.locator('[data-table="standards"]').waitFor();
    for (const next of ['cells', 'explain']) {
      for (
        let i = 0;
        i < 6 &&
        !(await page.evaluate(() =>
          document.activeElement?.closest('[data-table]')?.getAttribute('data-table'),
        ));
        i++
      )
        await page.keyboard.press('Tab');
      await page.keyboard.press('Enter');
      await page.locator(next === 'explain' ? '[data-panel="explain"]' : '[data-table="cells"]').waitFor();
    }
    expect(await page.locator('[data-list="reasons"] li').count()).toBeGreaterThan(0);
  });

  it('reads a dropped campaign file in the browser, with no service at all', async () => {
    const record = await readRecord(stack.service.url);
    const campaign = recordAsDocument(record);
    const offline = await stack.browser.newPage();
    const requests: string[] = [];
    offline.on('request', (r) => {
      if (!r.url().startsWith('data:')) requests.push(r.url());
    });
    await offline.goto(stack.url('&api=none'));
    await offline.locator('[data-testid="page"]').waitFor();
    const loaded = requests.length;
    // The page starts without the code that reads a file into a record: it comes with the first file.
    expect(requests.filter(isFileModeCode)).toEqual([]);
    page = offline;
    await drop(page, 'yunxi-2026.json', JSON.stringify(campaign));
    await page.locator('[data-view="summary"]').waitFor();
    expect(await page.locator('[data-block="source"]').textContent()).toContain('yunxi-2026.json');
    // Nothing was asked of a service: only the page's own code, fetched for the file mode, and fonts.
    const fetched = requests.slice(loaded);
    expect(fetched.filter((u) => !/\/assets\/[^/]+\.(js|css|woff2?)$/.test(u))).toEqual([]);
    expect(fetched.filter(isFileModeCode).length).toBeGreaterThan(0);
    const expected = expectedViews(record, SAMPLE_AS_OF);
    for (const [code, item] of Object.entries(expected.snapshot.items))
      expect(Number(await page.locator(cell('items', code, 'nonCompliant')).textContent())).toBe(
        item.counts.nonCompliant,
      );
    await openView(page, 'ledger');
    for (const r of expected.rates)
      expect(await page.locator(cell('rates', r.key, 'rate')).textContent()).toBe(pct(r.rate));
    await openView(page, 'surveys');
    for (const r of expected.surveys)
      expect(await page.locator(cell('surveys', r.metric, 'rate')).textContent()).toBe(pct(r.rate));
    await openView(page, 'phase');
    // A file's record starts at 宣传发动: the page shows the phase its timeline plans, and that phase's blockers.
    expect(await page.locator('[data-block="state"]').getAttribute('data-state')).toBe(
      'specialRectification',
    );
    const codes = await page
      .locator('[data-list="blockers"] > li')
      .evaluateAll((l) => l.map((e) => e.getAttribute('data-code')));
    expect(codes).toContain('standard_undetermined');
    await page.screenshot({ path: `${SCREENSHOTS}/file-phase.png` });

    // Without tallies, the civility view says so; a broken file is refused in both languages.
    const { extensions: _, ...bare } = campaign;
    await drop(page, 'bare.json', JSON.stringify(bare));
    await openView(page, 'civility');
    await page.locator('[data-block="no-tallies"]').waitFor();
    await drop(page, 'broken.json', '{"schemaVersion": 3, "id": ');
    expect(await page.locator('[data-block="error"]').textContent()).toContain(
      'broken.json 不是有效的 JSON 文件',
    );

    // A campaign of its own framework: dropped alone it is refused with what to do; with its framework, it shows.
    const own = structuredClone(districtFramework) as {
      id: string;
      items: { code: string; title: { 'zh-CN': string } }[];
    };
    own.id = 'jianglan-2026';
    own.items[0]!.title['zh-CN'] = '江澜特色项目';
    const mine = {
      ...campaign,
      frameworks: campaign.frameworks.map((f) => (f.role === 'main' ? { ...f, editionId: own.id } : f)),
    };
    await drop(page, 'jianglan.json', JSON.stringify(mine));
    // The previous file's error stays on the page until this file is read: wait for the new one, not the old.
    const refusal = '页面没有测评体系 jianglan-2026：请把它的测评体系文件（JSON）与创建工作文件一起拖入';
    await page.locator('[data-block="error"]', { hasText: refusal }).waitFor();
    expect(await page.locator('[data-block="error"]').textContent()).toContain(refusal);
    await drop(page, 'jianglan.json', JSON.stringify(mine), ['framework.json', JSON.stringify(own)]);
    await openView(page, 'summary');
    // The board of the file before stays on the page until this one is read: wait for the new title, not the old.
    const ownItem = page.locator(`[data-table="items"] tr[data-row="${own.items[0]!.code}"] th`);
    await ownItem.filter({ hasText: '江澜特色项目' }).waitFor();
    expect(await ownItem.textContent()).toContain('江澜特色项目');
    await offline.close();
  });

  it('refuses what it cannot trust in a dropped file, and keeps judging by what it had', async () => {
    const campaign = recordAsDocument(await readRecord(stack.service.url));
    const offline = await stack.browser.newPage();
    await offline.goto(stack.url('&api=none'));
    await offline.locator('[data-testid="page"]').waitFor();
    const error = (text: string) => offline.locator('[data-block="error"]', { hasText: text });
    // A changed edition under the bundled edition's id: refused, and the next drop is judged by the bundled edition.
    const tampered = structuredClone(districtFramework) as { items: { title: { 'zh-CN': string } }[] };
    tampered.items[0]!.title['zh-CN'] = '篡改的项目';
    await drop(offline, 'yunxi.json', JSON.stringify(campaign), ['framework.json', JSON.stringify(tampered)]);
    await error('修订后的测评体系须使用新的编号').waitFor();
    await drop(offline, 'yunxi.json', JSON.stringify(campaign));
    const first = offline.locator(
      `[data-table="items"] tr[data-row="${districtFramework.items[0]!.code}"] th`,
    );
    await first.waitFor();
    expect(await first.textContent()).not.toContain('篡改');
    // A file saved in GBK, as Windows tools often save it: refused, never shown garbled.
    const utf8 = Buffer.from(JSON.stringify({ ...campaign, name: 'GBK' }));
    const at = utf8.indexOf(Buffer.from('"GBK"')) + 1;
    const gbk = Buffer.concat([
      utf8.subarray(0, at),
      Buffer.from([0xd4, 0xc6, 0xcf, 0xaa]),
      utf8.subarray(at + 3),
    ]);
    const transfer = await offline.evaluateHandle(
      (bytes) => {
        const data = new DataTransfer();
        data.items.add(new File([new Uint8Array(bytes)], 'gbk.json', { type: 'application/json' }));
        return data;
      },
      [...gbk],
    );
    await offline.dispatchEvent('[data-testid="page"]', 'drop', { dataTransfer: transfer });
    await error('gbk.json 不是 UTF-8 编码的文本').waitFor();
    expect(await first.textContent()).not.toContain('\ufffd');
    await offline.close();
  });

  it('reads only a service on its own site, and says so when a poll fails and when it reads again', async () => {
    const elsewhere = await stack.browser.newPage();
    const requests: string[] = [];
    elsewhere.on('request', (r) => requests.push(r.url()));
    await elsewhere.goto(stack.url('&api=http%3A%2F%2F127.0.0.1%3A9'));
    await elsewhere.locator('[data-block="error"]', { hasText: '只能是本站的路径' }).waitFor();
    expect(requests.filter((u) => u.startsWith('http://127.0.0.1:9'))).toEqual([]);
    await elsewhere.close();
    // One heads read lost on the way: the page says it cannot reach the service, then clears it when it reads again.
    const live = await stack.browser.newPage();
    await live.goto(stack.url());
    await live.locator('[data-view="summary"]').waitFor();
    let lost = 0;
    await live.route(/\/heads(\?|$)/, (route) => (lost++ === 0 ? route.abort() : route.continue()));
    await live.locator('[data-block="error"]').waitFor();
    await expect.poll(() => live.locator('[data-block="error"]').count(), { timeout: 15_000 }).toBe(0);
    expect(lost).toBeGreaterThan(1);
    await live.close();
  });
});
