/**
 * Issue 15, part 4: two things found on real captured pages.
 * - The search page's user rows have a `.user-desc` too (Red ID and follower counts on one line):
 *   page chrome, never sent. Only the profile's own bio is a unit.
 * - The welcome tip covered the side bar's lower part on a 1366×900 window: on the common window
 *   sizes the tip covers none of the site's navigation (side bar entries, header).
 */
import { beforeEach, describe, expect, test } from 'vitest';
import { BROWSER_NAME, useBrowserEnv } from '../harness/env';
import { clearCache } from '../harness/extension';
import { nextFrames, resetSettings, settled } from '../harness/overlays';
import type { TestPage } from '../harness/browser';

const env = useBrowserEnv();
const CHENGDU_PROFILE = '5b3c2e1f000000001003a7d2';
const WINDOW_SIZES = [
  [1280, 720],
  [1366, 768],
  [1366, 900],
  [1440, 900],
  [1920, 1080],
] as const;

beforeEach(async () => {
  await resetSettings(env.browser);
  await clearCache(env.browser);
  env.server.reset();
});

interface TipLayout {
  tip: { top: number; left: number; bottom: number; right: number } | null;
  covered: string[];
  inside: boolean;
}

/** The tip card's box, and which of the site's navigation entries (side bar, header) it overlaps. */
function tipLayout(page: TestPage): Promise<TipLayout> {
  return page.evaluate(() => {
    const card = document.querySelector('red-thread-float')?.shadowRoot?.querySelector('[data-rt-tip]');
    if (!card) return { tip: null, covered: [], inside: false };
    const t = card.getBoundingClientRect();
    const covered: string[] = [];
    for (const el of document.querySelectorAll('.side-bar a, .side-bar li, .side-bar .information-container, header, .header-container')) {
      const r = el.getBoundingClientRect();
      const w = Math.min(t.right, r.right) - Math.max(t.left, r.left);
      const h = Math.min(t.bottom, r.bottom) - Math.max(t.top, r.top);
      if (w > 0 && h > 0 && r.width > 0 && r.height > 0) covered.push(`${el.localName}.${el.className}: ${(el.textContent ?? '').trim().slice(0, 12)}`);
    }
    const inside = t.top >= 0 && t.left >= 0 && t.bottom <= innerHeight && t.right <= document.documentElement.clientWidth;
    return { tip: { top: t.top, left: t.left, bottom: t.bottom, right: t.right }, covered, inside };
  });
}

describe(`real-page findings (${BROWSER_NAME})`, () => {
  test('search: the user rows’ Red ID and follower counts are not sent; the profile’s own bio is translated', async () => {
    const search = await env.openSite('https://www.rednote.com/search_result?keyword=%E6%88%90%E9%83%BD');
    const shown = await settled(search, 4);
    expect(shown.filter((o) => o.kind === 'feedTitle' && o.state === 'done').length).toBeGreaterThan(2);
    const rows = await search.evaluate(() => [...document.querySelectorAll('.user-list-item .user-desc')].map((el) => ({ text: el.textContent ?? '', next: el.nextElementSibling?.localName ?? '' })));
    expect(rows).toHaveLength(2);
    expect(rows[0]!.text).toContain('小红书号');
    for (const row of rows) expect(row.next).not.toBe('red-thread-overlay');
    const sent = env.server.textsSent();
    expect(sent.length).toBeGreaterThan(0);
    expect(sent.filter((t) => /小红书号|粉丝|笔记・/.test(t))).toEqual([]);

    const profile = await env.openSite(`https://www.xiaohongshu.com/user/profile/${CHENGDU_PROFILE}`);
    const onProfile = await settled(profile, 2);
    expect(onProfile.some((o) => o.kind === 'bio' && o.state === 'done' && o.original.includes('成都土著'))).toBe(true);
    expect(env.server.textsSent().some((t) => t.includes('成都土著'))).toBe(true);
  });

  test('the welcome tip covers no navigation on common window sizes, and finds its place again when the window changes', async () => {
    for (const [width, height] of WINDOW_SIZES) {
      // A fresh page at this size (the first placement) …
      const page = await env.openSite('https://www.xiaohongshu.com/explore');
      await page.setViewport(width, height);
      await page.waitFor(() => !!document.querySelector('red-thread-float')?.shadowRoot?.querySelector('[data-rt-tip]'));
      await nextFrames(page, 50);
      const layout = await tipLayout(page);
      expect(layout.tip, `${width}×${height}`).not.toBeNull();
      expect(layout.covered, `tip at ${width}×${height}: ${JSON.stringify(layout.tip)}`).toEqual([]);
      expect(layout.inside, `${width}×${height}`).toBe(true);
      if (width === 1366 && height === 900) await page.screenshot('tip-welcome-1366x900');
      await page.close();
    }
    // … and one page resized through every size (the tip moves with the window).
    const page = await env.openSite('https://www.xiaohongshu.com/explore');
    await page.waitFor(() => !!document.querySelector('red-thread-float')?.shadowRoot?.querySelector('[data-rt-tip]'));
    for (const [width, height] of [...WINDOW_SIZES].reverse()) {
      await page.setViewport(width, height);
      await nextFrames(page, 50);
      const layout = await tipLayout(page);
      expect(layout.covered, `resized to ${width}×${height}: ${JSON.stringify(layout.tip)}`).toEqual([]);
      expect(layout.inside, `resized to ${width}×${height}`).toBe(true);
    }
  });
});
