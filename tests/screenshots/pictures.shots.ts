/**
 * The README's pictures and the store's screenshots, from the real Chrome build on the test pages
 * (tests/harness: the RedNote hosts served locally, the Microsoft stand-in answering). Run by
 * `npm run screenshots` (tests/screenshots/run.mjs); the files land in docs/screenshots/ and store/.
 *
 * Robust to UI changes: every shot waits for a visible state (translations settled, the composer's
 * back-translation shown, the popup's counts), selected by the same stable attributes the browser
 * tests use, never by a fixed sleep. The stand-in's answers come from a small phrasebook so the
 * pictures read like real translations; a text not in it gets the stand-in's tagged echo and is
 * listed at the end of the run, so the phrasebook can follow fixture changes.
 */
import { join } from 'node:path';
import { afterAll, beforeEach, describe, expect, test } from 'vitest';
import type { TestPage } from '../harness/browser';
import { ROOT, useBrowserEnv } from '../harness/env';
import { fixture, nextFrames, resetSettings, setSettings, settled } from '../harness/overlays';
import { json, parseJson } from '../harness/standins/types';
import { sitePageWithPopup } from '../browser/ui-helpers';
import { TIPS } from '../../utils/guidance/tips';
import { PHRASEBOOK } from './phrasebook';
import { optimiseCrop, optimisePng, pngSize, type Clip, type Written } from './png';

const env = useBrowserEnv();
const CHENGDU = '6784c1d2000000001a03b7e4';
/** A note whose slides carry text (tests/fixtures/images), served at RedNote's image host. */
const IMAGE_NOTE_URL = 'https://www.xiaohongshu.com/explore/6787b4c5000000001e00ea14';
const NOTE_URL = `https://www.xiaohongshu.com/explore/${CHENGDU}`;
const FEED_URL = 'https://www.xiaohongshu.com/explore';
const README_DIR = join(ROOT, 'docs', 'screenshots');
const STORE_DIR = join(ROOT, 'store', 'screenshots');
const PROMO_DIR = join(ROOT, 'store', 'promo');
type Theme = 'light' | 'dark';

const written: Written[] = [];
const missing = new Set<string>();

/** The Microsoft stand-in's wire format, answered from the phrasebook (runs between tags, like its aligner). */
function phrasebookAnswer(request: { body: string; query: URLSearchParams }) {
  const wire = parseJson(request.body);
  const to = request.query.get('to');
  if (!Array.isArray(wire) || !to) return null;
  const translate = (run: string) => {
    const text = run.trim();
    const known = PHRASEBOOK[text];
    if (known === undefined) missing.add(text);
    const core = known ?? `[${to}] ${text}`;
    return run.slice(0, run.indexOf(text)) + core + run.slice(run.indexOf(text) + text.length);
  };
  return json(
    200,
    (wire as string[]).map((text) => ({
      detectedLanguage: { language: /[\u4e00-\u9fff]/.test(text) ? 'zh-Hans' : 'en', score: 1 },
      translations: [{ text: text.replace(/(^|>)([^<]+)(?=<|$)/g, (_m, open: string, run: string) => open + translate(run)), to }],
    })),
  );
}

/** Takes the shot, quantises it (keeping only `clip` when given) and writes it where it belongs. */
async function save(page: TestPage, dest: string, clip?: Clip): Promise<Written> {
  const raw = await page.screenshot(
    `shot-${dest
      .split('/')
      .slice(-2)
      .join('-')
      .replace(/\.png$/, '')}`,
  );
  const out = clip ? optimiseCrop(raw, dest, clip) : optimisePng(raw, dest);
  written.push(out);
  return out;
}

async function theme(page: TestPage, scheme: Theme): Promise<void> {
  await page.setColorScheme(scheme);
  await fixture(page, `f.setTheme('${scheme}')`);
  await nextFrames(page);
}

/** The note page scrolled to its first comments, every translation settled. */
async function noteWithComments(scheme: Theme, width: number, height: number): Promise<TestPage> {
  const page = await env.openSite(NOTE_URL);
  await page.setViewport(width, height);
  await theme(page, scheme);
  // The comments' heading near the top of the note's scroller, a little of the body above it.
  await page.evaluate(() => {
    const scroller = document.querySelector('.note-scroller')!;
    const comments = document.querySelector('.comments-el, .comments-container')!;
    scroller.scrollTo(0, scroller.scrollTop + comments.getBoundingClientRect().top - scroller.getBoundingClientRect().top - 120);
  });
  await settled(page, 4);
  // The slang chips come with the glossary, right after the translations.
  await page.waitFor(() => [...document.querySelectorAll('red-thread-overlay')].some((h) => h.shadowRoot?.querySelector('[data-rt-term]')));
  await nextFrames(page);
  return page;
}

