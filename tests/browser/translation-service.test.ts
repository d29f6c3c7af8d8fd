/**
 * Issue 4 end to end, in each browser: the default provider (Microsoft), the automatic fallback
 * when it fails, a second visit that costs no request, and (Chromium) the service worker stopped
 * in the middle of a batch.
 */
import { beforeEach, describe, expect, test } from 'vitest';
import { BROWSER_NAME, useBrowserEnv } from '../harness/env';
import { clearCache, tabCounts } from '../harness/extension';
import { fixture, integrity, resetSettings, settled, steady, waitUntil } from '../harness/overlays';

const env = useBrowserEnv();
const CHENGDU = '6784c1d2000000001a03b7e4';
const OHIO = '6785e2f3000000001d02c8a5';

const providersShown = (page: import('../harness/browser').TestPage) =>
  page.evaluate(() => [...document.querySelectorAll('red-thread-overlay[data-rt-state="done"]')].map((h) => h.getAttribute('title') ?? ''));

beforeEach(async () => {
  await resetSettings(env.browser);
  await clearCache(env.browser);
  env.server.reset();
});

describe(`translation service (${BROWSER_NAME})`, () => {
  test('the default provider answers in its real wire format, batched, with no setup', async () => {
    const page = await env.openSite(`https://www.xiaohongshu.com/explore/${CHENGDU}`);
    const shown = await settled(page, 3);
    const requests = env.server.providerRequests();
    expect(requests.length).toBeGreaterThan(0);
    expect(requests.every((r) => r.provider === 'microsoft' && r.method === 'POST' && r.path === '/translate/translatetext')).toBe(true);
    expect(requests[0]!.query.get('to')).toBe('en');
    expect(requests[0]!.headers['content-type']).toContain('application/json');
    // Several texts in one request.
    expect(Math.max(...requests.map((r) => r.decoded!.texts.length))).toBeGreaterThan(1);
    expect((await providersShown(page)).every((t) => t.includes('Microsoft Translator'))).toBe(true);
    expect(shown.every((o) => o.state === 'done')).toBe(true);
  });

  for (const fault of [
    { name: '404 (endpoint gone)', status: 404, headers: {} as Record<string, string> },
    { name: '429 with Retry-After', status: 429, headers: { 'retry-after': '120' } },
  ]) {
    test(`when the default answers ${fault.name}, Google takes over and the page says so`, async () => {
      env.server.fail('microsoft', { kind: 'status', status: fault.status, headers: fault.headers });
      const page = await env.openSite(`https://www.rednote.com/explore/${CHENGDU}`);
      const shown = await settled(page, 3, 20_000);
      expect(shown.every((o) => o.state === 'done')).toBe(true);
      expect(env.server.providerRequests('google').length).toBeGreaterThan(0);
      expect((await providersShown(page)).every((t) => t.includes('Google Translate'))).toBe(true);
      // The failing default was not hammered: one try per batch, then rested.
      expect(env.server.providerRequests('microsoft').length).toBeLessThanOrEqual(2);
    });
  }

  test('a second visit to the same page costs zero provider requests', async () => {
    const first = await env.openSite(`https://www.xiaohongshu.com/explore/${CHENGDU}`);
    // Everything near the screen translated and the page still, not just the first answers.
    const firstShown = await steady(first, 3);
    await first.close();
    env.server.reset();
    const second = await env.openSite(`https://www.xiaohongshu.com/explore/${CHENGDU}`);
    const secondShown = await steady(second, firstShown.length);
    // Everything shown the first time is shown again, and none of it is asked for again.
    expect(secondShown.map((o) => o.text)).toEqual(expect.arrayContaining(firstShown.map((o) => o.text)));
    const firstOriginals = firstShown.map((o) => o.original);
    for (const text of env.server.textsSent()) expect(firstOriginals.some((o) => o.includes(text))).toBe(false);
    // Zero means zero: the same page at the same place asks the providers nothing at all.
    expect(env.server.providerRequests().map((r) => r.decoded?.texts)).toEqual([]);
  });

  test.runIf(BROWSER_NAME === 'chromium')('the service worker stopped five times in a row through one long page: every unit accounted for, no storm', async () => {
    env.server.setLatency('microsoft', 700);
    env.server.setLatency('google', 700);
    const page = await env.openSite(`https://www.xiaohongshu.com/explore/${CHENGDU}`);
    await fixture(page, 'f.loadMoreComments(40)');
    const stops: number[] = [];
    const inFlight = async () => {
      // Wait until a request is at the stand-in (it answers after 700 ms), then stop the worker under it.
      const before = env.server.providerRequests().length;
      const deadline = Date.now() + 5000;
      while (env.server.providerRequests().length === before && Date.now() < deadline) await new Promise((r) => setTimeout(r, 25));
      stops.push(env.server.providerRequests().length);
      await env.browser.stopServiceWorker();
    };
    // Stops at different points: the first batch, then while reading down the comments.
    await inFlight();
    for (const y of [800, 1600, 2400, 3200]) {
      await page.evaluate((top: number) => document.querySelector('.note-scroller')!.scrollTo(0, top), y);
      await inFlight();
    }
    expect(stops).toHaveLength(5);
    const shown = await settled(page, 10, 45_000);

    // Every unit ends translated, or failed with a Retry button; nothing waits; the counts add up.
    const states = await page.evaluate(() =>
      [...document.querySelectorAll('red-thread-overlay')].map((h) => ({
        state: h.getAttribute('data-rt-state'),
        retry: !!h.shadowRoot?.querySelector('[data-rt-action="retry"]'),
      })),
    );
    for (const s of states) expect(s.state === 'done' || (s.state === 'error' && s.retry), JSON.stringify(s)).toBe(true);
    const counts = await tabCounts(env.browser, page.url());
    expect(counts.waiting).toBe(0);
    expect(counts.translated + counts.failed).toBe(shown.length);
    expect(states.filter((s) => s.state === 'done').length).toBe(counts.translated);
    expect(await integrity(page)).toMatchObject({ orphans: 0, duplicates: 0 });

    // No storm: each distinct text reached a provider a bounded number of times (once, plus a
    // resend at most for each stop it was in flight during).
    const times = new Map<string, number>();
    for (const text of env.server.textsSent()) times.set(text, (times.get(text) ?? 0) + 1);
    const most = Math.max(...times.values());
    console.log(
      `5 worker stops: ${shown.length} units, ${env.server.providerRequests().length} requests, ${env.server.textsSent().length} texts sent for ${times.size} distinct (at most ${most} times each)`,
    );
    // Measured here (3 runs): at most 3-4 sends of one text, about 2 per distinct text on average.
    expect(most).toBeLessThanOrEqual(stops.length + 1);
    expect(env.server.textsSent().length).toBeLessThanOrEqual(times.size * 3);
  });

  test.runIf(BROWSER_NAME === 'chromium')('the service worker stopped in the middle of a batch: nothing lost, nothing duplicated', async () => {
    // Both providers slow (an earlier test may have left the default resting after its 429).
    env.server.setLatency('microsoft', 1500);
    env.server.setLatency('google', 1500);
    // A note no earlier test of this file visits: nothing of it can be answered without a provider.
    const page = await env.openSite(`https://www.xiaohongshu.com/explore/${OHIO}`);
    // Wait until the first batch is at the provider (held there 1.5 s), then stop the worker under it.
    const inFlightAtStops: string[][] = [];
    const stop = async () => {
      inFlightAtStops.push(env.server.inFlight().flatMap((r) => r.decoded?.texts ?? []));
      await env.browser.stopServiceWorker();
    };
    await waitUntil(() => env.server.inFlight().length > 0, 20_000, 'a provider request in flight').catch(async (error: Error) => {
      const states = await page.evaluate(() => [...document.querySelectorAll('red-thread-overlay')].map((h) => h.getAttribute('data-rt-state')).join());
      const seen = env.server.providerRequests().map((r) => `${r.provider} ${r.status ?? '-'} ${r.doneAt ? r.doneAt - r.at : 'open'}ms`);
      throw new Error(`${error.message}; provider requests: [${seen.join('; ')}]; overlays: [${states}]`);
    });
    await stop();
    // And again once it is back: under the batch it sends then, if one comes within a few seconds
    // (the first stop's batch may have been answered from elsewhere by then; either way it stops).
    await waitUntil(() => env.server.inFlight().length > 0, 5_000, 'a second request in flight').catch(() => undefined);
    await stop();
    const shown = await settled(page, 3, 30_000);
    expect(shown.every((o) => o.state === 'done')).toBe(true);
    expect(await integrity(page)).toMatchObject({ orphans: 0, duplicates: 0 });
    // Each stop cut a real request short, and only what was cut short was sent again: once per stop at most.
    expect(inFlightAtStops[0]!.length).toBeGreaterThan(0);
    const times = new Map<string, number>();
    for (const text of env.server.textsSent()) times.set(text, (times.get(text) ?? 0) + 1);
    const resent = [...times].filter(([, n]) => n > 1);
    console.log(`worker stopped under 2 batches (${inFlightAtStops.map((t) => t.length).join(' + ')} texts in flight): ${resent.length} texts sent more than once`);
    for (const [text, n] of resent) {
      const cutShort = inFlightAtStops.filter((texts) => texts.includes(text)).length;
      expect(cutShort, `sent ${n} times: ${text.slice(0, 40)}`).toBeGreaterThan(0);
      expect(n, text.slice(0, 40)).toBeLessThanOrEqual(1 + cutShort);
    }

    // After a restart, a second visit is still answered from the persistent cache.
    await env.browser.stopServiceWorker();
    env.server.reset();
    const again = await env.openSite(`https://www.xiaohongshu.com/explore/${OHIO}`);
    await settled(again, shown.length);
    const shownOriginals = shown.map((o) => o.original);
    for (const text of env.server.textsSent()) expect(shownOriginals.some((o) => o.includes(text))).toBe(false);
  });
});
