import fs from 'node:fs';
import { afterAll, beforeAll } from '@jest/globals';
import path from 'node:path';
import { type Browser, type Page, chromium } from 'playwright-core';
import { PROJECT_ROOT } from '../../src/config';

/** Debian's Chromium (CI installs it); never a downloaded browser. */
export const CHROMIUM = '/usr/bin/chromium';
const ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export const ARTIFACTS = path.join(PROJECT_ROOT, 'test-artifacts');

export function launch(): Promise<Browser> {
  if (!fs.existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} is missing: apt-get install -y chromium (as .ci/run does)`);
  return chromium.launch({ executablePath: CHROMIUM, headless: true, args: ARGS });
}

/** Headless Chromium for one test file: launched before its tests, closed after. */
export function useBrowser(): { browser: Browser } {
  const handle = {} as { browser: Browser };
  beforeAll(async () => {
    handle.browser = await launch();
  });
  afterAll(async () => {
    await handle.browser?.close();
  });
  return handle;
}

/**
 * A page that records what must not happen: console errors, uncaught
 * exceptions, failed requests, and any request off this machine (the
 * pages must work offline). Off-machine requests are refused.
 */
export async function watchedPage(browser: Browser): Promise<{ page: Page; problems: string[] }> {
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console error: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('requestfailed', (request) => problems.push(`request failed: ${request.url()} ${request.failure()?.errorText ?? ''}`));
  await page.route('**/*', (route) => {
    const url = new URL(route.request().url());
    if (url.protocol === 'data:' || url.hostname === '127.0.0.1' || url.hostname === 'localhost') return route.continue();
    problems.push(`off-machine request: ${url.href}`);
    return route.abort();
  });
  return { page, problems };
}

export async function screenshot(page: Page, name: string): Promise<string> {
  fs.mkdirSync(ARTIFACTS, { recursive: true });
  const file = path.join(ARTIFACTS, name);
  await page.screenshot({ path: file, fullPage: true });
  return file;
}