async function feed(scheme: Theme, width: number, height: number): Promise<TestPage> {
  const page = await env.openSite(FEED_URL);
  await page.setViewport(width, height);
  await theme(page, scheme);
  await settled(page, 3);
  await nextFrames(page);
  return page;
}

/** The composer opened on the note's comment box, with a draft translated and its meaning back. */
async function composer(scheme: Theme, width: number, height: number): Promise<TestPage> {
  const page = await noteWithComments(scheme, width, height);
  await page.click('.engage-bar .content-edit');
  await page.waitFor(() => document.activeElement?.id === 'content-textarea');
  await page.waitFor(() => !!document.querySelector('red-thread-composer')?.shadowRoot?.querySelector('[data-rt-action="translate"]'));
  await page.type('This looks amazing! Which restaurant is it?');
  await page.click('[data-rt-action="translate"]');
  await page.waitFor(() => !!document.querySelector('red-thread-composer')?.shadowRoot?.querySelector('.rtc-back'), undefined, 15_000);
  await page.waitFor(() => !document.querySelector('red-thread-composer')?.shadowRoot?.querySelector('.rtc-back-state')?.textContent?.trim());
  await nextFrames(page);
  return page;
}

/** The note whose first slide carries a caption, its text read and its translation laid over the image. */
async function imageNote(scheme: Theme, width: number, height: number): Promise<TestPage> {
  const page = await env.openSite(IMAGE_NOTE_URL);
  await page.setViewport(width, height);
  await theme(page, scheme);
  // The first image of a run also loads the text reader: on a busy machine that takes a while.
  await page.waitFor(
    () => {
      const img = document.querySelector('.media-container img.note-slider-img');
      const host = img?.parentElement?.querySelector('red-thread-image-text') as HTMLElement | null;
      return host?.dataset.phase === 'done' ? true : null;
    },
    undefined,
    120_000,
  );
  await settled(page, 2);
  await nextFrames(page);
  return page;
}

/** The popup for a translated note, its height fitted to its content. */
async function popup(scheme: Theme): Promise<TestPage> {
  const { page, popup } = await sitePageWithPopup(env, NOTE_URL);
  await settled(page, 2);
  await popup.setColorScheme(scheme);
  await popup.waitFor(() => Number(document.querySelector('[data-count="translated"] dd')?.textContent) > 0);
  // Fitted to what the popup shows, as the browser sizes a real popup to its content.
  const height = await popup.evaluate(() => Math.ceil(document.getElementById('root')!.getBoundingClientRect().bottom));
  await popup.setViewport(340, Math.min(height, 760));
  await nextFrames(popup);
  return popup;
}

/** The rectangle of the first element matching `selector`, widened by `margin` pixels. */
function rectOf(page: TestPage, selector: string, margin = 0): Promise<Clip> {
  return page.evaluate(
    ([sel, m]: [string, number]) => {
      const r = document.querySelector(sel)!.getBoundingClientRect();
      return { x: r.left - m, y: r.top - m, width: r.width + 2 * m, height: r.height + 2 * m };
    },
    [selector, margin] as [string, number],
  );
}

beforeEach(async () => {
  await resetSettings(env.browser);
  // Tips stay on (the popup shows its switch), but each has been seen: the welcome card of a first
  // visit would cover every picture.
  await setSettings(env.browser, { dismissedTips: TIPS.map((tip) => tip.id) });
  // Likewise the composer's hint for a first comment, which would cover the comments above the box.
  const page = await env.browser.openExtensionPage('popup.html');
  await page.evaluate(() => (globalThis as unknown as { chrome: { storage: { local: { set(v: object): Promise<void> } } } }).chrome.storage.local.set({ 'composer.firstCommentHintShown': true }));
  await page.close();
  env.server.override('microsoft', phrasebookAnswer);
});

