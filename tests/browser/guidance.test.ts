/**
 * Issue 6 in each browser: slang chips on translations open their explanations, the site's own
 * labels show their meaning, and etiquette tips appear on their triggers, stay dismissed across
 * reloads and come back when reset. None of it makes a provider request.
 */
import { beforeEach, describe, expect, test } from 'vitest';
import { BROWSER_NAME, useBrowserEnv } from '../harness/env';
import { fixture, nextFrames, resetSettings, setSettings, settled } from '../harness/overlays';
import type { TestPage } from '../harness/browser';

const env = useBrowserEnv();
const CHENGDU = '6784c1d2000000001a03b7e4';
const OHIO = '6785e2f3000000001d02c8a5';

const tipShown = (page: TestPage) =>
  page.evaluate(() => {
    const card = document.querySelector('red-thread-float')?.shadowRoot?.querySelector('[data-rt-tip]');
    return card ? { id: card.getAttribute('data-rt-tip'), text: card.textContent ?? '' } : null;
  });

beforeEach(async () => {
  await resetSettings(env.browser);
});

/** The Chengdu note, scrolled to its first comments, once their translations have settled. */
async function openCommentsSettled(): Promise<TestPage> {
  const page = await env.openSite(`https://www.xiaohongshu.com/explore/${CHENGDU}`);
  await page.evaluate(() => document.querySelector('.note-scroller')!.scrollTo(0, 700));
  await settled(page, 4);
  return page;
}

/** The slang chips on the page's translations, once there are some. */
function chipsShown(page: TestPage): Promise<Array<string | null>> {
  return page.waitFor(() => {
    const found = [...document.querySelectorAll('red-thread-overlay')].flatMap((h) => [...(h.shadowRoot?.querySelectorAll('[data-rt-term]') ?? [])].map((c) => c.textContent));
    return found.length > 0 ? found : null;
  }) as Promise<Array<string | null>>;
}

