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
      const api = ((globalThis as { browser?: Api }).browser ?? (globalThis as unknown as { chrome: Api }).chrome) as Api;
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
