/**
 * Issue 14, what the reader asks for, in each browser with real recognition (the shipped models on
 * onnxruntime-web; images of tests/fixtures/images served at RedNote's image host):
 * - a note closed while its slides wait: their reads are dropped in the background (never handed
 *   to the reader), and nothing of its images reaches the provider;
 * - a feed cover: never read by itself; a control on it, reached by keyboard (Tab from the cover),
 *   labelled, in both themes, reads that one cover and lays its translation over it; nothing of the
 *   grid moves or changes size (compared with the same page where Red Thread does not run);
 * - the context menu's "Translate text in this image": no test driver can click a native context
 *   menu, so the test calls the function the menu's click listener calls in the background
 *   (`redThread.onImageMenuClicked`, with the arguments the browser passes) — it sends the tab the
 *   same message a real click does — and asserts what the page then shows;
 * - on-request mode for the open note (`imageText.auto = false`): nothing is read until the reader
 *   presses the button on the image, and then only that image.
 */
import { beforeAll, describe, expect, test } from 'vitest';
import { BROWSER_NAME, useBrowserEnv } from '../harness/env';
import { clearCache, findSiteTab } from '../harness/extension';
import { PLAIN_SITE_HOST } from '../harness/hosts';
import { layoutDifferences, pageGeometry } from '../harness/layout';
import { fixture, nextFrames, resetSettings, setSettings } from '../harness/overlays';
import { pollUntil, type TestPage } from '../harness/browser';

const env = useBrowserEnv();
const NOTE_ID = '6787b4c5000000001e00ea14';
const NOTE = `https://www.xiaohongshu.com/explore/${NOTE_ID}`;
const SLOW = 120_000;
const IMAGE_MENU_ID = 'red-thread-translate-image';

interface Reads {
  waiting: number;
  running: number;
  started: string[];
}
const reads = () => env.browser.callBackground<Reads>('imageReads');

/** The image overlay right after `anchorSelector`'s element: its phase and its boxes. */
function overlayAfter(page: TestPage, anchorSelector: string) {
  return page.evaluate((sel) => {
    const anchor = document.querySelector(sel);
    const host = anchor?.nextElementSibling;
    if (!anchor || host?.localName !== 'red-thread-image-text' || !host.shadowRoot) return null;
    const r = (el: Element) => {
      const b = el.getBoundingClientRect();
      return { x: b.x, y: b.y, w: b.width, h: b.height };
    };
    const img = anchor.matches('img') ? anchor : anchor.querySelector('img')!;
    return {
      phase: (host as HTMLElement).dataset.phase ?? '',
      blocks: [...host.shadowRoot.querySelectorAll('.block')].map((b) => ({ text: b.textContent ?? '', lang: b.getAttribute('lang'), rect: r(b) })),
      status: host.shadowRoot.querySelector('.status')?.textContent ?? '',
      img: r(img),
      host: r(host),
    };
  }, anchorSelector);
}

async function waitForOverlay(page: TestPage, anchorSelector: string, phases = ['done', 'failed']) {
  await page.waitFor(
    ({ sel, p }) => {
      const host = document.querySelector(sel)?.nextElementSibling as HTMLElement | null | undefined;
      return host?.localName === 'red-thread-image-text' && p.includes(host.dataset.phase ?? '');
    },
    { sel: anchorSelector, p: phases },
    SLOW,
  );
  return (await overlayAfter(page, anchorSelector))!;
}

/** The feed at a fixed window size, card `index`'s cover a real image at the image host, loaded. */
async function feedWithCover(host: string, index: number, file: string): Promise<TestPage> {
  const page = await env.openSite(`https://${host}/explore`);
  await page.setViewport(1366, 900);
  expect(await fixture(page, `return f.setCover(${index}, '${file}')`)).toBe(true);
  await page.waitFor((i) => {
    const img = document.querySelectorAll('#exploreFeeds section.note-item a.cover img')[i] as HTMLImageElement | undefined;
    return !!img && img.complete && img.naturalWidth > 0;
  }, index);
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
  await nextFrames(page, 50);
  return page;
}

/** Defaults, without the welcome tip (it would lie over the first cards in the pictures). */
async function defaults(): Promise<void> {
  await resetSettings(env.browser);
  await setSettings(env.browser, { guidance: { tips: false, glossary: true, labels: true } });
}

beforeAll(async () => {
  await defaults();
  await clearCache(env.browser);
});

