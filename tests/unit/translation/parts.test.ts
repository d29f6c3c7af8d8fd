/**
 * The translation service's small parts, each on its own: which provider rests and for how long,
 * when the persistent cache is tried again, what each HTTP status and thrown value becomes for the
 * user, what an HTML-aware provider's reply turns back into, and the in-memory cache's order.
 * Written against mutation testing's survivors: each test states a behaviour the user meets.
 */
import { describe, expect, test } from 'vitest';
import { backoffDelay } from '@/utils/translation/backoff';
import { CACHE_RETRY_MS, CacheHealth, isQuotaError } from '@/utils/translation/cache-health';
import { cacheKey, hashText } from '@/utils/translation/cache-key';
import { sleep, type Clock } from '@/utils/translation/clock';
import { TranslationError, asTranslationError, withoutSecrets } from '@/utils/translation/errors';
import { ProviderHealth } from '@/utils/translation/health';
import { MAX_REPLY_BYTES, errorForStatus, escapeForHtmlEndpoint, expectCount, parseRetryAfter, requestJson, unescapeFromHtmlEndpoint } from '@/utils/translation/http';
import { Lru } from '@/utils/translation/lru';
import * as z from 'zod/mini';

/** A clock the test moves by hand; timers fire when `advance` passes them. */
function manualClock(start = 1_000_000) {
  let now = start;
  const timers = new Map<number, { at: number; fn: () => void }>();
  let next = 1;
  const clock: Clock = {
    now: () => now,
    setTimeout: (fn, ms) => {
      timers.set(next, { at: now + ms, fn });
      return next++;
    },
    clearTimeout: (handle) => void timers.delete(handle as number),
  };
  const advance = (ms: number) => {
    now += ms;
    for (const [id, timer] of [...timers].sort((a, b) => a[1].at - b[1].at)) {
      if (timer.at <= now) {
        timers.delete(id);
        timer.fn();
      }
    }
  };
  return { clock, advance, timers, set: (t: number) => (now = t) };
}

const err = (code: ConstructorParameters<typeof TranslationError>[0], options?: ConstructorParameters<typeof TranslationError>[2]) => new TranslationError(code, `${code} happened`, options);

