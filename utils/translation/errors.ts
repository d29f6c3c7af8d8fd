/**
 * What can go wrong with a translation, as data: a code, whether trying again can help,
 * and a message that names the fix. Crosses messages as { code, message, retryable }.
 */
import { redact } from './redact';

export type TranslationErrorCode =
  | 'network' // the request did not reach the provider or the connection dropped
  | 'timeout'
  | 'rate-limited' // 429
  | 'server' // 5xx
  | 'unavailable' // the endpoint is gone (404) or the provider can't run here
  | 'bad-reply' // the answer was not what was asked for
  | 'bad-key' // 401/403: the key is wrong
  | 'quota' // the key's quota is used up
  | 'not-configured' // the provider needs a key or a URL the user has not given
  | 'unsupported-language'
  | 'bad-request' // 4xx the provider refused; retrying the same won't help
  | 'cancelled'
  | 'no-provider'; // every provider in the chain failed or rests

const RETRYABLE: ReadonlySet<TranslationErrorCode> = new Set(['network', 'timeout', 'rate-limited', 'server', 'bad-reply']);

export class TranslationError extends Error {
  readonly code: TranslationErrorCode;
  readonly retryable: boolean;
  /** From a Retry-After header, when the provider sent one. */
  readonly retryAfterMs: number | undefined;
  readonly status: number | undefined;

  constructor(code: TranslationErrorCode, message: string, options: { retryAfterMs?: number; status?: number; retryable?: boolean } = {}) {
    super(message);
    this.name = 'TranslationError';
    this.code = code;
    this.retryable = options.retryable ?? RETRYABLE.has(code);
    this.retryAfterMs = options.retryAfterMs;
    this.status = options.status;
  }
}

export function asTranslationError(error: unknown): TranslationError {
  if (error instanceof TranslationError) return error;
  if (error instanceof DOMException && error.name === 'AbortError') return new TranslationError('cancelled', 'Cancelled.');
  if (error instanceof DOMException && error.name === 'TimeoutError') return new TranslationError('timeout', 'The provider took too long to answer.');
  // fetch rejects with a TypeError for network failures; its message varies by browser.
  if (error instanceof TypeError) return new TranslationError('network', 'Could not reach the translation service. Check your connection.');
  // Someone else's message (a browser's, a library's) may quote a URL or a header: no credentials in it.
  return new TranslationError('bad-reply', error instanceof Error ? redact(error.message) : 'Unexpected error.');
}

/** The same error with `secrets` hidden from its message: what a provider holding a key throws. */
export function withoutSecrets(error: unknown, secrets: ReadonlyArray<string | undefined>): TranslationError {
  const e = asTranslationError(error);
  const message = redact(e.message, secrets);
  if (message === e.message) return e;
  return new TranslationError(e.code, message, {
    retryable: e.retryable,
    ...(e.retryAfterMs !== undefined && { retryAfterMs: e.retryAfterMs }),
    ...(e.status !== undefined && { status: e.status }),
  });
}
