// @vitest-environment happy-dom
/**
 * Every selector in utils/sites/xiaohongshu/selectors.ts against the fixture pages (which play the
 * real site's markup, see tests/fixtures/ and rednote-dom.md), with the number of matches each must
 * have. When the site changes and the fixtures follow, this is the test that says which selector broke.
 * The pages are built by the fixtures' own scripts, run in happy-dom at the real host's URL.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Window } from 'happy-dom';
import { afterEach, describe, expect, test } from 'vitest';
import { NOTIFICATION_CHROME, NOTIFICATION_COMMENT, NOTIFICATION_QUOTE } from '@/utils/sites/xiaohongshu/notifications';
import { KEEP_SELECTOR, SCROLL_ROOT_SELECTOR, SKIP_SELECTOR, UNIT_RULES, UNIT_SELECTOR, unitKindOf } from '@/utils/sites/xiaohongshu/selectors';

const FIXTURES = join(import.meta.dirname, '../../fixtures');
const DATA = readFileSync(join(FIXTURES, 'data.js'), 'utf8');
const APP = readFileSync(join(FIXTURES, 'fixture.js'), 'utf8');
const NOTIFICATIONS = readFileSync(join(FIXTURES, 'notification.js'), 'utf8');

const windows: Window[] = [];
afterEach(async () => {
  for (const w of windows.splice(0)) await w.happyDOM.close();
});

/** One fixture page, rendered by fixture.js as in the browser suites. */
async function fixturePage(page: 'explore' | 'note' | 'profile' | 'search' | 'notification', url: string): Promise<Document> {
  const window = new Window({ url, width: 1280, height: 900, settings: { enableJavaScriptEvaluation: true, suppressInsecureJavaScriptEnvironmentWarning: true } });
  windows.push(window);
  const document = window.document as unknown as Document;
  document.body.innerHTML = '<div id="app"></div>';
  // The notifications page has a script of its own (notification.js); the others share fixture.js.
  const scripts =
    page === 'notification'
      ? ([
          [DATA, null],
          [NOTIFICATIONS, null],
        ] as const)
      : ([
          [DATA, null],
          [APP, page],
        ] as const);
  for (const [code, data] of scripts) {
    const script = document.createElement('script');
    if (data) script.dataset.page = data;
    script.textContent = code;
    document.body.append(script);
  }
  await (window as unknown as { __rtFixture: { ready: Promise<unknown> } }).__rtFixture.ready;
  await window.happyDOM.waitUntilComplete();
  return document;
}

const count = (doc: ParentNode, selector: string) => doc.querySelectorAll(selector).length;

/** How many elements each rule's selectors find, per kind. */
function unitsByKind(doc: Document): Record<string, number> {
  const out: Record<string, number> = {};
  for (const el of doc.querySelectorAll(UNIT_SELECTOR)) {
    const kind = unitKindOf(el)!;
    out[kind] = (out[kind] ?? 0) + 1;
  }
  return out;
}

