/**
 * One unit's translation, as the reader sees it under (or instead of) the original, built with
 * plain DOM calls into the overlay's shadow root.
 *
 * Why not Preact, like the rest of the interface: a comment page holds thousands of these, and
 * each one's cost is paid thousands of times. A finished translation is 3 nodes in its shadow
 * root (the text, and the toggle with its glyph), where a component tree was about
 * 8 with its virtual DOM and closures kept alive beside it; the waiting placeholder is the host's
 * own box (no nodes at all). Blocks are rebuilt only when their state changes, which is rare, so
 * there is nothing to diff.
 *
 * Every text shown is set as text (text nodes, textContent, attributes), never as HTML.
 */
import type { TermChip } from '@/utils/guidance/runtime';
import type { Part } from '@/utils/sites/xiaohongshu/extract';

export interface TranslationBlockLabels {
  translating: string;
  failed: string;
  retry: string;
  showOriginal: string;
  hideOriginal: string;
  hideTranslation: string;
  showTranslation: string;
  /** "Translated from Chinese by Microsoft" (already filled in). */
  provenance: string;
  region: string;
  /** "Slang explained" (the chips' group name). */
  slang: string;
}

export interface TranslationBlockProps {
  state: 'waiting' | 'done' | 'error';
  /** Translated parts (text runs translated, kept tokens as they were). */
  parts: readonly Part[];
  /** The original text, offered on hover in replace mode. */
  original: string;
  lang: string;
  mode: 'bilingual' | 'replace';
  showingOriginal: boolean;
  collapsed: boolean;
  /** Roughly how many lines the placeholder should reserve. */
  placeholderLines: number;
  error?: string | undefined;
  /** Slang in the original, explained (glossary chips). */
  terms: readonly TermChip[];
  /** The chip whose explanation is open, if any. */
  openTerm: string | null;
  labels: TranslationBlockLabels;
}

/** What a click inside a block asks for (read back from its `data-rt-action` / `data-rt-term`). */
export type BlockAction = { action: 'retry' | 'toggle-original' | 'toggle-translation' } | { action: 'toggle-term'; term: string };

/** The attributes a block sets on its host (they also drive the page stylesheet and tests). */
const HOST_ATTRIBUTES = ['role', 'aria-busy', 'aria-label', 'title', 'lang'] as const;

/**
 * Fills `root` with the block for `props`, and sets the host's own attributes (role, label,
 * language, tooltip). Replaces whatever the root held, except the stylesheet element Firefox
 * needs (`keep`).
 */
export function renderTranslationBlock(host: HTMLElement, root: ShadowRoot, props: TranslationBlockProps, keep: Node | null): void {
  const { labels } = props;
  const attributes: Partial<Record<(typeof HOST_ATTRIBUTES)[number], string>> = {};
  const children: Node[] = [];
  host.style.removeProperty('--rt-lines');

  if (props.state === 'waiting') {
    // The placeholder is the host's own box (:host([data-rt-state=waiting]) in the CSS).
    host.style.setProperty('--rt-lines', String(props.placeholderLines));
    Object.assign(attributes, { role: 'status', 'aria-busy': 'true', 'aria-label': labels.translating });
  } else if (props.state === 'error') {
    attributes.role = 'alert';
    children.push(element('span', 'rt-error', props.error ? `${labels.failed} ${props.error}` : labels.failed));
    children.push(button('rt-button', 'retry', labels.retry));
  } else if (props.collapsed) {
    const show = button('rt-button rt-button--quiet', 'toggle-translation', labels.showTranslation);
    show.setAttribute('aria-expanded', 'false');
    children.push(show);
  } else {
    const replace = props.mode === 'replace';
    Object.assign(attributes, {
      role: 'note',
      'aria-label': `${labels.region}. ${labels.provenance}`,
      // In replace mode the original is a hover away; otherwise, who translated it.
      title: replace && !props.showingOriginal ? props.original : labels.provenance,
      lang: props.lang,
    });
    props.parts.forEach((part, i) => {
      // Parts were split at kept tokens (mentions, hashtags, emoji codes): a space keeps them apart.
      const gap = i > 0 ? ' ' : '';
      if (part.kind === 'keep') {
        if (gap) children.push(document.createTextNode(gap));
        children.push(element('span', 'rt-keep', part.text));
      } else {
        const previous = children.at(-1);
        if (previous?.nodeType === Node.TEXT_NODE) (previous as Text).appendData(gap + part.text);
        else children.push(document.createTextNode(gap + part.text));
      }
    });
    // One small control, inline after the text: a glyph, named by aria-label.
    const toggleLabel = replace ? (props.showingOriginal ? labels.hideOriginal : labels.showOriginal) : labels.hideTranslation;
    const toggle = button('rt-toggle', replace ? 'toggle-original' : 'toggle-translation', replace ? '⇄' : '−');
    toggle.setAttribute('aria-label', toggleLabel);
    toggle.title = toggleLabel;
    if (replace) toggle.setAttribute('aria-pressed', String(props.showingOriginal));
    else toggle.setAttribute('aria-expanded', 'true');
    children.push(toggle);
    if (props.terms.length > 0) children.push(chips(props.terms, props.openTerm, labels.slang));
  }

  for (const name of HOST_ATTRIBUTES) {
    const value = attributes[name];
    if (value === undefined) host.removeAttribute(name);
    else if (host.getAttribute(name) !== value) host.setAttribute(name, value);
  }
  if (keep) root.replaceChildren(keep, ...children);
  else root.replaceChildren(...children);
}

/** The action a click at `target` (inside a block) asks for, if any. */
export function actionAt(target: EventTarget | null): BlockAction | null {
  const el = target instanceof Element ? target.closest('[data-rt-action], [data-rt-term]') : null;
  if (!el) return null;
  const term = el.getAttribute('data-rt-term');
  if (term) return { action: 'toggle-term', term };
  const action = el.getAttribute('data-rt-action');
  return action === 'retry' || action === 'toggle-original' || action === 'toggle-translation' ? { action } : null;
}

/** Slang chips: each opens its explanation (term, pinyin, meaning, when people use it) under the block. */
function chips(terms: readonly TermChip[], openId: string | null, label: string): HTMLElement {
  const group = element('div', 'rt-chips');
  group.setAttribute('role', 'group');
  group.setAttribute('aria-label', label);
  for (const term of terms) {
    const chip = element('button', 'rt-chip', term.term);
    chip.setAttribute('type', 'button');
    chip.setAttribute('data-rt-term', term.id);
    chip.setAttribute('aria-expanded', String(term.id === openId));
    group.append(chip);
  }
  const open = terms.find((t) => t.id === openId);
  if (open) {
    const explain = element('div', 'rt-explain');
    explain.setAttribute('role', 'region');
    explain.setAttribute('aria-label', open.term);
    explain.setAttribute('data-rt-explain', open.id);
    explain.append(element('strong', null, open.term));
    if (open.pinyin) explain.append(element('span', 'rt-pinyin', ` ${open.pinyin}`));
    explain.append(element('span', null, ` — ${open.meaning}`), element('div', 'rt-usage', open.usage));
    group.append(explain);
  }
  return group;
}

function button(className: string, action: string, text: string): HTMLButtonElement {
  const el = element('button', className, text);
  el.type = 'button';
  el.setAttribute('data-rt-action', action);
  return el;
}

function element<K extends keyof HTMLElementTagNameMap>(tag: K, className: string | null, text?: string): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  if (className) el.className = className;
  if (text) el.textContent = text;
  return el;
}
