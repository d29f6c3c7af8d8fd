/**
 * What a contributor is told when a glossary entry, a whole glossary, a site label or a tip is wrong:
 * the data files are checked against these schemas (data.test.ts), so each refusal here is the message
 * someone adding a slang term or a label reads, at the field it points to.
 */
import { describe, expect, test } from 'vitest';
import type { z } from 'zod';
import { captureGroupCount, containsHan, foldForm, glossaryEntrySchema, glossarySchema, siteLabelSchema, slugSchema, tipSchema } from '@/utils/guidance';
import { LANGUAGE_CODES } from '@/utils/languages';

/** Each refusal as "path: message", in the order the schema reports them; [] when the value passes. */
function refusals(schema: z.ZodType, value: unknown): string[] {
  const result = schema.safeParse(value);
  return result.success ? [] : result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
}

/** The zod issue codes of the refusals: ours are `custom`, so callers can tell them from zod's own. */
function codes(schema: z.ZodType, value: unknown): string[] {
  const result = schema.safeParse(value);
  return result.success ? [] : result.error.issues.map((i) => i.code);
}

const entry = {
  id: 'jia-ren-men',
  term: '家人们',
  aliases: ['家人们儿'],
  lang: 'zh',
  pinyin: 'jiā rén men',
  meaning: { en: 'fam', zh: '大家' },
  usage: { en: 'a greeting', zh: '打招呼' },
  category: 'address',
} as const;

describe('one glossary entry', () => {
  test('a good entry passes as it is', () => {
    expect(glossaryEntrySchema.parse(entry)).toEqual(entry);
    expect(refusals(glossaryEntrySchema, { ...entry, standalone: true, clause: false, caseSensitive: true, autoMatch: false })).toEqual([]);
  });

  test('Chinese characters in the term need pinyin; a Latin term does not', () => {
    const { pinyin: _, ...noPinyin } = entry;
    expect(refusals(glossaryEntrySchema, noPinyin)).toEqual(['pinyin: pinyin is required because the term "家人们" contains Chinese characters']);
    expect(refusals(glossaryEntrySchema, { ...noPinyin, pinyin: '' })).toEqual([
      'pinyin: Too small: expected string to have >=1 characters',
      'pinyin: pinyin is required because the term "家人们" contains Chinese characters',
    ]);
    expect(refusals(glossaryEntrySchema, { ...noPinyin, term: 'i人', aliases: [] })).toEqual(['pinyin: pinyin is required because the term "i人" contains Chinese characters']);
    expect(refusals(glossaryEntrySchema, { ...noPinyin, term: 'yyds', aliases: [] })).toEqual([]);
    expect(codes(glossaryEntrySchema, { ...noPinyin, pinyin: '' })).toEqual(['too_small', 'custom']);
  });

  test('pinyin is romanised: Chinese characters in it are refused', () => {
    expect(refusals(glossaryEntrySchema, { ...entry, pinyin: '家 rén men' })).toEqual(['pinyin: pinyin must be romanised, not Chinese characters']);
    expect(refusals(glossaryEntrySchema, { ...entry, term: 'yyds', pinyin: '永远的神' })).toEqual(['pinyin: pinyin must be romanised, not Chinese characters']);
    expect(codes(glossaryEntrySchema, { ...entry, pinyin: '家 rén men' })).toEqual(['custom']);
  });

  test('an alias may not repeat the term, nor another alias', () => {
    expect(refusals(glossaryEntrySchema, { ...entry, aliases: ['家人们'] })).toEqual(['aliases: aliases must not repeat the term']);
    expect(refusals(glossaryEntrySchema, { ...entry, aliases: ['家人', '家人'] })).toEqual(['aliases: aliases must be unique']);
    expect(refusals(glossaryEntrySchema, { ...entry, aliases: ['家人们', '家人们'] })).toEqual(['aliases: aliases must not repeat the term', 'aliases: aliases must be unique']);
    expect(codes(glossaryEntrySchema, { ...entry, aliases: ['家人们', '家人们'] })).toEqual(['custom', 'custom']);
    expect(refusals(glossaryEntrySchema, { ...entry, aliases: ['家人', '宝子'] })).toEqual([]);
  });

  test('terms, aliases and pinyin are one trimmed line', () => {
    for (const bad of [' 家人们', '家人们 ', '家人\n们', '家人\r们']) {
      expect(refusals(glossaryEntrySchema, { ...entry, term: bad }), JSON.stringify(bad)).toEqual(['term: must be trimmed and on one line']);
    }
    expect(refusals(glossaryEntrySchema, { ...entry, aliases: ['ok', 'not ok '] })).toEqual(['aliases.1: must be trimmed and on one line']);
    expect(refusals(glossaryEntrySchema, { ...entry, pinyin: 'jiā\nrén' })).toEqual(['pinyin: must be trimmed and on one line']);
    expect(refusals(glossaryEntrySchema, { ...entry, term: 'jia ren men', aliases: [] })).toEqual([]);
  });

  test('both explanations are needed, and nothing unknown', () => {
    expect(refusals(glossaryEntrySchema, { ...entry, meaning: { en: 'fam', zh: '' } })).toEqual(['meaning.zh: Too small: expected string to have >=1 characters']);
    expect(refusals(glossaryEntrySchema, { ...entry, usage: { en: '', zh: '打招呼' } })).toEqual(['usage.en: Too small: expected string to have >=1 characters']);
    expect(refusals(glossaryEntrySchema, { ...entry, meaning: { en: 'fam', zh: '大家', fr: 'famille' } })).toHaveLength(1);
    expect(refusals(glossaryEntrySchema, { ...entry, note: 'x' })).toHaveLength(1);
    expect(refusals(glossaryEntrySchema, { ...entry, category: 'memes' })).toHaveLength(1);
    expect(refusals(glossaryEntrySchema, { ...entry, lang: 'ja' })).toHaveLength(1);
  });

  test('ids are lowercase ASCII kebab-case slugs', () => {
    for (const good of ['no-cap', 'yyds', '666', 'a-1-b']) expect(slugSchema.safeParse(good).success, good).toBe(true);
    for (const bad of ['No-cap', 'no_cap', 'no cap', '-no-cap', 'no-cap-', 'no--cap', '', 'jiā', 'x\ny']) {
      expect(refusals(slugSchema, bad), JSON.stringify(bad)).toEqual([': id must be a lowercase ASCII kebab-case slug']);
    }
  });
});

