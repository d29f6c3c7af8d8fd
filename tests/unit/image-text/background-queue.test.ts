/**
 * The background's queue of image reads (entrypoints/background/image-text.ts): a note closed while
 * its slides wait drops them, and the reader never sees them; one read per image whoever asks; a
 * read another tab still waits for is kept; a read already started finishes and is cached.
 */
import { describe, expect, test } from 'vitest';
import { createImageText, type Reader } from '@/entrypoints/background/image-text';
import type { ImageReply, ImageResult } from '@/utils/image-text/messages';

const url = (file: string) => `https://sns-webpic-qc.xhscdn.com/202612041200/5f1c0ffee0ddba11/${file}!nd_dft_wlteh_webp_3`;
const result = (): ImageResult => ({ ok: true, width: 10, height: 10, blocks: [], cached: false, ms: 1 });

/** A reader whose reads finish when the test says so. */
function fakeReader() {
  const asked: string[] = [];
  const finish = new Map<string, (reply: ImageReply) => void>();
  const reader: Reader = {
    read: (u) => {
      asked.push(u.split('/').pop()!.split('!')[0]!);
      return new Promise((resolve) => finish.set(u, resolve));
    },
    loaded: async () => true,
  };
  return { reader, asked, finish: (file: string) => finish.get(url(file))!(result()) };
}

function memoryCache() {
  const store = new Map<string, ImageResult>();
  return { store, get: async (id: string) => store.get(id) ?? null, put: async (id: string, r: ImageResult) => void store.set(id, r), clear: async () => store.clear() };
}

const tick = () => new Promise((r) => setTimeout(r, 0));

describe('image reads in the background', () => {
  test('reads that have not started are dropped when their tab cancels them; the reader never sees them', async () => {
    const { reader, asked, finish } = fakeReader();
    const cache = memoryCache();
    const text = createImageText(reader, cache);
    const replies = ['a.png', 'b.png', 'c.png', 'd.png'].map((f) => text.read(url(f), 7));
    await tick();
    // One at a time: the rest wait here, where they can be dropped.
    expect(asked).toEqual(['a.png']);
    expect(text.reads()).toMatchObject({ waiting: 3, running: 1 });
    // a has started: it finishes and is kept for the next visit.
    expect(text.cancel([url('a.png'), url('b.png'), url('c.png'), url('d.png')], 7)).toBe(3);
    expect(await replies[1]).toMatchObject({ ok: false, code: 'cancelled' });
    expect(await replies[3]).toMatchObject({ ok: false, code: 'cancelled' });
    finish('a.png');
    expect(await replies[0]).toMatchObject({ ok: true });
    await tick();
    expect(asked).toEqual(['a.png']);
    expect(text.reads()).toEqual({ waiting: 0, running: 0, started: ['a.png'] });
    expect([...cache.store.keys()]).toEqual(['a.png']);
  });

  test('a read another tab still waits for is kept; one tab cannot cancel another’s', async () => {
    const { reader, asked, finish } = fakeReader();
    const text = createImageText(reader, memoryCache());
    void text.read(url('a.png'), 1);
    const mine = text.read(url('c.png'), 1);
    const theirs = text.read(url('c.png'), 2);
    await tick();
    expect(text.cancel([url('c.png')], 3)).toBe(0);
    expect(text.cancel([url('c.png')], 1)).toBe(0);
    finish('a.png');
    await tick();
    await tick();
    expect(asked).toEqual(['a.png', 'c.png']);
    finish('c.png');
    expect(await theirs).toMatchObject({ ok: true });
    expect(await mine).toMatchObject({ ok: true });
  });

  test('a second ask for the same image while it waits is one read', async () => {
    const { reader, asked, finish } = fakeReader();
    const text = createImageText(reader, memoryCache());
    const one = text.read(url('a.png'), 1);
    const two = text.read(url('a.png'), 1);
    await tick();
    finish('a.png');
    expect(await one).toEqual(await two);
    expect(asked).toEqual(['a.png']);
  });
});
