/**
 * Debian's Chromium, driven by playwright-core with the built extension loaded.
 * Every test host (pages and providers, service worker traffic included) resolves to the
 * harness server through --host-resolver-rules; all other hosts too, so nothing leaves the machine.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';
import { artifactPath } from './artifacts';
import { pollUntil, type BackgroundMethod, type CapturedLog, type LaunchOptions, type TestBrowser, type TestPage } from './browser';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

class ChromiumPage implements TestPage {
  readonly browserName = 'chromium' as const;
  constructor(readonly page: Page) {}
  async goto(url: string) {
    await this.page.goto(url, { waitUntil: 'load' });
  }
  url() {
    return this.page.url();
  }
  evaluate<R, A>(fn: (arg: A) => R | Promise<R>, arg?: A): Promise<R> {
    return this.page.evaluate<R, A | undefined>(fn as never, arg);
  }
  waitFor<R, A>(fn: (arg: A) => R | Promise<R>, arg?: A, timeoutMs = 10_000): Promise<R> {
    return pollUntil(() => this.evaluate(fn, arg), timeoutMs, fn);
  }
  async click(selector: string) {
    await this.page.locator(selector).first().click();
  }
  async press(key: string) {
    await this.page.keyboard.press(key);
  }
  async type(text: string) {
    await this.page.keyboard.type(text);
  }
  async screenshot(name: string, options?: { fullPage?: boolean }) {
    const path = artifactPath('chromium', name);
    await this.page.screenshot({ path, fullPage: options?.fullPage ?? false });
    return path;
  }
  async setColorScheme(scheme: 'light' | 'dark') {
    await this.page.emulateMedia({ colorScheme: scheme });
  }
  async setViewport(width: number, height: number) {
    await this.page.setViewportSize({ width, height });
  }
  async close() {
    await this.page.close();
  }
}

export async function launchChromium(options: LaunchOptions): Promise<TestBrowser> {
  const userDataDir = mkdtempSync(join(tmpdir(), 'rt-chromium-'));
  const context: BrowserContext = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM_PATH,
    headless: false,
    viewport: { width: 1280, height: 900 },
    ...(options.locale && { locale: options.locale }),
    ignoreHTTPSErrors: true,
    args: [
      '--headless=new',
      `--disable-extensions-except=${options.extensionDir}`,
      `--load-extension=${options.extensionDir}`,
      `--host-resolver-rules=MAP * 127.0.0.1:${options.serverPort}, EXCLUDE localhost`,
      '--ignore-certificate-errors',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-features=AutofillServerCommunication,OptimizationHints,MediaRouter',
      '--no-first-run',
      `--lang=${options.locale ?? 'en-US'}`,
    ],
  });
  // Console output of pages, content scripts and service workers (Playwright forwards all three to
  // the context), and uncaught errors of pages. The worker's own uncaught errors are tapped below.
  const logs: CapturedLog[] = [];
  context.on('console', (message) => logs.push({ source: message.worker()?.url() ?? message.page()?.url() ?? 'unknown', text: message.text() }));
  context.on('weberror', (error) => logs.push({ source: error.page()?.url() ?? 'page', text: `${error.error().message}\n${error.error().stack ?? ''}` }));
  const tapWorker = (worker: Worker) =>
    void worker
      .evaluate(() => {
        // Uncaught errors and unhandled rejections of the worker, echoed to its console (captured above).
        const describe = (e: unknown) => (e instanceof Error ? `${e.name}: ${e.message}\n${e.stack ?? ''}` : String(e));
        self.addEventListener('error', (e) => console.error('[uncaught]', describe(e.error ?? e.message)));
        self.addEventListener('unhandledrejection', (e) => console.error('[unhandled rejection]', describe(e.reason)));
      })
      .catch(() => undefined);
  context.on('serviceworker', tapWorker);
  context.serviceWorkers().forEach(tapWorker);
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 15_000 }));
  const extensionOrigin = /^chrome-extension:\/\/[a-p]{32}/.exec(worker.url())?.[0] ?? '';
  if (!extensionOrigin) throw new Error(`Unexpected service worker URL: ${worker.url()}`);

  /** The extension's running service worker; a stopped one is woken by a message from its own page, as an event would. */
  const liveWorker = async (): Promise<Worker> => {
    const running = context.serviceWorkers().find((w) => w.url().startsWith(extensionOrigin));
    if (running) {
      const alive = await running.evaluate(() => true).catch(() => false);
      if (alive) return running;
    }
    const started = context.waitForEvent('serviceworker', { timeout: 15_000, predicate: (w) => w.url().startsWith(extensionOrigin) });
    const page = await context.newPage();
    await page.goto(`${extensionOrigin}/popup.html`);
    await page.evaluate(() => (globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<unknown> } } }).chrome.runtime.sendMessage({ type: 'ping' }));
    await page.close();
    return started;
  };

  return {
    name: 'chromium',
    extensionOrigin,
    async newPage() {
      return new ChromiumPage(await context.newPage());
    },
    async openExtensionPage(path: string) {
      const page = await context.newPage();
      await page.goto(`${extensionOrigin}/${path}`);
      return new ChromiumPage(page);
    },
    async stopServiceWorker() {
      const page = context.pages()[0] ?? (await context.newPage());
      const session = await context.newCDPSession(page);
      await session.send('ServiceWorker.enable');
      await session.send('ServiceWorker.stopAllWorkers');
      await session.detach();
    },
    consoleOutput: () => logs,
    async callBackground<R>(method: BackgroundMethod, ...args: unknown[]): Promise<R> {
      const worker = await liveWorker();
      return worker.evaluate(([m, a]) => (globalThis as unknown as { redThread: Record<string, (...x: unknown[]) => unknown> }).redThread[m]!(...a), [method, args] as [
        string,
        unknown[],
      ]) as Promise<R>;
    },
    async close() {
      await context.close();
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}
