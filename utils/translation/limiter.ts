/**
 * Per-provider rate and concurrency limits: a token bucket (sustained rate plus a burst) and a
 * cap on requests in flight. Tasks start in the order they were queued. Pure: time is injected.
 */
import type { Clock } from './clock';

export interface LimiterOptions {
  concurrency: number;
  ratePerSecond: number;
  burst: number;
  clock: Clock;
}

export class Limiter {
  private tokens: number;
  private lastRefill: number;
  private active = 0;
  private readonly queue: Array<{ start(): void; wanted(): boolean; drop(): void }> = [];
  private wakeTimer: unknown = null;

  constructor(private readonly options: LimiterOptions) {
    this.tokens = options.burst;
    this.lastRefill = options.clock.now();
  }

  /**
   * Runs `task` when a slot and a token are free. With `unless`, a task no longer wanted when its
   * turn comes (everything it was for was cancelled meanwhile) is skipped, spending neither, and
   * its promise gets `unless.otherwise`.
   */
  run<T>(task: () => Promise<T>, unless?: { wanted(): boolean; otherwise: T }, signal?: AbortSignal): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      // `signal`: a caller cancelled while waiting leaves the queue at once, rejected with the signal's reason.
      if (signal?.aborted) return reject(signal.reason);
      const onAbort = () => {
        const index = this.queue.indexOf(entry);
        if (index >= 0) this.queue.splice(index, 1);
        reject(signal!.reason);
      };
      signal?.addEventListener('abort', onAbort, { once: true });
      const entry = {
        start: () => {
          signal?.removeEventListener('abort', onAbort);
          task()
            .then(resolve, reject)
            .finally(() => {
              this.active -= 1;
              this.pump();
            });
        },
        wanted: () => unless?.wanted() ?? true,
        drop: () => resolve(unless!.otherwise),
      };
      this.queue.push(entry);
      this.pump();
    });
  }

  private refill(): void {
    // No rate limit, only concurrency (the on-device translator's sessions).
    if (this.options.ratePerSecond === Number.POSITIVE_INFINITY) {
      this.tokens = Number.POSITIVE_INFINITY;
      return;
    }
    const now = this.options.clock.now();
    const earned = ((now - this.lastRefill) / 1000) * this.options.ratePerSecond;
    this.tokens = Math.min(this.options.burst, this.tokens + earned);
    this.lastRefill = now;
  }

  private pump(): void {
    this.refill();
    while (this.queue.length > 0 && this.active < this.options.concurrency && this.tokens >= 1) {
      const next = this.queue.shift()!;
      if (!next.wanted()) {
        next.drop();
        continue;
      }
      this.tokens -= 1;
      this.active += 1;
      next.start();
    }
    if (this.queue.length > 0 && this.active < this.options.concurrency && this.tokens < 1 && this.wakeTimer === null) {
      const waitMs = Math.ceil(((1 - this.tokens) / this.options.ratePerSecond) * 1000);
      this.wakeTimer = this.options.clock.setTimeout(() => {
        this.wakeTimer = null;
        this.pump();
      }, waitMs);
    }
  }
}
