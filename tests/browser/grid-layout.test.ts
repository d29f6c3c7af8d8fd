/**
 * Issue 15, part 1: the feed, search and profile grids keep their geometry. RedNote lays these grids
 * out by script (computed card heights: the cover's ratio plus a fixed footer; a fixed container
 * height; nothing re-measured), so a translation that adds height to a card spills over the card
 * below. Each page is opened without the extension (a host it does not run on) and with it, at the
 * same window size, and every page element's box is compared (tests/harness/layout.ts): nothing
 * moved, nothing resized, nothing of the page covered but the card's own title and cover.
 */
import { beforeEach, describe, expect, test } from 'vitest';
import { BROWSER_NAME, useBrowserEnv } from '../harness/env';
import { PLAIN_SITE_HOST } from '../harness/hosts';
import { coverage, layoutDifferences, pageGeometry } from '../harness/layout';
import { fixture, nextFrames, resetSettings, setSettings, settled } from '../harness/overlays';
import type { TestPage } from '../harness/browser';

const env = useBrowserEnv();

const PAGES = [
  { name: 'feed', path: '/explore', titles: 6 },
  { name: 'search', path: '/search_result?keyword=%E6%88%90%E9%83%BD', titles: 6 },
  { name: 'profile', path: '/user/profile/5b3c2e1f000000001003a7d2', titles: 4 },
] as const;

const WIDTH = 1366;
const HEIGHT = 900;

beforeEach(async () => {
  await resetSettings(env.browser);
  // The welcome tip is tested on its own (guidance-placement); here only the translations count.
  await setSettings(env.browser, { guidance: { tips: false, glossary: true, labels: true } });
});

/** Opens `path` on `host` at the test's window size, with fonts loaded and the grid laid out. */
async function open(host: string, path: string): Promise<TestPage> {
  const page = await env.openSite(`https://${host}${path}`);
  await page.setViewport(WIDTH, HEIGHT);
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
  await nextFrames(page, 50);
  return page;
}

/** Both pages: the layout differences and what the overlays cover. */
/**
 * The page's geometry once the site's own layout has stopped moving: appended cards are laid out by the
 * site's script over several frames (and again as their images decode), so a snapshot taken mid-way on
 * one copy and after on the other differs in the containers' heights. Waits for two snapshots ten
 * frames apart to agree (at most about five seconds; then the last one, and the comparison says what moved).
 */
async function quietGeometry(page: TestPage): Promise<Awaited<ReturnType<typeof pageGeometry>>> {
  let last = await pageGeometry(page);
  for (let i = 0; i < 30; i++) {
    await nextFrames(page, 10);
    const next = await pageGeometry(page);
    if (layoutDifferences(last, next).length === 0) return next;
    last = next;
  }
  return last;
}

async function check(plain: TestPage, translated: TestPage) {
  const differences = layoutDifferences(await pageGeometry(plain), await pageGeometry(translated));
  const covered = await coverage(translated);
  const before = await coverage(plain);
  return { differences, covered, before };
}

