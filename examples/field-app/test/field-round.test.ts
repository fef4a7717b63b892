// A day in the field, in a real Chromium against the real service: the inspector's route as the schedule gives it, a
// photo refused 500 m from its site, a round captured with the network cut in the middle and sent once when it comes
// back (twice, and once with an answer lost on the way), a site reassigned meanwhile shown as a conflict, the unit's
// before/after report and the reviewer closing it. Every figure the app shows is checked against the service's view.
import { mkdtempSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { validateHolidayCnLayer } from '@chuangwen/model';
import { workingDaysBetween } from '@chuangwen/rules';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MARKET } from '../scripts/people.js';
import { samplePhoto } from '../scripts/sample-photo.js';
import { FIELD_CAMPAIGN_ID, OPEN_PROBLEM, SUBMITTED_PROBLEM } from '../scripts/seed.js';
import { phonePage, type Stack, shootBoth, signInAs, startStack } from './stack.js';

let stack: Stack;
let page: Page;
const C = `/campaigns/${FIELD_CAMPAIGN_ID}`;

beforeAll(async () => {
  stack = await startStack();
  await stack.standAt(MARKET);
  page = await phonePage(stack);
});
afterAll(() => stack?.stop());

const photo = (seed: number, clutter = true) => ({
  name: `photo-${seed}.png`,
  mimeType: 'image/png',
  buffer: samplePhoto(seed, { clutter }),
});
const card = (code: string) => page.locator(`[data-standard="${code}"]`);
const outboxStates = () =>
  page
    .locator('[data-screen="outbox"] [data-item]')
    .evaluateAll((els) => els.map((e) => e.getAttribute('data-state')));

interface Evidence {
  items: { kind: string; id: string; status: string; record: any }[];
  next: number | null;
}
/** Every applied entry of the evidence stream, as the audit holds it. */
async function evidenceEntries(): Promise<any[]> {
  const out: any[] = [];
  for (let from: number | null = 0; from !== null; ) {
    const chunk: { entries: any[]; next: number | null } = await stack.get(
      `${C}/audit?stream=evidence&from=${from}&limit=500`,
    );
    out.push(...chunk.entries);
    from = chunk.next;
  }
  return out;
}
const appliedIds = async (type: string, key: (e: any) => string) =>
  (await evidenceEntries())
    .filter((e) => e.outcome === 'applied' && e.event?.type === type)
    .map((e) => key(e.event));

/** Waits until every item of the outbox is sent, and says what the service refused if one was not. */
async function allSent() {
  await page.locator('[data-tab="outbox"]').click();
  await expect.poll(outboxStates, { timeout: 60_000 }).not.toContain('pending');
  const refused = await page.locator('[data-item][data-state="conflict"]').allTextContents();
  expect(refused).toEqual([]);
}