describe('provider health: who rests, and for how long', () => {
  test('a server error rests the provider only at the second in a row; a success in between starts the count again', () => {
    const { clock } = manualClock();
    const health = new ProviderHealth(clock);
    health.recordFailure('microsoft', err('server'));
    expect(health.isUsable('microsoft')).toBe(true);
    expect(health.status('microsoft')).toEqual({ state: 'ok', lastError: { code: 'server', message: 'server happened' } });
    health.recordSuccess('microsoft');
    expect(health.status('microsoft')).toEqual({ state: 'ok' });
    health.recordFailure('microsoft', err('server'));
    expect(health.isUsable('microsoft')).toBe(true);
    health.recordFailure('microsoft', err('timeout'));
    expect(health.isUsable('microsoft')).toBe(false);
    expect(health.status('microsoft')).toEqual({ state: 'resting', until: clock.now() + 20_000, lastError: { code: 'timeout', message: 'timeout happened' } });
  });

  test('a rest lasts 20 s, then 40 s, 80 s … up to 10 minutes, and ends exactly at its time', () => {
    const { clock, advance } = manualClock();
    const health = new ProviderHealth(clock);
    const rests: number[] = [];
    for (let i = 0; i < 7; i++) {
      health.recordFailure('google', err('rate-limited'));
      const until = health.status('google').until!;
      rests.push(until - clock.now());
      advance(until - clock.now() - 1);
      expect(health.isUsable('google')).toBe(false);
      expect(health.status('google').state).toBe('resting');
      advance(1);
      expect(health.isUsable('google')).toBe(true);
      expect(health.status('google').state).toBe('ok');
    }
    expect(rests).toEqual([20_000, 40_000, 80_000, 160_000, 320_000, 600_000, 600_000]);
    // A success forgets the rests: the next one is short again.
    health.recordSuccess('google');
    health.recordFailure('google', err('unavailable'));
    expect(health.status('google').until! - clock.now()).toBe(20_000);
  });

  test('a Retry-After longer than the rest is honoured; a shorter one does not shorten it', () => {
    const { clock } = manualClock();
    const health = new ProviderHealth(clock);
    health.recordFailure('microsoft', err('rate-limited', { retryAfterMs: 90_000 }));
    expect(health.status('microsoft').until! - clock.now()).toBe(90_000);
    health.recordFailure('google', err('rate-limited', { retryAfterMs: 5_000 }));
    expect(health.status('google').until! - clock.now()).toBe(20_000);
  });

  test('after a rest, errors are counted afresh: one more server error does not rest it again', () => {
    const { clock, advance } = manualClock();
    const health = new ProviderHealth(clock);
    health.recordFailure('microsoft', err('server'));
    health.recordFailure('microsoft', err('server'));
    advance(20_000);
    health.recordFailure('microsoft', err('server'));
    expect(health.isUsable('microsoft')).toBe(true);
  });

  test('a bad key, a used-up quota or a missing setting needs setup, and no time heals it', () => {
    const { clock, advance } = manualClock();
    const health = new ProviderHealth(clock);
    for (const [id, code] of [
      ['deepl', 'bad-key'],
      ['openai', 'quota'],
      ['libre', 'not-configured'],
    ] as const) {
      health.recordFailure(id, err(code));
      expect(health.isUsable(id)).toBe(false);
      expect(health.status(id)).toEqual({ state: 'needs-setup', lastError: { code, message: `${code} happened` } });
    }
    advance(24 * 3600_000);
    expect(health.isUsable('deepl')).toBe(false);
    // A working request (a passing Test) clears it.
    health.recordSuccess('deepl');
    expect(health.status('deepl')).toEqual({ state: 'ok' });
  });

  test('a cancelled request, an unsupported language or a refused request says nothing about the provider', () => {
    const { clock } = manualClock();
    const health = new ProviderHealth(clock);
    for (const code of ['cancelled', 'unsupported-language', 'bad-request'] as const) {
      health.recordFailure('microsoft', err(code));
      health.recordFailure('microsoft', err(code));
    }
    expect(health.status('microsoft')).toEqual({ state: 'ok' });
    expect(health.isUsable('microsoft')).toBe(true);
  });

  test('a reset keeps the last error of a rest (it was not a setup problem)', () => {
    const { clock } = manualClock();
    const health = new ProviderHealth(clock);
    health.recordFailure('microsoft', err('rate-limited'));
    health.resetSetup();
    expect(health.status('microsoft').lastError).toEqual({ code: 'rate-limited', message: 'rate-limited happened' });
  });
});

describe('cache health: when the persistent cache is tried again', () => {
  test('a full cache still reads, writes nothing until 30 s have passed, and is ok again after a write works', () => {
    const { clock, advance } = manualClock();
    const health = new CacheHealth(clock);
    expect(health.state).toBe('ok');
    health.writeFailed(new DOMException('no room', 'QuotaExceededError'));
    expect(health.state).toBe('full');
    expect(health.canRead()).toBe(true);
    expect(health.canWrite()).toBe(false);
    advance(CACHE_RETRY_MS - 1);
    expect(health.canWrite()).toBe(false);
    advance(1);
    expect(health.canWrite()).toBe(true);
    // A read that works does not say there is room again.
    health.readSucceeded();
    expect(health.state).toBe('full');
    health.writeSucceeded();
    expect(health.state).toBe('ok');
  });

  test('a cache that cannot be read is unavailable: neither read nor written until 30 s have passed, then ok after a read', () => {
    const { clock, advance } = manualClock();
    const health = new CacheHealth(clock);
    health.readFailed();
    expect(health.state).toBe('unavailable');
    expect(health.canRead()).toBe(false);
    expect(health.canWrite()).toBe(false);
    advance(CACHE_RETRY_MS - 1);
    expect(health.canRead()).toBe(false);
    advance(1);
    expect(health.canRead()).toBe(true);
    health.readSucceeded();
    expect(health.state).toBe('ok');
  });

  test('any other write failure makes it unavailable; clearing it tries it again at once', () => {
    const { clock } = manualClock();
    const health = new CacheHealth(clock);
    health.writeFailed(new Error('broken'));
    expect(health.state).toBe('unavailable');
    health.cleared();
    expect(health.state).toBe('ok');
    expect(health.canRead()).toBe(true);
    expect(health.canWrite()).toBe(true);
  });

  test('no IndexedDB at all: unavailable for good, whatever the time or a clear', () => {
    const { clock, advance } = manualClock();
    const health = new CacheHealth(clock, false);
    expect(health.state).toBe('unavailable');
    advance(10 * CACHE_RETRY_MS);
    expect(health.canRead()).toBe(false);
    expect(health.canWrite()).toBe(false);
    health.cleared();
    expect(health.state).toBe('unavailable');
  });

  test('only a QuotaExceededError means full', () => {
    expect(isQuotaError(new DOMException('x', 'QuotaExceededError'))).toBe(true);
    expect(isQuotaError({ name: 'QuotaExceededError' })).toBe(true);
    expect(isQuotaError(new DOMException('x', 'InvalidStateError'))).toBe(false);
    expect(isQuotaError(null)).toBe(false);
    expect(isQuotaError('QuotaExceededError')).toBe(false);
  });
});

