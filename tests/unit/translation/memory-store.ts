/** The persistent cache in memory, for the unit tests (the extension uses IndexedDB: utils/translation/idb-store.ts). */
import type { StoredTranslation, TranslationStore } from '@/utils/translation/store';

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
