/**
 * Issue 3 in each browser: every post and comment on the test pages gets its translation in
 * place, and only what should be sent is sent. Assertions are on what the reader sees (the
 * overlays' text, from their shadow roots) and on what the provider stand-in received.
 */
import { beforeEach, describe, expect, test } from 'vitest';
import { BROWSER_NAME, useBrowserEnv } from '../harness/env';
import { clearCache } from '../harness/extension';
import { fixture, integrity, nextFrames, overlays, resetSettings, settled } from '../harness/overlays';
import type { TestPage } from '../harness/browser';

const env = useBrowserEnv();
const CHENGDU = '6784c1d2000000001a03b7e4';
const OHIO = '6785e2f3000000001d02c8a5';
const cid = (n: number, reply = 0) => `6790a1b2000000001c${n.toString(16).padStart(3, '0')}${reply.toString(16).padStart(3, '0')}`;

/** Page chrome that must never reach a provider. */
const CHROME_TEXT = ['发现', '发布', '通知', '关注', '点赞', '收藏', '回复', '共 77 条评论', '说点什么...', '成都吃货小分队', '上海', '美国', '- THE END -'];

/** Every text sent must come from inside a unit: nothing from the page's chrome. */
async function unitTexts(page: TestPage): Promise<string> {
  return page.evaluate(() =>
    [...document.querySelectorAll('section.note-item a.title, #detail-title, #detail-desc, .comment-item .content, .user-desc')]
      .map((el) => el.textContent ?? '')
      .join('\n')
      .replace(/[\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]/g, '')
      .replace(/\s+/g, ' '),
  );
}

function expectOnlyUnitText(sent: string[], unitText: string) {
  for (const text of sent) {
    for (const line of text.split('\n')) expect(unitText, `sent text not from a unit: ${line}`).toContain(line.replace(/\s+/g, ' ').trim());
  }
  for (const chrome of CHROME_TEXT) expect(sent, `page chrome was sent: ${chrome}`).not.toContain(chrome);
}

beforeEach(async () => {
  await resetSettings(env.browser);
  await clearCache(env.browser);
  env.server.reset();
});

