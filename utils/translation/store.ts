/**
 * Where translations persist between visits. The service only knows this interface; the
 * extension uses IndexedDB (idb-store.ts), unit tests an in-memory one (tests/unit/translation/memory-store.ts).
 */
import type { ProviderId } from '../schemas/settings';

export interface StoredTranslation {
  key: string;
  text: string;
  detected?: string;
  provider: ProviderId;
  /** When it was stored (ms since epoch): old entries are pruned. */
  at: number;
}

export interface TranslationStore {
  /** Looks up many keys at once (one transaction). */
  getMany(keys: readonly string[]): Promise<Map<string, StoredTranslation>>;
  putMany(entries: readonly StoredTranslation[]): Promise<void>;
  /** Removes entries older than `maxAgeMs` and the oldest beyond `maxEntries`; returns how many went. */
  prune(now: number, limits: { maxAgeMs: number; maxEntries: number }): Promise<number>;
  count(): Promise<number>;
  clear(): Promise<void>;
}

export const CACHE_LIMITS = { maxAgeMs: 30 * 24 * 60 * 60 * 1000, maxEntries: 50_000 };
