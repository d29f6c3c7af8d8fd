/**
 * One browser variant under test, with everything the scenarios need to drive and observe it:
 * the harness server (pages, provider stand-in, request log), the bench page, CDP metrics, and
 * counters inside the extension's service worker.
 *
 * Variants: "ext" (the extension as built), "off" (built with WXT_BENCH_BASELINE=true: batching and
 * caching off), "none" (the same Chromium without any extension).
 */
import type { CDPSession, Page } from 'playwright-core';
import type { HarnessServer } from '../harness/server';
import type { BenchBrowser } from './browser';
import type { Segment } from './corpus';
import { notePage, NOTE_PATH, type Layout } from './page';

export type Variant = 'ext' | 'off' | 'none';

/** window.__bench, as tests/bench/page-driver.js defines it. */
export interface PageBench {
  insert(segments: Segment[], options?: { where?: 'append' | 'prepend'; track?: boolean }): number;
  trickle(segments: Segment[], options?: { per?: number; every?: number; where?: 'append' | 'prepend' }): Promise<void>;
  track(): void;
  results(): Array<{ id: string; t0: number; t1: number; state: 'done' | 'error' }>;
  stats(): PageStats;
  scrollThrough(options?: { step?: number; maxWait?: number }): Promise<{ steps: number; timedOut: number; scrollTop: number }>;
  scrollToTop(): void;
  removeFirst(n: number): number;
  countNodes(): { document: number; overlays: number; overlayNodes: number };
  frames(n?: number): Promise<void>;
  longTasks(): Array<{ kind: 'longtask' | 'long-animation-frame'; start: number; duration: number; styleAndLayout: number }>;
}

export interface PageStats {
  comments: number;
  overlays: { waiting: number; done: number; error: number; other: number; total: number };
  seen: number;
}

/** Messages the service worker received from pages, counted by listeners the bench adds beside the extension's own. */
export interface MessageLog {
  port: Array<{ type: string; units: number }>;
  oneShot: Array<{ type: string }>;
}

