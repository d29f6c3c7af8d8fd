import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import type { ProviderId } from '@/utils/schemas/settings';
import { Batcher } from '@/utils/translation/batcher';
import { backoffDelay } from '@/utils/translation/backoff';
import { CACHE_RETRY_MS } from '@/utils/translation/cache-health';
import { realClock } from '@/utils/translation/clock';
import { TranslationError } from '@/utils/translation/errors';
import { Limiter } from '@/utils/translation/limiter';
import { TranslationService, type SegmentResult } from '@/utils/translation/service';
import type { TranslationStore } from '@/utils/translation/store';
import { MemoryStore } from './memory-store';
import type { Provider, ProviderLimits, TranslateBatch } from '@/utils/translation/types';

const LIMITS: ProviderLimits = { maxItems: 3, maxChars: 20, concurrency: 2, ratePerSecond: 100, burst: 100, batchWindowMs: 10, timeoutMs: 1000 };

/** A provider that records each batch and answers "<id>:<text>", or fails as told. */
function fakeProvider(id: ProviderId, limits: ProviderLimits = LIMITS) {
  const batches: TranslateBatch[] = [];
  const failures: Array<TranslationError | ((b: TranslateBatch) => string[])> = [];
  /** While set, answers wait for it (a slow provider, so later batches queue at the limiter). */
  const control: { hold: Promise<void> | null } = { hold: null };
  const provider: Provider = {
    id,
    limits,
    async translate(batch) {
      batches.push(batch);
      if (control.hold) await control.hold;
      const next = failures.shift();
      if (next instanceof TranslationError) throw next;
      const texts = next ? next(batch) : batch.texts.map((t) => `${id}:${t}`);
      return texts.map((text) => ({ text }));
    },
  };
  return { provider, batches, failures, control };
}

function setup(options: { chain?: ProviderId[]; store?: TranslationStore; disableBatching?: boolean; disableCache?: boolean; limits?: ProviderLimits } = {}) {
  const ms = fakeProvider('microsoft', options.limits);
  const google = fakeProvider('google');
  const store = options.store ?? new MemoryStore();
  const service = new TranslationService({
    providers: new Map<ProviderId, Provider>([
      ['microsoft', ms.provider],
      ['google', google.provider],
    ]),
    chain: () => options.chain ?? ['microsoft', 'google'],
    store,
    clock: realClock,
    random: () => 0.5,
    ...(options.disableBatching && { disableBatching: true }),
    ...(options.disableCache && { disableCache: true }),
  });
  const received: SegmentResult[] = [];
  const deliveries: SegmentResult[][] = [];
  const deliver = (results: SegmentResult[]) => {
    deliveries.push(results);
    received.push(...results);
  };
  return { service, ms, google, store, received, deliveries, deliver };
}

const units = (...texts: string[]) => texts.map((text, i) => ({ id: `u${i}`, text }));

describe('batcher', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  test('sends after the window, or at once when a cap is reached; keys never mix', () => {
    const sent: Array<[string, string[]]> = [];
    const batcher = new Batcher<string>({ maxItems: 3, maxChars: 10, windowMs: 10, sizeOf: (s) => s.length, onBatch: (k, items) => sent.push([k, items]), clock: realClock });
    batcher.add('en', 'a');
    batcher.add('ja', 'b');
    expect(sent).toEqual([]);
    vi.advanceTimersByTime(9);
    expect(sent).toEqual([]);
    vi.advanceTimersByTime(1);
    expect(sent).toEqual([
      ['en', ['a']],
      ['ja', ['b']],
    ]);
    batcher.add('en', 'x');
    batcher.add('en', 'y');
    batcher.add('en', 'z'); // third item: the item cap
    expect(sent.at(-1)).toEqual(['en', ['x', 'y', 'z']]);
    batcher.add('en', '123456');
    batcher.add('en', '12345'); // would make 11 characters: the first goes alone
    expect(sent.at(-1)).toEqual(['en', ['123456']]);
  });

  test('an item taken back before its batch goes is never sent', () => {
    const sent: string[][] = [];
    const batcher = new Batcher<string>({ maxItems: 5, maxChars: 100, windowMs: 10, sizeOf: (s) => s.length, onBatch: (_k, items) => sent.push(items), clock: realClock });
    batcher.add('en', 'keep');
    batcher.add('en', 'drop');
    expect(batcher.remove('en', 'drop')).toBe(true);
    vi.advanceTimersByTime(10);
    expect(sent).toEqual([['keep']]);
    expect(batcher.remove('en', 'keep')).toBe(false);
  });
});

