/**
 * Issue 5: a user's own server (LibreTranslate here) is reached only after the browser granted
 * access to its host, asked at runtime from the options page, never at install.
 *
 * Firefox can grant an optional permission without its prompt (the pref below, which Firefox
 * reads for exactly this kind of test), so there the whole path runs: Save asks, the grant lands,
 * the page's text goes to that server. No browser here can click a real prompt; Chromium's
 * prompt cannot be answered from a test at all, so in Chromium this file checks what needs no
 * answer: no access at install, and the options page saying so when an address is saved without it.
 */
import { beforeEach, describe, expect, test } from 'vitest';
import type { TestPage } from '../harness/browser';
import { BROWSER_NAME, useBrowserEnv } from '../harness/env';
import { resetSettings, setSettings, settled } from '../harness/overlays';
import { choose, openOptionsPage, storedOnce } from './ui-helpers';

const env = useBrowserEnv({ firefoxPrefs: { 'extensions.webextOptionalPermissionPrompts': false } });
const CHENGDU = 'https://www.xiaohongshu.com/explore/6784c1d2000000001a03b7e4';
const SERVER = 'https://libre.example.net';
const ORIGIN = `${SERVER}/*`;

type PermissionsApi = { permissions: { contains(p: object): Promise<boolean>; remove(p: object): Promise<boolean> } };

function hasAccess(page: TestPage): Promise<boolean> {
  return page.evaluate((origin: string) => {
    const api = ((globalThis as { browser?: unknown }).browser ?? (globalThis as { chrome?: unknown }).chrome) as PermissionsApi;
    return api.permissions.contains({ origins: [origin] });
  }, ORIGIN);
}

const openOptions = () => openOptionsPage(env);

const noteOf = (page: TestPage, id: string) => page.evaluate((i: string) => document.querySelector(`[data-testid="${i}"]`)?.textContent ?? '', id);
const permissionNotice = (page: TestPage) =>
  page.evaluate(() => [...document.querySelectorAll('.rt-notice--error')].map((n) => n.textContent ?? '').find((t) => t.includes('libre.example.net')) ?? '');

beforeEach(async () => {
  await resetSettings(env.browser);
  // A grant outlives settings: take it back, so each test (and a retry) starts as after install.
  const page = await env.browser.openExtensionPage('options.html');
  await page.evaluate((origin: string) => {
    const api = ((globalThis as { browser?: unknown }).browser ?? (globalThis as { chrome?: unknown }).chrome) as PermissionsApi;
    return api.permissions.remove({ origins: [origin] });
  }, ORIGIN);
  await page.close();
  env.server.reset();
});

describe(`a user's own server (${BROWSER_NAME})`, () => {
  test('no access to any server of the user’s at install; an address saved without it is flagged in options', async () => {
    const options = await openOptions();
    expect(await hasAccess(options)).toBe(false);
    // An address that arrived without a grant (another device's synced settings, an import).
    await setSettings(env.browser, { libre: { url: SERVER } });
    await options.close();
    const again = await openOptions();
    await again.waitFor(() => [...document.querySelectorAll('.rt-notice--error')].some((n) => n.textContent?.includes('libre.example.net')) || null);
    expect(await permissionNotice(again)).toBe('Red Thread may not reach https://libre.example.net yet. Click Save to allow it.');
    await again.close();
  });

  test.runIf(BROWSER_NAME === 'firefox')('Save asks for the server’s host, and once granted the page’s text goes to that server', async () => {
    const options = await openOptions();
    expect(await hasAccess(options)).toBe(false);
    await options.click('#libre-url');
    await options.type(SERVER);
    await options.click('[data-testid="save-libre"]');
    await options.waitFor((id: string) => (document.querySelector(`[data-testid="${id}"]`)?.textContent?.includes('Saved') ? true : null), 'libre-note');
    expect(await noteOf(options, 'libre-note')).toBe('Saved.');
    expect(await hasAccess(options)).toBe(true);
    expect(await permissionNotice(options)).toBe('');
    expect((await storedOnce(options, (v) => (v?.libre as { url?: string } | undefined)?.url === SERVER))?.libre).toEqual({ url: SERVER });

    await choose(options, '#default-provider', 'libre');
    await storedOnce(options, (v) => v?.provider === 'libre');
    env.server.reset();
    const page = await env.openSite(CHENGDU);
    const shown = await settled(page, 3);
    expect(shown.filter((o) => o.state === 'done').length).toBeGreaterThan(2);
    const libre = env.server.providerRequests('libre');
    expect(libre.length).toBeGreaterThan(0);
    expect(libre.every((r) => r.host === 'libre.example.net')).toBe(true);
    expect(env.server.providerRequests('microsoft')).toHaveLength(0);

    // Access taken back (about:addons → Permissions): options says so again, and Save asks again.
    await options.evaluate((origin: string) => (globalThis as unknown as { browser: PermissionsApi }).browser.permissions.remove({ origins: [origin] }), ORIGIN);
    await options.close();
    const again = await openOptions();
    await again.waitFor(() => [...document.querySelectorAll('.rt-notice--error')].some((n) => n.textContent?.includes('libre.example.net')) || null);
    await again.click('[data-testid="save-libre"]');
    await again.waitFor(() => ([...document.querySelectorAll('.rt-notice--error')].some((n) => n.textContent?.includes('libre.example.net')) ? null : true));
    expect(await hasAccess(again)).toBe(true);
    await again.close();
  });
});
