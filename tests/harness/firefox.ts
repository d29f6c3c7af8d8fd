/**
 * Firefox ESR, driven by puppeteer-core over WebDriver BiDi, with the built extension
 * installed as a temporary add-on. The harness server is Firefox's proxy for every host, http
 * and https alike (it answers the tunnels itself), so every request the browser makes reaches it
 * and is recorded: the test hosts, the extension background's own requests (which page-level
 * interception does not see), and any host nobody expected, which would otherwise fail unseen.
 */
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { artifactPath } from './artifacts';
import { pollUntil, type BackgroundMethod, type CapturedLog, type LaunchOptions, type TestBrowser, type TestPage } from './browser';

export const FIREFOX_PATH = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
export const GECKO_ID = 'red-thread@redthread.dev';
/** Pinned, so the extension's pages have a known address. */
export const EXTENSION_UUID = '6f1c2d3e-4b5a-4c7d-8e9f-0a1b2c3d4e5f';

class FirefoxPage implements TestPage {
  readonly browserName = 'firefox' as const;
  constructor(readonly page: Page) {}
  async goto(url: string) {
    if (url.startsWith('moz-extension:')) {
      // Over BiDi, extension pages fire no load event the driver sees: start the navigation and poll.
      void this.page.goto(url).catch(() => undefined);
      const deadline = Date.now() + 15_000;
      while (Date.now() < deadline) {
        const ready = await this.page.evaluate((href) => location.href === href && document.readyState === 'complete', url).catch(() => false);
        if (ready) return;
        await new Promise((r) => setTimeout(r, 100));
      }
      throw new Error(`Timed out opening ${url}`);
    }
    await this.page.goto(url, { waitUntil: 'load' });
  }
  url() {
    return this.page.url();
  }
  evaluate<R, A>(fn: (arg: A) => R | Promise<R>, arg?: A): Promise<R> {
    return this.page.evaluate(fn as never, arg);
  }
  waitFor<R, A>(fn: (arg: A) => R | Promise<R>, arg?: A, timeoutMs = 10_000): Promise<R> {
    return pollUntil(() => this.evaluate(fn, arg), timeoutMs, fn);
  }
  async click(selector: string) {
    const handle = await this.page.waitForSelector(`pierce/${selector}`, { timeout: 10_000 });
    if (!handle) throw new Error(`No element matches ${selector}`);
    await handle.click();
  }
  async press(key: string) {
    await this.page.keyboard.press(key as never);
  }
  async type(text: string) {
    await this.page.keyboard.type(text);
  }
  async screenshot(name: string, options?: { fullPage?: boolean }) {
    const path = artifactPath('firefox', name);
    await this.page.screenshot({ path: path, fullPage: options?.fullPage ?? false });
    return path;
  }
  /**
   * Over WebDriver BiDi, Firefox can't emulate prefers-color-scheme (puppeteer needs CDP for it).
   * Overlays follow the page's own theme by inheritance, which tests drive through the page itself.
   */
  async setColorScheme(_scheme: 'light' | 'dark') {}
  async setViewport(width: number, height: number) {
    await this.page.setViewport({ width, height });
  }
  async close() {
    await this.page.close();
  }
}

export async function launchFirefox(options: LaunchOptions): Promise<TestBrowser> {
  const browser: Browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX_PATH,
    headless: true,
    acceptInsecureCerts: true,
    defaultViewport: { width: 1280, height: 900 },
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: {
      // Every host through the harness (manual proxy for http and https; nothing bypasses it but
      // localhost, where nothing of the tests lives). No lookups of our own: the proxy gets names.
      'network.proxy.type': 1,
      'network.proxy.http': '127.0.0.1',
      'network.proxy.http_port': options.serverPort,
      'network.proxy.ssl': '127.0.0.1',
      'network.proxy.ssl_port': options.serverPort,
      'network.proxy.no_proxies_on': '',
      'network.trr.mode': 5,
      'network.dns.disableIPv6': true,
      'network.dns.disablePrefetch': true,
      'intl.accept_languages': options.locale ? `${options.locale}, en-US, en` : 'en-US, en',
      // Another UI language needs its language pack (Debian: firefox-esr-l10n-*), which lives in the app's scope.
      'intl.locale.requested': options.locale ?? 'en-US',
      'browser.translations.enable': false,
      'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: EXTENSION_UUID }),
      // Every console message and uncaught error of web and extension contexts (the background
      // included, which WebDriver BiDi does not expose) is also printed on the process's stdout.
      'devtools.console.stdout.content': true,
      ...options.firefoxPrefs,
    },
  });
  const logs: CapturedLog[] = [];
  const process = browser.process();
  for (const stream of [process?.stdout, process?.stderr]) {
    let rest = '';
    stream?.on('data', (chunk: Buffer) => {
      const lines = (rest + chunk.toString('utf8')).split('\n');
      rest = lines.pop() ?? '';
      for (const line of lines) if (line.trim()) logs.push({ source: 'firefox output', text: line });
    });
  }
  await browser.installExtension(options.extensionDir);
  const extensionOrigin = `moz-extension://${EXTENSION_UUID}`;

  const newPage = async () => new FirefoxPage(await browser.newPage());
  return {
    name: 'firefox',
    extensionOrigin,
    newPage,
    async openExtensionPage(path: string) {
      const page = await newPage();
      await page.goto(`${extensionOrigin}/${path}`);
      return page;
    },
    async stopServiceWorker() {
      throw new Error('Firefox runs the background as an event page: there is no service worker to stop.');
    },
    consoleOutput: () => logs,
    async callBackground<R>(method: BackgroundMethod, ...args: unknown[]): Promise<R> {
      const page = await newPage();
      await page.goto(`${extensionOrigin}/popup.html`);
      try {
        return await page.evaluate(
          async ([m, a]: [string, unknown[]]) => {
            const api = (globalThis as unknown as { browser: { runtime: { getBackgroundPage(): Promise<Window> } } }).browser;
            const background = (await api.runtime.getBackgroundPage()) as unknown as { redThread: Record<string, (...x: unknown[]) => unknown> };
            // Through JSON: the answer is made in the background's compartment.
            return JSON.parse(JSON.stringify((await background.redThread[m]!(...a)) ?? null)) as R;
          },
          [method, args] as [string, unknown[]],
        );
      } finally {
        await page.close();
      }
    },
    async close() {
      await browser.close();
    },
  };
}
