/**
 * Chrome's on-device translator is loaded with the on-demand script only when chosen
 * (components/page/on-device-loader.ts). What must hold while it loads: a segment for it waits
 * for the load instead of going to the background (which would hand the text to a fallback
 * provider the reader did not choose), and a failed load sends the segment to the background
 * and can be tried again.
 */
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import type { LocalResult } from '@/utils/page/on-device-route';

const loadOnDemand = vi.fn<() => Promise<unknown>>();
vi.mock('@/components/page/on-demand', () => ({ loadOnDemand: () => loadOnDemand() }));
const { lazyOnDeviceRoute } = await import('@/components/page/on-device-loader');

/** A route as the on-demand script makes it, recording what it was asked. */
function fakeRoute(wanted = true) {
  const asked: string[] = [];
  return {
    asked,
    refreshed: 0,
    wanted: () => wanted,
    async translate(text: string): Promise<LocalResult | null> {
      asked.push(text);
      return { text: `[on-device] ${text}`, provider: 'chrome', detected: 'zh' };
    },
    refresh() {
      this.refreshed += 1;
    },
  };
}

const signal = new AbortController().signal;
const withTranslator = () => Object.assign(globalThis, { Translator: { availability: async () => 'available', create: async () => ({}) } });

describe('the on-device route, loaded when chosen', () => {
  beforeEach(() => loadOnDemand.mockReset());
  afterEach(() => {
    delete (globalThis as { Translator?: unknown }).Translator;
  });

  test('without Chrome’s Translator (Firefox) it is never wanted and loads nothing', () => {
    const route = lazyOnDeviceRoute(() => true, signal);
    expect(route.wanted()).toBe(false);
    expect(loadOnDemand).not.toHaveBeenCalled();
  });

  test('not chosen: not wanted, nothing loaded', () => {
    withTranslator();
    const route = lazyOnDeviceRoute(() => false, signal);
    expect(route.wanted()).toBe(false);
    expect(loadOnDemand).not.toHaveBeenCalled();
  });

  test('chosen: the first segments wait for the load and are translated here, the code loaded once', async () => {
    withTranslator();
    const made = fakeRoute();
    let finish!: () => void;
    loadOnDemand.mockReturnValue(new Promise((resolve) => (finish = () => resolve({ makeOnDeviceRoute: () => made }))));
    const route = lazyOnDeviceRoute(() => true, signal);
    expect(route.wanted()).toBe(true);
    const first = route.translate('你好', 'en', undefined, signal);
    const second = route.translate('谢谢', 'en', undefined, signal);
    finish();
    expect(await first).toEqual({ text: '[on-device] 你好', provider: 'chrome', detected: 'zh' });
    expect(await second).toMatchObject({ text: '[on-device] 谢谢' });
    expect(made.asked).toEqual(['你好', '谢谢']);
    expect(loadOnDemand).toHaveBeenCalledTimes(1);
    route.refresh();
    expect(made.refreshed).toBe(1);
  });

  test('once loaded, the route’s own answer decides (e.g. resting after failures)', async () => {
    withTranslator();
    loadOnDemand.mockResolvedValue({ makeOnDeviceRoute: () => fakeRoute(false) });
    const route = lazyOnDeviceRoute(() => true, signal);
    expect(await route.translate('你好', 'en', undefined, signal)).toBeNull();
    expect(route.wanted()).toBe(false);
  });

  test('a failed load sends the segment to the background, and the next segment tries again', async () => {
    withTranslator();
    const made = fakeRoute();
    loadOnDemand.mockRejectedValueOnce(new Error('reloading')).mockResolvedValueOnce({ makeOnDeviceRoute: () => made });
    const route = lazyOnDeviceRoute(() => true, signal);
    expect(await route.translate('你好', 'en', undefined, signal)).toBeNull();
    expect(await route.translate('谢谢', 'en', undefined, signal)).toMatchObject({ text: '[on-device] 谢谢' });
    expect(loadOnDemand).toHaveBeenCalledTimes(2);
  });
});
