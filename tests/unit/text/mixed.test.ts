/**
 * Mixed-language comments, decided per run (utils/text/mixed.ts): for each reader, exactly which
 * stretches go to the provider, and what the overlay shows (sent pieces translated, shown here as
 * «…», the rest as written, in order).
 *
 * The detector stand-in is sure and wrong ("Norwegian, reliable"), as Chromium's really is on
 * "Chinese grandma taught me dumplings 🥟 I’m never going back": no English row may be sent to an
 * English reader because of it.
 */
import { describe, expect, test } from 'vitest';
import { assemble, planUnit, type TextPart } from '@/utils/text/mixed';
import type { Detector } from '@/utils/text/language';

const sureAndWrong: Detector = async () => ({ language: 'no', reliable: true });

type Row = [text: string, reader: string, sent: string[], shown: string];

const ROWS: Row[] = [
  // ---- English reader: only the Chinese runs are sent
  ['cat tax please 🐱🐱🐱 多多益善', 'en', ['多多益善'], 'cat tax please 🐱🐱🐱 «多多益善»'],
  ['回复 数学不好：omg thank you, 666 to you too', 'en', [], ''],
  ['what is 甜水面? it looks so good', 'en', ['甜水面?'], 'what is «甜水面?» it looks so good'],
  ['thank you so much!! 谢谢！', 'en', ['谢谢！'], 'thank you so much!! «谢谢！»'],
  ['这个 vibe 好 chill 啊 (did I use that right?)', 'en', ['这个 vibe 好 chill 啊'], '«这个 vibe 好 chill 啊» (did I use that right?)'],
  ['你好！I am learning Chinese, 请多关照', 'en', ['你好！', '请多关照'], '«你好！»I am learning Chinese, «请多关照»'],
  ['大家好 我来自加拿大 also a refugee lol', 'en', ['大家好 我来自加拿大'], '«大家好 我来自加拿大» also a refugee lol'],
  ['yyds 就是 forever god 的意思 it is slang', 'en', ['yyds 就是 forever god 的意思'], '«yyds 就是 forever god 的意思» it is slang'],
  ['Chinese grandma taught me dumplings 🥟 I’m never going back', 'en', [], ''],
  ['This app is so wholesome, hello from Texas! 🤠', 'en', [], ''],
  ['太强了666', 'en', ['太强了'], '«太强了»666'],
  ['成都美食攻略｜3天吃遍20家苍蝇馆子🌶️', 'en', ['成都美食攻略｜3天吃遍20家苍蝇馆子🌶️'], '«成都美食攻略｜3天吃遍20家苍蝇馆子🌶️»'],
  ['回复 小鹿爱吃辣：哈哈哈 真的 so good', 'en', ['哈哈哈 真的'], '回复 小鹿爱吃辣：«哈哈哈 真的» so good'],
  ['@Emily_TX 甜水面就是 sweet water noodles', 'en', ['甜水面就是'], '@Emily_TX «甜水面就是» sweet water noodles'],
  ['Made my first 🥟 today, 好开心 [派对R]', 'en', ['好开心'], 'Made my first 🥟 today, «好开心» [派对R]'],
  ['666', 'en', [], ''],
  ['新手也能画的 clean girl makeup ✨ 10分钟出门', 'en', ['新手也能画的', '10分钟出门'], '«新手也能画的» clean girl makeup ✨ «10分钟出门»'],
  ['666好吃', 'en', ['好吃'], '666«好吃»'],
  // ---- Chinese reader: only the English runs are sent
  ['cat tax please 🐱🐱🐱 多多益善', 'zh-CN', ['cat tax please'], '«cat tax please» 🐱🐱🐱 多多益善'],
  ['回复 数学不好：omg thank you, 666 to you too', 'zh-CN', ['omg thank you', 'to you too'], '回复 数学不好：«omg thank you», 666 «to you too»'],
  ['这个 vibe 好 chill 啊 (did I use that right?)', 'zh-CN', ['did I use that right?'], '这个 vibe 好 chill 啊 («did I use that right?»)'],
  ['yyds！！家人们', 'zh-CN', [], ''],
  ['哈哈哈哈 u1s1 真的好看[doge]', 'zh-TW', [], ''],
  ['可以的！大部分店都有图片菜单 point and smile 就行', 'zh-CN', ['point and smile'], '可以的！大部分店都有图片菜单 «point and smile» 就行'],
  ['记得下载翻译软件 and say 微辣 (wei la) = a little spicy', 'zh-CN', ['wei la', 'a little spicy'], '记得下载翻译软件 and say 微辣 («wei la») = «a little spicy»'],
  ['记得下载翻译软件 and say 微辣 (wei la) = a little spicy', 'en', ['记得下载翻译软件 and say 微辣'], '«记得下载翻译软件 and say 微辣» (wei la) = a little spicy'],
  [
    'Chinese grandma taught me dumplings 🥟 I’m never going back',
    'zh-CN',
    ['Chinese grandma taught me dumplings 🥟 I’m never going back'],
    '«Chinese grandma taught me dumplings 🥟 I’m never going back»',
  ],
  ['回复 TikTok难民Sarah：欢迎欢迎 welcome to RedNote!!', 'zh-CN', ['welcome to RedNote!!'], '回复 TikTok难民Sarah：欢迎欢迎 «welcome to RedNote!!»'],
  ['#成都美食[话题]# so good 太好吃了', 'zh-CN', ['so good'], '#成都美食[话题]# «so good» 太好吃了'],
  // ---- a third-language reader: Spanish (Latin script) and Japanese (a CJK script of its own)
  ['cat tax please 🐱🐱🐱 多多益善', 'es', ['cat tax please 🐱🐱🐱 多多益善'], '«cat tax please 🐱🐱🐱 多多益善»'],
  ['hola desde Madrid 🇪🇸 我也想去成都', 'es', ['我也想去成都'], 'hola desde Madrid 🇪🇸 «我也想去成都»'],
  ['回复 数学不好：omg thank you, 666 to you too', 'es', ['omg thank you', 'to you too'], '回复 数学不好：«omg thank you», 666 «to you too»'],
  [
    'Chinese grandma taught me dumplings 🥟 I’m never going back',
    'es',
    ['Chinese grandma taught me dumplings 🥟 I’m never going back'],
    '«Chinese grandma taught me dumplings 🥟 I’m never going back»',
  ],
  ['すごく美味しそう！成都に行きたい so cute', 'ja', ['so cute'], 'すごく美味しそう！成都に行きたい «so cute»'],
  ['cat tax please 🐱🐱🐱 多多益善', 'ja', ['cat tax please 🐱🐱🐱 多多益善'], '«cat tax please 🐱🐱🐱 多多益善»'],
  ['すごい！这个真的太好看了', 'ja', ['这个真的太好看了'], 'すごい！«这个真的太好看了»'],
];

