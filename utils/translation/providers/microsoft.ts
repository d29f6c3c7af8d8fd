/**
 * Microsoft: Edge's free `translatetext` endpoint. No key, so it is the default that works
 * right after install. Its old token flow has returned 404 since July 2026.
 *
 * POST https://edge.microsoft.com/translate/translatetext?from=<src|empty>&to=<tgt>&isEnterpriseClient=false
 * body: a bare JSON array of strings -> [{ detectedLanguage: { language }, translations: [{ text }] }, …]
 * The endpoint always runs an HTML aligner, so plain text is escaped on the way out and unescaped on the way back.
 */
import * as z from 'zod/mini';
import type { LanguageCode } from '../../languages';
import { escapeForHtmlEndpoint, expectCount, requestJson, unescapeFromHtmlEndpoint } from '../http';
import type { FetchLike, Provider, ProviderLimits } from '../types';

export const MICROSOFT_URL = 'https://edge.microsoft.com/translate/translatetext';

const CODES: Partial<Record<LanguageCode, string>> = { 'zh-CN': 'zh-Hans', 'zh-TW': 'zh-Hant' };

const replySchema = z.array(
  z.object({
    detectedLanguage: z.optional(z.object({ language: z.string() })),
    translations: z.array(z.object({ text: z.string() })).check(z.minLength(1)),
  }),
);

/** Unpublished limits; tools in use stay far below the paid service's 1,000 items / 50,000 characters. */
export const MICROSOFT_LIMITS: ProviderLimits = {
  maxItems: 100,
  maxChars: 5000,
  concurrency: 4,
  ratePerSecond: 5,
  burst: 10,
  batchWindowMs: 8,
  timeoutMs: 10_000,
};

export function microsoftProvider(fetch: FetchLike): Provider {
  return {
    id: 'microsoft',
    limits: MICROSOFT_LIMITS,
    async translate({ texts, from, to, signal }) {
      const params = new URLSearchParams({ from: from === 'auto' ? '' : from, to: CODES[to] ?? to, isEnterpriseClient: 'false' });
      const reply = await requestJson(
        `${MICROSOFT_URL}?${params}`,
        { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(texts.map(escapeForHtmlEndpoint)) },
        replySchema,
        { fetch, signal, timeoutMs: MICROSOFT_LIMITS.timeoutMs, name: 'Microsoft Translator' },
      );
      return expectCount(reply, texts.length, 'Microsoft Translator').map((item) => ({
        text: unescapeFromHtmlEndpoint(item.translations[0]!.text),
        ...(item.detectedLanguage && { detected: item.detectedLanguage.language }),
      }));
    },
  };
}
