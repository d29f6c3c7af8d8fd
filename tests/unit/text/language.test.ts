import { describe, expect, test } from 'vitest';
import { decide, guessByScript, stripNonLanguage, type Detector } from '@/utils/text/language';

const sure =
  (language: string): Detector =>
  async () => ({ language, reliable: true });
const unsure: Detector = async () => ({ language: 'en', reliable: false });

describe('language decision', () => {
  test.each([
    ['666', 'none'],
    ['😂😂😂', 'none'],
    ['[笑哭R][笑哭R]', 'none'],
    ['@小红薯123', 'none'],
    ['家人们谁懂啊 这也太好吃了吧[笑哭R]', 'zh'],
    ['这个 vibe 好 chill 啊', 'zh'],
    ['yyds！！家人们', 'zh'],
    ['Welcome to RedNote! 欢迎欢迎', 'latin'],
    ['すごくかわいい！', 'ja'],
    ['東京の写真です', 'ja'],
    ['정말 예뻐요', 'ko'],
    ['Привет из Москвы', 'ru'],
    ['hello from Ohio, cat tax 🐱', 'latin'],
  ])('%s -> %s', (text, expected) => {
    const guess = guessByScript(text);
    const label = guess.kind === 'known' ? guess.language : guess.kind;
    expect(label).toBe(expected);
  });

  test('mentions, hashtags, emoji codes and links are not language', () => {
    expect(stripNonLanguage('@Jake from Ohio #旅行攻略[话题]# [doge] https://x.y/z ok').replace(/\s+/g, ' ').trim()).toBe('from Ohio ok');
  });

  test('Chinese for an English reader is translated; English is not', async () => {
    expect(await decide('家人们谁懂啊', 'en')).toEqual({ translate: true, source: 'zh' });
    expect(await decide('This app is so wholesome', 'en', unsure)).toEqual({ translate: false, reason: 'target-language' });
    expect(await decide('666', 'en')).toEqual({ translate: false, reason: 'no-language' });
  });

  test('English for a Chinese reader is translated without asking the detector', async () => {
    let asked = false;
    const spy: Detector = async () => ((asked = true), null);
    expect(await decide('hello from Ohio', 'zh-CN', spy)).toEqual({ translate: true, source: 'auto' });
    expect(asked).toBe(false);
    // Either Chinese script is the reader's own.
    expect(await decide('这个 vibe 好 chill 啊', 'zh-TW')).toEqual({ translate: false, reason: 'target-language' });
  });

  test('Latin text for a Spanish reader: the detector decides when it is sure', async () => {
    expect(await decide('hello from Ohio, so happy to be here', 'es', sure('en'))).toEqual({ translate: true, source: 'en' });
    expect(await decide('hola desde Madrid, qué bonito', 'es', sure('es'))).toEqual({ translate: false, reason: 'target-language' });
    expect(await decide('hi', 'es', unsure)).toEqual({ translate: true, source: 'auto' });
  });

  test('an English reader still gets French or Spanish translated when the detector is sure', async () => {
    expect(await decide('Bonjour tout le monde, je suis nouvelle ici', 'en', sure('fr'))).toEqual({ translate: true, source: 'fr' });
  });
});
