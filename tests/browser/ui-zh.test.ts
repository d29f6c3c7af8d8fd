/**
 * The extension's own pages in Simplified Chinese (a browser whose UI is zh-CN): every string
 * comes from the Chinese catalogue (no key shows through), the target language defaults to 简体中文,
 * and the pages look right (screenshots).
 */
import { describe, expect, test } from 'vitest';
import { BROWSER_NAME, useBrowserEnv } from '../harness/env';
import type { TestPage } from '../harness/browser';
import { settled } from '../harness/overlays';
import { findSiteTab } from '../harness/extension';
import { sitePageWithPopup } from './ui-helpers';

const env = useBrowserEnv({ locale: 'zh-CN' });

/** Text that looks like one of our message keys shown instead of its message. */
async function leakedKeys(page: TestPage): Promise<string[]> {
  const text = await page.evaluate(
    () =>
      document.body.innerText +
      [...document.querySelectorAll('[aria-label],[placeholder],[title]')]
        .map((e) => ` ${e.getAttribute('aria-label') ?? ''} ${e.getAttribute('placeholder') ?? ''} ${e.getAttribute('title') ?? ''}`)
        .join(''),
  );
  return (
    text.match(/\b(popup|options|provider|welcome|settings|guidance|kind|section|cache|import|export|key|site|display|count|privacy|shortcuts|permission|server|libre|openai|deepl)[A-Z]\w*/g) ?? []
  );
}

