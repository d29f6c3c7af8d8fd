/**
 * Deciding, per unit, whether to translate it: a cheap script check first (Han / kana / hangul /
 * Latin / other shares), and the browser's language detector only where the script is ambiguous
 * (Latin text for a reader of a Latin-script language). Pure: the detector is injected.
 *
 * Mentions, hashtags, emoji codes like [doge], URLs, numbers and emoji are not language: they
 * are left out of the decision (and out of what is sent).
 */
import { baseLanguage } from '../languages';
import { once } from '../once';

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
const NOT_LANGUAGE = /https?:\/\/\S+|@[\p{L}\p{N}_.-]{1,30}|#[^\s#]{1,30}(?:\[话题\])?#?|\[[^[\]\s]{1,10}\]/gu;

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
  zh: 'han',
  ja: 'kana',
  ko: 'hangul',
  ru: 'cyrillic',
  ar: 'arabic',
  th: 'thai',
  hi: 'devanagari',
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

/** Whether a target language is written in Latin script (en, es, fr, de, pt, it, vi, id). */
export function isLatinReader(target: string): boolean {
  return !SCRIPT_OF[baseLanguage(target)];
}

/**
 * Short, frequent words that only (or mostly) one Latin-script language uses: the evidence that
 * settles which language a piece of Latin text is in, before any detector is asked. Words two of
 * these languages share in everyday use (es/it "me", de "so", pt "do", fr "on") are left out,
 * so a hit means something. "I" counts only as a capital.
 */
// Built on first use: the content script evaluates this module on every RedNote page.
const functionWords = once((): Record<string, ReadonlySet<string>> =>
  Object.fromEntries(
    Object.entries({
      en: "good nice cute yes little much more about because when where who why our the and you your you’re you're i’m i'm im it’s it's is are this that it my to of with for not never just what how really please thank thanks from have we they here there can don’t don't will would all going back love omg lol too very like hello welcome everyone",
      es: 'de la que el en y los las del por para con una es muy qué está pero como yo soy hola gracias también desde este esta todo más lo',
      fr: "le la les des est et je tu vous nous une du pas pour avec c’est c'est très merci bonjour dans sur qui que mais il elle ce mon suis",
      de: 'der die das und ist ich nicht ein eine mit zu auf für sehr danke hallo es du wir sie auch aus von den dem mein bin',
      pt: 'os um uma é não com para por muito obrigado obrigada olá eu você da dos das em que mas isso meu minha tô tá',
      it: 'il lo gli la le di che è non una per con sono molto grazie ciao ma questo io anche del della ho',
      vi: 'không là của và có tôi bạn được này cho với một những rất cảm ơn xin chào',
      id: 'yang dan di ini itu tidak saya aku kamu ada dengan untuk dari ke juga sangat terima kasih apa bisa sudah banget',
    }).map(([lang, words]) => [lang, new Set(words.split(' '))]),
  ),
);

const LATIN_WORD = /[\p{Script=Latin}\d]*\p{Script=Latin}[\p{Script=Latin}\p{M}\d]*(?:['’][\p{Script=Latin}]+)?/gu;

/**
 * How many of each language's function words a Latin text holds, weighed: a word of one or two
 * letters ("la", "de", "is") counts 1, a longer one 2. Pinyin and names are full of "la" and "de".
 */
export function functionWordScores(text: string): Record<string, number> {
  const scores: Record<string, number> = {};
  for (const [word] of stripNonLanguage(text).matchAll(LATIN_WORD)) {
    const lower = word.toLowerCase();
    if (lower === 'i' && word !== 'I') continue;
    for (const [lang, words] of Object.entries(functionWords())) {
      if (words.has(lower) || (lower === 'i' && lang === 'en')) scores[lang] = (scores[lang] ?? 0) + ([...lower].length > 2 ? 2 : 1);
    }
  }
  return scores;
}

/**
 * Below this many words the browser's detector is not trusted on its own, however sure it says it
 * is: Chromium's answers "Norwegian, reliable, 100%" for "Chinese grandma taught me dumplings 🥟
 * I’m never going back" (and for the same title without the emoji, the curly apostrophe or the
 * word "Chinese"); Firefox says English.
 */
const DETECTOR_MIN_WORDS = 8;

export interface LatinLanguage {
  /** The language the text is taken to be in ("en" when nothing says otherwise: RedNote's Latin text is English nearly always). */
  language: string;
  /** What to tell the provider: the language when evidence named it, "auto" when it is only the default. */
  source: string;
}

/**
 * Which language a Latin-script text is in, for a reader of a Latin-script language. Function
 * words first (ties go to the reader's own language, then English); the detector only for long
 * texts with no such word at all; else English. The detector alone never makes text foreign to
 * the reader when the text carries the reader's own words.
 */
export async function latinLanguage(text: string, target: string, detect?: Detector): Promise<LatinLanguage> {
  const targetBase = baseLanguage(target);
  const scores = functionWordScores(text);
  const best = Math.max(0, ...Object.values(scores));
  // One short word alone ("la" in pinyin) is not evidence; two, or one longer word, is.
  if (best >= 2) {
    const top = Object.keys(scores).filter((lang) => scores[lang] === best);
    const language = top.includes(targetBase) ? targetBase : top.includes('en') ? 'en' : top[0]!;
    return { language, source: language };
  }
  const words = stripNonLanguage(text).match(LATIN_WORD)?.length ?? 0;
  if (best === 0 && words >= DETECTOR_MIN_WORDS && detect) {
    const detected = await detect(stripNonLanguage(text)).catch(() => null);
    if (detected?.reliable) {
      const language = baseLanguage(detected.language);
      return { language, source: language };
    }
  }
  return { language: 'en', source: 'auto' };
}

/** Whether a unit's text should go to a provider for a reader of `target`. */
export async function decide(text: string, target: string, detect?: Detector): Promise<Decision> {
  const guess = guessByScript(text);
  const targetBase = baseLanguage(target);
  if (guess.kind === 'none') return { translate: false, reason: 'no-language' };
  if (guess.kind === 'known') {
    return guess.language === targetBase ? { translate: false, reason: 'target-language' } : { translate: true, source: guess.language };
  }
  // Latin script. For a reader of a non-Latin language it is foreign whatever it is.
  if (!isLatinReader(targetBase)) return { translate: true, source: 'auto' };
  const latin = await latinLanguage(text, targetBase, detect);
  return latin.language === targetBase ? { translate: false, reason: 'target-language' } : { translate: true, source: latin.source };
}
