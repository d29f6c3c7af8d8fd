import { describe, expect, test } from 'vitest';
import { TranslationError, asTranslationError, withoutSecrets } from '@/utils/translation/errors';
import { deeplProvider } from '@/utils/translation/providers/deepl';
import { libreProvider } from '@/utils/translation/providers/libre';
import { openAiProvider } from '@/utils/translation/providers/openai';
import { HIDDEN, redact } from '@/utils/translation/redact';

const KEY = 'rt-secret-7f3a9c2e:fx';

describe('redact', () => {
  test.each([
    ['https://api.example.com/translate?key=abc123def&q=hi', `https://api.example.com/translate?key=${HIDDEN}&q=hi`],
    ['POST https://api.deepl.com/v2/translate?auth_key=0f1e2d3c:fx failed', `POST https://api.deepl.com/v2/translate?auth_key=${HIDDEN} failed`],
    ['body q=hi&api_key=s3cr3t-value', `body q=hi&api_key=${HIDDEN}`],
    ['{"q":"hi","api_key":"s3cr3t-value"}', `{"q":"hi","api_key":"${HIDDEN}"}`],
    ['Authorization: Bearer sk-proj-abcdef123456', `Authorization: Bearer ${HIDDEN}`],
    ['header authorization=DeepL-Auth-Key 0f1e2d3c:fx rejected', `header authorization=DeepL-Auth-Key ${HIDDEN} rejected`],
    ['x-goog-api-key: AIzaSyA-1234567890', `x-goog-api-key: ${HIDDEN}`],
    [
      'Request cannot be constructed from a URL that includes credentials: https://me:hunter22@libre.example/translate',
      `Request cannot be constructed from a URL that includes credentials: https://${HIDDEN}@libre.example/translate`,
    ],
  ])('%s', (input, expected) => {
    expect(redact(input)).toBe(expected);
  });

  test('the user’s own keys are hidden wherever they appear, however they are quoted', () => {
    const message = `failed with "${KEY}" (key ${KEY}) at /v2/${KEY}`;
    const out = redact(message, [KEY, undefined]);
    expect(out).not.toContain(KEY);
    expect(out).not.toContain('7f3a9c2e');
    expect(out).toBe(`failed with "${HIDDEN}" (key ${HIDDEN}) at /v2/${HIDDEN}`);
  });

  test('ordinary messages are left as they are', () => {
    for (const text of ['DeepL refused the key (HTTP 403). Check it in Red Thread’s options.', 'Microsoft Translator is limiting requests (HTTP 429).', 'The model left out segment 2 of 3.']) {
      expect(redact(text, ['abc'])).toBe(text);
    }
  });
});

describe('errors never carry a key', () => {
  test('asTranslationError hides credential-shaped parts of a foreign message', () => {
    const e = asTranslationError(new Error('GET https://x.example/t?key=abcdef123 failed'));
    expect(e.message).toBe(`GET https://x.example/t?key=${HIDDEN} failed`);
  });

  test('withoutSecrets keeps the code, retryability, status and Retry-After', () => {
    const e = withoutSecrets(new TranslationError('rate-limited', `slow down ${KEY}`, { status: 429, retryAfterMs: 2000 }), [KEY]);
    expect(e).toMatchObject({ code: 'rate-limited', retryable: true, status: 429, retryAfterMs: 2000, message: `slow down ${HIDDEN}` });
  });

  // A fetch that fails with a message quoting what it was given (some engines quote URLs or headers).
  const echoingFetch = async (url: string, init?: RequestInit): Promise<Response> => {
    throw new Error(`could not send ${url} ${JSON.stringify(init?.headers)} ${typeof init?.body === 'string' ? init.body : ''}`);
  };
  const input = { texts: ['你好'], from: 'auto' as const, to: 'en' as const, signal: new AbortController().signal };

  test.each([
    ['DeepL', () => deeplProvider(echoingFetch, async () => KEY)],
    ['LibreTranslate', () => libreProvider(echoingFetch, async () => ({ url: 'https://libre.example', key: KEY }))],
    ['OpenAI-compatible', () => openAiProvider(echoingFetch, async () => ({ baseUrl: 'https://api.openai.com/v1', model: 'gpt-4o-mini', key: KEY }))],
  ])('%s: a failure that echoes the request never echoes the key', async (_name, make) => {
    const error = await make()
      .translate(input)
      .then(
        () => null,
        (e: unknown) => e as TranslationError,
      );
    expect(error).toBeInstanceOf(TranslationError);
    expect(error!.message).toContain('could not send'); // the echo is there, only the key is gone
    expect(error!.message).not.toContain(KEY);
    expect(error!.message).not.toContain('7f3a9c2e');
    expect(String(error!.stack)).not.toContain(KEY);
  });
});

describe('credential-shaped parts are hidden whatever they are called', () => {
  test.each(['token', 'access_token', 'refresh_token', 'id_token', 'password', 'passwd', 'pwd', 'secret', 'client_secret', 'api_key', 'apikey', 'api-key', 'auth_key', 'key', 'subscription-key'])(
    '%s= in a query string, a form body and JSON',
    (name) => {
      const value = 'Zq8vK2mN4pR7';
      const inQuery = redact(`GET https://x.example/t?q=hi&${name}=${value}&lang=en failed`);
      expect(inQuery).toBe(`GET https://x.example/t?q=hi&${name}=${HIDDEN}&lang=en failed`);
      expect(redact(`${name}=${value}`)).toBe(`${name}=${HIDDEN}`);
      expect(redact(`sent {"q":"hi","${name}":"${value}"}`)).toBe(`sent {"q":"hi","${name}":"${HIDDEN}"}`);
      expect(redact(`${name.toUpperCase()}=${value}`)).not.toContain(value);
    },
  );

  test('words that merely end like a credential name are left alone', () => {
    for (const text of ['monkey=banana', 'the turkey=good', 'keyboard=qwerty']) expect(redact(text)).toBe(text);
  });
});

describe('a provider that echoes the key bare never lets it out', () => {
  const input = { texts: ['你好'], from: 'auto' as const, to: 'en' as const, signal: new AbortController().signal };
  // The key alone, with nothing around it that looks like a credential: only the provider knows it is one.
  const echoes: Array<[string, (key: string) => Error]> = [
    ['bare in the message', (key) => new Error(`invalid credential ${key}`)],
    ['alone', (key) => new Error(key)],
    ['quoted in JSON', (key) => new Error(JSON.stringify({ error: { message: 'unknown subscription', value: key } }))],
  ];
  const providers: Array<[string, (fetch: (url: string, init?: RequestInit) => Promise<Response>) => { translate: (i: typeof input) => Promise<unknown> }]> = [
    ['DeepL', (f) => deeplProvider(f, async () => KEY)],
    ['LibreTranslate', (f) => libreProvider(f, async () => ({ url: 'https://libre.example', key: KEY }))],
    ['OpenAI-compatible', (f) => openAiProvider(f, async () => ({ baseUrl: 'https://api.openai.com/v1', model: 'gpt-4o-mini', key: KEY }))],
  ];
  for (const [name, make] of providers) {
    test.each(echoes)(`${name}: echoed %s`, async (_how, echo) => {
      const error = await make(async () => {
        throw echo(KEY);
      })
        .translate(input)
        .then(
          () => null,
          (e: unknown) => e as TranslationError,
        );
      expect(error).toBeInstanceOf(TranslationError);
      expect(error!.message).not.toContain('7f3a9c2e');
      expect(error!.message).toContain(HIDDEN);
      expect(String(error!.stack)).not.toContain('7f3a9c2e');
    });
  }
});
