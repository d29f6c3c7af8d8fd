import { describe, expect, test } from 'vitest';
import { splitText } from '@/utils/text/split';

describe('splitting long bodies', () => {
  test('short text stays whole', () => {
    expect(splitText('你好', 10)).toEqual(['你好']);
  });

  test('paragraphs first, every piece within the limit, joined back exactly', () => {
    const text = `${'第一段很长的内容。'.repeat(20)}\n\n${'第二段也很长！'.repeat(20)}\n\n短的第三段`;
    const pieces = splitText(text, 200);
    expect(pieces.join('')).toBe(text);
    expect(pieces.every((p) => p.length <= 200)).toBe(true);
    expect(pieces[0]!.endsWith('\n\n')).toBe(true);
  });

  test('sentence ends in Chinese and English', () => {
    const text = '今天去了成都。吃了火锅！太辣了？ It was great. Really great! The end';
    const pieces = splitText(text, 12);
    expect(pieces.join('')).toBe(text);
    expect(pieces.every((p) => p.length <= 12)).toBe(true);
    expect(pieces[0]).toBe('今天去了成都。吃了火锅！');
  });

  test('no boundary at all: hard cuts, never inside a surrogate pair', () => {
    const text = '😀'.repeat(30);
    const pieces = splitText(text, 7);
    expect(pieces.join('')).toBe(text);
    for (const piece of pieces) expect(piece.length).toBeLessThanOrEqual(7);
    for (const piece of pieces) expect(/^(?:[\ud800-\udbff][\udc00-\udfff])*$/.test(piece)).toBe(true);
  });

  test('a 10,000-character comment becomes pieces under a provider limit', () => {
    const text = '这是一个很长很长的评论，'.repeat(900);
    const pieces = splitText(text, 1000);
    expect(pieces.join('')).toBe(text);
    expect(pieces.every((p) => p.length <= 1000)).toBe(true);
  });
});
