/**
 * What each provider puts on the wire beyond the texts (its content type, the source language when
 * one is known, the key only where it belongs), what it calls itself in the messages a user reads,
 * and how it reads the reply's variants. A fake fetch records each request and answers as told.
 */
import { describe, expect, test } from 'vitest';
import { redact } from '@/utils/translation/redact';
import { deeplProvider, deeplUrlForKey } from '@/utils/translation/providers/deepl';
import { libreProvider, libreEndpoint } from '@/utils/translation/providers/libre';
import { microsoftProvider } from '@/utils/translation/providers/microsoft';
import type { TranslateBatch } from '@/utils/translation/types';

interface Sent {
  url: string;
  headers: Record<string, string>;
  body: unknown;
}

function fakeFetch(reply: (sent: Sent) => { status?: number; body: unknown }) {
  const sent: Sent[] = [];
  const fetch = async (url: string, init: RequestInit = {}) => {
    const headers: Record<string, string> = {};
    new Headers(init.headers).forEach((value, key) => (headers[key] = value));
    const request = { url, headers, body: JSON.parse(typeof init.body === 'string' ? init.body : '') as unknown };
    sent.push(request);
    const { status = 200, body } = reply(request);
    return new Response(JSON.stringify(body), { status });
  };
  return { fetch, sent };
}

const batch = (texts: string[], from = 'auto', to: TranslateBatch['to'] = 'en'): TranslateBatch => ({ texts, from, to, signal: new AbortController().signal });

describe('Microsoft', () => {
  test('JSON content type; a known source language is named; errors say "Microsoft Translator"', async () => {
    const { fetch, sent } = fakeFetch(() => ({ body: [{ translations: [{ text: 'hi' }] }] }));
    const provider = microsoftProvider(fetch);
    expect(provider.id).toBe('microsoft');
    await provider.translate(batch(['你好'], 'zh-CN'));
    expect(sent[0]!.headers['content-type']).toBe('application/json');
    expect(new URL(sent[0]!.url).searchParams.get('from')).toBe('zh-CN');
    const failing = fakeFetch(() => ({ status: 500, body: {} }));
    await expect(microsoftProvider(failing.fetch).translate(batch(['你好']))).rejects.toThrow('Microsoft Translator had a server error (HTTP 500).');
    const short = fakeFetch(() => ({ body: [] }));
    await expect(microsoftProvider(short.fetch).translate(batch(['你好']))).rejects.toThrow('Microsoft Translator returned 0 translations for 1 texts.');
  });
});

describe('DeepL', () => {
  const reply = () => ({ body: { translations: [{ text: 'hi', detected_source_language: 'ZH' }] } });

  test('the key goes in the DeepL-Auth-Key header, trimmed; JSON content type; a known source is named in capitals', async () => {
    const { fetch, sent } = fakeFetch(reply);
    const provider = deeplProvider(fetch, async () => '  abc:fx ');
    expect(provider.id).toBe('deepl');
    expect(await provider.translate(batch(['你好'], 'zh-CN'))).toEqual([{ text: 'hi', detected: 'zh' }]);
    expect(sent[0]!.headers).toMatchObject({ 'content-type': 'application/json', authorization: 'DeepL-Auth-Key abc:fx' });
    expect(sent[0]!.body).toMatchObject({ source_lang: 'ZH' });
    expect(sent[0]!.url).toBe(deeplUrlForKey('abc:fx'));
    await provider.translate(batch(['你好']));
    expect(sent[1]!.body).not.toHaveProperty('source_lang');
  });

  test('a free key (":fx", even with spaces around it) goes to the free endpoint, others to Pro', () => {
    expect(deeplUrlForKey(' abc:fx ')).toBe(deeplUrlForKey('abc:fx'));
    expect(deeplUrlForKey('abc:fx')).not.toBe(deeplUrlForKey('abc'));
  });

  test('errors say "DeepL"', async () => {
    const failing = fakeFetch(() => ({ status: 456, body: {} }));
    await expect(deeplProvider(failing.fetch, async () => 'abc:fx').translate(batch(['你好']))).rejects.toThrow("DeepL: the key's quota is used up.");
    const short = fakeFetch(() => ({ body: { translations: [] } }));
    await expect(deeplProvider(short.fetch, async () => 'abc:fx').translate(batch(['你好']))).rejects.toThrow('DeepL returned 0 translations for 1 texts.');
  });
});

