/**
 * The one stylesheet Red Thread adds to the page itself. It hides an original in replace mode
 * through `:has(+ overlay)` (so the page's own elements are never touched), and hides every
 * overlay while the page switch is off.
 */
import { OVERLAY_TAG } from '@/utils/dom/tags';
import { UNIT_SELECTOR } from '@/utils/sites/xiaohongshu/selectors';

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
    const replaced = `:is(${UNIT_SELECTOR}):has(+ ${OVERLAY_TAG}[data-rt-mode="replace"][data-rt-state="done"]:not([data-rt-original]):not([data-rt-collapsed]))`;
    this.style.textContent = `${replaced}{display:none!important}` + (this.enabled ? '' : `${OVERLAY_TAG}{display:none!important}`);
  }
}
