/**
 * LibreTranslate on the user's own server (or a public instance), with an optional key.
 * POST <base>/translate, JSON {q: [...], source, target, format: "text", api_key?}
 * -> {translatedText: [...], detectedLanguage: [...]}. Limits are the server's; stay modest.
 */
import * as z from 'zod/mini';
import type { LanguageCode } from '../../languages';
import { TranslationError, withoutSecrets } from '../errors';
import { expectCount, requestJson } from '../http';
import type { FetchLike, Provider, ProviderLimits } from '../types';

/** LibreTranslate's own codes for the two Chinese scripts. */
const CODES: Partial<Record<LanguageCode, string>> = { 'zh-CN': 'zh', 'zh-TW': 'zt' };

const replySchema = z.object({
  translatedText: z.union([z.string(), z.array(z.string())]),
  detectedLanguage: z.optional(z.unknown()),
});

export const LIBRE_LIMITS: ProviderLimits = {
  maxItems: 25,
  maxChars: 5000,
  concurrency: 2,
  ratePerSecond: 2,
  burst: 4,
  batchWindowMs: 10,
  timeoutMs: 30_000,
};

export interface LibreConfig {
  url: string;
  key?: string | undefined;
}

export function libreEndpoint(base: string): string {
  return `${base.replace(/\/+$/, '')}/translate`;
}

export function libreProvider(fetch: FetchLike, getConfig: () => Promise<LibreConfig>): Provider {
  return {
    id: 'libre',
    limits: LIBRE_LIMITS,
    async translate({ texts, from, to, signal }) {
      const { url, key } = await getConfig();
      if (!url) throw new TranslationError('not-configured', 'LibreTranslate needs your server’s address: add it in Red Thread’s options.');
      const body: Record<string, unknown> = { q: texts, source: from === 'auto' ? 'auto' : from, target: CODES[to] ?? to, format: 'text' };
      if (key) body.api_key = key;
      const reply = await requestJson(libreEndpoint(url), { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) }, replySchema, {
        fetch,
        signal,
        timeoutMs: LIBRE_LIMITS.timeoutMs,
        name: 'LibreTranslate',
      }).catch((error: unknown) => {
        throw withoutSecrets(error, [key]); // whatever failed, its message never carries the key
      });
      const translated = typeof reply.translatedText === 'string' ? [reply.translatedText] : reply.translatedText;
      const detected = Array.isArray(reply.detectedLanguage) ? reply.detectedLanguage : [];
      return expectCount(translated, texts.length, 'LibreTranslate').map((text, i) => {
        const language = (detected[i] as { language?: unknown } | undefined)?.language;
        return { text, ...(typeof language === 'string' && { detected: language }) };
      });
    },
  };
}
