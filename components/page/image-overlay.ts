/**
 * The overlay over one note image, in its own shadow root (the site's CSS can't reach in, ours
 * can't leak out). Rendered from a plain view each time (a few blocks per image): translations in
 * boxes over the recognised text, a flip control (translation / original pixels), the list of the
 * image's lines with their translations, a quiet progress mark, or a reason with Retry.
 * Every text is set with textContent: recognised and translated text is never HTML.
 */
import { t } from '@/utils/i18n/t';
import type { Box } from '@/utils/image-text/blocks';

export { IMAGE_TEXT_TAG } from '@/utils/dom/tags';

export interface OverlayBlock {
  /** Where it goes, in the overlay's pixels. */
  box: Box;
  angle: number;
  lineHeight: number;
  lines: string[];
  original: string;
  /** null: not translated (not sent, or failed). */
  translation: string | null;
  failed: boolean;
  /** Slang in the original, explained (the guidance glossary, as under the page's other translations). */
  terms: ReadonlyArray<{ term: string; meaning: string; usage: string }>;
}

export interface OverlayView {
  frame: { left: number; top: number; width: number; height: number };
  phase: 'idle' | 'reading' | 'translating' | 'done' | 'failed';
  firstLoad: boolean;
  error: string;
  showOriginal: boolean;
  lang: string;
  blocks: OverlayBlock[];
  fileId: string;
  /** The recognition came from the cache (no model ran): a data attribute for tests and debugging. */
  cached: boolean;
  /** How long the background took to answer (recognition, or the cache): for tests and the bench. */
  readMs: number;
  /**
   * Where the progress, the list and a failure go: the image's lower edge (a note's slide), or its
   * top (a feed cover, whose lower edge holds the card title's caption).
   */
  edge: 'top' | 'bottom';
}

export interface OverlayActions {
  read(): void;
  retry(): void;
  flip(): void;
}

const CSS = `
:host { all: initial; position: absolute; z-index: 2; pointer-events: none; contain: layout style;
  font-family: system-ui, -apple-system, 'Segoe UI', 'PingFang SC', 'Noto Sans CJK SC', sans-serif; }
.layer { position: absolute; inset: 0; overflow: hidden; }
.block { position: absolute; box-sizing: border-box; display: flex; align-items: center; justify-content: center;
  padding: 1px 4px; border-radius: 4px; background: rgba(18, 18, 22, 0.93); color: #fff; text-align: center;
  line-height: 1.18; pointer-events: auto; user-select: text; -webkit-user-select: text; cursor: text;
  overflow-wrap: anywhere; box-shadow: 0 0 0 1px rgba(255, 255, 255, 0.18); }
.block.failed { background: rgba(120, 20, 24, 0.86); }
.original .block { display: none; }
button { all: unset; box-sizing: border-box; pointer-events: auto; cursor: pointer; font: 600 12px/1 inherit;
  font-family: inherit; border-radius: 999px; padding: 6px 10px; background: rgba(18, 18, 22, 0.78); color: #fff; }
button:focus-visible { outline: 2px solid #ff5a6e; outline-offset: 2px; }
button:hover { background: rgba(18, 18, 22, 0.92); }
.flip { position: absolute; top: 8px; left: 8px; }
.flip[aria-pressed="true"] { background: #e0263d; }
.status { position: absolute; left: 8px; bottom: 8px; max-width: calc(100% - 16px); display: flex; gap: 8px; align-items: center;
  padding: 5px 10px; border-radius: 999px; background: rgba(18, 18, 22, 0.72); color: #fff; font-size: 12px; pointer-events: auto; }
.status.error { background: rgba(120, 20, 24, 0.9); border-radius: 10px; }
.status button { padding: 3px 8px; background: rgba(255, 255, 255, 0.2); }
.spin { width: 10px; height: 10px; border-radius: 50%; border: 2px solid rgba(255,255,255,.35); border-top-color: #fff; animation: spin 0.9s linear infinite; flex: none; }
@keyframes spin { to { transform: rotate(360deg); } }
@media (prefers-reduced-motion: reduce) { .spin { animation: none; } }
.ask { position: absolute; top: 8px; left: 8px; opacity: 0.88; }
.ask:hover, .ask:focus-visible { opacity: 1; }
details { position: absolute; left: 8px; bottom: 8px; max-width: calc(100% - 16px); pointer-events: auto; color: #fff; font-size: 12px; }
summary { cursor: pointer; list-style: none; display: inline-block; padding: 5px 10px; border-radius: 999px; background: rgba(18, 18, 22, 0.72); }
summary:focus-visible { outline: 2px solid #ff5a6e; outline-offset: 2px; }
details[open] summary { border-radius: 10px 10px 0 0; }
ol { margin: 0; padding: 8px 12px 8px 28px; max-height: 40vh; overflow: auto; background: rgba(18, 18, 22, 0.9); border-radius: 0 10px 10px 10px; user-select: text; -webkit-user-select: text; }
li { margin: 0 0 6px; }
:host([data-edge="top"]) .status { bottom: auto; top: 8px; }
:host([data-edge="top"]) .status.later { top: 40px; }
:host([data-edge="top"]) details { bottom: auto; left: auto; top: 8px; right: 8px; text-align: right; }
:host([data-edge="top"]) details[open] { left: 8px; }
:host([data-edge="top"]) ol { text-align: left; border-radius: 10px 0 10px 10px; }
.src { opacity: 0.75; display: block; }
.terms { display: block; margin-top: 3px; font-size: 11px; opacity: 0.9; }
.term { display: inline-block; margin: 2px 6px 0 0; padding: 1px 6px; border-radius: 999px; background: rgba(255, 255, 255, 0.16); font-weight: 600; }
`;

