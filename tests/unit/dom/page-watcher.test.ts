// @vitest-environment happy-dom
/**
 * The one mutation watcher: page changes come as one summary per frame; Red Thread's own overlays
 * cause no work; text rewritten in place is noticed; with nothing changing, nothing happens.
 */
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { OVERLAY_TAG } from '@/utils/dom/tags';
import { PageWatcher, type PageChanges } from '@/utils/dom/page-watcher';

/** Lets the MutationObserver deliver (a microtask), then the frame it asked for run. */
async function afterFrames(): Promise<void> {
  await Promise.resolve();
  for (let i = 0; i < 3; i++) await new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));
}

let calls: PageChanges[];
let watcher: PageWatcher;
let life: AbortController;
let app: HTMLElement;

beforeEach(() => {
  document.body.innerHTML = '<div id="app"><ul class="list"><li class="item"><span class="text">第一条</span></li></ul></div>';
  app = document.getElementById('app')!;
  calls = [];
  watcher = new PageWatcher(document.body, (changes) => calls.push(changes));
  life = new AbortController();
  watcher.start(life.signal);
});
afterEach(() => life.abort());

const item = (text: string) => {
  const li = document.createElement('li');
  li.className = 'item';
  li.append(Object.assign(document.createElement('span'), { className: 'text', textContent: text }));
  return li;
};
const overlay = () => document.createElement(OVERLAY_TAG);

describe('the page watcher', () => {
  test('many additions within one frame are handed over once, together', async () => {
    const list = app.querySelector('.list')!;
    const added = [item('二'), item('三'), item('四')];
    for (const li of added) {
      list.append(li);
      await Promise.resolve(); // each addition delivered to the observer on its own
    }
    await afterFrames();
    expect(calls).toHaveLength(1);
    expect(calls[0]!.added).toEqual(added);
    expect(calls[0]!.removed).toBe(false);
  });

  test('text rewritten in place marks its element as touched', async () => {
    const span = app.querySelector('.text')!;
    (span.firstChild as Text).data = '改过的文字';
    await afterFrames();
    expect(calls).toHaveLength(1);
    expect(calls[0]!.touched).toEqual([span]);
    expect(calls[0]!.added).toEqual([]);
  });

  test('children replaced by new text (Vue patching a text node) touch the parent', async () => {
    const span = app.querySelector('.text')!;
    span.replaceChildren(document.createTextNode('新的'));
    await afterFrames();
    expect(calls).toHaveLength(1);
    expect(calls[0]!.touched).toContain(span);
    expect(calls[0]!.removed).toBe(true);
  });

  test('a removal is reported', async () => {
    app.querySelector('.item')!.remove();
    await afterFrames();
    expect(calls).toEqual([{ added: [], removed: true, touched: [expect.any(Element)] }]);
  });

  test('our own overlays, added or removed, cause no work at all', async () => {
    const span = app.querySelector('.text')!;
    const mine = overlay();
    span.after(mine);
    await afterFrames();
    mine.remove();
    await afterFrames();
    expect(calls).toEqual([]);
  });

  test('discardOwnRecords drops what our write caused and keeps what the page did meanwhile', async () => {
    const list = app.querySelector('.list')!;
    const theirs = item('页面加的');
    list.append(theirs); // the page
    app.querySelector('.text')!.after(overlay()); // us, in the same task
    watcher.discardOwnRecords();
    await afterFrames();
    expect(calls).toHaveLength(1);
    expect(calls[0]!.added).toEqual([theirs]);
  });

  test('after our write alone, discardOwnRecords leaves nothing to do', async () => {
    app.querySelector('.text')!.after(overlay());
    watcher.discardOwnRecords();
    await afterFrames();
    expect(calls).toEqual([]);
  });

  test('nothing changing means nothing happens; stop means nothing more is heard', async () => {
    await afterFrames();
    expect(calls).toEqual([]);
    life.abort();
    app.querySelector('.list')!.append(item('停止以后'));
    await afterFrames();
    expect(calls).toEqual([]);
  });
});