/** Metrics from CDP Performance.getMetrics (durations in ms here; CDP gives seconds). */
export type Metrics = Record<'ScriptDuration' | 'TaskDuration' | 'LayoutCount' | 'RecalcStyleCount' | 'LayoutDuration' | 'RecalcStyleDuration' | 'JSHeapUsedSize' | 'Nodes', number>;

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export class Lab {
  page: Page | null = null;
  session: CDPSession | null = null;
  private visits = 0;

  constructor(
    readonly variant: Variant,
    readonly browser: BenchBrowser,
    readonly server: HarnessServer,
    readonly extensionDir: string | null,
  ) {}

  get hasExtension(): boolean {
    return this.variant !== 'none';
  }

  /** Opens the note page in a new tab (the previous one closed first: a fresh renderer). */
  async open(layout: Layout, note = { title: '成都美食攻略｜3天吃遍20家苍蝇馆子', body: '第一次来成都，每天都在吃吃吃，胖了三斤也值得。' }): Promise<Page> {
    await this.closePage();
    this.server.servePage(NOTE_PATH, notePage(layout, note));
    this.page = await this.browser.newPage();
    this.session = await this.browser.cdp(this.page);
    await this.page.goto(`https://www.xiaohongshu.com${NOTE_PATH}?visit=${++this.visits}`, { waitUntil: 'load' });
    await this.ready();
    return this.page;
  }

  /** Loads the page again in the same tab (a second visit). */
  async reload(): Promise<void> {
    await this.page!.goto(`https://www.xiaohongshu.com${NOTE_PATH}?visit=${++this.visits}`, { waitUntil: 'load' });
    await this.ready();
  }

  /** Waits until the content script has set itself up (its page stylesheet is in), then two frames. */
  private async ready(): Promise<void> {
    if (this.hasExtension) await this.page!.waitForSelector('style[data-red-thread]', { state: 'attached', timeout: 10_000 });
    await this.page!.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  }

  async closePage(): Promise<void> {
    await this.session?.detach().catch(() => undefined);
    await this.page?.close().catch(() => undefined);
    this.page = null;
    this.session = null;
  }

  /** Calls window.__bench.<name>(...args) in the page (arguments and result cross as JSON). */
  call<K extends keyof PageBench>(name: K, ...args: Parameters<PageBench[K]>): Promise<Awaited<ReturnType<PageBench[K]>>> {
    return this.page!.evaluate(
      ([method, params]) => {
        const b = (window as unknown as { __bench: Record<string, (...a: unknown[]) => unknown> }).__bench;
        return b[method]!(...params);
      },
      [name, args as unknown[]] as const,
    ) as Promise<Awaited<ReturnType<PageBench[K]>>>;
  }

  stats(): Promise<PageStats> {
    return this.call('stats');
  }

  /** Provider requests recorded by the harness server since `mark` (an index into its log). */
  providerRequestsSince(mark: number) {
    return this.server.requests.slice(mark).filter((r) => r.provider);
  }

  /**
   * Waits until the page is quiet: no overlay waiting, and neither the overlays nor the provider
   * log changed for `quietMs`, at least `minMs` after `since` (Date.now()). Gives up after `timeoutMs`.
   */
  async settle(since: number, { minMs = 800, quietMs = 600, timeoutMs = 20_000 } = {}): Promise<PageStats & { timedOut: boolean }> {
    let last = '';
    let changed = Date.now();
    for (;;) {
      const stats = await this.stats();
      const key = JSON.stringify([stats.overlays, stats.seen, this.server.requests.length]);
      if (key !== last) {
        last = key;
        changed = Date.now();
      }
      const now = Date.now();
      if (stats.overlays.waiting === 0 && now - changed >= quietMs && now - since >= minMs) return { ...stats, timedOut: false };
      if (now - since > timeoutMs) return { ...stats, timedOut: true };
      await sleep(100);
    }
  }

  // ---- the service worker -----------------------------------------------------------

  /** Adds listeners beside the extension's own that count what pages send (idempotent per worker life). */
  async countMessages(): Promise<void> {
    const worker = await this.browser.worker();
    await worker.evaluate(() => {
      type Listeners<F> = { addListener(f: F): void };
      type Port = { onMessage: Listeners<(m: { type?: string; segments?: unknown[]; ids?: unknown[] }) => void> };
      const g = globalThis as unknown as {
        __benchLog?: MessageLog;
        chrome: { runtime: { onConnect: Listeners<(port: Port) => void>; onMessage: Listeners<(m: { type?: string }, sender: { tab?: unknown }) => boolean> } };
      };
      if (g.__benchLog) return;
      const log: MessageLog = { port: [], oneShot: [] };
      g.__benchLog = log;
      g.chrome.runtime.onConnect.addListener((port) => {
        port.onMessage.addListener((m) => log.port.push({ type: String(m?.type), units: (m?.segments ?? m?.ids ?? []).length }));
      });
      g.chrome.runtime.onMessage.addListener((m, sender) => {
        if (sender.tab) log.oneShot.push({ type: String(m?.type) });
        return false; // not an answer: the extension's own listener answers
      });
    });
  }

  /** What the counters saw since the last call (and resets them). */
  async takeMessages(): Promise<MessageLog> {
    const worker = await this.browser.worker();
    return worker.evaluate(() => {
      const log = (globalThis as unknown as { __benchLog?: MessageLog }).__benchLog;
      return { port: log?.port.splice(0) ?? [], oneShot: log?.oneShot.splice(0) ?? [] };
    });
  }

  // ---- CDP -------------------------------------------------------------------------

  async metrics(): Promise<Metrics> {
    const { metrics } = await this.session!.send('Performance.getMetrics');
    const get = (name: string) => metrics.find((m) => m.name === name)?.value ?? Number.NaN;
    const s = (name: string) => get(name) * 1000;
    return {
      ScriptDuration: s('ScriptDuration'),
      TaskDuration: s('TaskDuration'),
      LayoutDuration: s('LayoutDuration'),
      RecalcStyleDuration: s('RecalcStyleDuration'),
      LayoutCount: get('LayoutCount'),
      RecalcStyleCount: get('RecalcStyleCount'),
      JSHeapUsedSize: get('JSHeapUsedSize'),
      Nodes: get('Nodes'),
    };
  }

  /** Full garbage collection (twice: what the first frees can free more), then the heap and DOM counters. */
  async memory(): Promise<{ heapUsed: number; nodes: number; listeners: number; documents: number }> {
    const s = this.session!;
    for (let i = 0; i < 2; i++) await s.send('HeapProfiler.collectGarbage');
    const heap = await s.send('Runtime.getHeapUsage');
    const dom = await s.send('Memory.getDOMCounters');
    return { heapUsed: heap.usedSize, nodes: dom.nodes, listeners: dom.jsEventListeners, documents: dom.documents };
  }
}

export function diff(after: Metrics, before: Metrics): Metrics {
  const out = {} as Metrics;
  for (const key of Object.keys(after) as Array<keyof Metrics>) out[key] = after[key] - before[key];
  return out;
}
