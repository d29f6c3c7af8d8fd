import { beforeEach, describe, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createMessageHandler } from '@/entrypoints/background/messages';
import { TranslationError } from '@/utils/translation/errors';
import type { Runtime } from '@/utils/browser';

const shown: Array<[number, unknown]> = [];
const dismissed: string[] = [];
const handleMessage = createMessageHandler({
  providerStatus: () => ({ providers: { microsoft: { state: 'ok' } }, cache: 'ok' }),
  testProvider: async (id) => {
    if (id === 'deepl') throw new TranslationError('not-configured', 'DeepL needs your API key.');
    return 'hello';
  },
  cacheStats: async () => ({ entries: 42, state: 'full' }),
  clearCache: async () => undefined,
  showCounts: async (tabId, counts) => void shown.push([tabId, counts]),
  guidance: async () => ({ labels: [{ label: '关注', meaning: 'Follow' }], tips: [] }),
  dismissTip: async (id) => void dismissed.push(id),
  tipsOff: async () => undefined,
  loadFeatures: async (tabId, frameId) => void injected.push([tabId, frameId]),
  readImage: async (url) => {
    read.push(url);
    return url.endsWith('/missing') ? { ok: false, code: 'not-found', message: 'This image is no longer there.' } : { ok: true, width: 10, height: 20, blocks: [], cached: false, ms: 5 };
  },
  imageReaderLoaded: async () => false,
  cancelImages: () => undefined,
});
const injected: Array<[number, number]> = [];
const read: string[] = [];

const fromContentScript = (): Runtime.MessageSender => ({ id: fakeBrowser.runtime.id, url: 'https://www.xiaohongshu.com/explore', tab: { id: 7 } as never });
const fromPopup = (): Runtime.MessageSender => ({ id: fakeBrowser.runtime.id, url: fakeBrowser.runtime.getURL('/popup.html') });

describe('background message router', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    vi.spyOn(fakeBrowser.runtime, 'getManifest').mockReturnValue({ manifest_version: 3, name: 'Red Thread', version: '1.2.3' });
  });

  test('answers a ping from a content script with the manifest version', async () => {
    const reply = await handleMessage({ type: 'ping' }, fromContentScript());
    expect(reply).toEqual({ ok: true, version: '1.2.3' });
  });

  test('refuses unknown types and wrong shapes with an error reply, never a throw', async () => {
    expect(await handleMessage({ type: 'nope' }, fromContentScript())).toMatchObject({ ok: false, code: 'bad-request' });
    expect(await handleMessage('ping', fromContentScript())).toMatchObject({ ok: false, code: 'bad-request' });
    expect(await handleMessage(null, fromPopup())).toMatchObject({ ok: false, code: 'bad-request' });
  });

  test('refuses oversized messages before parsing them', async () => {
    const reply = await handleMessage({ type: 'ping', padding: 'x'.repeat(1_000_001) }, fromContentScript());
    expect(reply).toMatchObject({ ok: false, code: 'too-large' });
  });

  test('content scripts may report counts (for the badge) but not ask what only extension pages may', async () => {
    const counts = { translated: 3, waiting: 1, failed: 0, cached: 2 };
    expect(await handleMessage({ type: 'counts', counts }, fromContentScript())).toEqual({ ok: true });
    expect(shown).toContainEqual([7, counts]);
    expect(await handleMessage({ type: 'guidance.get', lang: 'en' }, fromContentScript())).toMatchObject({ ok: true, dictionary: { labels: [{ label: '关注' }] } });
    expect(await handleMessage({ type: 'tips.dismiss', id: 'cat-tax' }, fromContentScript())).toEqual({ ok: true });
    expect(dismissed).toEqual(['cat-tax']);
    for (const privileged of [{ type: 'cache.clear' }, { type: 'providers.test', provider: 'microsoft' }, { type: 'providers.status' }]) {
      expect(await handleMessage(privileged, fromContentScript())).toMatchObject({ ok: false, code: 'forbidden' });
    }
  });

  test('a page may have the on-demand features injected into its own frame, and only its own', async () => {
    injected.length = 0;
    const sender = { ...fromContentScript(), frameId: 3 };
    expect(await handleMessage({ type: 'features.load' }, sender)).toEqual({ ok: true });
    expect(injected).toEqual([[7, 3]]);
    // No tab (another extension page, a worker): nothing to inject into.
    expect(await handleMessage({ type: 'features.load' }, fromPopup())).toMatchObject({ ok: false });
    // A tab id or file named by the asker is not part of the message: extra fields are refused or ignored.
    expect(await handleMessage({ type: 'features.load', tabId: 99, files: ['/evil.js'] }, sender)).not.toMatchObject({ ok: true, tabId: 99 });
    expect(injected.every(([tab]) => tab === 7)).toBe(true);
  });

  test('extension pages get provider tests with the exact error, cache stats and status', async () => {
    expect(await handleMessage({ type: 'providers.test', provider: 'microsoft' }, fromPopup())).toMatchObject({ ok: true, text: 'hello' });
    expect(await handleMessage({ type: 'providers.test', provider: 'deepl' }, fromPopup())).toEqual({ ok: false, code: 'not-configured', message: 'DeepL needs your API key.' });
    expect(await handleMessage({ type: 'cache.stats' }, fromPopup())).toEqual({ ok: true, entries: 42, available: true, state: 'full' });
    expect(await handleMessage({ type: 'providers.status' }, fromPopup())).toMatchObject({ ok: true, cache: 'ok' });
  });

  test('a page may have an image read, and gets the reader’s answer or its reason; nothing without a tab', async () => {
    read.length = 0;
    const url = 'https://sns-webpic-qc.xhscdn.com/202612/abc/1040g0k0slide!nd_dft_wlteh_webp_3';
    expect(await handleMessage({ type: 'image.read', url }, fromContentScript())).toEqual({ ok: true, width: 10, height: 20, blocks: [], cached: false, ms: 5 });
    expect(await handleMessage({ type: 'image.read', url: 'https://ci.xiaohongshu.com/missing' }, fromContentScript())).toEqual({
      ok: false,
      code: 'not-found',
      message: 'This image is no longer there.',
    });
    expect(await handleMessage({ type: 'image.state' }, fromContentScript())).toEqual({ ok: true, loaded: false });
    expect(await handleMessage({ type: 'image.read', url }, fromPopup())).toMatchObject({ ok: false });
    expect(await handleMessage({ type: 'image.read', url: 'x'.repeat(3000) }, fromContentScript())).toMatchObject({ ok: false, code: 'bad-request' });
    expect(read).toEqual([url, 'https://ci.xiaohongshu.com/missing']);
  });

  test('refuses messages from other extensions', async () => {
    const reply = await handleMessage({ type: 'ping' }, { id: 'someone-else', url: 'https://www.xiaohongshu.com/' });
    expect(reply).toMatchObject({ ok: false, code: 'forbidden' });
  });
});
