import { describe, expect, test } from 'vitest';
import { cardPlace, clampLines, relativeTo } from '../../../utils/dom/card-placement';
import { overlapArea, placeTip } from '../../../utils/dom/placement';

/** The test pages' side bar: four entries from y=88, 48 px each with 8 px between, and 更多 at its foot. */
function sideBar(height: number) {
  const links = [0, 1, 2, 3].map((i) => ({ top: 88 + i * 56, left: 24, width: 192, height: 48 }));
  const more = { top: height - 24 - 21, left: 24, width: 192, height: 21 };
  const header = { top: 0, left: 0, width: 4000, height: 72 };
  return { avoid: [...links, more, header], marks: { sideLinksBottom: 88 + 3 * 56 + 48, headerBottom: 72 } };
}
const tip = { width: 320, height: 190 };

describe('placing a tip card', () => {
  test.each([
    [1280, 720],
    [1366, 768],
    [1366, 900],
    [1440, 900],
    [1920, 1080],
  ])('at %i×%i it covers no navigation and stays on screen', (width, height) => {
    const { avoid, marks } = sideBar(height);
    const at = placeTip(tip, { width, height }, avoid, marks);
    const box = { ...at, ...tip };
    expect(avoid.map((a) => overlapArea(box, a))).toEqual(avoid.map(() => 0));
    expect(at.top).toBeGreaterThanOrEqual(8);
    expect(at.top + tip.height).toBeLessThanOrEqual(height - 8);
  });

  test('bottom-left when nothing is there; under the side links when the foot of the side bar is taken', () => {
    expect(placeTip(tip, { width: 1366, height: 900 }, [], { sideLinksBottom: 300, headerBottom: 72 }).spot).toBe('bottom-left');
    const { avoid, marks } = sideBar(900);
    expect(placeTip(tip, { width: 1366, height: 900 }, avoid, marks)).toEqual({ top: marks.sideLinksBottom + 12, left: 16, spot: 'under-side-links' });
  });

  test('a short window with no room under the links: bottom-right', () => {
    const { avoid, marks } = sideBar(480);
    expect(placeTip(tip, { width: 1280, height: 480 }, avoid, marks).spot).toBe('bottom-right');
  });

  test('overlap areas', () => {
    expect(overlapArea({ top: 0, left: 0, width: 10, height: 10 }, { top: 5, left: 5, width: 10, height: 10 })).toBe(25);
    expect(overlapArea({ top: 0, left: 0, width: 10, height: 10 }, { top: 10, left: 0, width: 10, height: 10 })).toBe(0);
  });
});

describe('placing a translation on a grid card', () => {
  test('replace mode, translated: on the title; otherwise on the cover’s edge', () => {
    expect(cardPlace('replace', 'done', false, true)).toBe('title');
    expect(cardPlace('replace', 'done', true, true)).toBe('cover');
    expect(cardPlace('replace', 'waiting', false, true)).toBe('cover');
    expect(cardPlace('replace', 'error', false, true)).toBe('cover');
    expect(cardPlace('bilingual', 'done', false, true)).toBe('cover');
    expect(cardPlace('bilingual', 'done', false, false)).toBe('title');
  });

  test('as many lines as the title holds, at least one', () => {
    expect(clampLines(40, 20)).toBe(2);
    expect(clampLines(39.5, 20)).toBe(2);
    expect(clampLines(20, 20)).toBe(1);
    expect(clampLines(0, 20)).toBe(1);
    expect(clampLines(40, Number.NaN)).toBe(2);
  });

  test('rects relative to the containing block', () => {
    expect(relativeTo({ top: 300, left: 250, width: 100, height: 40 }, { top: 100, left: 240 })).toEqual({ top: 200, left: 10, width: 100, height: 40 });
  });
});
