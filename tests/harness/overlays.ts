/**
 * What the reader sees of Red Thread on a test page, read the way a test can: every overlay,
 * its state, its translated text (from inside its open shadow root), and the unit it sits after.
 */
import { UNIT_SELECTOR } from '../../utils/sites/xiaohongshu/selectors';
import type { TestBrowser, TestPage } from './browser';

export interface OverlaySnapshot {
  kind: string;
  state: string;
  mode: string;
  text: string;
  error: string;
  /** The original text of the unit the overlay sits right after. */
  original: string;
  /** True when the overlay's previous sibling is a unit (it sits beside what it translates). */
  besideUnit: boolean;
  /** Whether the original is displayed (replace mode hides it). */
  originalVisible: boolean;
}

export function overlays(page: TestPage): Promise<OverlaySnapshot[]> {
  return page.evaluate(
    (unitSelector: string) =>
      [...document.querySelectorAll('red-thread-overlay')].map((host) => {
        const before = host.previousElementSibling;
        const root = host.shadowRoot;
        return {
          kind: host.getAttribute('data-rt-kind') ?? '',
          state: host.getAttribute('data-rt-state') ?? '',
          mode: host.getAttribute('data-rt-mode') ?? '',
          // The translation: the root's text and kept tokens (its buttons and chips aside).
          text: [...(root?.childNodes ?? [])]
            .filter((n) => n.nodeType === 3 || (n as Element).classList?.contains('rt-keep'))
            .map((n) => n.textContent)
            .join(''),
          error: root?.querySelector('.rt-error')?.textContent ?? '',
          original: before?.textContent?.trim() ?? '',
          besideUnit: before?.matches(unitSelector) ?? false,
          // Replace mode hides a flowing original (display: none) and fades a grid card's title (opacity: 0, its box kept).
          originalVisible: before ? getComputedStyle(before).display !== 'none' && getComputedStyle(before).opacity !== '0' : false,
        };
      }),
    UNIT_SELECTOR,
  );
}

/**
 * Every unit of the page in one line each, for an assertion's message: the start of its text, its
 * overlay's state (or "none") and its top edge against the viewport's height.
 */
export function describeUnits(page: TestPage): Promise<string> {
  return page.evaluate(
    (unitSelector: string) =>
      [...document.querySelectorAll(unitSelector)]
        .map((el) => {
          const next = el.nextElementSibling;
          const state = next?.localName === 'red-thread-overlay' ? (next.getAttribute('data-rt-state') ?? '?') : 'none';
          return `${(el.textContent ?? '').trim().slice(0, 16)} [${state}] top ${Math.round(el.getBoundingClientRect().top)}/${innerHeight}`;
        })
        .join('; '),
    UNIT_SELECTOR,
  );
}

/** Waits until at least `atLeast` overlays exist and none is still waiting; returns them. */
export async function settled(page: TestPage, atLeast = 1, timeoutMs = 15_000): Promise<OverlaySnapshot[]> {
  await page.waitFor(
    (min: number) => {
      const hosts = [...document.querySelectorAll('red-thread-overlay')];
      return hosts.length >= min && hosts.every((h) => h.getAttribute('data-rt-state') !== 'waiting');
    },
    atLeast,
    timeoutMs,
  );
  // One more frame for anything the last answers triggered.
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  return overlays(page);
}

/** Calls the fixture's driver (window.__rtFixture) in the page. */
export function fixture<R>(page: TestPage, script: string): Promise<R> {
  return page.evaluate(
    (source: string) =>
      // eslint-disable-next-line @typescript-eslint/no-implied-eval -- the test's own script, run in the page: evaluating a string is what this helper is for
      (new Function('f', `return (async () => { ${source} })()`) as (f: unknown) => Promise<R>)((window as unknown as { __rtFixture: unknown }).__rtFixture),
    script,
  );
}