export function renderImageOverlay(host: HTMLElement, view: OverlayView, actions: OverlayActions): void {
  const root = host.shadowRoot ?? host.attachShadow({ mode: 'open' });
  Object.assign(host.style, { left: `${view.frame.left}px`, top: `${view.frame.top}px`, width: `${view.frame.width}px`, height: `${view.frame.height}px` });
  host.dataset.phase = view.phase;
  host.dataset.fileId = view.fileId;
  host.dataset.cached = String(view.cached);
  host.dataset.readMs = String(Math.round(view.readMs));
  host.dataset.edge = view.edge;
  const el = (tag: string, cls?: string, text?: string) => {
    const node = document.createElement(tag);
    if (cls) node.className = cls;
    if (text !== undefined) node.textContent = text;
    return node;
  };
  const parts: Node[] = [el('style', undefined, CSS)];
  const button = (cls: string, label: string, onClick: () => void, extra?: Record<string, string>) => {
    const b = el('button', cls, label) as HTMLButtonElement;
    b.type = 'button';
    for (const [k, v] of Object.entries(extra ?? {})) b.setAttribute(k, v);
    b.addEventListener('click', (event) => {
      event.stopPropagation(); // the carousel must not take the click as its own
      onClick();
    });
    return b;
  };

  if (view.phase === 'idle') {
    parts.push(button('ask', t('imageTextRead'), actions.read));
  } else if (view.phase === 'reading' || view.phase === 'translating') {
    const status = el('div', 'status');
    status.setAttribute('role', 'status');
    status.append(el('span', 'spin'), el('span', undefined, view.phase === 'translating' ? t('imageTextTranslating') : view.firstLoad ? t('imageTextLoadingModels') : t('imageTextReading')));
    parts.push(status);
  } else if (view.phase === 'failed') {
    const status = el('div', 'status error');
    status.setAttribute('role', 'alert');
    status.append(el('span', undefined, view.error), button('retry', t('imageTextRetry'), actions.retry));
    parts.push(status);
  } else if (view.blocks.length > 0) {
    const translated = view.blocks.some((b) => b.translation !== null || b.failed);
    const layer = el('div', view.showOriginal ? 'layer original' : 'layer');
    for (const block of view.blocks) {
      if (block.translation === null && !block.failed) continue;
      const node = el('div', block.failed ? 'block failed' : 'block', block.translation ?? block.original);
      if (block.translation !== null) node.setAttribute('lang', view.lang);
      placeBlock(node, block);
      layer.append(node);
    }
    // Nothing translated (all of it in the reader's language, a price, the watermark): no boxes and
    // no flip control, only the list of what the image says.
    if (translated) {
      parts.push(layer);
      parts.push(button('flip', view.showOriginal ? t('imageTextShowTranslation') : t('imageTextShowOriginal'), actions.flip, { 'aria-pressed': String(view.showOriginal) }));
    }
    const list = el('details');
    list.append(el('summary', undefined, t('imageTextList', String(view.blocks.length))));
    const ol = el('ol');
    for (const block of view.blocks) {
      const li = el('li');
      li.append(el('span', 'src', block.lines.join(' / ')));
      if (block.translation !== null) {
        const tr = el('span', undefined, block.translation);
        tr.setAttribute('lang', view.lang);
        li.append(tr);
      } else if (block.failed) li.append(el('span', undefined, t('imageTextTranslationFailed')));
      if (block.terms.length > 0) {
        const terms = el('span', 'terms');
        terms.setAttribute('aria-label', t('overlaySlang'));
        for (const term of block.terms) {
          const chip = el('span', 'term', term.term);
          chip.title = term.usage;
          terms.append(chip, `${term.meaning} `);
        }
        li.append(terms);
      }
      ol.append(li);
    }
    list.append(ol);
    parts.push(list);
    if (view.blocks.some((b) => b.failed)) {
      const status = el('div', 'status error later');
      if (view.edge === 'bottom') status.style.bottom = '40px';
      status.append(el('span', undefined, t('imageTextTranslationFailed')), button('retry', t('imageTextRetry'), actions.retry));
      parts.push(status);
    }
  }
  // Keep focus on the flip control across re-renders (keyboard users flip back and forth).
  const focused = (root.activeElement as HTMLElement | null)?.className;
  root.replaceChildren(...parts);
  if (focused) root.querySelector<HTMLElement>(`button.${focused.split(' ')[0]}`)?.focus();
}

