import { describe, expect, test } from 'vitest';
import { createTermMatcher, glossaryMatcher, type FindOptions, type TermHit, type TermMatcherEntry } from '@/utils/guidance';

const entries: TermMatcherEntry[] = [
  { id: 'jia-ren', term: '家人' },
  { id: 'jia-ren-men', term: '家人们' },
  { id: 'ji-mei', term: '集美' },
  { id: 'ji-mei-men', term: '集美们' },
  { id: 'po-fang', term: '破防', aliases: ['破防了'] },
  { id: 'po-da-fang', term: '破大防' },
  { id: 'chi-gua', term: '吃瓜', aliases: ['吃瓜群众'] },
  { id: 'gua', term: '瓜', standalone: true },
  { id: 'dun', term: '蹲', aliases: ['蹲蹲'], standalone: true },
  { id: 'chong', term: '冲', aliases: ['冲冲冲'], standalone: true },
  { id: 'da-yuan-zhong', term: '大冤种' },
  { id: 'zhong-cao', term: '种草' },
  { id: 'yyds', term: 'yyds' },
  { id: 'vibe', term: 'vibe', aliases: ['vibes'] },
  { id: 'vibe-check', term: 'vibe check' },
  { id: 'chill', term: 'chill' },
  { id: 'slay', term: 'slay' },
  { id: 'fr', term: 'fr', aliases: ['fr fr'] },
  { id: '666', term: '666' },
  { id: 'w', term: 'W', aliases: ['big W'], caseSensitive: true },
  { id: 'l', term: 'L', caseSensitive: true },
  { id: 'goat', term: 'GOAT', caseSensitive: true },
  { id: 'no-cap', term: 'no cap' },
  { id: 'its-giving', term: "it's giving" },
  { id: 'same', term: 'same', clause: true },
  { id: 'i-ren', term: 'i人' },
  { id: 'shuan-q', term: '栓Q' },
  { id: 'city', term: 'city不city' },
  { id: 'skull', term: '💀' },
];
// Built inside each test, not when the file is imported: mutation testing switches a mutant on only while tests run
// (README, "Flaky tests, mutation testing, lint"), so a matcher built at import would never carry one.
const m = { find: (text: string, options?: FindOptions) => createTermMatcher(entries).find(text, options) };
const ids = (text: string) => m.find(text).map((h) => h.id);
const hit = (text: string, id: string): TermHit | undefined => m.find(text).find((h) => h.id === id);

describe('longest match and no overlaps', () => {
  test('the longest term at a position wins', () => {
    expect(ids('家人们好')).toEqual(['jia-ren-men']);
    expect(ids('我的家人')).toEqual(['jia-ren']);
    expect(ids('集美们，冲！')).toEqual(['ji-mei-men', 'chong']);
    expect(ids('集美们冲')).toEqual(['ji-mei-men']);
    expect(ids('我破大防了')).toEqual(['po-da-fang']);
    expect(m.find('我破防了')).toEqual([{ id: 'po-fang', term: '破防了', start: 1, end: 4 }]);
    expect(ids('吃瓜群众')).toEqual(['chi-gua']);
  });

  test('hits never overlap: leftmost match takes its text', () => {
    expect(ids('大冤种草')).toEqual(['da-yuan-zhong']);
    const hits = m.find('家人们破大防，吃瓜群众！');
    for (let i = 1; i < hits.length; i++) expect(hits[i]!.start).toBeGreaterThanOrEqual(hits[i - 1]!.end);
    expect(hits.map((h) => h.id)).toEqual(['jia-ren-men', 'po-da-fang', 'chi-gua']);
  });

  test('offsets and the matched text', () => {
    const text = 'OK 家人们，yyds!';
    for (const h of m.find(text)) expect(text.slice(h.start, h.end)).toBe(h.term);
    expect(m.find(text)).toEqual([
      { id: 'jia-ren-men', term: '家人们', start: 3, end: 6 },
      { id: 'yyds', term: 'yyds', start: 7, end: 11 },
    ]);
  });
});

