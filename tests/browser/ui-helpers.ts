/**
 * Helpers for the tests of the extension's own pages (popup, options, welcome): acting the way a
 * user does (choosing from a select, clicking), and reading what they see.
 */
import type { BrowserEnv } from '../harness/env';
import type { TestPage } from '../harness/browser';
import { findSiteTab, openPopupFor } from '../harness/extension';

export type Api = {
  storage: {
    sync: { get(k: string | null): Promise<Record<string, unknown>>; set(v: object): Promise<void> };
    local: { get(k: string | null): Promise<Record<string, unknown>>; set(v: object): Promise<void> };
  };
  runtime: { sendMessage(m: unknown): Promise<unknown> };
  extension: { getViews(q: object): Window[] };
};

/** Chooses an option in a <select> as the user does: the value changes, then input and change fire. */
export function choose(page: TestPage, selector: string, value: string): Promise<void> {
  return page.evaluate(
    ([sel, v]: [string, string]) => {
      const select = document.querySelector<HTMLSelectElement>(sel);
      if (!select) throw new Error(`no select ${sel}`);
      if (![...select.options].some((o) => o.value === v && !o.disabled)) throw new Error(`no enabled option ${v} in ${sel}`);
      select.focus();
      select.value = v;
      select.dispatchEvent(new Event('input', { bubbles: true }));
      select.dispatchEvent(new Event('change', { bubbles: true }));
    },
    [selector, value] as [string, string],
  );
}

/** Opens the options page and waits until its providers section has rendered. */
export async function openOptionsPage(env: BrowserEnv): Promise<TestPage> {
  const page = await env.browser.openExtensionPage('options.html');
  await page.waitFor(() => !!document.querySelector('#providers') && !!document.querySelector('#default-provider'));
  return page;
}

/** The stored settings (storage.sync), read from an extension page. */
export function storedSettings(page: TestPage): Promise<Record<string, unknown> | undefined> {
  return page.evaluate(async () => {
    const api = ((globalThis as { browser?: unknown }).browser ?? (globalThis as { chrome?: unknown }).chrome) as Api;
    return (await api.storage.sync.get('settings')).settings as Record<string, unknown> | undefined;
  });
}

/** Opens a RedNote test page and the popup steering its tab (340 px wide, as a real popup). */
export async function sitePageWithPopup(env: BrowserEnv, url: string): Promise<{ page: TestPage; popup: TestPage; tabId: number }> {
  const page = await env.openSite(url);
  const finder = await env.browser.openExtensionPage('popup.html');
  const { tabId } = await findSiteTab(finder, url);
  await finder.close();
  const popup = await openPopup(env, tabId);
  return { page, popup, tabId };
}

/**
 * Opens the popup for a tab. A real popup floats over its visible page; here it is a tab of its
 * own, so the page's tab is made active again afterwards: a hidden tab gets no animation frames
 * in Firefox, and the content script renders in them. The popup stays scriptable in the background.
 */
export async function openPopup(env: BrowserEnv, tabId: number): Promise<TestPage> {
  const popup = await openPopupFor(env.browser, tabId);
  await popup.setViewport(340, 760);
  await popup.waitFor(() => !!document.querySelector('[data-testid="tab-status"]'));
  await popup.evaluate(async (id: number) => {
    const api = ((globalThis as { browser?: unknown }).browser ?? (globalThis as { chrome?: unknown }).chrome) as { tabs: { update(id: number, p: object): Promise<unknown> } };
    await api.tabs.update(id, { active: true });
  }, tabId);
  return popup;
}

export interface PopupCounts {
  translated: number;
  waiting: number;
  failed: number;
  cached: number;
}

export function popupCounts(popup: TestPage): Promise<PopupCounts> {
  return popup.evaluate(() => {
    const read = (name: string) => Number(document.querySelector(`[data-count="${name}"] dd`)?.textContent ?? NaN);
    return { translated: read('translated'), waiting: read('waiting'), failed: read('failed'), cached: read('cached') };
  });
}

/** How many overlays the reader can see on the page (display not none, with a size). */
export function visibleOverlayCount(page: TestPage): Promise<number> {
  return page.evaluate(() => [...document.querySelectorAll('red-thread-overlay')].filter((h) => getComputedStyle(h).display !== 'none' && h.getBoundingClientRect().height > 0).length);
}

/** Reloads a RedNote test page and waits until the fixture app rendered again. */
export async function reloadSite(page: TestPage): Promise<void> {
  await page.goto(page.url());
  await page.waitFor(() => (window as unknown as { __rtFixture?: { ready?: unknown } }).__rtFixture?.ready ?? false);
  await page.evaluate(() => (window as unknown as { __rtFixture: { ready: Promise<unknown> } }).__rtFixture.ready);
}

export function sleep(ms: number): Promise<void> {
  return new Promise((r) => setTimeout(r, ms));
}

/** Every text of a page a script could read: the document's HTML and every open shadow root's. */
export function allPageMarkup(page: TestPage): Promise<string> {
  return page.evaluate(() => {
    const parts = [document.documentElement.outerHTML];
    const walk = (root: Document | ShadowRoot) => {
      for (const el of root.querySelectorAll('*')) {
        if (el.shadowRoot) {
          parts.push(el.shadowRoot.innerHTML);
          walk(el.shadowRoot);
        }
      }
    };
    walk(document);
    // Form values are not in the markup.
    for (const input of document.querySelectorAll('input, textarea')) parts.push((input as HTMLInputElement).value);
    return parts.join('\n');
  });
}

/**
 * The stored settings once `check` holds (a page shows a change at once and saves it a moment
 * later); the last value read when it never does, so the assertion after it says what differs.
 */
export async function storedOnce(page: TestPage, check: (s: Record<string, unknown> | undefined) => boolean, timeoutMs = 5_000): Promise<Record<string, unknown> | undefined> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await storedSettings(page);
    if (check(value) || Date.now() > deadline) return value;
    await sleep(50);
  }
}
