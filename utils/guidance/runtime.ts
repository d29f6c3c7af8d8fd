/**
 * The guidance data as the extension loads it at run time: one JSON file written at build time
 * from the TS data modules (see wxt.config.ts), fetched by the background from the extension's
 * own files when first needed, and checked with this schema. Keeping the data out of the scripts
 * keeps the content script small; the full schemas (schema.ts) check the data in unit tests.
 */
import * as z from 'zod/mini';
import { once } from '../once';

export const GUIDANCE_FILE = 'guidance/data.json';

const bilingual = z.object({ en: z.string(), zh: z.string() });

export const runtimeGlossaryEntrySchema = z.object({
  id: z.string(),
  term: z.string(),
  aliases: z.array(z.string()),
  lang: z.enum(['zh', 'en']),
  pinyin: z.optional(z.string()),
  meaning: bilingual,
  usage: bilingual,
  standalone: z.optional(z.boolean()),
  clause: z.optional(z.boolean()),
  caseSensitive: z.optional(z.boolean()),
  autoMatch: z.optional(z.boolean()),
});

export const runtimeLabelSchema = z.object({
  id: z.string(),
  label: z.string(),
  pattern: z.optional(z.string()),
  meanings: z.record(z.string(), z.string()),
});

export const runtimeTipSchema = z.object({
  id: z.string(),
  trigger: z.string(),
  audience: z.enum(['newcomer', 'chinese-reader', 'everyone']),
  title: bilingual,
  text: bilingual,
});

export const guidanceDataSchema = z.object({
  glossary: z.array(runtimeGlossaryEntrySchema),
  labels: z.array(runtimeLabelSchema),
  tips: z.array(runtimeTipSchema),
});
export type GuidanceData = z.infer<typeof guidanceDataSchema>;
export type RuntimeGlossaryEntry = z.infer<typeof runtimeGlossaryEntrySchema>;

/** A glossary term as a page shows it: in the reader's language (English or Chinese explanations). */
export const termChipSchema = once(() =>
  z.object({
    id: z.string().check(z.maxLength(80)),
    term: z.string().check(z.maxLength(80)),
    pinyin: z.optional(z.string().check(z.maxLength(120))),
    meaning: z.string().check(z.maxLength(600)),
    usage: z.string().check(z.maxLength(800)),
  }),
);
export type TermChip = z.infer<ReturnType<typeof termChipSchema>>;

/** What a page needs of the guidance, in its reader's language: the site's labels and the tips. */
export const guidanceDictionarySchema = once(() =>
  z.object({
    labels: z.array(z.object({ label: z.string(), pattern: z.optional(z.string()), meaning: z.string() })).check(z.maxLength(500)),
    tips: z.array(z.object({ id: z.string(), trigger: z.string(), audience: z.string(), title: z.string(), text: z.string() })).check(z.maxLength(100)),
  }),
);
export type GuidanceDictionary = z.infer<ReturnType<typeof guidanceDictionarySchema>>;

/** Explanations are in Chinese for readers of Chinese, in English for everyone else. */
export function explanationLanguage(reader: string): 'zh' | 'en' {
  return reader.toLowerCase().startsWith('zh') ? 'zh' : 'en';
}
