/**
 * Issue 5, the popup, in each browser: what it shows, and that what the user does there reaches
 * the open RedNote page (language, page switch, site rule, retry) and the provider stand-ins.
 */
import { beforeEach, describe, expect, test } from 'vitest';
import { BROWSER_NAME, useBrowserEnv } from '../harness/env';
import { clearCache } from '../harness/extension';
import { overlays, resetSettings, setSettings, settled } from '../harness/overlays';
import { choose, openPopup, popupCounts, reloadSite, sitePageWithPopup, storedOnce, storedSettings, visibleOverlayCount } from './ui-helpers';

const env = useBrowserEnv();
const CHENGDU = 'https://www.xiaohongshu.com/explore/6784c1d2000000001a03b7e4';
const OHIO = 'https://www.rednote.com/explore/6785e2f3000000001d02c8a5';
const FEED = 'https://www.xiaohongshu.com/explore';

beforeEach(async () => {
  await resetSettings(env.browser);
  await clearCache(env.browser);
  env.server.reset();
});

describe(`popup (${BROWSER_NAME})`, () => {
  test('shows the language, this page, this site, display, activity and provider; activity refreshes while open', async () => {
    const { page, popup } = await sitePageWithPopup(env, CHENGDU);
    await settled(page, 3);

    const ui = await popup.evaluate(() => {
      const select = document.querySelector<HTMLSelectElement>('select#target-language')!;
      const pageSwitch = document.querySelector<HTMLButtonElement>('[role="switch"]#page-switch')!;
      const site = document.querySelector('[data-testid="site-rule"]')!;
      return {
        selectName: select.labels?.[0]?.textContent,
        value: select.value,
        options: [...select.options].map((o) => o.textContent),
        switchName: pageSwitch.labels?.[0]?.textContent,
        switchOn: pageSwitch.getAttribute('aria-checked'),
        siteLegend: site.querySelector('legend')?.textContent,
        siteChecked: site.querySelector<HTMLInputElement>('input:checked')?.value,
        display: document.querySelector<HTMLInputElement>('input[name="display-mode"]:checked')?.value,
        tips: document.querySelector('#guidance-tips')?.getAttribute('aria-checked'),
        provider: document.querySelector('[data-testid="provider-status"]')?.textContent,
        title: document.querySelector('h1')?.textContent,
      };
    });
    expect(ui.title).toBe('Red Thread');
    expect(ui.selectName).toBe('Target language');
    // Browser UI in English and no choice made yet: the resolved language is shown.
    expect(ui.value).toBe('en');
    expect(ui.options).toHaveLength(16);
    expect(ui.options).toEqual(expect.arrayContaining(['English', '简体中文', '繁體中文', 'Español', '日本語', '한국어', 'العربية']));
    expect(ui.switchName?.toLowerCase()).toContain('this page');
    expect(ui.switchOn).toBe('true');
    expect(ui.siteLegend).toContain('www.xiaohongshu.com');
    expect(ui.siteChecked).toBe('always');
    expect(ui.display).toBe('bilingual');
    expect(ui.tips).toBe('true');
    expect(ui.provider).toContain('Microsoft Translator');
    expect(ui.provider).toContain('Working');

    const before = await popupCounts(popup);
    expect(before.translated).toBeGreaterThan(0);
    expect(before.failed).toBe(0);
    await popup.screenshot('popup-note-light');
    await popup.setColorScheme('dark');
    await popup.screenshot('popup-note-dark');
    await popup.setColorScheme('light');

    // More comments come into view: the open popup's numbers follow without reopening it.
    await page.evaluate(() => document.querySelector('.note-scroller')?.scrollTo(0, 100_000));
    await settled(page, before.translated + 1);
    const done = (await overlays(page)).filter((o) => o.state === 'done').length;
    await popup.waitFor((n: number) => Number(document.querySelector('[data-count="translated"] dd')?.textContent) >= n, done, 5_000);
    expect((await popupCounts(popup)).translated).toBeGreaterThan(before.translated);

    // Display and tips are saved where the content script and the guidance read them.
    await popup.click('input[name="display-mode"][value="replace"]');
    await popup.click('#guidance-tips');
    await popup.waitFor(() => document.querySelector('#guidance-tips')?.getAttribute('aria-checked') === 'false');
    await page.waitFor(() => [...document.querySelectorAll('red-thread-overlay')].some((h) => h.getAttribute('data-rt-mode') === 'replace'));
    const stored = await storedOnce(popup, (v) => v?.displayMode === 'replace' && (v?.guidance as { tips?: boolean } | undefined)?.tips === false);
    expect(stored?.displayMode).toBe('replace');
    expect((stored?.guidance as { tips: boolean }).tips).toBe(false);
  });

  test('changing the target language re-translates the open page', async () => {
    const { page, popup, tabId } = await sitePageWithPopup(env, CHENGDU);
    const english = (await settled(page, 3)).filter((o) => o.text.startsWith('[en] '));
    expect(english.length).toBeGreaterThan(2);
    expect(env.server.providerRequests('microsoft').every((r) => r.decoded?.to === 'en')).toBe(true);
    env.server.reset();

    await choose(popup, 'select#target-language', 'es');
    await page.waitFor(
      () => {
        const texts = [...document.querySelectorAll('red-thread-overlay')].map((h) =>
          [...(h.shadowRoot?.childNodes ?? [])]
            .filter((n) => n.nodeType === 3 || (n as Element).classList?.contains('rt-keep'))
            .map((n) => n.textContent)
            .join(''),
        );
        return texts.filter((t) => t.startsWith('[es] ')).length >= 3 && !texts.some((t) => t.startsWith('[en] '));
      },
      undefined,
      15_000,
    );
    // Spanish overlays under the English comments (translated now) push later comments down: bring them near.
    await page.evaluate(() => document.querySelector('.note-scroller')?.scrollTo(0, 100_000));
    await page.waitFor(
      (originals: string[]) => {
        const hosts = [...document.querySelectorAll('red-thread-overlay')];
        const text = (h: Element) =>
          [...(h.shadowRoot?.childNodes ?? [])]
            .filter((n) => n.nodeType === 3 || (n as Element).classList?.contains('rt-keep'))
            .map((n) => n.textContent)
            .join('');
        return originals.every((o) => hosts.some((h) => h.previousElementSibling?.textContent?.trim() === o && text(h).startsWith('[es] ')));
      },
      english.map((o) => o.original),
      15_000,
    );
    const spanish = await settled(page, english.length);
    for (const o of english) expect(spanish.find((s) => s.original === o.original)?.text).toMatch(/^\[es\] /);
    const requests = env.server.providerRequests('microsoft');
    expect(requests.length).toBeGreaterThan(0);
    expect(requests.every((r) => r.query.get('to') === 'es')).toBe(true);
    expect((await storedSettings(popup))?.targetLanguage).toBe('es');
    // Opened again, the popup shows the choice.
    const again = await openPopup(env, tabId);
    expect(await again.evaluate(() => document.querySelector<HTMLSelectElement>('select#target-language')?.value)).toBe('es');
    await again.close();
    await popup.close();
  });

  test('the page switch hides every overlay and brings them back; nothing is sent while it is off', async () => {
    const { page, popup } = await sitePageWithPopup(env, FEED);
    await settled(page, 4);
    expect(await visibleOverlayCount(page)).toBeGreaterThan(3);

    await popup.click('#page-switch');
    await page.waitFor(() => [...document.querySelectorAll('red-thread-overlay')].every((h) => getComputedStyle(h).display === 'none'));
    expect(await popup.evaluate(() => document.querySelector('#page-switch')?.getAttribute('aria-checked'))).toBe('false');
    await popup.waitFor(() => document.querySelector('[data-testid="tab-status"]')?.textContent?.includes('off on this page'));
    await popup.screenshot('popup-page-off');

    // Titles far down the feed would be asked for on scrolling, but not while the page is off
    // (checked once it is on again, below).
    const sent = env.server.providerRequests().length;
    await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
    expect(await visibleOverlayCount(page)).toBe(0);

    const onAt = Date.now();
    await popup.click('#page-switch');
    await page.waitFor(() => [...document.querySelectorAll('red-thread-overlay')].some((h) => getComputedStyle(h).display !== 'none'));
    await settled(page, 1);
    expect(await visibleOverlayCount(page)).toBeGreaterThan(0);
    // On again: the titles now in view are asked for, and only now. Had they gone out while the page
    // was off, they would now come from the cache (or join that request) and no request would follow.
    expect(
      env.server
        .providerRequests()
        .slice(sent)
        .filter((r) => r.at < onAt),
    ).toEqual([]);
    expect(env.server.providerRequests().filter((r) => r.at >= onAt).length).toBeGreaterThan(0);
    expect(await popup.evaluate(() => document.querySelector('#page-switch')?.getAttribute('aria-checked'))).toBe('true');
  });

  test('"never" for a site is remembered across a reload, for that host only; "always" brings it back', async () => {
    const { page, popup, tabId } = await sitePageWithPopup(env, FEED);
    await settled(page, 4);
    await popup.click('input[name="site-rule"][value="never"]');
    await page.waitFor(() => [...document.querySelectorAll('red-thread-overlay')].every((h) => getComputedStyle(h).display === 'none'));
    expect(((await storedOnce(popup, (v) => !!v?.sites))?.sites as Record<string, string>)['www.xiaohongshu.com']).toBe('never');
    await popup.close();

    // An empty cache, so that what the other host shows below has to be asked for.
    await clearCache(env.browser);
    env.server.reset();
    await reloadSite(page);
    expect(await page.evaluate(() => document.querySelectorAll('red-thread-overlay').length)).toBe(0);
    const reopened = await openPopup(env, tabId);
    expect(await reopened.evaluate(() => document.querySelector<HTMLInputElement>('input[name="site-rule"]:checked')?.value)).toBe('never');
    expect(await reopened.evaluate(() => document.querySelector('#page-switch')?.getAttribute('aria-checked'))).toBe('false');

    // The other RedNote host is not affected: the same titles are asked for there. This is also the
    // positive control for "never": nothing was asked for before it opened (had the page above sent
    // its titles, these would come from the cache or join that request, and nothing would follow).
    const otherAt = Date.now();
    const other = await env.openSite('https://www.rednote.com/explore');
    expect((await settled(other, 2)).length).toBeGreaterThan(1);
    expect(await page.evaluate(() => document.querySelectorAll('red-thread-overlay').length)).toBe(0);
    expect(env.server.providerRequests().filter((r) => r.at < otherAt)).toEqual([]);
    expect(env.server.providerRequests().length).toBeGreaterThan(0);
    await other.close();

    await reopened.click('input[name="site-rule"][value="always"]');
    await settled(page, 4);
    expect(await visibleOverlayCount(page)).toBeGreaterThan(3);
    await reopened.close();
    await reloadSite(page);
    expect((await settled(page, 4)).length).toBeGreaterThan(3);
    expect(((await storedSettings(await openPopup(env, tabId)))?.sites as Record<string, string>)['www.xiaohongshu.com']).toBe('always');
  });

  test('failed units are counted, and "Retry failed" asks again', async () => {
    // A refused request (400) fails the unit without resting the providers.
    env.server.fail('microsoft', { kind: 'status', status: 400 });
    env.server.fail('google', { kind: 'status', status: 400 });
    const { page, popup } = await sitePageWithPopup(env, OHIO);
    await settled(page, 2, 30_000);
    await popup.waitFor(() => Number(document.querySelector('[data-count="failed"] dd')?.textContent) > 0, undefined, 10_000);
    const failed = (await popupCounts(popup)).failed;
    expect(failed).toBe((await overlays(page)).filter((o) => o.state === 'error').length);
    await popup.screenshot('popup-failed');

    env.server.clearFaults();
    await popup.click('[data-testid="retry-failed"]');
    await page.waitFor(() => [...document.querySelectorAll('red-thread-overlay')].every((h) => h.getAttribute('data-rt-state') === 'done'), undefined, 15_000);
    await popup.waitFor(() => Number(document.querySelector('[data-count="failed"] dd')?.textContent) === 0, undefined, 5_000);
    expect(await popup.evaluate(() => !!document.querySelector('[data-testid="retry-failed"]'))).toBe(false);
  });

  test('provider health: a key missing, then resting after errors with the fallback at work', async () => {
    await setSettings(env.browser, { provider: 'deepl', fallbacks: ['google'] });
    const { page, popup } = await sitePageWithPopup(env, CHENGDU);
    await popup.waitFor(() => document.querySelector('[data-testid="provider-status"]')?.textContent?.includes('Needs a key'));
    expect(await popup.evaluate(() => document.querySelector('[data-testid="provider-status"]')?.textContent)).toContain('Google Translate is translating in the meantime');
    await settled(page, 3);
    expect(env.server.providerRequests('deepl')).toHaveLength(0);
    await popup.close();
    await page.close();

    await resetSettings(env.browser);
    await clearCache(env.browser);
    env.server.reset();
    // 429: Microsoft rests at once; Google takes over.
    env.server.fail('microsoft', { kind: 'status', status: 429, headers: { 'retry-after': '120' } });
    const second = await sitePageWithPopup(env, OHIO);
    await settled(second.page, 2, 30_000);
    await second.popup.waitFor(() => document.querySelector('[data-testid="provider-status"] [data-state]')?.getAttribute('data-state') === 'resting', undefined, 10_000);
    const text = await second.popup.evaluate(() => document.querySelector('[data-testid="provider-status"]')?.textContent ?? '');
    expect(text).toMatch(/Resting after errors until \d/);
    expect(text).toContain('Google Translate is translating in the meantime');
    expect(env.server.providerRequests('google').length).toBeGreaterThan(0);
    await second.popup.screenshot('popup-provider-resting');
  });
});
