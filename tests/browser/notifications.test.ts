/**
 * Issue 15, part 3, in each browser: the notifications page (/notification, test page built from
 * the public code cited in utils/sites/xiaohongshu/notifications.ts). The comments and replies an
 * item quotes and what they answer (a note's title, the reader's own comment) are translated with
 * the mixed-language rules; names, tags, actions, times, buttons and tabs are never sent. Tabs
 * switch client-side, as on the real page.
 */
import { beforeEach, describe, expect, test } from 'vitest';
import { BROWSER_NAME, useBrowserEnv } from '../harness/env';
import { clearCache } from '../harness/extension';
import { fixture, integrity, nextFrames, overlays, resetSettings, setSettings, settled } from '../harness/overlays';
import type { TestPage } from '../harness/browser';

const env = useBrowserEnv();

/** Everything on the page that is chrome: none of it may reach a provider. */
const CHROME = [
  '评论和@',
  '赞和收藏',
  '新增关注',
  '评论了你的笔记',
  '回复了你的评论',
  '在评论中@了你',
  '赞了你的评论',
  '赞了你的笔记',
  '收藏了你的笔记',
  '开始关注你了',
  '你的好友',
  '回复',
  '赞',
  '01-16',
  '3天前',
  '昨天 14:07',
  '2天前',
  'Mike in Seattle',
  '猫奴阿花',
  'TikTok难民Sarah',
  '路过的北京大爷',
  '热心网友小张',
  '该评论已删除',
  '火锅不加香菜',
  '吃不胖的阿珍',
  '成都吃货小分队',
  '小红薯123',
  'Chloe在多伦多',
  '- THE END -',
  '发现',
  '通知',
  '搜索小红书',
];

beforeEach(async () => {
  await resetSettings(env.browser);
  await clearCache(env.browser);
  env.server.reset();
});

async function openNotifications(): Promise<TestPage> {
  const page = await env.openSite('https://www.xiaohongshu.com/notification');
  await page.waitFor(() => document.querySelectorAll('.tabs-content-container > .container').length > 0);
  return page;
}

/** Overlay text after the unit (in the notifications list) whose text is `original`. */
async function shownFor(page: TestPage, original: string): Promise<string | undefined> {
  return (await overlays(page)).find((o) => o.original === original)?.text;
}

function expectNoChromeSent(sent: string[]) {
  for (const text of sent) {
    for (const chrome of CHROME) expect(text === chrome || (chrome.length > 3 && text.includes(chrome)), `chrome sent: ${chrome} in "${text}"`).toBe(false);
  }
}

