import { describe, expect, test } from 'vitest';
import { tipsFor } from '@/utils/guidance';
import { FIRST_COMMENT_GREETINGS, draftTriggers, findDraftIssues, findPersonalDetails, findSensitiveTopics, joinDraft, rewrap, runCore, splitDraft } from '@/utils/guidance/composer-hints';

describe('sensitive topics', () => {
  test.each([
    ['What do you all think about American politics?', 'politics'],
    ['Who will win the election?', 'politics'],
    ['Trump and Biden again', 'politics'],
    ['the Tiananmen Square massacre', 'politics'],
    ['Hong Kong protests', 'politics'],
    ['你们怎么看美国政治', 'politics'],
    ['习近平', 'politics'],
    ['台独', 'politics'],
    ['Have you heard about Jesus?', 'religion'],
    ['Read the Bible every day', 'religion'],
    ['I am a Muslim from Texas', 'religion'],
    ['你信基督教吗', 'religion'],
    ['来了解一下法轮功', 'religion'],
    ['Where can I buy weed in Shanghai', 'drugs'],
    ['drugs are cheap here', 'drugs'],
    ['the drug dealer next door', 'drugs'],
    ['大麻在美国合法吗', 'drugs'],
    ['吸毒', 'drugs'],
    ['best online casino', 'gambling'],
    ['I love gambling in Vegas', 'gambling'],
    ['澳门赌场好玩吗', 'gambling'],
    ['网赌', 'gambling'],
    ['send nudes', 'sexual'],
    ['porn', 'sexual'],
    ['Let’s talk about sex', 'sexual'],
    ['约炮吗', 'sexual'],
    ['色情', 'sexual'],
    ['ＳＥＸ', 'sexual'], // full-width letters fold
  ])('%s → %s', (text, topic) => {
    expect(findSensitiveTopics(text)).toContain(topic);
  });

  test('several topics at once, in a fixed order', () => {
    expect(findSensitiveTopics('politics, religion and gambling')).toEqual(['politics', 'religion', 'gambling']);
  });

  test.each([
    'I love this dress',
    'the food was a drug-free delight',
    'a drug-free, sugar-free cake',
    'bought it at the drugstore, the drug store on Main St.',
    'This nude lipstick is so sexy',
    'Sussex and Essex are in England',
    'the heroine of this drama',
    'three methods to cook rice',
    'I bet you will love Chengdu',
    'Oh my God this is amazing',
    'Merry Christmas from Ohio',
    'We visited Tiananmen Square and the Forbidden City',
    'Tibet and Xinjiang were beautiful',
    'High five! The view was so high up',
    'Trump card in a game of bridge',
    'the government office was closed on Monday', // ordinary civic life is not "politics"
    '妈妈教会我做饭',
    '这个大麻花太好吃了',
    '天安门广场好壮观',
    '礼拜天去逛街',
    '这个包装太佛系了',
    '这对我们来说是个福音',
    '我打赌你会喜欢',
    '周末去溜冰',
    '家人们谁懂啊，这也太好吃了吧',
    'yyds！[笑哭R] @小红薯123',
  ])('no hit: %s', (text) => {
    expect(findSensitiveTopics(text)).toEqual([]);
  });
});

describe('personal details', () => {
  test.each([
    ['call me at (555) 234-5678', 'phone'],
    ['555-234-5678', 'phone'],
    ['555.234.5678', 'phone'],
    ['+1 555 234 5678', 'phone'],
    ['my number 5552345678', 'phone'],
    ['加我 13812345678', 'phone'],
    ['138 1234 5678', 'phone'],
    ['138-1234-5678', 'phone'],
    ['+86 138 1234 5678', 'phone'],
    ['电话１３８１２３４５６７８', 'phone'], // full-width digits
    ['座机 010-12345678', 'phone'],
    ['(021) 8765 4321', 'phone'],
    ['email me: john.doe@gmail.com', 'email'],
    ['我的邮箱123456@qq.com', 'email'],
  ])('%s → %s', (text, kind) => {
    expect(findPersonalDetails(text)).toContain(kind);
  });

  test.each([
    'I love this dress',
    'I paid 1200 yuan for 3 nights',
    'posted on 2025-01-15 at 12:30',
    'on 01/15/2025',
    'scores: 300 500 1000',
    '1,234,567 views',
    '+1 to this!',
    'thanks @小红薯123 and @Amy.Lee',
    'room 1208, floor 12',
    '666666',
    'order 20250115',
  ])('no hit: %s', (text) => {
    expect(findPersonalDetails(text)).toEqual([]);
  });

  test('phone and email together, in a fixed order', () => {
    expect(findPersonalDetails('a@b.co or 555-234-5678')).toEqual(['phone', 'email']);
  });
});

