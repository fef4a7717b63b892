// The browser the tests drive: Debian's Chromium through playwright-core, never a downloaded one. Found from
// CHROMIUM_PATH, then /usr/bin/chromium; on Debian as root a missing one is installed with apt-get (with the CJK fonts
// screenshots need); anywhere else the tests stop and say how to install it.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type BrowserContext, chromium } from 'playwright-core';

const DEBIAN_CHROMIUM = '/usr/bin/chromium';

/** Launch flags: headless on a closed network, with nothing phoning home. */
const CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

const HOW_TO_INSTALL =
  "Chromium was not found. Install Debian's browser and CJK fonts (`sudo apt-get install chromium fonts-noto-cjk`) or " +
  'set CHROMIUM_PATH to a Chromium executable. / 未找到 Chromium：请安装（apt-get install chromium fonts-noto-cjk）或设置 CHROMIUM_PATH。';

function apt(args: string[]) {
  execFileSync('apt-get', args, {
    stdio: 'inherit',
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
    timeout: 15 * 60_000,
  });
}

/** The Chromium executable, installing Debian's when it is missing and we may. */
function findChromium(): string {
  const given = process.env.CHROMIUM_PATH;
  if (given) {
    if (!existsSync(given)) throw new Error(`CHROMIUM_PATH=${given} does not exist. ${HOW_TO_INSTALL}`);
    return given;
  }
  if (existsSync(DEBIAN_CHROMIUM)) return DEBIAN_CHROMIUM;
  const root = typeof process.getuid === 'function' && process.getuid() === 0;
  if (root && existsSync('/etc/debian_version')) {
    apt(['update']);
    apt(['install', '-y', '--no-install-recommends', 'chromium', 'fonts-noto-cjk']);
    if (existsSync(DEBIAN_CHROMIUM)) return DEBIAN_CHROMIUM;
  }
  throw new Error(HOW_TO_INSTALL);
}

/** A headless browser with a fresh profile; closing it removes the profile. */
export async function launchBrowser(): Promise<BrowserContext & { dispose(): Promise<void> }> {
  const profile = mkdtempSync(join(tmpdir(), 'chuangwen-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: findChromium(),
    headless: true,
    args: CHROMIUM_FLAGS,
    viewport: { width: 1920, height: 1080 },
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
  });
  return Object.assign(context, {
    async dispose() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  });
}