describe(`translation in the page (${BROWSER_NAME})`, () => {
  test('feed: titles near the screen are translated in place; English titles and page chrome are not sent', async () => {
    const page = await env.openSite('https://www.xiaohongshu.com/explore');
    const shown = await settled(page, 4);
    const titles = shown.filter((o) => o.kind === 'feedTitle');
    expect(titles.length).toBeGreaterThanOrEqual(4);
    for (const o of titles) {
      expect(o.state).toBe('done');
      expect(o.besideUnit).toBe(true);
      // Wholly Chinese titles are translated whole; a mixed one keeps its English as written.
      expect(o.text).toContain('[en] ');
      // The translation is of this very title (the stand-in prefixes the text it got).
      expect(o.original.replace(/[\u200b-\u200f\u202a-\u202e\ufeff]/g, '')).toContain(o.text.replace(/^\[en\] /, '').slice(0, 6));
    }
    const sent = env.server.textsSent('microsoft');
    expect(sent).toContain('成都美食攻略｜3天吃遍20家苍蝇馆子🌶️');
    // Already English: never sent, no overlay.
    expect(sent.some((t) => t.includes('hello from Ohio'))).toBe(false);
    expect(shown.some((o) => o.original.includes('hello from Ohio'))).toBe(false);
    expectOnlyUnitText(sent, await unitTexts(page));
    // Batched: far fewer requests than titles.
    expect(env.server.providerRequests('microsoft').length).toBeLessThan(titles.length);
    await page.screenshot('feed-bilingual');
  });

  test('feed: only what is near the screen is asked for; scrolling brings the rest, each once', async () => {
    const page = await env.openSite('https://www.xiaohongshu.com/explore');
    await settled(page, 4);
    const far = await page.evaluate(() =>
      [...document.querySelectorAll('section.note-item a.title')].filter((a) => a.getBoundingClientRect().top > window.innerHeight + 800).map((a) => a.textContent ?? ''),
    );
    expect(far.length).toBeGreaterThan(0);
    const sentBefore = env.server.textsSent();
    for (const title of far) expect(sentBefore).not.toContain(title);
    await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
    await page.waitFor((t: string) => [...document.querySelectorAll('red-thread-overlay')].some((h) => h.previousElementSibling?.textContent === t), far.at(-1));
    await settled(page);
    const sent = env.server.textsSent();
    expect(new Set(sent).size).toBe(sent.length); // nothing asked twice
  });

  test('note modal over the feed, with its URL; closing it removes its overlays', async () => {
    const page = await env.openSite('https://www.rednote.com/explore');
    await settled(page, 2);
    const feedOverlays = (await overlays(page)).length;
    await fixture(page, `await f.openNote('${CHENGDU}')`);
    expect(page.url()).toContain(`/explore/${CHENGDU}`);
    const shown = await settled(page, feedOverlays + 3);
    const kinds = new Set(shown.map((o) => o.kind));
    expect(kinds).toEqual(new Set(['feedTitle', 'noteTitle', 'noteBody', 'comment']));
    const body = shown.find((o) => o.kind === 'noteBody')!;
    // Hashtags and mentions are kept as they are, not sent.
    expect(body.text).toContain('#成都美食');
    expect(body.text).toContain('@小红薯123');
    const sent = env.server.textsSent();
    expect(sent.some((t) => t.includes('#成都美食') || t.includes('@小红薯123'))).toBe(false);
    expect(sent).not.toContain('666');
    expect(sent.some((t) => /^[\p{Emoji}\s]+$/u.test(t))).toBe(false);
    expectOnlyUnitText(sent, await unitTexts(page));
    await page.screenshot('note-modal-bilingual');

    const feedBefore = shown.filter((o) => o.kind === 'feedTitle').length;
    await fixture(page, 'await f.closeNote()');
    await page.waitFor(() => !document.querySelector('.note-detail-mask'));
    await nextFrames(page);
    const after = await overlays(page);
    // The note's overlays went with the note; the feed's stay, each beside its title.
    expect(after.every((o) => o.kind === 'feedTitle' && o.besideUnit)).toBe(true);
    expect(after.length).toBe(feedBefore);
    expect(await integrity(page)).toMatchObject({ orphans: 0, duplicates: 0 });

    // Back and Forward: the modal comes back, translated again from memory, no new request.
    const requests = env.server.providerRequests().length;
    await page.evaluate(() => history.forward());
    await page.waitFor(() => !!document.querySelector('.note-detail-mask'));
    await settled(page, feedOverlays + 3);
    expect(env.server.providerRequests().length).toBe(requests);
  });

  test('a note loaded as its own page: lazy comments and expanded replies are translated, exactly once', async () => {
    const page = await env.openSite(`https://www.xiaohongshu.com/explore/${CHENGDU}`);
    await settled(page, 3);
    // The body is long: the comments come near as the scroll box scrolls.
    await page.evaluate(() => document.querySelector('.note-scroller')!.scrollTo(0, 900));
    const first = await settled(page, 6);
    const comments = first.filter((o) => o.kind === 'comment').length;
    expect(comments).toBeGreaterThan(3);
    await fixture(page, 'f.loadMoreComments(10)');
    await fixture(page, `f.expandReplies('${cid(0)}')`);
    await page.evaluate(() => document.querySelector('.note-scroller')!.scrollTo(0, 2400));
    await nextFrames(page, 300);
    const after = await settled(page, first.length + 1);
    expect(after.filter((o) => o.kind === 'comment').length).toBeGreaterThan(comments);
    // A reply that came with "展开 N 条回复" is translated too.
    const reply = await page.evaluate(() => document.querySelector('.comment-item-sub .content')?.nextElementSibling?.localName);
    expect(reply).toBe('red-thread-overlay');
    expect(await integrity(page)).toMatchObject({ orphans: 0, duplicates: 0 });
    const sent = env.server.textsSent();
    expect(new Set(sent).size).toBe(sent.length);
  });

  test('Vue re-renders: children replaced, item replaced, text rewritten, list rebuilt — no duplicates, no orphans', async () => {
    const page = await env.openSite(`https://www.xiaohongshu.com/explore/${CHENGDU}`);
    await settled(page, 3);
    await page.evaluate(() => document.querySelector('.note-scroller')!.scrollTo(0, 900));
    await settled(page, 6);
    await nextFrames(page, 300);
    const before = await integrity(page);
    const requests = env.server.providerRequests().length;

    for (const change of [`f.rerender.replaceChildren('${cid(0)}')`, `f.rerender.replaceItem('${cid(1)}')`, 'f.rerender.rebuildList()']) {
      await fixture(page, change);
      await nextFrames(page, 100);
      await settled(page);
      const now = await integrity(page);
      expect(now, change).toMatchObject({ orphans: 0, duplicates: 0 });
      // Every unit translated before still is (a re-rendered list may bring a new one near, too).
      expect(now.translated, change).toEqual(expect.arrayContaining(before.translated));
    }
    // Same texts: shown again from memory, nothing already translated is asked again.
    const askedAgain = env.server
      .providerRequests()
      .slice(requests)
      .flatMap((r) => r.decoded?.texts ?? []);
    for (const text of askedAgain) expect(before.translated.some((t) => t.includes(text))).toBe(false);

    // An edit rewrites the text node in place: a fresh translation of the new text.
    await fixture(page, `f.rerender.rewriteText('${cid(0)}', '编辑过的评论：火锅真好吃')`);
    await page.waitFor(() => [...document.querySelectorAll('red-thread-overlay')].some((h) => h.shadowRoot?.textContent?.includes('编辑过的评论')));
    await settled(page);
    const shown = await overlays(page);
    expect(shown.filter((o) => o.text.includes('编辑过的评论'))).toHaveLength(1);
    expect(shown.some((o) => o.text.includes('家人们谁懂啊'))).toBe(false); // the old translation is gone
    expect(env.server.textsSent()).toContain('编辑过的评论：火锅真好吃');
    expect(await integrity(page)).toMatchObject({ orphans: 0, duplicates: 0 });
  });

  test('long comments are split under the provider limit and shown whole; hostile text stays text', async () => {
    const page = await env.openSite(`https://www.xiaohongshu.com/explore/${CHENGDU}`);
    await settled(page, 3);
    await fixture(page, 'f.loadMoreComments(20)');
    // Bring the long comments on screen.
    for (const id of [cid(19), cid(23)]) {
      await page.evaluate((sel: string) => document.getElementById(sel)?.scrollIntoView(), `comment-${id}`);
      // Picked up (its overlay is there, waiting or done) before the next one is brought on screen.
      await page.waitFor((sel: string) => !!document.getElementById(sel)?.querySelector('red-thread-overlay'), `comment-${id}`);
    }
    const shown = await settled(page, 10);
    const sent = env.server.textsSent();
    expect(Math.max(...sent.map((t) => t.length))).toBeLessThanOrEqual(1000);
    const long = shown.filter((o) => o.original.length >= 5000);
    expect(long.length).toBeGreaterThanOrEqual(1);
    for (const o of long) expect(o.text.length).toBeGreaterThan(o.original.length * 0.95);

    // Hostile strings: rendered as text, no element made from them, no script ran.
    await page.evaluate((sel: string) => document.getElementById(sel)?.scrollIntoView(), `comment-${cid(3)}`);
    await nextFrames(page, 150);
    await settled(page);
    const hostile = await page.evaluate(() => ({
      pwned: (window as unknown as { __pwned?: unknown }).__pwned,
      injected: [...document.querySelectorAll('red-thread-overlay')].flatMap((h) => [...(h.shadowRoot?.querySelectorAll('img, script, b, a') ?? [])]).length,
      texts: [...document.querySelectorAll('red-thread-overlay')].map((h) => h.shadowRoot?.textContent ?? ''),
    }));
    expect(hostile.pwned).toBeUndefined();
    expect(hostile.injected).toBe(0);
    expect(hostile.texts.some((t) => t.includes('<img src=x onerror=alert(1)>'))).toBe(true);
  });

  test('a failed unit shows a message and a retry button; retrying after the fault clears translates it', async () => {
    env.server.fail('microsoft', { kind: 'status', status: 500 });
    env.server.fail('google', { kind: 'status', status: 503 });
    const page = await env.openSite(`https://www.rednote.com/explore/${OHIO}`);
    const shown = await settled(page, 2, 30_000);
    const failed = shown.filter((o) => o.state === 'error');
    expect(failed.length).toBeGreaterThan(0);
    expect(failed[0]!.error).toMatch(/Couldn’t translate/);
    await page.screenshot('note-failed');
    env.server.clearFaults();
    const requestsBefore = env.server.providerRequests().length;
    // The reader presses Retry on each failed unit: the rested providers are tried anyway.
    for (let i = 0; i < failed.length; i++) {
      await page.click('button[data-rt-action="retry"]'); // the first one left: a retried unit has none while it waits
      await page.waitFor((left: number) => document.querySelectorAll('red-thread-overlay[data-rt-state="error"]').length <= left, failed.length - i - 1);
    }
    await page.waitFor(() => !document.querySelector('red-thread-overlay[data-rt-state="error"], red-thread-overlay[data-rt-state="waiting"]'), undefined, 30_000);
    const after = await settled(page, shown.length, 30_000);
    // Every unit ends translated: no error is left, and Retry really asked a provider again.
    expect(after.filter((o) => o.state === 'error')).toEqual([]);
    expect(after.length).toBeGreaterThanOrEqual(shown.length); // translations landing can bring a unit or two more near
    expect(after.every((o) => o.state === 'done' && o.text.length > 0)).toBe(true);
    expect(env.server.providerRequests().length).toBeGreaterThan(requestsBefore);
  });

  test('profile bio and search result titles', async () => {
    const profile = await env.openSite('https://www.xiaohongshu.com/user/profile/5b3c2e1f000000001003a7d2');
    const shown = await settled(profile, 2);
    expect(shown.some((o) => o.kind === 'bio' && o.state === 'done')).toBe(true);
    expect(env.server.textsSent().some((t) => t.includes('IP属地'))).toBe(false);
    const search = await env.openSite('https://www.rednote.com/search_result?keyword=%E6%88%90%E9%83%BD');
    const results = await settled(search, 2);
    expect(results.filter((o) => o.kind === 'feedTitle' && o.state === 'done').length).toBeGreaterThan(1);
  });
});