describe('errors: what each failure tells the user, and whether Retry can help', () => {
  test.each([
    [401, 'bad-key', false, 'X refused the key (HTTP 401). Check it in Red Thread\u2019s options.'.replace('\u2019', "'")],
    [403, 'bad-key', false, "X refused the key (HTTP 403). Check it in Red Thread's options."],
    [456, 'quota', false, "X: the key's quota is used up. Wait for it to renew or choose another provider in options."],
    [429, 'rate-limited', true, 'X is limiting requests (HTTP 429).'],
    [404, 'unavailable', false, 'X is not available at this address (HTTP 404).'],
    [410, 'unavailable', false, 'X is not available at this address (HTTP 410).'],
    [413, 'bad-request', false, 'X refused a request as too large (HTTP 413).'],
    [414, 'bad-request', false, 'X refused a request as too large (HTTP 414).'],
    [500, 'server', true, 'X had a server error (HTTP 500).'],
    [503, 'server', true, 'X had a server error (HTTP 503).'],
    [499, 'bad-request', false, 'X refused the request (HTTP 499).'],
    [400, 'bad-request', false, 'X refused the request (HTTP 400).'],
  ])('HTTP %i: %s, retryable %s', (status, code, retryable, message) => {
    const error = errorForStatus(status, 'X', 3000);
    expect({ code: error.code, retryable: error.retryable, message: error.message, status: error.status }).toEqual({ code, retryable, message, status });
    // Only throttling and server errors carry the wait the provider asked for.
    expect(error.retryAfterMs).toBe(code === 'rate-limited' || code === 'server' ? 3000 : undefined);
  });

  test('without a Retry-After, a 429 or 500 carries no wait', () => {
    expect(errorForStatus(429, 'X').retryAfterMs).toBeUndefined();
    expect(errorForStatus(500, 'X').retryAfterMs).toBeUndefined();
  });

  test('Retry-After: seconds, zero, a date, a past date, nothing', () => {
    expect(parseRetryAfter('0', 0)).toBe(0);
    expect(parseRetryAfter('120', 0)).toBe(120_000);
    expect(parseRetryAfter('1.5', 0)).toBe(1500);
    expect(parseRetryAfter(null, 0)).toBeUndefined();
    expect(parseRetryAfter('', 0)).toBeUndefined();
    expect(parseRetryAfter('soon', 0)).toBeUndefined();
    const now = Date.parse('Fri, 04 Dec 2026 17:30:00 GMT');
    expect(parseRetryAfter('Fri, 04 Dec 2026 17:30:10 GMT', now)).toBe(10_000);
  });

  test('thrown values become errors the page can show', () => {
    expect(asTranslationError(new DOMException('x', 'AbortError'))).toMatchObject({ code: 'cancelled', message: 'Cancelled.', retryable: false });
    expect(asTranslationError(new DOMException('x', 'TimeoutError'))).toMatchObject({ code: 'timeout', message: 'The provider took too long to answer.', retryable: true });
    expect(asTranslationError(new DOMException('x', 'NotFoundError'))).toMatchObject({ code: 'bad-reply', message: 'x' });
    expect(asTranslationError(new TypeError('Failed to fetch'))).toMatchObject({ code: 'network', message: 'Could not reach the translation service. Check your connection.', retryable: true });
    expect(asTranslationError(new Error('GET https://x.example/?token=abcdef failed'))).toMatchObject({ code: 'bad-reply', message: 'GET https://x.example/?token=[hidden] failed' });
    expect(asTranslationError('a string')).toMatchObject({ code: 'bad-reply', message: 'Unexpected error.' });
    const own = err('quota');
    expect(asTranslationError(own)).toBe(own);
    expect(own.name).toBe('TranslationError');
  });

  test('which codes Retry can help', () => {
    const retryable = ['network', 'timeout', 'rate-limited', 'server', 'bad-reply'] as const;
    const not = ['unavailable', 'bad-key', 'quota', 'not-configured', 'unsupported-language', 'bad-request', 'cancelled', 'no-provider'] as const;
    for (const code of retryable) expect(err(code).retryable, code).toBe(true);
    for (const code of not) expect(err(code).retryable, code).toBe(false);
    expect(err('bad-key', { retryable: true }).retryable).toBe(true);
  });

  test('withoutSecrets hides the key and keeps the code, retryability, wait and status', () => {
    const original = err('rate-limited', { retryAfterMs: 4000, status: 429, retryable: false });
    const message = new TranslationError('rate-limited', 'limited for key s3cr3t-key-value', { retryAfterMs: 4000, status: 429, retryable: false });
    const hidden = withoutSecrets(message, ['s3cr3t-key-value']);
    expect(hidden).toMatchObject({ code: 'rate-limited', message: 'limited for key [hidden]', retryable: false, retryAfterMs: 4000, status: 429 });
    // Nothing to hide: the very same error.
    expect(withoutSecrets(original, ['s3cr3t-key-value'])).toBe(original);
    const bare = withoutSecrets(new TranslationError('server', 'boom s3cr3t-key-value'), ['s3cr3t-key-value']);
    expect(bare.retryAfterMs).toBeUndefined();
    expect(bare.status).toBeUndefined();
    expect('retryAfterMs' in bare && bare.retryAfterMs !== undefined).toBe(false);
  });
});

