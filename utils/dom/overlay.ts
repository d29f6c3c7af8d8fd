/**
 * The element Red Thread inserts beside a unit: <red-thread-overlay>, an open shadow root
 * (isolated from the page's CSS, reachable by accessibility tools and tests) holding a Preact
 * TranslationBlock. It only ever sits as the unit's next sibling; it never wraps or enters
 * what the page owns.
 */
import { h, render } from 'preact';
import { TranslationBlock, type TranslationBlockProps } from '@/components/TranslationBlock';
import blockCss from '@/components/translation-block.css?inline';
import type { UnitKind } from '../schemas/settings';

export const OVERLAY_TAG = 'red-thread-overlay';

let sharedSheet: CSSStyleSheet | null | undefined;

/** One constructed stylesheet shared by every overlay, where the browser lets a content script adopt it. */
function adoptStyles(root: ShadowRoot): void {
  if (sharedSheet === undefined) {
    try {
      const sheet = new CSSStyleSheet();
      sheet.replaceSync(blockCss);
      root.adoptedStyleSheets = [sheet];
      sharedSheet = sheet;
      return;
    } catch {
      sharedSheet = null; // e.g. Firefox content scripts: fall back to a <style> per root
    }
  }
  if (sharedSheet) {
    root.adoptedStyleSheets = [sharedSheet];
  } else {
    const style = document.createElement('style');
    style.textContent = blockCss;
    root.append(style);
  }
}

export function isOverlay(node: Node): boolean {
  return node.nodeType === 1 && (node as Element).localName === OVERLAY_TAG;
}

export class Overlay {
  readonly host: HTMLElement;
  private readonly root: ShadowRoot;

  constructor(kind: UnitKind, unitId: string) {
    this.host = document.createElement(OVERLAY_TAG);
    this.host.setAttribute('data-rt-kind', kind);
    this.host.setAttribute('data-rt-unit', unitId);
    this.root = this.host.attachShadow({ mode: 'open' });
    adoptStyles(this.root);
  }

  /** True when the overlay is where it belongs: right after its unit. */
  isPlacedAfter(anchor: Element): boolean {
    return anchor.nextSibling === this.host;
  }

  placeAfter(anchor: Element): void {
    if (!this.isPlacedAfter(anchor)) anchor.after(this.host);
  }

  render(props: TranslationBlockProps): void {
    this.host.setAttribute('data-rt-state', props.state);
    this.host.setAttribute('data-rt-mode', props.mode);
    this.host.toggleAttribute('data-rt-original', props.showingOriginal);
    this.host.toggleAttribute('data-rt-collapsed', props.collapsed);
    render(h(TranslationBlock, props), this.root);
  }

  remove(): void {
    render(null, this.root);
    this.host.remove();
  }
}
