/**
 * The content script's side of the translation port. Segments asked for in one frame go out
 * as one message. Answers are checked with zod. When the port closes (the service worker was
 * stopped, or restarted with fresh memory), everything still unanswered is asked again on a
 * new port: nothing is lost, and the background's cache makes re-asking cheap.
 *
 * With a local route (Chrome's on-device translator, when chosen), a segment is first offered to
 * it; what it cannot do (no model for the pair, a failure, a rest) goes to the background as usual.
 */
import { browser, type Runtime } from '@/utils/browser';
import type { LanguageCode } from '@/utils/languages';
import { MAX_SEGMENTS_PER_MESSAGE, TRANSLATE_PORT, portReplySchema, type SegmentResult } from '@/utils/schemas/messages';
import type { LocalRoute } from './on-device-route';

export type { SegmentResult };

/** A segment unanswered this long gets a retryable error: every unit ends translated or visibly failed. */
const ANSWER_DEADLINE_MS = 45_000;

interface Pending {
  text: string;
  to: LanguageCode;
  sentAt?: number;
  /** Asked again by the reader (a Retry click). */
  retry?: boolean;
  /** The language the page decided the text is in ('auto' when unsure); the on-device route needs it. */
  source?: string | undefined;
  /** Being translated by the local route: not on the port (not re-asked, not cancelled there). */
  local?: AbortController;
}

export class TranslatorClient {
  private port: Runtime.Port | null = null;
  /** Asked and not yet answered: re-sent if the port drops. */
  private readonly inFlight = new Map<string, Pending>();
  /** Asked this frame, not yet sent. */
  private outgoing: Array<{ id: string } & Pending> = [];
  private cancels: string[] = [];
  private flushScheduled = false;
  private dead = false;

  /** One-off requests (the composer, a selection): answered through a promise instead of onResults. */
  private readonly oneShots = new Map<string, (result: SegmentResult) => void>();
  private nextOneShot = 0;

  constructor(
    private readonly onResults: (results: SegmentResult[]) => void,
    /** True once the extension context is gone (checking it also starts the content script's clean-up). */
    private readonly contextGone: () => boolean = () => false,
    private readonly local?: LocalRoute,
    /** The content script's lifetime: when it ends, the client stops quietly. */
    signal?: AbortSignal,
  ) {
    signal?.addEventListener('abort', () => this.close(), { once: true });
  }

  /**
   * Translates one text outside the page's units; resolves with its result (never rejects).
   * `signal` ends it early (an image's note closed): not sent if still queued, cancelled at the background if sent.
   */
  translateOnce(text: string, to: LanguageCode, retry = false, source?: string, signal?: AbortSignal): Promise<SegmentResult> {
    const id = `once.${++this.nextOneShot}`;
    return new Promise((resolve) => {
      if (this.dead || signal?.aborted) {
        resolve({ id, ok: false, code: 'unavailable', message: 'Red Thread was updated or reloaded: reload the page.', retryable: false });
        return;
      }
      this.oneShots.set(id, resolve);
      signal?.addEventListener(
        'abort',
        () => {
          if (!this.oneShots.delete(id)) return;
          this.cancel([id]);
          resolve({ id, ok: false, code: 'cancelled', message: 'Cancelled.', retryable: true });
        },
        { once: true },
      );
      this.translate(id, text, to, retry, source);
    });
  }

  translate(id: string, text: string, to: LanguageCode, retry = false, source?: string): void {
    if (this.dead) return;
    const pending: Pending = { text, to, retry, source, sentAt: Date.now() };
    this.inFlight.set(id, pending);
    this.armWatchdog();
    if (this.local?.wanted()) {
      this.translateLocally(id, pending, this.local);
      return;
    }
    this.outgoing.push({ id, text, to, retry });
    this.scheduleFlush();
  }

  private translateLocally(id: string, pending: Pending, local: LocalRoute): void {
    const controller = new AbortController();
    pending.local = controller;
    void local.translate(pending.text, pending.to, pending.source, controller.signal).then((result) => {
      // Cancelled, replaced or timed out meanwhile: nobody waits for this answer.
      if (this.dead || this.inFlight.get(id) !== pending) return;
      delete pending.local;
      if (!result) {
        this.outgoing.push({ id, text: pending.text, to: pending.to, retry: pending.retry });
        this.scheduleFlush();
        return;
      }
      this.inFlight.delete(id);
      const forUnits = this.takeOneShots([{ id, ok: true, text: result.text, provider: result.provider, detected: result.detected, cached: false }]);
      if (forUnits.length > 0) this.onResults(forUnits);
    });
  }

  /** Drops segments that scrolled away or were replaced; the background drops them if not yet sent. */
  cancel(ids: readonly string[]): void {
    for (const id of ids) {
      const pending = this.inFlight.get(id);
      if (!pending) continue;
      this.inFlight.delete(id);
      if (pending.local) {
        pending.local.abort(); // leaves the on-device queue; the background never had it
        continue;
      }
      const queued = this.outgoing.findIndex((o) => o.id === id);
      if (queued >= 0) this.outgoing.splice(queued, 1);
      else this.cancels.push(id);
    }
    this.scheduleFlush();
  }

  get waiting(): number {
    return this.inFlight.size;
  }

