/**
 * "Translate selection with Red Thread" (the context menu), on the page's side: the selected
 * text goes through the page's translation port (one-off requests, like the composer's), and the
 * result shows in a small box next to the selection, in the reader's language.
 *
 * The box floats above the page in its own shadow root, beside the page's body; it never touches
 * the site's elements, not even the selection. It follows the selection while the page scrolls,
 * and closes with Esc, its × button, a click elsewhere, or when the selection scrolls away.
 */
import { h, render } from 'preact';
import { SelectionPopover, type SelectionState } from '@/components/SelectionPopover';
import popoverCss from '@/components/selection-popover.css?inline';
import { offScreen, placeBeside, type Box } from '@/utils/dom/placement';
import { t } from '@/utils/i18n/t';
import { nativeName, type LanguageCode } from '@/utils/languages';
import { MAX_SEGMENT_TEXT_CHARS } from '@/utils/schemas/messages';
import { splitText } from '@/utils/text/split';
import { providerName } from '@/utils/translation/provider-names';
import type { SegmentResult, TranslatorClient } from '@/utils/page/translator-client';

import { createShadowHost } from '@/utils/dom/shadow-host';
import { SELECTION_TAG } from '@/utils/dom/tags';

export interface SelectionDeps {
  client: Pick<TranslatorClient, 'translateOnce'>;
  /** The reader's language, read at the moment of the request. */
  to(): LanguageCode;
  /** The content script's lifetime: when it ends, the box goes. */
  signal: AbortSignal;
}

export class SelectionTranslator {
  private host: HTMLElement | null = null;
  private container: HTMLElement | null = null;
  /** Where the box is anchored: the selection's range, or the point where the menu was opened. */
  private range: Range | null = null;
  private point: { x: number; y: number } | null = null;
  private lastContextMenu: { x: number; y: number } | null = null;
  private returnFocus: HTMLElement | null = null;
  private text = '';
  private to: LanguageCode = 'en';
  private state: SelectionState = { phase: 'translating' };
  /** Each request's number: an answer to an older one (closed, or replaced) is dropped. */
  private request = 0;
  private frame = 0;

  constructor(private readonly deps: SelectionDeps) {
    document.addEventListener('contextmenu', this.onContextMenu, { capture: true, passive: true, signal: deps.signal });
    deps.signal.addEventListener('abort', () => this.close(), { once: true });
  }

  /**
   * The menu was chosen with this text selected. `menuPoint`: where the context menu was opened,
   * as the content script saw it (this module may have been loaded after that event).
   */
  show(text: string, menuPoint?: { x: number; y: number } | null): void {
    this.close();
    this.text = text;
    this.to = this.deps.to();
    this.range = currentRangeFor(text);
    this.point = this.range ? null : (menuPoint ?? this.lastContextMenu);
    this.returnFocus = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    this.mount();
    void this.translate(false);
    (this.container?.querySelector('.sel') as HTMLElement | null)?.focus({ preventScroll: true });
  }

  close(): void {
    this.request += 1;
    if (!this.host) return;
    const hadFocus = this.host.matches(':focus-within');
    document.removeEventListener('keydown', this.onKey, true);
    document.removeEventListener('pointerdown', this.onPointerDown, true);
    document.removeEventListener('scroll', this.onScroll, true);
    removeEventListener('resize', this.onScroll);
    cancelAnimationFrame(this.frame);
    if (this.container) render(null, this.container);
    this.host.remove();
    this.host = null;
    this.container = null;
    this.range = null;
    if (hadFocus && this.returnFocus?.isConnected) this.returnFocus.focus({ preventScroll: true });
    this.returnFocus = null;
  }