describe('limiter and backoff', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  test('never more in flight than the concurrency, never faster than the rate after the burst', async () => {
    const limiter = new Limiter({ concurrency: 2, ratePerSecond: 10, burst: 3, clock: realClock });
    let inFlight = 0;
    let most = 0;
    const started: number[] = [];
    const task = () => async () => {
      started.push(Date.now());
      inFlight += 1;
      most = Math.max(most, inFlight);
      await new Promise((r) => setTimeout(r, 5));
      inFlight -= 1;
    };
    const t0 = Date.now();
    const all = Promise.all(Array.from({ length: 6 }, () => limiter.run(task())));
    await vi.advanceTimersByTimeAsync(1000);
    await all;
    expect(most).toBe(2);
    // Three tokens of burst, then one every 100 ms.
    expect(started.map((t) => t - t0)).toEqual([0, 0, 5, 100, 200, 300]);
  });

  test('a task no longer wanted when its turn comes is skipped, spending neither a slot nor a token', async () => {
    const limiter = new Limiter({ concurrency: 1, ratePerSecond: 10, burst: 2, clock: realClock });
    const ran: string[] = [];
    const task = (name: string) => async () => {
      ran.push(name);
      await new Promise((r) => setTimeout(r, 5));
      return name;
    };
    const first = limiter.run(task('first'));
    let wanted = true;
    const skipped = limiter.run(task('skipped'), { wanted: () => wanted, otherwise: 'dropped' });
    const last = limiter.run(task('last'));
    wanted = false; // cancelled while waiting behind "first"
    await vi.advanceTimersByTimeAsync(10);
    expect(await Promise.all([first, skipped, last])).toEqual(['first', 'dropped', 'last']);
    // "last" used the second token of the burst at once: the skipped task took none.
    expect(ran).toEqual(['first', 'last']);
  });

  test('backoff grows exponentially, with jitter, up to a ceiling', () => {
    expect(backoffDelay(0, () => 0)).toBe(250);
    expect(backoffDelay(0, () => 1)).toBe(500);
    expect(backoffDelay(3, () => 1)).toBe(4000);
    expect(backoffDelay(10, () => 1)).toBe(8000);
  });
});

