/**
 * The translation cache when storage is full, with the browser's real storage limits (Firefox):
 * the profile's storage limit is 2 MB (dom.quotaManager.temporaryStorage.fixedLimit, read at start),
 * and another database of the extension's origin fills it, so the cache's IndexedDB writes fail
 * with a real QuotaExceededError. Every unit is still translated by the provider, the popup and the
 * options page say, in words, what is wrong and what it means; once space is given back and the
 * cache cleared, it works again without a restart.
 *
 * Chromium is not covered here: CDP's Storage.overrideQuotaForOrigin is accepted for the
 * chrome-extension:// origin (Storage.getUsageAndQuota then reports the override) but the
 * extension's own contexts still see and use the normal quota, so writes never fail; and the real
 * quota (a share of the disk) can't be filled in a test. The service's behaviour is the same code
 * in both browsers and is unit-tested (tests/unit/translation/service.test.ts).
 */
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import type { TestPage } from '../harness/browser';
import { BROWSER_NAME, useBrowserEnv } from '../harness/env';
import { clearCache, findSiteTab, freshBackground, openPopupFor } from '../harness/extension';
import { resetSettings, settled } from '../harness/overlays';

const env = useBrowserEnv({ firefoxPrefs: { 'dom.quotaManager.temporaryStorage.fixedLimit': 2048 } });
const NOTE = 'https://www.xiaohongshu.com/explore/6784c1d2000000001a03b7e4';
const OTHER = 'https://www.rednote.com/explore/6785e2f3000000001d02c8a5';
const FILLER = 'red-thread-test-filler';

/** Fills the extension origin's storage with incompressible data until the browser refuses more. */
async function fillStorage(): Promise<number> {
  const page = await env.browser.openExtensionPage('popup.html');
  try {
    return await page.evaluate(async (name: string) => {
      const open = () =>
        new Promise<IDBDatabase>((resolve, reject) => {
          const request = indexedDB.open(name, 1);
          request.onupgradeneeded = () => request.result.createObjectStore('blocks');
          request.onsuccess = () => resolve(request.result);
          request.onerror = () => reject(request.error ?? new Error(`IndexedDB refused ${name}`));
        });
      // One connection per write: Firefox closes a connection for writes once it hit the quota.
      const put = async (key: number, bytes: number) => {
        const db = await open();
        try {
          return await new Promise<DOMException | null>((resolve) => {
            const tx = db.transaction('blocks', 'readwrite');
            tx.objectStore('blocks').put(crypto.getRandomValues(new Uint8Array(bytes)), key);
            tx.oncomplete = () => resolve(null);
            tx.onabort = () => resolve(tx.error);
          });
        } finally {
          db.close();
        }
      };
      // Big blocks first, then ever smaller ones, so that not even a small translation fits after.
      let key = 0;
      for (const bytes of [64 * 1024, 4096, 512, 64, 8]) {
        for (let tries = 0; ; tries++) {
          if (tries > 1000) throw new Error('The storage never filled up: is the quota pref set?');
          const error = await put(key++, bytes);
          if (!error) continue;
          if (error.name !== 'QuotaExceededError') throw new Error(`${error.name}: ${error.message}`);
          break;
        }
      }
      return key;
    }, FILLER);
  } finally {
    await page.close();
  }
}

async function freeStorage(): Promise<void> {
  const page = await env.browser.openExtensionPage('popup.html');
  try {
    await page.evaluate(
      (name: string) =>
        new Promise<void>((resolve, reject) => {
          const request = indexedDB.deleteDatabase(name);
          request.onsuccess = () => resolve();
          request.onerror = () => reject(request.error ?? new Error(`IndexedDB refused ${name}`));
        }),
      FILLER,
    );
  } finally {
    await page.close();
  }
}

async function popupFor(url: string): Promise<TestPage> {
  const finder = await env.browser.openExtensionPage('popup.html');
  const { tabId } = await findSiteTab(finder, url);
  await finder.close();
  const popup = await openPopupFor(env.browser, tabId);
  await popup.setViewport(340, 640);
  return popup;
}

/** Every overlay done, each showing the stand-in's translation: the provider answered, not a cache. */
async function allTranslatedByTheProvider(page: TestPage) {
  const shown = await settled(page, 3, 20_000);
  expect(shown.map((o) => o.state)).toEqual(shown.map(() => 'done'));
  // Mixed units keep their English as written: the wholly Chinese ones show the stand-in's tag first.
  for (const o of shown.filter((d) => !/[A-Za-z]/.test(d.original))) expect(o.text).toMatch(/^\[en\] /);
  return shown;
}

const noticeState = () => document.querySelector('[data-testid="cache-notice"]')?.getAttribute('data-state') ?? null;

/** The cache's state as the options page shows it ('ok', 'full', 'unavailable'). */
async function cacheState(): Promise<string | null> {
  const options = await env.browser.openExtensionPage('options.html#data');
  try {
    await options.waitFor(() => document.querySelector('[data-testid="cache-stats"]')?.getAttribute('data-state') ?? null);
    return await options.evaluate(() => document.querySelector('[data-testid="cache-stats"]')!.getAttribute('data-state'));
  } finally {
    await options.close();
  }
}