describe('HTTP replies', () => {
  const options = (fetch: (url: string, init?: RequestInit) => Promise<Response>) => ({ fetch, signal: new AbortController().signal, timeoutMs: 5000, name: 'X' });
  const schema = z.object({ ok: z.boolean() });

  test('the request leaves without cookies, cache or referrer, and the parsed reply comes back', async () => {
    let seen: RequestInit = {};
    const reply = await requestJson(
      'https://x.example/t',
      { method: 'POST' },
      schema,
      options(async (_url, init) => ((seen = init ?? {}), new Response('{"ok":true}'))),
    );
    expect(reply).toEqual({ ok: true });
    expect(seen).toMatchObject({ method: 'POST', credentials: 'omit', cache: 'no-store', referrerPolicy: 'no-referrer' });
  });

  test('a declared size over the cap is refused before reading; exactly the cap is read', async () => {
    const big = new Response('{"ok":true}', { headers: { 'content-length': String(MAX_REPLY_BYTES + 1) } });
    await expect(
      requestJson(
        'https://x.example/t',
        {},
        schema,
        options(async () => big),
      ),
    ).rejects.toMatchObject({ code: 'bad-reply', message: 'X sent a reply too large to be a translation.' });
    const padded = `{"ok":true}${' '.repeat(MAX_REPLY_BYTES - 11)}`;
    await expect(
      requestJson(
        'https://x.example/t',
        {},
        schema,
        options(async () => new Response(padded)),
      ),
    ).resolves.toEqual({ ok: true });
    await expect(
      requestJson(
        'https://x.example/t',
        {},
        schema,
        options(async () => new Response(`${padded} `)),
      ),
    ).rejects.toMatchObject({ code: 'bad-reply' });
  });

  test('a reply in several chunks is put together in order', async () => {
    const parts = ['{"o', 'k":', 'true}'];
    const stream = new ReadableStream<Uint8Array>({
      start(controller) {
        for (const part of parts) controller.enqueue(new TextEncoder().encode(part));
        controller.close();
      },
    });
    await expect(
      requestJson(
        'https://x.example/t',
        {},
        schema,
        options(async () => new Response(stream)),
      ),
    ).resolves.toEqual({ ok: true });
  });

  test('not JSON, or JSON of the wrong shape: a bad reply that says which', async () => {
    await expect(
      requestJson(
        'https://x.example/t',
        {},
        schema,
        options(async () => new Response('<html>')),
      ),
    ).rejects.toMatchObject({ code: 'bad-reply', message: 'X answered with something that is not JSON.' });
    await expect(
      requestJson(
        'https://x.example/t',
        {},
        schema,
        options(async () => new Response('{"ok":1}')),
      ),
    ).rejects.toMatchObject({ code: 'bad-reply', message: 'X answered in an unexpected shape.' });
  });

  test('a caller that cancels gets a cancellation, not a timeout', async () => {
    const controller = new AbortController();
    const hanging = (_url: string, init?: RequestInit) => new Promise<Response>((_resolve, reject) => init!.signal!.addEventListener('abort', () => reject(new DOMException('Aborted', 'AbortError'))));
    const pending = requestJson('https://x.example/t', {}, schema, { fetch: hanging, signal: controller.signal, timeoutMs: 5000, name: 'X' });
    controller.abort();
    await expect(pending).rejects.toMatchObject({ code: 'cancelled' });
  });

  test('expectCount: one translation per text, or a bad reply naming both counts', () => {
    expect(expectCount(['a', 'b'], 2, 'X')).toEqual(['a', 'b']);
    expect(() => expectCount(['a'], 2, 'X')).toThrow('X returned 1 translations for 2 texts.');
  });

  test('markup is escaped for HTML endpoints, and entities in replies become characters again', () => {
    expect(escapeForHtmlEndpoint('<b>Tom & Jerry</b> > 3')).toBe('&lt;b&gt;Tom &amp; Jerry&lt;/b&gt; &gt; 3');
    expect(unescapeFromHtmlEndpoint('&lt;b&gt; &amp; &quot;hi&quot; &#39;x&apos; a&nbsp;b')).toBe('<b> & "hi" \'x\' a\u00a0b');
    expect(unescapeFromHtmlEndpoint('&#20320;&#x597D; &#X1F431; &AMP;')).toBe('你好 🐱 &');
    // Not characters: left as written.
    expect(unescapeFromHtmlEndpoint('&#0; &#x110000; &bogus; & ;')).toBe('&#0; &#x110000; &bogus; & ;');
    expect(unescapeFromHtmlEndpoint('&#1114111;')).toBe(String.fromCodePoint(0x10ffff));
  });
});

