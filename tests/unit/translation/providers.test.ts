import { describe, expect, test } from 'vitest';
import * as z from 'zod';
import { deeplExhaustedKeys } from '../../harness/standins';
import { TranslationError } from '@/utils/translation/errors';
import { deeplProvider } from '@/utils/translation/providers/deepl';
import { googleProvider } from '@/utils/translation/providers/google';
import { libreProvider } from '@/utils/translation/providers/libre';
import { microsoftProvider } from '@/utils/translation/providers/microsoft';
import { openAiProvider, parseSegments, systemPrompt } from '@/utils/translation/providers/openai';
import type { TranslateBatch } from '@/utils/translation/types';
import { standinFetch } from './standin-fetch';

const batch = (texts: string[], to: TranslateBatch['to'] = 'en'): TranslateBatch => ({ texts, from: 'auto', to, signal: new AbortController().signal });
const html =
  (status: number, headers: Record<string, string> = {}) =>
  () => ({ status, headers: { 'content-type': 'text/html', ...headers }, body: `<html><body>Error ${status}</body></html>` });

async function rejection(promise: Promise<unknown>): Promise<TranslationError> {
  try {
    await promise;
  } catch (error) {
    return error as TranslationError;
  }
  throw new Error('expected a rejection');
}

describe('Microsoft (Edge translatetext)', () => {
  test('sends a bare JSON array, escapes markup, maps Chinese codes, reads one result per text', async () => {
    const { fetch, sent } = standinFetch();
    const out = await microsoftProvider(fetch).translate(batch(['家人们谁懂啊', '<b>bold</b> & co'], 'zh-CN'));
    expect(sent).toHaveLength(1);
    const url = new URL(sent[0]!.url);
    expect(url.origin + url.pathname).toBe('https://edge.microsoft.com/translate/translatetext');
    expect(url.searchParams.get('to')).toBe('zh-Hans');
    expect(url.searchParams.get('from')).toBe('');
    expect(JSON.parse(sent[0]!.body)).toEqual(['家人们谁懂啊', '&lt;b&gt;bold&lt;/b&gt; &amp; co']);
    expect(out[0]).toEqual({ text: 'Fam, who gets it', detected: 'zh-Hans' });
    // The markup came back as text, never as tags to render.
    expect(out[1]!.text).toBe('[zh-Hans] <b>bold</b> & co');
  });

  test.each([
    [404, 'unavailable', false],
    [429, 'rate-limited', true],
    [500, 'server', true],
    [403, 'bad-key', false],
  ])('HTTP %i becomes %s (retryable: %s)', async (status, code, retryable) => {
    const { fetch } = standinFetch({ override: html(status, { 'retry-after': '7' }) });
    const error = await rejection(microsoftProvider(fetch).translate(batch(['你好'])));
    expect(error.code).toBe(code);
    expect(error.retryable).toBe(retryable);
    if (status === 429) expect(error.retryAfterMs).toBe(7000);
  });

  test('an HTML page with status 200, a wrong count or a wrong shape is a bad reply', async () => {
    for (const body of ['<html>captcha</html>', JSON.stringify([]), JSON.stringify({ translations: [] }), '']) {
      const { fetch } = standinFetch({ override: () => ({ status: 200, body }) });
      const error = await rejection(microsoftProvider(fetch).translate(batch(['你好'])));
      expect(error.code).toBe('bad-reply');
    }
  });

  test('a reply of several megabytes is refused, not parsed', async () => {
    const { fetch } = standinFetch({ override: () => ({ status: 200, body: JSON.stringify(['x'.repeat(5 * 1024 * 1024)]) }) });
    const error = await rejection(microsoftProvider(fetch).translate(batch(['你好'])));
    expect(error.code).toBe('bad-reply');
  });
});