describe('triggers for the guidance catalogue', () => {
  test('ordinary text triggers nothing', () => {
    expect(draftTriggers(findDraftIssues('I love this dress, thank you for sharing!'))).toEqual([]);
  });

  test('personal details first, then the topic; each trigger has tips in the catalogue', () => {
    const triggers = draftTriggers(findDraftIssues('my number is 555-234-5678, what about politics?'));
    expect(triggers).toEqual(['personal-details', 'sensitive-topic']);
    for (const trigger of triggers) expect(tipsFor(trigger, 'newcomer').length).toBeGreaterThan(0);
    expect(tipsFor('before-first-comment', 'newcomer').length).toBeGreaterThan(0);
  });
});

describe('protecting a draft', () => {
  test('mentions, emoji codes, hashtags, URLs and emails are kept; joining gives the draft back', () => {
    const draft = 'Hi @小红薯123, this looks great [doge] [笑哭R] #成都美食[话题]# see https://example.com/a?b=1 or a.b@qq.com\nthanks!';
    const parts = splitDraft(draft);
    expect(joinDraft(parts)).toBe(draft);
    expect(parts.filter((p) => p.kind === 'keep').map((p) => p.text)).toEqual(['@小红薯123', '[doge]', '[笑哭R]', '#成都美食[话题]#', 'https://example.com/a?b=1', 'a.b@qq.com']);
    expect(parts.filter((p) => p.kind === 'text').map((p) => p.text)).toEqual(['Hi ', ', this looks great ', ' ', ' ', ' see ', ' or ', '\nthanks!']);
  });

  test('tokens side by side or at the ends leave no empty run between them', () => {
    expect(splitDraft('[doge][笑哭R]')).toEqual([
      { kind: 'keep', text: '[doge]' },
      { kind: 'keep', text: '[笑哭R]' },
    ]);
    expect(splitDraft('@小明 好看')).toEqual([
      { kind: 'keep', text: '@小明' },
      { kind: 'text', text: ' 好看' },
    ]);
  });

  test('what is sent of a run: its words without the spaces around them', () => {
    expect(runCore('  this looks great \n')).toBe('this looks great');
    expect(runCore('plain')).toBe('plain');
  });

  test('a draft without tokens is one run', () => {
    expect(splitDraft('I love this dress')).toEqual([{ kind: 'text', text: 'I love this dress' }]);
    expect(splitDraft('')).toEqual([]);
  });

  test('rewrap puts a translation back between the run’s own spaces', () => {
    expect(rewrap(' this looks great ', '看起来很棒')).toBe(' 看起来很棒 ');
    expect(rewrap('Hi ', ' 你好 ')).toBe('你好 ');
    expect(rewrap('\nthanks!', '谢谢！')).toBe('\n谢谢！');
    expect(rewrap('plain', 'x')).toBe('x');
    // A run of spaces alone keeps them once, not once before and once after.
    expect(rewrap('  ', '')).toBe('  ');
  });

  test('greetings are Chinese with pinyin and English', () => {
    expect(FIRST_COMMENT_GREETINGS.length).toBeGreaterThan(0);
    for (const g of FIRST_COMMENT_GREETINGS) {
      expect(g.zh).toMatch(/\p{Script=Han}/u);
      expect(g.pinyin).not.toMatch(/\p{Script=Han}/u);
      expect(g.en).toMatch(/[a-z]/i);
    }
  });
});

describe('Chinese phone numbers of every kind', () => {
  // Every mobile range the carriers use, 130 to 199, written as people write them.
  const ranges = Array.from({ length: 70 }, (_, i) => String(130 + i));
  test.each(ranges)('mobile %sx: bare, spaced, dashed and with +86', (prefix) => {
    for (const written of [`${prefix}12345678`, `${prefix} 1234 5678`, `${prefix}-1234-5678`, `+86 ${prefix} 1234 5678`, `0086-${prefix}-1234-5678`]) {
      expect(findPersonalDetails(`加我 ${written} 谢谢`), written).toEqual(['phone']);
    }
  });

  test.each(['010 1234 5678', '010-1234-5678', '021-12345678', '021 12345678', '0755-8765-4321', '(010) 1234 5678', '（021）8765 4321', '0571 8888 6666'])('landline %s', (written) => {
    expect(findPersonalDetails(`座机 ${written}，欢迎来电`)).toEqual(['phone']);
  });

  test.each(['120', '12 345 678', '1234 5678', '2025-01-15', '第 138 期', '价格 1380 元'])('not a phone number: %s', (text) => {
    expect(findPersonalDetails(text)).toEqual([]);
  });
});
