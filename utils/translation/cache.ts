/**
 * The translation cache, in two tiers: memory (the worker's own, the latest 5,000 answers) and
 * the persistent store (IndexedDB, 30 days), with the store's health: a store that is full or
 * unavailable is left alone for a while and translation goes on without it (the popup says so).
 * Pure: the store and the clock are injected.
 */
import type { LanguageCode } from '../languages';
import type { ProviderId } from '../schemas/settings';
import { CacheHealth, type CacheState } from './cache-health';
import { cacheKey } from './cache-key';
import type { Clock } from './clock';
import { Lru } from './lru';
import { CACHE_LIMITS, type StoredTranslation, type TranslationStore } from './store';

/** Translations are cached per provider for the source language the providers detect themselves. */
export const SOURCE = 'auto';
/** The store is pruned after this many new entries. */
const PRUNE_EVERY = 500;

/** One text wanted in one language, from any provider of a chain. */
export interface CacheQuery {
  chain: readonly ProviderId[];
  to: LanguageCode;
  text: string;
}

export class TranslationCache {
  private readonly memory = new Lru<string, StoredTranslation>(5000);
  private readonly health: CacheHealth;
  private writesSincePrune = 0;

  constructor(
    private readonly store: TranslationStore | undefined,
    private readonly clock: Clock,
    /** The benchmark's baseline: nothing read or written. */
    private readonly disabled = false,
  ) {
    this.health = new CacheHealth(clock, store !== undefined);
  }

  get state(): CacheState {
    return this.health.state;
  }

  /** A translation in memory from the first provider of the chain that has one. */
  remembered({ chain, to, text }: CacheQuery): StoredTranslation | undefined {
    if (this.disabled) return undefined;
    for (const provider of chain) {
      const hit = this.memory.get(cacheKey(provider, SOURCE, to, text));
      if (hit) return hit;
    }
    return undefined;
  }

  /** Looks many texts up in the persistent store at once (one transaction); what is found is kept in memory too. */
  async lookUp(queries: readonly CacheQuery[]): Promise<Array<StoredTranslation | undefined>> {
    let found = new Map<string, StoredTranslation>();
    if (this.store && this.health.canRead() && !this.disabled) {
      const keys = queries.flatMap((q) => q.chain.map((provider) => cacheKey(provider, SOURCE, q.to, q.text)));
      try {
        found = await this.store.getMany(keys);
        this.health.readSucceeded();
      } catch {
        this.health.readFailed(); // translation goes on without the cache; the popup says so
      }
    }
    return queries.map((q) => {
      const hit = q.chain.map((provider) => found.get(cacheKey(provider, SOURCE, q.to, q.text))).find(Boolean);
      if (hit) this.memory.set(hit.key, hit);
      return hit;
    });
  }

  /** New translations from `provider`: into memory at once, into the store in the background. */
  keep(provider: ProviderId, to: LanguageCode, answers: ReadonlyArray<{ source: string; text: string; detected?: string | undefined }>): StoredTranslation[] {
    const now = this.clock.now();
    const entries = answers.map((a): StoredTranslation => ({ key: cacheKey(provider, SOURCE, to, a.source), text: a.text, provider, at: now, ...(a.detected && { detected: a.detected }) }));
    for (const entry of entries) this.memory.set(entry.key, entry);
    void this.persist(entries);
    return entries;
  }

  /** How many translations the persistent cache holds (null when it can't be read), and its state. */
  async stats(): Promise<{ entries: number | null; state: CacheState }> {
    let entries: number | null = null;
    if (this.store) {
      try {
        entries = await this.store.count();
        this.health.readSucceeded();
      } catch {
        this.health.readFailed();
      }
    }
    return { entries, state: this.health.state };
  }

  /** Empties memory and the persistent cache; a cache that was full or off is tried again at once. */
  async clear(): Promise<void> {
    this.memory.clear();
    if (!this.store) return;
    try {
      await this.store.clear();
      this.health.cleared();
    } catch (error) {
      this.health.readFailed();
      throw error;
    }
  }

  private async persist(entries: StoredTranslation[]): Promise<void> {
    const store = this.store;
    if (!store || !this.health.canWrite() || this.disabled) return;
    try {
      await store.putMany(entries);
      this.health.writeSucceeded();
      this.writesSincePrune += entries.length;
      if (this.writesSincePrune >= PRUNE_EVERY) {
        this.writesSincePrune = 0;
        await store.prune(this.clock.now(), CACHE_LIMITS);
      }
    } catch (error) {
      this.health.writeFailed(error); // QuotaExceededError: full; anything else: unavailable
    }
  }
}
