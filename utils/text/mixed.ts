/**
 * Mixed-language text, decided per run instead of per unit. RedNote comments switch language
 * mid-sentence ("cat tax please 🐱🐱🐱 多多益善", "回复 数学不好：omg thank you, 666 to you too"): the
 * runs in a language other than the reader's are sent and shown translated; the runs in the
 * reader's language are neither sent nor changed, and the overlay shows them as written, in order.
 *
 * What "the reader's language" is: the base of the target language (zh-CN and zh-TW are both
 * Chinese). A Han run is Chinese (Japanese when it holds kana), hangul Korean, Cyrillic Russian and
 * so on by script. A Latin run is foreign to a reader of a non-Latin language (Chinese, Japanese …);
 * for a reader of a Latin-script language (English, Spanish …) its language comes from its function
 * words, see latinLanguage(). So a Spanish reader gets both halves of "cat tax please 多多益善"
 * translated, an English reader only the Chinese half, a Chinese reader only the English half.
 *
 * What a run is: words of one script family with only spaces, punctuation, digits or emoji between
 * them; brackets and "=" end one. A lone Latin word next to Chinese, or two between Chinese
 * (这个 vibe 好 chill 啊, yyds！！家人们, 就是 forever god 的意思) belongs to the Chinese sentence: it
 * is how people write Chinese, and a Chinese reader reads it as such. A CJK run holding kana is
 * Japanese, sentence by sentence (すごい！这个真的太好看了 is a Japanese and a Chinese sentence).
 * Known limit: for a Japanese reader, a kanji-only sentence beside a kana one counts as Chinese and is sent.
 *
 * Never sent, and shown as they are: a reply prefix (回复 <name>：, the name too), slang numbers
 * (666, 888, 2333), @mentions, #hashtags, [emoji] codes and links written as text. Adjacent foreign
 * runs go out as one piece (context helps the provider), with their closing sentence punctuation;
 * a part foreign from start to end goes out whole, emoji and all (成都美食攻略…🌶️), as before.
 *
 * Pure: the language detector is injected, and only asked for long Latin text without function words.
 */
import { baseLanguage } from '../languages';
import { once } from '../once';
import { isLatinReader, latinLanguage, type Detector } from './language';

/** A unit's part as the extractor reads it (text to consider, or a token kept as it is). */
export interface TextPart {
  kind: 'text' | 'keep';
  text: string;
}

/** A stretch of one text part: kept and shown as written, or sent (with its source language). */
export type Piece = { kind: 'keep'; text: string } | { kind: 'send'; text: string; source: string };

export interface UnitPlan {
  /** Per part: its pieces (joined, they give the part's text back exactly), or null for a part kept whole. */
  parts: Array<Piece[] | null>;
  /** How many pieces are sent: 0 means the unit needs no translation. */
  sends: number;
  /** Whether anything in the unit is language at all (for the "no language" vs "already yours" distinction). */
  hasLanguage: boolean;
}

type Family = 'cjk' | 'hangul' | 'latin' | 'cyrillic' | 'arabic' | 'thai' | 'devanagari';

interface Token {
  kind: 'word' | 'keep' | 'break';
  family?: Family;
  start: number;
  end: number;
  /** For CJK words: whether they hold kana (Japanese). */
  kana?: boolean;
}

interface Run {
  family: Family;
  start: number;
  end: number;
  words: number;
  kana: boolean;
  letters: number;
}

/**
 * One alternation, tried left to right at each position: kept tokens first (they must win over
 * the words inside them), then words of each script family.
 */
