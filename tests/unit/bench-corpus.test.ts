/**
 * The benchmark's workload (tests/bench/corpus.ts) is what issue 8 asks for: 500 segments, median
 * about 20 characters, a few post bodies of 200–1,000 characters, 10% exact duplicates, 30% already
 * in the target language, some emoji only; the same on every run; and the request lower bound the
 * bench compares against is computed the way the provider's caps count.
 */
import { describe, expect, test } from 'vitest';
import { Texts, lowerBound, makeCorpus, neededTexts, rng, shapeOf } from '../bench/corpus';
import { guessByScript } from '@/utils/text/language';

const corpusOf = (seed: number, size = 500) => {
  const random = rng(seed);
  return makeCorpus(new Texts(random), random, 'c', size);
};

describe('bench corpus', () => {
  const corpus = corpusOf(20261121);
  const shape = shapeOf(corpus);

  test('has the shares the issue names', () => {
    expect(shape.segments).toBe(500);
    expect(shape.medianChars).toBeGreaterThanOrEqual(15);
    expect(shape.medianChars).toBeLessThanOrEqual(25);
    expect(shape.duplicates).toBe(50);
    expect(shape.english).toBe(150);
    expect(shape.emojiOnly).toBeGreaterThan(0);
    const bodies = corpus.segments.filter((s) => s.long).map((s) => s.text.length);
    expect(bodies.length).toBeGreaterThanOrEqual(3);
    for (const length of bodies) {
      expect(length).toBeGreaterThanOrEqual(200);
      expect(length).toBeLessThanOrEqual(1000);
    }
  });

  test('duplicates are exact copies of an earlier segment', () => {
    const seen = new Map<string, string>();
    for (const segment of corpus.segments) {
      if (segment.dupOf) expect(seen.get(segment.dupOf)).toBe(segment.text);
      seen.set(segment.id, segment.text);
    }
  });

  test('labels agree with the script: Chinese is Han, English and emoji are not', () => {
    for (const segment of corpus.segments) {
      const guess = guessByScript(segment.text);
      if (segment.label === 'zh') expect(guess).toMatchObject({ kind: 'known', language: 'zh' });
      if (segment.label === 'en') expect(guess.kind).toBe('latin');
      if (segment.label === 'emoji') expect(guess.kind).toBe('none');
    }
  });

  test('is the same for the same seed, and different for another', () => {
    expect(corpusOf(20261121)).toEqual(corpus);
    expect(corpusOf(7).segments.map((s) => s.text)).not.toEqual(corpus.segments.map((s) => s.text));
  });

  test('the lower bound is the larger of items over the item cap and characters over the character cap', () => {
    expect(lowerBound(['a'.repeat(10), 'b'.repeat(10)], 100, 5000)).toBe(1);
    expect(
      lowerBound(
        Array.from({ length: 250 }, () => 'x'),
        100,
        5000,
      ),
    ).toBe(3);
    expect(lowerBound(['y'.repeat(3000), 'z'.repeat(3000)], 100, 5000)).toBe(2);
    const needed = neededTexts(corpus);
    expect(new Set(needed).size).toBe(needed.length);
    expect(needed.length).toBe(shape.toTranslate);
  });
});
