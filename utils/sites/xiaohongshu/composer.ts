/**
 * RedNote's comment box, as the composer sees it: where it is, what the draft says, and how text
 * goes in the way typing does (Vue owns the box and only hears its own input events).
 * Selectors the site can change are here, beside the others of this site (selectors.ts).
 */
import { isLanguageCode, type LanguageCode } from '@/utils/languages';
import { guessByScript } from '@/utils/text/language';

/** The site's comment / reply box (a contenteditable owned by Vue). */
export const COMPOSER_BOX_SELECTOR = 'p#content-textarea, #content-textarea, .content-input';
/** The wrapper the composer's control goes after (the box itself: COMPOSER_BOX_SELECTOR). */
export const COMPOSER_ANCHOR_SELECTOR = '.input-box';
/** Where the post being answered is: its title and body. */
const NOTE_SELECTOR = '#noteContainer, .note-container';
const POST_TEXT_SELECTOR = '#detail-title, #detail-desc';

/** The draft as the user sees it: line breaks from <br> and blocks, emoji images as their alt code. */
export function readDraft(box: Element): string {
  let out = '';
  const walk = (node: Node) => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 3) {
        out += (child as Text).data;
        continue;
      }
      // Stryker disable next-line ConditionalExpression: a comment node (Vue's anchors) has no name and no children: read as nothing either way
      if (child.nodeType !== 1) continue;
      const el = child as Element;
      if (el.localName === 'br') out += '\n';
      else if (el.localName === 'img') out += el.getAttribute('alt') ?? '';
      else {
        if (/^(div|p|li)$/.test(el.localName) && out && !out.endsWith('\n')) out += '\n';
        walk(el);
      }
    }
  };
  walk(box);
  return out
    .replace(/[\u200b-\u200d\u2060\ufeff]/g, '')
    .replace(/\u00a0/g, ' ')
    .replace(/\n$/, '');
}

const sameText = (a: string, b: string) => a.replace(/\s+/g, ' ').trim() === b.replace(/\s+/g, ' ').trim();

/** Selects the box's whole text, or puts the caret at its start or end. */
function selectInBox(box: HTMLElement, caret?: 'start' | 'end'): void {
  const selection = window.getSelection();
  // Stryker disable next-line ConditionalExpression: a document shown in a window always has a selection
  if (!selection) return;
  const range = document.createRange();
  range.selectNodeContents(box);
  if (caret) range.collapse(caret === 'start');
  selection.removeAllRanges();
  selection.addRange(range);
}

/** One editing command on the selection, as typing runs it: an input event, an undo step. */
// Stryker disable next-line BooleanLiteral: the second argument (showUI) is ignored by every browser
const exec = (command: string, value?: string): boolean => document.execCommand(command, false, value);

/**
 * Types `text` over the selection. Firefox puts a <br> for each "\n" in one insertText; Chrome
 * turns "\n" inside insertText into new paragraphs (<div>s, several input events), so there lines
 * go in with insertLineBreak between.
 */
function typeText(text: string): void {
  if (import.meta.env.FIREFOX) {
    exec('insertText', text);
    return;
  }
  text.split('\n').forEach((line, i) => {
    if (i > 0) exec('insertLineBreak');
    // Stryker disable next-line ConditionalExpression: typing "" at the caret changes nothing
    if (line) exec('insertText', line);
  });
}

/**
 * Replaces the box's contents with `text` as typing would: the `input` events the site's own
 * listener hears, an undo step, the caret after the text. What the box then shows is the judge,
 * not the commands' return values; when it is not the text, the text is set directly.
 */
export function replaceBoxText(box: HTMLElement, text: string): boolean {
  box.focus();
  selectInBox(box);
  try {
    typeText(text);
  } catch {
    // No editing commands here (or they threw): the fallback below.
  }
  if (sameText(readDraft(box), text)) return true;
  // Fallback: the text set directly, then the event the site listens for.
  box.textContent = text;
  selectInBox(box, 'end');
  box.dispatchEvent(new InputEvent('input', { inputType: 'insertText', data: text, bubbles: true }));
  return sameText(readDraft(box), text);
}

/** Puts `text` at the very start of the draft (a greeting), the same typing-like way. */
export function insertAtStart(box: HTMLElement, text: string): void {
  box.focus();
  selectInBox(box, 'start');
  const before = readDraft(box);
  let typed = false;
  try {
    typed = exec('insertText', text);
  } catch {
    // No editing commands here (or they threw): the fallback below.
  }
  if (!typed) replaceBoxText(box, text + before);
  else selectInBox(box, 'end');
}

/** The language of the post being answered, from its title and body on the page. */
export function postLanguage(box: Element): LanguageCode | null {
  const scope: ParentNode = box.closest(NOTE_SELECTOR) ?? document;
  const text = [...scope.querySelectorAll(POST_TEXT_SELECTOR)]
    // An element's textContent is never null (only a document's or a doctype's is).
    .map((el) => el.textContent)
    .join('\n')
    .slice(0, 3000);
  const guess = guessByScript(text);
  if (guess.kind === 'latin') return 'en';
  // Stryker disable next-line ConditionalExpression: a guess without a language is no language code either (isLanguageCode below)
  if (guess.kind !== 'known') return null;
  if (guess.language === 'zh') return 'zh-CN';
  return isLanguageCode(guess.language) ? guess.language : null;
}