describe('mixed scripts', () => {
  test('Latin terms inside Chinese text', () => {
    expect(ids('这个 vibe 好 chill 啊')).toEqual(['vibe', 'chill']);
    expect(ids('这个vibe好chill啊')).toEqual(['vibe', 'chill']);
    expect(ids('yyds!!家人们')).toEqual(['yyds', 'jia-ren-men']);
    expect(ids('yyds家人们')).toEqual(['yyds', 'jia-ren-men']);
    expect(ids('我是i人')).toEqual(['i-ren']);
    expect(ids('Hi人')).toEqual([]);
    expect(ids('又加班，栓Q了')).toEqual(['shuan-q']);
    expect(ids('栓Quote')).toEqual([]);
    expect(ids('这里city不city啊')).toEqual(['city']);
  });

  test('emoji terms', () => {
    expect(ids('the cat 💀💀💀')).toEqual(['skull']);
  });
});

describe('word boundaries for Latin terms', () => {
  test.each([
    ['slayer', []],
    ['you slay!', ['slay']],
    ['slay.', ['slay']],
    ['from here', []],
    ['this is good fr', ['fr']],
    ['fr fr no cap', ['fr', 'no-cap']],
    ['16666', []],
    ['6666', []],
    ['666!', ['666']],
    ['太666了', ['666']],
    ['vibes', ['vibe']],
    ['vibesss', []],
    ['vibe check time', ['vibe-check']],
    ['no caption here', []],
    ['#slay', ['slay']],
    ['slay_queen', ['slay']],
    ['caféslay', []],
  ])('%s', (text, expected) => {
    expect(ids(text)).toEqual(expected);
  });

  test('single letters only as standalone tokens', () => {
    expect(ids('that is a W')).toEqual(['w']);
    expect(ids('huge L.')).toEqual(['l']);
    expect(ids('Wow, Lovely')).toEqual([]);
    expect(ids('AWL')).toEqual([]);
    expect(ids('Big W today')).toEqual(['w']);
    expect(hit('Big W today', 'w')?.term).toBe('Big W');
  });
});

describe('case and character widths', () => {
  test('case-insensitive by default', () => {
    expect(ids('YYDS')).toEqual(['yyds']);
    expect(ids('Slay')).toEqual(['slay']);
    expect(ids('No Cap')).toEqual(['no-cap']);
  });

  test('caseSensitive: capitals in the term must be capitals in the text', () => {
    expect(ids('he is the GOAT')).toEqual(['goat']);
    expect(ids('goat cheese')).toEqual([]);
    expect(ids('w/ friends')).toEqual([]);
    expect(ids('a big w')).toEqual([]);
  });

  test('full-width forms match half-width terms', () => {
    expect(m.find('ＹＹＤＳ！')).toEqual([{ id: 'yyds', term: 'ＹＹＤＳ', start: 0, end: 4 }]);
    expect(ids('６６６')).toEqual(['666']);
  });
});

describe('spaces and apostrophes', () => {
  test('multi-word terms across spaces', () => {
    expect(ids('this is true no cap')).toEqual(['no-cap']);
    expect(ids('no  cap')).toEqual(['no-cap']);
    expect(ids('no\u00a0cap')).toEqual(['no-cap']);
    expect(ids('no\ncap')).toEqual([]);
    expect(ids('nocap')).toEqual([]);
  });

  test('straight and curly apostrophes', () => {
    expect(ids("it's giving Paris")).toEqual(['its-giving']);
    expect(ids('it’s giving Paris')).toEqual(['its-giving']);
    expect(ids('IT‘S GIVING')).toEqual(['its-giving']);
    expect(hit('It’s giving', 'its-giving')?.term).toBe('It’s giving');
  });
});

describe('context rules', () => {
  test('standalone single characters', () => {
    expect(ids('蹲')).toEqual(['dun']);
    expect(ids('蹲！')).toEqual(['dun']);
    expect(ids('蹲 @小明')).toEqual(['dun']);
    expect(ids('蹲蹲')).toEqual(['dun']);
    expect(ids('他蹲下来')).toEqual([]);
    expect(ids('冲冲冲🔥')).toEqual(['chong']);
    expect(ids('冲泡咖啡')).toEqual([]);
    expect(ids('西瓜')).toEqual([]);
    expect(ids('有瓜？瓜！')).toEqual(['gua']);
    expect(hit('有瓜？瓜！', 'gua')?.start).toBe(3);
    expect(ids('cap冲')).toEqual([]);
  });

  test('clause-only terms', () => {
    expect(ids('Same!!')).toEqual(['same']);
    expect(ids('same 😭')).toEqual(['same']);
    expect(ids('lol. Same.')).toEqual(['same']);
    expect(ids('Same time tomorrow?')).toEqual([]);
    expect(ids('the same day')).toEqual([]);
    expect(ids('我也是，same')).toEqual(['same']);
    expect(ids('一样same')).toEqual([]);
  });
});