  private async translate(retry: boolean): Promise<void> {
    const request = ++this.request;
    this.state = { phase: 'translating' };
    this.paint();
    const pieces = splitText(this.text, MAX_SEGMENT_TEXT_CHARS);
    const results = await Promise.all(pieces.map((piece) => this.deps.client.translateOnce(piece, this.to, retry)));
    if (request !== this.request || !this.host) return;
    const failed = results.find((r): r is Extract<SegmentResult, { ok: false }> => !r.ok);
    if (failed) {
      this.state = { phase: 'error', message: t('selectionFailed', failed.message), retryable: failed.retryable };
    } else {
      const done = results as Array<Extract<SegmentResult, { ok: true }>>;
      const text = done.map((r, i) => r.text + (i < pieces.length - 1 ? (pieces[i]!.endsWith('\n') ? '\n' : ' ') : '')).join('');
      this.state = { phase: 'done', text, via: t('selectionVia', [providerName(done[0]?.provider ?? ''), nativeName(this.to)]) };
    }
    this.paint();
  }

  private mount(): void {
    const { host, container } = createShadowHost(SELECTION_TAG, popoverCss);
    this.host = host;
    this.container = container;
    document.addEventListener('keydown', this.onKey, true);
    document.addEventListener('pointerdown', this.onPointerDown, true);
    document.addEventListener('scroll', this.onScroll, { capture: true, passive: true });
    addEventListener('resize', this.onScroll, { passive: true });
    this.paint();
  }

  private paint(): void {
    if (!this.container) return;
    render(
      h(SelectionPopover, {
        state: this.state,
        lang: this.to,
        labels: { heading: t('selectionHeading'), translating: t('selectionTranslating'), retry: t('selectionRetry'), close: t('selectionClose') },
        onRetry: () => void this.translate(true),
        onClose: () => this.close(),
      }),
      this.container,
    );
    this.place();
  }

  /** Next to the selection (below, or above when below has no room), inside the screen. */
  private place(): void {
    if (!this.host) return;
    const anchor = this.anchor();
    const viewport = { width: document.documentElement.clientWidth || innerWidth, height: innerHeight };
    if (anchor && this.range && offScreen(anchor, viewport)) {
      this.close();
      return;
    }
    const box = this.host.getBoundingClientRect();
    const at = placeBeside(anchor ?? { top: 64, left: (viewport.width - box.width) / 2, width: 0, height: 0 }, { width: box.width, height: box.height }, viewport);
    this.host.style.top = `${at.top}px`;
    this.host.style.left = `${at.left}px`;
    this.host.setAttribute('data-rt-side', at.side);
  }

  private anchor(): Box | null {
    if (this.range) {
      const rect = this.range.getBoundingClientRect();
      // The page re-rendered and the selected nodes are gone: keep the box where it was.
      if (rect.width === 0 && rect.height === 0 && rect.top === 0 && rect.left === 0) return null;
      return { top: rect.top, left: rect.left, width: rect.width, height: rect.height };
    }
    return this.point ? { top: this.point.y, left: this.point.x, width: 0, height: 0 } : null;
  }

  private readonly onContextMenu = (event: MouseEvent) => {
    this.lastContextMenu = { x: event.clientX, y: event.clientY };
  };

  private readonly onKey = (event: KeyboardEvent) => {
    if (event.key === 'Escape') this.close();
  };

  private readonly onPointerDown = (event: Event) => {
    if (this.host && !event.composedPath().includes(this.host)) this.close();
  };

  private readonly onScroll = () => {
    cancelAnimationFrame(this.frame);
    this.frame = requestAnimationFrame(() => this.place());
  };
}

/** The page's selection, when it is the text the menu was chosen on (not, say, a selection inside a text box). */
function currentRangeFor(text: string): Range | null {
  const selection = getSelection();
  if (!selection || selection.rangeCount === 0 || selection.isCollapsed) return null;
  const squash = (s: string) => s.replace(/\s+/g, '');
  const selected = squash(selection.toString());
  const wanted = squash(text).slice(0, 200);
  if (!selected || !wanted || !selected.includes(wanted.slice(0, Math.min(wanted.length, selected.length)))) return null;
  return selection.getRangeAt(0).cloneRange();
}
