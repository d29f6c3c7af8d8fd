/**
 * Secrets, permissions and where text goes, in each browser:
 * - a provider key never appears in a page, in sync or local storage, or in a request to any host
 *   but its provider's; code run in the content script's own world finds no key anywhere it can reach;
 * - the manifest asks for exactly the permissions named here;
 * - only the chosen provider receives page text;
 * - no key (nor a distinctive part of one) shows in any context's console output, in an uncaught
 *   error, or in error text the UI shows, on the failure paths too (keys refused: 401/403);
 * - the page cannot reach or silence Red Thread with window.postMessage or forged events, and is sent
 *   no window message by it (the site's own message listeners see nothing of Red Thread).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, expect, test } from 'vitest';
import type { TestBrowser } from '../harness/browser';
import { BROWSER_NAME, useBrowserEnv } from '../harness/env';
import { clearCache, findSiteTab, freshBackground, openPopupFor } from '../harness/extension';
import { probeFromContentScript, saveKeys } from '../harness/keys';
import { readManifest } from '../harness/manifest';
import { fixture, overlays, resetSettings, setSettings, settled } from '../harness/overlays';

const env = useBrowserEnv();
const NOTE = 'https://www.xiaohongshu.com/explore/6784c1d2000000001a03b7e4';
const KEY = 'test-key:fx';

/** The permissions Red Thread may ask for. Any addition must be named here, with its reason. */
const ALLOWED = {
  permissions: [
    'storage', // settings (sync), keys and the cache's notices (local)
    'scripting', // the on-demand features (composer, selection box) injected into a RedNote tab on first use
    // "Translate selection with Red Thread" in the context menu (on the two RedNote sites only);
    // the same permission is called "menus" in Firefox and "contextMenus" in Chrome.
    BROWSER_NAME === 'firefox' ? 'menus' : 'contextMenus',
    // Chrome: image text is recognised in an offscreen document (a service worker can't run the models). Firefox has no such API.
    ...(BROWSER_NAME === 'firefox' ? [] : ['offscreen']),
  ],
  host_permissions: [
    'https://www.xiaohongshu.com/*', // the two RedNote sites: the on-demand features are injected there (scripting needs host access)
    'https://www.rednote.com/*',
    'https://edge.microsoft.com/*', // the default provider
    'https://translate-pa.googleapis.com/*', // the automatic fallback (batched)
    'https://translate.googleapis.com/*', // the fallback's single-text endpoint
    'https://api-free.deepl.com/*', // DeepL, free keys (only used with the user's key)
    'https://api.deepl.com/*', // DeepL, pro keys
    'https://api.openai.com/*', // OpenAI (only used with the user's key)
    'https://*.xhscdn.com/*', // RedNote's image hosts: image text fetches a note's images to read them on this computer
    'https://ci.xiaohongshu.com/*',
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

/** A value in storage.local that the content script's world must be able to read: the probe's control. */
async function setProbeMarker(browser: TestBrowser): Promise<void> {
  const page = await browser.openExtensionPage('popup.html');
  await page.evaluate(async () => {
    const api = ((globalThis as { browser?: unknown }).browser ?? (globalThis as { chrome?: unknown }).chrome) as { storage: { local: { set(v: object): Promise<void> } } };
    await api.storage.local.set({ 'rt-probe-marker': 'reached' });
  });
  await page.close();
}

beforeEach(async () => {
  await resetSettings(env.browser);
  await freshBackground(env.browser);
  env.server.reset();
});

describe(`secrets, permissions and destinations (${BROWSER_NAME})`, () => {
  test('the manifest asks for exactly the permissions named in this test', () => {
    const manifest = readManifest(BROWSER_NAME);
    expect([...(manifest.permissions ?? [])].sort()).toEqual([...ALLOWED.permissions].sort());
    expect([...(manifest.host_permissions ?? [])].sort()).toEqual([...ALLOWED.host_permissions].sort());
    expect([...(manifest.optional_host_permissions ?? [])].sort()).toEqual([...ALLOWED.optional_host_permissions].sort());
    expect(manifest.optional_permissions ?? []).toEqual([]);
    const matches = manifest.content_scripts.flatMap((c) => c.matches);
    expect([...new Set(matches)].sort()).toEqual(ALLOWED.content_script_matches);
    // Nothing of the extension is exposed to web pages.
    expect(manifest.web_accessible_resources ?? []).toEqual([]);
    expect(manifest.externally_connectable).toBeUndefined();
  });

  test('a DeepL key is used for DeepL only, and is nowhere else: pages, sync or local storage, other requests', async () => {
    await saveKeys(env.browser, { deepl: KEY });
    await setSettings(env.browser, { provider: 'deepl', fallbacks: ['google'] });
    const page = await env.openSite(NOTE);
    await settled(page, 3);
    const deepl = env.server.providerRequests('deepl');
    expect(deepl.length).toBeGreaterThan(0);
    expect(deepl.every((r) => r.host === 'api-free.deepl.com' && r.headers.authorization === `DeepL-Auth-Key ${KEY}`)).toBe(true);
    for (const r of env.server.requests.filter((x) => x.provider !== 'deepl')) {
      expect(JSON.stringify(r.headers) + r.body + r.path + r.query.toString(), `${r.host}${r.path}`).not.toContain(KEY);
    }
    const inPage = await page.evaluate(() => document.documentElement.outerHTML + [...document.querySelectorAll('*')].map((el) => el.shadowRoot?.innerHTML ?? '').join(''));
    expect(inPage).not.toContain(KEY);
    const storage = await storageDump(env.browser);
    expect(storage.sync).not.toContain(KEY);
    expect(storage.local).not.toContain(KEY);
  });

  test('the content script cannot reach a key: code run in its own world finds none in any storage area or database it can open', async () => {
    // Keys live in the extension origin's IndexedDB (utils/storage/secrets.ts). The probe runs with the
    // content script's privileges (scripting.executeScript, its isolated world), as a compromised
    // content script would, and dumps every storage area and every database it can reach.
    await saveKeys(env.browser, { deepl: KEY });
    await setProbeMarker(env.browser);
    await setSettings(env.browser, { provider: 'deepl', fallbacks: ['google'] });
    await clearCache(env.browser); // the test above translated this note: DeepL must be asked again
    const page = await env.openSite(NOTE);
    await settled(page, 3);
    // The key is saved and in use: DeepL got it.
    expect(env.server.providerRequests('deepl').some((r) => r.headers.authorization === `DeepL-Auth-Key ${KEY}`)).toBe(true);
    const finder = await env.browser.openExtensionPage('popup.html');
    const { tabId } = await findSiteTab(finder, page.url());
    const probe = await probeFromContentScript(finder, tabId);
    await finder.close();
    // The probe ran in the content script's world of that page, and read storage.local there (the marker).
    expect(probe.origin).toBe('https://www.xiaohongshu.com');
    expect(probe.areas).toContain('local');
    expect(probe.marker).toBe(true);
    expect(probe.found).toContain('reached');
    // …and found no key, nor any distinctive part of one.
    expect(probe.found).not.toContain(KEY);
    expect(probe.found).not.toContain('test-key');
  });

  test('no key in any console output, uncaught error or error text, on the failure paths too', async () => {
    // Keys the stand-ins refuse (DeepL 403, OpenAI 401), with a distinctive middle each.
    const deepl = 'rt-canary-deepl-5e1f0a77:fx';
    const openai = 'sk-rt-canary-openai-93c4b2d1';
    const leaks = [deepl, openai, '5e1f0a77', '93c4b2d1', 'rt-canary'];
    const findLeaks = (text: string) => leaks.filter((l) => text.includes(l));
    const logged = env.browser.consoleOutput().length;
    await saveKeys(env.browser, { deepl, openai });
    const page0 = await env.browser.openExtensionPage('popup.html');
    // A control for the capture itself: an extension page's console line must be seen.
    await page0.evaluate(() => console.log('rt-console-capture-check: extension page'));
    await page0.close();
    await setSettings(env.browser, { provider: 'deepl', fallbacks: ['openai', 'google'] });

    // Both keys refused, and the last fallback down too: every unit ends with an error shown in the page.
    await clearCache(env.browser);
    env.server.fail('google', { kind: 'status', status: 500 });
    const page = await env.openSite(NOTE);
    await settled(page, 3, 40_000);
    expect(env.server.providerRequests('deepl').some((r) => r.status === 403)).toBe(true);
    expect(env.server.providerRequests('openai').some((r) => r.status === 401)).toBe(true);
    await page.evaluate(() => console.log('rt-console-capture-check: site page'));
    const shown = await overlays(page);
    expect(shown.some((o) => o.state === 'error' && o.error.length > 0)).toBe(true);
    expect(findLeaks(shown.map((o) => `${o.text} ${o.error}`).join('\n'))).toEqual([]);

    // The options page's Test buttons: each refusal shown, never the key.
    const options = await env.browser.openExtensionPage('options.html#providers');
    const results: string[] = [];
    for (const id of ['deepl', 'openai']) {
      await options.click(`[data-testid="test-${id}"]`);
      await options.waitFor((which: string) => document.querySelector(`[data-testid="test-result-${which}"]`)?.getAttribute('data-state') === 'error', id, 20_000);
      results.push(await options.evaluate((which: string) => document.querySelector(`[data-testid="test-result-${which}"]`)?.textContent ?? '', id));
    }
    expect(results[0]).toContain('DeepL refused the key (HTTP 403)');
    expect(results[1]).toContain('refused the key (HTTP 401)');
    const alerts = await options.evaluate(() => [...document.querySelectorAll('[role="alert"], .rt-notice, output')].map((el) => el.textContent ?? '').join('\n'));
    expect(findLeaks(results.join('\n') + alerts)).toEqual([]);
    await options.close();

    // The popup's provider line shows the last error of the chosen provider.
    const finder = await env.browser.openExtensionPage('popup.html');
    const { tabId } = await findSiteTab(finder, page.url());
    await finder.close();
    const popup = await openPopupFor(env.browser, tabId);
    const footer = await popup.waitFor(() => {
      const text = document.querySelector('[data-testid="provider-status"]')?.textContent ?? '';
      return text.includes('refused the key') ? text : null;
    });
    expect(findLeaks(footer + (await popup.evaluate(() => document.body.innerText)))).toEqual([]);
    await popup.close();

    // Every context's console and every uncaught error since the keys were set.
    const output = env.browser.consoleOutput().slice(logged);
    expect(output.map((l) => l.text).join('\n')).toContain('rt-console-capture-check: extension page');
    expect(output.map((l) => l.text).join('\n')).toContain('rt-console-capture-check: site page');
    const leaked = output.filter((l) => findLeaks(l.text).length > 0);
    expect(leaked, JSON.stringify(leaked.slice(0, 3))).toEqual([]);
  });

  test('only the chosen provider receives page text; nothing goes anywhere else', async () => {
    const page = await env.openSite(NOTE);
    await settled(page, 3);
    await fixture(page, 'f.loadMoreComments(10)');
    await page.evaluate(() => document.querySelector('.note-scroller')!.scrollTo(0, 2000));
    await settled(page, 4);
    // Every host the browser reached, by connection as well as by request: Chromium maps every host
    // name to the harness and Firefox uses it as its proxy, so a destination nobody expected is
    // recorded here, not a network error that goes unseen. Each browser has traffic of its own
    // (Chromium checks its sign-in state with Google, Firefox polls its remote settings): not the
    // extension's, and it never carries page text (checked on each of its requests).
    const BROWSER_OWN = BROWSER_NAME === 'firefox' ? ['firefox.settings.services.mozilla.com'] : ['accounts.google.com'];
    for (const r of env.server.requests.filter((x) => BROWSER_OWN.includes(x.host))) expect(r.body + r.path + r.query.toString()).not.toMatch(/[\u4e00-\u9fff]/);
    const hosts = env.server.destinationHosts().filter((h) => !BROWSER_OWN.includes(h));
    const elsewhere = [...env.server.destinations, ...env.server.requests].filter((x) => !['edge.microsoft.com', 'www.xiaohongshu.com'].includes(x.host));
    expect(hosts, JSON.stringify(elsewhere.map((x) => ('how' in x ? [x.host, x.how] : [x.host, x.path])))).toEqual(['edge.microsoft.com', 'www.xiaohongshu.com']);
    // Requests to the page's own host are the page's (documents and assets), never carrying page text from us.
    for (const r of env.server.requests.filter((x) => x.host === 'www.xiaohongshu.com')) expect(r.method).toBe('GET');
  });

  test('the page is sent no window message: its own message listeners see nothing of Red Thread', async () => {
    // The note page with a listener of the site's kind installed before any content script runs.
    const html = readFileSync(join(import.meta.dirname, '..', 'fixtures', 'note.html'), 'utf8').replace(
      '<head>',
      `<head><script>window.__messages = []; addEventListener('message', (e) => window.__messages.push(JSON.stringify(e.data)));</script>`,
    );
    const path = '/explore/6784c1d2000000001a03b7e5';
    env.server.servePage(path, html);
    const page = await env.openSite(`https://www.xiaohongshu.com${path}`);
    await settled(page, 3);
    // Positive control: a message the page posts itself is seen by its listener.
    await page.evaluate(() => window.postMessage({ type: 'page-own' }, '*'));
    await page.waitFor(() => (window as unknown as { __messages: string[] }).__messages.some((m) => m.includes('page-own')), undefined, 5_000);
    const messages = await page.evaluate(() => (window as unknown as { __messages: string[] }).__messages);
    expect(messages.filter((m) => !m.includes('page-own'))).toEqual([]);
  });

  test('window.postMessage and forged events from the page reach nothing', async () => {
    const page = await env.openSite('https://www.xiaohongshu.com/explore');
    await settled(page, 3);
    // Provider traffic only: Chromium's own background requests (sign-in checks) may come and go.
    const requests = env.server.providerRequests().length;
    const sentBefore = env.server.textsSent();
    const doneBefore = await page.evaluate(() => document.querySelectorAll('red-thread-overlay[data-rt-state="done"]').length);
    await page.evaluate(() => {
      for (const message of [{ type: 'translate', to: 'en', segments: [{ id: 'x', text: 'page text' }] }, { type: 'cache.clear' }, { type: 'tips.off' }, { type: 'page.setEnabled', enabled: false }]) {
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
    // Red Thread still works on this page: new cards get translated (neither the forged "off" nor
    // the forged "a newer copy started" took). This is also the positive control for what follows:
    // whatever the forged messages set off went out before these answers came back.
    await fixture(page, 'f.appendCards(8)');
    await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
    await page.waitFor((n: number) => document.querySelectorAll('red-thread-overlay[data-rt-state="done"]').length > n, doneBefore, 20_000);
    expect(env.server.providerRequests().length).toBeGreaterThan(requests);
    // The forged text was never sent, and nothing sent before was sent again (a forged cache.clear).
    const sentAfter = env.server.textsSent().slice(sentBefore.length);
    expect(sentAfter).not.toContain('page text');
    expect(sentAfter.filter((t) => sentBefore.includes(t))).toEqual([]);
  });
});
