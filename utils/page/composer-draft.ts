/**
 * The composer's draft logic, without the DOM: which language to answer in, whether a draft has
 * anything to translate, and translating it around what must stay as written (mentions, hashtags,
 * emoji codes: utils/guidance/composer-hints.ts) through the page's translator client.
 */
import { rewrap, runCore, splitDraft } from '@/utils/guidance/composer-hints';
import { baseLanguage, type LanguageCode } from '@/utils/languages';
import { guessByScript } from '@/utils/text/language';
import { splitText } from '@/utils/text/split';
import type { TranslatorClient } from './translator-client';

/** Pieces of a long draft are at most this long. */
const MAX_PIECE = 1000;

/** The post's language when it is not the user's own; otherwise Chinese, or English for a Chinese reader. */
export function chooseTarget(user: LanguageCode, post: LanguageCode | null): LanguageCode {
  if (post && baseLanguage(post) !== baseLanguage(user)) return post;
  return baseLanguage(user) === 'zh' ? 'en' : 'zh-CN';
}

export function hasLanguage(draft: string): boolean {
  return splitDraft(draft).some((p) => p.kind === 'text' && guessByScript(p.text).kind !== 'none');
}

export type DraftOutcome = { ok: true; text: string; provider: string } | { ok: false; code: string; message: string };

/** Translates the runs between kept tokens (mentions, emoji codes …); the tokens come back untouched. */
/** `from`: the language the draft is most likely in (a hint for the on-device translator, which needs one). */
export async function translateDraft(client: TranslatorClient, draft: string, from: LanguageCode, to: LanguageCode): Promise<DraftOutcome> {
  const parts = splitDraft(draft);
  let provider = '';
  const texts = await Promise.all(
    parts.map(async (part): Promise<DraftOutcome> => {
      if (part.kind === 'keep' || guessByScript(part.text).kind === 'none') return { ok: true, text: part.text, provider: '' };
      const pieces = splitText(runCore(part.text), MAX_PIECE);
      // Always the user's own click or shortcut: providers resting after errors are tried too.
      const results = await Promise.all(pieces.map((piece) => client.translateOnce(piece, to, true, from)));
      const failed = results.find((r) => !r.ok);
      if (failed && !failed.ok) return { ok: false, code: failed.code, message: failed.message };
      const joined = results.map((r) => (r.ok ? r.text : '')).join('');
      provider ||= results[0]?.ok ? results[0].provider : '';
      return { ok: true, text: rewrap(part.text, joined), provider: '' };
    }),
  );
  const failed = texts.find((r) => !r.ok);
  if (failed) return failed;
  return {
    ok: true,
    text: texts
      .map((r) => (r.ok ? r.text : ''))
      .join('')
      .trim(),
    provider,
  };
}