  /** The extension context is gone: stop quietly. */
  close(): void {
    this.dead = true;
    if (this.watchdog) clearTimeout(this.watchdog);
    for (const pending of this.inFlight.values()) pending.local?.abort();
    this.inFlight.clear();
    for (const [id, resolve] of this.oneShots) resolve({ id, ok: false, code: 'unavailable', message: 'Red Thread was updated or reloaded: reload the page.', retryable: false });
    this.oneShots.clear();
    this.outgoing = [];
    try {
      this.port?.disconnect();
    } catch {
      // already gone
    }
    this.port = null;
  }

  private scheduleFlush(): void {
    if (this.flushScheduled) return;
    this.flushScheduled = true;
    // A microtask: everything asked in this task (one frame's scan) leaves together.
    queueMicrotask(() => {
      this.flushScheduled = false;
      this.flush();
    });
  }

  private flush(): void {
    if (this.dead) return;
    if (this.outgoing.length === 0 && this.cancels.length === 0) return;
    const port = this.connect();
    if (!port) return;
    try {
      if (this.cancels.length > 0) {
        port.postMessage({ type: 'cancel', ids: this.cancels.splice(0, MAX_SEGMENTS_PER_MESSAGE) });
      }
      // One message per target language (nearly always exactly one), retries apart.
      const groups = new Map<string, { to: LanguageCode; retry: boolean; segments: Array<{ id: string; text: string }> }>();
      for (const { id, text, to, retry = false } of this.outgoing) {
        const key = `${to}|${retry}`;
        let group = groups.get(key);
        if (!group) groups.set(key, (group = { to, retry, segments: [] }));
        group.segments.push({ id, text });
      }
      this.outgoing = [];
      for (const { to, retry, segments } of groups.values()) {
        for (let i = 0; i < segments.length; i += MAX_SEGMENTS_PER_MESSAGE) {
          port.postMessage({ type: 'translate', to, segments: segments.slice(i, i + MAX_SEGMENTS_PER_MESSAGE), ...(retry && { retry }) });
        }
      }
    } catch {
      // The port died between connect and post: the disconnect handler re-asks.
      this.reaskAll();
    }
  }

  private connect(): Runtime.Port | null {
    if (this.port) return this.port;
    try {
      const port = browser.runtime.connect({ name: TRANSLATE_PORT });
      port.onMessage.addListener((message: unknown) => this.receive(message));
      port.onDisconnect.addListener(() => {
        if (this.port === port) this.port = null;
        if (this.contextGone()) {
          this.close();
          return;
        }
        // The worker stopped (or the extension is reloading): ask again for what was unanswered.
        if (!this.dead && this.inFlight.size > 0) setTimeout(() => this.reaskAll(), 0);
      });
      this.port = port;
      return port;
    } catch {
      // The extension context is invalidated: nothing more will work here.
      this.close();
      return null;
    }
  }

  /** Hands one-shot answers to their promises; returns the rest (the page's units). */
  private takeOneShots(results: SegmentResult[]): SegmentResult[] {
    if (this.oneShots.size === 0) return results;
    return results.filter((result) => {
      const resolve = this.oneShots.get(result.id);
      if (!resolve) return true;
      this.oneShots.delete(result.id);
      resolve(result);
      return false;
    });
  }

  private watchdog: ReturnType<typeof setTimeout> | null = null;

  /** A timer only while something waits (no polling when idle). */
  private armWatchdog(): void {
    if (this.watchdog || this.dead) return;
    this.watchdog = setTimeout(() => {
      this.watchdog = null;
      const now = Date.now();
      const late: SegmentResult[] = [];
      for (const [id, pending] of this.inFlight) {
        if (now - (pending.sentAt ?? now) < ANSWER_DEADLINE_MS) continue;
        this.inFlight.delete(id);
        pending.local?.abort();
        late.push({ id, ok: false, code: 'timeout', message: 'No answer from the translation service.', retryable: true });
      }
      const forUnits = this.takeOneShots(late);
      if (forUnits.length > 0) this.onResults(forUnits);
      if (this.inFlight.size > 0) this.armWatchdog();
    }, ANSWER_DEADLINE_MS / 3);
  }

  private reaskAll(): void {
    if (this.dead) return;
    this.port = null;
    const queuedIds = new Set(this.outgoing.map((o) => o.id));
    for (const [id, pending] of this.inFlight) {
      if (queuedIds.has(id) || pending.local) continue;
      this.outgoing.push({ id, text: pending.text, to: pending.to, retry: pending.retry });
    }
    this.cancels = [];
    this.scheduleFlush();
  }

  private receive(message: unknown): void {
    const parsed = portReplySchema().safeParse(message);
    if (!parsed.success) return;
    if (parsed.data.type === 'refused') {
      // Should not happen (we only send valid messages); if it does, fail visibly rather than wait forever.
      const { code, message: text } = parsed.data;
      const onPort = [...this.inFlight].filter(([, pending]) => !pending.local).map(([id]) => id);
      const failed = onPort.map((id): SegmentResult => ({ id, ok: false, code, message: text, retryable: true }));
      for (const id of onPort) this.inFlight.delete(id);
      const forUnits = this.takeOneShots(failed);
      if (forUnits.length > 0) this.onResults(forUnits);
      return;
    }
    const answered = parsed.data.results.filter((r) => this.inFlight.delete(r.id));
    const forUnits = this.takeOneShots(answered);
    if (forUnits.length > 0) this.onResults(forUnits);
  }
}