describe('Google', () => {
  test('translateHtml: one batched POST in the protobuf-JSON shape with the widget key', async () => {
    const { fetch, sent } = standinFetch();
    const out = await googleProvider(fetch).translate(batch(['你好', '种草了'], 'en'));
    expect(sent).toHaveLength(1);
    expect(sent[0]!.host).toBe('translate-pa.googleapis.com');
    expect(sent[0]!.headers['content-type']).toBe('application/json+protobuf');
    expect(sent[0]!.headers['x-goog-api-key']).toMatch(/^AIza/);
    expect(JSON.parse(sent[0]!.body)).toEqual([[['你好', '种草了'], 'auto', 'en'], 'wt_lib']);
    expect(out).toEqual([
      { text: 'hello', detected: 'zh-CN' },
      { text: '[en] 种草了', detected: 'zh-CN' },
    ]);
  });

  test('falls back to the single-text endpoint when translateHtml is gone, one GET per text', async () => {
    const { fetch, sent } = standinFetch({ override: (r) => (r.host === 'translate-pa.googleapis.com' ? html(404)() : null) });
    const out = await googleProvider(fetch).translate(batch(['你好', '谢谢']));
    expect(sent.map((r) => r.host)).toEqual(['translate-pa.googleapis.com', 'translate.googleapis.com', 'translate.googleapis.com']);
    expect(sent[1]!.query.get('q')).toBe('你好');
    expect(out.map((o) => o.text)).toEqual(['hello', 'thank you']);
  });

  test('a 429 is not hammered through the other endpoint', async () => {
    const { fetch, sent } = standinFetch({ override: html(429) });
    const error = await rejection(googleProvider(fetch).translate(batch(['你好'])));
    expect(error.code).toBe('rate-limited');
    expect(sent).toHaveLength(1);
  });
});

describe('DeepL', () => {
  test('free keys go to api-free with the DeepL-Auth-Key header; codes mapped', async () => {
    const { fetch, sent } = standinFetch();
    const out = await deeplProvider(fetch, async () => 'test-key:fx').translate(batch(['你好'], 'en'));
    expect(sent[0]!.host).toBe('api-free.deepl.com');
    expect(sent[0]!.headers.authorization).toBe('DeepL-Auth-Key test-key:fx');
    expect(JSON.parse(sent[0]!.body)).toEqual({ text: ['你好'], target_lang: 'EN-US' });
    expect(out).toEqual([{ text: 'hello', detected: 'zh' }]);
  });

  test('pro keys go to api.deepl.com', async () => {
    const { fetch, sent } = standinFetch();
    await deeplProvider(fetch, async () => 'test-pro-key').translate(batch(['hello'], 'zh-CN'));
    expect(sent[0]!.host).toBe('api.deepl.com');
    expect(JSON.parse(sent[0]!.body)).toMatchObject({ target_lang: 'ZH-HANS' });
  });

  test('a bad key, a used-up quota and a missing key each say what to fix', async () => {
    const { fetch } = standinFetch();
    expect((await rejection(deeplProvider(fetch, async () => 'wrong:fx').translate(batch(['你好'])))).code).toBe('bad-key');
    deeplExhaustedKeys.add('test-key:fx');
    try {
      const quota = await rejection(deeplProvider(fetch, async () => 'test-key:fx').translate(batch(['你好'])));
      expect(quota.code).toBe('quota');
      expect(quota.retryable).toBe(false);
    } finally {
      deeplExhaustedKeys.delete('test-key:fx');
    }
    const missing = await rejection(deeplProvider(fetch, async () => undefined).translate(batch(['你好'])));
    expect(missing.code).toBe('not-configured');
    expect(missing.message).toMatch(/options/);
  });
});

describe('LibreTranslate', () => {
  test('posts q as a list to <base>/translate with the optional key', async () => {
    const { fetch, sent } = standinFetch();
    const out = await libreProvider(fetch, async () => ({ url: 'https://libre.example.net/', key: 'k1' })).translate(batch(['你好', '谢谢'], 'en'));
    expect(sent[0]!.url).toBe('https://libre.example.net/translate');
    expect(JSON.parse(sent[0]!.body)).toEqual({ q: ['你好', '谢谢'], source: 'auto', target: 'en', format: 'text', api_key: 'k1' });
    expect(out).toEqual([
      { text: 'hello', detected: 'zh' },
      { text: 'thank you', detected: 'zh' },
    ]);
  });

  test('no server address is a setup error, not a request', async () => {
    const { fetch, sent } = standinFetch();
    const error = await rejection(libreProvider(fetch, async () => ({ url: '' })).translate(batch(['你好'])));
    expect(error.code).toBe('not-configured');
    expect(sent).toHaveLength(0);
  });
});

