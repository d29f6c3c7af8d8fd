/**
 * The translation service: turns many small requests from pages into few, well-formed provider
 * requests, and never loses one. Pure: providers, store and clock are injected.
 *
 * One unit's path:
 *   request -> an identical text already in flight? wait for it (shared job)
 *           -> in memory? answer now            (the cache: cache.ts)
 *           -> persistent store? (one lookup for the whole request) answer
 *           -> the first usable provider of the chain: batched (caps + short window),
 *              rate- and concurrency-limited, retried with backoff for what can succeed on retry
 *           -> on failure, the next provider of the chain; when none is left, an error the page can retry.
 * Every unit asked gets exactly one answer: a translation or an error.
 */
import type { LanguageCode } from '../languages';
import type { SegmentResult } from '../schemas/messages';
import type { ProviderId } from '../schemas/settings';
import { backoffDelay } from './backoff';
import { Batcher } from './batcher';
import { SOURCE, TranslationCache } from './cache';
import type { CacheState } from './cache-health';
import { sleep, type Clock } from './clock';
import { TranslationError, asTranslationError } from './errors';
import { ProviderHealth, type ProviderStatus } from './health';
import { Limiter } from './limiter';
import type { StoredTranslation, TranslationStore } from './store';
import type { Provider } from './types';

/** A segment: one piece of a page unit's text (at most MAX_SEGMENT_TEXT_CHARS), as a page asks for it. */
export interface SegmentRequest {
  id: string;
  text: string;
}

export type { SegmentResult };

export type Deliver = (results: SegmentResult[]) => void;

export interface ServiceOptions {
  providers: ReadonlyMap<ProviderId, Provider>;
  /** The user's chosen provider followed by the fallbacks, read at each request. */
  chain(): readonly ProviderId[];
  store?: TranslationStore;
  clock: Clock;
  random?: () => number;
  /** Retries of one batch on the same provider before falling back. */
  maxRetries?: number;
  /** A Retry-After longer than this is not waited for: the next provider takes over. */
  maxRetryWaitMs?: number;
  /** Test-only switches (the benchmark's baseline): no batching, no caching. */
  disableBatching?: boolean;
  disableCache?: boolean;
}

interface Waiter {
  owner: string;
  segmentId: string;
}

interface Job {
  key: string;
  text: string;
  to: LanguageCode;
  waiters: Waiter[];
  chain: readonly ProviderId[];
  index: number;
  state: 'lookup' | 'queued' | 'sending';
  provider?: ProviderId;
  lastError?: TranslationError;
  /** Asked again by the reader: resting providers are tried too (a setup problem still is not). */
  retry: boolean;
}

export class TranslationService {
  readonly health: ProviderHealth;
  private readonly jobs = new Map<string, Job>();
  private readonly byOwner = new Map<string, Map<string, Job>>();
  private readonly delivers = new Map<string, Deliver>();
  private readonly outbox = new Map<string, SegmentResult[]>();
  private flushScheduled = false;
  private readonly batchers = new Map<ProviderId, Batcher<Job>>();
  private readonly limiters = new Map<ProviderId, Limiter>();
  /** Memory and the persistent store, with the store's health. */
  private readonly cache: TranslationCache;

  constructor(private readonly options: ServiceOptions) {
    this.health = new ProviderHealth(options.clock);
    this.cache = new TranslationCache(options.store, options.clock, options.disableCache === true);
  }

  /** Asks for translations on behalf of `owner` (a page's connection); answers arrive through `deliver`. */
  request(owner: string, deliver: Deliver, segments: readonly SegmentRequest[], to: LanguageCode, options: { retry?: boolean } = {}): void {
    this.delivers.set(owner, deliver);
    const chain = this.options.chain().filter((id) => this.options.providers.has(id));
    const lookups: Job[] = [];
    for (const segment of segments) {
      this.forget(owner, segment.id); // a segment asked again replaces its earlier request
      const key = `${to}\u0001${segment.text}`;
      const waiter = { owner, segmentId: segment.id };
      const shared = this.jobs.get(key);
      if (shared) {
        this.attach(shared, waiter);
        continue;
      }
      const remembered = this.cache.remembered({ chain, to, text: segment.text });
      if (remembered) {
        this.emit(owner, success(segment.id, remembered, true));
        continue;
      }
      const job: Job = { key, text: segment.text, to, waiters: [], chain, index: 0, state: 'lookup', retry: options.retry === true };
      this.jobs.set(key, job);
      this.attach(job, waiter);
      lookups.push(job);
    }
    if (lookups.length > 0) void this.lookUp(lookups);
  }