describe(`extension pages in 简体中文 (${BROWSER_NAME})`, () => {
  test('popup on a RedNote page and elsewhere', async () => {
    const { page, popup } = await sitePageWithPopup(env, 'https://www.rednote.com/explore/6785e2f3000000001d02c8a5');
    await settled(page, 1);
    await popup.waitFor(() => Number(document.querySelector('[data-count="translated"] dd')?.textContent) > 0);
    const shown = await popup.evaluate(() => {
      const select = document.querySelector<HTMLSelectElement>('select#target-language')!;
      return {
        lang: document.documentElement.lang,
        label: select.labels?.[0]?.textContent,
        value: select.value,
        switchName: document.querySelector<HTMLButtonElement>('#page-switch')!.labels?.[0]?.textContent,
        title: document.querySelector('h1')?.textContent,
        provider: document.querySelector('[data-testid="provider-status"]')?.textContent,
      };
    });
    expect(shown).toEqual({ lang: 'zh-CN', label: '目标语言', value: 'zh-CN', switchName: '翻译此页面', title: '红线', provider: expect.stringContaining('正常') as unknown });
    expect(await leakedKeys(popup)).toEqual([]);
    await popup.screenshot('zh-popup');
    await popup.setColorScheme('dark');
    await popup.screenshot('zh-popup-dark');

    // Opened as a page of its own, the popup steers its own tab: not a RedNote page.
    const popup2 = await env.browser.openExtensionPage('popup.html');
    await popup2.setViewport(340, 400);
    const text = await popup2.waitFor(() => document.querySelector('[data-testid="not-rednote"]')?.textContent ?? '');
    expect(text).toContain('不是小红书页面');
    expect(text).toContain('打开小红书');
    await popup2.screenshot('zh-popup-elsewhere');
    await Promise.all([popup.close(), popup2.close()]);
  });

  test('options and welcome pages', async () => {
    const options = await env.browser.openExtensionPage('options.html');
    await options.waitFor(() => !!document.querySelector('#providers'));
    const headings = await options.evaluate(() => [...document.querySelectorAll('main h2')].map((h) => h.textContent));
    expect(headings).toEqual(['阅读', '翻译服务', '使用指引', '翻译内容', '数据', '隐私', '键盘快捷键']);
    expect(await options.evaluate(() => document.title)).toBe('红线设置');
    expect(await leakedKeys(options)).toEqual([]);
    await options.screenshot('zh-options');
    await options.screenshot('zh-options-full', { fullPage: true });
    await options.close();

    const welcome = await env.browser.openExtensionPage('welcome.html');
    await welcome.waitFor(() => !!document.querySelector('select#target-language'));
    expect(await welcome.evaluate(() => document.querySelector('h1')?.textContent)).toBe('欢迎使用红线');
    expect(await leakedKeys(welcome)).toEqual([]);
    await welcome.setViewport(1000, 900);
    await welcome.screenshot('zh-welcome', { fullPage: true });
    await welcome.close();
  });

  test('shortcuts, the page’s message after one, and the selection box', async () => {
    const page = await env.openSite('https://www.xiaohongshu.com/explore/6784c1d2000000001a03b7e4');
    await settled(page, 1);
    const finder = await env.browser.openExtensionPage('popup.html');
    const { tabId } = await findSiteTab(finder, 'https://www.xiaohongshu.com/explore/6784c1d2000000001a03b7e4');
    const descriptions = await finder.evaluate(async () => {
      const api = ((globalThis as { browser?: unknown }).browser ?? (globalThis as { chrome?: unknown }).chrome) as { commands: { getAll(): Promise<Array<{ name?: string; description?: string }>> } };
      return Object.fromEntries((await api.commands.getAll()).map((c): [string, string | undefined] => [c.name ?? '', c.description]));
    });
    await finder.evaluate(async (id: number) => {
      const api = ((globalThis as { browser?: unknown }).browser ?? (globalThis as { chrome?: unknown }).chrome) as { tabs: { update(id: number, p: object): Promise<unknown> } };
      await api.tabs.update(id, { active: true });
    }, tabId);
    await finder.close();
    expect(descriptions['toggle-page']).toBe('在此页面开启或关闭红线');
    expect(descriptions['switch-display']).toBe('在双语对照和仅显示译文之间切换');

    await env.browser.callBackground('runCommand', 'toggle-page', { id: tabId });
    await page.waitFor(() => document.querySelector('red-thread-toast')?.getAttribute('data-rt-toast') === '红线已在此页面关闭');

    await env.browser.callBackground('onSelectionMenuClicked', { menuItemId: 'red-thread-translate-selection', selectionText: 'hello' }, { id: tabId });
    await page.waitFor(() => !!document.querySelector('red-thread-selection')?.shadowRoot?.querySelector('[data-rt-selection="done"]'), undefined, 10_000);
    const box = await page.evaluate(() => {
      const root = document.querySelector('red-thread-selection')!.shadowRoot!;
      return {
        label: root.querySelector('[role="dialog"]')?.getAttribute('aria-label'),
        text: root.querySelector('.sel__text')?.textContent,
        via: root.querySelector('.sel__via')?.textContent,
        close: root.querySelector('[data-rt-action="selection-close"]')?.getAttribute('aria-label'),
      };
    });
    expect(box).toEqual({ label: '红线译文', text: '你好', via: 'Microsoft Translator · 译为简体中文', close: '关闭' });
    await page.screenshot('zh-selection');
  });

  test('the privacy policy page, opened from the options page, is in Chinese', async () => {
    const options = await env.browser.openExtensionPage('options.html');
    await options.waitFor(() => !!document.querySelector('#privacy [data-testid="privacy-policy-link"]'));
    expect(await options.evaluate(() => document.querySelector('[data-testid="privacy-policy-link"]')!.textContent)).toContain('隐私政策');
    await options.click('#privacy [data-testid="privacy-policy-link"]');
    await options.waitFor(() => location.pathname === '/privacy.html' && !!document.querySelector('section#delete li'));
    const shown = await options.evaluate(() => ({ lang: document.documentElement.lang, h1: document.querySelector('h1')?.textContent, text: document.body.innerText }));
    expect(shown.lang).toBe('zh-CN');
    expect(shown.h1).toBe('红线（Red Thread）隐私政策');
    expect(shown.text).toContain('清除缓存');
    expect(shown.text).not.toMatch(/`|\*(?!\.[a-z])/);
    expect(await leakedKeys(options)).toEqual([]);
    await options.screenshot('zh-privacy-page');
  });
});