describe('a whole glossary', () => {
  const yyds = { ...entry, id: 'yyds', term: 'yyds', aliases: ['YYDS!'], pinyin: undefined };

  test('two entries may not share an id', () => {
    expect(refusals(glossarySchema, [entry, yyds, { ...yyds, term: 'u1s1', aliases: [] }])).toEqual(['2.id: duplicate id "yyds" (also at 1)']);
    expect(refusals(glossarySchema, [entry, yyds])).toEqual([]);
    expect(codes(glossarySchema, [entry, yyds, { ...yyds, term: 'u1s1', aliases: [] }])).toEqual(['custom']);
  });

  test('no spelling is claimed by two entries, compared ignoring case, widths, apostrophes and spaces', () => {
    expect(refusals(glossarySchema, [yyds, { ...entry, id: 'shen', aliases: ['ＹＹＤＳ'] }])).toEqual(['1: "ＹＹＤＳ" is claimed by both "yyds" and "shen"']);
    const itsGiving = { ...yyds, id: 'its-giving', term: "it's giving", aliases: [] };
    expect(refusals(glossarySchema, [itsGiving, { ...itsGiving, id: 'giving', term: 'It’s  Giving' }])).toEqual(['1: "It’s  Giving" is claimed by both "its-giving" and "giving"']);
    expect(codes(glossarySchema, [yyds, { ...entry, id: 'shen', aliases: ['ＹＹＤＳ'] }])).toEqual(['custom']);
    // The term's own aliases may differ from it only in case: one entry, one owner.
    expect(refusals(glossarySchema, [{ ...yyds, aliases: ['YYDS'] }])).toEqual([]);
  });
});

describe('spelling keys', () => {
  test('full-width forms, case, curly apostrophes and runs of spaces fold to one key', () => {
    expect(foldForm('ＹＹＤＳ')).toBe('yyds');
    expect(foldForm('It’s GIVING')).toBe("it's giving");
    expect(foldForm('it‘s')).toBe("it's");
    expect(foldForm('itʼs')).toBe("it's");
    expect(foldForm('  no \t\n cap  ')).toBe('no cap');
    expect(foldForm('家人们')).toBe('家人们');
  });

  test('Chinese characters are told apart from pinyin and Latin text', () => {
    expect(containsHan('i人')).toBe(true);
    expect(containsHan('jiā rén men')).toBe(false);
    expect(containsHan('')).toBe(false);
  });
});