  /** Segments whose units scrolled away: dropped if their batch has not been sent yet. */
  cancel(owner: string, segmentIds: readonly string[]): void {
    for (const id of segmentIds) this.forget(owner, id);
  }

  /** The page went away: drop everything it asked. */
  release(owner: string): void {
    const segments = this.byOwner.get(owner);
    if (segments) this.cancel(owner, [...segments.keys()]);
    this.byOwner.delete(owner);
    this.delivers.delete(owner);
    this.outbox.delete(owner);
  }

  status(): { providers: Record<string, ProviderStatus>; cache: CacheState; waiting: number } {
    const providers: Record<string, ProviderStatus> = {};
    for (const id of this.options.providers.keys()) providers[id] = this.health.status(id);
    return { providers, cache: this.cache.state, waiting: this.jobs.size };
  }

  /** How many translations the persistent cache holds (null when it can't be read), and its state. */
  cacheStats(): Promise<{ entries: number | null; state: CacheState }> {
    return this.cache.stats();
  }

  /** Empties memory and the persistent cache; a cache that was full or off is tried again at once. */
  clearCache(): Promise<void> {
    return this.cache.clear();
  }

  // ---- lookups -------------------------------------------------------------------

  private async lookUp(jobs: Job[]): Promise<void> {
    const dispatched = new Set<ProviderId>();
    const found = await this.cache.lookUp(jobs);
    for (const [i, job] of jobs.entries()) {
      if (job.waiters.length === 0) {
        this.jobs.delete(job.key);
        continue;
      }
      const hit = found[i];
      if (hit) {
        this.complete(job, hit, true);
      } else {
        this.dispatch(job);
        if (job.provider) dispatched.add(job.provider);
      }
    }
    // What one request brought (a page's units of one frame) is all there is to wait for: send it
    // now rather than after the batching window, which only gathers what arrives piece by piece.
    for (const id of dispatched) this.batchers.get(id)?.flushAll();
  }

  // ---- dispatch, batching, sending ----------------------------------------------------

  private dispatch(job: Job): void {
    while (job.index < job.chain.length) {
      const id = job.chain[job.index]!;
      if (this.health.isUsable(id) || (job.retry && this.health.status(id).state === 'resting')) {
        job.provider = id;
        job.state = 'queued';
        this.batcher(id).add(job.to, job);
        return;
      }
      job.index += 1;
    }
    this.fail(
      job,
      job.lastError ?? new TranslationError('no-provider', 'No translation provider is available right now. Try again in a minute, or choose another provider in options.', { retryable: true }),
    );
  }

  private batcher(id: ProviderId): Batcher<Job> {
    let batcher = this.batchers.get(id);
    if (!batcher) {
      const limits = this.options.providers.get(id)!.limits;
      batcher = new Batcher<Job>({
        maxItems: this.options.disableBatching ? 1 : limits.maxItems,
        maxChars: limits.maxChars,
        windowMs: this.options.disableBatching ? 0 : limits.batchWindowMs,
        sizeOf: (job) => job.text.length,
        onBatch: (to, jobs) => {
          const live = jobs.filter((job) => job.waiters.length > 0);
          for (const job of jobs) if (job.waiters.length === 0) this.jobs.delete(job.key);
          // While a batch waits at the limiter (the provider's rate or concurrency is used up), new
          // units for the same provider and language join it: fewer requests, no queue of small batches.
          const rest = this.batchers.get(id)!.join(to, live, (job) => (job.state = 'sending'));
          if (rest.length > 0) void this.send(id, rest, 0);
        },
        clock: this.options.clock,
      });
      this.batchers.set(id, batcher);
    }
    return batcher;
  }

  private limiter(id: ProviderId): Limiter {
    let limiter = this.limiters.get(id);
    if (!limiter) {
      const limits = this.options.providers.get(id)!.limits;
      limiter = new Limiter({ concurrency: limits.concurrency, ratePerSecond: limits.ratePerSecond, burst: limits.burst, clock: this.options.clock });
      this.limiters.set(id, limiter);
    }
    return limiter;
  }