describe(`image text on request (${BROWSER_NAME})`, () => {
  test(
    'a note closed while its slides wait: their reads are dropped, never handed to the reader, and nothing of its images is sent',
    async () => {
      await clearCache(env.browser);
      const before = await reads();
      const page = await env.openSite('https://www.xiaohongshu.com/explore');
      await fixture(page, `f.openNote('${NOTE_ID}')`);
      // The first slide is being read (the first time, with the text reader loading), the next two wait (look-ahead).
      await pollUntil(async () => (await reads()).waiting >= 2, SLOW, 'two slides waiting in the background');
      await fixture(page, 'return f.closeNote()');
      await page.waitFor(() => !document.querySelector('.note-detail-mask'));
      // The background finishes what had started and then has nothing left to do.
      const after = await pollUntil<Reads | null>(
        async () => {
          const now = await reads();
          return now.waiting === 0 && now.running === 0 ? now : null;
        },
        SLOW,
        'the background idle',
      );
      const handed = after!.started.slice(before.started.length);
      console.info(`[image-text-request] ${BROWSER_NAME}: handed to the reader after the note closed: ${handed.join(', ')}`);
      expect(handed).toEqual(['zh-caption.png']);
      // Nothing of the note's images went to the provider (the first slide's answer came after the close).
      // (The note's title and body are text units of their own; these are the images' own lines.)
      expect(env.server.textsSent('microsoft').filter((s) => /最值得|必买|防晒|保湿|卸妆/.test(s))).toEqual([]);
      expect(await page.evaluate(() => document.querySelectorAll('red-thread-image-text').length)).toBe(0);
    },
    2 * SLOW,
  );

  test(
    'a feed cover: a labelled control reached by keyboard reads that one cover and lays the translation over it; the grid does not move',
    async () => {
      const plain = await feedWithCover(PLAIN_SITE_HOST, 0, 'zh-caption.png');
      const plainGeometry = await pageGeometry(plain);
      await plain.close();
      const before = await reads();
      const page = await feedWithCover('www.xiaohongshu.com', 0, 'zh-caption.png');
      const COVER = '#exploreFeeds section.note-item:first-of-type a.cover';
      // Keyboard: focus on the first card's cover link, then Tab reaches the control.
      await page.evaluate((sel) => (document.querySelector(sel) as HTMLElement).focus(), COVER);
      await page.waitFor((sel) => document.querySelector(sel)?.nextElementSibling?.localName === 'red-thread-image-ask', COVER, 15_000);
      await page.press('Tab');
      const control = await page.evaluate((sel) => {
        const host = document.activeElement;
        const button = host?.shadowRoot?.activeElement as HTMLElement | null | undefined;
        const cover = document.querySelector(sel)!.getBoundingClientRect();
        const b = button?.getBoundingClientRect();
        return {
          host: host?.localName,
          label: button?.textContent,
          role: button?.localName,
          insideCover: !!b && b.width > 0 && b.left >= cover.left && b.right <= cover.right && b.top >= cover.top && b.bottom <= cover.bottom,
        };
      }, COVER);
      expect(control).toEqual({ host: 'red-thread-image-ask', label: 'Translate the text in this image', role: 'button', insideCover: true });
      // Never automatic on the feed: nothing read yet.
      expect((await reads()).started).toEqual(before.started);
      expect(await page.evaluate(() => document.querySelectorAll('red-thread-image-text').length)).toBe(0);
      // The control takes no room: the grid is as without Red Thread.
      expect(layoutDifferences(plainGeometry, await pageGeometry(page)).slice(0, 10)).toEqual([]);
      await page.evaluate((sel) => document.querySelector(sel)?.scrollIntoView({ block: 'center' }), COVER);
      await page.screenshot('image-cover-control-light');
      await page.setColorScheme('dark');
      await fixture(page, "f.setTheme('dark')");
      await nextFrames(page);
      await page.screenshot('image-cover-control-dark');
      await page.setColorScheme('light');
      await fixture(page, "f.setTheme('light')");

      await page.press('Enter');
      const shown = await waitForOverlay(page, COVER);
      expect(shown.phase, shown.status).toBe('done');
      expect(shown.blocks).toHaveLength(1);
      expect(shown.blocks[0]!.text).toMatch(/^\[en\] /);
      expect(shown.blocks[0]!.lang).toBe('en');
      // Over the cover: the overlay has the cover's box, the caption's box lies inside it.
      for (const k of ['x', 'y', 'w', 'h'] as const) expect(Math.abs(shown.host[k] - shown.img[k])).toBeLessThan(2);
      const b = shown.blocks[0]!.rect;
      expect(b.x >= shown.img.x - 4 && b.x + b.w <= shown.img.x + shown.img.w + 4 && b.y >= shown.img.y && b.y + b.h <= shown.img.y + shown.img.h).toBe(true);
      // Slang in the image's text is explained in its list of lines, as under the page's other translations (小众: niche).
      await page.click('summary');
      const slang = await page.evaluate((sel) => {
        const root = document.querySelector(sel)!.nextElementSibling!.shadowRoot!;
        return {
          chips: [...root.querySelectorAll('li .term')].map((c) => c.textContent),
          label: root.querySelector('li .terms')?.getAttribute('aria-label'),
          line: root.querySelector('li')?.textContent ?? '',
          open: root.querySelector('details')?.open,
        };
      }, COVER);
      expect(slang).toMatchObject({ chips: ['小众'], label: 'Slang explained', open: true });
      expect(slang.line).toContain('Niche');
      await page.screenshot('image-cover-list');
      // That one cover was read, and its text sent.
      expect((await reads()).started.slice(before.started.length)).toEqual(before.started.includes('zh-caption.png') ? [] : ['zh-caption.png']);
      expect(env.server.textsSent('microsoft').some((s) => /最值得/.test(s))).toBe(true);
      // The control is gone from the read cover (the overlay has its own controls); the grid still has not moved.
      expect(await page.evaluate(() => document.querySelectorAll('red-thread-image-ask').length)).toBe(0);
      expect(layoutDifferences(plainGeometry, await pageGeometry(page)).slice(0, 10)).toEqual([]);
      await page.screenshot('image-cover-read');
    },
    2 * SLOW,
  );

  test(
    'the context menu on an image: the menu click’s function sends the tab the image’s address; that image is read and translated over it',
    async () => {
      const page = await feedWithCover('www.xiaohongshu.com', 2, 'zh-caption.png');
      const COVER = '#exploreFeeds section.note-item:nth-of-type(3) a.cover';
      const src = await page.evaluate((sel) => (document.querySelector(`${sel} img`) as HTMLImageElement).currentSrc, COVER);
      const popup = await env.browser.openExtensionPage('popup.html');
      const { tabId } = await findSiteTab(popup, page.url());
      await popup.close();
      const outcome = await env.browser.callBackground<{ ok?: boolean }>(
        'onImageMenuClicked',
        { menuItemId: IMAGE_MENU_ID, srcUrl: src, mediaType: 'image', editable: false, frameId: 0 },
        { id: tabId },
      );
      expect(outcome).toMatchObject({ ok: true });
      const shown = await waitForOverlay(page, COVER);
      expect(shown.phase, shown.status).toBe('done');
      expect(shown.blocks[0]!.text).toMatch(/^\[en\] /);
      for (const k of ['x', 'y', 'w', 'h'] as const) expect(Math.abs(shown.host[k] - shown.img[k])).toBeLessThan(2);
      // An image no longer on the page: the tab says so.
      const gone = await env.browser.callBackground<{ ok?: boolean }>(
        'onImageMenuClicked',
        { menuItemId: IMAGE_MENU_ID, srcUrl: 'https://sns-webpic-qc.xhscdn.com/1/2/gone.png!nd', editable: false, frameId: 0 },
        { id: tabId },
      );
      expect(gone).toMatchObject({ ok: false });
    },
    SLOW,
  );

  test(
    'on-request mode: the open note’s images are not read until the reader presses the button on one; then only that one',
    async () => {
      await setSettings(env.browser, { imageText: { enabled: true, auto: false } });
      try {
        const before = await reads();
        const page = await env.openSite(NOTE);
        const SLIDE = '.media-container img.note-slider-img';
        const idle = await waitForOverlay(page, SLIDE, ['idle', 'reading', 'translating', 'done', 'failed']);
        expect(idle.phase).toBe('idle');
        const label = await page.evaluate((sel) => document.querySelector(sel)!.nextElementSibling!.shadowRoot!.querySelector('button.ask')?.textContent, SLIDE);
        expect(label).toBe('Translate the text in this image');
        expect((await reads()).started).toEqual(before.started);
        await page.click('button.ask');
        const shown = await waitForOverlay(page, SLIDE);
        expect(shown.phase, shown.status).toBe('done');
        expect(shown.blocks[0]!.text).toMatch(/^\[en\] /);
        // No look-ahead in this mode: the next slides were not read, nor are they waiting.
        const now = await reads();
        expect(now.waiting).toBe(0);
        expect(now.started.slice(before.started.length).filter((f) => f !== 'zh-caption.png')).toEqual([]);
      } finally {
        await defaults();
      }
    },
    SLOW,
  );
});
