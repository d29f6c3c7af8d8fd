// @vitest-environment happy-dom
/**
 * The unit pipeline (utils/page/units.ts) on a small page: what is sent for each unit
 * (text runs only: hashtags, mentions, topic tags and emoji codes never), what the overlay shows,
 * and a unit's life: near -> asked -> shown; changed -> asked again; gone -> cancelled; error -> retry.
 */
import { beforeEach, describe, expect, test } from 'vitest';
import type { TranslationBlockLabels } from '@/components/translation-block';
import { Overlay } from '@/components/page/overlay';
import { UnitController, type PageSettings } from '@/utils/page/units';
import type { SegmentResult, TranslatorClient } from '@/utils/page/translator-client';
import type { UnitCounts } from '@/utils/schemas/messages';

const LABELS: TranslationBlockLabels = {
  translating: 'Translating…',
  failed: 'Translation failed',
  retry: 'Retry',
  showOriginal: 'Show original',
  hideOriginal: 'Hide original',
  hideTranslation: 'Hide translation',
  showTranslation: 'Show translation',
  provenance: 'Translated',
  region: 'Translation',
  slang: 'Slang explained',
};

const SETTINGS: PageSettings = {
  to: 'en',
  mode: 'bilingual',
  kinds: { feedTitle: true, noteTitle: true, noteBody: true, comment: true, bio: true },
  enabled: true,
  glossary: false,
};

async function settle(): Promise<void> {
  for (let i = 0; i < 3; i++) {
    await Promise.resolve();
    await new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));
  }
}

function setup(html: string) {
  document.body.innerHTML = html;
  const sent: Array<{ id: string; text: string }> = [];
  const cancelled: string[] = [];
  const counts: UnitCounts[] = [];
  const client = {
    translate: (id: string, text: string) => sent.push({ id, text }),
    cancel: (ids: readonly string[]) => cancelled.push(...ids),
  } as unknown as TranslatorClient;
  const observed = new Set<Element>();
  const controller = new UnitController(
    SETTINGS,
    {
      client,
      detect: async (text) => ({ language: /[\u4e00-\u9fff]/.test(text) ? 'zh' : 'en', reliable: true }),
      labels: () => LABELS,
      onCounts: (c) => counts.push(c),
      afterWrite: () => undefined,
      overlay: (kind, unitId, onAction) => new Overlay(kind, unitId, onAction),
      signal: new AbortController().signal,
    },
    { observe: (el) => observed.add(el), unobserve: (el) => observed.delete(el) },
  );
  controller.scan(document);
  const near = (el: Element) => controller.onNear(el, true, { height: 40 } as DOMRectReadOnly);
  const answer = (translate: (text: string) => string) => {
    const results: SegmentResult[] = sent.splice(0).map(({ id, text }) => ({ id, ok: true, text: translate(text), provider: 'microsoft', detected: 'zh', cached: false }));
    controller.onResults(results);
  };
  const overlayText = (el: Element) => {
    const host = el.nextElementSibling;
    return host?.localName === 'red-thread-overlay' ? (host.shadowRoot?.textContent ?? '') : null;
  };
  return { controller, sent, cancelled, counts, observed, near, answer, overlayText };
}

const COMMENT = (text: string) => `<div class="comment-item"><div class="content"><span class="note-text">${text}</span></div></div>`;

describe('what is sent, and what is shown', () => {
  test('mentions, hashtags, topic tags and emoji codes are never sent, and come back in place', async () => {
    const page = setup(
      COMMENT(
        '<span>谢谢</span><a class="note-content-user" data-user-id="1">@小红薯123</a><span>推荐，</span><a class="tag">#成都美食</a><span>真好吃 #火锅[话题]# [doge]下次还来</span><img class="note-content-emoji" src="data:,">',
      ),
    );
    const el = document.querySelector('.content')!;
    expect(page.observed.has(el)).toBe(true);
    page.near(el);
    await settle();
    const texts = page.sent.map((s) => s.text);
    expect(texts).toEqual(['谢谢', '推荐，', '真好吃', '下次还来']);
    for (const token of ['@小红薯123', '#成都美食', '#火锅[话题]#', '[doge]']) expect(texts.join('|')).not.toContain(token);
    page.answer((t) => `EN(${t})`);
    await settle();
    const shown = page.overlayText(el)!;
    expect(shown).toContain('EN(谢谢)');
    expect(shown).toContain('@小红薯123');
    expect(shown).toContain('#成都美食');
    expect(shown).toContain('#火锅[话题]#');
    expect(shown).toContain('[doge]');
    expect(shown.indexOf('EN(谢谢)')).toBeLessThan(shown.indexOf('@小红薯123'));
    expect(shown.indexOf('@小红薯123')).toBeLessThan(shown.indexOf('EN(推荐，)'));
    expect(page.counts.at(-1)).toMatchObject({ translated: 1, waiting: 0, failed: 0 });
  });

  test('a unit far from the viewport is not asked; text in the reader’s language is skipped', async () => {
    const page = setup(COMMENT('<span>今天天气很好</span>') + COMMENT('<span>This is already English, nothing to do here.</span>'));
    await settle();
    expect(page.sent).toEqual([]);
    const [zh, en] = document.querySelectorAll('.content');
    page.near(en!);
    await settle();
    expect(page.sent).toEqual([]);
    expect(page.overlayText(en!)).toBeNull();
    page.near(zh!);
    await settle();
    expect(page.sent.map((s) => s.text)).toEqual(['今天天气很好']);
  });
});

