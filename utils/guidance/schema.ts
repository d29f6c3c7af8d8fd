/**
 * Schemas for the newcomer-guidance data: slang glossary entries, RedNote UI labels and etiquette tips.
 * Pure module: no browser API. The data files are plain TS modules checked against these schemas by
 * the unit tests (tests/unit/guidance/data.test.ts); nothing is parsed at run time.
 *
 * No schema here uses defaults or transforms, so `z.input` and `z.output` are the same type.
 */
import { z } from 'zod';
import { LANGUAGE_CODES } from '../languages';

/** Lowercase ASCII kebab-case slug: "jia-ren-men", "no-cap". */
export const slugSchema = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'id must be a lowercase ASCII kebab-case slug');

const HAN = /\p{Script=Han}/u;

/** True when the text contains at least one Han (Chinese) character. */
export function containsHan(text: string): boolean {
  return HAN.test(text);
}

/** A trimmed, single-line, non-empty string. */
const lineSchema = z
  .string()
  .min(1)
  .refine((s) => s === s.trim() && !/[\r\n]/.test(s), 'must be trimmed and on one line');

/** The same text for English and Chinese (Simplified) readers. */
export const bilingualSchema = z.strictObject({ en: z.string().min(1), zh: z.string().min(1) });
export type Bilingual = z.infer<typeof bilingualSchema>;

export const GLOSSARY_CATEGORIES = ['address', 'praise', 'shopping', 'reaction', 'internet', 'platform', 'lifestyle', 'emotion', 'other'] as const;
export type GlossaryCategory = (typeof GLOSSARY_CATEGORIES)[number];

/**
 * One slang term.
 *
 * Matching hints (all optional, all about how `createTermMatcher` finds the term in page text; see match.ts):
 * - `standalone`: every form of the entry (term and aliases) must not touch another letter, digit or Han
 *   character on either side. For single-character Chinese terms such as 蹲 or 冲, which are otherwise
 *   found inside ordinary words (蹲下, 冲泡).
 * - `clause`: every form must make up a whole clause on its own: between it and the start/end of the text or
 *   the nearest punctuation mark there may be only spaces, emoji and symbols. For English words that are
 *   slang only as a one-word reply ("Same!!", "Bet.", "Mood 😂").
 * - `caseSensitive`: capital letters in the form must be capital in the text (lowercase letters in the form
 *   still match either case): "GOAT" does not match the animal "goat", "W" does not match "w/".
 * - `autoMatch: false`: keep the entry for look-up only, never highlight it in page text (words like "tea" or
 *   "basic" whose ordinary meaning is far more common than the slang one).
 */
export const glossaryEntrySchema = z
  .strictObject({
    id: slugSchema,
    term: lineSchema,
    aliases: z.array(lineSchema),
    lang: z.enum(['zh', 'en']),
    pinyin: lineSchema.optional(),
    meaning: bilingualSchema,
    usage: bilingualSchema,
    category: z.enum(GLOSSARY_CATEGORIES),
    standalone: z.boolean().optional(),
    clause: z.boolean().optional(),
    caseSensitive: z.boolean().optional(),
    autoMatch: z.boolean().optional(),
  })
  .superRefine((entry, ctx) => {
    if (containsHan(entry.term) && !entry.pinyin) {
      ctx.addIssue({
        code: 'custom',
        path: ['pinyin'],
        message: `pinyin is required because the term "${entry.term}" contains Chinese characters`,
      });
    }
    if (entry.pinyin !== undefined && containsHan(entry.pinyin)) {
      ctx.addIssue({ code: 'custom', path: ['pinyin'], message: 'pinyin must be romanised, not Chinese characters' });
    }
    if (entry.aliases.includes(entry.term)) {
      ctx.addIssue({ code: 'custom', path: ['aliases'], message: 'aliases must not repeat the term' });
    }
    if (new Set(entry.aliases).size !== entry.aliases.length) {
      ctx.addIssue({ code: 'custom', path: ['aliases'], message: 'aliases must be unique' });
    }
  });

export type GlossaryEntry = z.output<typeof glossaryEntrySchema>;
/** The type the data files are written against (identical to `GlossaryEntry`: the schema has no defaults). */
export type GlossaryEntryInput = z.input<typeof glossaryEntrySchema>;

/**
 * A whole glossary: every entry valid, ids unique, and no spelling (term or alias, compared ignoring case and
 * full-width forms) claimed by two entries.
 */