describe('small pieces', () => {
  test('the in-memory cache drops the least recently used entry, and a read counts as use', () => {
    const lru = new Lru<string, number>(2);
    lru.set('a', 1);
    lru.set('b', 2);
    expect(lru.get('a')).toBe(1);
    lru.set('c', 3);
    expect(lru.get('b')).toBeUndefined();
    expect(lru.get('a')).toBe(1);
    expect(lru.get('c')).toBe(3);
    expect(lru.size).toBe(2);
    // Setting a key again refreshes it rather than adding a second.
    lru.set('a', 10);
    lru.set('d', 4);
    expect(lru.get('a')).toBe(10);
    expect(lru.get('c')).toBeUndefined();
    lru.clear();
    expect(lru.size).toBe(0);
  });

  test('backoff: half the ceiling fixed, half random, doubling from 500 ms to 8 s', () => {
    expect([0, 1, 2, 3, 4, 5].map((a) => backoffDelay(a, () => 0))).toEqual([250, 500, 1000, 2000, 4000, 4000]);
    expect([0, 1, 2, 3, 4, 5].map((a) => backoffDelay(a, () => 1))).toEqual([500, 1000, 2000, 4000, 8000, 8000]);
    expect(backoffDelay(1, () => 0.5)).toBe(750);
  });

  test('cache keys: per provider, language pair and text; the hash tells texts of one length apart', () => {
    expect(cacheKey('microsoft', 'auto', 'en', '你好')).toBe(`microsoft|auto|en|2|${hashText('你好')}`);
    expect(hashText('ab')).not.toBe(hashText('ba'));
    expect(hashText('ab', 1)).not.toBe(hashText('ab'));
    // Fixed values: a cache written by one version is read by the next.
    expect(hashText('')).toBe('wvjl67o803');
    expect(hashText('家人们')).toBe('16svcx6b7xf');
    expect(new Set(['a', 'b', 'c', 'aa', 'ab', '你', '好', '你好'].map((t) => hashText(t))).size).toBe(8);
  });

  test('sleep ends at its time; a cancelled sleep ends at once with the reason and leaves no timer', async () => {
    const { clock, advance, timers } = manualClock();
    let done = false;
    const nap = sleep(clock, 100).then(() => (done = true));
    advance(99);
    await Promise.resolve();
    expect(done).toBe(false);
    advance(1);
    await nap;
    expect(done).toBe(true);

    const controller = new AbortController();
    const cut = sleep(clock, 100, controller.signal);
    controller.abort(new Error('stop'));
    await expect(cut).rejects.toThrow('stop');
    expect(timers.size).toBe(0);
    const already = new AbortController();
    already.abort(new Error('before'));
    await expect(sleep(clock, 100, already.signal)).rejects.toThrow('before');
    expect(timers.size).toBe(0);
  });
});
