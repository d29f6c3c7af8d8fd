/**
 * Chrome's built-in on-device Translator, behind a small interface: the browser's global
 * `Translator` (or a fake in tests) is injected, so this module touches no browser API itself.
 *
 * What it takes care of:
 * - which language tags Chrome understands for ours ('zh-CN' -> 'zh', 'zh-TW' -> 'zh-Hant');
 * - availability per language pair, remembered for a short while (asking is an IPC round trip);
 * - ONE session per pair, even when many units ask at once, each with its own small queue:
 *   hundreds of concurrent translate() calls on one model time out in Chrome;
 * - a download only when asked for (from a click): translate() never calls create() for a pair
 *   that is not yet available, because create() without a user gesture fails then;
 * - Chrome's DOMExceptions as the extension's TranslationError codes; a session that fails is
 *   dropped (destroyed) and the next request makes a fresh one.
 */
import type { LanguageCode } from '../languages';
import { sleep, type Clock } from './clock';
import { TranslationError } from './errors';
import { Limiter } from './limiter';

export type OnDeviceAvailability = 'available' | 'downloadable' | 'downloading' | 'unavailable';

export interface LanguagePair {
  /** Chrome's tag for the source language ("zh", "en", "zh-Hant" …). */
  sourceLanguage: string;
  targetLanguage: string;
}

/** The part of a Translator session this module uses. */
export interface TranslatorSessionLike {
  translate(text: string, options?: { signal?: AbortSignal }): Promise<string>;
  destroy?(): void;
}

/** The download monitor Chrome hands to `monitor(m)`: fires 'downloadprogress' with `loaded` in 0..1. */
export interface DownloadMonitorLike {
  addEventListener(type: 'downloadprogress', listener: (event: { loaded: number }) => void): void;
}

/** The part of the global `Translator` this module uses. */
export interface TranslatorFactoryLike {
  availability(options: LanguagePair): Promise<string>;
  create(options: LanguagePair & { monitor?(monitor: DownloadMonitorLike): void; signal?: AbortSignal }): Promise<TranslatorSessionLike>;
}

/** The global `Translator` of a window, when the browser has one (Chrome 138+ desktop; not Firefox). */
export function findTranslator(scope: unknown): TranslatorFactoryLike | null {
  const candidate = (scope as { Translator?: Partial<TranslatorFactoryLike> } | null | undefined)?.Translator;
  if (!candidate || typeof candidate.availability !== 'function' || typeof candidate.create !== 'function') return null;
  // Called as methods of the global, as Chrome requires.
  return { availability: (o) => candidate.availability!(o), create: (o) => candidate.create!(o) };
}

/** Chrome's tag for a target language of ours. */
export function onDeviceTarget(code: LanguageCode): string {
  if (code === 'zh-CN') return 'zh';
  if (code === 'zh-TW') return 'zh-Hant';
  return code;
}

/**
 * Chrome's tag for a source language as our detection names it ("zh", "en", "zh-TW" from the
 * browser's detector); null when the source is not known ('auto'): Chrome needs it spelled out.
 */
export function onDeviceSource(source: string | undefined): string | null {
  if (!source) return null;
  const lower = source.toLowerCase().replace(/_/g, '-');
  if (lower === 'auto' || lower === 'und') return null;
  if (lower.startsWith('zh')) return /hant|-tw|-hk|-mo/.test(lower) ? 'zh-Hant' : 'zh';
  const base = lower.split('-')[0];
  return base && /^[a-z]{2,3}$/.test(base) ? base : null;
}

/** The pair to ask Chrome for, or null when there is nothing it could do (unknown or same language). */
export function languagePair(source: string | undefined, to: LanguageCode): LanguagePair | null {
  const sourceLanguage = onDeviceSource(source);
  const targetLanguage = onDeviceTarget(to);
  if (!sourceLanguage || sourceLanguage === targetLanguage) return null;
  return { sourceLanguage, targetLanguage };
}

/** Chrome's answer as one of the four states; anything else (an older build's words, null) is "unavailable". */
export function toAvailability(raw: unknown): OnDeviceAvailability {
  switch (raw) {
    case 'available':
    case 'readily': // Chrome's pre-138 spelling
      return 'available';
    case 'downloadable':
    case 'after-download':
      return 'downloadable';
    case 'downloading':
      return 'downloading';
    default:
      return 'unavailable';
  }
}

