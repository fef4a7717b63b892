// Everything a test of the app needs, real and started here: the example service on a fresh SQLite file (photos in a
// folder of its own) seeded with the field sample over HTTP, the built app served with its gateway, and Chromium with
// a phone's screen (375 × 667), location allowed and set where the test stands.
import { mkdirSync } from 'node:fs';
import { type RunningService, startService } from '@chuangwen/example-http-service/process';
import type { Page } from 'playwright-core';
import { launchBrowser } from '../../dashboard/scripts/chromium.js';
import { EXAMPLE_ROOT, type RunningApp, startApp } from '../scripts/page-server.js';
import type { Person } from '../scripts/people.js';
import { FIELD_CAMPAIGN_ID, gpsAt, seedField } from '../scripts/seed.js';

/** Where screenshots go: the example's git-ignored test output. */
const SCREENSHOTS = `${EXAMPLE_ROOT}out/screenshots`;
/** A phone's screen. */
const PHONE = { width: 375, height: 667 };

export interface Stack {
  service: RunningService;
  app: RunningApp;
  browser: Awaited<ReturnType<typeof launchBrowser>>;
  street: Awaited<ReturnType<typeof seedField>>['street'];
  people: Person[];
  /** Reads from the service as the office. */
  get<T>(path: string): Promise<T>;
  /** Sends to the service as someone (identity headers given). */
  send(
    method: string,
    path: string,
    headers: Record<string, string>,
    body?: unknown,
  ): Promise<{ status: number; body: any }>;
  /** Puts the phone `north` metres north of a site, with the accuracy a phone reports. */
  standAt(siteId: string, north?: number, accuracy?: number): Promise<void>;
  stop(): Promise<void>;
}

export async function startStack(): Promise<Stack> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  const service = await startService({ mediaInFolder: true });
  const { street, people } = await seedField(service.url);
  const app = await startApp({ service: service.url, campaignId: FIELD_CAMPAIGN_ID, people });
  const browser = await launchBrowser();
  await browser.grantPermissions(['geolocation'], { origin: new URL(app.url).origin });
  const office = { 'x-chuangwen-actor': street.organisation.office.directorId, 'x-chuangwen-role': 'office' };
  const send = async (method: string, path: string, headers: Record<string, string>, body?: unknown) => {
    const response = await fetch(`${service.url}${path}`, {
      method,
      headers: { ...headers, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    return { status: response.status, body: (await response.json()) as any };
  };
  return {
    service,
    app,
    browser,
    street,
    people,
    async get<T>(path: string) {
      const answer = await send('GET', path, office);
      if (answer.status !== 200) throw new Error(`GET ${path}: ${answer.status}`);
      return answer.body as T;
    },
    send,
    async standAt(siteId, north = 0, accuracy = 10) {
      await browser.setGeolocation({ ...gpsAt(street, siteId, north), accuracy });
    },
    async stop() {
      await browser.dispose();
      await app.close();
      await service.stop();
    },
  };
}

/** A new page of the app on a phone's screen. */
export async function phonePage(stack: Stack): Promise<Page> {
  const page = await stack.browser.newPage();
  await page.setViewportSize(PHONE);
  await page.goto(stack.app.url);
  return page;
}

/** Signs in as a person from the sign-in screen (signing out first if someone is in). */
export async function signInAs(page: Page, personId: string): Promise<void> {
  if (await page.locator('[data-testid="sign-out"]').isVisible())
    await page.locator('[data-testid="sign-out"]').click();
  await page.locator(`[data-person="${personId}"]`).click();
}

/** Saves a screenshot of the page in the current language: `name.png` in Chinese, `name.en.png` in English. */
async function shoot(page: Page, name: string): Promise<void> {
  const english = (await page.evaluate(() => document.documentElement.lang)) === 'en';
  await page.screenshot({ path: `${SCREENSHOTS}/${name}${english ? '.en' : ''}.png`, fullPage: false });
}

/** Screenshots in both languages, leaving the page in Chinese. */
export async function shootBoth(page: Page, name: string): Promise<void> {
  await shoot(page, name);
  await page.locator('[data-testid="language"]').click();
  await shoot(page, name);
  await page.locator('[data-testid="language"]').click();
}
