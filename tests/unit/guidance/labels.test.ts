/**
 * What a reader is told when hovering the site's own interface text: the real label catalogue
 * (findSiteLabel, siteLabelMeaning: the background's side) and the lookup the content script builds
 * from the dictionary it is handed (createLabelLookup), at their edges.
 */
import { describe, expect, test } from 'vitest';
import { findSiteLabel, glossaryById, glossaryMatcher, siteLabelMeaning } from '@/utils/guidance';
import { createLabelLookup } from '@/utils/guidance/labels';

describe('the site label catalogue', () => {
  // The catalogue's lookups are made on first use, and mutation testing credits them to the first test that
  // makes them: this test reads each path (a plain label, a pattern, the verbatim text, ordinary text).
  test('a label carrying a number: which label it is and the number as written', () => {
    expect(findSiteLabel('这不是按钮')).toBeUndefined();
    expect(findSiteLabel('小红书号')?.label.id).toBe('rednote-id');
    expect(findSiteLabel('展开 12 条回复')).toMatchObject({ label: { id: 'show-n-replies' }, n: '12' });
    expect(findSiteLabel('共 1.2万 条评论')).toMatchObject({ label: { id: 'total-comments' }, n: '1.2万' });
    expect(findSiteLabel('关注')).toMatchObject({ label: { id: 'follow' }, n: undefined });
    expect(findSiteLabel('IP属地：美国')).toMatchObject({ label: { id: 'ip-location' }, n: undefined });
  });

  test('runs of spaces and line breaks inside a label read as one space', () => {
    expect(findSiteLabel('-   THE\nEND   -')?.label.id).toBe('the-end');
    expect(siteLabelMeaning('-  THE  END  -', 'en')).toBe('End of the list');
    expect(siteLabelMeaning('\n 关注 \t', 'en')).toBe('Follow');
  });

  test('a pattern label shown bare, without what its pattern expects, is known by its own text when it carries no number', () => {
    expect(findSiteLabel('IP属地')?.label.id).toBe('ip-location');
    expect(siteLabelMeaning('小红书号', 'en')).toBe(siteLabelMeaning('小红书号：12345678', 'en'));
    // Its meaning needs the number it does not show: not a label.
    expect(findSiteLabel('展开 N 条回复')).toBeUndefined();
    expect(findSiteLabel('N天前')).toBeUndefined();
  });

  test('the number is filled in everywhere the meaning asks for it, and 万 is written out', () => {
    expect(siteLabelMeaning('展开 3 条回复', 'en')).toBe('Show 3 replies');
    expect(siteLabelMeaning('展开 1.5万 条回复', 'en')).toBe('Show 15000 replies');
    expect(siteLabelMeaning('5分钟前', 'en')).toBe('5 minutes ago');
    expect(siteLabelMeaning('关注', 'zh-CN')).not.toContain('{n}');
  });

  test('blank text is no label', () => {
    expect(findSiteLabel('')).toBeUndefined();
    expect(findSiteLabel(' \n ')).toBeUndefined();
    expect(siteLabelMeaning('   ', 'en')).toBeUndefined();
  });
});

