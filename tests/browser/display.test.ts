/**
 * How translations look and behave for the reader: bilingual and replace modes, the per-unit
 * controls, light and dark themes (screenshots of each), and a quiet exit when the extension reloads.
 */
import { beforeEach, describe, expect, test } from 'vitest';
import { BROWSER_NAME, useBrowserEnv } from '../harness/env';
import { fixture, integrity, nextFrames, overlays, resetSettings, setSettings, settled } from '../harness/overlays';

const env = useBrowserEnv();
const CHENGDU = '6784c1d2000000001a03b7e4';

beforeEach(async () => {
  await resetSettings(env.browser);
});

describe(`display (${BROWSER_NAME})`, () => {
  test('bilingual: the translation sits under the original; its control hides and shows it', async () => {
    const page = await env.openSite(`https://www.xiaohongshu.com/explore/${CHENGDU}`);
    await page.evaluate(() => document.querySelector('.note-scroller')!.scrollTo(0, 700));
    const shown = await settled(page, 4);
    expect(shown.every((o) => o.mode === 'bilingual' && o.originalVisible)).toBe(true);
    const lang = await page.evaluate(() => document.querySelector('red-thread-overlay[data-rt-state="done"]')!.getAttribute('lang'));
    expect(lang).toBe('en');
    // Readable by screen readers: a labelled note naming where it came from.
    const label = await page.evaluate(() => document.querySelector('red-thread-overlay[role="note"]')!.getAttribute('aria-label'));
    expect(label).toMatch(/Red Thread translation\. Translated from .+ by Microsoft Translator/);
    await page.screenshot('note-bilingual-light');

    await page.click('button[data-rt-action="toggle-translation"]');
    await page.waitFor(() => [...document.querySelectorAll('red-thread-overlay')].some((h) => h.hasAttribute('data-rt-collapsed')));
    const collapsed = await page.evaluate(() => document.querySelector('red-thread-overlay[data-rt-collapsed]')!.shadowRoot!.textContent);
    expect(collapsed).toContain('Show translation');
    await page.click('button[data-rt-action="toggle-translation"][aria-expanded="false"]');
    await page.waitFor(() => !document.querySelector('red-thread-overlay[data-rt-collapsed]'));
  });

  test('replace: only the translation shows; the original is one click away; switching modes needs no reload', async () => {
    await setSettings(env.browser, { displayMode: 'replace' });
    const page = await env.openSite(`https://www.xiaohongshu.com/explore/${CHENGDU}`);
    await page.evaluate(() => document.querySelector('.note-scroller')!.scrollTo(0, 700));
    const shown = await settled(page, 4);
    const done = shown.filter((o) => o.state === 'done');
    expect(done.length).toBeGreaterThan(2);
    expect(done.every((o) => o.mode === 'replace' && !o.originalVisible)).toBe(true);
    // The original is offered on hover, as the translation's tooltip.
    const tooltip = await page.evaluate(() => document.querySelector('red-thread-overlay[data-rt-kind="noteTitle"]')!.getAttribute('title'));
    expect(tooltip).toContain('成都美食攻略');
    await page.screenshot('note-replace-light');

    await page.click('red-thread-overlay[data-rt-kind="noteTitle"] button[data-rt-action="toggle-original"]'.replace('red-thread-overlay[data-rt-kind="noteTitle"] ', ''));
    await page.waitFor(() => document.querySelectorAll('red-thread-overlay[data-rt-original]').length === 1);
    expect((await overlays(page)).filter((o) => o.originalVisible)).toHaveLength(1);

    await setSettings(env.browser, { displayMode: 'bilingual' });
    await page.waitFor(() => [...document.querySelectorAll('red-thread-overlay')].every((h) => h.getAttribute('data-rt-mode') === 'bilingual'));
    expect((await overlays(page)).every((o) => o.originalVisible)).toBe(true);
  });

  test('dark: the translation follows the page’s dark theme', async () => {
    const page = await env.openSite('https://www.rednote.com/explore');
    await page.setColorScheme('dark');
    await fixture(page, "f.setTheme('dark')");
    await settled(page, 3);
    const colour = await page.evaluate(() => getComputedStyle(document.querySelector('red-thread-overlay')!).color);
    const [r, g, b] = colour.match(/\d+(\.\d+)?/g)!.map(Number);
    // Light text on the dark page (inherited from the page, not a fixed colour).
    expect((r! + g! + b!) / 3).toBeGreaterThan(150);
    await page.screenshot('feed-bilingual-dark');
    await fixture(page, `await f.openNote('${CHENGDU}')`);
    await settled(page, 6);
    await page.screenshot('note-bilingual-dark');
    await setSettings(env.browser, { displayMode: 'replace' });
    await page.waitFor(() => [...document.querySelectorAll('red-thread-overlay')].every((h) => h.getAttribute('data-rt-mode') === 'replace'));
    await nextFrames(page);
    await page.screenshot('note-replace-dark');
    expect(await integrity(page)).toMatchObject({ orphans: 0, duplicates: 0 });
  });

  test('translations keep the feed’s clamped titles whole: the translation is outside the clamp', async () => {
    const page = await env.openSite('https://www.xiaohongshu.com/explore');
    await settled(page, 3);
    const result = await page.evaluate(() => {
      const host = document.querySelector('red-thread-overlay[data-rt-kind="feedTitle"]')!;
      const text = host as HTMLElement;
      const title = host.previousElementSibling!;
      return { clampedInside: title.contains(host), overflowHidden: text.scrollHeight > text.clientHeight + 1 };
    });
    expect(result.clampedInside).toBe(false);
    expect(result.overflowHidden).toBe(false);
  });
});
