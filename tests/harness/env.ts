/**
 * The per-file setup of a browser test: start the harness server, launch the browser named
 * by RT_BROWSER (set by the vitest project) with the built extension, and tear both down.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach } from 'vitest';
import type { BrowserName, TestBrowser, TestPage } from './browser';
import { launchChromium } from './chromium';
import { launchFirefox } from './firefox';
import { HarnessServer } from './server';

export const BROWSER_NAME: BrowserName = process.env.RT_BROWSER === 'firefox' ? 'firefox' : 'chromium';
export const ROOT = join(import.meta.dirname, '..', '..');

export function extensionDir(name: BrowserName): string {
  return join(ROOT, '.output', name === 'firefox' ? 'firefox-mv3' : 'chrome-mv3');
}

export interface BrowserEnv {
  readonly browser: TestBrowser;
  readonly server: HarnessServer;
  /** Opens a RedNote URL (fixture page) and waits until the page rendered. */
  openSite(url: string): Promise<TestPage>;
}

export interface BrowserEnvOptions {
  /** The browser's UI language, e.g. "zh-CN" (the extension's pages follow it). */
  locale?: string;
  /** Extra Firefox preferences for this file's browser (e.g. a tiny storage limit). */
  firefoxPrefs?: Record<string, string | number | boolean>;
}

export function useBrowserEnv(options: BrowserEnvOptions = {}): BrowserEnv {
  let browser: TestBrowser | undefined;
  const server = new HarnessServer();
  const opened: TestPage[] = [];

  beforeAll(async () => {
    const dir = extensionDir(BROWSER_NAME);
    if (!existsSync(join(dir, 'manifest.json'))) throw new Error(`No build at ${dir}: run npm run build first.`);
    await server.start();
    const launch = BROWSER_NAME === 'firefox' ? launchFirefox : launchChromium;
    browser = await launch({
      extensionDir: dir,
      serverPort: server.port,
      ...(options.locale && { locale: options.locale }),
      ...(options.firefoxPrefs && { firefoxPrefs: options.firefoxPrefs }),
    });
  });

  beforeEach(async () => {
    server.reset();
    while (opened.length)
      await opened
        .pop()!
        .close()
        .catch(() => undefined);
  });

  afterAll(async () => {
    await browser?.close();
    await server.stop();
  });

  return {
    get browser() {
      if (!browser) throw new Error('The browser is not launched yet.');
      return browser;
    },
    server,
    async openSite(url: string) {
      const page = await this.browser.newPage();
      opened.push(page);
      await page.goto(url);
      await page.waitFor(() => (window as unknown as { __rtFixture?: { ready?: unknown } }).__rtFixture?.ready ?? false);
      await page.evaluate(() => (window as unknown as { __rtFixture: { ready: Promise<unknown> } }).__rtFixture.ready);
      return page;
    },
  };
}
