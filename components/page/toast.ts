/**
 * A short message on the page after a keyboard shortcut ("Red Thread is off on this page"), in
 * the reader's language. A polite live region, so screen readers say it too; it never takes the
 * focus or the pointer and goes away by itself. Beside the page's body, never inside the site.
 */
import toastCss from '@/components/page-toast.css?inline';
import { createShadowHost } from '@/utils/dom/shadow-host';
import { TOAST_TAG } from '@/utils/dom/tags';

/** Long enough to read a short sentence, short enough not to linger over the page. */
export const TOAST_MS = 2500;

export class PageToast {
  private host: HTMLElement | null = null;
  private box: HTMLElement | null = null;
  private hideTimer: ReturnType<typeof setTimeout> | undefined;

  /** Gone with `signal` (the content script's lifetime). */
  constructor(signal: AbortSignal) {
    signal.addEventListener('abort', () => this.destroy(), { once: true });
  }

  show(message: string): void {
    const box = this.ensure();
    clearTimeout(this.hideTimer);
    // A fresh text node in a region that already exists: screen readers announce the change,
    // even when the same message comes twice in a row.
    box.textContent = '';
    requestAnimationFrame(() => {
      box.textContent = message;
      box.classList.add('toast--shown');
      this.host?.setAttribute('data-rt-toast', message);
    });
    this.hideTimer = setTimeout(() => this.hide(), TOAST_MS);
  }

  private destroy(): void {
    clearTimeout(this.hideTimer);
    this.host?.remove();
    this.host = null;
    this.box = null;
  }

  private hide(): void {
    if (!this.box || !this.host) return;
    this.box.classList.remove('toast--shown');
    this.box.textContent = '';
    this.host.removeAttribute('data-rt-toast');
  }

  private ensure(): HTMLElement {
    if (this.box && this.host?.isConnected) return this.box;
    const { host, container: box } = createShadowHost(TOAST_TAG, toastCss);
    box.className = 'toast';
    box.setAttribute('role', 'status');
    box.setAttribute('aria-live', 'polite');
    this.host = host;
    this.box = box;
    return box;
  }
}
