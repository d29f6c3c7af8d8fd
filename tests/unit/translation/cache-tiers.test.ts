/**
 * The translation cache's two tiers on their own (the service's tests see them through requests):
 * which provider's translation memory answers, what the persistent store is asked and when, when
 * old entries are pruned, and the benchmark's switch that turns both off. Also the batcher's and
 * the limiter's edges: caps reached exactly, an item taken back, a waiter cancelled.
 */
import { describe, expect, test } from 'vitest';
import { Batcher } from '@/utils/translation/batcher';
import { SOURCE, TranslationCache } from '@/utils/translation/cache';
import { cacheKey } from '@/utils/translation/cache-key';
import type { Clock } from '@/utils/translation/clock';
import { Limiter } from '@/utils/translation/limiter';
import { MemoryStore } from './memory-store';

const clock: Clock = { now: () => 1000, setTimeout: () => 0, clearTimeout: () => undefined };
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

class CountingStore extends MemoryStore {
  puts = 0;
  prunes = 0;
  override async putMany(entries: Parameters<MemoryStore['putMany']>[0]) {
    this.puts += 1;
    return super.putMany(entries);
  }
  override async prune(now: number, limits: { maxAgeMs: number; maxEntries: number }) {
    this.prunes += 1;
    return super.prune(now, limits);
  }
}

describe('the translation cache', () => {
  test('memory answers from the first provider of the chain that has the text, with what it detected', () => {
    const cache = new TranslationCache(undefined, clock);
    cache.keep('google', 'en', [{ source: '你好', text: 'hello (google)', detected: 'zh-CN' }]);
    cache.keep('microsoft', 'en', [{ source: '你好', text: 'hello (microsoft)' }]);
    expect(cache.remembered({ chain: ['microsoft', 'google'], to: 'en', text: '你好' })).toMatchObject({ text: 'hello (microsoft)', provider: 'microsoft' });
    expect(cache.remembered({ chain: ['google', 'microsoft'], to: 'en', text: '你好' })).toEqual({
      key: cacheKey('google', SOURCE, 'en', '你好'),
      text: 'hello (google)',
      provider: 'google',
      at: 1000,
      detected: 'zh-CN',
    });
    expect(cache.remembered({ chain: ['microsoft'], to: 'en', text: '你好' })).not.toHaveProperty('detected');
    expect(cache.remembered({ chain: ['deepl'], to: 'en', text: '你好' })).toBeUndefined();
    expect(cache.remembered({ chain: ['microsoft'], to: 'ja', text: '你好' })).toBeUndefined();
  });

  test('a store lookup fills memory: the next request is answered without the store', async () => {
    const store = new MemoryStore();
    const first = new TranslationCache(store, clock);
    first.keep('microsoft', 'en', [{ source: '谢谢', text: 'thanks' }]);
    await settle();
    const later = new TranslationCache(store, clock); // a restarted worker: empty memory
    expect(later.remembered({ chain: ['microsoft'], to: 'en', text: '谢谢' })).toBeUndefined();
    const [hit, miss] = await later.lookUp([
      { chain: ['google', 'microsoft'], to: 'en', text: '谢谢' },
      { chain: ['microsoft'], to: 'en', text: '再见' },
    ]);
    expect(hit).toMatchObject({ text: 'thanks', provider: 'microsoft' });
    expect(miss).toBeUndefined();
    expect(store.lookups).toBe(1);
    expect(later.remembered({ chain: ['microsoft'], to: 'en', text: '谢谢' })).toMatchObject({ text: 'thanks' });
  });

  test('turned off (the benchmark baseline): nothing remembered, nothing looked up, nothing written', async () => {
    const store = new CountingStore();
    const cache = new TranslationCache(store, clock, true);
    cache.keep('microsoft', 'en', [{ source: '你好', text: 'hello' }]);
    await settle();
    expect(cache.remembered({ chain: ['microsoft'], to: 'en', text: '你好' })).toBeUndefined();
    expect(await cache.lookUp([{ chain: ['microsoft'], to: 'en', text: '你好' }])).toEqual([undefined]);
    expect(store.lookups).toBe(0);
    expect(store.puts).toBe(0);
  });

  test('old entries are pruned once every 500 new ones, not before', async () => {
    const store = new CountingStore();
    const cache = new TranslationCache(store, clock);
    const answers = (n: number, from: number) => Array.from({ length: n }, (_, i) => ({ source: `t${from + i}`, text: `x${i}` }));
    cache.keep('microsoft', 'en', answers(499, 0));
    await settle();
    expect(store.prunes).toBe(0);
    cache.keep('microsoft', 'en', answers(1, 499));
    await settle();
    expect(store.prunes).toBe(1);
    cache.keep('microsoft', 'en', answers(499, 500));
    await settle();
    expect(store.prunes).toBe(1);
  });

  test('without a store: stats say nothing is counted, clear empties memory', async () => {
    const cache = new TranslationCache(undefined, clock);
    cache.keep('microsoft', 'en', [{ source: '你好', text: 'hello' }]);
    expect(await cache.stats()).toEqual({ entries: null, state: 'unavailable' });
    await cache.clear();
    expect(cache.remembered({ chain: ['microsoft'], to: 'en', text: '你好' })).toBeUndefined();
  });

  test('a store that cannot count: stats say unknown and unavailable; one that counts again: ok', async () => {
    const store = new MemoryStore();
    let broken = true;
    store.count = async () => {
      if (broken) throw new Error('closed');
      return 3;
    };
    const cache = new TranslationCache(store, clock);
    expect(await cache.stats()).toEqual({ entries: null, state: 'unavailable' });
    broken = false;
    await cache.clear();
    expect(await cache.stats()).toEqual({ entries: 3, state: 'ok' });
  });

  test('a clear that fails is reported and leaves the cache unavailable', async () => {
    const store = new MemoryStore();
    store.clear = async () => {
      throw new Error('blocked');
    };
    const cache = new TranslationCache(store, clock);
    await expect(cache.clear()).rejects.toThrow('blocked');
    expect(cache.state).toBe('unavailable');
  });
});