describe(`notifications page (${BROWSER_NAME})`, () => {
  test('English reader: quoted comments, replies and note titles translated per run; chrome never sent; tabs switch client-side', async () => {
    const page = await openNotifications();
    await settled(page, 4);
    const sent = env.server.textsSent();
    expect([...sent].sort()).toEqual(['多多益善', '快来看 这家店真的绝了', '成都美食攻略｜3天吃遍20家苍蝇馆子🌶️', '我也想去成都', '这个是什么意思'].sort());
    expectNoChromeSent(sent);
    // What the reader sees: English as written, Chinese translated, names and numbers kept.
    expect(await shownFor(page, 'this looks amazing!! 我也想去成都')).toBe('this looks amazing!! [en] 我也想去成都');
    expect(await shownFor(page, 'cat tax please 🐱🐱🐱 多多益善')).toBe('cat tax please 🐱🐱🐱 [en] 多多益善');
    expect(await shownFor(page, '666 这个是什么意思')).toBe('666 [en] 这个是什么意思');
    expect(await shownFor(page, '@Emily_TX 快来看 这家店真的绝了')).toBe('@Emily_TX [en] 快来看 这家店真的绝了');
    expect(await shownFor(page, '成都美食攻略｜3天吃遍20家苍蝇馆子🌶️')).toBe('[en] 成都美食攻略｜3天吃遍20家苍蝇馆子🌶️');
    // Wholly English (the reader's own note title and comment, a reply with a name prefix): no overlay.
    for (const english of ['Chinese grandma taught me dumplings 🥟 I’m never going back', 'my cat says hi to everyone 🐱', '回复 数学不好：omg thank you, 666 to you too']) {
      expect(await shownFor(page, english), english).toBeUndefined();
    }
    // The site's words for a deleted comment are chrome too (last item: brought near first).
    await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
    await nextFrames(page, 300);
    await settled(page, 4);
    expect(env.server.textsSent().some((t) => t.includes('删除'))).toBe(false);
    expect(await shownFor(page, '该评论已删除')).toBeUndefined();
    await page.evaluate(() => window.scrollTo(0, 0));
    // Every overlay sits right after its unit, inside the item (never around it).
    const shown = await overlays(page);
    expect(shown.every((o) => o.besideUnit)).toBe(true);
    expect(await integrity(page)).toMatchObject({ orphans: 0, duplicates: 0 });
    await page.screenshot('notifications-english-reader');

    // 赞和收藏: the tab bar switches at once and the list is replaced without a page load.
    const url = page.url();
    await page.click('.reds-tab-item:nth-child(2)');
    await page.waitFor(() => document.querySelector('.tabs-content-container .quote-info')?.textContent?.startsWith('这个 vibe'));
    expect(page.url()).toBe(url);
    await page.waitFor(() => document.querySelector('.tabs-content-container .quote-info')?.nextElementSibling?.getAttribute('data-rt-state') === 'done');
    expect(await shownFor(page, '这个 vibe 好 chill 啊 (did I use that right?)')).toBe('[en] 这个 vibe 好 chill 啊 (did I use that right?)');
    // The earlier tab's overlays went with its items: none left behind.
    expect(await integrity(page)).toMatchObject({ orphans: 0, duplicates: 0 });
    expect((await overlays(page)).length).toBe(1);

    // 新增关注: nothing but chrome, nothing sent.
    const before = env.server.textsSent().length;
    await page.click('.reds-tab-item:nth-child(3)');
    await page.waitFor(() => document.querySelector('.tabs-content-container .interaction-hint')?.textContent?.includes('开始关注你了'));
    await nextFrames(page, 300);
    expect(env.server.textsSent().length).toBe(before);
    expect(env.server.textsSent().at(-1)).toBe('这个 vibe 好 chill 啊');
    expect((await overlays(page)).length).toBe(0);
    expectNoChromeSent(env.server.textsSent());
  });

  test('Chinese reader: the English in quoted comments and titles is translated, the Chinese kept; a re-render asks nothing again', async () => {
    await setSettings(env.browser, { targetLanguage: 'zh-CN' });
    const page = await openNotifications();
    await settled(page, 4);
    const sent = env.server.textsSent();
    expect([...sent].sort()).toEqual(
      ['Chinese grandma taught me dumplings 🥟 I’m never going back', 'cat tax please', 'my cat says hi to everyone 🐱', 'omg thank you', 'this looks amazing!!', 'to you too'].sort(),
    );
    expectNoChromeSent(sent);
    expect(await shownFor(page, 'this looks amazing!! 我也想去成都')).toBe('[zh-Hans] this looks amazing!! 我也想去成都');
    expect(await shownFor(page, 'cat tax please 🐱🐱🐱 多多益善')).toBe('[zh-Hans] cat tax please 🐱🐱🐱 多多益善');
    expect(await shownFor(page, '回复 数学不好：omg thank you, 666 to you too')).toBe('回复 数学不好：[zh-Hans] omg thank you, 666 [zh-Hans] to you too');
    expect(await shownFor(page, 'Chinese grandma taught me dumplings 🥟 I’m never going back')).toBe('[zh-Hans] Chinese grandma taught me dumplings 🥟 I’m never going back');
    for (const chinese of ['@Emily_TX 快来看 这家店真的绝了', '成都美食攻略｜3天吃遍20家苍蝇馆子🌶️', '666 这个是什么意思']) {
      expect(await shownFor(page, chinese), chinese).toBeUndefined();
    }
    // Vue re-renders the list with equal items: translated again from memory, nothing re-sent.
    const requests = env.server.providerRequests().length;
    await fixture(page, 'f.rerender()');
    await nextFrames(page, 100);
    await settled(page, 4);
    expect(env.server.providerRequests().length).toBe(requests);
    expect(await integrity(page)).toMatchObject({ orphans: 0, duplicates: 0 });
    await page.screenshot('notifications-chinese-reader');
  });
});