describe('dedupe', () => {
  test('each entry once, at its first occurrence', () => {
    expect(m.find('yyds yyds 家人们 YYDS')).toEqual([
      { id: 'yyds', term: 'yyds', start: 0, end: 4 },
      { id: 'jia-ren-men', term: '家人们', start: 10, end: 13 },
    ]);
  });

  test('a repeat still occupies its text', () => {
    // The second 家人们 is not reported, and 家人 does not match inside it.
    expect(ids('家人们，家人们')).toEqual(['jia-ren-men']);
  });

  test('{ all: true } reports every occurrence', () => {
    expect(m.find('yyds yyds', { all: true }).map((h) => h.start)).toEqual([0, 5]);
  });
});

describe('long texts', () => {
  const filler = '今天天气不错我们去公园散步然后吃了晚饭 the weather was nice and we walked around ';
  const build = (len: number) => {
    let text = '';
    while (text.length < len) text += filler;
    return text.slice(0, len);
  };

  test('10,000 characters: correct hits', () => {
    const text = `${build(5000)} slay ${build(4000)}家人们${build(900)}`;
    expect(text.length).toBeGreaterThan(9900);
    const hits = m.find(text);
    expect(hits.map((h) => h.id)).toEqual(['slay', 'jia-ren-men']);
    for (const h of hits) expect(text.slice(h.start, h.end)).toBe(h.term);
  });

  // Speed is measured by the benchmark (npm run bench), not by timed unit tests on a noisy machine.
  test('10,000 characters with the real glossary: every term found', () => {
    const matcher = glossaryMatcher();
    const text = `${build(3000)}家人们谁懂啊，这家店yyds！no cap, it's giving main character ${build(7000)}`;
    const hits: TermHit[] = matcher.find(text);
    expect(hits.map((h) => h.id)).toEqual(expect.arrayContaining(['jia-ren-men', 'shei-dong-a', 'yyds', 'no-cap', 'its-giving', 'main-character']));
  });

  test('building the default matcher is cached', () => {
    expect(glossaryMatcher()).toBe(glossaryMatcher());
    expect(glossaryMatcher('zh')).not.toBe(glossaryMatcher());
  });
});

describe('the real glossary', () => {
  const gids = (text: string) =>
    glossaryMatcher()
      .find(text)
      .map((h) => h.id);

  test('Chinese posts', () => {
    expect(gids('家人们谁懂啊，被这篇笔记种草了，蹲一个链接')).toEqual(expect.arrayContaining(['jia-ren-men', 'shei-dong-a', 'bi-ji', 'zhong-cao']));
    expect(gids('集美们，这个平替绝绝子')).toEqual(['ji-mei-men', 'ping-ti', 'jue-jue-zi']);
    expect(gids('看完直接破大防')).toEqual(['po-da-fang']);
    expect(gids('蹲')).toEqual(['dun']);
    expect(gids('他蹲下来')).toEqual([]);
  });

  test('English posts', () => {
    expect(gids('Hi from a TikTok refugee! Here is my cat tax 🐱 no cap')).toEqual(['tiktok-refugee', 'cat-tax', 'no-cap']);
    expect(gids('The slayer is from Ohio')).toEqual([]);
    expect(gids('I ate noodles, same as yesterday')).toEqual([]);
    expect(gids('Same!!')).toEqual(['same']);
    expect(gids('goat cheese and tea')).toEqual([]);
    expect(gids('GOAT')).toEqual(['goat']);
  });

  test('look-up-only entries are never matched', () => {
    expect(gids('so basic and extra, based in NYC, salty fries')).toEqual([]);
  });

  test('per-language matchers', () => {
    expect(
      glossaryMatcher('en')
        .find('yyds no cap')
        .map((h) => h.id),
    ).toEqual(['no-cap']);
    expect(
      glossaryMatcher('zh')
        .find('yyds no cap')
        .map((h) => h.id),
    ).toEqual(['yyds']);
  });
});

describe('construction', () => {
  test('rejects an empty term', () => {
    expect(() => createTermMatcher([{ id: 'x', term: '  ' }])).toThrow();
  });

  test('an empty matcher and empty text', () => {
    expect(createTermMatcher([]).find('anything')).toEqual([]);
    expect(m.find('')).toEqual([]);
  });
});