export const glossarySchema = z.array(glossaryEntrySchema).superRefine((entries, ctx) => {
  const ids = new Map<string, number>();
  const forms = new Map<string, string>();
  entries.forEach((entry, index) => {
    const seen = ids.get(entry.id);
    if (seen !== undefined) {
      ctx.addIssue({ code: 'custom', path: [index, 'id'], message: `duplicate id "${entry.id}" (also at ${seen})` });
    }
    ids.set(entry.id, index);
    for (const form of [entry.term, ...entry.aliases]) {
      const key = foldForm(form);
      const owner = forms.get(key);
      if (owner !== undefined && owner !== entry.id) {
        ctx.addIssue({ code: 'custom', path: [index], message: `"${form}" is claimed by both "${owner}" and "${entry.id}"` });
      }
      forms.set(key, entry.id);
    }
  });
});

/** Spelling key for uniqueness checks: NFKC (full-width → half-width), lowercase, single spaces, straight apostrophes. */
export function foldForm(form: string): string {
  return form
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\u2018\u2019\u02bc]/g, "'")
    .replace(/\s+/g, ' ')
    .trim();
}

const languageRecordSchema = z.record(z.enum(LANGUAGE_CODES), z.string().min(1));

/** Number of capture groups in a RegExp source, or -1 when it does not compile. */
export function captureGroupCount(source: string): number {
  try {
    return new RegExp(`${source}|`, 'u').exec('')!.length - 1;
  } catch {
    return -1;
  }
}

/**
 * One piece of RedNote's own Chinese UI text and what it means in each target language.
 * `pattern` (a RegExp source, compiled with the `u` flag) is for labels that carry a number or trailing text
 * ("展开 12 条回复", "IP属地：美国"); when it has a capture group, every meaning contains `{n}` for it.
 * For zh-CN and zh-TW the meaning is a short explanation of what the control does, not a copy of the label.
 */
export const siteLabelSchema = z
  .strictObject({
    id: slugSchema,
    label: lineSchema,
    pattern: z.string().min(1).optional(),
    meanings: languageRecordSchema,
  })
  .superRefine((label, ctx) => {
    if (label.pattern === undefined) {
      for (const [lang, text] of Object.entries(label.meanings)) {
        if (text.includes('{n}')) {
          ctx.addIssue({ code: 'custom', path: ['meanings', lang], message: '{n} used but the label has no pattern' });
        }
      }
      return;
    }
    const groups = captureGroupCount(label.pattern);
    if (groups < 0) {
      ctx.addIssue({ code: 'custom', path: ['pattern'], message: 'pattern is not a valid RegExp' });
      return;
    }
    if (groups > 1) {
      ctx.addIssue({ code: 'custom', path: ['pattern'], message: 'pattern may capture at most one group (the number)' });
    }
    for (const [lang, text] of Object.entries(label.meanings)) {
      if (groups === 1 && !text.includes('{n}')) {
        ctx.addIssue({ code: 'custom', path: ['meanings', lang], message: 'meaning must contain {n} for the captured number' });
      }
      if (groups === 0 && text.includes('{n}')) {
        ctx.addIssue({ code: 'custom', path: ['meanings', lang], message: '{n} used but the pattern captures nothing' });
      }
    }
  });

export type SiteLabel = z.output<typeof siteLabelSchema>;
export type SiteLabelInput = z.input<typeof siteLabelSchema>;

export const TIP_TRIGGERS = [
  'first-visit',
  'date-location-line',
  'before-first-comment',
  'sensitive-topic',
  'personal-details',
  'follow-save-message',
  'official-accounts',
  'english-post-for-chinese-reader',
] as const;
export type TipTrigger = (typeof TIP_TRIGGERS)[number];

export const TIP_AUDIENCES = ['newcomer', 'chinese-reader', 'everyone'] as const;
export type TipAudience = (typeof TIP_AUDIENCES)[number];

/** A short etiquette or how-to note shown at a particular moment. */
export const tipSchema = z.strictObject({
  id: slugSchema,
  trigger: z.enum(TIP_TRIGGERS),
  audience: z.enum(TIP_AUDIENCES),
  title: bilingualSchema,
  text: bilingualSchema,
});

export type Tip = z.output<typeof tipSchema>;
export type TipInput = z.input<typeof tipSchema>;
