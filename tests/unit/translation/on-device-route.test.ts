import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { fakePort } from './fake-port';
import { OnDeviceRoute } from '@/utils/page/on-device-route';
import { TranslatorClient, type SegmentResult } from '@/utils/page/translator-client';
import { realClock } from '@/utils/translation/clock';
import { OnDeviceTranslator, type TranslatorFactoryLike } from '@/utils/translation/on-device';

/** Chrome's Translator as the tests set it: availability per pair, and a translate that answers or fails. */
function fakeChrome(availability: Record<string, string>, fail: () => Error | undefined = () => undefined) {
  const translated: string[] = [];
  const factory: TranslatorFactoryLike = {
    availability: async (p) => availability[`${p.sourceLanguage}>${p.targetLanguage}`] ?? 'unavailable',
    create: async (p) => ({
      async translate(text) {
        translated.push(text);
        const failure = fail();
        if (failure) throw failure;
        return `«${p.sourceLanguage}>${p.targetLanguage}» ${text}`;
      },
    }),
  };
  return { factory, translated };
}

describe('on-device route in the translator client', () => {
  let port: ReturnType<typeof fakePort>;
  beforeEach(() => {
    fakeBrowser.reset();
    port = fakePort();
    vi.spyOn(fakeBrowser.runtime, 'connect').mockImplementation(() => port.port as never);
  });
  afterEach(() => vi.restoreAllMocks());

  function setup(chrome: ReturnType<typeof fakeChrome>, chosen = true) {
    const route = new OnDeviceRoute(new OnDeviceTranslator({ factory: chrome.factory, clock: realClock }), () => chosen, realClock);
    const results: SegmentResult[] = [];
    const client = new TranslatorClient(
      (r) => results.push(...r),
      () => false,
      route,
    );
    return { route, client, results };
  }

  test('an available pair is translated here, named "chrome", and nothing goes to the background', async () => {
    const chrome = fakeChrome({ 'zh>en': 'available' });
    const { client, results } = setup(chrome);
    client.translate('u1', '今天去了外滩', 'en', false, 'zh');
    await vi.waitFor(() => expect(results).toHaveLength(1));
    expect(results[0]).toEqual({ id: 'u1', ok: true, text: '«zh>en» 今天去了外滩', provider: 'chrome', detected: 'zh', cached: false });
    expect(port.sent).toEqual([]);
  });

  test('not downloaded, unsupported, or an unknown source: the unit goes to the background', async () => {
    const chrome = fakeChrome({ 'zh>en': 'downloadable', 'ko>en': 'unavailable' });
    const { client } = setup(chrome);
    client.translate('a', '今天去了外滩', 'en', false, 'zh');
    client.translate('b', '안녕하세요 여러분', 'en', false, 'ko');
    client.translate('c', 'hola amigos', 'en', false, 'auto');
    await vi.waitFor(() =>
      expect(
        port.sent
          .flatMap((m) => m.segments ?? [])
          .map((u) => u.id)
          .sort(),
      ).toEqual(['a', 'b', 'c']),
    );
    expect(chrome.translated).toEqual([]);
  });

  test('another provider chosen: the route is not asked', async () => {
    const chrome = fakeChrome({ 'zh>en': 'available' });
    const { client } = setup(chrome, false);
    client.translate('a', '你好', 'en', false, 'zh');
    await vi.waitFor(() => expect(port.sent).toHaveLength(1));
    expect(chrome.translated).toEqual([]);
  });

  test('the script settles the source when the page did not ("auto" for a Chinese reader)', async () => {
    const chrome = fakeChrome({ 'ja>zh-Hant': 'available' });
    const { client, results } = setup(chrome);
    client.translate('a', 'ありがとうございます', 'zh-TW', false, 'auto');
    await vi.waitFor(() => expect(results).toHaveLength(1));
    expect(results[0]).toMatchObject({ ok: true, provider: 'chrome', detected: 'ja' });
  });

  test('failures fall back unit by unit; after two in a row the model rests and units skip it', async () => {
    const chrome = fakeChrome({ 'zh>en': 'available' }, () => new DOMException('crashed', 'UnknownError'));
    const { client, route } = setup(chrome);
    client.translate('a', '一', 'en', false, 'zh');
    await vi.waitFor(() => expect(port.sent.flatMap((m) => m.segments ?? [])).toHaveLength(1));
    client.translate('b', '二', 'en', false, 'zh');
    await vi.waitFor(() => expect(port.sent.flatMap((m) => m.segments ?? [])).toHaveLength(2));
    expect(route.health.status('chrome').state).toBe('resting');
    expect(route.wanted()).toBe(false);
    client.translate('c', '三', 'en', false, 'zh');
    await vi.waitFor(() => expect(port.sent.flatMap((m) => m.segments ?? [])).toHaveLength(3));
    expect(chrome.translated).toEqual(['一', '二']); // the third never reached the model
  });

  test('a unit cancelled while on the device is neither answered nor sent to the background', async () => {
    let release: () => void = () => undefined;
    const gate = new Promise<void>((r) => (release = r));
    const factory: TranslatorFactoryLike = {
      availability: async () => 'available',
      create: async () => ({ translate: async (text, o) => (await gate, o?.signal?.aborted ? Promise.reject(new DOMException('x', 'AbortError')) : text) }),
    };
    const route = new OnDeviceRoute(new OnDeviceTranslator({ factory, clock: realClock }), () => true, realClock);
    const results: SegmentResult[] = [];
    const client = new TranslatorClient(
      (r) => results.push(...r),
      () => false,
      route,
    );
    client.translate('a', '一', 'en', false, 'zh');
    await new Promise((r) => setTimeout(r, 0));
    client.cancel(['a']);
    release();
    await new Promise((r) => setTimeout(r, 10));
    expect(results).toEqual([]);
    expect(port.sent).toEqual([]);
    expect(client.waiting).toBe(0);
  });
});
