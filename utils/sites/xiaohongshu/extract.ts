/**
 * Reads one unit element into parts: runs of text (to translate) and tokens kept as they are
 * (hashtags, @mentions). Emoji images are skipped; emoji codes like [doge] stay in the text runs
 * for display but are not language (see utils/text/language.ts). Reads the DOM, writes nothing.
 */
import { NOTIFICATION_PLACEHOLDERS } from './notifications';
import { KEEP_SELECTOR, SKIP_SELECTOR } from './selectors';

export type Part = { kind: 'text'; text: string } | { kind: 'keep'; text: string };

const BLOCK = /^(P|DIV|BR|LI)$/;

/** Emoji codes the site did not turn into images ([doge]) and topic tags written as text (#成都美食[话题]#). */
const KEEP_IN_TEXT = /\[[^[\]\s]{1,10}\]|#[^\s#]{1,30}\[话题\]#/g;

export function extractParts(root: Element): Part[] {
  const parts: Part[] = [];
  let text = '';
  const flush = () => {
    const clean = normalise(text);
    text = '';
    // The site's own words standing in for a deleted comment: not content.
    if (NOTIFICATION_PLACEHOLDERS.has(clean)) {
      parts.push({ kind: 'keep', text: clean });
      return;
    }
    let last = 0;
    for (const match of clean.matchAll(KEEP_IN_TEXT)) {
      const before = clean.slice(last, match.index).trim();
      if (before) parts.push({ kind: 'text', text: before });
      parts.push({ kind: 'keep', text: match[0] });
      last = match.index + match[0].length;
    }
    const rest = clean.slice(last).trim();
    if (rest) parts.push({ kind: 'text', text: rest });
  };
  const walk = (node: Node) => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 3) {
        text += (child as Text).data;
      } else if (child.nodeType === 1) {
        const el = child as Element;
        if (el.localName === 'red-thread-overlay') continue;
        if (el.matches(KEEP_SELECTOR)) {
          flush();
          const token = el.textContent.trim();
          if (token) parts.push({ kind: 'keep', text: token });
        } else if (!el.matches(SKIP_SELECTOR)) {
          // Read: anything but emoji images, icons, buttons and video.
          const block = BLOCK.test(el.tagName) && el.tagName !== 'BR';
          if (el.tagName === 'BR') text += '\n';
          // A block starts on a line of its own: text before it is not run into it.
          else if (block && text && !text.endsWith('\n')) text += '\n';
          walk(el);
          if (block) text += '\n';
        }
      }
    }
  };
  walk(root);
  flush();
  return parts;
}

/** Zero-width and direction-control characters are dropped; whitespace runs folded, line breaks kept. */
function normalise(text: string): string {
  return text
    .replace(/[\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]/g, '')
    .replace(/[ \t\u00a0]+/g, ' ')
    .replace(/ *\n */g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/** The unit's whole text, for change detection. */
export function partsKey(parts: readonly Part[]): string {
  // Stryker disable next-line EqualityOperator: marking the text runs instead of the kept tokens tells them apart as well
  return parts.map((p) => (p.kind === 'keep' ? `\u0001${p.text}` : p.text)).join('\u0002');
}
