/**
 * Mixed-language units at their edges (utils/text/mixed.ts): the whole plan (every piece, kept or
 * sent, with its source language), not only the sent text. The cases are comments as RedNote
 * readers write them; what is asserted is what goes to the provider and what the reader sees.
 */
import { describe, expect, test } from 'vitest';
import { planUnit, type Piece, type TextPart } from '@/utils/text/mixed';
import type { Detector } from '@/utils/text/language';

const text = (t: string): TextPart => ({ kind: 'text', text: t });
const keep = (t: string): TextPart => ({ kind: 'keep', text: t });
const sent = (pieces: Array<Piece[] | null>) => pieces.flatMap((p) => (p ?? []).filter((x) => x.kind === 'send'));

describe('scripts other than Chinese and Latin', () => {
  test.each([
    ['정말 예뻐요', 'ko'],
    ['Привет из Москвы', 'ru'],
    ['مرحبا بكم', 'ar'],
    ['อร่อยมาก', 'th'],
    ['नमस्ते दोस्तों', 'hi'],
  ])('%s goes out to an English reader with source %s, and stays as written for its own reader', async (comment, language) => {
    const en = await planUnit([text(comment)], 'en');
    expect(en).toEqual({ parts: [[{ kind: 'send', text: comment, source: language }]], sends: 1, hasLanguage: true });
    const own = await planUnit([text(comment)], language);
    expect(own).toEqual({ parts: [[{ kind: 'keep', text: comment }]], sends: 0, hasLanguage: true });
  });

  test('Chinese folds in a lone English word; Korean does not', async () => {
    expect(sent((await planUnit([text('정말 cute')], 'ko')).parts)).toEqual([{ kind: 'send', text: 'cute', source: 'auto' }]);
    expect(sent((await planUnit([text('cute 정말')], 'ko')).parts)).toEqual([{ kind: 'send', text: 'cute', source: 'auto' }]);
    expect((await planUnit([text('好可爱 omg')], 'zh-CN')).sends).toBe(0);
  });

  test('a single Latin letter between Korean words is not language; two letters are', async () => {
    expect(await planUnit([text('정말 x 예뻐요')], 'ko')).toEqual({ parts: [[{ kind: 'keep', text: '정말 x 예뻐요' }]], sends: 0, hasLanguage: true });
    expect(sent((await planUnit([text('정말 ok 예뻐요')], 'ko')).parts)).toEqual([{ kind: 'send', text: 'ok', source: 'auto' }]);
  });
});

describe('no language vs the reader’s own language', () => {
  test('slang numbers and a mention are no language at all', async () => {
    expect(await planUnit([text('666')], 'en')).toEqual({ parts: [null], sends: 0, hasLanguage: false });
    expect(await planUnit([keep('@Emily_TX'), text('888')], 'zh-CN')).toEqual({ parts: [null, null], sends: 0, hasLanguage: false });
  });

  test('English for an English reader is language, kept whole', async () => {
    expect(await planUnit([text('thank you so much'), keep('[派对R]')], 'en')).toEqual({
      parts: [[{ kind: 'keep', text: 'thank you so much' }], null],
      sends: 0,
      hasLanguage: true,
    });
  });
});

describe('where a sent piece starts and ends', () => {
  test('a part foreign from its start goes out whole, with the emoji before and after it', async () => {
    expect((await planUnit([text('🔥🔥 太好吃了 🔥')], 'en')).parts).toEqual([[{ kind: 'send', text: '🔥🔥 太好吃了 🔥', source: 'zh' }]]);
  });

  test('after the reader’s own words, a foreign run ends at its punctuation: the emoji after it stays', async () => {
    expect((await planUnit([text('so spicy 太辣了！ 🌶️🌶️')], 'en')).parts).toEqual([
      [
        { kind: 'keep', text: 'so spicy ' },
        { kind: 'send', text: '太辣了！', source: 'zh' },
        { kind: 'keep', text: ' 🌶️🌶️' },
      ],
    ]);
  });

  test('kept text after the last sent piece is a kept piece', async () => {
    expect((await planUnit([text('what is 甜水面? it looks so good')], 'en')).parts).toEqual([
      [
        { kind: 'keep', text: 'what is ' },
        { kind: 'send', text: '甜水面?', source: 'zh' },
        { kind: 'keep', text: ' it looks so good' },
      ],
    ]);
  });
});

