/**
 * The background's guidance: the glossary, the site's labels and the tips, loaded from the
 * extension's own data file when first needed and checked with zod. It finds slang in the
 * texts pages ask to translate (chips come back with the translations, no extra message and
 * no provider request), hands a page its labels and tips in the reader's language, and gives
 * the AI provider the glossary entries for its prompt.
 */
import { browser } from '@/utils/browser';
import { createTermMatcher, type TermMatcher } from '@/utils/guidance/match';
import { GUIDANCE_FILE, explanationLanguage, guidanceDataSchema, type GuidanceData, type GuidanceDictionary, type RuntimeGlossaryEntry, type TermChip } from '@/utils/guidance/runtime';
import type { LanguageCode } from '@/utils/languages';
import type { SegmentResult } from '@/utils/schemas/messages';

/** At most this many chips on one text: a long post full of slang stays readable. */
const MAX_CHIPS = 8;

export class Guidance {
  private data: GuidanceData | null = null;
  private loading: Promise<GuidanceData | null> | null = null;
  private matcher: TermMatcher | null = null;
  private byId = new Map<string, RuntimeGlossaryEntry>();

  load(): Promise<GuidanceData | null> {
    this.loading ??= (async () => {
      try {
        const response = await fetch(browser.runtime.getURL(`/${GUIDANCE_FILE}` as '/popup.html'));
        const parsed = guidanceDataSchema.safeParse(await response.json());
        if (!parsed.success) throw new Error('The guidance data file is not valid.');
        this.data = parsed.data;
        this.byId = new Map(parsed.data.glossary.map((e) => [e.id, e]));
        this.matcher = createTermMatcher(parsed.data.glossary.filter((e) => e.autoMatch !== false));
        return this.data;
      } catch (error) {
        console.warn('Red Thread: guidance unavailable.', error);
        this.loading = null;
        return null;
      }
    })();
    return this.loading;
  }

  /** Slang in `text`, explained for a reader of `reader`. Empty until the data is loaded. */
  termsFor(text: string, reader: LanguageCode): TermChip[] {
    if (!this.matcher) return [];
    const lang = explanationLanguage(reader);
    return this.matcher
      .find(text)
      .slice(0, MAX_CHIPS)
      .flatMap((hit) => {
        const entry = this.byId.get(hit.id);
        if (!entry) return [];
        // A Chinese reader needs no chip for Chinese slang, nor an English reader for English slang.
        if ((entry.lang === 'zh') === (lang === 'zh')) return [];
        return [{ id: entry.id, term: entry.term, ...(entry.pinyin && { pinyin: entry.pinyin }), meaning: entry.meaning[lang], usage: entry.usage[lang] }];
      });
  }

  /**
   * Adds to each translated segment the slang found in its source text. Just after the worker
   * started, the glossary may still be loading: the chips wait for it (a cached answer is
   * otherwise faster than the glossary, and would come without its chips).
   */
  async withChips(results: SegmentResult[], sourceOf: (id: string) => string | undefined, reader: LanguageCode): Promise<SegmentResult[]> {
    await this.load();
    return results.map((r) => {
      const source = r.ok ? sourceOf(r.id) : undefined;
      const terms = source ? this.termsFor(source, reader) : [];
      return r.ok && terms.length > 0 ? { ...r, terms } : r;
    });
  }

  /** Glossary lines for the AI provider's prompt: the meanings of the slang in these texts. */
  promptHints(texts: readonly string[], _reader: LanguageCode): Array<{ term: string; meaning: string }> {
    if (!this.matcher) return [];
    const seen = new Set<string>();
    const hints: Array<{ term: string; meaning: string }> = [];
    for (const text of texts) {
      for (const hit of this.matcher.find(text)) {
        const entry = this.byId.get(hit.id);
        if (!entry || seen.has(entry.id)) continue;
        seen.add(entry.id);
        hints.push({ term: entry.term, meaning: entry.meaning.en });
      }
    }
    return hints.slice(0, 30);
  }

  async dictionary(reader: LanguageCode): Promise<GuidanceDictionary> {
    const data = await this.load();
    if (!data) return { labels: [], tips: [] };
    const lang = explanationLanguage(reader);
    return {
      labels: data.labels.map((l) => ({ label: l.label, ...(l.pattern && { pattern: l.pattern }), meaning: l.meanings[reader] ?? l.meanings.en ?? '' })).filter((l) => l.meaning),
      tips: data.tips.map((t) => ({ id: t.id, trigger: t.trigger, audience: t.audience, title: t.title[lang], text: t.text[lang] })),
    };
  }
}
