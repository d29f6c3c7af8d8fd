/**
 * Deciding, per unit, whether to translate it: a cheap script check first (Han / kana / hangul /
 * Latin / other shares), and the browser's language detector only where the script is ambiguous
 * (Latin text for a reader of a Latin-script language). Pure: the detector is injected.
 *
 * Mentions, hashtags, emoji codes like [doge], URLs, numbers and emoji are not language: they
 * are left out of the decision (and out of what is sent).
 */
import { baseLanguage } from '../languages';

export interface ScriptCounts {
  han: number;
  kana: number;
  hangul: number;
  latin: number;
  cyrillic: number;
  arabic: number;
  thai: number;
  devanagari: number;
}

const PATTERNS: Record<keyof ScriptCounts, RegExp> = {
  han: /\p{Script=Han}/gu,
  kana: /[\p{Script=Hiragana}\p{Script=Katakana}]/gu,
  hangul: /\p{Script=Hangul}/gu,
  latin: /\p{Script=Latin}/gu,
  cyrillic: /\p{Script=Cyrillic}/gu,
  arabic: /\p{Script=Arabic}/gu,
  thai: /\p{Script=Thai}/gu,
  devanagari: /\p{Script=Devanagari}/gu,
};

/** What is not language: @mentions, #hashtags, [emoji codes], URLs. */
const NOT_LANGUAGE = /https?:\/\/\S+|@[\p{L}\p{N}_.\-]{1,30}|#[^\s#]{1,30}(?:\[话题\])?#?|\[[^[\]\s]{1,10}\]/gu;

export function stripNonLanguage(text: string): string {
  return text.replace(NOT_LANGUAGE, ' ');
}

export function countScripts(text: string): ScriptCounts {
  const counts = {} as ScriptCounts;
  for (const [name, pattern] of Object.entries(PATTERNS) as Array<[keyof ScriptCounts, RegExp]>) {
    counts[name] = text.match(pattern)?.length ?? 0;
  }
  return counts;
}

/** The script families a target language is written in. */
const SCRIPT_OF: Record<string, keyof ScriptCounts> = {
  zh: 'han', ja: 'kana', ko: 'hangul', ru: 'cyrillic', ar: 'arabic', th: 'thai', hi: 'devanagari',
};

/**
 * One Han character carries about as much as a Latin word of 3 letters, so Han counts triple
 * when weighing a mixed comment: "这个 vibe 好 chill 啊" is Chinese, "Welcome to RedNote! 欢迎" is English.
 */
const HAN_WEIGHT = 3;

export type ScriptGuess =
  | { kind: 'none' } // nothing that is language: emoji, numbers (666), mentions only
  | { kind: 'known'; language: string } // the script settles it ("zh", "ja", "ko", "ru" …)
  | { kind: 'latin' }; // Latin letters: English or another Latin-script language

export function guessByScript(text: string): ScriptGuess {
  const c = countScripts(stripNonLanguage(text));
  const cjk = c.han + c.kana;
  const weights: Array<[string, number]> = [
    [c.kana >= Math.max(1, cjk * 0.1) ? 'ja' : 'zh', c.han * HAN_WEIGHT + c.kana * HAN_WEIGHT],
    ['ko', c.hangul * HAN_WEIGHT],
    ['latin', c.latin],
    ['ru', c.cyrillic],
    ['ar', c.arabic],
    ['th', c.thai],
    ['hi', c.devanagari],
  ];
  weights.sort((a, b) => b[1] - a[1]);
  const [top, weight] = weights[0]!;
  if (weight === 0) return { kind: 'none' };
  // Two Latin letters next to emoji ("ok 👌", "lol") are too little to translate.
  if (top === 'latin' && c.latin < 2) return { kind: 'none' };
  return top === 'latin' ? { kind: 'latin' } : { kind: 'known', language: top };
}

export type Decision = { translate: true; source: string } | { translate: false; reason: 'no-language' | 'target-language' };

export type Detector = (text: string) => Promise<{ language: string; reliable: boolean } | null>;

/** Whether a unit's text should go to a provider for a reader of `target`. */
export async function decide(text: string, target: string, detect?: Detector): Promise<Decision> {
  const guess = guessByScript(text);
  const targetBase = baseLanguage(target);
  if (guess.kind === 'none') return { translate: false, reason: 'no-language' };
  if (guess.kind === 'known') {
    return guess.language === targetBase ? { translate: false, reason: 'target-language' } : { translate: true, source: guess.language };
  }
  // Latin script. For a reader of a non-Latin language it is foreign whatever it is.
  if (SCRIPT_OF[targetBase]) return { translate: true, source: 'auto' };
  // A reader of a Latin-script language: ask the detector, and trust it only when it is sure.
  const detected = detect ? await detect(stripNonLanguage(text)).catch(() => null) : null;
  if (detected?.reliable && baseLanguage(detected.language) !== targetBase) return { translate: true, source: baseLanguage(detected.language) };
  if (detected?.reliable) return { translate: false, reason: 'target-language' };
  // Short Latin text the detector can't place: on RedNote that is English nearly always.
  return targetBase === 'en' ? { translate: false, reason: 'target-language' } : { translate: true, source: 'auto' };
}
