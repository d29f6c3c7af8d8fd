/**
 * The term matcher at the edges of its rules: which spellings of a term a reader's text may use (widths,
 * spaces, apostrophes, case in other alphabets), where a Latin word ends next to other scripts, emoji and
 * combining marks, what ends a clause, and where each chip's span lies.
 */
import { describe, expect, test } from 'vitest';
import { createTermMatcher, type FindOptions, type TermMatcherEntry } from '@/utils/guidance';

const entries: TermMatcherEntry[] = [
  { id: 'no-cap', term: 'no cap' },
  { id: 'its-giving', term: "it's giving" },
  { id: 'hi', term: 'hi!' },
  { id: 'ok-wave', term: 'ok~' },
  { id: 'za', term: 'za' },
  { id: 'cafe', term: 'café' },
  { id: 'privet', term: 'привет' },
  { id: 'ela', term: 'έλα' },
  { id: 'ao', term: 'ạo' },
  { id: 'slay', term: 'slay' },
  { id: 'tiktok', term: 'TikTok' },
  { id: 'istanbul', term: 'istanbul' },
  { id: 'barev', term: 'բարեւ' },
  { id: 'twelve', term: 'ⅻ' },
  { id: 'a-ring', term: 'ḁ' },
  { id: 'same', term: 'same', clause: true },
  { id: 'goat', term: 'GOAT', caseSensitive: true },
  { id: 'jazz', term: 'JAZZ', caseSensitive: true },
  { id: 'big-w', term: 'big W', caseSensitive: true },
  { id: 'dun', term: '蹲', standalone: true },
  { id: 'jia-ren-men', term: '家人们' },
  { id: 'abc', term: 'abc' },
  { id: 'ab', term: 'ab' },
];
// Built inside each test, never at import: mutation testing switches a mutant on only while tests run.
const m = { find: (text: string, options?: FindOptions) => createTermMatcher(entries).find(text, options) };
const ids = (text: string) => m.find(text).map((h) => h.id);
const spans = (text: string) => m.find(text).map((h) => [h.id, h.start, h.end, h.term]);

describe('spellings that count as the term', () => {
  test('every kind of space between words: tab, NBSP, figure, narrow and ideographic spaces', () => {
    for (const space of ['\t', '\u00a0', '\u2007', '\u202f', '\u3000', ' \t ']) {
      expect(spans(`so no${space}cap!`), JSON.stringify(space)).toEqual([['no-cap', 3, 8 + space.length, `no${space}cap`]]);
    }
    expect(ids('no\u2002cap')).toEqual([]);
  });

  test('every apostrophe: straight, left and right quotes, the modifier letter and the prime', () => {
    for (const apostrophe of ["'", '\u2018', '\u2019', '\u02bc', '\u2032']) {
      expect(ids(`it${apostrophe}s giving`), apostrophe).toEqual(['its-giving']);
    }
    expect(ids('it"s giving')).toEqual([]);
    expect(ids('it\u2033s giving')).toEqual([]);
  });

  test('full-width punctuation at both ends of the full-width block', () => {
    expect(spans('hi！')).toEqual([['hi', 0, 3, 'hi！']]);
    expect(spans('ok～')).toEqual([['ok-wave', 0, 3, 'ok～']]);
    expect(ids('ok\uff5f')).toEqual([]);
  });

  test('capitals in a term that is not case-sensitive need no capitals in the text', () => {
    expect(ids('on tiktok')).toEqual(['tiktok']);
    expect(ids('ON TIKTOK')).toEqual(['tiktok']);
  });

  test('capital A and Z fold like every other Latin capital', () => {
    expect(ids('ZA')).toEqual(['za']);
    expect(ids('Za za')).toEqual(['za']);
  });

  test('capitals of accented Latin, Cyrillic, Greek and Vietnamese letters fold', () => {
    expect(spans('CAFÉ!')).toEqual([['cafe', 0, 4, 'CAFÉ']]);
    expect(ids('ПРИВЕТ всем')).toEqual(['privet']);
    expect(ids('ΈΛΑ')).toEqual(['ela']);
    expect(ids('Ạo')).toEqual(['ao']);
  });

  test('only those alphabets fold: Armenian capitals, Roman numerals and the first Latin Extended Additional letter as listed', () => {
    expect(ids('ԲԱՐԵՒ')).toEqual([]);
    expect(ids('բարեւ')).toEqual(['barev']);
    expect(ids('Ⅻ')).toEqual([]);
    expect(ids('Ḁ')).toEqual(['a-ring']);
  });

  test('full-width signs past the ASCII block stay as they are: a yen sign after a word is no letter', () => {
    expect(ids('slay￥')).toEqual(['slay']);
    expect(ids('slay￠')).toEqual(['slay']);
  });

  test('a capital whose lowercase is two characters (Turkish İ) is not read as i', () => {
    expect(ids('İSTANBUL')).toEqual([]);
    expect(ids('ISTANBUL')).toEqual(['istanbul']);
  });
});