describe(`guidance (${BROWSER_NAME})`, () => {
  test('slang chips on a translated comment open their explanation, with no provider request', async () => {
    const page = await openCommentsSettled();
    const chips = await chipsShown(page);
    expect(chips).toContain('家人们');
    const requests = env.server.providerRequests().length;
    await page.click('button[data-rt-term="jia-ren-men"]');
    const explanation = await page.waitFor(() => [...document.querySelectorAll('red-thread-overlay')].map((h) => h.shadowRoot?.querySelector('[data-rt-explain]')?.textContent).find(Boolean));
    expect(explanation).toContain('家人们');
    expect(explanation).toContain('jiā rén men');
    expect(explanation).toMatch(/fam|everyone/i);
    expect(env.server.providerRequests().length).toBe(requests);
    // The chip's explanation is never sent to a provider as text to translate.
    expect(env.server.textsSent().some((t) => t.includes('fam'))).toBe(false);
    await page.screenshot('chips-en');
  });

  test.runIf(BROWSER_NAME === 'chromium')('after a service-worker restart, cached translations still come with their chips', async () => {
    const first = await openCommentsSettled();
    await nextFrames(first, 300); // the answers are written to the cache
    await first.close();
    // A fresh worker: its glossary loads while the page's units are answered from the cache.
    await env.browser.stopServiceWorker();
    env.server.reset();
    const page = await openCommentsSettled();
    const chips = await chipsShown(page);
    expect(chips).toContain('家人们');
    // That comment was answered from the cache (comments that load later may still be asked for).
    expect(env.server.textsSent().some((t) => t.includes('家人们'))).toBe(false);
  });

  test('the site’s own labels show their meaning on hover, without a request or a change to the page', async () => {
    const page = await env.openSite(`https://www.xiaohongshu.com/explore/${CHENGDU}`);
    await settled(page, 2);
    const before = await page.evaluate(() => document.querySelector('.note-detail-follow-btn')!.outerHTML);
    const requests = env.server.providerRequests().length;
    await page.evaluate(() => document.querySelector('.note-detail-follow-btn button')!.dispatchEvent(new MouseEvent('mouseover', { bubbles: true })));
    const hint = await page.waitFor(() => document.querySelector('red-thread-float')?.shadowRoot?.querySelector('[role="tooltip"]')?.textContent ?? '');
    expect(hint).toMatch(/follow/i);
    await page.screenshot('label-hint-en');
    // A counted label: "共 N 条评论".
    await page.evaluate(() => document.querySelector('.comments-container .total')!.dispatchEvent(new MouseEvent('mouseover', { bubbles: true })));
    const total = await page.waitFor(() => document.querySelector('red-thread-float')?.shadowRoot?.querySelector('[role="tooltip"]')?.textContent ?? '');
    expect(total).toMatch(/77/);
    expect(await page.evaluate(() => document.querySelector('.note-detail-follow-btn')!.outerHTML)).toBe(before);
    expect(env.server.providerRequests().length).toBe(requests);
  });

  test('tips: welcome on first visit, dismissed for good across reloads, the next tip on its trigger, back after a reset', async () => {
    const page = await env.openSite('https://www.rednote.com/explore');
    const welcome = await page.waitFor(() => document.querySelector('red-thread-float')?.shadowRoot?.querySelector('[data-rt-tip]')?.getAttribute('data-rt-tip'));
    expect(welcome).toBe('welcome-newcomer');
    await page.screenshot('tip-welcome-en');
    await page.click('button[data-rt-action="tip-dismiss"]');
    await page.waitFor(() => !document.querySelector('red-thread-float')?.shadowRoot?.querySelector('[data-rt-tip="welcome-newcomer"]'));

    // Still dismissed after a reload.
    const again = await env.openSite('https://www.rednote.com/explore');
    await settled(again, 2);
    await nextFrames(again, 300);
    expect((await tipShown(again))?.id).not.toBe('welcome-newcomer');

    // Opening a note: the date-and-place line is explained.
    await fixture(again, `await f.openNote('${CHENGDU}')`);
    const dateTip = await again.waitFor(() => document.querySelector('red-thread-float')?.shadowRoot?.querySelector('[data-rt-tip]')?.getAttribute('data-rt-tip'));
    expect(dateTip).toBe('date-and-place');
    expect((await tipShown(again))!.text).toMatch(/IP/);

    // "Show dismissed tips again" (options) clears the list: the welcome comes back.
    await setSettings(env.browser, { dismissedTips: [] });
    const reset = await env.openSite('https://www.rednote.com/explore');
    expect(await reset.waitFor(() => document.querySelector('red-thread-float')?.shadowRoot?.querySelector('[data-rt-tip]')?.getAttribute('data-rt-tip'))).toBe('welcome-newcomer');

    // "Don't show tips" turns them all off.
    await reset.click('button[data-rt-action="tips-off"]');
    await reset.waitFor(() => !document.querySelector('red-thread-float')?.shadowRoot?.querySelector('[data-rt-tip]'));
    const off = await env.openSite('https://www.rednote.com/explore');
    await settled(off, 2);
    await nextFrames(off, 300);
    expect(await tipShown(off)).toBeNull();
    expect(env.server.textsSent().some((t) => /Red Thread|IP/.test(t))).toBe(false);
  });

  test('for a Chinese reader: English slang explained in Chinese, and tips in Chinese', async () => {
    await setSettings(env.browser, { targetLanguage: 'zh-CN' });
    const page = await env.openSite(`https://www.xiaohongshu.com/explore/${OHIO}`);
    await settled(page, 2);
    const tip = await page.waitFor(() => document.querySelector('red-thread-float')?.shadowRoot?.querySelector('[data-rt-tip]')?.textContent ?? '');
    expect(tip).toMatch(/[\u4e00-\u9fff]/);
    const chips = await page.waitFor(() => {
      const found = [...document.querySelectorAll('red-thread-overlay')].flatMap((h) => [...(h.shadowRoot?.querySelectorAll('[data-rt-term]') ?? [])].map((c) => c.getAttribute('data-rt-term')));
      return found.length > 0 ? found : null;
    });
    expect(chips).toContain('cat-tax');
    await page.click('button[data-rt-term="cat-tax"]');
    const explanation = await page.waitFor(() => [...document.querySelectorAll('red-thread-overlay')].map((h) => h.shadowRoot?.querySelector('[data-rt-explain]')?.textContent).find(Boolean));
    expect(explanation).toMatch(/[\u4e00-\u9fff]/);
    await page.screenshot('chips-and-tip-zh');
  });
});
