/**
 * Hostile input, in each browser: 50+ hostile strings on a page and in provider replies stay text
 * in every overlay; no script runs, no element is made from them, the page's own handlers work;
 * replies that are not what was asked give per-unit errors or go to the fallback, never a
 * translation attached to the wrong unit.
 */
import { beforeEach, describe, expect, test } from 'vitest';
import { HOSTILE, hostileNotePage } from '../fixtures/hostile';
import type { TestPage } from '../harness/browser';
import { BROWSER_NAME, useBrowserEnv } from '../harness/env';
import { clearCache, findSiteTab } from '../harness/extension';
import { integrity, nextFrames, resetSettings, settled } from '../harness/overlays';
import type { StandinRequest } from '../harness/standins';

const env = useBrowserEnv();
const PATH = '/explore/0123456789abcdef01234567';
const URL_ = `https://www.xiaohongshu.com${PATH}`;

/** Elements Red Thread itself renders inside an overlay; anything else would come from content. */
const OWN_TAGS = new Set(['DIV', 'SPAN', 'BUTTON', 'STYLE', 'STRONG']);

/** Reads the page as a person would: a screen at a time, each answered before scrolling on. */
async function readWholePage(page: TestPage, atLeast: number): Promise<void> {
  for (let y = 0; y < 60; y++) {
    const done = await page.evaluate((step: number) => {
      const box = document.querySelector('.note-scroller')!;
      box.scrollTo(0, step * 700);
      return box.scrollTop + box.clientHeight >= box.scrollHeight - 2;
    }, y);
    await nextFrames(page, 30);
    await settled(page, 1, 30_000);
    if (done) break;
  }
  await settled(page, atLeast, 30_000);
}

async function pageFacts(page: TestPage) {
  return page.evaluate(
    (ownTags: string[]) => {
      const own = new Set(ownTags);
      const hosts = [...document.querySelectorAll('red-thread-overlay')];
      const foreign = hosts.flatMap((h) => [...(h.shadowRoot?.querySelectorAll('*') ?? [])].filter((el) => !own.has(el.tagName)).map((el) => el.tagName));
      // Elements in the page itself that neither the page nor Red Thread's own hosts account for.
      const light = [...document.body.querySelectorAll('*')].filter((el) => !el.closest('#app') && !['RED-THREAD-OVERLAY', 'RED-THREAD-FLOAT', 'SCRIPT'].includes(el.tagName)).map((el) => el.tagName);
      const w = window as unknown as { __pwned?: unknown; __alerts: number; __clicks: number };
      (document.getElementById('page-button') as HTMLButtonElement).click();
      return {
        pwned: w.__pwned,
        alerts: w.__alerts,
        clicks: w.__clicks,
        foreign,
        light,
        texts: hosts.map((h) =>
          [...(h.shadowRoot?.childNodes ?? [])]
            .filter((n) => n.nodeType === 3 || (n as Element).classList?.contains('rt-keep'))
            .map((n) => n.textContent)
            .join(''),
        ),
      };
    },
    [...OWN_TAGS],
  );
}

beforeEach(async () => {
  await resetSettings(env.browser);
  await clearCache(env.browser);
  env.server.servePage(PATH, hostileNotePage());
});

describe(`hostile content (${BROWSER_NAME})`, () => {
  test(`${HOSTILE.length} hostile strings and a 10,000-character comment on the page stay text`, async () => {
    expect(HOSTILE.length).toBeGreaterThanOrEqual(50);
    const page = await env.openSite(URL_);
    await readWholePage(page, HOSTILE.length);
    const facts = await pageFacts(page);
    expect(facts.pwned).toBeUndefined();
    expect(facts.alerts).toBe(0);
    expect(facts.clicks).toBe(1); // the page's own handler still works
    expect(facts.foreign).toEqual([]);
    expect(facts.light).toEqual([]);
    // Each hostile string shows, as text, in its own overlay.
    for (const probe of [
      '<script>window.__pwned=1</script>',
      '<img src=x onerror="window.__pwned=1">',
      "{{constructor.constructor('window.__pwned=1')()}}",
      '${window.__pwned=1}',
      'javascript:window.__pwned=1',
      '</red-thread-overlay><script>window.__pwned=1</script>',
    ]) {
      expect(
        facts.texts.some((t) => t.includes(probe)),
        probe,
      ).toBe(true);
    }
    expect(await integrity(page)).toMatchObject({ orphans: 0, duplicates: 0 });
    await page.screenshot('hostile-page');
  });

  test('hostile provider replies are shown as text, never as markup', async () => {
    let n = 0;
    env.server.override('microsoft', (r: StandinRequest) => {
      const texts = JSON.parse(r.body) as string[];
      const reply = texts.map(() => ({ translations: [{ text: HOSTILE[n++ % HOSTILE.length]!, to: 'en' }] }));
      return { status: 200, headers: { 'content-type': 'application/json' }, body: JSON.stringify(reply) };
    });
    const page = await env.openSite(URL_);
    await readWholePage(page, 20);
    const facts = await pageFacts(page);
    expect(facts.pwned).toBeUndefined();
    expect(facts.alerts).toBe(0);
    expect(facts.foreign).toEqual([]);
    expect(facts.light).toEqual([]);
    expect(facts.texts.some((t) => t.includes('<svg onload="window.__pwned=1">') || t.includes('<script>window.__pwned=1</script>'))).toBe(true);
  });

  for (const bad of [
    { name: 'one translation short', reply: (texts: string[]) => JSON.stringify(texts.slice(1).map((t) => ({ translations: [{ text: `WRONG ${t}` }] }))) },
    { name: 'a wrong shape', reply: () => JSON.stringify({ translations: 'nope' }) },
    { name: 'an HTML page with status 200', reply: () => '<html><body>Are you a robot?</body></html>' },
    { name: 'an empty body', reply: () => '' },
    { name: '5 MB of text', reply: () => JSON.stringify(['x'.repeat(5 * 1024 * 1024)]) },
  ]) {
    test(`a reply with ${bad.name}: no crash, no translation on the wrong unit, every unit accounted for`, async () => {
      env.server.override('microsoft', (r: StandinRequest) => ({ status: 200, headers: { 'content-type': 'application/json' }, body: bad.reply(JSON.parse(r.body) as string[]) }));
      const page = await env.openSite(`https://www.xiaohongshu.com/explore/6784c1d2000000001a03b7e4`);
      const shown = await settled(page, 3, 30_000);
      for (const o of shown.filter((x) => x.state === 'done')) {
        // The fallback's answer for this very unit, never another unit's text.
        expect(o.text).not.toMatch(/WRONG/);
        expect(o.text.replace(/^\[en\] /, '').slice(0, 8)).toBe(o.original.replace(/[\u200b-\u200f\u202a-\u202e\ufeff]/g, '').slice(0, 8));
      }
      const tab = await env.browser.openExtensionPage('popup.html');
      const { status } = await findSiteTab(tab, page.url());
      const counts = status.counts as { translated: number; waiting: number; failed: number };
      expect(counts.waiting).toBe(0);
      expect(counts.translated + counts.failed).toBe(shown.length);
      await tab.close();
    });
  }
});