// Compiled on first use, not while every RedNote page evaluates the content script.
const token = once(
  () =>
    new RegExp(
      [
        '(?<keep>https?:\\/\\/\\S+|@[\\p{L}\\p{N}_.\\-]{1,30}|#[^\\s#]{1,30}(?:\\[话题\\])?#?|\\[[^[\\]\\s]{1,10}\\]|(?<![\\p{Script=Latin}\\p{N}])(?:(\\d)\\2{2,}|2333*)(?![\\p{Script=Latin}\\p{N}]))',
        // Brackets and "=" end a run and a sent piece ("微辣 (wei la) = a little spicy" is three runs).
        '(?<brk>[()（）【】「」『』《》=]+)',
        // Digits written right before Chinese belong to it ("10分钟出门": ten minutes, not "10" + "minutes");
        // a slang number (666) is matched by `keep` first and stays apart.
        '(?<cjk>\\d*[\\p{Script=Han}\\p{Script=Hiragana}\\p{Script=Katakana}ー々〆]+)',
        '(?<hangul>\\p{Script=Hangul}+)',
        "(?<latin>[\\p{Script=Latin}\\d]*\\p{Script=Latin}[\\p{Script=Latin}\\p{M}\\d]*(?:['’\\-][\\p{Script=Latin}\\p{M}\\d]+)*)",
        '(?<cyrillic>\\p{Script=Cyrillic}[\\p{Script=Cyrillic}\\p{M}]*)',
        '(?<arabic>\\p{Script=Arabic}[\\p{Script=Arabic}\\p{M}]*)',
        '(?<thai>\\p{Script=Thai}[\\p{Script=Thai}\\p{M}]*)',
        '(?<devanagari>\\p{Script=Devanagari}[\\p{Script=Devanagari}\\p{M}]*)',
      ].join('|'),
      'gu',
    ),
);

const KANA = /[\p{Script=Hiragana}\p{Script=Katakana}]/u;
const FAMILIES: Family[] = ['cjk', 'hangul', 'latin', 'cyrillic', 'arabic', 'thai', 'devanagari'];

/** "回复 数学不好：" at the start of a reply (the name may also be a mention link: "回复 " + @name + "："). */
const REPLY_PREFIX = /^回复\s*[^\s：:。！？!?][^：:\n。！？!?]{0,30}?\s*[：:]\s*/;
const REPLY_WORD_ALONE = /^回复\s*$/;
const SENTENCE_END = /^[.!?。！？…~～]+/;

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  for (const match of text.matchAll(token())) {
    const groups = match.groups ?? {};
    const start = match.index;
    const end = start + match[0].length;
    if (groups.keep !== undefined || groups.brk !== undefined) {
      tokens.push({ kind: groups.keep !== undefined ? 'keep' : 'break', start, end });
      continue;
    }
    const family = FAMILIES.find((f) => groups[f] !== undefined)!;
    tokens.push({ kind: 'word', family, start, end, kana: family === 'cjk' && KANA.test(match[0]) });
  }
  return tokens;
}

type Item = Run | 'keep' | 'break';

const isRun = (item: Item | undefined): item is Run => item !== undefined && item !== 'keep' && item !== 'break';
const CJK_SENTENCE_END = /[。！？!?]+/g;

/**
 * Words of one family with nothing but neutral text between them (a kept token or a bracket ends
 * a run); then Latin words that belong to the Chinese around them are folded in: one word next to
 * Chinese, or two words with Chinese on both sides ("yyds 就是 forever god 的意思").
 */
function runsOf(text: string, tokens: readonly Token[]): Item[] {
  const out: Item[] = [];
  let current: Run | null = null;
  const flush = () => {
    if (current) out.push(...splitKanaSentences(text, current));
    current = null;
  };
  for (const token of tokens) {
    if (token.kind !== 'word') {
      flush();
      out.push(token.kind);
      continue;
    }
    const letters = token.end - token.start;
    if (current && current.family === token.family) {
      const run = current;
      run.end = token.end;
      run.words += 1;
      run.kana ||= Boolean(token.kana);
      run.letters += letters;
    } else {
      flush();
      current = { family: token.family!, start: token.start, end: token.end, words: 1, kana: Boolean(token.kana), letters };
    }
  }
  flush();
  const merged: Item[] = [];
  for (let i = 0; i < out.length; i += 1) {
    const run = out[i]!;
    const previous = merged.at(-1);
    if (isRun(run) && run.family === 'latin') {
      const next = out[i + 1];
      const cjkBefore = isRun(previous) && previous.family === 'cjk';
      const cjkAfter = isRun(next) && next.family === 'cjk';
      if (cjkBefore && (run.words === 1 || (run.words === 2 && cjkAfter))) {
        previous.end = run.end;
        if (cjkAfter) {
          previous.end = next.end;
          previous.kana ||= next.kana;
          i += 1;
        }
        continue;
      }
      if (cjkAfter && run.words === 1) {
        next.start = run.start;
        continue;
      }
      // Fewer than two Latin letters alone ("x", "I") are not language.
      if (run.letters < 2) continue;
    }
    if (isRun(run) && isRun(previous) && previous.family === run.family && previous.kana === run.kana) {
      previous.end = run.end;
      continue;
    }
    merged.push(run);
  }
  return merged;
}