describe('LibreTranslate', () => {
  test('JSON content type; source "auto" or the known language; the key only when there is one', async () => {
    const { fetch, sent } = fakeFetch((s) => ({ body: { translatedText: (s.body as { q: string[] }).q.map((t) => `en:${t}`) } }));
    const provider = libreProvider(fetch, async () => ({ url: 'https://libre.example/', key: '' }));
    expect(provider.id).toBe('libre');
    await provider.translate(batch(['你好']));
    expect(sent[0]!.headers['content-type']).toBe('application/json');
    expect(sent[0]!.body).toMatchObject({ source: 'auto', format: 'text' });
    expect(sent[0]!.body).not.toHaveProperty('api_key');
    await libreProvider(fetch, async () => ({ url: 'https://libre.example', key: 'k' })).translate(batch(['你好'], 'ja'));
    expect(sent[1]!.body).toMatchObject({ source: 'ja', api_key: 'k' });
  });

  test('one text answered as a bare string; detected languages read per text when given', async () => {
    const single = fakeFetch(() => ({ body: { translatedText: 'hello', detectedLanguage: { confidence: 90, language: 'zh' } } }));
    expect(await libreProvider(single.fetch, async () => ({ url: 'https://l.example' })).translate(batch(['你好']))).toEqual([{ text: 'hello' }]);
    const many = fakeFetch(() => ({ body: { translatedText: ['a', 'b'], detectedLanguage: [{ confidence: 90, language: 'zh' }, { confidence: 1 }] } }));
    expect(await libreProvider(many.fetch, async () => ({ url: 'https://l.example' })).translate(batch(['甲', '乙']))).toEqual([{ text: 'a', detected: 'zh' }, { text: 'b' }]);
  });

  test('no address: a setup error naming what is missing; errors say "LibreTranslate"', async () => {
    const { fetch } = fakeFetch(() => ({ body: {} }));
    await expect(libreProvider(fetch, async () => ({ url: '' })).translate(batch(['x']))).rejects.toMatchObject({
      code: 'not-configured',
      message: expect.stringContaining('LibreTranslate needs your server') as unknown,
    });
    const failing = fakeFetch(() => ({ status: 404, body: {} }));
    await expect(libreProvider(failing.fetch, async () => ({ url: 'https://l.example' })).translate(batch(['x']))).rejects.toThrow('LibreTranslate is not available at this address (HTTP 404).');
    const short = fakeFetch(() => ({ body: { translatedText: [] } }));
    await expect(libreProvider(short.fetch, async () => ({ url: 'https://l.example' })).translate(batch(['x']))).rejects.toThrow('LibreTranslate returned 0 translations for 1 texts.');
  });

  test('the endpoint: every trailing slash of the address dropped', () => {
    expect(libreEndpoint('https://l.example//')).toBe('https://l.example/translate');
    expect(libreEndpoint('https://l.example/api')).toBe('https://l.example/api/translate');
  });
});

describe('redacting the user’s own keys', () => {
  test('a key is hidden even with spaces around it as stored; keys of six characters or more only', () => {
    expect(redact('failed for abcdef', [' abcdef '])).toBe('failed for [hidden]');
    expect(redact('failed for abcde', ['abcde'])).toBe('failed for abcde');
    expect(redact('nothing to hide', [undefined, ''])).toBe('nothing to hide');
    expect(redact('nothing to hide')).toBe('nothing to hide');
  });
});

describe('provider names, as overlays and the popup say "… by <name>"', () => {
  test('each provider by its own name; an id we do not know as it is', async () => {
    const { providerName } = await import('@/utils/translation/provider-names');
    expect(['microsoft', 'google', 'deepl', 'libre', 'openai', 'chrome'].map(providerName)).toEqual([
      'Microsoft Translator',
      'Google Translate',
      'DeepL',
      'LibreTranslate',
      'AI (OpenAI-compatible)',
      'Chrome on-device',
    ]);
    expect(providerName('babelfish')).toBe('babelfish');
  });
});

