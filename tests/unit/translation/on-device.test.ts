import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { realClock } from '@/utils/translation/clock';
import { TranslationError } from '@/utils/translation/errors';
import {
  OnDeviceTranslator,
  findTranslator,
  languagePair,
  onDeviceError,
  onDeviceSource,
  onDeviceTarget,
  toAvailability,
  type DownloadMonitorLike,
  type LanguagePair,
  type TranslatorFactoryLike,
  type TranslatorSessionLike,
} from '@/utils/translation/on-device';

const ZH_EN: LanguagePair = { sourceLanguage: 'zh', targetLanguage: 'en' };

/**
 * A stand-in for Chrome's global Translator: availability per pair as set by the test, sessions
 * that answer "[pair] text" after a delay (or fail as told), and a record of every call.
 */
function fakeTranslator(options: { availability?: Record<string, string>; delayMs?: number; createDelayMs?: number } = {}) {
  const calls = { availability: 0, create: [] as Array<{ pair: string; monitored: boolean }>, translate: [] as string[], destroyed: 0 };
  let active = 0;
  let maxActive = 0;
  const failNext: Error[] = [];
  const createFailures: Error[] = [];
  let progress: number[] = [];
  const availability: Record<string, string> = { 'zh>en': 'available', ...options.availability };
  const factory: TranslatorFactoryLike = {
    async availability(pair) {
      calls.availability += 1;
      return availability[`${pair.sourceLanguage}>${pair.targetLanguage}`] ?? 'unavailable';
    },
    async create(o) {
      const pair = `${o.sourceLanguage}>${o.targetLanguage}`;
      calls.create.push({ pair, monitored: typeof o.monitor === 'function' });
      if (o.monitor) {
        const listeners: Array<(e: { loaded: number }) => void> = [];
        const monitor: DownloadMonitorLike = { addEventListener: (_type, l) => listeners.push(l) };
        o.monitor(monitor);
        for (const loaded of progress) for (const l of listeners) l({ loaded });
      }
      if (options.createDelayMs) await new Promise((r) => setTimeout(r, options.createDelayMs));
      const failure = createFailures.shift();
      if (failure) throw failure;
      const session: TranslatorSessionLike = {
        async translate(text, opts) {
          calls.translate.push(text);
          active += 1;
          maxActive = Math.max(maxActive, active);
          try {
            await new Promise<void>((resolve, reject) => {
              const timer = setTimeout(resolve, options.delayMs ?? 10);
              opts?.signal?.addEventListener('abort', () => {
                clearTimeout(timer);
                reject(new DOMException('aborted', 'AbortError'));
              });
            });
            const failure = failNext.shift();
            if (failure) throw failure;
            return `[${pair}] ${text}`;
          } finally {
            active -= 1;
          }
        },
        destroy() {
          calls.destroyed += 1;
        },
      };
      return session;
    },
  };
  return {
    factory,
    calls,
    availability,
    failNext,
    createFailures,
    setProgress: (p: number[]) => (progress = p),
    maxActive: () => maxActive,
  };
}