describe('a unit’s life', () => {
  let page: ReturnType<typeof setup>;
  let el: Element;
  beforeEach(async () => {
    page = setup(COMMENT('<span>第一版的评论</span>'));
    el = document.querySelector('.content')!;
    page.near(el);
    await settle();
  });

  test('text rewritten in place is asked again, and only then', async () => {
    page.answer((t) => `EN(${t})`);
    await settle();
    page.controller.onChanges({ added: [], removed: false, touched: [el.querySelector('span')!] });
    await settle();
    expect(page.sent).toEqual([]); // nothing changed: nothing asked
    el.querySelector('span')!.textContent = '第二版的评论';
    page.controller.onChanges({ added: [], removed: false, touched: [el.querySelector('span')!] });
    await settle();
    expect(page.sent.map((s) => s.text)).toEqual(['第二版的评论']);
    page.answer((t) => `EN(${t})`);
    await settle();
    expect(page.overlayText(el)).toContain('EN(第二版的评论)');
    expect(page.overlayText(el)).not.toContain('EN(第一版的评论)');
  });

  test('a page write that leaves the text as it was neither cancels nor asks again', async () => {
    const before = [...page.sent];
    const span = el.querySelector('span')!;
    span.replaceChildren(document.createTextNode('第一版的评论')); // Vue patching with the same text
    page.controller.onChanges({ added: [], removed: true, touched: [span] });
    await settle();
    expect(page.cancelled).toEqual([]);
    expect(page.sent).toEqual(before);
  });

  test('a unit the page removes is cancelled and leaves no overlay behind', async () => {
    const ids = page.sent.map((s) => s.id);
    el.closest('.comment-item')!.remove();
    page.controller.onChanges({ added: [], removed: true, touched: [] });
    await settle();
    expect(page.cancelled).toEqual(ids);
    expect(document.querySelector('red-thread-overlay')).toBeNull();
    expect(page.observed.has(el)).toBe(false);
  });

  // Still near, or moved out of the near zone since it failed (other overlays grew above it): the
  // reader's "Retry failed" asks again for it either way.
  test.each([
    ['an error is shown with a retry; retrying asks again and ends translated', true],
    ['the reader’s "Retry failed" asks again for a failed unit the page has moved away from the viewport', false],
  ])('%s', async (_, stillNear) => {
    const id = page.sent.splice(0)[0]!.id;
    page.controller.onResults([{ id, ok: false, code: 'server', message: 'Provider down', retryable: true }]);
    await settle();
    expect(page.overlayText(el)).toContain('Provider down');
    if (!stillNear) page.controller.onNear(el, false, { height: 40 } as DOMRectReadOnly);
    expect(page.counts.at(-1)).toMatchObject({ failed: 1, translated: 0 });
    page.controller.retryFailed();
    await settle();
    expect(page.sent.map((s) => s.text)).toEqual(['第一版的评论']);
    page.answer((t) => `EN(${t})`);
    await settle();
    expect(page.overlayText(el)).toContain('EN(第一版的评论)');
    expect(page.counts.at(-1)).toMatchObject({ failed: 0, translated: 1, waiting: 0 });
  });

  test('a unit the reader asked again is not dropped when the page moves it out of the near zone before its answer', async () => {
    const id = page.sent.splice(0)[0]!.id;
    page.controller.onResults([{ id, ok: false, code: 'server', message: 'Provider down', retryable: true }]);
    await settle();
    page.controller.retryFailed();
    await settle();
    const again = page.sent.map((s) => s.id);
    expect(again).toHaveLength(1);
    // Overlays above it change height while it waits: it leaves the near zone, and is still asked.
    page.controller.onNear(el, false, { height: 40 } as DOMRectReadOnly);
    expect(page.cancelled).not.toContain(again[0]);
    page.answer((t) => `EN(${t})`);
    await settle();
    expect(page.overlayText(el)).toContain('EN(第一版的评论)');
    expect(page.counts.at(-1)).toMatchObject({ failed: 0, translated: 1, waiting: 0 });
  });

  test('switched off: what waits is cancelled and its placeholder removed', async () => {
    const ids = page.sent.map((s) => s.id);
    page.controller.update({ ...SETTINGS, enabled: false });
    await settle();
    expect(page.cancelled).toEqual(ids);
    expect(document.querySelector('red-thread-overlay')).toBeNull();
    expect(page.counts.at(-1)).toMatchObject({ waiting: 0 });
  });

  test('an answer for an older version of the text is ignored', async () => {
    const old = page.sent.splice(0);
    el.querySelector('span')!.textContent = '新的文字';
    page.controller.onChanges({ added: [], removed: false, touched: [el.querySelector('span')!] });
    await settle();
    page.controller.onResults(old.map(({ id }) => ({ id, ok: true, text: 'STALE', provider: 'microsoft', cached: false })));
    await settle();
    expect(page.overlayText(el) ?? '').not.toContain('STALE');
  });
});
