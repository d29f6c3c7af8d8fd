/**
 * Secrets, permissions and where text goes, in each browser:
 * - a provider key never appears in a page, in sync storage, in the content script, or in a
 *   request to any host but its provider's;
 * - the manifest asks for exactly the permissions named here;
 * - only the chosen provider receives page text;
 * - the page cannot reach or silence Red Thread with window.postMessage or forged events.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, expect, test } from 'vitest';
import type { TestBrowser } from '../harness/browser';
import { BROWSER_NAME, extensionDir, useBrowserEnv } from '../harness/env';
import { freshBackground } from '../harness/extension';
import { fixture, resetSettings, setSettings, settled } from '../harness/overlays';

const env = useBrowserEnv();
const NOTE = 'https://www.xiaohongshu.com/explore/6784c1d2000000001a03b7e4';
const KEY = 'test-key:fx';

/** The permissions Red Thread may ask for. Any addition must be named here, with its reason. */
const ALLOWED = {
  permissions: [
    'storage', // settings (sync), keys and the cache's notices (local)
    // "Translate selection with Red Thread" in the context menu (on the two RedNote sites only);
    // the same permission is called "menus" in Firefox and "contextMenus" in Chrome.
    BROWSER_NAME === 'firefox' ? 'menus' : 'contextMenus',
  ],
  host_permissions: [
    'https://edge.microsoft.com/*', // the default provider
    'https://translate-pa.googleapis.com/*', // the automatic fallback (batched)
    'https://translate.googleapis.com/*', // the fallback's single-text endpoint
    'https://api-free.deepl.com/*', // DeepL, free keys (only used with the user's key)
    'https://api.deepl.com/*', // DeepL, pro keys
    'https://api.openai.com/*', // OpenAI (only used with the user's key)
  ],
  optional_host_permissions: ['https://*/*', 'http://*/*'], // a user's own server, asked for at the moment they set it
  content_script_matches: ['https://www.rednote.com/*', 'https://www.xiaohongshu.com/*'],
};

async function storageDump(browser: TestBrowser): Promise<{ sync: string; local: string }> {
  const page = await browser.openExtensionPage('popup.html');
  try {
    return await page.evaluate(async () => {
      const api = ((globalThis as { browser?: unknown }).browser ?? (globalThis as { chrome?: unknown }).chrome) as {
        storage: { sync: { get(k: null): Promise<object> }; local: { get(k: null): Promise<object> } };
      };
      return { sync: JSON.stringify(await api.storage.sync.get(null)), local: JSON.stringify(await api.storage.local.get(null)) };
    });
  } finally {
    await page.close();
  }
}

async function setKey(browser: TestBrowser, key: string): Promise<void> {
  const page = await browser.openExtensionPage('popup.html');
  await page.evaluate(async (value: string) => {
    const api = ((globalThis as { browser?: unknown }).browser ?? (globalThis as { chrome?: unknown }).chrome) as { storage: { local: { set(v: object): Promise<void> } } };
    await api.storage.local.set({ secrets: { deepl: value } });
  }, key);
  await page.close();
}

beforeEach(async () => {
  await resetSettings(env.browser);
  await freshBackground(env.browser);
  env.server.reset();
});

