/**
 * Helpers that act from inside the extension's own pages, where the `chrome`/`browser`
 * extension API is available to the page's script.
 */
import type { TestBrowser, TestPage } from './browser';

type Api = { tabs: { query(q: object): Promise<Array<{ id?: number; url?: string }>>; sendMessage(id: number, m: unknown): Promise<unknown> } };

/**
 * Finds the tab whose content script reports `href`, by asking each tab for its status
 * (the same message the popup sends). Returns the tab id and the status reply.
 */
export async function findSiteTab(extensionPage: TestPage, href: string, timeoutMs = 10_000): Promise<{ tabId: number; status: Record<string, unknown> }> {
  return extensionPage.waitFor(
    async (wanted: string) => {
      const api = (globalThis as { browser?: Api }).browser ?? (globalThis as unknown as { chrome: Api }).chrome;
      for (const tab of await api.tabs.query({})) {
        if (tab.id === undefined) continue;
        try {
          const reply = (await api.tabs.sendMessage(tab.id, { type: 'status' })) as { href?: string; backgroundVersion?: string | null } | undefined;
          if (reply?.href === wanted && reply.backgroundVersion) return { tabId: tab.id, status: reply };
        } catch {
          // no content script in that tab
        }
      }
      return null;
    },
    href,
    timeoutMs,
  ) as Promise<{ tabId: number; status: Record<string, unknown> }>;
}

export async function openPopupFor(browser: TestBrowser, tabId: number): Promise<TestPage> {
  return browser.openExtensionPage(`popup.html?tabId=${tabId}`);
}

/**
 * Reloads the extension (as an update would): a fresh background with fresh memory. Waits until
 * its pages open again. Pages opened before keep their old content script, which must go quiet.
 */
export async function reloadExtension(browser: TestBrowser): Promise<void> {
  const page = await browser.openExtensionPage('popup.html');
  await page.evaluate(() => {
    const api = ((globalThis as { browser?: unknown }).browser ?? (globalThis as { chrome?: unknown }).chrome) as { runtime: { reload(): void } };
    setTimeout(() => api.runtime.reload(), 0);
  });
  await new Promise((r) => setTimeout(r, 800));
  await page.close().catch(() => undefined);
  const deadline = Date.now() + 15_000;
  for (;;) {
    try {
      const probe = await browser.openExtensionPage('popup.html');
      const ok = await probe.evaluate(async () => {
        const api = ((globalThis as { browser?: unknown }).browser ?? (globalThis as { chrome?: unknown }).chrome) as { runtime: { sendMessage(m: unknown): Promise<{ ok?: boolean }> } };
        return (await api.runtime.sendMessage({ type: 'ping' }))?.ok === true;
      });
      await probe.close();
      if (ok) return;
    } catch {
      // not back yet
    }
    if (Date.now() > deadline) throw new Error('The extension did not come back after a reload.');
    await new Promise((r) => setTimeout(r, 250));
  }
}

/**
 * A background with fresh memory (provider health, in-memory cache): Chromium stops the service
 * worker (it restarts on the next message); Firefox, which has no worker, reloads the add-on.
 * (Chromium refuses to reload an extension loaded with --load-extension.)
 */
export async function freshBackground(browser: TestBrowser): Promise<void> {
  if (browser.name === 'chromium') await browser.stopServiceWorker();
  else await reloadExtension(browser);
}

/** The counts a tab's content script keeps (what the popup shows). */
export async function tabCounts(browser: TestBrowser, href: string): Promise<{ translated: number; waiting: number; failed: number; cached: number }> {
  const page = await browser.openExtensionPage('popup.html');
  try {
    const { status } = await findSiteTab(page, href);
    return status.counts as { translated: number; waiting: number; failed: number; cached: number };
  } finally {
    await page.close();
  }
}

/** Sends a tab the popup's "Retry failed". */
export async function retryFailed(browser: TestBrowser, href: string): Promise<void> {
  const page = await browser.openExtensionPage('popup.html');
  try {
    const { tabId } = await findSiteTab(page, href);
    await page.evaluate(async (id: number) => {
      const api = ((globalThis as { browser?: unknown }).browser ?? (globalThis as { chrome?: unknown }).chrome) as Api;
      await api.tabs.sendMessage(id, { type: 'retryFailed' });
    }, tabId);
  } finally {
    await page.close();
  }
}

/** Empties the translation cache (memory and IndexedDB) the way the options page does. */
export async function clearCache(browser: TestBrowser): Promise<void> {
  const page = await browser.openExtensionPage('popup.html');
  try {
    await page.evaluate(async () => {
      const api = ((globalThis as { browser?: unknown }).browser ?? (globalThis as { chrome?: unknown }).chrome) as { runtime: { sendMessage(m: unknown): Promise<unknown> } };
      await api.runtime.sendMessage({ type: 'cache.clear' });
    });
  } finally {
    await page.close();
  }
}