describe('the label lookup built from a dictionary', () => {
  test('spaces inside an exact label fold on both sides', () => {
    const lookup = createLabelLookup([{ label: '- THE   END -', meaning: 'End of the list' }]);
    expect(lookup('-  THE END  -')).toBe('End of the list');
    expect(lookup('- THE\nEND -')).toBe('End of the list');
  });

  test('a plain label keeps its meaning when a pattern label shows the same text', () => {
    const lookup = createLabelLookup([
      { label: '赞', meaning: 'Like' },
      { label: '赞', pattern: '^(\\d+)\\s*赞$', meaning: '{n} likes' },
    ]);
    expect(lookup('赞')).toBe('Like');
    expect(lookup('12 赞')).toBe('12 likes');
  });

  test('a pattern label is known by its own text only when no plain label has it', () => {
    const lookup = createLabelLookup([
      { label: '加载中', pattern: '^加载中\\.{1,3}$', meaning: 'Loading…' },
      { label: '加载中', pattern: '^正在加载中$', meaning: 'Still loading' },
    ]);
    expect(lookup('加载中')).toBe('Loading…');
    expect(lookup('加载中..')).toBe('Loading…');
  });

  test('every {n} of a meaning is filled; a pattern that captures nothing gives its meaning as it is', () => {
    const lookup = createLabelLookup([
      { label: '共 3 条评论', pattern: '^共\\s*([\\d.]+万?)\\s*条评论$', meaning: '{n} comments ({n} in all)' },
      { label: 'IP属地', pattern: '^IP属地[:：]', meaning: 'IP location {n}' },
    ]);
    expect(lookup('共 2万 条评论')).toBe('20000 comments (20000 in all)');
    expect(lookup('IP属地：美国')).toBe('IP location {n}');
  });

  test('words of a label stay apart: spaces fold to one, never to none', () => {
    const lookup = createLabelLookup([{ label: '- THE END -', meaning: 'End of the list' }]);
    expect(lookup('-THEEND-')).toBeUndefined();
  });

  test('patterns are compiled as the schema checks them, with the u flag: Unicode properties work', () => {
    const lookup = createLabelLookup([{ label: '12赞', pattern: '^(\\p{Nd}+)\\s*赞$', meaning: '{n} likes' }]);
    expect(lookup('12 赞')).toBe('12 likes');
  });

  test('an exact label wins over a pattern that also matches its text', () => {
    const lookup = createLabelLookup([
      { label: '3天前', pattern: '^(\\d+)天前$', meaning: '{n} days ago' },
      { label: '1天前', meaning: 'Yesterday' },
    ]);
    expect(lookup('1天前')).toBe('Yesterday');
    expect(lookup('2天前')).toBe('2 days ago');
  });

  test('text longer than 40 characters is never a label, even when a pattern would take it', () => {
    const lookup = createLabelLookup([{ label: 'IP属地：美国', pattern: '^IP属地[:：]', meaning: 'IP location' }]);
    const at = (length: number) => `IP属地：${'美'.repeat(length - 5)}`;
    expect(at(40)).toHaveLength(40);
    expect(lookup(at(40))).toBe('IP location');
    expect(lookup(at(41))).toBeUndefined();
    expect(lookup(`  ${at(40)}  `)).toBe('IP location');
  });

  test('the first pattern that matches wins, in dictionary order', () => {
    const lookup = createLabelLookup([
      { label: '3天前', pattern: '^(\\d+)天前', meaning: '{n} days ago' },
      { label: '3天前 美国', pattern: '^(\\d+)天前 (\\S+)$', meaning: 'never' },
    ]);
    expect(lookup('3天前 美国')).toBe('3 days ago');
  });
});

describe('the glossary lookups', () => {
  // Each matcher is built on first use: this first test reads all three.
  test('look-up-only entries are never highlighted; each language matcher holds its own entries', () => {
    const found = (matcher: ReturnType<typeof glossaryMatcher>, text: string) => matcher.find(text).map((h) => h.id);
    expect(found(glossaryMatcher(), 'yyds, so basic, no cap')).toEqual(['yyds', 'no-cap']);
    expect(found(glossaryMatcher('en'), 'yyds, so basic, no cap')).toEqual(['no-cap']);
    expect(found(glossaryMatcher('zh'), 'yyds, so basic, no cap')).toEqual(['yyds']);
    expect(glossaryById('basic')?.autoMatch).toBe(false);
  });

  test('by id, Chinese and English alike, and the same entry each time', () => {
    expect(glossaryById('yyds')?.lang).toBe('zh');
    expect(glossaryById('no-cap')?.term).toBe('no cap');
    expect(glossaryById('yyds')).toBe(glossaryById('yyds'));
    expect(glossaryById('')).toBeUndefined();
  });

  test('each language has its own matcher, built once; no language means both', () => {
    expect(glossaryMatcher('en')).toBe(glossaryMatcher('en'));
    expect(glossaryMatcher('en')).not.toBe(glossaryMatcher('zh'));
    expect(glossaryMatcher(undefined)).toBe(glossaryMatcher());
    expect(
      glossaryMatcher()
        .find('yyds no cap')
        .map((h) => h.id),
    ).toEqual(['yyds', 'no-cap']);
  });
});