describe('mixed-language text, per run', () => {
  test('the table holds at least 25 rows, for English, Chinese and third-language readers', () => {
    expect(ROWS.length).toBeGreaterThanOrEqual(25);
    expect(new Set(ROWS.map((r) => r[1].slice(0, 2)))).toEqual(new Set(['en', 'zh', 'es', 'ja']));
  });

  test.each(ROWS)('%s (reader %s)', async (text, reader, sent, shown) => {
    const parts: TextPart[] = splitKeeps(text);
    const plan = await planUnit(parts, reader, sureAndWrong);
    const sentTexts = plan.parts.flatMap((pieces) => (pieces ?? []).filter((p) => p.kind === 'send').map((p) => p.text));
    expect(sentTexts).toEqual(sent);
    expect(plan.sends).toBe(sent.length);
    // Joined, the pieces give each part back exactly.
    plan.parts.forEach((pieces, i) => {
      if (pieces) expect(pieces.map((p) => p.text).join('')).toBe(parts[i]!.text);
    });
    if (sent.length > 0) {
      const display = parts
        .map((part, i) => {
          const pieces = plan.parts[i];
          if (!pieces) return part.text;
          return assemble(
            pieces,
            pieces.filter((p) => p.kind === 'send').map((p) => `«${p.text}»`),
          );
        })
        .join(' ');
      expect(display).toBe(shown);
    }
  });

  test('a reply whose name is a mention link: "回复" and the name are kept, only the foreign text is sent', async () => {
    const parts: TextPart[] = [
      { kind: 'text', text: '回复' },
      { kind: 'keep', text: '@Emily_TX' },
      { kind: 'text', text: '：sweet water noodles! thick noodles with sweet & spicy sauce 超好吃' },
    ];
    const en = await planUnit(parts, 'en', sureAndWrong);
    expect(en.parts[0]).toEqual([{ kind: 'keep', text: '回复' }]);
    expect(en.parts[1]).toBeNull();
    expect(en.parts[2]!.filter((p) => p.kind === 'send').map((p) => p.text)).toEqual(['超好吃']);
    const zh = await planUnit(parts, 'zh-CN', sureAndWrong);
    expect(zh.parts[0]).toEqual([{ kind: 'keep', text: '回复' }]);
    expect(zh.parts[2]!.filter((p) => p.kind === 'send').map((p) => p.text)).toEqual(['sweet water noodles! thick noodles with sweet & spicy sauce']);
  });

  test('sources: Chinese runs say zh, evidence-named Latin runs their language, unknown Latin "auto"', async () => {
    const en = await planUnit([{ kind: 'text', text: 'hola amigos, qué tal 多多益善' }], 'en', sureAndWrong);
    expect(en.parts[0]!.filter((p) => p.kind === 'send')).toEqual([{ kind: 'send', text: 'hola amigos, qué tal 多多益善', source: 'auto' }]);
    const zh = await planUnit([{ kind: 'text', text: 'omg 好可爱' }], 'zh-CN');
    expect(zh.sends).toBe(0);
    const ja = await planUnit([{ kind: 'text', text: '好可爱' }], 'ja');
    expect(ja.parts[0]).toEqual([{ kind: 'send', text: '好可爱', source: 'zh' }]);
  });

  test('a long Latin text without function words is left to the detector, and only then', async () => {
    let asked = 0;
    const spy: Detector = async () => ((asked += 1), { language: 'fr', reliable: true });
    // Short and wordless: English by default, the detector is not asked.
    expect((await planUnit([{ kind: 'text', text: 'Chengdu hotpot street food' }], 'en', spy)).sends).toBe(0);
    expect(asked).toBe(0);
    // Function words settle it without the detector.
    expect((await planUnit([{ kind: 'text', text: 'grandma taught me dumplings I’m never going back home' }], 'en', spy)).sends).toBe(0);
    expect(asked).toBe(0);
    // Eight or more words and no function word at all: the detector's sure answer counts.
    const long = await planUnit([{ kind: 'text', text: 'Chengdu hotpot street food tour spicy noodles dumplings market night' }], 'en', spy);
    expect(asked).toBe(1);
    expect(long.parts[0]).toEqual([{ kind: 'send', text: 'Chengdu hotpot street food tour spicy noodles dumplings market night', source: 'fr' }]);
  });
});

