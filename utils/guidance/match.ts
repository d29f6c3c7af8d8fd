/**
 * A pure, build-once term matcher for slang chips: finds glossary terms (Chinese, Latin-script or mixed, such as
 * "i人" or "city不city") in page text. No browser API.
 *
 * Rules
 * - Exact spelling of the term or one of its aliases, compared after folding: Latin letters ignore case,
 *   full-width ASCII (ＹＹＤＳ, ６６６, ！) equals half-width, curly apostrophes (’ ‘ ʼ) equal the straight one,
 *   and NBSP / ideographic space / tab equal a space. A space inside a term matches a run of spaces in the text
 *   ("no cap" matches "no  cap"; never a line break).
 * - Word boundaries on the Latin side: when a term begins (ends) with a Latin letter or digit, the text before
 *   (after) the match must not be a letter or digit of a spaced script. So "slay" is not found in "slayer",
 *   "fr" not in "from", "666" not in "16666". Chinese characters count as a boundary: "yyds家人们" finds both.
 *   Ends made of Chinese characters, emoji or punctuation need no boundary.
 * - Longest match wins at each position, and hits never overlap: scanning left to right, the first position where
 *   some term matches takes the longest term that matches there (家人们 over 家人, 破大防 is one hit), and
 *   scanning resumes after it.
 * - Per-entry context rules for ambiguous terms (all forms of the entry):
 *   - `standalone`: the match must not touch a letter, digit or Chinese character on either side. For single
 *     characters like 蹲 or 冲: "蹲！" and "冲冲冲 🔥" match, "蹲下来" and "冲泡" do not.
 *   - `clause`: the match must be a clause by itself: between it and the start/end of the text or the nearest
 *     punctuation mark (or line break) there may be only spaces, emoji and symbols. "Same!!" and "mood 😂" match,
 *     "the same day" does not.
 *   - `caseSensitive`: capital letters in the form must be capital in the text; lowercase letters in the form
 *     match either case ("GOAT" does not match "goat"; the form "big W" matches "Big W" but not "big w").
 * - Each entry is reported once, at its first occurrence (pass `{ all: true }` to get every occurrence); a repeat
 *   still occupies its text, so a shorter term cannot match inside it.
 *
 * Cost: building makes a trie keyed by folded UTF-16 code units; `find` folds the text once and walks the trie from
 * each position, so it is O(text length × longest term) and in practice linear. Offsets are UTF-16 indices into the
 * original string (`text.slice(start, end)` is the matched text).
 */

export interface TermMatcherEntry {
  id: string;
  term: string;
  aliases?: readonly string[];
  /** Must not touch a letter, digit or Chinese character on either side (see the module comment). */
  standalone?: boolean;
  /** Must form a clause by itself (see the module comment). */
  clause?: boolean;
  /** Capital letters in the term must be capital in the text. */
  caseSensitive?: boolean;
}

export interface TermHit {
  id: string;
  /** The text as it appears in the input (`text.slice(start, end)`). */
  term: string;
  start: number;
  end: number;
}

export interface FindOptions {
  /** Report every occurrence of every entry, not only the first occurrence of each. */
  all?: boolean;
}

export interface TermMatcher {
  find(text: string, options?: FindOptions): TermHit[];
}

interface Form {
  entry: number;
  /** The form with widths folded but case kept, one space between words: for `caseSensitive`. */
  shape: string;
  /**
   * Ends with a letter or digit of a spaced script: the text after it may not go on with one. The left side needs no
   * flag: `find` never starts a match inside a Latin word, which is that rule for the form's first character.
   */
  rightBoundary: boolean;
}

interface TrieNode {
  next: Map<number, TrieNode> | undefined;
  forms: Form[] | undefined;
}

const SPACE = 0x20;