describe('where a Latin term ends', () => {
  test('next to Japanese kana, Korean or Bopomofo, as next to Chinese characters', () => {
    expect(ids('slayです')).toEqual(['slay']);
    expect(ids('カslay')).toEqual(['slay']);
    expect(ids('slay한국')).toEqual(['slay']);
    expect(ids('ㄅslayㄆ')).toEqual(['slay']);
  });

  test('ASCII letters and digits at the ends of their ranges are word characters; signs next to them are not', () => {
    for (const c of ['0', '9', 'a', 'z', 'A', 'Z']) {
      expect(ids(`slay${c}`), c).toEqual([]);
      expect(ids(`${c}slay`), c).toEqual([]);
    }
    for (const c of ['/', ':', '@', '[', '`', '{', '~']) expect(ids(`${c}slay${c}`), c).toEqual(['slay']);
  });

  test('a term ending in a Chinese character needs no boundary after it', () => {
    expect(spans('家人们hi')).toEqual([['jia-ren-men', 0, 3, '家人们']]);
    expect(spans('家人们2025')).toEqual([['jia-ren-men', 0, 3, '家人们']]);
  });

  test('not inside a word of another spaced script, nor before a combining accent', () => {
    expect(ids('slayж')).toEqual([]);
    expect(ids('жslay')).toEqual([]);
    expect(ids('éslay')).toEqual([]);
    expect(ids('slay\u0301')).toEqual([]);
    expect(ids('slay٣')).toEqual([]);
  });

  test('an emoji with its variation selector is no letter', () => {
    expect(ids('slay\u2764\ufe0f')).toEqual(['slay']);
    expect(ids('💅slay💅')).toEqual(['slay']);
  });
});

describe('clauses', () => {
  test('a line break (LF or CR) ends a clause, as punctuation does', () => {
    expect(ids('I love it\nSame')).toEqual(['same']);
    expect(ids('I love it\rSame')).toEqual(['same']);
    expect(ids('Same\nso good')).toEqual(['same']);
    expect(ids('Same\rso good')).toEqual(['same']);
    expect(ids('I love it Same')).toEqual([]);
  });

  test('emoji between the term and the clause edge, with their selectors and keycaps', () => {
    expect(ids('#️⃣ Same!')).toEqual(['same']);
    expect(ids('so true ❤️ same')).toEqual([]);
    expect(ids('so true 😭 same')).toEqual([]);
    expect(ids('so true. 😭 same')).toEqual(['same']);
    expect(ids('Same ❤️❤️')).toEqual(['same']);
    expect(ids('Same ❤️ yes')).toEqual([]);
  });

  test('a single letter at the very start of the text still joins the clause', () => {
    expect(ids('a same')).toEqual([]);
    expect(ids('same a')).toEqual([]);
    expect(ids('1 same')).toEqual([]);
  });
});

