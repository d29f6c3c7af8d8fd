/**
 * One small interface over the two real browsers, so every browser test is written once
 * and runs in both: Chromium driven by playwright-core, Firefox ESR by puppeteer-core over
 * WebDriver BiDi. Only what the tests need, nothing clever.
 */
export type BrowserName = 'chromium' | 'firefox';

export interface TestPage {
  readonly browserName: BrowserName;
  goto(url: string): Promise<void>;
  url(): string;
  evaluate<R, A = undefined>(fn: (arg: A) => R | Promise<R>, arg?: A): Promise<R>;
  /** Polls `fn` in the page until it returns a truthy value; returns that value. */
  waitFor<R, A = undefined>(fn: (arg: A) => R | Promise<R>, arg?: A, timeoutMs?: number): Promise<R>;
  /** Clicks the first element matching a CSS selector, looking into open shadow roots too. */
  click(selector: string): Promise<void>;
  press(key: string): Promise<void>;
  type(text: string): Promise<void>;
  /** Saves a PNG under tests/artifacts/<browser>/<name>.png and returns its path. */
  screenshot(name: string, options?: { fullPage?: boolean }): Promise<string>;
  /** The system colour scheme the page sees (Chromium; a no-op in Firefox over BiDi). */
  setColorScheme(scheme: 'light' | 'dark'): Promise<void>;
  /** Resizes the page's viewport (a popup is about 340 px wide). */
  setViewport(width: number, height: number): Promise<void>;
  close(): Promise<void>;
}

export interface TestBrowser {
  readonly name: BrowserName;
  /** chrome-extension://<id> or moz-extension://<uuid>, without a trailing slash. */
  readonly extensionOrigin: string;
  newPage(): Promise<TestPage>;
  /** Opens one of the extension's own pages (popup.html, options.html …) in a tab. */
  openExtensionPage(path: string): Promise<TestPage>;
  /** Stops the extension's service worker (Chromium only; Firefox has no service worker). */
  stopServiceWorker(): Promise<void>;
  /**
   * Everything the browser's contexts wrote to their consoles and every uncaught error since launch
   * (pages, the extension's pages, content scripts, the background), one line each.
   */
  consoleOutput(): readonly CapturedLog[];
  /**
   * Calls one of the functions the background's own event listeners call (`globalThis.redThread`
   * in the background): Chromium evaluates in the service worker, Firefox reaches the event page
   * through runtime.getBackgroundPage() from an extension page. Arguments and result are JSON.
   */
  callBackground<R>(method: BackgroundMethod, ...args: unknown[]): Promise<R>;
  close(): Promise<void>;
}

export interface CapturedLog {
  /** Where it came from, as far as the driver can tell (a URL, "service worker", "stdout"). */
  source: string;
  text: string;
}

/** What the background exposes on `globalThis.redThread` (entrypoints/background/index.ts). */
export type BackgroundMethod = 'runCommand' | 'onSelectionMenuClicked' | 'onImageMenuClicked' | 'listening' | 'imageReads';

export interface LaunchOptions {
  /** The built extension folder to load. */
  extensionDir: string;
  /** The harness server's port: every host reaches it (Chromium's host mapping, Firefox's proxy). */
  serverPort: number;
  /** The browser's UI language (BCP 47, e.g. "zh-CN"); English (en-US) when not given. */
  locale?: string;
  /** Extra Firefox preferences for this launch (Chromium ignores them). */
  firefoxPrefs?: Record<string, string | number | boolean>;
}

/**
 * Polls `probe` (an evaluate in the page) until it gives a truthy value. Both drivers use this,
 * so an async predicate behaves the same in both (Playwright's waitForFunction would take its
 * Promise for a truthy answer). Navigation mid-poll just means "not yet".
 */
export async function pollUntil<R>(probe: () => Promise<R>, timeoutMs: number, what: { toString(): string }): Promise<R> {
  const deadline = Date.now() + timeoutMs;
  let lastError: unknown;
  for (;;) {
    try {
      const value = await probe();
      if (value) return value;
    } catch (error) {
      lastError = error;
    }
    if (Date.now() > deadline) {
      const source = what.toString().replace(/\s+/g, ' ').slice(0, 160);
      throw new Error(`Timed out after ${timeoutMs} ms waiting for: ${source}${lastError ? ` (last error: ${lastError instanceof Error ? String(lastError) : JSON.stringify(lastError)})` : ''}`);
    }
    await new Promise((r) => setTimeout(r, 50));
  }
}