/** Fold one UTF-16 code unit for comparison: width, apostrophes and spaces; no case change. */
function foldWidth(c: number): number {
  if (c < 0x80) return c === 0x09 ? SPACE : c;
  if (c >= 0xff01 && c <= 0xff5e) return c - 0xfee0;
  switch (c) {
    case 0x00a0:
    case 0x2007:
    case 0x202f:
    case 0x3000:
      return SPACE;
    case 0x2018:
    case 0x2019:
    case 0x02bc:
    case 0x2032:
      return 0x27;
    default:
      return c;
  }
}

/** Fold one UTF-16 code unit for comparison: `foldWidth`, then lowercase for cased alphabets. */
function fold(c: number): number {
  const w = foldWidth(c);
  if (w >= 0x41 && w <= 0x5a) return w + 0x20;
  if (w < 0x80) return w;
  // Latin-1, Latin Extended, Greek, Cyrillic, Latin Extended Additional, Greek Extended: lowercase when 1:1.
  if (w < 0x0530 || (w >= 0x1e00 && w < 0x2000)) {
    const lower = String.fromCharCode(w).toLowerCase();
    if (lower.length === 1) return lower.charCodeAt(0);
  }
  return w;
}

const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\p{Script=Bopomofo}]/u;
/** Letters, digits and combining marks, but not emoji modifiers (variation selectors, ZWJ, keycap). */
const WORD = /[\p{L}\p{N}]|(?![\uFE00-\uFE0F]|\u200D|\u20E3)\p{M}/u;
const PUNCTUATION = /\p{P}/u;

function isSurrogate(c: number): boolean {
  return c >= 0xd800 && c <= 0xdfff;
}

/**
 * A letter or digit of a spaced script (not Chinese/Japanese/Korean): what a Latin word boundary may not touch.
 * Takes a folded code unit (`fold`): there are no ASCII capitals left to test for.
 */
function isSpacedWordChar(c: number): boolean {
  if (c < 0x80) return (c >= 0x30 && c <= 0x39) || (c >= 0x61 && c <= 0x7a);
  if (isSurrogate(c)) return false;
  const ch = String.fromCharCode(c);
  return WORD.test(ch) && !CJK.test(ch);
}

/** Any letter or digit, Chinese characters included. Takes a folded code unit, as `isSpacedWordChar`. */
function isWordChar(c: number): boolean {
  if (c < 0x80) return (c >= 0x30 && c <= 0x39) || (c >= 0x61 && c <= 0x7a);
  if (isSurrogate(c)) return false;
  return WORD.test(String.fromCharCode(c));
}

function isClauseBreak(c: number): boolean {
  if (c === 0x0a || c === 0x0d) return true;
  if (isSurrogate(c)) return false;
  return PUNCTUATION.test(String.fromCharCode(c));
}

/** Fold a term into its comparison key: folded code units, one space between words. */
function foldTerm(term: string, f: (c: number) => number): string {
  let out = '';
  for (let i = 0; i < term.length; i++) out += String.fromCharCode(f(term.charCodeAt(i)));
  return out.replace(/[\s\u3000]+/g, ' ').trim();
}

function newNode(): TrieNode {
  return { next: undefined, forms: undefined };
}

