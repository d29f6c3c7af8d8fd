/**
 * The guidance's small lookups, as the page uses them: the label lookup the content script builds
 * from the background's dictionary, counts written with 万, which tips a translated unit triggers,
 * which tips each audience gets, the explanation language, and the run-time data's schema.
 */
import { describe, expect, test } from 'vitest';
import { tipsFor } from '@/utils/guidance';
import { createLabelLookup, formatCount } from '@/utils/guidance/labels';
import { explanationLanguage, guidanceDataSchema, guidanceDictionarySchema, termChipSchema } from '@/utils/guidance/runtime';
import { triggersAfterTranslation } from '@/utils/guidance/triggers';

describe('the label lookup the page builds from its dictionary', () => {
  const labels = [
    { label: '关注', meaning: 'Follow' },
    { label: '展开 3 条回复', pattern: '^展开\\s*(\\d+)\\s*条回复$', meaning: 'Show {n} replies' },
    { label: '说点什么...', pattern: '^说点什么\\.{3}$', meaning: 'Say something…' },
    { label: '共 3 条评论', pattern: '^共\\s*([\\d.]+万?)\\s*条评论$', meaning: '{n} comments' },
    { label: '赞', pattern: '^(\\d+)赞$', meaning: '{n} likes' },
    { label: 'broken', pattern: '(', meaning: 'never' },
  ];
  // Built in each test, not when the file is collected: mutation testing switches a mutant on only while tests run.
  const lookup = (text: string) => createLabelLookup(labels)(text);

  test('an exact label, with its spaces folded', () => {
    expect(lookup('关注')).toBe('Follow');
    expect(lookup('  关注\n')).toBe('Follow');
  });

  test('a label that carries a number: the number filled in, 万 written out', () => {
    expect(lookup('展开 12 条回复')).toBe('Show 12 replies');
    expect(lookup('展开   7   条回复')).toBe('Show 7 replies');
    expect(lookup('共 1.2万 条评论')).toBe('12000 comments');
  });

  test('a pattern without a number reads as its meaning; a pattern label is also known by its own text', () => {
    expect(lookup('说点什么...')).toBe('Say something…');
    expect(lookup('展开 3 条回复')).toBe('Show 3 replies');
  });

  test('a pattern label shown without its number never shows "{n}"', () => {
    // "赞" is the label's own text, but its meaning needs the number: nothing rather than "{n} likes".
    expect(lookup('赞')).toBeUndefined();
    expect(lookup('5赞')).toBe('5 likes');
  });

  test('unknown, empty or long text is not a label; a pattern that does not compile is skipped', () => {
    expect(lookup('关注了')).toBeUndefined();
    expect(lookup('   ')).toBeUndefined();
    expect(lookup('')).toBeUndefined();
    expect(lookup('关'.repeat(41))).toBeUndefined();
    expect(createLabelLookup([{ label: '关'.repeat(40), meaning: 'long' }])('关'.repeat(40))).toBe('long');
    expect(lookup('broken')).toBe('never');
  });

  test('counts: 万 is ten thousand, rounded; plain digits and nonsense stay as written', () => {
    expect(formatCount('1.2万')).toBe('12000');
    expect(formatCount('3万')).toBe('30000');
    expect(formatCount('1.23456万')).toBe('12346');
    expect(formatCount('345')).toBe('345');
    expect(formatCount('万')).toBe('万');
    expect(formatCount('abc万')).toBe('abc万');
  });
});

describe('which tips a translated unit brings', () => {
  test('a post body or a comment: the date-and-place line, follows and saves, official accounts', () => {
    expect(triggersAfterTranslation('comment', 'zh-Hans')).toEqual(['date-location-line', 'follow-save-message', 'official-accounts']);
    expect(triggersAfterTranslation('noteBody', 'zh')).toEqual(['date-location-line', 'follow-save-message', 'official-accounts']);
  });

  test('a title or a bio brings none of those; English text brings the tip for a Chinese reader', () => {
    expect(triggersAfterTranslation('feedTitle', 'zh')).toEqual([]);
    expect(triggersAfterTranslation('noteTitle', 'ja')).toEqual([]);
    expect(triggersAfterTranslation('bio', 'EN-us')).toEqual(['english-post-for-chinese-reader']);
    expect(triggersAfterTranslation('comment', 'en')).toEqual(['date-location-line', 'follow-save-message', 'official-accounts', 'english-post-for-chinese-reader']);
    expect(triggersAfterTranslation('comment', 'zh-en')).not.toContain('english-post-for-chinese-reader');
  });

  test('each audience gets its own tips and those for everyone; no audience means all of them', () => {
    const ids = (trigger: Parameters<typeof tipsFor>[0], audience?: Parameters<typeof tipsFor>[1]) => tipsFor(trigger, audience).map((t) => t.id);
    expect(ids('first-visit', 'newcomer')).toEqual(['welcome-newcomer']);
    expect(ids('first-visit', 'chinese-reader')).toEqual(['welcome-chinese-reader']);
    expect(ids('first-visit')).toEqual(['welcome-newcomer', 'welcome-chinese-reader']);
    expect(ids('date-location-line', 'chinese-reader')).toEqual(['date-and-place']);
    expect(ids('english-post-for-chinese-reader', 'newcomer')).toEqual([]);
  });
});