/**
 * A CJK run that holds kana is Japanese, but a whole Chinese sentence next to a Japanese one
 * (すごい！这个真的太好看了) is Chinese: such a run is cut at its sentence ends, each sentence
 * judged by its own kana.
 */
function splitKanaSentences(text: string, run: Run): Run[] {
  if (run.family !== 'cjk' || !run.kana) return [run];
  const body = text.slice(run.start, run.end);
  const pieces: Run[] = [];
  let at = 0;
  const push = (from: number, to: number) => {
    const sentence = body.slice(from, to);
    if (!sentence.trim()) return;
    pieces.push({ family: 'cjk', start: run.start + from, end: run.start + to, words: 1, kana: KANA.test(sentence), letters: to - from });
  };
  for (const match of body.matchAll(CJK_SENTENCE_END)) {
    push(at, match.index);
    at = match.index + match[0].length;
  }
  push(at, body.length);
  // Neighbouring sentences of the same kind stay one run.
  const joined: Run[] = [];
  for (const piece of pieces) {
    const last = joined.at(-1);
    if (last && last.kana === piece.kana) last.end = piece.end;
    else joined.push(piece);
  }
  return joined;
}

/** The language a non-Latin run is in, by its script. */
function scriptLanguage(run: Run): string {
  switch (run.family) {
    case 'cjk':
      return run.kana ? 'ja' : 'zh';
    case 'hangul':
      return 'ko';
    case 'cyrillic':
      return 'ru';
    case 'arabic':
      return 'ar';
    case 'thai':
      return 'th';
    case 'devanagari':
      return 'hi';
    default:
      return 'auto';
  }
}

interface Span {
  start: number;
  end: number;
  kind: 'send' | 'keep';
  source?: string;
}

/**
 * Plans one unit: which stretches of its text parts are sent, and with which source language.
 * `parts` are the extractor's parts (text and kept tokens, in order).
 */