describe('OpenAI-compatible', () => {
  const answer = (texts: string[]) => ({ body: { choices: [{ message: { content: JSON.stringify({ translations: texts.map((text, i) => ({ id: i + 1, text })) }) } }] } });

  test('JSON content type, JSON answers asked for, the key as a Bearer header only when there is one; errors say "The AI provider"', async () => {
    const { fetch, sent } = fakeFetch(() => answer(['hi']));
    const { openAiProvider } = await import('@/utils/translation/providers/openai');
    const provider = openAiProvider(fetch, async () => ({ baseUrl: 'http://localhost:11434/v1/', model: 'qwen', key: '' }));
    expect(provider.id).toBe('openai');
    expect(await provider.translate(batch(['你好']))).toEqual([{ text: 'hi' }]);
    expect(sent[0]!.url).toBe('http://localhost:11434/v1/chat/completions');
    expect(sent[0]!.headers['content-type']).toBe('application/json');
    expect(sent[0]!.headers).not.toHaveProperty('authorization');
    expect(sent[0]!.body).toMatchObject({ model: 'qwen', temperature: 0, response_format: { type: 'json_object' }, messages: [{ role: 'system' }, { role: 'user' }] });
    await openAiProvider(fetch, async () => ({ baseUrl: 'https://api.openai.com/v1', model: 'gpt-4o-mini', key: 'sk-1' })).translate(batch(['你好']));
    expect(sent[1]!.headers.authorization).toBe('Bearer sk-1');
    const failing = fakeFetch(() => ({ status: 500, body: {} }));
    await expect(openAiProvider(failing.fetch, async () => ({ baseUrl: 'http://l.example', model: 'm' })).translate(batch(['x']))).rejects.toThrow('The AI provider had a server error (HTTP 500).');
  });

  test('no address or no model, or OpenAI itself without a key: a setup error that says what is missing, and nothing is sent', async () => {
    const { fetch, sent } = fakeFetch(() => answer(['hi']));
    const { openAiProvider } = await import('@/utils/translation/providers/openai');
    await expect(openAiProvider(fetch, async () => ({ baseUrl: 'http://l.example', model: '' })).translate(batch(['x']))).rejects.toMatchObject({
      code: 'not-configured',
      message: 'The AI provider needs a server address and a model: set them in Red Thread’s options.',
    });
    await expect(openAiProvider(fetch, async () => ({ baseUrl: '', model: 'm' })).translate(batch(['x']))).rejects.toMatchObject({ code: 'not-configured' });
    await expect(openAiProvider(fetch, async () => ({ baseUrl: 'https://api.openai.com/v1', model: 'm' })).translate(batch(['x']))).rejects.toMatchObject({
      code: 'not-configured',
      message: 'OpenAI needs your API key: add it in Red Thread’s options.',
    });
    expect(sent).toHaveLength(0);
    // Another server that merely mentions api.openai.com later in its address is not OpenAI.
    await openAiProvider(fetch, async () => ({ baseUrl: 'https://proxy.example/https://api.openai.com/', model: 'm' })).translate(batch(['x']));
    expect(sent).toHaveLength(1);
  });

  test('the model’s answer: JSON found inside other words; not JSON, the wrong shape or a missing segment are bad replies that say which', async () => {
    const { parseSegments } = await import('@/utils/translation/providers/openai');
    expect(parseSegments('Sure! {"translations":[{"id":1,"text":"a"}]} Hope it helps {', 1)).toEqual(['a']);
    expect(() => parseSegments('no json here', 1)).toThrow('The model did not answer with JSON.');
    expect(() => parseSegments('{"translated":[]}', 1)).toThrow('The model’s JSON was not in the asked shape.');
    expect(() => parseSegments('{"translations":[{"id":1,"text":"a"}]}', 2)).toThrow('The model left out segment 2 of 2.');
  });

  test('the instructions name the target language; a glossary is added only when the segments hold slang', async () => {
    const { systemPrompt } = await import('@/utils/translation/providers/openai');
    const plain = systemPrompt('es', []);
    expect(plain).toContain('into Spanish (target language: es)');
    expect(plain).not.toContain('Glossary');
    expect(plain.split('\n')).toHaveLength(4);
    const withSlang = systemPrompt('en', [{ term: '家人们', meaning: 'fam' }]);
    expect(withSlang.split('\n').slice(4)).toEqual(['Glossary of RedNote and internet slang in these segments (use these meanings):', '- 家人们: fam']);
  });
});