describe('case-sensitive forms', () => {
  test('each capital is checked, the first and the last included', () => {
    expect(ids('the GOAT')).toEqual(['goat']);
    expect(ids('the GOaT')).toEqual([]);
    expect(ids('the gOAT')).toEqual([]);
    expect(ids('the GOAt')).toEqual([]);
    expect(ids('JAZZ night')).toEqual(['jazz']);
    expect(ids('JAZz night')).toEqual([]);
  });

  test('full-width capitals are capitals', () => {
    expect(spans('ＧＯＡＴ')).toEqual([['goat', 0, 4, 'ＧＯＡＴ']]);
    expect(ids('ｇｏａｔ')).toEqual([]);
  });

  test('a run of spaces inside the form is skipped before the next capital is checked', () => {
    expect(spans('what a big   W')).toEqual([['big-w', 7, 14, 'big   W']]);
    expect(spans('what a big\u3000W')).toEqual([['big-w', 7, 12, 'big\u3000W']]);
    expect(ids('what a big   w')).toEqual([]);
  });
});

describe('standalone terms and spans', () => {
  test('not before or after a letter or digit of any script', () => {
    for (const c of ['0', '9', 'a', 'z', 'A', 'Z']) {
      expect(ids(`蹲${c}`), c).toEqual([]);
      expect(ids(`${c}蹲`), c).toEqual([]);
    }
    for (const c of ['/', ':', '@', '[', '`', '{', '~']) expect(ids(`${c}蹲${c}`), c).toEqual(['dun']);
    expect(ids('蹲a')).toEqual([]);
    expect(ids('a蹲')).toEqual([]);
    expect(ids('1蹲')).toEqual([]);
    expect(ids('蹲1')).toEqual([]);
    expect(ids('ж蹲')).toEqual([]);
    // Halfwidth katakana (past the surrogates in UTF-16) are letters too.
    expect(ids('蹲ｶﾜｲｲ')).toEqual([]);
    expect(spans('求链接 蹲')).toEqual([['dun', 4, 5, '蹲']]);
    expect(spans('蹲\u2764\ufe0f')).toEqual([['dun', 0, 1, '蹲']]);
  });

  test('every occurrence when asked, each with its own span; a shorter term does not start inside a longer one', () => {
    expect(m.find('家人们 家人们！家人们', { all: true }).map((h) => [h.start, h.end])).toEqual([
      [0, 3],
      [4, 7],
      [8, 11],
    ]);
    expect(spans('abc ab abc')).toEqual([
      ['abc', 0, 3, 'abc'],
      ['ab', 4, 6, 'ab'],
    ]);
    expect(m.find('abc ab abc', { all: true }).map((h) => h.id)).toEqual(['abc', 'ab', 'abc']);
    expect(m.find('abc ab abc', { all: false }).map((h) => h.id)).toEqual(['abc', 'ab']);
    expect(ids('abd ab')).toEqual(['ab']);
    expect(spans('xabc ab')).toEqual([['ab', 5, 7, 'ab']]);
  });

  test('a term at the very end of the text, and text shorter than the term', () => {
    expect(spans('so no cap')).toEqual([['no-cap', 3, 9, 'no cap']]);
    expect(ids('no ca')).toEqual([]);
    expect(ids('no ')).toEqual([]);
    expect(ids('家人')).toEqual([]);
  });
});

describe('building', () => {
  test('spaces around and inside a term or alias are folded when building', () => {
    const built = createTermMatcher([
      { id: 'no-cap', term: ' no   cap ' },
      { id: 'on-god', term: 'x', aliases: ['ON\u3000\u3000GOD'] },
    ]);
    expect(built.find('fr no cap, on god').map((h) => [h.id, h.start, h.end])).toEqual([
      ['no-cap', 3, 9],
      ['on-god', 11, 17],
    ]);
  });

  test('an alias that folds to the empty string is refused, naming the entry', () => {
    expect(() => createTermMatcher([{ id: 'blank', term: 'ok', aliases: ['\u3000'] }])).toThrow('entry "blank" has an empty term or alias');
  });

  test('terms added in any order keep their shorter prefixes', () => {
    const built = createTermMatcher([
      { id: 'long', term: '家人们' },
      { id: 'short', term: '家人' },
      { id: 'one', term: '家' },
    ]);
    expect(built.find('家人们 家人 家').map((h) => h.id)).toEqual(['long', 'short', 'one']);
  });
});