export function createTermMatcher(entries: readonly TermMatcherEntry[]): TermMatcher {
  const root = new Map<number, TrieNode>();
  const flags = entries.map((e) => ({
    id: e.id,
    standalone: e.standalone === true,
    clause: e.clause === true,
    caseSensitive: e.caseSensitive === true,
  }));

  entries.forEach((entry, index) => {
    const spellings = new Set<string>();
    for (const spelling of [entry.term, ...(entry.aliases ?? [])]) {
      const key = foldTerm(spelling, fold);
      if (key === '') throw new Error(`term matcher: entry "${entry.id}" has an empty term or alias`);
      if (spellings.has(key)) continue;
      spellings.add(key);

      let map = root;
      let node: TrieNode | undefined;
      for (let i = 0; i < key.length; i++) {
        const c = key.charCodeAt(i);
        node = map.get(c);
        if (!node) {
          node = newNode();
          map.set(c, node);
        }
        if (i < key.length - 1) {
          node.next ??= new Map();
          map = node.next;
        }
      }
      // key is non-empty, so node is set.
      const form: Form = {
        entry: index,
        shape: foldTerm(spelling, foldWidth),
        rightBoundary: isSpacedWordChar(key.charCodeAt(key.length - 1)),
      };
      (node!.forms ??= []).push(form);
    }
  });

  function caseMatches(text: string, start: number, end: number, shape: string): boolean {
    let j = start;
    for (let k = 0; k < shape.length; k++) {
      const want = shape.charCodeAt(k);
      if (want === SPACE) {
        while (j < end && foldWidth(text.charCodeAt(j)) === SPACE) j++;
        continue;
      }
      if (want >= 0x41 && want <= 0x5a && foldWidth(text.charCodeAt(j)) !== want) return false;
      j++;
    }
    return true;
  }

  function clauseSide(folded: Uint16Array, from: number, step: 1 | -1): boolean {
    for (let j = from; j >= 0 && j < folded.length; j += step) {
      const c = folded[j]!;
      if (isWordChar(c)) return false;
      if (isClauseBreak(c)) return true;
    }
    return true;
  }

  function accepts(form: Form, text: string, folded: Uint16Array, start: number, end: number): boolean {
    const n = folded.length;
    if (form.rightBoundary && end < n && isSpacedWordChar(folded[end]!)) return false;
    const f = flags[form.entry]!;
    if (f.standalone) {
      if (start > 0 && isWordChar(folded[start - 1]!)) return false;
      if (end < n && isWordChar(folded[end]!)) return false;
    }
    if (f.clause && !(clauseSide(folded, start - 1, -1) && clauseSide(folded, end, 1))) return false;
    if (f.caseSensitive && !caseMatches(text, start, end, form.shape)) return false;
    return true;
  }

  // Reused between calls: candidate (node, end) pairs found while walking the trie from one position.
  const candNodes: TrieNode[] = [];
  const candEnds: number[] = [];

  function find(text: string, options?: FindOptions): TermHit[] {
    const all = options?.all === true;
    const n = text.length;
    const folded = new Uint16Array(n);
    for (let i = 0; i < n; i++) folded[i] = fold(text.charCodeAt(i));

    const hits: TermHit[] = [];
    const reported = new Set<number>();
    let i = 0;
    while (i < n) {
      const c0 = folded[i]!;
      let node = root.get(c0);
      // Inside a Latin word nothing can start: every term starting with a Latin letter needs a boundary. This is the
      // only check of a form's left boundary (its first character is c0).
      if (!node || (i > 0 && isSpacedWordChar(c0) && isSpacedWordChar(folded[i - 1]!))) {
        i++;
        continue;
      }
      candNodes.length = 0;
      candEnds.length = 0;
      let j = i + 1;
      if (node.forms) {
        candNodes.push(node);
        candEnds.push(j);
      }
      while (node.next && j < n) {
        const c = folded[j]!;
        const child: TrieNode | undefined = node.next.get(c);
        if (!child) break;
        node = child;
        j++;
        if (c === SPACE) while (j < n && folded[j] === SPACE) j++;
        if (node.forms) {
          candNodes.push(node);
          candEnds.push(j);
        }
      }

      let matched = false;
      for (let k = candNodes.length - 1; k >= 0 && !matched; k--) {
        const end = candEnds[k]!;
        for (const form of candNodes[k]!.forms!) {
          if (!accepts(form, text, folded, i, end)) continue;
          matched = true;
          if (all || !reported.has(form.entry)) {
            reported.add(form.entry);
            hits.push({ id: flags[form.entry]!.id, term: text.slice(i, end), start: i, end });
          }
          i = end;
          break;
        }
      }
      if (!matched) i++;
    }
    return hits;
  }

  return { find };
}