afterAll(() => {
  const total = written.reduce((n, w) => n + w.bytes, 0);
  const raw = written.reduce((n, w) => n + w.rawBytes, 0);
  console.log(`\n${written.length} pictures, ${(total / 1024).toFixed(0)} KB (${(raw / 1024).toFixed(0)} KB before quantisation):`);
  for (const w of written) console.log(`  ${w.path.replace(`${ROOT}/`, '')}  ${w.width}×${w.height}  ${(w.bytes / 1024).toFixed(0)} KB`);
  if (missing.size) console.log(`\nTexts the phrasebook (tests/screenshots/phrasebook.ts) does not know; shown as "[to] text":\n${[...missing].map((t) => `  ${JSON.stringify(t)}`).join('\n')}`);
});

describe('README pictures (docs/screenshots/)', () => {
  for (const scheme of ['light', 'dark'] as const) {
    test(`a note with its translated comments and slang chips (${scheme})`, async () => {
      const page = await noteWithComments(scheme, 1280, 800);
      await save(page, join(README_DIR, `note-${scheme}.png`), await rectOf(page, '.interaction-container'));
    });

    test(`the feed (${scheme})`, async () => {
      const page = await feed(scheme, 1280, 800);
      const feedBox = await rectOf(page, '.feeds-container');
      // The first row of cards from the lower half of their covers down: titles, translations, chips.
      const title = await rectOf(page, 'red-thread-overlay[data-rt-kind="feedTitle"]');
      await save(page, join(README_DIR, `feed-${scheme}.png`), { x: feedBox.x - 8, y: Math.max(0, title.y - 240), width: Math.min(feedBox.width + 16, 1000), height: 420 });
    });

    test(`replace mode (${scheme})`, async () => {
      await setSettings(env.browser, { displayMode: 'replace' });
      const page = await noteWithComments(scheme, 1280, 800);
      await page.waitFor(() => [...document.querySelectorAll('red-thread-overlay')].every((h) => h.getAttribute('data-rt-mode') === 'replace'));
      await save(page, join(README_DIR, `replace-${scheme}.png`), await rectOf(page, '.interaction-container'));
    });

    test(`the composer (${scheme})`, async () => {
      const page = await composer(scheme, 1280, 800);
      await save(page, join(README_DIR, `composer-${scheme}.png`), await rectOf(page, '.interaction-container'));
    });

    test(`the popup (${scheme})`, async () => {
      const page = await popup(scheme);
      await save(page, join(README_DIR, `popup-${scheme}.png`));
    });
  }

  for (const scheme of ['light', 'dark'] as const) {
    test(`text in a note's image, translated over it (${scheme})`, async () => {
      const page = await imageNote(scheme, 1280, 800);
      await save(page, join(README_DIR, `image-${scheme}.png`), await rectOf(page, '.note-container'));
    }, 180_000);
  }
});