describe('batcher edges', () => {
  const make = (sent: string[][], maxItems = 3, maxChars = 10) =>
    new Batcher<string>({ maxItems, maxChars, windowMs: 10, sizeOf: (s) => s.length, onBatch: (_k, items) => void sent.push(items), clock });

  test('exactly the character cap goes at once; one character under waits for the window', () => {
    const sent: string[][] = [];
    const b = make(sent);
    b.add('en', '12345');
    b.add('en', '1234');
    expect(sent).toEqual([]);
    b.add('en', '1');
    expect(sent).toEqual([['12345', '1234', '1']]);
  });

  test('an item that would pass the item cap sends the others first', () => {
    const sent: string[][] = [];
    const b = make(sent, 2, 100);
    b.add('en', 'a');
    b.add('fr', 'b');
    b.flush('en');
    b.add('en', 'c');
    expect(sent).toEqual([['a']]);
    b.add('en', 'd');
    expect(sent).toEqual([['a'], ['c', 'd']]);
  });

  test('an item taken back frees its characters; the first item can be taken back; a group emptied sends nothing', () => {
    const sent: string[][] = [];
    const b = make(sent);
    b.add('en', '123456');
    expect(b.remove('en', '123456')).toBe(true);
    b.flush('en');
    expect(sent).toEqual([]);
    b.add('en', '12345');
    b.add('en', '1234');
    expect(b.remove('en', '1234')).toBe(true);
    b.add('en', '1234'); // 9 characters again, under the cap: still waiting
    expect(sent).toEqual([]);
    expect(b.remove('fr', 'x')).toBe(false);
    expect(b.remove('en', 'never added')).toBe(false);
  });

  test('a held batch takes what fits exactly, and no more', () => {
    const b = make([]);
    const held = ['12345'];
    b.hold('en', held);
    expect(b.join('en', ['12345', '1'], () => undefined)).toEqual(['1']);
    expect(held).toEqual(['12345', '12345']);
  });
});

describe('limiter edges', () => {
  test('a caller that cancels while waiting leaves the queue; the next one takes its place', async () => {
    const limiter = new Limiter({ concurrency: 1, ratePerSecond: 1000, burst: 1000, clock });
    let release!: () => void;
    const first = limiter.run(() => new Promise<string>((resolve) => (release = () => resolve('first'))));
    const controller = new AbortController();
    const cancelled = limiter.run(async () => 'cancelled', undefined, controller.signal);
    const third = limiter.run(async () => 'third');
    controller.abort(new Error('gone'));
    await expect(cancelled).rejects.toThrow('gone');
    release();
    expect(await Promise.all([first, third])).toEqual(['first', 'third']);
  });

  test('a caller already cancelled never runs', async () => {
    const limiter = new Limiter({ concurrency: 1, ratePerSecond: 1000, burst: 1000, clock });
    const controller = new AbortController();
    controller.abort(new Error('before'));
    let ran = false;
    await expect(limiter.run(async () => (ran = true), undefined, controller.signal)).rejects.toThrow('before');
    expect(ran).toBe(false);
  });

  test('a cancel after the task started changes nothing', async () => {
    const limiter = new Limiter({ concurrency: 1, ratePerSecond: 1000, burst: 1000, clock });
    const controller = new AbortController();
    const running = limiter.run(async () => 'done', undefined, controller.signal);
    controller.abort();
    await expect(running).resolves.toBe('done');
  });

  test('out of tokens: one wake-up, timed for the next token', async () => {
    const timers: number[] = [];
    let now = 0;
    const manual: Clock = { now: () => now, setTimeout: (_fn, ms) => (timers.push(ms), timers.length), clearTimeout: () => undefined };
    const limiter = new Limiter({ concurrency: 5, ratePerSecond: 4, burst: 1, clock: manual });
    void limiter.run(async () => undefined);
    void limiter.run(async () => undefined);
    void limiter.run(async () => undefined);
    await settle();
    // One token a quarter second: a single timer, 250 ms.
    expect(timers).toEqual([250]);
    now = 100;
    expect(timers).toEqual([250]);
  });
});
