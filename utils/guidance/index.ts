/**
 * Newcomer guidance: slang glossary, RedNote UI labels, etiquette tips and the term matcher. Pure module.
 */
import type { LanguageCode } from '../languages';
import { EN_GLOSSARY } from './glossary-en';
import { ZH_GLOSSARY } from './glossary-zh';
import { createTermMatcher, type TermMatcher } from './match';
import { captureGroupCount, type GlossaryEntry, type SiteLabel, type Tip, type TipAudience, type TipTrigger } from './schema';
import { formatCount } from './labels';
import { SITE_LABELS } from './site-labels';
import { TIPS } from './tips';

export * from './schema';
export { createTermMatcher } from './match';
export type { FindOptions, TermHit, TermMatcher, TermMatcherEntry } from './match';
export { EN_GLOSSARY } from './glossary-en';
export { ZH_GLOSSARY } from './glossary-zh';
export { SITE_LABELS } from './site-labels';
export { TIPS } from './tips';

/** Every glossary entry: Chinese slang first, then English slang. */
export const GLOSSARY: readonly GlossaryEntry[] = [...ZH_GLOSSARY, ...EN_GLOSSARY];

let byId: Map<string, GlossaryEntry> | undefined;

export function glossaryById(id: string): GlossaryEntry | undefined {
  byId ??= new Map(GLOSSARY.map((e) => [e.id, e]));
  return byId.get(id);
}

const matchers = new Map<string, TermMatcher>();

/**
 * The default matcher over the glossary (entries with `autoMatch: false` left out), built on first use.
 * Pass a language to match only the Chinese or only the English entries.
 */
export function glossaryMatcher(lang?: 'zh' | 'en'): TermMatcher {
  const key = lang ?? 'all';
  let matcher = matchers.get(key);
  if (!matcher) {
    matcher = createTermMatcher(GLOSSARY.filter((e) => e.autoMatch !== false && (lang === undefined || e.lang === lang)));
    matchers.set(key, matcher);
  }
  return matcher;
}

const normalizeLabel = (text: string) => text.replace(/\s+/g, ' ').trim();

let exactLabels: Map<string, SiteLabel> | undefined;
let patternLabels: { label: SiteLabel; re: RegExp }[] | undefined;

/** The site label the text is (exact label first, then patterns in data order), with its captured number. */
export function findSiteLabel(text: string): { label: SiteLabel; n: string | undefined } | undefined {
  const t = normalizeLabel(text);
  if (t === '') return undefined;
  exactLabels ??= new Map(SITE_LABELS.map((l) => [normalizeLabel(l.label), l]));
  const exact = exactLabels.get(t);
  if (exact && exact.pattern === undefined) return { label: exact, n: undefined };
  patternLabels ??= SITE_LABELS.flatMap((l) => (l.pattern === undefined ? [] : [{ label: l, re: new RegExp(l.pattern, 'u') }]));
  for (const { label, re } of patternLabels) {
    const m = re.exec(t);
    if (m) return { label, n: m[1] };
  }
  // A pattern label without a number whose own text is shown verbatim (e.g. "说点什么...").
  if (exact && captureGroupCount(exact.pattern!) === 0) return { label: exact, n: undefined };
  return undefined;
}

/**
 * What a piece of RedNote UI text means in `lang`: exact label or pattern match, `{n}` filled with the captured
 * number ("展开 3 条回复" → "Show 3 replies"). Undefined when the text is not a known label.
 */
export function siteLabelMeaning(text: string, lang: LanguageCode): string | undefined {
  const found = findSiteLabel(text);
  if (!found) return undefined;
  const meaning = found.label.meanings[lang];
  return found.n === undefined ? meaning : meaning.replaceAll('{n}', formatCount(found.n));
}

/** Tips for a moment, optionally only those meant for an audience (tips for 'everyone' always included). */
export function tipsFor(trigger: TipTrigger, audience?: TipAudience): Tip[] {
  return TIPS.filter((t) => t.trigger === trigger && (audience === undefined || t.audience === audience || t.audience === 'everyone'));
}
