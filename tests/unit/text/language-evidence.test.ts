/**
 * The evidence behind a language decision (utils/text/language.ts), at its edges: how much kana
 * makes Japanese, how scripts are weighed against Latin, what counts as a function word and how
 * much, when the detector is asked and when its answer is used. Each case is a decision a reader
 * sees: whether a comment is translated, and from which language.
 */
import { describe, expect, test } from 'vitest';
import { decide, functionWordScores, guessByScript, latinLanguage, stripNonLanguage, type Detector } from '@/utils/text/language';

const label = (text: string) => {
  const guess = guessByScript(text);
  return guess.kind === 'known' ? guess.language : guess.kind;
};

// One test, and the first in this file to read the word lists, on purpose: the lists are built on
// first use, and mutation testing credits a lazily built value to the first test that builds it.
describe('every language’s own words name it', () => {
  test('thanks, gracias, merci, danke, obrigado, grazie, không, banget', async () => {
    const words: Array<[string, string]> = [
      ['thanks', 'en'],
      ['gracias', 'es'],
      ['merci', 'fr'],
      ['danke', 'de'],
      ['obrigado', 'pt'],
      ['grazie', 'it'],
      ['không', 'vi'],
      ['banget', 'id'],
    ];
    for (const [word, language] of words) {
      expect(functionWordScores(word), word).toEqual({ [language]: 2 });
      const reader = language === 'en' ? 'es' : 'en';
      expect(await decide(`${word}!`, reader), word).toEqual({ translate: true, source: language });
    }
  });
});

describe('the script check', () => {
  test('one kana in ten CJK characters is Japanese; one in eleven is a Chinese sentence with a netspeak の', async () => {
    expect(label('東京大学の合格発表日')).toBe('ja'); // 9 kanji + の: exactly a tenth
    expect(label('夏天の限定甜品太好吃了')).toBe('zh'); // 10 Han + の: less than a tenth
    // A Chinese reader is not shown the netspeak sentence as Japanese to translate.
    expect(await decide('夏天の限定甜品太好吃了', 'zh-CN')).toEqual({ translate: false, reason: 'target-language' });
  });

  test('kana and hangul weigh like Han against Latin letters', async () => {
    expect(label('かわいい so cute')).toBe('ja'); // 4 kana outweigh 6 Latin letters
    expect(label('정말 예뻐요 so cute')).toBe('ko'); // 5 hangul likewise
    expect(await decide('정말 예뻐요 so cute', 'en')).toEqual({ translate: true, source: 'ko' });
  });

  test('Arabic, Thai and Devanagari are named by their script', async () => {
    expect(label('مرحبا بكم في الصين')).toBe('ar');
    expect(label('สวัสดีครับ อร่อยมาก')).toBe('th');
    expect(label('नमस्ते दोस्तों')).toBe('hi');
    expect(await decide('สวัสดีครับ อร่อยมาก', 'en')).toEqual({ translate: true, source: 'th' });
    expect(await decide('नमस्ते दोस्तों', 'hi')).toEqual({ translate: false, reason: 'target-language' });
  });

  test('a single Latin letter beside emoji is not language; two are', async () => {
    expect(label('x 😂😂')).toBe('none');
    expect(await decide('x 😂😂', 'zh-CN')).toEqual({ translate: false, reason: 'no-language' });
    expect(label('ok 😂😂')).toBe('latin');
  });

  test('a removed mention or emoji code leaves a space, so the words on either side stay apart', () => {
    expect(stripNonLanguage('so good[doge]thanks@Emily_TX')).toBe('so good thanks ');
    expect(functionWordScores('good[doge]thanks')).toEqual({ en: 4 });
  });
});

describe('function words', () => {
  test('a word of one or two letters counts 1, a longer one 2', () => {
    expect(functionWordScores('de')).toEqual({ es: 1 });
    expect(functionWordScores('the')).toEqual({ en: 2 });
    // Counted in characters, not UTF-16 units: "tá" is two letters.
    expect(functionWordScores('tá')).toEqual({ pt: 1 });
  });

  test('"I" counts for English only as a capital, and for no other language', () => {
    expect(functionWordScores('I')).toEqual({ en: 1 });
    // A lower-case "i" is Italian's plural article as often as a careless English "I".
    expect(functionWordScores('i')).toEqual({});
  });
});

describe('which language a Latin text is in', () => {
  test('one longer function word is evidence enough: "merci" alone is French for an English reader', async () => {
    expect(await latinLanguage('merci', 'en')).toEqual({ language: 'fr', source: 'fr' });
    expect(await decide('merci', 'en')).toEqual({ translate: true, source: 'fr' });
  });

  test('the language with the most evidence wins, even when the reader’s language has some too', async () => {
    // es: gracias 2 + todo 2 + por 2; en: the 2.
    expect(await latinLanguage('muchas gracias por todo, the best', 'en')).toEqual({ language: 'es', source: 'es' });
    expect(await decide('muchas gracias por todo, the best', 'en')).toEqual({ translate: true, source: 'es' });
  });

  test('a tie that does not involve the reader’s language goes to English', async () => {
    // fr: bonjour 2; en: everyone 2. A German reader gets it as English.
    expect(await latinLanguage('bonjour everyone', 'de')).toEqual({ language: 'en', source: 'en' });
  });

  test('no Latin word at all: English by default, no error', async () => {
    expect(await latinLanguage('', 'en')).toEqual({ language: 'en', source: 'auto' });
    expect(await latinLanguage('😂 666', 'es')).toEqual({ language: 'en', source: 'auto' });
  });
});

describe('when the detector is asked, and when its answer counts', () => {
  const counting = (answer: Awaited<ReturnType<Detector>> | Error) => {
    const asked: string[] = [];
    const detect: Detector = async (text) => {
      asked.push(text);
      if (answer instanceof Error) throw answer;
      return answer;
    };
    return { asked, detect };
  };

  test('eight words without a function word: asked, and a sure answer is used', async () => {
    const { asked, detect } = counting({ language: 'fr', reliable: true });
    const eight = 'Chengdu hotpot street food tour spicy noodles market';
    expect(await latinLanguage(eight, 'en', detect)).toEqual({ language: 'fr', source: 'fr' });
    expect(asked).toEqual([eight]);
  });

  test('seven words: not asked', async () => {
    const { asked, detect } = counting({ language: 'fr', reliable: true });
    expect(await latinLanguage('Chengdu hotpot street food tour spicy noodles', 'en', detect)).toEqual({ language: 'en', source: 'auto' });
    expect(asked).toEqual([]);
  });

  test('a short function word ("la" in pinyin) is too little to decide, but enough to keep the detector out', async () => {
    const { asked, detect } = counting({ language: 'fr', reliable: true });
    const pinyin = 'wo men qu la Chengdu hotpot street food night';
    expect(await latinLanguage(pinyin, 'en', detect)).toEqual({ language: 'en', source: 'auto' });
    expect(asked).toEqual([]);
  });

  test('an unsure answer, no answer or a failing detector leave the default', async () => {
    const long = 'Chengdu hotpot street food tour spicy noodles dumplings market night';
    for (const answer of [{ language: 'fr', reliable: false }, null, new Error('detector unavailable')]) {
      const { asked, detect } = counting(answer);
      expect(await latinLanguage(long, 'en', detect)).toEqual({ language: 'en', source: 'auto' });
      expect(asked).toHaveLength(1);
    }
  });
});
