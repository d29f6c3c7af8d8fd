/**
 * Which providers are fit to use. A provider that keeps failing is rested for a while, with
 * the rest growing on each new failure, and its requests go to the next in the chain:
 * - throttled (429) or gone (404): rested at once (for Retry-After when longer);
 * - server errors, timeouts, dropped connections, bad replies: rested after two in a row;
 * - a bad key, a used-up quota or a missing setting: rested until the user changes settings.
 */
import type { ProviderId } from '../schemas/settings';
import type { Clock } from './clock';
import type { TranslationError, TranslationErrorCode } from './errors';

export type ProviderState = 'ok' | 'resting' | 'needs-setup';

export interface ProviderStatus {
  state: ProviderState;
  /** When a rest ends (ms since epoch). */
  until?: number;
  lastError?: { code: TranslationErrorCode; message: string };
}

const IMMEDIATE: ReadonlySet<TranslationErrorCode> = new Set(['rate-limited', 'unavailable']);
const NEEDS_SETUP: ReadonlySet<TranslationErrorCode> = new Set(['bad-key', 'quota', 'not-configured']);
const IGNORED: ReadonlySet<TranslationErrorCode> = new Set(['cancelled', 'unsupported-language', 'bad-request']);

interface Record_ {
  consecutive: number;
  rests: number;
  until: number;
  needsSetup: boolean;
  lastError?: { code: TranslationErrorCode; message: string };
}

export class ProviderHealth {
  private readonly records = new Map<ProviderId, Record_>();

  constructor(
    private readonly clock: Clock,
    private readonly options = { failuresBeforeRest: 2, baseRestMs: 20_000, maxRestMs: 10 * 60_000 },
  ) {}

  private record(id: ProviderId): Record_ {
    let r = this.records.get(id);
    if (!r) this.records.set(id, (r = { consecutive: 0, rests: 0, until: 0, needsSetup: false }));
    return r;
  }

  recordSuccess(id: ProviderId): void {
    const r = this.record(id);
    r.consecutive = 0;
    r.rests = 0;
    r.until = 0;
    r.needsSetup = false;
    delete r.lastError;
  }

  recordFailure(id: ProviderId, error: TranslationError): void {
    if (IGNORED.has(error.code)) return;
    const r = this.record(id);
    r.consecutive += 1;
    r.lastError = { code: error.code, message: error.message };
    if (NEEDS_SETUP.has(error.code)) {
      r.needsSetup = true;
      return;
    }
    if (IMMEDIATE.has(error.code) || r.consecutive >= this.options.failuresBeforeRest) {
      const rest = Math.min(this.options.maxRestMs, this.options.baseRestMs * 2 ** r.rests);
      r.rests += 1;
      r.until = this.clock.now() + Math.max(rest, error.retryAfterMs ?? 0);
      r.consecutive = 0;
    }
  }

  /**
   * Settings changed (a URL fixed), or a key was entered: give those providers (all when none
   * named) a fresh start from "needs setup". Rests after errors are left to run out.
   */
  resetSetup(ids?: readonly ProviderId[]): void {
    for (const [id, r] of this.records) {
      if (ids && !ids.includes(id)) continue;
      r.needsSetup = false;
      if (r.lastError && NEEDS_SETUP.has(r.lastError.code)) delete r.lastError;
    }
  }

  isUsable(id: ProviderId): boolean {
    const r = this.records.get(id);
    return !r || (!r.needsSetup && r.until <= this.clock.now());
  }

  status(id: ProviderId): ProviderStatus {
    const r = this.records.get(id);
    if (!r) return { state: 'ok' };
    const lastError = r.lastError ? { lastError: r.lastError } : {};
    if (r.needsSetup) return { state: 'needs-setup', ...lastError };
    if (r.until > this.clock.now()) return { state: 'resting', until: r.until, ...lastError };
    return { state: 'ok', ...lastError };
  }
}
