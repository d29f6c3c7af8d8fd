/**
 * The one way providers talk HTTP: a timeout, a cap on the reply's size, status codes mapped
 * to TranslationErrors (with Retry-After), and the reply checked with a zod schema. A reply
 * that is not what was asked for (an HTML error page, a wrong shape, 5 MB of text) becomes a
 * 'bad-reply' error, never a crash.
 */
import * as z from 'zod/mini';
import { TranslationError, asTranslationError } from './errors';
import type { FetchLike } from './types';

/** Larger replies are refused: no honest answer to one batch is this big. */
export const MAX_REPLY_BYTES = 2 * 1024 * 1024;

export interface RequestOptions {
  fetch: FetchLike;
  signal: AbortSignal;
  timeoutMs: number;
  /** What to call the provider in messages ("Microsoft Translator"). */
  name: string;
}

export function parseRetryAfter(value: string | null, now = Date.now()): number | undefined {
  if (!value) return undefined;
  const seconds = Number(value);
  if (Number.isFinite(seconds) && seconds >= 0) return seconds * 1000;
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

export function errorForStatus(status: number, name: string, retryAfterMs?: number): TranslationError {
  if (status === 401 || status === 403) return new TranslationError('bad-key', `${name} refused the key (HTTP ${status}). Check it in Red Thread's options.`, { status });
  if (status === 456) return new TranslationError('quota', `${name}: the key's quota is used up. Wait for it to renew or choose another provider in options.`, { status });
  if (status === 429) return new TranslationError('rate-limited', `${name} is limiting requests (HTTP 429).`, { status, ...(retryAfterMs !== undefined && { retryAfterMs }) });
  if (status === 404 || status === 410) return new TranslationError('unavailable', `${name} is not available at this address (HTTP ${status}).`, { status });
  if (status === 413 || status === 414) return new TranslationError('bad-request', `${name} refused a request as too large (HTTP ${status}).`, { status });
  if (status >= 500) return new TranslationError('server', `${name} had a server error (HTTP ${status}).`, { status, ...(retryAfterMs !== undefined && { retryAfterMs }) });
  return new TranslationError('bad-request', `${name} refused the request (HTTP ${status}).`, { status });
}

async function readCapped(response: Response, name: string): Promise<string> {
  const declared = Number(response.headers.get('content-length'));
  if (declared > MAX_REPLY_BYTES) throw new TranslationError('bad-reply', `${name} sent a reply too large to be a translation.`);
  if (!response.body) return response.text();
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > MAX_REPLY_BYTES) {
      await reader.cancel().catch(() => undefined);
      throw new TranslationError('bad-reply', `${name} sent a reply too large to be a translation.`);
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return new TextDecoder().decode(bytes);
}

/** Sends one request and returns the reply's JSON, checked against `schema`. */
export async function requestJson<S extends z.ZodMiniType>(url: string, init: RequestInit, schema: S, options: RequestOptions): Promise<z.infer<S>> {
  const timeout = AbortSignal.timeout(options.timeoutMs);
  const signal = AbortSignal.any([options.signal, timeout]);
  let response: Response;
  let body: string;
  try {
    response = await options.fetch(url, { ...init, signal, credentials: 'omit', cache: 'no-store', referrerPolicy: 'no-referrer' });
    if (!response.ok) {
      await response.body?.cancel().catch(() => undefined);
      throw errorForStatus(response.status, options.name, parseRetryAfter(response.headers.get('retry-after')));
    }
    body = await readCapped(response, options.name);
  } catch (error) {
    if (timeout.aborted && !options.signal.aborted) throw new TranslationError('timeout', `${options.name} took too long to answer.`);
    throw asTranslationError(error);
  }
  let json: unknown;
  try {
    json = JSON.parse(body);
  } catch {
    throw new TranslationError('bad-reply', `${options.name} answered with something that is not JSON.`);
  }
  const parsed = schema.safeParse(json);
  if (!parsed.success) throw new TranslationError('bad-reply', `${options.name} answered in an unexpected shape.`);
  return parsed.data;
}

/** Checks that a provider returned one translation per text. */
export function expectCount<T>(items: readonly T[], wanted: number, name: string): readonly T[] {
  if (items.length !== wanted) throw new TranslationError('bad-reply', `${name} returned ${items.length} translations for ${wanted} texts.`);
  return items;
}

const ENTITY: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'", '&apos;': "'", '&nbsp;': '\u00a0' };

/** For endpoints that treat input as HTML: make plain text safe to send as markup. */
export function escapeForHtmlEndpoint(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** Undoes the entities an HTML-aware endpoint returns. The result is still only ever shown as text. */
export function unescapeFromHtmlEndpoint(text: string): string {
  return text.replace(/&(?:#(\d+)|#x([0-9a-f]+)|[a-z]+);/gi, (entity, dec: string | undefined, hex: string | undefined) => {
    if (dec || hex) {
      const code = dec ? Number(dec) : parseInt(hex!, 16);
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : entity;
    }
    return ENTITY[entity.toLowerCase()] ?? entity;
  });
}
