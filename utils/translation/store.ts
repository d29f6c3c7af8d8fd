/**
 * Where translations persist between visits. The service only knows this interface; the
 * extension uses IndexedDB (idb-store.ts), unit tests the in-memory version below.
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

export class MemoryStore implements TranslationStore {
  readonly entries = new Map<string, StoredTranslation>();
  lookups = 0;

  async getMany(keys: readonly string[]) {
    this.lookups += 1;
    const found = new Map<string, StoredTranslation>();
    for (const key of keys) {
      const entry = this.entries.get(key);
      if (entry) found.set(key, entry);
    }
    return found;
  }
  async putMany(entries: readonly StoredTranslation[]) {
    for (const entry of entries) this.entries.set(entry.key, entry);
  }
  async prune(now: number, limits: { maxAgeMs: number; maxEntries: number }) {
    const before = this.entries.size;
    const sorted = [...this.entries.values()].sort((a, b) => b.at - a.at);
    this.entries.clear();
    for (const entry of sorted.slice(0, limits.maxEntries)) if (now - entry.at <= limits.maxAgeMs) this.entries.set(entry.key, entry);
    return before - this.entries.size;
  }
  async count() {
    return this.entries.size;
  }
  async clear() {
    this.entries.clear();
  }
}