describe('OpenAI-compatible', () => {
  const config = async () => ({ baseUrl: 'https://api.openai.com/v1', model: 'gpt-4o-mini', key: 'sk-test-key' });

  test('several segments in one request with ids, RedNote context and the glossary in the prompt', async () => {
    const { fetch, sent } = standinFetch();
    const glossary = () => [{ term: '家人们', meaning: 'fam — how posters address their followers' }];
    const out = await openAiProvider(fetch, config, glossary).translate(batch(['家人们谁懂啊', '谢谢'], 'en'));
    const body = z.object({ model: z.string(), messages: z.array(z.object({ content: z.string() })) }).parse(JSON.parse(sent[0]!.body));
    expect(sent[0]!.url).toBe('https://api.openai.com/v1/chat/completions');
    expect(sent[0]!.headers.authorization).toBe('Bearer sk-test-key');
    expect(body.model).toBe('gpt-4o-mini');
    expect(body.messages[0]!.content).toContain('RedNote');
    expect(body.messages[0]!.content).toContain('家人们: fam');
    expect(JSON.parse(body.messages[1]!.content)).toEqual({
      target: 'en',
      segments: [
        { id: 1, text: '家人们谁懂啊' },
        { id: 2, text: '谢谢' },
      ],
    });
    expect(out.map((o) => o.text)).toEqual(['Fam, who gets it', 'thank you']);
  });

  test('every id must come back', () => {
    expect(parseSegments('Sure! {"translations":[{"id":1,"text":"a"},{"id":2,"text":"b"}]}', 2)).toEqual(['a', 'b']);
    expect(() => parseSegments('{"translations":[{"id":1,"text":"a"}]}', 2)).toThrow(/left out segment 2/);
    expect(() => parseSegments('no json here', 1)).toThrow(TranslationError);
  });

  test('a wrong key is a bad-key error; a local server needs none', async () => {
    const { fetch } = standinFetch();
    const wrong = await rejection(openAiProvider(fetch, async () => ({ baseUrl: 'https://api.openai.com/v1', model: 'm', key: 'sk-nope' })).translate(batch(['你好'])));
    expect(wrong.code).toBe('bad-key');
    const local = await openAiProvider(fetch, async () => ({ baseUrl: 'https://llm.example.net/v1', model: 'qwen2.5' })).translate(batch(['你好']));
    expect(local[0]!.text).toBe('hello');
  });

  test('the prompt names the target language', () => {
    expect(systemPrompt('es', [])).toContain('Spanish');
  });
});

describe('Retry-After as an HTTP date', () => {
  const NOW = Date.UTC(2026, 11, 4, 17, 30, 0);

  test('parseRetryAfter reads seconds and HTTP dates; a date in the past means now; nonsense means nothing', async () => {
    const { parseRetryAfter } = await import('@/utils/translation/http');
    expect(parseRetryAfter('120', NOW)).toBe(120_000);
    expect(parseRetryAfter(new Date(NOW + 45_000).toUTCString(), NOW)).toBe(45_000);
    expect(parseRetryAfter('Fri, 04 Dec 2026 17:31:30 GMT', NOW)).toBe(90_000);
    expect(parseRetryAfter('Fri, 04 Dec 2026 17:29:00 GMT', NOW)).toBe(0);
    expect(parseRetryAfter('soon', NOW)).toBeUndefined();
    expect(parseRetryAfter(null, NOW)).toBeUndefined();
  });

  test('a 429 whose Retry-After is a date reaches the service as a wait in ms', async () => {
    const { vi } = await import('vitest');
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(NOW);
    try {
      const { fetch } = standinFetch({ override: html(429, { 'retry-after': new Date(NOW + 30_000).toUTCString() }) });
      const error = await rejection(microsoftProvider(fetch).translate(batch(['你好'])));
      expect(error.code).toBe('rate-limited');
      expect(error.retryAfterMs).toBe(30_000);
      const late = standinFetch({ override: html(503, { 'retry-after': 'Fri, 04 Dec 2026 17:32:00 GMT' }) });
      expect((await rejection(microsoftProvider(late.fetch).translate(batch(['你好'])))).retryAfterMs).toBe(120_000);
    } finally {
      vi.useRealTimers();
    }
  });
});

describe('a provider that does not answer in time', () => {
  test('the request is abandoned with a timeout error when its time is up', async () => {
    const { requestJson } = await import('@/utils/translation/http');
    const { z } = await import('zod');
    let aborted = false;
    const hanging = (_url: string, init?: RequestInit) =>
      new Promise<Response>((_resolve, reject) => {
        init?.signal?.addEventListener('abort', () => {
          aborted = true;
          reject(init.signal!.reason);
        });
      });
    const started = Date.now();
    const error = await rejection(requestJson('https://x.example/t', {}, z.object({}), { fetch: hanging, signal: new AbortController().signal, timeoutMs: 50, name: 'X' }));
    expect(error.code).toBe('timeout');
    expect(error.retryable).toBe(true);
    expect(aborted).toBe(true);
    expect(Date.now() - started).toBeLessThan(5000);
  });
});