/** Changes the user's settings the way the extension's own pages do (storage.sync, validated shape). */
export async function setSettings(browser: TestBrowser, patch: Record<string, unknown>): Promise<void> {
  const page = await browser.openExtensionPage('popup.html');
  try {
    await page.evaluate(async (p: Record<string, unknown>) => {
      const api = ((globalThis as { browser?: unknown }).browser ?? (globalThis as { chrome?: unknown }).chrome) as {
        storage: { sync: { get(k: string): Promise<Record<string, unknown>>; set(v: object): Promise<void> } };
      };
      const current = ((await api.storage.sync.get('settings')).settings ?? { version: 1 }) as Record<string, unknown>;
      await api.storage.sync.set({ settings: { ...current, ...p, version: 1 } });
    }, patch);
  } finally {
    await page.close();
  }
}

/** Clears settings back to defaults. */
export async function resetSettings(browser: TestBrowser): Promise<void> {
  const page = await browser.openExtensionPage('popup.html');
  try {
    await page.evaluate(async () => {
      const api = ((globalThis as { browser?: unknown }).browser ?? (globalThis as { chrome?: unknown }).chrome) as {
        storage: { sync: { clear(): Promise<void> } };
      };
      await api.storage.sync.clear();
    });
  } finally {
    await page.close();
  }
}

/**
 * The invariants after any page change: no overlay without its unit right before it (orphan),
 * no unit with two overlays (duplicate), and which unit texts are shown translated.
 */
export function integrity(page: TestPage): Promise<{ orphans: number; duplicates: number; translated: string[] }> {
  return page.evaluate((unitSelector: string) => {
    const hosts = [...document.querySelectorAll('red-thread-overlay')];
    let orphans = 0;
    let duplicates = 0;
    const translated: string[] = [];
    for (const host of hosts) {
      const before = host.previousElementSibling;
      if (before?.localName === 'red-thread-overlay') duplicates += 1;
      else if (!before?.matches(unitSelector)) orphans += 1;
      else if (host.getAttribute('data-rt-state') === 'done') translated.push(before.textContent?.trim() ?? '');
    }
    return { orphans, duplicates, translated: translated.sort() };
  }, UNIT_SELECTOR);
}

export function nextFrames(page: TestPage, ms = 0): Promise<unknown> {
  return page.evaluate((wait: number) => new Promise((r) => setTimeout(() => requestAnimationFrame(() => requestAnimationFrame(r)), wait)), ms);
}

/**
 * Waits until the reader would call the page finished: at least `atLeast` overlays, none waiting,
 * and nothing about them (how many, which state) changing for `frames` frames in a row. Counted in
 * frames, not milliseconds, so a busy machine (slower frames) waits longer by itself.
 */
export async function steady(page: TestPage, atLeast = 1, timeoutMs = 30_000, frames = 12): Promise<OverlaySnapshot[]> {
  await settled(page, atLeast, timeoutMs);
  const ok = await page.evaluate(
    ([want, limit]: [number, number]) =>
      new Promise<boolean>((resolve) => {
        const deadline = performance.now() + limit;
        let last = '';
        let same = 0;
        const look = () => {
          const hosts = [...document.querySelectorAll('red-thread-overlay')];
          const now = hosts.map((h) => h.getAttribute('data-rt-state')).join();
          same = now === last && !now.includes('waiting') ? same + 1 : 0;
          last = now;
          if (same >= want) resolve(true);
          else if (performance.now() > deadline) resolve(false);
          else requestAnimationFrame(look);
        };
        requestAnimationFrame(look);
      }),
    [frames, timeoutMs] as [number, number],
  );
  if (!ok) throw new Error(`the page's overlays did not hold still for ${frames} frames within ${timeoutMs} ms`);
  return overlays(page);
}

/** Polls a condition on the test's side (the harness server's records, say) until it holds. */
export async function waitUntil(condition: () => boolean, timeoutMs: number, what: string): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}
