/**
 * Google's free endpoints: the automatic fallback.
 * - translateHtml (what Chrome's own page translation uses) batches natively:
 *   POST https://translate-pa.googleapis.com/v1/translateHtml, Content-Type application/json+protobuf,
 *   X-Goog-API-Key: the public key of Google's website translator widget,
 *   body [[[texts], "auto", "en"], "wt_lib"] -> [[translations], [detected languages]]
 * - translate_a/single (one text per GET) is the last resort when translateHtml itself fails
 *   for a reason other than throttling; long texts don't fit a URL and are not tried there.
 * Both answer 429 with a CAPTCHA page under load; that is a rate limit, not a reason to hammer the other endpoint.
 */
import * as z from 'zod/mini';
import type { LanguageCode } from '../../languages';
import { TranslationError } from '../errors';
import { escapeForHtmlEndpoint, expectCount, requestJson, unescapeFromHtmlEndpoint } from '../http';
import type { FetchLike, Provider, ProviderLimits, TranslatedText } from '../types';

export const GOOGLE_HTML_URL = 'https://translate-pa.googleapis.com/v1/translateHtml';
export const GOOGLE_SINGLE_URL = 'https://translate.googleapis.com/translate_a/single';
/** Public: it ships in Google's own translate element script. */
const WIDGET_KEY = 'AIzaSyATBXajvzQLTDHEQbcpq0Ihe0vWDHmO520';
/** CJK costs 9 URL bytes a character; beyond this a GET risks 414. */
const SINGLE_MAX_CHARS = 600;

const CODES: Partial<Record<LanguageCode, string>> = { 'zh-CN': 'zh-CN', 'zh-TW': 'zh-TW' };

const htmlReplySchema = z.tuple([z.array(z.string()), z.optional(z.array(z.nullable(z.string())))], z.unknown());
const singleReplySchema = z.object({ sentences: z.array(z.object({ trans: z.optional(z.string()) })), src: z.optional(z.string()) });

export const GOOGLE_LIMITS: ProviderLimits = {
  maxItems: 50,
  maxChars: 5000,
  concurrency: 3,
  ratePerSecond: 4,
  burst: 8,
  batchWindowMs: 8,
  timeoutMs: 10_000,
};

export function googleProvider(fetch: FetchLike): Provider {
  const name = 'Google Translate';

  async function viaHtml(texts: readonly string[], from: string, to: string, signal: AbortSignal): Promise<TranslatedText[]> {
    const reply = await requestJson(
      GOOGLE_HTML_URL,
      {
        method: 'POST',
        headers: { 'content-type': 'application/json+protobuf', 'x-goog-api-key': WIDGET_KEY },
        body: JSON.stringify([[texts.map(escapeForHtmlEndpoint), from, to], 'wt_lib']),
      },
      htmlReplySchema,
      { fetch, signal, timeoutMs: GOOGLE_LIMITS.timeoutMs, name },
    );
    const [translations, detected] = reply;
    return expectCount(translations, texts.length, name).map((text, i) => ({
      text: unescapeFromHtmlEndpoint(text),
      ...(detected?.[i] && { detected: detected[i] }),
    }));
  }

  async function viaSingle(text: string, from: string, to: string, signal: AbortSignal): Promise<TranslatedText> {
    const params = new URLSearchParams({ client: 'gtx', sl: from, tl: to, dt: 't', dj: '1', q: text });
    const reply = await requestJson(`${GOOGLE_SINGLE_URL}?${params}`, { method: 'GET' }, singleReplySchema, {
      fetch,
      signal,
      timeoutMs: GOOGLE_LIMITS.timeoutMs,
      name,
    });
    return { text: reply.sentences.map((s) => s.trans ?? '').join(''), ...(reply.src && { detected: reply.src }) };
  }

  return {
    id: 'google',
    limits: GOOGLE_LIMITS,
    async translate({ texts, from, to, signal }) {
      const target = CODES[to] ?? to;
      try {
        return await viaHtml(texts, from, target, signal);
      } catch (error) {
        const lastResort =
          error instanceof TranslationError && (error.code === 'unavailable' || error.code === 'bad-request' || error.code === 'bad-reply') && texts.every((t) => t.length <= SINGLE_MAX_CHARS);
        if (!lastResort) throw error;
        const results: TranslatedText[] = [];
        for (const text of texts) results.push(await viaSingle(text, from, target, signal));
        return results;
      }
    },
  };
}