describe('language tags and states', () => {
  test('our target codes become the tags Chrome knows', () => {
    expect(onDeviceTarget('zh-CN')).toBe('zh');
    expect(onDeviceTarget('zh-TW')).toBe('zh-Hant');
    expect(onDeviceTarget('en')).toBe('en');
    expect(onDeviceTarget('pt')).toBe('pt');
  });

  test('detected sources: Chinese scripts, base languages, and unknown', () => {
    expect(onDeviceSource('zh')).toBe('zh');
    expect(onDeviceSource('zh-CN')).toBe('zh');
    expect(onDeviceSource('zh-TW')).toBe('zh-Hant');
    expect(onDeviceSource('zh_Hant')).toBe('zh-Hant');
    expect(onDeviceSource('en-US')).toBe('en');
    expect(onDeviceSource('auto')).toBeNull();
    expect(onDeviceSource('und')).toBeNull();
    expect(onDeviceSource(undefined)).toBeNull();
    expect(onDeviceSource('<script>')).toBeNull();
  });

  test('a pair needs a known source different from the target', () => {
    expect(languagePair('zh', 'en')).toEqual(ZH_EN);
    expect(languagePair('en', 'zh-TW')).toEqual({ sourceLanguage: 'en', targetLanguage: 'zh-Hant' });
    expect(languagePair('auto', 'en')).toBeNull();
    expect(languagePair('zh', 'zh-CN')).toBeNull();
  });

  test('availability words, old and new; anything else is unavailable', () => {
    expect(toAvailability('available')).toBe('available');
    expect(toAvailability('readily')).toBe('available');
    expect(toAvailability('downloadable')).toBe('downloadable');
    expect(toAvailability('after-download')).toBe('downloadable');
    expect(toAvailability('downloading')).toBe('downloading');
    expect(toAvailability('no')).toBe('unavailable');
    expect(toAvailability(null)).toBe('unavailable');
  });

  test("Chrome's exceptions become the extension's error codes", () => {
    const code = (name: string) => onDeviceError(new DOMException('x', name)).code;
    expect(code('AbortError')).toBe('cancelled');
    expect(code('NotAllowedError')).toBe('not-configured');
    expect(code('NotSupportedError')).toBe('unsupported-language');
    expect(code('QuotaExceededError')).toBe('bad-request');
    expect(code('NetworkError')).toBe('network');
    expect(code('OperationError')).toBe('server');
    expect(onDeviceError(new Error('boom')).code).toBe('server');
    const own = new TranslationError('timeout', 't');
    expect(onDeviceError(own)).toBe(own);
  });

  test('findTranslator: only a global with both methods counts (Firefox has none)', () => {
    expect(findTranslator({})).toBeNull();
    expect(findTranslator(undefined)).toBeNull();
    expect(findTranslator({ Translator: { availability: () => 'x' } })).toBeNull();
    const global = { Translator: { availability: vi.fn(async () => 'available'), create: vi.fn() } };
    const found = findTranslator(global)!;
    void found.availability(ZH_EN);
    expect(global.Translator.availability).toHaveBeenCalledWith(ZH_EN);
  });
});