describe('the field app in use', () => {
  it("shows today's route as the service's re-inspection schedule gives it, for the inspector's own sites", async () => {
    await page.locator('[data-screen="sign-in"]').waitFor();
    await shootBoth(page, 'field-sign-in');
    await signInAs(page, 'p-field-1');
    await page.locator('[data-screen="route"] [data-stop]').first().waitFor();
    const mine = new Set(stack.people.find((p) => p.id === 'p-field-1')!.sites);
    const { due } = await stack.get<{ due: { scope: any; standardRef: string }[] }>(`${C}/schedule?days=14`);
    const expected = new Map<string, number>();
    for (const d of due)
      if (d.scope.kind === 'site' && mine.has(d.scope.siteId))
        expected.set(d.scope.siteId, (expected.get(d.scope.siteId) ?? 0) + 1);
    expect(expected.size).toBeGreaterThan(1);
    const shown = await page
      .locator('[data-stop]')
      .evaluateAll((els) =>
        els.map((e) => [
          e.getAttribute('data-stop'),
          e.querySelector('[data-testid="due-count"]')?.textContent?.trim(),
        ]),
      );
    expect(new Map(shown.map(([site, text]) => [site, Number.parseInt(text ?? '0', 10)]))).toEqual(expected);
    await expect.poll(() => page.locator('[data-testid="route-from"]').textContent()).toContain('复查计划');
    await shootBoth(page, 'field-route');
  });

  it('refuses a photo taken 500 m from the site, saying how far and what to do, before anything is sent', async () => {
    await stack.standAt(MARKET, 500);
    await page.locator(`[data-stop="${MARKET}"]`).click();
    const code = await page.locator('[data-standard][data-due="true"]').first().getAttribute('data-standard');
    await card(code!).locator('[data-outcome="fail"]').click();
    await card(code!).locator('[data-input="camera"]').setInputFiles(photo(11));
    const refused = card(code!).locator('[data-testid="photo-refused"]');
    await refused.waitFor();
    expect(await refused.locator('[data-code]').getAttribute('data-code')).toBe('provenance_too_far');
    expect(await refused.textContent()).toMatch(/距点位 5\d\d 米处，超出允许的 200 米/);
    expect(await card(code!).locator('[data-action="save"]').isDisabled()).toBe(true);
    await card(code!).locator('[data-testid="photo-refused"] .todo').scrollIntoViewIfNeeded();
    await shootBoth(page, 'field-site-refused');
    // The same photo in English says the same.
    await page.locator('[data-testid="language"]').click();
    expect(await refused.textContent()).toMatch(/taken 5\d\d m from the site, beyond the 200 m allowed/);
    await page.locator('[data-testid="language"]').click();
    // Last year's photo from the album is refused too, for its time.
    const old = join(mkdtempSync(join(tmpdir(), 'field-album-')), 'old.png');
    writeFileSync(old, samplePhoto(12));
    utimesSync(old, new Date(Date.now() - 365 * 86_400_000), new Date(Date.now() - 365 * 86_400_000));
    await card(code!).locator('button[aria-label="删除照片"]').click();
    await stack.standAt(MARKET);
    await card(code!).locator('[data-input="album"]').setInputFiles(old);
    await card(code!).locator('[data-testid="photo-refused"]').waitFor();
    const codes = await card(code!)
      .locator('[data-testid="photo-refused"] [data-code]')
      .evaluateAll((els) => els.map((e) => e.getAttribute('data-code')));
    expect(codes).toEqual(expect.arrayContaining(['provenance_album', 'provenance_outside_window']));
    await card(code!).locator('button[aria-label="删除照片"]').click();
  });

  it('captures a round with the network cut in the middle and sends each check once, however often it comes back', async () => {
    const before = await stack.get<any>(`${C}/view`);
    // The standards of the market, those due first.
    const codes = await page
      .locator('[data-standard]')
      .evaluateAll((els) => els.map((e) => e.getAttribute('data-standard')!));
    const [first, second, third] = codes;
    expect(codes.length).toBeGreaterThanOrEqual(3);
    // Online: a failing check with its photo taken at the site; the answer to its first event is lost on the way.
    stack.app.loseNextAnswer('POST', /\/events$/);
    await card(first!).locator('[data-outcome="fail"]').click();
    await card(first!).locator('[data-field="violations"]').fill('2');
    await card(first!).locator('[data-field="note"]').fill('入口处堆放货箱两处');
    await card(first!).locator('[data-input="camera"]').setInputFiles(photo(13));
    await card(first!).locator('[data-testid="photo-ok"]').waitFor();
    await card(first!).locator('[data-action="save"]').click();
    await card(first!).locator('[data-testid="saved"]').waitFor();
    // Sent again under the same keys: the service answers the lost one from its audit.
    await page.locator('[data-tab="outbox"]').click();
    await page.locator('[data-action="send-now"]').click();
    await allSent();

    // The network goes: the app opens again from its service worker and keeps capturing.
    await stack.browser.setOffline(true);
    await page.evaluate((site) => {
      location.hash = `site/${site}`;
    }, MARKET);
    await page.reload();
    await page.locator('[data-testid="offline-notice"]').waitFor();
    await page.locator(`[data-standard="${second}"]`).waitFor();
    await card(second!).locator('[data-outcome="pass"]').click();
    await card(second!).locator('[data-input="camera"]').setInputFiles(photo(14, false));
    await card(second!).locator('[data-testid="photo-ok"]').waitFor();
    await card(second!).locator('[data-action="save"]').click();
    await card(third!).locator('[data-outcome="notAssessable"]').click();
    await card(third!).locator('[data-field="reason"]').selectOption('siteClosed');
    await card(third!).locator('[data-action="save"]').click();
    await page.locator('[data-tab="outbox"]').click();
    expect((await outboxStates()).filter((s) => s === 'pending')).toHaveLength(2);
    expect(await page.locator('[data-testid="outbox-count"]').textContent()).toBe('2');
    await shootBoth(page, 'field-outbox-offline');

    // It comes back, goes, and comes back again: each check is recorded once.
    await stack.browser.setOffline(false);
    await page.evaluate(() => window.dispatchEvent(new Event('online')));
    await allSent();
    await stack.browser.setOffline(true);
    await stack.browser.setOffline(false);
    await page.evaluate(() => window.dispatchEvent(new Event('online')));
    await page.locator('[data-action="send-now"]').click();
    await allSent();

    const observations = await appliedIds('observation.recorded', (e) => e.observation.id);
    const mine = observations.filter((id) => !id.startsWith('o-seed') && !id.startsWith('o-r-'));
    expect(mine).toHaveLength(3);
    expect(new Set(observations).size).toBe(observations.length);
    const documents = await appliedIds('document.filed', (e) => e.document.id);
    expect(new Set(documents).size).toBe(documents.length);
    // The figures of the service's view moved by exactly what was captured.
    const after = await stack.get<any>(`${C}/view`);
    expect(after.evidence.observations.effective).toBe(before.evidence.observations.effective + 3);
    expect(after.evidence.documents.filed).toBe(before.evidence.documents.filed + 2);
    const found = after.ledger.filter((r: any) => !before.ledger.some((b: any) => b.id === r.id));
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({
      status: 'reported',
      standardRef: first,
      description: '入口处堆放货箱两处',
    });
    // Each photo the service holds is the one hashed on the phone, with its position and the camera as its source.
    const docs = await stack.get<Evidence>(`${C}/evidence?kind=document&inForce=true&limit=1000`);
    for (const d of docs.items.filter((d) => documents.includes(d.id) && !d.id.startsWith('d-r-'))) {
      expect(d.record.provenance).toMatchObject({ source: 'camera', location: { datum: 'WGS84' } });
      const bytes = Buffer.from(
        await (
          await fetch(`${stack.service.url}${C}/media/${d.record.sha256}`, {
            headers: { 'x-chuangwen-actor': 'p-office', 'x-chuangwen-role': 'office' },
          })
        ).arrayBuffer(),
      );
      expect((await import('node:crypto')).createHash('sha256').update(bytes).digest('hex')).toBe(
        d.record.sha256,
      );
      // Resized on the phone: a JPEG, far smaller than a camera's file.
      expect(bytes.subarray(0, 3)).toEqual(Buffer.from([0xff, 0xd8, 0xff]));
    }
  });

  it('files one photo used by two checks once, says what it cannot read, waits out a busy record, keeps no sent bytes', async () => {
    const atMarket = () =>
      page.evaluate((site) => {
        location.hash = `site/${site}`;
      }, MARKET);
    await atMarket();
    await page.locator('[data-standard]').first().waitFor();
    // Two standards not yet checked here: the same camera photo (a shut gate) stands for both.
    const open = await page
      .locator('[data-standard]:not(:has([data-testid="saved"]))')
      .evaluateAll((els) => els.map((e) => e.getAttribute('data-standard')!));
    const [a, b] = open;
    expect(open.length).toBeGreaterThanOrEqual(2);
    // A file that is not an image, named as one: said at once, in both languages, and nothing is taken.
    await card(a!)
      .locator('[data-input="camera"]')
      .setInputFiles({
        name: 'IMG_0001.jpg',
        mimeType: 'image/jpeg',
        buffer: Buffer.from('not a photo at all'),
      });
    const unreadable = card(a!).locator('[data-testid="photo-unreadable"]');
    await unreadable.waitFor();
    expect(await unreadable.textContent()).toMatch(/无法作为照片读取.*IMG_0001\.jpg/s);
    await page.locator('[data-testid="language"]').click();
    expect(await unreadable.textContent()).toContain('cannot be read as a photo');
    await page.locator('[data-testid="language"]').click();
    expect(await card(a!).locator('[data-photo]').count()).toBe(0);
    // The record is busy for a moment (another instance moved it first): the check waits, it is not refused.
    let busy = 0;
    await page.route(/\/api\/campaigns\/[^/]+\/events$/, async (route) => {
      if (busy++ > 0 || route.request().method() !== 'POST') return route.continue();
      await route.fulfill({
        status: 409,
        headers: { 'content-type': 'application/problem+json', 'retry-after': '1' },
        body: JSON.stringify({ code: 'conflict', message: { 'zh-CN': '冲突', en: 'conflict' } }),
      });
    });
    for (const code of [a!, b!]) {
      await card(code).locator('[data-outcome="pass"]').click();
      await card(code).locator('[data-input="camera"]').setInputFiles(photo(21, false));
      await card(code).locator('[data-testid="photo-ok"]').waitFor();
      // Tapped twice in a hurry: one check is kept.
      await card(code).locator('[data-action="save"]').dblclick();
      await card(code).locator('[data-testid="saved"]').waitFor();
    }
    await page.locator('[data-tab="outbox"]').click();
    await expect.poll(() => busy).toBeGreaterThan(0);
    expect(await page.locator('[data-item][data-state="conflict"]').count()).toBe(0);
    await page.unroute(/\/api\/campaigns\/[^/]+\/events$/);
    await page.locator('[data-action="send-now"]').click();
    await allSent();
    // Both findings cite the one document the photo is filed as.
    const entries = await evidenceEntries();
    const cited = entries
      .filter((e) => e.outcome === 'applied' && e.event?.type === 'observation.recorded')
      .map((e) => e.event.observation)
      .filter((o) => o.standardRef === a || o.standardRef === b);
    expect(cited).toHaveLength(2);
    expect(cited[0].evidence).toHaveLength(1);
    expect(cited[1].evidence).toEqual(cited[0].evidence);
    const filed = entries.filter(
      (e) =>
        e.outcome === 'applied' &&
        e.event?.type === 'document.filed' &&
        e.event.document.id === cited[0].evidence[0],
    );
    expect(filed).toHaveLength(1);
    // Sent, an item keeps its record on the phone but not the photo's bytes.
    const kept = await page.evaluate(
      () =>
        new Promise<{ state: string; bytes: number[] }[]>((resolve, reject) => {
          const request = indexedDB.open('chuangwen-field');
          request.onerror = () => reject(request.error);
          request.onsuccess = () => {
            const all = request.result.transaction('outbox').objectStore('outbox').getAll();
            all.onsuccess = () =>
              resolve(
                (all.result as any[]).map((item) => ({
                  state: item.state,
                  bytes: item.steps
                    .filter((s: any) => s.kind === 'upload')
                    .map((s: any) => s.bytes.byteLength),
                })),
              );
          };
        }),
    );
    expect(
      kept
        .filter((i) => i.state === 'sent')
        .flatMap((i) => i.bytes)
        .every((n) => n === 0),
    ).toBe(true);
    expect(kept.some((i) => i.state === 'sent' && i.bytes.length > 0)).toBe(true);
    // On a later day the standard can be checked again: a check sent on an earlier day no longer stands for it.
    await page.evaluate(
      (code) =>
        new Promise<void>((resolve, reject) => {
          const request = indexedDB.open('chuangwen-field');
          request.onsuccess = () => {
            const store = request.result.transaction('outbox', 'readwrite').objectStore('outbox');
            const cursor = store.openCursor();
            cursor.onsuccess = () => {
              const c = cursor.result;
              if (!c) return resolve();
              if (c.value.title.en.endsWith(` · ${code}`))
                c.update({ ...c.value, createdAt: new Date(Date.now() - 8 * 86_400_000).toISOString() });
              c.continue();
            };
            cursor.onerror = () => reject(cursor.error);
          };
        }),
      a!,
    );
    await page.reload();
    await atMarket();
    await card(a!).locator('[data-outcome="pass"]').waitFor();
    expect(await card(b!).locator('[data-testid="saved"]').count()).toBe(1);
    // A phone whose clock is two years off the service's: said to set the clock, not to retake a photo forever.
    const ahead = new Date(Date.now() + 2 * 366 * 86_400_000).toUTCString();
    await page.route(/\/api\//, async (route) => {
      const response = await route.fetch();
      await route.fulfill({ response, headers: { ...response.headers(), date: ahead } });
    });
    await page.reload();
    await atMarket();
    await expect
      .poll(() => page.evaluate(() => document.querySelector('[data-standard]') !== null))
      .toBe(true);
    await card(a!).locator('[data-outcome="pass"]').click();
    await card(a!).locator('[data-input="camera"]').setInputFiles(photo(22, false));
    const clock = card(a!).locator('[data-testid="clock-wrong"]');
    await clock.waitFor();
    expect(await clock.textContent()).toContain('校正日期和时间');
    expect(await card(a!).locator('[data-photo]').count()).toBe(0);
    // The clock measured right again, photos are taken as before.
    await page.unroute(/\/api\//);
    await page.reload();
    await atMarket();
    await card(a!).locator('[data-outcome="pass"]').click();
    await card(a!).locator('[data-input="camera"]').setInputFiles(photo(22, false));
    await card(a!).locator('[data-testid="photo-ok"]').waitFor();
  });

  it('shows a site reassigned while offline as a conflict, with what to do', async () => {
    const inspector = stack.people.find((p) => p.id === 'p-field-1')!;
    await stack.browser.setOffline(true);
    await page.evaluate(() => window.dispatchEvent(new Event('offline')));
    await page.locator('[data-tab="route"]').click();
    await stack.standAt('s-square');
    await page.locator('[data-stop="s-square"]').click();
    const code = (await page.locator('[data-standard]').first().getAttribute('data-standard'))!;
    await card(code).locator('[data-outcome="pass"]').click();
    await card(code).locator('[data-input="camera"]').setInputFiles(photo(15, false));
    await card(code).locator('[data-testid="photo-ok"]').waitFor();
    await card(code).locator('[data-action="save"]').click();
    // Meanwhile the office gives the square to the other inspector.
    stack.app.assign(
      inspector.id,
      inspector.sites!.filter((s) => s !== 's-square'),
    );
    await stack.browser.setOffline(false);
    await page.evaluate(() => window.dispatchEvent(new Event('online')));
    await page.locator('[data-tab="outbox"]').click();
    const conflict = page.locator('[data-item][data-state="conflict"]');
    await conflict.waitFor({ timeout: 60_000 });
    expect(await conflict.locator('[data-testid="what-to-do"]').textContent()).toContain('改派');
    await shootBoth(page, 'field-conflict');
    // Nothing of the refused check counts: the square's evidence is as it was.
    const view = await stack.get<any>(`${C}/view`);
    expect(view.schedule.filter((d: any) => d.scope.siteId === 's-square').length).toBeGreaterThan(0);
    await conflict.locator('[data-action="discard"]').click();
    await expect.poll(() => conflict.count()).toBe(0);
  });

  it("takes the unit's before/after report, paired with the finding's photo, its days left as the ledger counts them", async () => {
    await signInAs(page, 'p-liaison-market');
    const problem = page.locator(`[data-problem="${OPEN_PROBLEM}"]`);
    await problem.waitFor();
    const ledger = await stack.get<{ entries: any[] }>(`${C}/ledger`);
    const row = ledger.entries.find((r) => r.id === OPEN_PROBLEM)!;
    const unitId = stack.people.find((p) => p.id === 'p-liaison-market')!.unitId;
    const open = ledger.entries.filter(
      (r) => r.leadUnitId === unitId && ['assigned', 'rectifying', 'returned', 'reopened'].includes(r.status),
    );
    expect(Number(await page.locator('[data-testid="problem-count"]').textContent())).toBe(open.length);
    expect(Number(await problem.locator('[data-testid="deadline"]').getAttribute('data-days-left'))).toBe(
      row.daysLeft,
    );
    // The finding's photo shows, fetched from the service.
    await expect
      .poll(() =>
        problem.locator('img[data-photo="before"]').evaluate((img: HTMLImageElement) => img.naturalWidth),
      )
      .toBeGreaterThan(0);
    // With a holiday calendar loaded (a sample, not the real notice), the days left are working days.
    // Each year between today and the deadline needs its file: a year without one is unknown, never an ordinary week.
    const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(new Date());
    const years = [...new Set([today, row.deadline].map((d: string) => Number(d.slice(0, 4))))];
    const holidays = years.map((year) => ({
      year,
      papers: ['示例通知（样例，非真实通知）'],
      days: row.deadline.startsWith(String(year))
        ? [{ name: '示例', date: row.deadline, isOffDay: true }]
        : [],
    }));
    for (const file of holidays)
      await page.locator('[data-input="calendar"]').setInputFiles({
        name: `${file.year}.json`,
        mimeType: 'application/json',
        buffer: Buffer.from(JSON.stringify(file)),
      });
    const layer = validateHolidayCnLayer(holidays);
    if (!layer.ok) throw new Error('the sample holiday files are invalid');
    const expected = workingDaysBetween({ layers: [layer.value] }, today, row.deadline);
    if (!expected.known) throw new Error('the sample holiday files do not cover the deadline');
    await expect
      .poll(() => problem.locator('[data-testid="deadline"]').getAttribute('data-working-days'))
      .toBe(String(expected.value));
    await stack.standAt(MARKET, 8);
    await problem.locator('[data-input="camera"]').setInputFiles(photo(16, false));
    await problem.locator('[data-testid="photo-ok"]').waitFor();
    await shootBoth(page, 'field-unit-fix');
    await problem.locator('[data-action="submit"]').click();
    await allSent();
    const now = (await stack.get<{ entries: any[] }>(`${C}/ledger`)).entries.find(
      (r) => r.id === OPEN_PROBLEM,
    )!;
    expect(now.status).toBe('submitted');
    const docs = await stack.get<Evidence>(`${C}/evidence?kind=document&inForce=true&limit=1000`);
    const afterDoc = docs.items.find((d) => d.id === now.evidence[0])!;
    expect(afterDoc.record).toMatchObject({
      beforeId: `d-${OPEN_PROBLEM}-before`,
      unitId,
      provenance: { source: 'camera' },
    });
    const stream = await stack.get<{ entries: any[] }>(
      `${C}/audit?stream=rectification/${OPEN_PROBLEM}&limit=500`,
    );
    expect(
      stream.entries.filter((e) => e.event?.type === 'rectification.submitted').map((e) => e.outcome),
    ).toEqual(['applied']);
  });

  it('lets the reviewer close the fix, and shows a decision on a problem closed meanwhile as a conflict', async () => {
    await signInAs(page, 'p-inspector-2');
    await page.locator(`[data-screen="review"] [data-problem="${OPEN_PROBLEM}"]`).waitFor();
    const ledger = await stack.get<{ entries: any[] }>(`${C}/ledger`);
    expect(Number(await page.locator('[data-testid="review-count"]').textContent())).toBe(
      ledger.entries.filter((r) => r.status === 'submitted').length,
    );
    const fix = page.locator(`[data-problem="${OPEN_PROBLEM}"]`);
    await expect
      .poll(() =>
        fix.locator('img[data-photo="after"]').evaluate((img: HTMLImageElement) => img.naturalWidth),
      )
      .toBeGreaterThan(0);
    await shootBoth(page, 'field-review');
    await fix.locator('[data-action="accept"]').click();
    await allSent();
    expect(
      (await stack.get<{ entries: any[] }>(`${C}/ledger`)).entries.find((r) => r.id === OPEN_PROBLEM)!.status,
    ).toBe('closed');

    // Offline, the reviewer sends the other fix back; meanwhile the group's leader closes it.
    await page.locator('[data-tab="review"]').click();
    await stack.browser.setOffline(true);
    await page.evaluate(() => window.dispatchEvent(new Event('offline')));
    const other = page.locator(`[data-problem="${SUBMITTED_PROBLEM}"]`);
    await other.locator('[data-field="reason"]').fill('积水未清理干净');
    await other.locator('[data-action="send-back"]').click();
    const closed = await stack.send(
      'POST',
      `${C}/events`,
      { 'x-chuangwen-actor': 'p-inspector', 'x-chuangwen-role': 'supervisionGroup' },
      {
        type: 'rectification.closed',
        rectificationId: SUBMITTED_PROBLEM,
      },
    );
    expect(closed.status).toBe(200);
    await stack.browser.setOffline(false);
    await page.evaluate(() => window.dispatchEvent(new Event('online')));
    await page.locator('[data-tab="outbox"]').click();
    const conflict = page.locator('[data-item][data-state="conflict"]');
    await conflict.waitFor({ timeout: 60_000 });
    expect(await conflict.locator('[data-testid="what-to-do"]').textContent()).toContain('销号');
    // The record holds the closure and the refused return, once each.
    const entries = await stack.get<{ entries: any[] }>(
      `${C}/audit?stream=rectification/${SUBMITTED_PROBLEM}&limit=500`,
    );
    const returned = entries.entries.filter((e) => e.event?.type === 'rectification.returned');
    expect(returned.map((e) => e.outcome)).toEqual(['rejected']);
    expect(
      (await stack.get<{ entries: any[] }>(`${C}/ledger`)).entries.find((r) => r.id === SUBMITTED_PROBLEM)!
        .status,
    ).toBe('closed');
  });
});
