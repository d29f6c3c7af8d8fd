import { describe, expect, test } from 'vitest';
import { REC_HEIGHT, cropLine, ctcDecode, parseDictionary, recWidth, restoreSpaces } from '@/utils/image-text/recognize';

/** Probabilities for a sequence of classes, one step each (0.9 for the chosen class). */
function steps(classes: number, seq: number[]): Float32Array {
  const out = new Float32Array(seq.length * classes).fill(0.1 / (classes - 1));
  seq.forEach((c, t) => (out[t * classes + c] = 0.9));
  return out;
}

describe('CTC decoding', () => {
  const dict = ['你', '好', 'a', 'b'];
  const classes = dict.length + 2; // blank, the dictionary, a space

  test('repeats collapse, blanks separate, the class after the dictionary is a space', () => {
    const probs = steps(classes, [1, 1, 0, 1, 2, 0, 5, 3, 3, 4]);
    expect(ctcDecode(probs, 10, classes, dict).text).toBe('你你好 ab');
  });

  test('the score is the mean probability of the kept characters; nothing kept scores 0', () => {
    expect(ctcDecode(steps(classes, [1, 2]), 2, classes, dict).score).toBeCloseTo(0.9);
    expect(ctcDecode(steps(classes, [0, 0, 0]), 3, classes, dict)).toEqual({ text: '', score: 0 });
  });

  test('one batch row is read from its offset', () => {
    const two = new Float32Array([...steps(classes, [1, 2]), ...steps(classes, [3, 4])]);
    expect(ctcDecode(two, 2, classes, dict, 2 * classes).text).toBe('ab');
  });

  test('the dictionary file: one entry a line, a trailing newline adds none', () => {
    expect(parseDictionary('a\nb\r\nc\n')).toEqual(['a', 'b', 'c']);
  });
});

describe('spaces between Latin words', () => {
  const chars = (s: string, positions: number[]) => [...s].map((char, i) => ({ char, step: positions[i]! }));
  test('a wide gap between letters is a space; usual letter spacing is not', () => {
    expect(restoreSpaces(chars('Everyonewas', [0, 2, 4, 6, 8, 10, 12, 14, 19, 21, 23]))).toBe('Everyone was');
  });
  test('no space between CJK characters or digits, whatever the gap', () => {
    expect(restoreSpaces(chars('你好', [0, 10]))).toBe('你好');
    expect(restoreSpaces(chars('95270001', [0, 2, 4, 9, 11, 13, 18, 20]))).toBe('95270001');
  });
});

describe('cutting a line out of the image', () => {
  /** A 40×20 image: black on the left half, white on the right. */
  const img = { width: 40, height: 20, data: new Uint8ClampedArray(40 * 20 * 4) };
  for (let y = 0; y < 20; y++) for (let x = 0; x < 40; x++) img.data.fill(x < 20 ? 0 : 255, (y * 40 + x) * 4, (y * 40 + x) * 4 + 3);

  test('width at the model height keeps the aspect', () => {
    expect(recWidth({ cx: 0, cy: 0, width: 100, height: 20, angle: 0 })).toBe(REC_HEIGHT * 5);
  });

  test('an axis-aligned line: left part dark (-1), right part light (+1), padding 0', () => {
    const rect = { cx: 20, cy: 10, width: 40, height: 20, angle: 0 };
    const width = recWidth(rect) + 16;
    const out = new Float32Array(3 * REC_HEIGHT * width);
    cropLine(img, rect, out, 0, width);
    const at = (c: number, y: number, x: number) => out[c * REC_HEIGHT * width + y * width + x]!;
    expect(at(0, 24, 5)).toBeCloseTo(-1);
    expect(at(2, 24, recWidth(rect) - 5)).toBeCloseTo(1);
    expect(at(1, 24, width - 1)).toBe(0);
  });

  test('a line turned 180° is read from its own start: light first', () => {
    const rect = { cx: 20, cy: 10, width: 40, height: 20, angle: Math.PI };
    const width = recWidth(rect);
    const out = new Float32Array(3 * REC_HEIGHT * width);
    cropLine(img, rect, out, 0, width);
    expect(out[24 * width + 5]).toBeCloseTo(1);
    expect(out[24 * width + width - 5]).toBeCloseTo(-1);
  });
});
