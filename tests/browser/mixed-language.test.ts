/**
 * Issue 15, part 2, in each browser: comments that mix Chinese and English, for an English reader
 * and for a Chinese reader. Only the runs not in the reader's language reach the provider; the
 * overlay shows the reader's own runs as written and the others translated, in order; reply
 * prefixes ("回复 @name ：") and names are neither sent nor changed.
 */
import { beforeEach, describe, expect, test } from 'vitest';
import { BROWSER_NAME, useBrowserEnv } from '../harness/env';
import { clearCache } from '../harness/extension';
import { fixture, integrity, nextFrames, overlays, resetSettings, setSettings, settled } from '../harness/overlays';
import type { TestPage } from '../harness/browser';

const env = useBrowserEnv();
const CHENGDU = '6784c1d2000000001a03b7e4';
const cid = (n: number, reply = 0) => `6790a1b2000000001c${n.toString(16).padStart(3, '0')}${reply.toString(16).padStart(3, '0')}`;

beforeEach(async () => {
  await resetSettings(env.browser);
  await clearCache(env.browser);
  env.server.reset();
});

/** Opens the Chengdu note with its first comments and comment 0's replies near the screen, settled. */
async function openMixedComments(): Promise<TestPage> {
  const page = await env.openSite(`https://www.xiaohongshu.com/explore/${CHENGDU}`);
  await settled(page, 1);
  await fixture(page, `f.expandReplies('${cid(0)}')`);
  await page.evaluate(() => document.querySelector('.note-scroller')!.scrollTo(0, 700));
  await nextFrames(page, 300);
  await settled(page, 4);
  return page;
}

/** The text of the overlay after the comment whose own text starts with `start` ('' when there is none). */
async function overlayAfter(page: TestPage, start: string): Promise<string> {
  const shown = await overlays(page);
  return shown.find((o) => o.kind === 'comment' && o.original.startsWith(start))?.text ?? '';
}

async function waitForOverlay(page: TestPage, start: string): Promise<string> {
  // Brought near the screen (only what is near is translated).
  await page.evaluate((s: string) => {
    [...document.querySelectorAll('.comment-item .content')].find((el) => el.textContent?.trim().startsWith(s))?.scrollIntoView({ block: 'center' });
  }, start);
  await page.waitFor(
    (s: string) => [...document.querySelectorAll('.comment-item .content')].some((el) => el.textContent?.trim().startsWith(s) && el.nextElementSibling?.getAttribute('data-rt-state') === 'done'),
    start,
  );
  return overlayAfter(page, start);
}

describe(`mixed-language comments (${BROWSER_NAME})`, () => {
  test('English reader: only the Chinese runs are sent; English runs and reply prefixes shown as written', async () => {
    const page = await openMixedComments();
    const welcome = await waitForOverlay(page, 'Welcome to RedNote!');
    const noodles = await waitForOverlay(page, 'what is 甜水面');
    const reply = await waitForOverlay(page, '回复');
    const vibe = await waitForOverlay(page, '这个 vibe');
    const sent = env.server.textsSent();
    // What the provider received: the Chinese runs alone.
    expect(sent).toContain('欢迎欢迎');
    expect(sent).toContain('甜水面?');
    expect(sent).toContain('超好吃');
    expect(sent).toContain('这个 vibe 好 chill 啊');
    for (const english of ['Welcome to RedNote', 'what is', 'it looks so good', 'sweet water noodles', 'did I use that right', 'This app is so wholesome', 'Emily_TX']) {
      expect(
        sent.some((t) => t.includes(english)),
        `sent: ${english}`,
      ).toBe(false);
    }
    expect(sent).not.toContain('回复');
    // What the reader sees: English as written, Chinese translated, in order.
    expect(welcome).toBe('Welcome to RedNote! welcome, welcome');
    expect(noodles).toBe('what is [en] 甜水面? it looks so good');
    expect(reply).toBe('回复 @Emily_TX ：sweet water noodles! thick noodles with sweet & spicy sauce [en] 超好吃');
    expect(vibe).toBe('[en] 这个 vibe 好 chill 啊 (did I use that right?)');
    // Wholly English: no overlay at all.
    expect(await overlayAfter(page, 'This app is so wholesome')).toBe('');
    expect(await integrity(page)).toMatchObject({ orphans: 0, duplicates: 0 });
    await page.screenshot('mixed-english-reader');
  });

  test('Chinese reader: only the English runs are sent; Chinese runs and reply prefixes shown as written', async () => {
    await setSettings(env.browser, { targetLanguage: 'zh-CN' });
    const page = await openMixedComments();
    const welcome = await waitForOverlay(page, 'Welcome to RedNote!');
    const noodles = await waitForOverlay(page, 'what is 甜水面');
    const reply = await waitForOverlay(page, '回复');
    const vibe = await waitForOverlay(page, '这个 vibe');
    const english = await waitForOverlay(page, 'This app is so wholesome');
    const sent = env.server.textsSent();
    expect(sent).toContain('Welcome to RedNote!');
    expect(sent).toContain('what is');
    expect(sent).toContain('it looks so good');
    expect(sent).toContain('sweet water noodles! thick noodles with sweet & spicy sauce');
    expect(sent).toContain('did I use that right?');
    expect(sent).toContain('This app is so wholesome, hello from Texas! 🤠');
    for (const chinese of ['欢迎欢迎', '甜水面', '超好吃', '这个 vibe', '家人们谁懂啊', '回复', 'Emily_TX']) {
      expect(
        sent.some((t) => t.includes(chinese)),
        `sent: ${chinese}`,
      ).toBe(false);
    }
    expect(welcome).toBe('[zh-Hans] Welcome to RedNote! 欢迎欢迎');
    expect(noodles).toBe('[zh-Hans] what is 甜水面? [zh-Hans] it looks so good');
    expect(reply).toBe('回复 @Emily_TX ：[zh-Hans] sweet water noodles! thick noodles with sweet & spicy sauce 超好吃');
    expect(vibe).toBe('这个 vibe 好 chill 啊 ([zh-Hans] did I use that right?)');
    expect(english).toBe('[zh-Hans] This app is so wholesome, hello from Texas! 🤠');
    // Wholly Chinese: no overlay.
    expect(await overlayAfter(page, '家人们谁懂啊')).toBe('');
    expect(await integrity(page)).toMatchObject({ orphans: 0, duplicates: 0 });
    await page.screenshot('mixed-chinese-reader');
  });
});