/** Chrome's DOMExceptions (by name) as the extension's error codes. */
export function onDeviceError(thrown: unknown): TranslationError {
  if (thrown instanceof TranslationError) return thrown;
  const name = (thrown as { name?: unknown } | null)?.name;
  switch (name) {
    case 'AbortError':
      return new TranslationError('cancelled', 'Cancelled.');
    case 'NotAllowedError':
      return new TranslationError('not-configured', 'Chrome needs a click to download this language pack: use the Download button in Red Thread’s options.');
    case 'NotSupportedError':
      return new TranslationError('unsupported-language', 'Chrome’s on-device translator does not support this language pair.');
    case 'QuotaExceededError':
      return new TranslationError('bad-request', 'The text is too long for Chrome’s on-device translator.');
    case 'NetworkError':
      return new TranslationError('network', 'The language pack could not be downloaded. Check your connection.');
    case 'TimeoutError':
      return new TranslationError('timeout', 'Chrome’s on-device translator took too long to answer.');
    default:
      // OperationError, UnknownError, InvalidStateError (a destroyed session) …: the model failed.
      return new TranslationError('server', `Chrome’s on-device translator failed${typeof name === 'string' ? ` (${name})` : ''}.`);
  }
}

export interface OnDeviceOptions {
  /** null where the browser has no Translator (Firefox, older Chrome). */
  factory: TranslatorFactoryLike | null;
  clock: Clock;
  /** translate() calls running at once on one session. */
  concurrency?: number;
  /** One translate() call longer than this fails with 'timeout' (and its session is replaced). */
  timeoutMs?: number;
  /** How long an answer other than "available" is trusted (a download in options should be noticed soon). */
  availabilityTtlMs?: number;
}

interface Session {
  ready: Promise<TranslatorSessionLike>;
  /** A few calls at once, the rest waiting their turn, first come first served. */
  slots: Limiter;
}

interface Known {
  answer: Promise<OnDeviceAvailability>;
  /** Set once Chrome answered. */
  settled?: OnDeviceAvailability;
  at: number;
}

const pairKey = (pair: LanguagePair) => `${pair.sourceLanguage}>${pair.targetLanguage}`;

export class OnDeviceTranslator {
  private readonly sessions = new Map<string, Session>();
  private readonly known = new Map<string, Known>();
  private readonly concurrency: number;
  private readonly timeoutMs: number;
  private readonly ttlMs: number;

  constructor(private readonly options: OnDeviceOptions) {
    this.concurrency = Math.max(1, options.concurrency ?? 2);
    this.timeoutMs = options.timeoutMs ?? 20_000;
    this.ttlMs = options.availabilityTtlMs ?? 10_000;
  }

  get supported(): boolean {
    return this.options.factory !== null;
  }

  /** Sessions open now (one per pair). */
  get sessionCount(): number {
    return this.sessions.size;
  }

  /** Whether the pair can be translated on this device now, needs a download, or not at all. */
  availability(pair: LanguagePair): Promise<OnDeviceAvailability> {
    const factory = this.options.factory;
    if (!factory) return Promise.resolve('unavailable');
    const key = pairKey(pair);
    if (this.sessions.has(key)) return Promise.resolve('available');
    const remembered = this.known.get(key);
    const now = this.options.clock.now();
    // Callers that ask at once share one question to Chrome.
    if (remembered && (remembered.settled === 'available' || remembered.settled === undefined || now - remembered.at < this.ttlMs)) return remembered.answer;
    const entry: Known = {
      at: now,
      answer: factory.availability({ ...pair }).then(
        (raw) => toAvailability(raw),
        () => 'unavailable' as const, // an invalid tag, or the API refusing in this context
      ),
    };
    void entry.answer.then((value) => (entry.settled = value));
    this.known.set(key, entry);
    return entry.answer;
  }

  /** Forget remembered availability (settings changed, or a download finished elsewhere). */
  forgetAvailability(): void {
    this.known.clear();
  }

