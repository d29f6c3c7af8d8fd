/**
 * Debian's Chromium for the bench, with the same flags as tests/harness/chromium.ts, but with the
 * extension optional (the no-extension baseline) and the Playwright context and CDP sessions
 * exposed (the bench reads metrics, traces and memory counters through CDP).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type CDPSession, type Page, type Worker } from 'playwright-core';
import { CHROMIUM_PATH } from '../harness/chromium';

export interface BenchBrowser {
  readonly context: BrowserContext;
  /** chrome-extension://<id>, or '' without the extension. */
  readonly extensionOrigin: string;
  newPage(): Promise<Page>;
  cdp(page: Page): Promise<CDPSession>;
  /** The extension's service worker (Playwright keeps one Worker across restarts; evaluate waits while it is stopped). */
  worker(): Promise<Worker>;
  /** The worker's running status as CDP last reported it: 'running', 'stopped', 'starting' … */
  workerStatus(): string;
  /** Stops the extension's service worker (CDP ServiceWorker.stopAllWorkers) and waits until CDP reports it stopped. */
  stopServiceWorker(): Promise<void>;
  close(): Promise<void>;
}

export async function launchBench(options: { extensionDir: string | null; serverPort: number }): Promise<BenchBrowser> {
  const userDataDir = mkdtempSync(join(tmpdir(), 'rt-bench-'));
  const ext = options.extensionDir;
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM_PATH,
    headless: false,
    viewport: { width: 1280, height: 900 },
    ignoreHTTPSErrors: true,
    args: [
      '--headless=new',
      ...(ext ? [`--disable-extensions-except=${ext}`, `--load-extension=${ext}`] : ['--disable-extensions']),
      `--host-resolver-rules=MAP * 127.0.0.1:${options.serverPort}, EXCLUDE localhost`,
      '--ignore-certificate-errors',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      // One foreground tab is measured at a time; keep timers and rendering unthrottled regardless.
      '--disable-background-timer-throttling',
      '--disable-renderer-backgrounding',
      '--disable-backgrounding-occluded-windows',
      '--lang=en-US',
    ],
  });

  let extensionOrigin = '';
  if (ext) {
    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 15_000 }));
    extensionOrigin = /^chrome-extension:\/\/[a-p]{32}/.exec(worker.url())?.[0] ?? '';
    if (!extensionOrigin) throw new Error(`Unexpected service worker URL: ${worker.url()}`);
    // The welcome page opens on install: close it, it is not part of what is measured.
    const closeExtensionTabs = async () => {
      for (const p of context.pages()) if (p.url().startsWith(extensionOrigin)) await p.close().catch(() => undefined);
    };
    context.on('page', (p) => {
      void p.waitForLoadState('domcontentloaded').then(closeExtensionTabs, () => undefined);
    });
    await new Promise((r) => setTimeout(r, 300));
    await closeExtensionTabs();
  }

  const liveWorker = (): Worker | undefined => context.serviceWorkers().find((w) => w.url().startsWith(extensionOrigin));

  // A CDP session on the first (blank) tab, kept open, that follows the worker's status.
  let status = ext ? 'running' : 'none';
  const statusChanged = new Set<() => void>();
  let watch: CDPSession | null = null;
  if (ext) {
    watch = await context.newCDPSession(context.pages()[0] ?? (await context.newPage()));
    watch.on('ServiceWorker.workerVersionUpdated', (event) => {
      for (const v of event.versions) {
        if (!v.scriptURL.startsWith(extensionOrigin)) continue;
        status = v.runningStatus;
        for (const notify of statusChanged) notify();
      }
    });
    await watch.send('ServiceWorker.enable');
  }

  return {
    context,
    extensionOrigin,
    async newPage() {
      return context.newPage();
    },
    cdp(page: Page) {
      return context.newCDPSession(page);
    },
    async worker() {
      if (!ext) throw new Error('No extension in this browser.');
      return liveWorker() ?? (await context.waitForEvent('serviceworker', { timeout: 15_000 }));
    },
    workerStatus: () => status,
    async stopServiceWorker() {
      if (!watch) return;
      const stopped = new Promise<void>((resolve) => {
        const check = () => {
          if (status !== 'stopped') return;
          statusChanged.delete(check);
          resolve();
        };
        statusChanged.add(check);
      });
      await watch.send('ServiceWorker.stopAllWorkers');
      const timeout = new Promise<never>((_, reject) => setTimeout(() => reject(new Error(`The service worker did not stop (status: ${status}).`)), 10_000));
      await Promise.race([stopped, timeout]);
    },
    async close() {
      await watch?.detach().catch(() => undefined);
      await context.close();
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}
