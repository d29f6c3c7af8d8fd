/**
 * Whether the persistent cache can be used, and when to try it again after it failed.
 * Pure (the clock is injected). The service asks before each read and write and reports back.
 *
 * - 'full': a write failed for lack of space (QuotaExceededError). Reads still work, so what is
 *   cached keeps answering; new translations are only kept in memory.
 * - 'unavailable': the database can't be opened or read (IndexedDB off, a broken profile).
 * Either way translation goes on without it. A failed cache is tried again after RETRY_MS (a
 * single cheap transaction), and at once after the reader clears it: space freed or storage
 * back on is noticed without restarting the browser.
 */
import type { Clock } from './clock';

export type CacheState = 'ok' | 'full' | 'unavailable';

export const CACHE_RETRY_MS = 30_000;

export function isQuotaError(error: unknown): boolean {
  return typeof error === 'object' && error !== null && (error as { name?: unknown }).name === 'QuotaExceededError';
}

export class CacheHealth {
  private current: CacheState;
  private retryAt = 0;

  /** `exists` is false when the browser offers no IndexedDB at all: unavailable for good. */
  constructor(
    private readonly clock: Clock,
    private readonly exists = true,
  ) {
    this.current = exists ? 'ok' : 'unavailable';
  }

  get state(): CacheState {
    return this.current;
  }

  private due(): boolean {
    return this.exists && this.clock.now() >= this.retryAt;
  }

  canRead(): boolean {
    return this.current !== 'unavailable' || this.due();
  }

  canWrite(): boolean {
    return this.current === 'ok' || this.due();
  }

  readFailed(): void {
    this.current = 'unavailable';
    this.retryAt = this.clock.now() + CACHE_RETRY_MS;
  }

  /** A read worked: the database opens again (writes will tell whether there is room). */
  readSucceeded(): void {
    if (this.current === 'unavailable') this.current = 'ok';
  }

  writeFailed(error: unknown): void {
    this.current = isQuotaError(error) ? 'full' : 'unavailable';
    this.retryAt = this.clock.now() + CACHE_RETRY_MS;
  }

  writeSucceeded(): void {
    this.current = 'ok';
  }

  /** The reader cleared the cache: try it again right away. */
  cleared(): void {
    if (!this.exists) return;
    this.current = 'ok';
    this.retryAt = 0;
  }
}