describe('OnDeviceTranslator', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  test('no Translator in this browser: unavailable, and translate fails as unavailable', async () => {
    const device = new OnDeviceTranslator({ factory: null, clock: realClock });
    expect(device.supported).toBe(false);
    expect(await device.availability(ZH_EN)).toBe('unavailable');
    await expect(device.translate('你好', ZH_EN)).rejects.toMatchObject({ code: 'unavailable' });
  });

  test('translates an available pair', async () => {
    const fake = fakeTranslator();
    const device = new OnDeviceTranslator({ factory: fake.factory, clock: realClock });
    const done = device.translate('你好', ZH_EN);
    await vi.advanceTimersByTimeAsync(20);
    expect(await done).toBe('[zh>en] 你好');
  });

  test('one session per pair, even when many units ask at once', async () => {
    const fake = fakeTranslator({ availability: { 'zh>fr': 'available' }, createDelayMs: 50 });
    const device = new OnDeviceTranslator({ factory: fake.factory, clock: realClock });
    const all = Promise.all([...Array.from({ length: 20 }, (_, i) => device.translate(`文本${i}`, ZH_EN)), device.translate('法语', { sourceLanguage: 'zh', targetLanguage: 'fr' })]);
    await vi.advanceTimersByTimeAsync(1000);
    const results = await all;
    expect(results[0]).toBe('[zh>en] 文本0');
    expect(results[20]).toBe('[zh>fr] 法语');
    expect(fake.calls.create.map((c) => c.pair)).toEqual(['zh>en', 'zh>fr']);
    expect(device.sessionCount).toBe(2);
    // Availability is asked once per pair, then remembered.
    expect(fake.calls.availability).toBe(2);
  });

  test("each session's queue runs at most `concurrency` translations at once, in order", async () => {
    const fake = fakeTranslator({ delayMs: 100 });
    const device = new OnDeviceTranslator({ factory: fake.factory, clock: realClock, concurrency: 2 });
    const all = Promise.all(Array.from({ length: 6 }, (_, i) => device.translate(`t${i}`, ZH_EN)));
    await vi.advanceTimersByTimeAsync(150);
    expect(fake.calls.translate).toEqual(['t0', 't1', 't2', 't3']); // two done, two started
    await vi.advanceTimersByTimeAsync(500);
    await all;
    expect(fake.maxActive()).toBe(2);
    expect(fake.calls.translate).toEqual(['t0', 't1', 't2', 't3', 't4', 't5']);
  });

  test('a pair Chrome cannot do fails as unsupported-language, without create()', async () => {
    const fake = fakeTranslator({ availability: { 'zh>en': 'unavailable' } });
    const device = new OnDeviceTranslator({ factory: fake.factory, clock: realClock });
    await expect(device.translate('你好', ZH_EN)).rejects.toMatchObject({ code: 'unsupported-language' });
    expect(fake.calls.create).toEqual([]);
  });

  test('a downloadable pack without a click: needs setup, and create() is never called', async () => {
    for (const state of ['downloadable', 'downloading']) {
      const fake = fakeTranslator({ availability: { 'zh>en': state } });
      const device = new OnDeviceTranslator({ factory: fake.factory, clock: realClock });
      expect(await device.availability(ZH_EN)).toBe(state);
      await expect(device.translate('你好', ZH_EN)).rejects.toMatchObject({ code: 'not-configured' });
      expect(fake.calls.create).toEqual([]);
    }
  });

  test('a download reports progress, then the pair translates with the session it made', async () => {
    const fake = fakeTranslator({ availability: { 'zh>en': 'downloadable' } });
    fake.setProgress([0, 0.25, 0.5, 1.7]);
    const device = new OnDeviceTranslator({ factory: fake.factory, clock: realClock });
    const seen: number[] = [];
    await device.download(ZH_EN, (p) => seen.push(p));
    expect(seen).toEqual([0, 0.25, 0.5, 1, 1]); // clamped, and a final 1 when ready
    expect(fake.calls.create).toEqual([{ pair: 'zh>en', monitored: true }]);
    expect(await device.availability(ZH_EN)).toBe('available');
    const done = device.translate('你好', ZH_EN);
    await vi.advanceTimersByTimeAsync(20);
    expect(await done).toBe('[zh>en] 你好');
    expect(fake.calls.create).toHaveLength(1);
  });

  test('a download refused for want of a click is reported as such, and nothing is kept', async () => {
    const fake = fakeTranslator({ availability: { 'zh>en': 'downloadable' } });
    fake.createFailures.push(new DOMException('Requires a user gesture', 'NotAllowedError'));
    const device = new OnDeviceTranslator({ factory: fake.factory, clock: realClock });
    await expect(device.download(ZH_EN, () => undefined)).rejects.toMatchObject({ code: 'not-configured' });
    expect(device.sessionCount).toBe(0);
  });

  test('a download can be cancelled: create() gets the signal, nothing is kept, the error says cancelled', async () => {
    const seen: Array<AbortSignal | undefined> = [];
    const factory: TranslatorFactoryLike = {
      availability: async () => 'downloadable',
      create: (o) =>
        new Promise((_resolve, reject) => {
          seen.push(o.signal);
          o.signal?.addEventListener('abort', () => reject(new DOMException('stopped', 'AbortError')));
        }),
    };
    const device = new OnDeviceTranslator({ factory, clock: realClock });
    const controller = new AbortController();
    const download = device.download(ZH_EN, () => undefined, controller.signal);
    controller.abort();
    await expect(download).rejects.toMatchObject({ code: 'cancelled' });
    expect(seen).toEqual([controller.signal]);
    expect(device.sessionCount).toBe(0);
    expect(await device.availability(ZH_EN)).toBe('downloadable');
  });

  test('a session that throws is dropped (destroyed) and the next call makes a new one', async () => {
    const fake = fakeTranslator();
    const device = new OnDeviceTranslator({ factory: fake.factory, clock: realClock });
    fake.failNext.push(new DOMException('model crashed', 'UnknownError'));
    const first = device.translate('一', ZH_EN);
    const firstCheck = expect(first).rejects.toMatchObject({ code: 'server' });
    await vi.advanceTimersByTimeAsync(20);
    await firstCheck;
    expect(fake.calls.destroyed).toBe(1);
    expect(device.sessionCount).toBe(0);
    const second = device.translate('二', ZH_EN);
    await vi.advanceTimersByTimeAsync(20);
    expect(await second).toBe('[zh>en] 二');
    expect(fake.calls.create).toHaveLength(2);
  });

  test('a create() that fails is not kept: the next call tries again', async () => {
    const fake = fakeTranslator();
    fake.createFailures.push(new DOMException('no', 'OperationError'));
    const device = new OnDeviceTranslator({ factory: fake.factory, clock: realClock });
    await expect(device.translate('一', ZH_EN)).rejects.toMatchObject({ code: 'server' });
    const again = device.translate('二', ZH_EN);
    await vi.advanceTimersByTimeAsync(20);
    expect(await again).toBe('[zh>en] 二');
  });

  test('a text too long for the model fails alone: the session stays', async () => {
    const fake = fakeTranslator();
    const device = new OnDeviceTranslator({ factory: fake.factory, clock: realClock });
    fake.failNext.push(new DOMException('too long', 'QuotaExceededError'));
    const long = device.translate('长'.repeat(10), ZH_EN);
    const check = expect(long).rejects.toMatchObject({ code: 'bad-request' });
    await vi.advanceTimersByTimeAsync(20);
    await check;
    expect(device.sessionCount).toBe(1);
    expect(fake.calls.destroyed).toBe(0);
  });

  test('a call that hangs times out, is aborted, and its session is replaced', async () => {
    const fake = fakeTranslator({ delayMs: 60_000 });
    const device = new OnDeviceTranslator({ factory: fake.factory, clock: realClock, timeoutMs: 1000 });
    const hung = device.translate('慢', ZH_EN);
    const check = expect(hung).rejects.toMatchObject({ code: 'timeout' });
    await vi.advanceTimersByTimeAsync(1001);
    await check;
    expect(fake.calls.destroyed).toBe(1);
    expect(device.sessionCount).toBe(0);
  });

  test('a unit cancelled while queued never reaches the model', async () => {
    const fake = fakeTranslator({ delayMs: 100 });
    const device = new OnDeviceTranslator({ factory: fake.factory, clock: realClock, concurrency: 1 });
    const first = device.translate('一', ZH_EN);
    await vi.advanceTimersByTimeAsync(0);
    const controller = new AbortController();
    const second = device.translate('二', ZH_EN, controller.signal);
    const third = device.translate('三', ZH_EN);
    await vi.advanceTimersByTimeAsync(0);
    controller.abort();
    await expect(second).rejects.toMatchObject({ code: 'cancelled' });
    await vi.advanceTimersByTimeAsync(300);
    expect(await first).toBe('[zh>en] 一');
    expect(await third).toBe('[zh>en] 三');
    expect(fake.calls.translate).toEqual(['一', '三']);
    expect(device.sessionCount).toBe(1); // a cancel says nothing about the session
  });

  test('an answer other than "available" is asked again after the TTL (a download elsewhere is noticed)', async () => {
    const fake = fakeTranslator({ availability: { 'zh>en': 'downloadable' } });
    const device = new OnDeviceTranslator({ factory: fake.factory, clock: { ...realClock, now: () => Date.now() }, availabilityTtlMs: 5000 });
    expect(await device.availability(ZH_EN)).toBe('downloadable');
    fake.availability['zh>en'] = 'available';
    expect(await device.availability(ZH_EN)).toBe('downloadable');
    vi.advanceTimersByTime(5001);
    expect(await device.availability(ZH_EN)).toBe('available');
    expect(fake.calls.availability).toBe(2);
  });

  test('availability() that throws (a tag Chrome rejects) counts as unavailable', async () => {
    const device = new OnDeviceTranslator({
      factory: { availability: async () => Promise.reject(new RangeError('bad tag')), create: async () => Promise.reject(new Error('no')) },
      clock: realClock,
    });
    expect(await device.availability(ZH_EN)).toBe('unavailable');
  });
});
