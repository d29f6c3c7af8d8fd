/**
 * DeepL API with the user's key. Free keys end in ":fx" and use api-free.deepl.com.
 * POST /v2/translate, Authorization: DeepL-Auth-Key <key>, JSON {text: [...], target_lang, source_lang?}
 * -> {translations: [{detected_source_language, text}]}. Up to 50 texts and 128 KiB a request.
 * 403 bad key, 456 quota exceeded, 429 too many requests.
 */
import * as z from 'zod/mini';
import type { LanguageCode } from '../../languages';
import { TranslationError, withoutSecrets } from '../errors';
import { expectCount, requestJson } from '../http';
import type { FetchLike, Provider, ProviderLimits } from '../types';

export const DEEPL_FREE_URL = 'https://api-free.deepl.com/v2/translate';
export const DEEPL_PRO_URL = 'https://api.deepl.com/v2/translate';

const TARGETS: Partial<Record<LanguageCode, string>> = {
  en: 'EN-US',
  'zh-CN': 'ZH-HANS',
  'zh-TW': 'ZH-HANT',
  pt: 'PT-BR',
};

const replySchema = z.object({ translations: z.array(z.object({ text: z.string(), detected_source_language: z.optional(z.string()) })) });

export const DEEPL_LIMITS: ProviderLimits = {
  maxItems: 50,
  maxChars: 30_000,
  concurrency: 2,
  ratePerSecond: 3,
  burst: 5,
  batchWindowMs: 10,
  timeoutMs: 20_000,
};

export function deeplUrlForKey(key: string): string {
  return key.trim().endsWith(':fx') ? DEEPL_FREE_URL : DEEPL_PRO_URL;
}

export function deeplProvider(fetch: FetchLike, getKey: () => Promise<string | undefined>): Provider {
  return {
    id: 'deepl',
    limits: DEEPL_LIMITS,
    async translate({ texts, from, to, signal }) {
      const key = (await getKey())?.trim();
      if (!key) throw new TranslationError('not-configured', 'DeepL needs your API key: add it in Red Thread’s options.');
      const body: Record<string, unknown> = { text: texts, target_lang: TARGETS[to] ?? to.toUpperCase() };
      if (from !== 'auto') body.source_lang = from.split('-')[0]!.toUpperCase();
      const reply = await requestJson(
        deeplUrlForKey(key),
        { method: 'POST', headers: { 'content-type': 'application/json', authorization: `DeepL-Auth-Key ${key}` }, body: JSON.stringify(body) },
        replySchema,
        { fetch, signal, timeoutMs: DEEPL_LIMITS.timeoutMs, name: 'DeepL' },
      ).catch((error: unknown) => {
        throw withoutSecrets(error, [key]); // whatever failed, its message never carries the key
      });
      return expectCount(reply.translations, texts.length, 'DeepL').map((t) => ({
        text: t.text,
        ...(t.detected_source_language && { detected: t.detected_source_language.toLowerCase() }),
      }));
    },
  };
}
