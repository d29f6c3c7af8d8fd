/**
 * The foundation's proof in each browser: the content script runs on both RedNote hosts and
 * nowhere else, its message reaches the background and the answer comes back, and the popup opens.
 */
import { describe, expect, test } from 'vitest';
import { BROWSER_NAME, useBrowserEnv } from '../harness/env';
import { findSiteTab, openPopupFor } from '../harness/extension';
import { readManifest } from '../harness/manifest';
import { ELSEWHERE_HOST, SITE_HOSTS } from '../harness/hosts';

const env = useBrowserEnv();
const { version } = readManifest(BROWSER_NAME);

describe(`wiring in ${BROWSER_NAME}`, () => {
  for (const host of SITE_HOSTS) {
    test(`content script runs on ${host} and talks to the background`, async () => {
      const url = `https://${host}/explore`;
      const page = await env.openSite(url);
      const extensionPage = await env.browser.openExtensionPage('popup.html');
      const { tabId, status } = await findSiteTab(extensionPage, url);
      // The content script pinged the background at start; the version it got back is the manifest's.
      expect(status.backgroundVersion).toBe(version);
      expect(tabId).toBeGreaterThan(0);

      const popup = await openPopupFor(env.browser, tabId);
      await popup.waitFor(() => document.querySelector('[data-testid="tab-status"]')?.textContent ?? '');
      expect(await popup.evaluate(() => document.querySelector('h1')?.textContent)).toBe('Red Thread');
      await popup.screenshot(`popup-on-${host}`);
      await page.screenshot(`explore-${host}`);
      await Promise.all([extensionPage.close(), popup.close()]);
    });
  }

  test('no content script on other hosts, and the popup says so', async () => {
    const page = await env.browser.newPage();
    await page.goto(`https://${ELSEWHERE_HOST}/`);
    const extensionPage = await env.browser.openExtensionPage('popup.html');
    await expect(findSiteTab(extensionPage, `https://${ELSEWHERE_HOST}/`, 2_000)).rejects.toThrow();
    // The popup opened as a tab steers itself here: not a RedNote page.
    await extensionPage.waitFor(() => document.querySelector('[data-testid="not-rednote"]')?.textContent ?? '');
    const text = await extensionPage.evaluate(() => document.querySelector('[data-testid="not-rednote"]')?.textContent ?? '');
    expect(text).toContain('not a RedNote page');
    await extensionPage.screenshot('popup-elsewhere');
    await Promise.all([page.close(), extensionPage.close()]);
  });
});