/**
 * The reader goes on reading until a write to the cache is refused. Firefox grows a database file in
 * chunks, so the first translations after the storage filled up may still fit in the slack of the
 * cache's last chunk (a note's few kilobytes often do): only the next pages' writes meet the quota.
 */
async function readUntilTheCacheIsFull(): Promise<{ page: TestPage; url: string; shown: Awaited<ReturnType<typeof allTranslatedByTheProvider>> }> {
  for (const url of [NOTE, OTHER, 'https://www.xiaohongshu.com/explore', 'https://www.rednote.com/user/profile/5b3c2e1f000000001003a7d2']) {
    const page = await env.openSite(url);
    const shown = await allTranslatedByTheProvider(page);
    if ((await cacheState()) === 'full') return { page, url, shown };
    await page.close();
  }
  throw new Error('Every write to the cache was accepted: the storage was not full.');
}
const statsState = () => document.querySelector('[data-testid="cache-stats"]')?.getAttribute('data-state') ?? null;

beforeEach(async () => {
  await resetSettings(env.browser);
  await freeStorage();
  await freshBackground(env.browser);
  await clearCache(env.browser);
  env.server.reset();
});

afterEach(async () => {
  await freeStorage();
});

describe.runIf(BROWSER_NAME === 'firefox')(`cache storage full (${BROWSER_NAME}, a real quota)`, () => {
  test('translation works without room in the cache; the popup and options say it is full and what that means', async () => {
    expect(await fillStorage()).toBeGreaterThan(0);
    const { page, url, shown } = await readUntilTheCacheIsFull();
    expect(env.server.providerRequests('microsoft').length).toBeGreaterThan(0);

    const popup = await popupFor(url);
    await popup.waitFor(noticeState);
    const notice = await popup.evaluate(() => {
      const el = document.querySelector('[data-testid="cache-notice"]')!;
      return { state: el.getAttribute('data-state'), text: el.textContent ?? '', link: el.querySelector('a')?.getAttribute('href') ?? '', role: el.getAttribute('role') };
    });
    expect(notice.state).toBe('full');
    expect(notice.role).toBe('status');
    expect(notice.text).toContain('Saved translations: full');
    expect(notice.text).toContain('Translation still works, but new translations are not saved');
    expect(notice.text).toContain('translated again');
    expect(notice.link).toMatch(/options\.html#data$/);
    // The activity counts still add up: everything translated, nothing failed.
    await popup.waitFor((n: number) => document.querySelector('[data-count="translated"] dd')?.textContent === String(n), shown.length);
    expect(await popup.evaluate(() => document.querySelector('[data-count="failed"] dd')?.textContent)).toBe('0');
    await popup.screenshot('cache-full-popup');

    const options = await env.browser.openExtensionPage('options.html#data');
    await options.waitFor(statsState);
    const stats = await options.evaluate(() => ({
      state: document.querySelector('[data-testid="cache-stats"]')!.getAttribute('data-state'),
      text: document.querySelector('[data-testid="cache-stats"]')!.textContent ?? '',
    }));
    expect(stats.state).toBe('full');
    expect(stats.text).toMatch(/^The cache is full \(\d+ translations kept\): new translations are not saved\. Clear it to make room\.$/);
    await options.close();
    await popup.close();

    // What could not be kept is asked for again by a fresh background (and every unit is still translated).
    await page.close();
    await freshBackground(env.browser);
    env.server.reset();
    const again = await env.openSite(url);
    await allTranslatedByTheProvider(again);
    expect(env.server.textsSent('microsoft').length).toBeGreaterThan(0);
  });

  test('space given back and the cache cleared: it works again at once, without a restart', async () => {
    await fillStorage();
    const { url } = await readUntilTheCacheIsFull();
    const popup = await popupFor(url);
    await popup.waitFor(() => document.querySelector('[data-testid="cache-notice"]')?.getAttribute('data-state') === 'full');

    // The reader makes room (here: the other data goes) and clears the cache in options.
    await freeStorage();
    const options = await env.browser.openExtensionPage('options.html#data');
    await options.waitFor(() => document.querySelector('[data-testid="cache-stats"]')?.getAttribute('data-state') === 'full');
    await options.click('[data-testid="clear-cache"]');
    await options.waitFor(() => document.querySelector('[data-testid="cache-stats"]')?.getAttribute('data-state') === 'ok');
    // The open popup notices within its refresh: the notice goes away.
    await popup.waitFor(() => !document.querySelector('[data-testid="cache-notice"]'));

    // New translations are kept again: the next page is asked for once, then answered from IndexedDB.
    const other = await env.openSite(OTHER);
    const first = await allTranslatedByTheProvider(other);
    await other.close();
    await freshBackground(env.browser); // empty memory: only IndexedDB can answer now
    env.server.reset();
    const again = await env.openSite(OTHER);
    const shown = await settled(again, first.length);
    expect(shown.every((o) => o.state === 'done')).toBe(true);
    expect(shown.map((o) => o.text)).toEqual(expect.arrayContaining(first.map((o) => o.text)));
    // None of what was translated the first time is asked for again (a unit or two more may come near).
    for (const text of env.server.textsSent()) expect(first.some((o) => o.original.includes(text))).toBe(false);
    await options.close();
    await popup.close();
  });
});
