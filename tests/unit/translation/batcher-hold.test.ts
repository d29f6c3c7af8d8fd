import { describe, expect, test } from 'vitest';
import { Batcher } from '@/utils/translation/batcher';
import type { Clock } from '@/utils/translation/clock';

const clock: Clock = { now: () => 0, setTimeout: () => 0, clearTimeout: () => undefined };

function batcher(sent: string[][]) {
  return new Batcher<string>({ maxItems: 3, maxChars: 10, windowMs: 50, sizeOf: (s) => s.length, onBatch: (_key, items) => void sent.push(items), clock });
}

describe('a batch held open while it waits its turn', () => {
  test('items for its key join it within the caps; the rest come back; after release nothing joins', () => {
    const sent: string[][] = [];
    const b = batcher(sent);
    const waiting = ['aa'];
    const release = b.hold('en', waiting);
    const joined: string[] = [];
    expect(b.join('en', ['bb', 'ccccccc', 'd'], (s) => joined.push(s))).toEqual(['ccccccc']);
    expect(waiting).toEqual(['aa', 'bb', 'd']);
    expect(joined).toEqual(['bb', 'd']);
    // Another key has no held batch.
    expect(b.join('zh-CN', ['x'], () => undefined)).toEqual(['x']);
    release();
    expect(b.join('en', ['e'], () => undefined)).toEqual(['e']);
    expect(sent).toEqual([]);
  });

  test('a later hold for the same key replaces the earlier; releasing the earlier leaves the later open', () => {
    const b = batcher([]);
    const first = b.hold('en', ['a']);
    const second = ['b'];
    b.hold('en', second);
    first();
    expect(b.join('en', ['c'], () => undefined)).toEqual([]);
    expect(second).toEqual(['b', 'c']);
  });
});