  /**
   * Translates one text. Only for a pair that is available: a pair that needs a download fails
   * with 'not-configured' without calling create() (that needs the user's click: see download()).
   */
  async translate(text: string, pair: LanguagePair, signal?: AbortSignal): Promise<string> {
    if (!this.options.factory) throw new TranslationError('unavailable', 'This browser has no on-device translator.');
    const state = await this.availability(pair);
    if (state === 'unavailable') throw new TranslationError('unsupported-language', 'Chrome’s on-device translator does not support this language pair here.');
    if (state !== 'available') {
      throw new TranslationError('not-configured', 'The language pack is not downloaded yet: use the Download button in Red Thread’s options.');
    }
    const key = pairKey(pair);
    const session = this.session(key, pair);
    const cancelled = new AbortController();
    const onAbort = () => cancelled.abort(new TranslationError('cancelled', 'Cancelled.'));
    if (signal?.aborted) onAbort();
    else signal?.addEventListener('abort', onAbort, { once: true });
    try {
      return await session.slots.run(
        async () => {
          try {
            const translator = await session.ready;
            return await this.withTimeout((s) => translator.translate(text, { signal: s }), signal);
          } catch (thrown) {
            const error = onDeviceError(thrown);
            // A failed session may be wedged (a timeout) or gone (destroyed): the next call makes a new one.
            // A cancelled call or a text that is too long says nothing about the session.
            if (error.code !== 'cancelled' && error.code !== 'bad-request') this.drop(key, session);
            throw error;
          }
        },
        undefined,
        cancelled.signal,
      );
    } finally {
      signal?.removeEventListener('abort', onAbort);
    }
  }

  /**
   * Downloads the pair's language pack: call it straight from a click (Chrome requires a user
   * gesture). Reports progress 0..1; the session it makes is kept for later translations.
   * `signal` cancels it (Chrome stops the download; the call rejects with 'cancelled').
   */
  async download(pair: LanguagePair, onProgress: (loaded: number) => void, signal?: AbortSignal): Promise<void> {
    const factory = this.options.factory;
    if (!factory) throw new TranslationError('unavailable', 'This browser has no on-device translator.');
    const key = pairKey(pair);
    const existing = this.sessions.get(key);
    if (existing) {
      await existing.ready;
      onProgress(1);
      return;
    }
    // create() is called synchronously from here, while the click's activation is still valid.
    const ready = factory.create({
      ...pair,
      ...(signal && { signal }),
      monitor(monitor) {
        monitor.addEventListener('downloadprogress', (event) => onProgress(clamp01(event.loaded)));
      },
    });
    const session: Session = { ready, slots: this.slots() };
    this.sessions.set(key, session);
    try {
      await ready;
    } catch (thrown) {
      this.drop(key, session);
      throw onDeviceError(thrown);
    }
    this.known.set(key, { answer: Promise.resolve('available'), settled: 'available', at: this.options.clock.now() });
    onProgress(1);
  }

  /** Closes every session (the page is going away). */
  destroy(): void {
    for (const [key, session] of this.sessions) this.drop(key, session);
  }

  // ---- sessions and their queues -------------------------------------------------------

  private session(key: string, pair: LanguagePair): Session {
    let session = this.sessions.get(key);
    if (!session) {
      // Shared by every caller of this pair, including those that arrive while it is being made.
      const ready = this.options.factory!.create({ ...pair });
      session = { ready, slots: this.slots() };
      this.sessions.set(key, session);
      // Handled here too, so an early failure is never an unhandled rejection; callers see it when they await.
      ready.catch(() => undefined);
    }
    return session;
  }

  private drop(key: string, session: Session): void {
    if (this.sessions.get(key) !== session) return;
    this.sessions.delete(key);
    this.known.delete(key);
    session.ready.then(
      (translator) => {
        try {
          translator.destroy?.();
        } catch {
          // already destroyed
        }
      },
      () => undefined,
    );
  }

  private slots(): Limiter {
    return new Limiter({ concurrency: this.concurrency, ratePerSecond: Number.POSITIVE_INFINITY, burst: Number.POSITIVE_INFINITY, clock: this.options.clock });
  }

  private async withTimeout<T>(run: (signal: AbortSignal) => Promise<T>, outer?: AbortSignal): Promise<T> {
    const controller = new AbortController();
    const onOuterAbort = () => controller.abort(outer?.reason);
    outer?.addEventListener('abort', onOuterAbort, { once: true });
    const timer = new AbortController();
    const late = sleep(this.options.clock, this.timeoutMs, timer.signal).then(() => {
      controller.abort();
      throw new TranslationError('timeout', 'Chrome’s on-device translator took too long to answer.');
    });
    try {
      return await Promise.race([run(controller.signal), late]);
    } finally {
      timer.abort();
      outer?.removeEventListener('abort', onOuterAbort);
    }
  }
}

function clamp01(value: unknown): number {
  return typeof value === 'number' && Number.isFinite(value) ? Math.min(1, Math.max(0, value)) : 0;
}
