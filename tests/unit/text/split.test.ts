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

describe('every piece ends at a boundary when one exists within the cap', () => {
  const SENTENCE_END = /(?:[。！？!?…]+["'”’」』）)]*|\.)\s*$/u;
  const CLAUSE_END = /[，,；;、]\s*$/u;

  test('sentences shorter than the cap: every piece but the last ends a sentence', () => {
    // Sentences of different lengths, Chinese and English, so pieces end at different places.
    const sentences = ['今天去了成都。', '吃了一顿特别特别辣的火锅！', '你们觉得怎么样？', 'It was great. ', 'We walked for hours, then ate again! ', '明天还要去宽窄巷子…', '好累」'];
    const text = Array.from({ length: 40 }, (_, i) => sentences[(i * 3) % sentences.length]).join('');
    for (const cap of [40, 47, 64, 100]) {
      const pieces = splitText(text, cap);
      expect(pieces.join('')).toBe(text);
      expect(pieces.length).toBeGreaterThan(2);
      pieces.forEach((piece, i) => {
        expect(piece.length).toBeLessThanOrEqual(cap);
        if (i < pieces.length - 1) expect(piece, `piece ${i} of ${pieces.length} at cap ${cap}`).toMatch(SENTENCE_END);
      });
    }
  });

  test('a sentence longer than the cap is cut at its clauses, and every piece ends at one', () => {
    const sentence = '我们先去了春熙路，然后去了太古里，人特别多，但是很好逛，最后在一家小店吃了冰粉；' + '老板人很好，还送了我们一碗，真的太幸福了。';
    const text = sentence.repeat(6);
    const pieces = splitText(text, 30);
    expect(pieces.join('')).toBe(text);
    pieces.forEach((piece, i) => {
      expect(piece.length).toBeLessThanOrEqual(30);
      if (i < pieces.length - 1) expect(piece, `piece ${i}`).toMatch(new RegExp(`(?:${SENTENCE_END.source})|(?:${CLAUSE_END.source})`, 'u'));
    });
  });

  test('pieces are packed: no two neighbours would fit the cap together', () => {
    const text = '短句。'.repeat(100);
    const pieces = splitText(text, 50);
    expect(pieces.join('')).toBe(text);
    for (let i = 0; i + 1 < pieces.length; i++) expect(pieces[i]!.length + pieces[i + 1]!.length).toBeGreaterThan(50);
  });
});

describe('hard cuts, where no boundary is left', () => {
  test('at exactly the cap', () => {
    expect(splitText('abcd', 4)).toEqual(['abcd']);
    expect(splitText('abcdefghij', 4)).toEqual(['abcd', 'efgh', 'ij']);
  });

  test('one short of the cap only when the cap would split a surrogate pair', () => {
    expect(splitText('ab😀cdef', 4)).toEqual(['ab😀', 'cdef']); // the pair ends at the cap: cut there
    expect(splitText('abc😀def', 4)).toEqual(['abc', '😀de', 'f']); // the cap falls inside it: cut before
    // The first and the last high surrogate (U+10000 and U+10FFFF) count as well.
    expect(splitText('abc\u{10000}def', 4)).toEqual(['abc', '\u{10000}de', 'f']);
    expect(splitText('abc\u{10FFFF}def', 4)).toEqual(['abc', '\u{10FFFF}de', 'f']);
  });
});

describe('hard cuts leave no empty or needless pieces', () => {
  test('a text of exactly two caps gives two pieces, not a third empty one (nothing empty is sent)', () => {
    expect(splitText('abcdefgh', 4)).toEqual(['abcd', 'efgh']);
    expect(splitText('😀'.repeat(6), 4)).toEqual(['😀😀', '😀😀', '😀😀']);
  });

  test('a last piece within the cap is not cut again, even when it ends in a broken pair', () => {
    // Page text can end in half a pair (a site truncating a title in the middle of an emoji).
    expect(splitText('abcdefg\ud83d', 4)).toEqual(['abcd', 'efg\ud83d']);
  });
});