describe('Japanese and Chinese sentences in one run', () => {
  test('a run that does not start the text is cut at its own sentence ends', async () => {
    expect(sent((await planUnit([text('😂😂 すごい！这个真的太好看了')], 'ja')).parts)).toEqual([{ kind: 'send', text: '这个真的太好看了', source: 'zh' }]);
  });

  test('Japanese and Chinese sentences alternating: each Chinese one is sent', async () => {
    expect(sent((await planUnit([text('すごい！这个真的太好看了！かわいいね！我也想要')], 'ja')).parts)).toEqual([
      { kind: 'send', text: '这个真的太好看了！', source: 'zh' },
      { kind: 'send', text: '我也想要', source: 'zh' },
    ]);
  });

  test('a space between two sentence ends is not a sentence', async () => {
    expect(sent((await planUnit([text('すごい！ ！这个真的太好看了')], 'ja')).parts)).toEqual([{ kind: 'send', text: '这个真的太好看了', source: 'zh' }]);
  });

  test('a lone English word between Japanese and Chinese joins them into one Japanese run', async () => {
    expect((await planUnit([text('好可爱 cute すごい')], 'ja')).sends).toBe(0);
    expect(sent((await planUnit([text('好可爱 cute すごい')], 'zh-CN')).parts)).toEqual([{ kind: 'send', text: '好可爱 cute すごい', source: 'ja' }]);
  });
});

describe('the reply prefix', () => {
  test('the word 回复 alone is a word like any other', async () => {
    expect(await planUnit([text('回复')], 'en')).toEqual({ parts: [[{ kind: 'send', text: '回复', source: 'zh' }]], sends: 1, hasLanguage: true });
  });

  test('"回复" + a mention and nothing else: no language to translate', async () => {
    expect(await planUnit([text('回复 '), keep('@Emily_TX')], 'en')).toEqual({ parts: [null, null], sends: 0, hasLanguage: false });
  });

  test('"回复" + a mention without a colon: the text after the mention is the comment, from its first character', async () => {
    const plan = await planUnit([text('回复 '), keep('@Emily_TX'), text('谢谢：see you in Chengdu')], 'en');
    expect(plan.parts[2]).toEqual([
      { kind: 'send', text: '谢谢', source: 'zh' },
      { kind: 'keep', text: '：see you in Chengdu' },
    ]);
  });
});

describe('the one decision on a unit’s Latin text', () => {
  test('for a non-Latin reader, Latin text goes out with source "auto", and the detector is not asked', async () => {
    let asked = 0;
    const detect: Detector = async () => ((asked += 1), { language: 'fr', reliable: true });
    const plan = await planUnit([text('thank you so much 谢谢')], 'zh-CN', detect);
    expect(sent(plan.parts)).toEqual([{ kind: 'send', text: 'thank you so much', source: 'auto' }]);
    const long = await planUnit([text('Chengdu hotpot street food tour spicy noodles dumplings market night 好吃')], 'zh-CN', detect);
    expect(sent(long.parts)).toEqual([{ kind: 'send', text: 'Chengdu hotpot street food tour spicy noodles dumplings market night', source: 'auto' }]);
    expect(asked).toBe(0);
  });

  test('English words folded into a Chinese sentence are not evidence for the Latin runs', async () => {
    // The Latin run is French ("bonjour"); "the" and "you" belong to the Chinese sentence in brackets.
    const plan = await planUnit([text('bonjour à tous (这个 the 好 you 啊)')], 'en');
    expect(sent(plan.parts)).toEqual([
      { kind: 'send', text: 'bonjour à tous', source: 'fr' },
      { kind: 'send', text: '这个 the 好 you 啊', source: 'zh' },
    ]);
  });

  test('Latin runs apart from each other are read as separate words', async () => {
    // "merci" and "beaucoup" are two words; read run into one ("mercibeaucoup") they would name no language.
    const plan = await planUnit([text('merci (beaucoup)')], 'es');
    expect(sent(plan.parts)).toEqual([
      { kind: 'send', text: 'merci', source: 'fr' },
      { kind: 'send', text: 'beaucoup', source: 'fr' },
    ]);
  });
});
