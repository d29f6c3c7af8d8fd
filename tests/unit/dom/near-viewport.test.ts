// @vitest-environment happy-dom
/**
 * The near-viewport tracker, with a stand-in IntersectionObserver (happy-dom has none): one
 * observer for the window and one per scroll box, each with the look-ahead margin; a box whose
 * units are all gone lets go of its observer; entries reach the callback as (element, near, rect).
 */
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { NearViewport } from '@/utils/dom/near-viewport';

class FakeObserver {
  static all: FakeObserver[] = [];
  readonly watched = new Set<Element>();
  disconnected = false;
  constructor(
    readonly callback: IntersectionObserverCallback,
    readonly options: IntersectionObserverInit = {},
  ) {
    FakeObserver.all.push(this);
  }
  observe(el: Element) {
    this.watched.add(el);
  }
  unobserve(el: Element) {
    this.watched.delete(el);
  }
  disconnect() {
    this.disconnected = true;
    this.watched.clear();
  }
  takeRecords() {
    return [];
  }
  /** What the browser does when elements cross the (margin-extended) root. */
  fire(changes: Array<[Element, boolean, number]>) {
    const entries = changes.map(([target, isIntersecting, height]) => ({ target, isIntersecting, boundingClientRect: { height } as DOMRectReadOnly }) as IntersectionObserverEntry);
    this.callback(entries, this as unknown as IntersectionObserver);
  }
}

beforeEach(() => {
  FakeObserver.all = [];
  vi.stubGlobal('IntersectionObserver', FakeObserver);
  document.body.innerHTML = `
    <section class="feed"><a class="title" id="t1">一</a><a class="title" id="t2">二</a></section>
    <div class="note-scroller" id="box1"><div class="content" id="c1">评论一</div><div class="content" id="c2">评论二</div></div>
    <div class="note-scroller" id="box2"><div class="content" id="c3">评论三</div></div>`;
});
afterEach(() => vi.unstubAllGlobals());

const $ = (id: string) => document.getElementById(id)!;

describe('near the viewport', () => {
  test('window units share one observer with the look-ahead margin; each scroll box gets its own, rooted at the box', () => {
    const near = new NearViewport(() => undefined, '.note-scroller', new AbortController().signal);
    for (const id of ['t1', 't2', 'c1', 'c2', 'c3']) near.observe($(id));
    expect(FakeObserver.all).toHaveLength(3);
    const [win, box1, box2] = FakeObserver.all;
    expect(win!.options).toMatchObject({ root: null, rootMargin: '600px 0px' });
    expect([...win!.watched]).toEqual([$('t1'), $('t2')]);
    expect(box1!.options).toMatchObject({ root: $('box1'), rootMargin: '600px 0px' });
    expect([...box1!.watched]).toEqual([$('c1'), $('c2')]);
    expect(box2!.options.root).toBe($('box2'));
    expect([...box2!.watched]).toEqual([$('c3')]);
  });

  test('entries reach the callback as (element, near, rect)', () => {
    const seen: Array<[string, boolean, number]> = [];
    const near = new NearViewport((el, isNear, rect) => seen.push([el.id, isNear, rect.height]), '.note-scroller', new AbortController().signal);
    near.observe($('t1'));
    near.observe($('c1'));
    FakeObserver.all[0]!.fire([[$('t1'), true, 44]]);
    FakeObserver.all[1]!.fire([[$('c1'), false, 20]]);
    expect(seen).toEqual([
      ['t1', true, 44],
      ['c1', false, 20],
    ]);
  });

  test('a scroll box whose units are all gone lets go of its observer; the window observer stays', () => {
    const near = new NearViewport(() => undefined, '.note-scroller', new AbortController().signal);
    for (const id of ['t1', 'c1', 'c2']) near.observe($(id));
    const [win, box] = FakeObserver.all;
    near.unobserve($('c1'));
    expect(box!.disconnected).toBe(false);
    expect([...box!.watched]).toEqual([$('c2')]);
    near.unobserve($('c2'));
    expect(box!.disconnected).toBe(true);
    near.unobserve($('t1'));
    expect(win!.disconnected).toBe(false);
    // A unit that comes back into the same box gets a fresh observer, not the disconnected one.
    near.observe($('c1'));
    expect(FakeObserver.all).toHaveLength(3);
    expect([...FakeObserver.all[2]!.watched]).toEqual([$('c1')]);
    expect(FakeObserver.all[2]!.options.root).toBe($('box1'));
  });

  test('unobserving what was never observed does nothing; the end of the lifetime lets go of every observer', () => {
    const life = new AbortController();
    const near = new NearViewport(() => undefined, '.note-scroller', life.signal, '100px 0px');
    near.unobserve($('t1'));
    near.observe($('t1'));
    near.observe($('c3'));
    expect(FakeObserver.all.map((o) => o.options.rootMargin)).toEqual(['100px 0px', '100px 0px']);
    life.abort();
    expect(FakeObserver.all.every((o) => o.disconnected)).toBe(true);
  });
});