describe('run-time guidance data', () => {
  test('explanations in Chinese for readers of Chinese, in English for everyone else', () => {
    expect(explanationLanguage('zh-CN')).toBe('zh');
    expect(explanationLanguage('ZH-TW')).toBe('zh');
    expect(explanationLanguage('en')).toBe('en');
    expect(explanationLanguage('es')).toBe('en');
  });

  test('a term chip is capped field by field', () => {
    const chip = { id: 'a', term: '家人们', meaning: 'fam', usage: 'greeting', pinyin: 'jiā rén men' };
    expect(termChipSchema().parse(chip)).toEqual(chip);
    for (const [field, cap] of [
      ['id', 80],
      ['term', 80],
      ['pinyin', 120],
      ['meaning', 600],
      ['usage', 800],
    ] as const) {
      expect(termChipSchema().safeParse({ ...chip, [field]: 'x'.repeat(cap) }).success, field).toBe(true);
      expect(termChipSchema().safeParse({ ...chip, [field]: 'x'.repeat(cap + 1) }).success, field).toBe(false);
    }
  });

  test('a dictionary holds at most 500 labels and 100 tips', () => {
    const label = { label: '关注', meaning: 'Follow' };
    const tip = { id: 't', trigger: 'first-visit', audience: 'newcomer', title: 'T', text: 'x' };
    // The schema is made on first use: this first test reads what it keeps and what it refuses.
    expect(guidanceDictionarySchema().parse({ labels: [label, { label: '赞', pattern: '^(\\d+)赞$', meaning: '{n} likes' }], tips: [tip] })).toEqual({
      labels: [label, { label: '赞', pattern: '^(\\d+)赞$', meaning: '{n} likes' }],
      tips: [tip],
    });
    for (const field of ['id', 'trigger', 'audience', 'title', 'text'] as const) {
      const { [field]: _, ...without } = tip;
      expect(guidanceDictionarySchema().safeParse({ labels: [], tips: [without] }).success, field).toBe(false);
    }
    expect(guidanceDictionarySchema().safeParse({ labels: [{ label: '关注' }], tips: [] }).success).toBe(false);
    expect(guidanceDictionarySchema().safeParse({ labels: Array(500).fill(label), tips: Array(100).fill(tip) }).success).toBe(true);
    expect(guidanceDictionarySchema().safeParse({ labels: Array(501).fill(label), tips: [] }).success).toBe(false);
    expect(guidanceDictionarySchema().safeParse({ labels: [], tips: Array(101).fill(tip) }).success).toBe(false);
  });

  test('the data file: a glossary entry needs both explanations; a tip an audience we know', () => {
    const entry = { id: 'a', term: 'yyds', aliases: [], lang: 'zh', meaning: { en: 'GOAT', zh: '永远的神' }, usage: { en: 'u', zh: 'u' } };
    const tip = { id: 't', trigger: 'first-visit', audience: 'newcomer', title: { en: 'T', zh: 'T' }, text: { en: 'x', zh: 'x' } };
    const data = { glossary: [entry], labels: [{ id: 'l', label: '关注', meanings: { en: 'Follow' } }], tips: [tip] };
    expect(guidanceDataSchema.parse(data)).toEqual(data);
    expect(guidanceDataSchema.safeParse({ ...data, glossary: [{ ...entry, meaning: { en: 'GOAT' } }] }).success).toBe(false);
    expect(guidanceDataSchema.safeParse({ ...data, glossary: [{ ...entry, lang: 'fr' }] }).success).toBe(false);
    expect(guidanceDataSchema.safeParse({ ...data, tips: [{ ...tip, audience: 'robots' }] }).success).toBe(false);
  });
});