describe('selectors against the fixture pages', () => {
  test('explore feed: one title per card, nothing else', async () => {
    const doc = await fixturePage('explore', 'https://www.xiaohongshu.com/explore');
    const cards = count(doc, 'section.note-item');
    expect(cards).toBeGreaterThan(10);
    expect(unitsByKind(doc)).toEqual({ feedTitle: cards });
    expect(count(doc, UNIT_RULES.find((r) => r.kind === 'feedTitle')!.selectors[0]!)).toBe(cards); // the 2026 markup
    expect(count(doc, SCROLL_ROOT_SELECTOR)).toBe(0);
  });

  test('note page: one title, one body, every comment and reply shown, inside the note scroller', async () => {
    const doc = await fixturePage('note', 'https://www.xiaohongshu.com/explore/6784c1d2000000001a03b7e4');
    const comments = count(doc, '.comment-item');
    expect(comments).toBeGreaterThan(5);
    expect(unitsByKind(doc)).toEqual({ noteTitle: 1, noteBody: 1, comment: comments });
    expect(count(doc, SCROLL_ROOT_SELECTOR)).toBe(1);
    for (const unit of doc.querySelectorAll('.comment-item .content')) expect(unit.closest(SCROLL_ROOT_SELECTOR)).not.toBeNull();
    // Inside units: hashtags and mentions kept, emoji images skipped, and no unit is inside another.
    const body = doc.querySelector('#detail-desc')!;
    expect(body.querySelectorAll('a.tag').length).toBeGreaterThan(0);
    expect(count(doc, `#detail-desc ${KEEP_SELECTOR.split(', ').join(', #detail-desc ')}`)).toBeGreaterThan(0);
    expect(count(doc, '.comment-item .content a.note-content-user')).toBeGreaterThan(0);
    expect(count(doc, '.comment-item .content img.note-content-emoji')).toBeGreaterThan(0);
    for (const img of doc.querySelectorAll('.comment-item .content img')) expect(img.matches(SKIP_SELECTOR)).toBe(true);
    for (const unit of doc.querySelectorAll(UNIT_SELECTOR)) expect(unit.parentElement!.closest(UNIT_SELECTOR)).toBeNull();
    // A comment unit holds the text only: author, date, location and buttons are its siblings.
    for (const unit of doc.querySelectorAll('.comment-item .content')) {
      expect(unit.matches(UNIT_SELECTOR)).toBe(true);
      const item = unit.closest('.comment-item')!;
      expect(unit.querySelector('.author, .info, .date, .interactions')).toBeNull();
      expect(item.matches(UNIT_SELECTOR)).toBe(false);
    }
    // The scroll root is the box that scrolls the note's text and comments, not the whole note
    // (the author bar and the media stay put).
    const scroller = doc.querySelector(SCROLL_ROOT_SELECTOR)!;
    expect(scroller.querySelector('#detail-title')).not.toBeNull();
    expect(scroller.querySelector('.author-container, .media-container')).toBeNull();
    // The comment author's name link is not inside .content: it is never read as a mention.
    for (const name of doc.querySelectorAll('.comment-item .author a.name')) expect(name.closest('.content')).toBeNull();
  });

  test('profile: the bio and one title per card', async () => {
    const doc = await fixturePage('profile', 'https://www.xiaohongshu.com/user/profile/5b3c2e1f000000001003a7d2');
    const cards = count(doc, 'section.note-item');
    expect(cards).toBeGreaterThan(0);
    expect(unitsByKind(doc)).toEqual({ bio: 1, feedTitle: cards });
  });

  test('search results: one title per note card; the "大家都在搜" query card has none', async () => {
    const doc = await fixturePage('search', 'https://www.rednote.com/search_result?keyword=%E6%88%90%E9%83%BD');
    expect(count(doc, 'section.note-item.query-note-item')).toBe(1);
    expect(count(doc, 'section.note-item.query-note-item a.query-item')).toBeGreaterThan(0);
    const cards = count(doc, 'section.note-item:not(.query-note-item)');
    expect(cards).toBeGreaterThan(0);
    expect(unitsByKind(doc)).toEqual({ feedTitle: cards });
  });

  test('notifications: each quoted comment and what it answers is a comment unit; names, actions, times are not', async () => {
    const doc = await fixturePage('notification', 'https://www.xiaohongshu.com/notification');
    const quoted = count(doc, NOTIFICATION_COMMENT);
    const answered = count(doc, NOTIFICATION_QUOTE);
    expect(quoted).toBeGreaterThan(0);
    expect(answered).toBeGreaterThan(0);
    expect(unitsByKind(doc)).toEqual({ comment: quoted + answered });
    for (const chrome of doc.querySelectorAll(NOTIFICATION_CHROME.join(', '))) expect(unitKindOf(chrome)).toBeNull();
  });

  test('a card title matched by only one of its rule selectors (markup without .footer) is still a card title', () => {
    const doc = document;
    doc.body.innerHTML = '<section class="note-item"><a class="cover" href="/explore/1"></a><a class="title"><span>周末去哪儿</span></a></section>';
    const title = doc.querySelector('a.title')!;
    expect(title.matches(UNIT_SELECTOR)).toBe(true);
    expect(unitKindOf(title)).toBe('feedTitle');
    expect(unitKindOf(doc.querySelector('a.cover')!)).toBeNull();
  });

  test('every selector of every rule matches on some fixture page (none is dead)', async () => {
    const docs = [
      await fixturePage('explore', 'https://www.xiaohongshu.com/explore'),
      await fixturePage('note', 'https://www.xiaohongshu.com/explore/6784c1d2000000001a03b7e4'),
      await fixturePage('profile', 'https://www.xiaohongshu.com/user/profile/5b3c2e1f000000001003a7d2'),
      await fixturePage('notification', 'https://www.xiaohongshu.com/notification'),
    ];
    for (const rule of UNIT_RULES) {
      for (const selector of rule.selectors) {
        const total = docs.reduce((n, doc) => n + count(doc, selector), 0);
        expect(total, `${rule.kind}: ${selector}`).toBeGreaterThan(0);
      }
    }
  });
});