describe('translation service', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  test('batches within caps after a short window, and answers every unit', async () => {
    const { service, ms, received, deliver } = setup();
    service.request('tab1', deliver, units('一', '二', '三', '四', '五'), 'en');
    await vi.advanceTimersByTimeAsync(20);
    expect(ms.batches.map((b) => b.texts)).toEqual([
      ['一', '二', '三'],
      ['四', '五'],
    ]);
    expect(received.map((r) => (r.ok ? r.text : r.code)).sort()).toEqual(['microsoft:一', 'microsoft:三', 'microsoft:二', 'microsoft:五', 'microsoft:四']);
  });

  test('identical text is requested once: in flight (shared) and later (cache)', async () => {
    const { service, ms, received, deliver } = setup();
    service.request('tab1', deliver, units('好看', '好看'), 'en');
    service.request('tab2', deliver, [{ id: 'x', text: '好看' }], 'en');
    await vi.advanceTimersByTimeAsync(20);
    expect(ms.batches.flatMap((b) => b.texts)).toEqual(['好看']);
    expect(received).toHaveLength(3);
    service.request('tab3', deliver, [{ id: 'y', text: '好看' }], 'en');
    await vi.advanceTimersByTimeAsync(20);
    expect(ms.batches).toHaveLength(1);
    expect(received.at(-1)).toMatchObject({ id: 'y', ok: true, cached: true, text: 'microsoft:好看' });
  });

  test('the persistent cache answers after a restart, in one lookup per request, per language', async () => {
    const store = new MemoryStore();
    const first = setup({ store });
    first.service.request('tab', first.deliver, units('你好', '谢谢'), 'en');
    await vi.advanceTimersByTimeAsync(20);
    // A fresh service (the worker restarted) over the same store.
    const second = setup({ store });
    store.lookups = 0;
    second.service.request('tab', second.deliver, units('你好', '谢谢', '再见'), 'en');
    await vi.advanceTimersByTimeAsync(20);
    expect(store.lookups).toBe(1);
    expect(second.ms.batches.flatMap((b) => b.texts)).toEqual(['再见']);
    expect(second.received.filter((r) => r.ok && r.cached)).toHaveLength(2);
    // Another target language never gets the English answer.
    second.service.request('tab', second.deliver, [{ id: 'j', text: '你好' }], 'ja');
    await vi.advanceTimersByTimeAsync(20);
    expect(second.ms.batches.at(-1)).toMatchObject({ texts: ['你好'], to: 'ja' });
    expect(second.received.at(-1)).toMatchObject({ id: 'j', cached: false });
  });

  test('languages are separate batches', async () => {
    const { service, ms, deliver } = setup();
    service.request('tab', deliver, units('一'), 'en');
    service.request('tab', deliver, [{ id: 'b', text: '二' }], 'es');
    await vi.advanceTimersByTimeAsync(20);
    expect(ms.batches.map((b) => [b.to, b.texts])).toEqual([
      ['en', ['一']],
      ['es', ['二']],
    ]);
  });

  test('a count mismatch halves the batch instead of failing it', async () => {
    const { service, ms, received, deliver } = setup();
    ms.failures.push((b) => b.texts.slice(1)); // one translation short
    service.request('tab', deliver, units('一', '二', '三'), 'en');
    await vi.advanceTimersByTimeAsync(50);
    expect(ms.batches.map((b) => b.texts)).toEqual([['一', '二', '三'], ['一', '二'], ['三']]);
    expect(received.every((r) => r.ok)).toBe(true);
    expect(received).toHaveLength(3);
  });

  test('retries what can succeed on retry, with backoff, then succeeds', async () => {
    const { service, ms, received, deliver } = setup();
    ms.failures.push(new TranslationError('server', '500'));
    service.request('tab', deliver, units('一'), 'en');
    await vi.advanceTimersByTimeAsync(20);
    expect(ms.batches).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(400); // backoff(0) with random 0.5 = 375 ms
    expect(ms.batches).toHaveLength(2);
    expect(received).toEqual([expect.objectContaining({ ok: true, provider: 'microsoft' })]);
  });

  test('a 429 with a long Retry-After falls back at once and rests the provider', async () => {
    const { service, ms, google, received, deliver } = setup();
    ms.failures.push(new TranslationError('rate-limited', '429', { retryAfterMs: 60_000 }));
    service.request('tab', deliver, units('一', '二'), 'en');
    await vi.advanceTimersByTimeAsync(50);
    expect(ms.batches).toHaveLength(1);
    expect(google.batches.map((b) => b.texts)).toEqual([['一', '二']]);
    expect(received.map((r) => r.ok && r.provider)).toEqual(['google', 'google']);
    expect(service.status().providers.microsoft).toMatchObject({ state: 'resting' });
    // While it rests, new work goes straight to the fallback.
    service.request('tab', deliver, [{ id: 'n', text: '三' }], 'en');
    await vi.advanceTimersByTimeAsync(20);
    expect(ms.batches).toHaveLength(1);
    expect(google.batches).toHaveLength(2);
    // After the rest, the default is tried again.
    await vi.advanceTimersByTimeAsync(61_000);
    service.request('tab', deliver, [{ id: 'm', text: '四' }], 'en');
    await vi.advanceTimersByTimeAsync(20);
    expect(ms.batches).toHaveLength(2);
  });

  test('a provider that timed out hands its work to the fallback at once, without waiting to retry', async () => {
    const { service, ms, google, received, deliver } = setup();
    ms.failures.push(new TranslationError('timeout', 'took too long'));
    service.request('tab', deliver, units('一', '二'), 'en');
    await vi.advanceTimersByTimeAsync(30); // the batch window (10 ms) and no backoff at all
    expect(ms.batches).toHaveLength(1);
    expect(google.batches.map((b) => b.texts)).toEqual([['一', '二']]);
    expect(received.map((r) => r.ok && r.provider)).toEqual(['google', 'google']);
    await vi.advanceTimersByTimeAsync(5000);
    expect(ms.batches).toHaveLength(1); // and the one that timed out is not asked again for this work
  });

  test('a short Retry-After is honoured: the same provider again, not before the time it gave', async () => {
    const { service, ms, google, received, deliver } = setup();
    ms.failures.push(new TranslationError('rate-limited', '429', { retryAfterMs: 2000 }));
    service.request('tab', deliver, units('一'), 'en');
    await vi.advanceTimersByTimeAsync(20);
    expect(ms.batches).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(1900); // past any backoff (375 ms here), short of the 2 s asked
    expect(ms.batches).toHaveLength(1);
    expect(received).toEqual([]);
    await vi.advanceTimersByTimeAsync(200);
    expect(ms.batches).toHaveLength(2);
    expect(google.batches).toHaveLength(0);
    expect(received).toEqual([expect.objectContaining({ ok: true, provider: 'microsoft' })]);
  });

  test('no retry for a bad key: the next provider at once, and the key problem is reported', async () => {
    const { service, ms, google, received, deliver } = setup();
    ms.failures.push(new TranslationError('bad-key', 'bad key'));
    service.request('tab', deliver, units('一'), 'en');
    await vi.advanceTimersByTimeAsync(30);
    expect(ms.batches).toHaveLength(1);
    expect(google.batches).toHaveLength(1);
    expect(received[0]).toMatchObject({ ok: true, provider: 'google' });
    expect(service.status().providers.microsoft).toMatchObject({ state: 'needs-setup', lastError: { code: 'bad-key' } });
  });

  test('when every provider fails, each unit gets a retryable error: asked = translated + failed', async () => {
    const { service, ms, google, received, deliver } = setup();
    for (let i = 0; i < 3; i++) {
      ms.failures.push(new TranslationError('unavailable', 'gone'));
      google.failures.push(new TranslationError('server', 'down'));
    }
    service.request('tab', deliver, units('一', '二'), 'en');
    await vi.advanceTimersByTimeAsync(5000);
    expect(received).toHaveLength(2);
    expect(received.every((r) => !r.ok && r.retryable)).toBe(true);
  });

  test('one request’s units leave as soon as the cache lookup is done, without waiting for the window', async () => {
    const { service, ms, deliver } = setup();
    service.request('tab', deliver, units('一', '二'), 'en'); // under the item cap
    await vi.advanceTimersByTimeAsync(0); // past the cache lookup only
    expect(ms.batches.map((b) => b.texts)).toEqual([['一', '二']]);
  });

  test('units cancelled while their batch waits its turn are never sent; others still are', async () => {
    const { service, ms, received, deliver } = setup({ limits: { ...LIMITS, concurrency: 1 } });
    let release!: () => void;
    ms.control.hold = new Promise<void>((r) => (release = r));
    service.request('other', deliver, units('甲'), 'en'); // takes the one slot and holds it
    await vi.advanceTimersByTimeAsync(0);
    service.request(
      'tab',
      deliver,
      [
        { id: 'v0', text: '一' },
        { id: 'v1', text: '二' },
      ],
      'en',
    ); // waits at the limiter
    await vi.advanceTimersByTimeAsync(0);
    expect(ms.batches).toHaveLength(1);
    service.cancel('tab', ['v1']);
    ms.control.hold = null;
    release();
    await vi.advanceTimersByTimeAsync(20);
    expect(ms.batches.map((b) => b.texts)).toEqual([['甲'], ['一']]);
    expect(received.map((r) => r.id).sort()).toEqual(['u0', 'v0']);
    // Asked again after the cancel: a fresh request, answered.
    service.request('tab', deliver, [{ id: 'v2', text: '二' }], 'en');
    await vi.advanceTimersByTimeAsync(20);
    expect(received.map((r) => r.id)).toContain('v2');
  });

  test('units that come while a batch waits its turn join it, within the caps', async () => {
    const { service, ms, received, deliver } = setup({ limits: { ...LIMITS, concurrency: 1 } });
    let release!: () => void;
    ms.control.hold = new Promise<void>((r) => (release = r));
    service.request('other', deliver, units('甲'), 'en'); // in flight, holding the one slot
    await vi.advanceTimersByTimeAsync(0);
    // Three pages' frames while it is held: each would be a batch of its own.
    service.request('a', deliver, [{ id: 'a0', text: '一' }], 'en');
    await vi.advanceTimersByTimeAsync(0);
    service.request(
      'b',
      deliver,
      [
        { id: 'b0', text: '二' },
        { id: 'b1', text: '三' },
      ],
      'en',
    );
    await vi.advanceTimersByTimeAsync(0);
    service.request('c', deliver, [{ id: 'c0', text: '四' }], 'en'); // the item cap (3) is reached: a batch of its own
    await vi.advanceTimersByTimeAsync(0);
    ms.control.hold = null;
    release();
    await vi.advanceTimersByTimeAsync(20);
    expect(ms.batches.map((b) => b.texts)).toEqual([['甲'], ['一', '二', '三'], ['四']]);
    expect(received.map((r) => r.id).sort()).toEqual(['a0', 'b0', 'b1', 'c0', 'u0']);
  });

  test('a page that goes away leaves nothing queued', async () => {
    const { service, ms, received, deliver } = setup({ limits: { ...LIMITS, concurrency: 1 } });
    let release!: () => void;
    ms.control.hold = new Promise<void>((r) => (release = r));
    service.request('other', deliver, units('甲'), 'en');
    await vi.advanceTimersByTimeAsync(0);
    service.request(
      'tab',
      deliver,
      [
        { id: 'v0', text: '一' },
        { id: 'v1', text: '二' },
      ],
      'en',
    );
    await vi.advanceTimersByTimeAsync(0);
    service.release('tab');
    ms.control.hold = null;
    release();
    await vi.advanceTimersByTimeAsync(20);
    expect(ms.batches.map((b) => b.texts)).toEqual([['甲']]);
    expect(received.map((r) => r.id)).toEqual(['u0']);
    expect(service.status().waiting).toBe(0);
  });

  test('answers ready together go out in one delivery per page', async () => {
    const { service, deliveries, deliver } = setup();
    service.request('tab', deliver, units('一', '二', '三'), 'en');
    await vi.advanceTimersByTimeAsync(20);
    expect(deliveries).toHaveLength(1);
    expect(deliveries[0]).toHaveLength(3);
  });

  test('without the cache (store unavailable) translation still works and the status says so', async () => {
    const broken: TranslationStore = {
      getMany: () => Promise.reject(new DOMException('quota', 'QuotaExceededError')),
      putMany: () => Promise.reject(new DOMException('quota', 'QuotaExceededError')),
      prune: () => Promise.resolve(0),
      count: () => Promise.resolve(0),
      clear: () => Promise.resolve(),
    };
    const { service, received, deliver } = setup({ store: broken });
    service.request('tab', deliver, units('一'), 'en');
    await vi.advanceTimersByTimeAsync(20);
    expect(received[0]).toMatchObject({ ok: true });
    expect(service.status().cache).toBe('unavailable');
  });

  test('a full cache (QuotaExceededError on write): still translates, still answers from what is cached, says "full"', async () => {
    const store = new MemoryStore();
    let full = false;
    const putMany = store.putMany.bind(store);
    store.putMany = (entries) => (full ? Promise.reject(new DOMException('no room', 'QuotaExceededError')) : putMany(entries));
    const { service, ms, received, deliver } = setup({ store });
    service.request('tab', deliver, units('旧'), 'en');
    await vi.advanceTimersByTimeAsync(20);
    full = true;
    service.request('tab', deliver, [{ id: 'n', text: '新' }], 'en');
    await vi.advanceTimersByTimeAsync(20);
    expect(received.at(-1)).toMatchObject({ id: 'n', ok: true, text: 'microsoft:新' });
    expect(service.status().cache).toBe('full');
    expect(store.entries.size).toBe(1); // the new one was not kept
    expect(ms.batches).toHaveLength(2);
    // After a restart (empty memory), what was cached before still answers: only writes fail.
    const restarted = setup({ store });
    restarted.service.request('tab', restarted.deliver, [{ id: 'o', text: '旧' }], 'en');
    await vi.advanceTimersByTimeAsync(20);
    expect(restarted.received).toEqual([expect.objectContaining({ id: 'o', ok: true, cached: true })]);
    expect(restarted.ms.batches).toHaveLength(0);
  });

  test('a full cache is tried again after CACHE_RETRY_MS, and at once after it is cleared', async () => {
    const store = new MemoryStore();
    let full = true;
    const putMany = store.putMany.bind(store);
    let writes = 0;
    store.putMany = (entries) => {
      writes += 1;
      return full ? Promise.reject(new DOMException('no room', 'QuotaExceededError')) : putMany(entries);
    };
    const { service, deliver } = setup({ store });
    service.request('tab', deliver, units('一'), 'en');
    await vi.advanceTimersByTimeAsync(20);
    expect(service.status().cache).toBe('full');
    service.request('tab', deliver, units('二'), 'en');
    await vi.advanceTimersByTimeAsync(20);
    expect(writes).toBe(1); // not hammered while full
    full = false;
    await vi.advanceTimersByTimeAsync(CACHE_RETRY_MS);
    service.request('tab', deliver, units('三'), 'en');
    await vi.advanceTimersByTimeAsync(20);
    expect(writes).toBe(2);
    expect(service.status().cache).toBe('ok');
    expect([...store.entries.values()].map((e) => e.text)).toEqual(['microsoft:三']);

    full = true;
    service.request('tab', deliver, units('四'), 'en');
    await vi.advanceTimersByTimeAsync(20);
    expect(service.status().cache).toBe('full');
    full = false;
    await service.clearCache(); // the reader makes room: no need to wait
    expect(service.status().cache).toBe('ok');
    service.request('tab', deliver, units('五'), 'en');
    await vi.advanceTimersByTimeAsync(20);
    expect([...store.entries.values()].map((e) => e.text)).toEqual(['microsoft:五']);
  });

  test('a cache that cannot be opened is unavailable, and recovers when it opens again', async () => {
    const store = new MemoryStore();
    let broken = true;
    const getMany = store.getMany.bind(store);
    store.getMany = (keys) => (broken ? Promise.reject(new DOMException('off', 'InvalidStateError')) : getMany(keys));
    const { service, received, deliver } = setup({ store });
    service.request('tab', deliver, units('一'), 'en');
    await vi.advanceTimersByTimeAsync(20);
    expect(received[0]).toMatchObject({ ok: true });
    expect(service.status().cache).toBe('unavailable');
    expect(store.entries.size).toBe(0); // no write to a cache that failed to open
    broken = false;
    await vi.advanceTimersByTimeAsync(CACHE_RETRY_MS);
    service.request('tab', deliver, units('二'), 'en');
    await vi.advanceTimersByTimeAsync(20);
    expect(service.status().cache).toBe('ok');
    expect(store.entries.size).toBe(1);
  });

  test('no IndexedDB at all: unavailable from the start, and stats say so', async () => {
    const service = new TranslationService({ providers: new Map(), chain: () => [], clock: realClock });
    expect(service.status().cache).toBe('unavailable');
    expect(await service.cacheStats()).toEqual({ entries: null, state: 'unavailable' });
  });

  test('the benchmark baseline switches: one text per request, no cache', async () => {
    const { service, ms, deliver } = setup({ disableBatching: true, disableCache: true });
    service.request('tab', deliver, units('一', '二'), 'en');
    await vi.advanceTimersByTimeAsync(20);
    service.request('tab', deliver, units('一'), 'en');
    await vi.advanceTimersByTimeAsync(20);
    expect(ms.batches.map((b) => b.texts)).toEqual([['一'], ['二'], ['一']]);
  });
});

describe('a reader’s retry', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  test('tries providers that are resting after errors, but not one that needs setup', async () => {
    const { service, ms, google, received, deliver } = setup();
    for (let i = 0; i < 3; i++) {
      ms.failures.push(new TranslationError('unavailable', 'gone'));
      google.failures.push(new TranslationError('rate-limited', 'slow down', { retryAfterMs: 60_000 }));
    }
    service.request('tab', deliver, units('一'), 'en');
    await vi.advanceTimersByTimeAsync(100);
    expect(received.at(-1)).toMatchObject({ ok: false });
    ms.failures.length = 0;
    // Without a retry, resting providers are skipped...
    service.request('tab', deliver, [{ id: 'again', text: '一' }], 'en');
    await vi.advanceTimersByTimeAsync(100);
    expect(received.at(-1)).toMatchObject({ id: 'again', ok: false });
    // ...with one, they are tried.
    service.request('tab', deliver, [{ id: 'retry', text: '一' }], 'en', { retry: true });
    await vi.advanceTimersByTimeAsync(100);
    expect(received.at(-1)).toMatchObject({ id: 'retry', ok: true, provider: 'microsoft' });
  });
});
