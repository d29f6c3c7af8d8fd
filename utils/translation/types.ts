import type { LanguageCode } from '../languages';
import type { ProviderId } from '../schemas/settings';

export interface ProviderLimits {
  /** Most texts in one request. */
  maxItems: number;
  /** Most characters (summed over texts) in one request. */
  maxChars: number;
  /** Requests in flight at once. */
  concurrency: number;
  /** Sustained requests per second, and the burst allowed above it (token bucket). */
  ratePerSecond: number;
  burst: number;
  /** How long the batcher waits for more texts before sending a partial batch. */
  batchWindowMs: number;
  timeoutMs: number;
}

export interface TranslateBatch {
  texts: readonly string[];
  /** A provider-neutral source language, or 'auto'. */
  from: string;
  to: LanguageCode;
  signal: AbortSignal;
}

export interface TranslatedText {
  text: string;
  /** The source language the provider detected, as a BCP 47-ish tag ("zh", "en" …), when it says. */
  detected?: string;
}

/** One translation service. `translate` returns exactly one result per input text, in order, or throws a TranslationError. */
export interface Provider {
  readonly id: ProviderId;
  readonly limits: ProviderLimits;
  translate(batch: TranslateBatch): Promise<TranslatedText[]>;
}

export type FetchLike = (input: string, init?: RequestInit) => Promise<Response>;