describe(`grids keep their geometry (${BROWSER_NAME})`, () => {
  for (const mode of ['bilingual', 'replace'] as const) {
    for (const spec of PAGES) {
      test(`${spec.name}, ${mode}: nothing of the page moves, changes size or is covered`, async () => {
        if (mode === 'replace') await setSettings(env.browser, { displayMode: 'replace' });
        const plain = await open(PLAIN_SITE_HOST, spec.path);
        const translated = await open('www.xiaohongshu.com', spec.path);
        const shown = await settled(translated, spec.titles);
        expect(shown.filter((o) => o.kind === 'feedTitle' && o.state === 'done').length).toBeGreaterThanOrEqual(spec.titles);
        // The extension is really not on the plain copy.
        expect(await plain.evaluate(() => document.querySelectorAll('red-thread-overlay').length)).toBe(0);

        const { differences, covered, before } = await check(plain, translated);
        console.info(
          `[grid-layout] ${BROWSER_NAME} ${spec.name} ${mode}: cards ${covered.cards}, author rows covered ${before.coveredFooters} without / ${covered.coveredFooters} with the extension, ${differences.length} boxes changed, ${covered.faults.length} elements covered`,
        );
        expect(differences.slice(0, 10)).toEqual([]);
        expect(covered.faults.slice(0, 10)).toEqual([]);
        expect(before.coveredFooters).toBe(0);
        expect(covered.coveredFooters).toBe(0);
        expect(covered.misplaced).toEqual([]);
        await translated.screenshot(`grid-${spec.name}-${mode}-light`);

        await translated.setColorScheme('dark');
        await fixture(translated, "f.setTheme('dark')");
        await nextFrames(translated);
        await translated.screenshot(`grid-${spec.name}-${mode}-dark`);
      });
    }
  }

  test('feed: the site lays the grid out again (window resized, cards appended) and the translations follow', async () => {
    // One page at a time: a background tab gets no animation frames (Firefox), and the site relays out in one.
    const plain = await open(PLAIN_SITE_HOST, '/explore');
    await plain.setViewport(900, 800);
    await nextFrames(plain, 100);
    const plainResized = await pageGeometry(plain);
    await fixture(plain, 'f.appendCards(8)');
    // The same scroll as below on both copies: near the end, the site may load more cards, and then it must do so on both.
    await plain.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight - 1600));
    await nextFrames(plain, 30);
    const plainAppended = await quietGeometry(plain);
    await plain.close();

    const translated = await open('www.xiaohongshu.com', '/explore');
    await settled(translated, 6);
    await translated.setViewport(900, 800);
    await nextFrames(translated, 100);
    expect(layoutDifferences(plainResized, await pageGeometry(translated)).slice(0, 10)).toEqual([]);
    let covered = await coverage(translated);
    expect(covered.faults.slice(0, 10)).toEqual([]);
    expect(covered.coveredFooters).toBe(0);
    expect(covered.misplaced).toEqual([]);

    await fixture(translated, 'f.appendCards(8)');
    // Near the new cards, short of the end (which would make the page load more).
    await translated.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight - 1600));
    await settled(translated, 10);
    expect(layoutDifferences(plainAppended, await quietGeometry(translated)).slice(0, 10)).toEqual([]);
    covered = await coverage(translated);
    expect(covered.faults.slice(0, 10)).toEqual([]);
    expect(covered.coveredFooters).toBe(0);
    expect(covered.misplaced).toEqual([]);
  });

  test('replace on a card: the translation takes the title’s lines; its keyboard-reachable toggle brings the original back', async () => {
    await setSettings(env.browser, { displayMode: 'replace' });
    const page = await open('www.xiaohongshu.com', '/explore');
    await settled(page, 4);
    const state = () =>
      page.evaluate(() => {
        const o = document.querySelector('red-thread-overlay[data-rt-kind="feedTitle"][data-rt-state="done"]')!;
        const title = o.previousElementSibling!;
        const toggle = o.shadowRoot!.querySelector<HTMLButtonElement>('button[data-rt-action="toggle-original"]');
        return {
          lang: o.getAttribute('lang'),
          place: o.getAttribute('data-rt-place'),
          titleOpacity: getComputedStyle(title).opacity,
          toggle: toggle ? { tabIndex: toggle.tabIndex, label: toggle.getAttribute('aria-label'), pressed: toggle.getAttribute('aria-pressed') } : null,
        };
      });
    const before = await state();
    expect(before).toMatchObject({ lang: 'en', place: 'title', titleOpacity: '0' });
    expect(before.toggle).toMatchObject({ tabIndex: 0, pressed: 'false' });
    // The first toggle in the page is the first card's (the feed holds nothing else translated).
    await page.click('button[data-rt-action="toggle-original"]');
    await page.waitFor(() => !!document.querySelector('red-thread-overlay[data-rt-kind="feedTitle"][data-rt-original][data-rt-place="cover"]'));
    const after = await state();
    expect(after).toMatchObject({ place: 'cover', titleOpacity: '1' });
    expect(after.toggle?.pressed).toBe('true');
  });
});
