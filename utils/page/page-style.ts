/**
 * The one stylesheet Red Thread adds to the page itself. It hides an original in replace mode
 * through `:has(+ overlay)` (so the page's own elements are never touched), and hides every
 * overlay while the page switch is off.
 */
import { OVERLAY_TAG } from '@/utils/dom/tags';
import { CARD_SELECTOR, UNIT_SELECTOR } from '@/utils/sites/xiaohongshu/selectors';

export class PageStyle {
  private readonly style: HTMLStyleElement;
  private enabled = true;

  /** In the page until `signal` ends. */
  constructor(signal: AbortSignal) {
    signal.addEventListener('abort', () => this.style.remove(), { once: true });
    this.style = document.createElement('style');
    this.style.setAttribute('data-red-thread', '');
    this.update();
    (document.head ?? document.documentElement).append(this.style);
  }

  setEnabled(enabled: boolean): void {
    if (this.enabled === enabled) return;
    this.enabled = enabled;
    this.update();
  }

  private update(): void {
    const shown = `${OVERLAY_TAG}[data-rt-mode="replace"][data-rt-state="done"]:not([data-rt-original]):not([data-rt-collapsed])`;
    // Where the page flows (note, comments, bio), the original makes way for the translation.
    const replaced = `:is(${UNIT_SELECTOR}):has(+ ${shown}:not([data-rt-kind="feedTitle"]))`;
    // On a grid card nothing may change size: the title keeps its box and is only faded out under
    // the translation (card-placement.ts), and back in while it is hovered or focused.
    const cardTitle = `:is(${UNIT_SELECTOR}):has(+ ${shown}[data-rt-kind="feedTitle"])`;
    const cardRules =
      `${cardTitle}:not(:hover):not(:focus-visible){opacity:0!important}` +
      `${cardTitle}:is(:hover,:focus-visible) + ${OVERLAY_TAG}{opacity:0!important}` +
      // The card's toggle shows while the card is hovered or holds focus.
      `${CARD_SELECTOR}:is(:hover,:focus-within) ${OVERLAY_TAG}{--rt-card-hover:1}`;
    // Switched off for the page: every overlay hidden, and every original shown as the site has it.
    this.style.textContent = this.enabled ? `${replaced}{display:none!important}` + cardRules : `${OVERLAY_TAG}{display:none!important}`;
  }
}
