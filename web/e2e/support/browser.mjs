// Headless Chromium for the end-to-end tests: Debian's /usr/bin/chromium driven by playwright-core.
import { mkdir } from 'node:fs/promises';
import { after, before } from 'node:test';
import { chromium } from 'playwright-core';

const artifacts = new URL('../artifacts/', import.meta.url);

/** The address of the Huiyin host under test, from HUIYIN_BASE_URL. */
export function baseUrl() {
  const url = process.env.HUIYIN_BASE_URL;
  if (!url) {
    throw new Error('HUIYIN_BASE_URL is not set: point it at a running Huiyin host, e.g. HUIYIN_BASE_URL=http://127.0.0.1:5180');
  }
  return url;
}

/**
 * The browser of a test file: launched before its tests and closed after them. Call it at the top
 * of the file; it fails the whole file at once, saying why, when HUIYIN_BASE_URL is missing.
 */
export function browserForFile() {
  baseUrl();
  const shared = { browser: undefined };
  before(async () => {
    shared.browser = await launchBrowser();
  });
  after(async () => {
    await shared.browser?.close();
  });
  return shared;
}

function launchBrowser() {
  return chromium.launch({
    executablePath: '/usr/bin/chromium',
    headless: true,
    timeout: 20_000,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

/**
 * Runs `scenario` on a fresh page (its own cookies and storage) in Chinese and Shanghai time.
 * When the scenario fails, a screenshot of the page goes to e2e/artifacts/<name>.png.
 */
export async function onFreshPage(browser, name, scenario) {
  const context = await browser.newContext({
    baseURL: baseUrl(),
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
    viewport: { width: 1440, height: 900 },
  });
  const page = await context.newPage();
  page.setDefaultTimeout(10_000);
  try {
    await scenario(page);
  } catch (error) {
    await mkdir(artifacts, { recursive: true });
    await page.screenshot({ path: new URL(`${name}.png`, artifacts).pathname, fullPage: true }).catch(() => {});
    throw error;
  } finally {
    await context.close();
  }
}