describe('assemble: a translation next to kept text', () => {
  const keep = (text: string) => ({ kind: 'keep' as const, text });
  const send = (text: string) => ({ kind: 'send' as const, text, source: 'zh' });
  test.each([
    ['a Chinese sentence before kept English gets a space after its English translation', [send('报到！'), keep('Day 1')], ['checking in!'], 'checking in! Day 1'],
    ['kept English before a translated Chinese word', [keep('so good'), send('火锅')], ['hot pot'], 'so good hot pot'],
    ['a translation before a kept mention', [send('谢谢'), keep('@小红薯123')], ['Thanks'], 'Thanks @小红薯123'],
    ['a translation between kept words, both sides', [keep('TikTok'), send('难民'), keep('Sarah')], ['refugee'], 'TikTok refugee Sarah'],
    ['a Chinese translation stays joined (Chinese reader)', [keep('报到！'), send('Day 1')], ['第一天'], '报到！第一天'],
    ['a Japanese translation stays joined', [send('报到！'), keep('Day 1')], ['チェックイン！'], 'チェックイン！Day 1'],
    ['kept Chinese and a Chinese translation meet without a space', [keep('我觉得'), send('so cute')], ['超可爱'], '我觉得超可爱'],
    ['a Chinese translation before a kept Latin word', [send('so cute'), keep('iPhone')], ['超可爱'], '超可爱iPhone'],
    ['kana meet without a space', [keep('すごく'), send('好吃')], ['おいしい'], 'すごくおいしい'],
    ['a full-width colon is its own space', [keep('回复 Emily：'), send('好吃')], ['Delicious'], '回复 Emily：Delicious'],
    ['a space already there is not doubled', [send('报到！'), keep(' Day 1')], ['checking in!'], 'checking in! Day 1'],
    ['kept emoji are not spaced apart', [send('好吃'), keep('😋')], ['Yummy'], 'Yummy😋'],
    ['an unanswered piece is shown as written, joined as written', [send('报到！'), keep('Day 1')], [], '报到！Day 1'],
    ['two kept pieces are never changed', [keep('Day'), keep('1')], [], 'Day1'],
  ])('%s', (_name, pieces, translations, shown) => {
    expect(assemble(pieces, translations)).toBe(shown);
  });

  test('end to end: the feed title "TikTok refugee 报到！Day 1 on RedNote 🇺🇸" for an English reader', async () => {
    const plan = await planUnit([{ kind: 'text', text: 'TikTok refugee 报到！Day 1 on RedNote 🇺🇸' }], 'en', sureAndWrong);
    const pieces = plan.parts[0]!;
    expect(pieces.filter((p) => p.kind === 'send').map((p) => p.text)).toEqual(['报到！']);
    expect(assemble(pieces, ['checking in!'])).toBe('TikTok refugee checking in! Day 1 on RedNote 🇺🇸');
  });
});

/** The extractor's view of a comment written as text: mentions, hashtags and emoji codes are kept tokens. */
function splitKeeps(text: string): TextPart[] {
  const parts: TextPart[] = [];
  let last = 0;
  for (const match of text.matchAll(/@[\w]+|#[^\s#]{1,30}\[话题\]#|\[[^[\]\s]{1,10}\]/gu)) {
    const before = text.slice(last, match.index).trim();
    if (before) parts.push({ kind: 'text', text: before });
    parts.push({ kind: 'keep', text: match[0] });
    last = match.index + match[0].length;
  }
  const rest = text.slice(last).trim();
  if (rest) parts.push({ kind: 'text', text: rest });
  return parts;
}