  private async send(id: ProviderId, jobs: Job[], attempt: number): Promise<void> {
    const provider = this.options.providers.get(id)!;
    for (const job of jobs) job.state = 'sending';
    const to = jobs[0]!.to;
    const release = this.batcher(id).hold(to, jobs);
    // A batch may wait its turn at the limiter: what was cancelled meanwhile is left out when its
    // turn comes (and forgotten at that moment, so a later request for the same text starts afresh).
    let sent: Job[] = [];
    const stillWanted = () => {
      release();
      sent = jobs.filter((job) => job.waiters.length > 0);
      for (const job of jobs) if (job.waiters.length === 0) this.jobs.delete(job.key);
      return sent.length > 0;
    };
    try {
      const results = await this.limiter(id).run(() => provider.translate({ texts: sent.map((j) => j.text), from: SOURCE, to, signal: new AbortController().signal }), {
        wanted: stillWanted,
        otherwise: [],
      });
      if (sent.length === 0) return;
      jobs = sent;
      if (results.length !== jobs.length) throw new TranslationError('bad-reply', `${id} returned ${results.length} translations for ${jobs.length} texts.`);
      this.health.recordSuccess(id);
      const entries = this.cache.keep(
        id,
        to,
        results.map((r, i) => ({ source: jobs[i]!.text, text: r.text, detected: r.detected })),
      );
      entries.forEach((entry, i) => this.complete(jobs[i]!, entry, false));
    } catch (thrown) {
      const error = asTranslationError(thrown);
      const live = jobs.filter((job) => job.waiters.length > 0);
      for (const job of jobs) if (job.waiters.length === 0) this.jobs.delete(job.key);
      if (live.length === 0) return;
      // A reply that does not fit the batch: halve it rather than fall to one request per text.
      if (error.code === 'bad-reply' && live.length > 1) {
        const middle = Math.ceil(live.length / 2);
        await Promise.all([this.send(id, live.slice(0, middle), attempt), this.send(id, live.slice(middle), attempt)]);
        return;
      }
      const maxRetries = this.options.maxRetries ?? 2;
      const wait = error.retryAfterMs ?? backoffDelay(attempt, this.options.random ?? Math.random);
      // A provider that timed out once is not waited for again: the next one takes over at once.
      if (error.retryable && error.code !== 'timeout' && attempt < maxRetries && wait <= (this.options.maxRetryWaitMs ?? 3000)) {
        await sleep(this.options.clock, wait);
        await this.send(id, live, attempt + 1);
        return;
      }
      this.health.recordFailure(id, error);
      for (const job of live) {
        job.lastError = error;
        job.index += 1;
        this.dispatch(job);
      }
    }
  }

  // ---- answers ------------------------------------------------------------------------

  private attach(job: Job, waiter: Waiter): void {
    job.waiters.push(waiter);
    let segments = this.byOwner.get(waiter.owner);
    if (!segments) this.byOwner.set(waiter.owner, (segments = new Map<string, Job>()));
    segments.set(waiter.segmentId, job);
  }

  /** Removes one unit's interest in its job; a job nobody waits for leaves the queue if not yet sent. */
  private forget(owner: string, segmentId: string): void {
    const segments = this.byOwner.get(owner);
    const job = segments?.get(segmentId);
    if (!segments || !job) return;
    segments.delete(segmentId);
    job.waiters = job.waiters.filter((w) => !(w.owner === owner && w.segmentId === segmentId));
    if (job.waiters.length === 0 && job.state === 'queued' && job.provider) {
      this.batcher(job.provider).remove(job.to, job);
      this.jobs.delete(job.key);
    }
  }

  private complete(job: Job, entry: StoredTranslation, cached: boolean): void {
    this.jobs.delete(job.key);
    for (const waiter of job.waiters) {
      this.byOwner.get(waiter.owner)?.delete(waiter.segmentId);
      this.emit(waiter.owner, success(waiter.segmentId, entry, cached));
    }
    job.waiters = [];
  }

  private fail(job: Job, error: TranslationError): void {
    this.jobs.delete(job.key);
    for (const waiter of job.waiters) {
      this.byOwner.get(waiter.owner)?.delete(waiter.segmentId);
      this.emit(waiter.owner, {
        id: waiter.segmentId,
        ok: false,
        code: error.code,
        message: error.message,
        retryable: error.retryable || error.code === 'no-provider' || error.code === 'rate-limited',
      });
    }
    job.waiters = [];
  }

  /** Answers go out per owner, gathered per microtask: one message for everything ready at once. */
  private emit(owner: string, result: SegmentResult): void {
    let box = this.outbox.get(owner);
    if (!box) this.outbox.set(owner, (box = []));
    box.push(result);
    if (this.flushScheduled) return;
    this.flushScheduled = true;
    queueMicrotask(() => {
      this.flushScheduled = false;
      for (const [who, results] of this.outbox) {
        this.outbox.delete(who);
        try {
          this.delivers.get(who)?.(results);
        } catch {
          // A closed connection: its page will ask again.
        }
      }
    });
  }
}

function success(id: string, entry: StoredTranslation, cached: boolean): SegmentResult {
  return { id, ok: true, text: entry.text, provider: entry.provider, cached, ...(entry.detected && { detected: entry.detected }) };
}