describe('site labels', () => {
  const meanings = (text: string) => Object.fromEntries(LANGUAGE_CODES.map((code) => [code, `${text} (${code})`]));
  const follow = { id: 'follow', label: '关注', meanings: meanings('Follow') };
  const replies = { id: 'show-replies', label: '展开 3 条回复', pattern: '^展开\\s*(\\d+)\\s*条回复$', meanings: meanings('Show {n} replies') };

  test('a plain label and a pattern label with one number pass', () => {
    expect(refusals(siteLabelSchema, follow)).toEqual([]);
    expect(refusals(siteLabelSchema, replies)).toEqual([]);
    expect(refusals(siteLabelSchema, { ...follow, pattern: '^关注$' })).toEqual([]);
  });

  test('{n} without a pattern is refused in each language that uses it', () => {
    expect(refusals(siteLabelSchema, { ...follow, meanings: { ...follow.meanings, en: 'Follow {n}', fr: '{n} suivre' } })).toEqual([
      'meanings.en: {n} used but the label has no pattern',
      'meanings.fr: {n} used but the label has no pattern',
    ]);
    expect(codes(siteLabelSchema, { ...follow, meanings: { ...follow.meanings, en: 'Follow {n}' } })).toEqual(['custom']);
  });

  test('a pattern that does not compile is refused once, and nothing else is checked', () => {
    expect(refusals(siteLabelSchema, { ...replies, pattern: '^展开(\\d+' })).toEqual(['pattern: pattern is not a valid RegExp']);
    expect(refusals(siteLabelSchema, { ...follow, pattern: '\\p{Nope}' })).toEqual(['pattern: pattern is not a valid RegExp']);
    expect(codes(siteLabelSchema, { ...follow, pattern: '\\p{Nope}' })).toEqual(['custom']);
  });

  test('a pattern captures at most one group, the number', () => {
    expect(refusals(siteLabelSchema, { ...replies, pattern: '^(展开)\\s*(\\d+)\\s*条回复$' })).toEqual(['pattern: pattern may capture at most one group (the number)']);
    expect(codes(siteLabelSchema, { ...replies, pattern: '^(展开)\\s*(\\d+)\\s*条回复$' })).toEqual(['custom']);
  });

  test('with a number captured, every meaning shows it; with none, no meaning asks for it', () => {
    expect(refusals(siteLabelSchema, { ...replies, meanings: { ...replies.meanings, de: 'Antworten anzeigen' } })).toEqual(['meanings.de: meaning must contain {n} for the captured number']);
    expect(codes(siteLabelSchema, { ...replies, meanings: { ...replies.meanings, de: 'Antworten anzeigen' } })).toEqual(['custom']);
    expect(codes(siteLabelSchema, { ...replies, meanings: { ...follow.meanings, en: 'Show {n}' }, pattern: '^展开$' })).toEqual(['custom']);
    expect(refusals(siteLabelSchema, { ...replies, pattern: '^展开\\s*(?:\\d+)\\s*条回复$' })).toHaveLength(LANGUAGE_CODES.length);
    expect(refusals(siteLabelSchema, { ...replies, pattern: '^展开\\s*(?:\\d+)\\s*条回复$' })[0]).toBe(`meanings.${LANGUAGE_CODES[0]}: {n} used but the pattern captures nothing`);
  });

  test('every language, none blank, a slug id and a one-line label', () => {
    const { en: _, ...noEnglish } = follow.meanings;
    expect(refusals(siteLabelSchema, { ...follow, meanings: noEnglish })).toHaveLength(1);
    expect(refusals(siteLabelSchema, { ...follow, meanings: { ...follow.meanings, ja: '' } })).toHaveLength(1);
    expect(refusals(siteLabelSchema, { ...follow, meanings: { ...follow.meanings, xx: 'x' } })).toHaveLength(1);
    expect(refusals(siteLabelSchema, { ...follow, label: '关注 ' })).toEqual(['label: must be trimmed and on one line']);
    expect(refusals(siteLabelSchema, { ...follow, pattern: '' })).toHaveLength(1);
  });

  test('counting capture groups', () => {
    expect(captureGroupCount('^关注$')).toBe(0);
    expect(captureGroupCount('(?:a)(?<n>\\d+)')).toBe(1);
    expect(captureGroupCount('(a)|(b)')).toBe(2);
    expect(captureGroupCount('(')).toBe(-1);
    // Compiled with the u flag, as the page compiles it: an escape that only sloppy mode allows does not compile.
    expect(captureGroupCount('\\.')).toBe(0);
    expect(captureGroupCount('\\-')).toBe(-1);
    expect(captureGroupCount('\\p{Script=Han}')).toBe(0);
  });
});

describe('tips', () => {
  const tip = { id: 'cat-tax', trigger: 'before-first-comment', audience: 'newcomer', title: { en: 'Cat tax', zh: '猫税' }, text: { en: 'x', zh: 'y' } } as const;

  test('a known moment and audience, both languages, nothing more', () => {
    expect(refusals(tipSchema, tip)).toEqual([]);
    expect(refusals(tipSchema, { ...tip, trigger: 'on-lunch' })).toHaveLength(1);
    expect(refusals(tipSchema, { ...tip, audience: 'robots' })).toHaveLength(1);
    expect(refusals(tipSchema, { ...tip, text: { en: 'x' } })).toHaveLength(1);
    expect(refusals(tipSchema, { ...tip, extra: 1 })).toHaveLength(1);
  });
});
