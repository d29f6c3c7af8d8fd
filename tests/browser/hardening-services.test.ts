/**
 * Failing services, in each browser. The default provider answers 404, 429 (with and without
 * Retry-After), 500, never (timeout), drops the connection, or trickles: bounded retries, the
 * fallback takes over, and units asked = units translated + units shown as failed, always.
 * With every provider down, the reader sees which units failed and gets them all translated by
 * retrying once the fault clears. And an extension reload leaves the page quiet and clean.
 */
import { beforeEach, describe, expect, test } from 'vitest';
import type { TestPage } from '../harness/browser';
import { BROWSER_NAME, useBrowserEnv } from '../harness/env';
import { clearCache, freshBackground, reloadExtension, retryFailed, tabCounts } from '../harness/extension';
import { describeUnits, fixture, nextFrames, overlays, resetSettings, settled } from '../harness/overlays';
import type { Fault } from '../harness/server';

const env = useBrowserEnv();
const NOTE = 'https://www.xiaohongshu.com/explore/6784c1d2000000001a03b7e4';

/** Units asked = translated + failed, with nothing left waiting. */
async function accountedFor(page: TestPage) {
  const shown = await overlays(page);
  const counts = await tabCounts(env.browser, page.url());
  expect(counts.waiting).toBe(0);
  expect(counts.translated + counts.failed).toBe(shown.length);
  expect(shown.filter((o) => o.state === 'done').length).toBe(counts.translated);
  expect(shown.filter((o) => o.state === 'error').length).toBe(counts.failed);
  return counts;
}

beforeEach(async () => {
  await resetSettings(env.browser);
  await freshBackground(env.browser);
  await clearCache(env.browser);
  env.server.reset();
});

const FAULTS: Array<{ name: string; fault: Fault; fallback: boolean }> = [
  { name: '404', fault: { kind: 'status', status: 404 }, fallback: true },
  { name: '429 without Retry-After', fault: { kind: 'status', status: 429 }, fallback: true },
  { name: '429 with a short Retry-After', fault: { kind: 'status', status: 429, headers: { 'retry-after': '1' } }, fallback: true },
  { name: '500', fault: { kind: 'status', status: 500 }, fallback: true },
  { name: 'a dropped connection', fault: { kind: 'drop' }, fallback: true },
  { name: 'no answer at all (timeout)', fault: { kind: 'hang' }, fallback: true },
  { name: 'a slow trickle', fault: { kind: 'trickle', bytesPerSecond: 400 }, fallback: false },
];

describe(`failing services (${BROWSER_NAME})`, () => {
  for (const { name, fault, fallback } of FAULTS) {
    test(`default provider: ${name}`, async () => {
      env.server.fail('microsoft', fault);
      const page = await env.openSite(NOTE);
      const shown = await settled(page, 3, 40_000);
      expect(shown.every((o) => o.state === 'done')).toBe(true);
      const counts = await accountedFor(page);
      expect(counts.failed).toBe(0);
      const tries = new Map<string, number>();
      for (const request of env.server.providerRequests('microsoft')) tries.set(request.body, (tries.get(request.body) ?? 0) + 1);
      expect(tries.size).toBeGreaterThan(0);
      // Bounded: each batch is tried at most three times (once, then two retries), and the page needs a
      // handful of batches: never a storm. (Counting batches, not requests: how many batches a page
      // needs changes with what is sent, e.g. mixed-language text sent run by run.)
      expect(Math.max(...tries.values())).toBeLessThanOrEqual(3);
      expect(tries.size).toBeLessThanOrEqual(8);
      expect(env.server.providerRequests('google').length > 0).toBe(fallback);
    });
  }

  test('every provider down: failed units are shown and counted; after the fault clears, a retry translates them all', async () => {
    env.server.fail('microsoft', { kind: 'status', status: 503 });
    env.server.fail('google', { kind: 'status', status: 429, headers: { 'retry-after': '300' } });
    const page = await env.openSite(NOTE);
    const shown = await settled(page, 3, 40_000);
    expect(shown.some((o) => o.state === 'error')).toBe(true);
    const before = await accountedFor(page);
    expect(before.failed).toBeGreaterThan(0);
    env.server.clearFaults();
    // Providers rest after such errors; the reader's retry tries them anyway.
    await retryFailed(env.browser, page.url());
    await page.waitFor(() => !document.querySelector('red-thread-overlay[data-rt-state="error"], red-thread-overlay[data-rt-state="waiting"]'), undefined, 30_000);
    const after = await accountedFor(page);
    expect(after.failed).toBe(0);
    expect(after.translated, await describeUnits(page)).toBe(before.translated + before.failed);
  });

  test.runIf(BROWSER_NAME === 'firefox')('an extension reload leaves the page clean: no duplicates, no leftovers, the new copy takes over', async () => {
    const page = await env.openSite('https://www.xiaohongshu.com/explore');
    const before = await settled(page, 3);
    await reloadExtension(env.browser);
    await fixture(page, 'f.appendCards(6)');
    await nextFrames(page, 1500);
    const after = await page.evaluate(() => ({
      styles: document.querySelectorAll('style[data-red-thread]').length,
      floats: document.querySelectorAll('red-thread-float').length,
      duplicates: [...document.querySelectorAll('red-thread-overlay')].filter((h) => h.previousElementSibling?.localName === 'red-thread-overlay').length,
    }));
    expect(after).toEqual({ styles: 1, floats: 1, duplicates: 0 });
    expect((await settled(page, 1)).length).toBeGreaterThanOrEqual(before.length);
  });
});