export async function planUnit(parts: readonly TextPart[], target: string, detect?: Detector): Promise<UnitPlan> {
  const targetBase = baseLanguage(target);
  // 1. Peel the reply prefix off the unit's first text (it and the name stay as they are).
  const prefixLength = parts.map(() => 0);
  const firstText = parts.findIndex((p) => p.kind === 'text');
  if (firstText === 0) {
    const text = parts[0]!.text;
    const match = REPLY_PREFIX.exec(text);
    if (match) prefixLength[0] = match[0].length;
    else if (REPLY_WORD_ALONE.test(text) && parts[1]?.kind === 'keep') {
      // "回复 " + @name link + "：…": the colon after the link is the prefix's too.
      prefixLength[0] = text.length;
      if (parts[2]?.kind === 'text') prefixLength[2] = /^\s*[：:]\s*/.exec(parts[2].text)?.[0].length ?? 0;
    }
  }
  // 2. Runs of every text part.
  const partRuns = parts.map((part, i) => {
    if (part.kind !== 'text') return null;
    const body = part.text.slice(prefixLength[i]);
    return runsOf(body, tokenize(body)).map((r) => (isRun(r) ? { ...r, start: r.start + prefixLength[i]!, end: r.end + prefixLength[i]! } : r));
  });
  const allRuns = partRuns.flatMap((runs) => (runs ?? []).filter(isRun));
  if (allRuns.length === 0) return { parts: parts.map(() => null), sends: 0, hasLanguage: false };
  // 3. One language decision for the unit's Latin text (it is nearly always one language).
  const latinRuns = allRuns.filter((r) => r.family === 'latin');
  let latin: { foreign: boolean; source: string } = { foreign: true, source: 'auto' };
  if (latinRuns.length > 0 && isLatinReader(targetBase)) {
    const latinText = partRuns.flatMap((runs, i) => (runs ?? []).filter((r): r is Run => isRun(r) && r.family === 'latin').map((r) => parts[i]!.text.slice(r.start, r.end))).join(' ');
    const found = await latinLanguage(latinText, targetBase, detect);
    latin = { foreign: found.language !== targetBase, source: found.source };
  }
  const languageOf = (run: Run): { foreign: boolean; source: string } => {
    if (run.family === 'latin') return latin;
    const language = scriptLanguage(run);
    return { foreign: baseLanguage(language) !== targetBase, source: language };
  };
  // 4. Pieces: adjacent foreign runs make one piece; part edges go with a foreign neighbour.
  let sends = 0;
  const planned = parts.map((part, i): Piece[] | null => {
    const runs = partRuns[i];
    if (!runs) return null;
    const text = part.text;
    const spans: Span[] = [];
    let open: Span | null = null;
    let sources = new Set<string>();
    const close = () => {
      if (!open) return;
      open.source = sources.size === 1 ? [...sources][0]! : 'auto';
      spans.push(open);
      open = null;
      sources = new Set();
    };
    let edgeBefore = true; // nothing but neutral text since the part's start (or its reply prefix)
    for (const run of runs) {
      if (run === 'keep' || run === 'break') {
        close();
        edgeBefore = false;
        continue;
      }
      const language = languageOf(run);
      if (!language.foreign) {
        close();
        edgeBefore = false;
        continue;
      }
      // A run takes its closing sentence punctuation along ("谢谢！", "right?").
      const end = run.end + (SENTENCE_END.exec(text.slice(run.end))?.[0].length ?? 0);
      if (open) open.end = end;
      else open = { kind: 'send', start: edgeBefore ? prefixLength[i]! : run.start, end };
      sources.add(language.source);
      edgeBefore = false;
    }
    // A part foreign from its start to its last run is sent whole, with what trails it (a closing 🌶️).
    if (open && open.start === prefixLength[i] && spans.length === 0) open.end = text.length;
    close();
    if (spans.length === 0) return [{ kind: 'keep', text }];
    const pieces: Piece[] = [];
    let at = 0;
    for (const span of spans) {
      if (span.start > at) pieces.push({ kind: 'keep', text: text.slice(at, span.start) });
      pieces.push({ kind: 'send', text: text.slice(span.start, span.end), source: span.source! });
      sends += 1;
      at = span.end;
    }
    if (at < text.length) pieces.push({ kind: 'keep', text: text.slice(at) });
    return pieces;
  });
  return { parts: planned, sends, hasLanguage: true };
}

/**
 * The part's text with each sent piece replaced by its translation (kept pieces as written).
 *
 * Chinese and Japanese put no space between a sentence and the next word; the reader's language
 * may: "TikTok refugee 报到！Day 1" for an English reader is "checking in!" met by the kept "Day 1".
 * Where a translation and its neighbour meet with nothing between them, a space goes in when both
 * edges belong to spaced writing (see below); a Chinese or Japanese translation stays joined.
 */
export function assemble(pieces: readonly Piece[], translations: readonly string[]): string {
  let sent = 0;
  let text = '';
  let lastTranslated = false;
  for (const piece of pieces) {
    const translation = piece.kind === 'send' ? translations[sent++] : undefined;
    const next = translation ?? piece.text;
    if ((lastTranslated || translation !== undefined) && SPACED_END.test(text.slice(-2)) && SPACED_START.test(next)) text += ' ';
    text += next;
    lastTranslated = translation !== undefined;
  }
  return text;
}

/** A letter or digit of a script written with spaces, or punctuation a space follows (before it: an opening one, @, #). */
const SPACED_END = /(?:[\p{L}\p{N}](?<![\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}])|[.,!?;:%)\]"'’”])$/u;
const SPACED_START = /^(?:[\p{L}\p{N}](?<![\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}])|[@#([“‘"'])/u;