/** The block's box, turned to a tilted caption's angle, with a font size that fits its lines. */
function placeBlock(node: HTMLElement, block: OverlayBlock): void {
  const { angle } = block;
  // A little wider than the detected box: strokes of big bold captions reach past it.
  const pad = Math.min(8, block.lineHeight * 0.12);
  const box = { x: block.box.x - pad, y: block.box.y - pad, width: block.box.width + 2 * pad, height: block.box.height + 2 * pad };
  const sin = Math.abs(Math.sin(angle)),
    cos = Math.abs(Math.cos(angle));
  // For a tilted block, the box is the turned rectangle's bounds: recover its own width and height.
  const height = Math.min(box.height, block.lineHeight * block.lines.length * 1.05 + 4);
  const width = cos > 0.2 && sin > 0.02 ? Math.max(height, (box.width - height * sin) / cos) : box.width;
  const cx = box.x + box.width / 2,
    cy = box.y + box.height / 2;
  const h = sin > 0.02 ? height : box.height;
  Object.assign(node.style, {
    left: `${cx - width / 2}px`,
    top: `${cy - h / 2}px`,
    width: `${width}px`,
    minHeight: `${h}px`,
    transform: sin > 0.02 ? `rotate(${angle}rad)` : '',
    fontSize: `${fontSize(block, width, h)}px`,
  });
}

/** About the original's size, smaller when the translation is longer than the space allows. */
function fontSize(block: OverlayBlock, width: number, height: number): number {
  const text = block.translation ?? block.original;
  const base = Math.max(11, Math.min(block.lineHeight * 0.62, 40));
  // Average glyph width about 0.55 em for Latin, 1 em for CJK.
  const cjk = /[\u3400-\u9fff]/.test(text);
  const ems = text.length * (cjk ? 1 : 0.55);
  const fit = Math.sqrt((width * height) / Math.max(1, ems * 1.25));
  return Math.round(Math.max(10, Math.min(base * 1.1, fit)));
}