describe(`secrets, permissions and destinations (${BROWSER_NAME})`, () => {
  test('the manifest asks for exactly the permissions named in this test', () => {
    const manifest = JSON.parse(readFileSync(join(extensionDir(BROWSER_NAME), 'manifest.json'), 'utf8'));
    expect([...(manifest.permissions ?? [])].sort()).toEqual([...ALLOWED.permissions].sort());
    expect([...(manifest.host_permissions ?? [])].sort()).toEqual([...ALLOWED.host_permissions].sort());
    expect([...(manifest.optional_host_permissions ?? [])].sort()).toEqual([...ALLOWED.optional_host_permissions].sort());
    expect(manifest.optional_permissions ?? []).toEqual([]);
    const matches = (manifest.content_scripts as Array<{ matches: string[] }>).flatMap((c) => c.matches);
    expect([...new Set(matches)].sort()).toEqual(ALLOWED.content_script_matches);
    // Nothing of the extension is exposed to web pages.
    expect(manifest.web_accessible_resources ?? []).toEqual([]);
    expect(manifest.externally_connectable).toBeUndefined();
  });

  test('a DeepL key is used for DeepL only, and is nowhere else: pages, sync storage, other requests, the content script', async () => {
    await setKey(env.browser, KEY);
    await setSettings(env.browser, { provider: 'deepl', fallbacks: ['google'] });
    const page = await env.openSite(NOTE);
    await settled(page, 3);
    const deepl = env.server.providerRequests('deepl');
    expect(deepl.length).toBeGreaterThan(0);
    expect(deepl.every((r) => r.host === 'api-free.deepl.com' && r.headers.authorization === `DeepL-Auth-Key ${KEY}`)).toBe(true);
    for (const r of env.server.requests.filter((x) => x.provider !== 'deepl')) {
      expect(JSON.stringify(r.headers) + r.body + r.path + r.query.toString(), `${r.host}${r.path}`).not.toContain(KEY);
    }
    const inPage = await page.evaluate(
      () => document.documentElement.outerHTML + [...document.querySelectorAll('*')].map((el) => el.shadowRoot?.innerHTML ?? '').join(''),
    );
    expect(inPage).not.toContain(KEY);
    expect((await storageDump(env.browser)).sync).not.toContain(KEY);
    // The content script never reads the keys' storage: the built script has no reference to it.
    const contentScript = readFileSync(join(extensionDir(BROWSER_NAME), 'content-scripts', 'content.js'), 'utf8');
    expect(contentScript).not.toMatch(/["'`]secrets["'`]/);
  });

  test('only the chosen provider receives page text; nothing goes anywhere else', async () => {
    const page = await env.openSite(NOTE);
    await settled(page, 3);
    await fixture(page, 'f.loadMoreComments(10)');
    await page.evaluate(() => document.querySelector('.note-scroller')!.scrollTo(0, 2000));
    await settled(page, 4);
    // Chromium itself checks its sign-in state with Google; that is the browser's traffic, not the
    // extension's, and it never carries page text (checked below).
    const BROWSER_OWN = ['accounts.google.com'];
    for (const r of env.server.requests.filter((x) => BROWSER_OWN.includes(x.host))) expect(r.body).not.toMatch(/[\u4e00-\u9fff]/);
    const hosts = [...new Set(env.server.requests.map((r) => r.host))].filter((h) => !BROWSER_OWN.includes(h)).sort();
    expect(hosts, JSON.stringify(env.server.requests.filter((r) => !['edge.microsoft.com', 'www.xiaohongshu.com'].includes(r.host)).map((r) => [r.host, r.path]))).toEqual(['edge.microsoft.com', 'www.xiaohongshu.com']);
    // Requests to the page's own host are the page's (documents and assets), never carrying page text from us.
    for (const r of env.server.requests.filter((x) => x.host === 'www.xiaohongshu.com')) expect(r.method).toBe('GET');
  });

  test('window.postMessage and forged events from the page reach nothing', async () => {
    const page = await env.openSite('https://www.xiaohongshu.com/explore');
    await settled(page, 3);
    // Provider traffic only: Chromium's own background requests (sign-in checks) may come and go.
    const requests = env.server.providerRequests().length;
    await page.evaluate(() => {
      for (const message of [
        { type: 'translate', to: 'en', units: [{ id: 'x', text: 'page text' }] },
        { type: 'cache.clear' },
        { type: 'tips.off' },
        { type: 'page.setEnabled', enabled: false },
      ]) {
        window.postMessage(message, '*');
        document.dispatchEvent(new CustomEvent('message', { detail: message }));
      }
      // WXT's "a newer copy started" signal, forged for both browsers' extension ids.
      for (const id of ['red-thread@redthread.dev', document.documentElement.dataset.x ?? '']) {
        const detail = { contentScriptName: 'content', messageId: 'forged' };
        document.dispatchEvent(new CustomEvent(`${id}:content:wxt:content-script-started`, { detail }));
      }
      window.postMessage({ type: 'wxt:content-script-started', contentScriptName: 'content', messageId: 'forged' }, '*');
    });
    await new Promise((r) => setTimeout(r, 500));
    expect(env.server.providerRequests().length).toBe(requests);
    // Red Thread still works on this page: new cards get translated.
    const doneBefore = await page.evaluate(() => document.querySelectorAll('red-thread-overlay[data-rt-state="done"]').length);
    await fixture(page, 'f.appendCards(8)');
    await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
    await page.waitFor((n: number) => document.querySelectorAll('red-thread-overlay[data-rt-state="done"]').length > n, doneBefore, 20_000);
    expect(env.server.providerRequests().length).toBeGreaterThan(requests);
  });
});