describe('store screenshots (1280×800) and the small promo tile (440×280)', () => {
  const exactly = (w: Written, width: number, height: number) => expect(pngSize(w.path)).toEqual({ width, height });

  test('1: a note with translated comments and slang chips', async () => {
    const page = await noteWithComments('light', 1280, 800);
    exactly(await save(page, join(STORE_DIR, '1-note-comments.png')), 1280, 800);
  });

  test('2: the feed', async () => {
    const page = await feed('light', 1280, 800);
    exactly(await save(page, join(STORE_DIR, '2-feed.png')), 1280, 800);
  });

  test('3: replace mode in dark', async () => {
    await setSettings(env.browser, { displayMode: 'replace' });
    const page = await noteWithComments('dark', 1280, 800);
    await page.waitFor(() => [...document.querySelectorAll('red-thread-overlay')].every((h) => h.getAttribute('data-rt-mode') === 'replace'));
    exactly(await save(page, join(STORE_DIR, '3-replace-dark.png')), 1280, 800);
  });

  test('4: the composer', async () => {
    const page = await composer('light', 1280, 800);
    exactly(await save(page, join(STORE_DIR, '4-composer.png')), 1280, 800);
  });

  test('5: the popup over its page', async () => {
    const shot = await popup('light');
    const popupPng = await shot.screenshot('store-popup-raw');
    const page = await noteWithComments('light', 1280, 800);
    // The popup as the browser shows it: hanging from the toolbar at the top right, over the page.
    const dataUrl = `data:image/png;base64,${(await import('node:fs')).readFileSync(popupPng).toString('base64')}`;
    await page.evaluate((src: string) => {
      const img = document.createElement('img');
      img.src = src;
      img.setAttribute('data-rt-shot', 'popup');
      img.style.cssText = 'position:fixed;top:8px;right:16px;z-index:2147483647;border-radius:10px;box-shadow:0 12px 40px rgba(0,0,0,.35);max-height:784px';
      document.body.append(img);
    }, dataUrl);
    await page.waitFor(() => document.querySelector<HTMLImageElement>('img[data-rt-shot]')?.complete ?? false);
    exactly(await save(page, join(STORE_DIR, '5-popup.png')), 1280, 800);
  });

  test('small promo tile', async () => {
    const page = await noteWithComments('light', 1280, 800);
    // A translated comment with its chips, cut from the page, beside the name and the promise.
    const clip = await page.evaluate(() => {
      const inView = (e: Element) => {
        const r = e.getBoundingClientRect();
        return r.top >= 40 && r.bottom <= innerHeight;
      };
      const host = [...document.querySelectorAll('red-thread-overlay')].find((h) => h.shadowRoot?.querySelector('[data-rt-term]') && inView(h))!;
      const unit = host.previousElementSibling!.getBoundingClientRect();
      const overlay = host.getBoundingClientRect();
      // The comment's text and its translation with chips, and the author's name line above them.
      const x = Math.floor(Math.min(unit.left, overlay.left)) - 12;
      const y = Math.floor(unit.top) - 34;
      return { x, y, width: Math.ceil(Math.max(unit.right, overlay.right)) + 12 - x, height: Math.ceil(overlay.bottom) + 10 - y };
    });
    const raw = await page.screenshot('promo-source');
    const src = `data:image/png;base64,${(await import('node:fs')).readFileSync(raw).toString('base64')}`;
    const icon = `data:image/png;base64,${(await import('node:fs')).readFileSync(join(ROOT, 'public', 'icon', '128.png')).toString('base64')}`;
    await page.setViewport(440, 280);
    await page.evaluate(
      ([shot, logo, c]: [string, string, { x: number; y: number; width: number; height: number }]) => {
        document.documentElement.innerHTML = '';
        document.documentElement.style.cssText = 'overflow:hidden;margin:0;padding:0;height:280px;background:linear-gradient(135deg,#ff2442,#c2185b)';
        scrollTo(0, 0);
        const body = document.createElement('body');
        document.documentElement.append(body);
        body.style.cssText = 'margin:0;position:fixed;inset:0;width:440px;height:280px;overflow:hidden;font-family:"Noto Sans CJK SC",system-ui,sans-serif;color:#fff;position:relative';
        const head = document.createElement('div');
        head.style.cssText = 'position:absolute;left:22px;top:20px;display:flex;align-items:center;gap:12px';
        const img = document.createElement('img');
        img.src = logo;
        img.style.cssText = 'width:52px;height:52px;border-radius:12px;background:#fff;padding:4px;box-sizing:border-box';
        const words = document.createElement('div');
        const name = document.createElement('div');
        name.textContent = 'Red Thread';
        name.style.cssText = 'font-size:28px;font-weight:800;line-height:1.1';
        const line = document.createElement('div');
        line.textContent = 'RedNote 小红书 in your language';
        line.style.cssText = 'font-size:16px;opacity:.95';
        words.append(name, line);
        head.append(img, words);
        const card = document.createElement('div');
        const scale = Math.min(396 / c.width, 170 / c.height, 1);
        const w = Math.round(c.width * scale);
        const h = Math.round(c.height * scale);
        card.style.cssText = `position:absolute;left:${Math.round((440 - w) / 2)}px;top:${92 + Math.round((170 - h) / 2)}px;width:${w}px;height:${h}px;border-radius:12px;overflow:hidden;box-shadow:0 8px 24px rgba(0,0,0,.3);background:#fff`;
        const cut = document.createElement('img');
        cut.src = shot;
        cut.style.cssText = `position:absolute;width:${Math.round(1280 * scale)}px;height:${Math.round(800 * scale)}px;left:${-Math.round(c.x * scale)}px;top:${-Math.round(c.y * scale)}px;max-width:none`;
        card.append(cut);
        body.append(head, card);
      },
      [src, icon, clip] as [string, string, typeof clip],
    );
    await page.waitFor(() => [...document.images].every((i) => i.complete));
    await nextFrames(page);
    exactly(await save(page, join(PROMO_DIR, 'small-tile-440x280.png')), 440, 280);
  });
});
