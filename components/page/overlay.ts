/**
 * The element Red Thread inserts beside a unit: <red-thread-overlay>, with an open shadow root
 * (isolated from the page's CSS, reachable by accessibility tools and tests) holding the unit's
 * translation block (components/translation-block.ts). It only ever sits as the unit's next
 * sibling; it never wraps or enters what the page owns.
 */
import { actionAt, renderTranslationBlock, type BlockAction, type TranslationBlockProps } from '@/components/translation-block';
import blockCss from '@/components/translation-block.css?inline';
import { cardPlacer } from '@/utils/dom/card-placement';
import { OVERLAY_TAG } from '@/utils/dom/tags';
import type { UnitKind } from '@/utils/schemas/settings';

const NO_TERMS: TranslationBlockProps['terms'] = [];

let sharedSheet: CSSStyleSheet | null | undefined;

/** One constructed stylesheet shared by every overlay, where the browser lets a content script adopt it. */
function adoptStyles(root: ShadowRoot): HTMLStyleElement | null {
  if (sharedSheet === undefined) {
    try {
      const sheet = new CSSStyleSheet();
      sheet.replaceSync(blockCss);
      root.adoptedStyleSheets = [sheet];
      sharedSheet = sheet;
      return null;
    } catch {
      sharedSheet = null; // e.g. Firefox content scripts: fall back to a <style> per root
    }
  }
  if (sharedSheet) {
    root.adoptedStyleSheets = [sharedSheet];
    return null;
  }
  const style = document.createElement('style');
  style.textContent = blockCss;
  root.append(style);
  return style;
}

/** Which overlay a shadow root belongs to, for the one click listener all of them share. */
const overlayOfRoot = new WeakMap<ShadowRoot, Overlay>();

/**
 * Clicks on our controls are ours: they stop at the overlay's root and never reach the page's
 * own handlers on the comment around (opening a reply box, say). One function for every overlay,
 * so a page of thousands holds no closure per overlay.
 */
function onRootClick(event: Event): void {
  const overlay = overlayOfRoot.get(event.currentTarget as ShadowRoot);
  const action = actionAt(event.target);
  if (!overlay || !action) return;
  event.stopPropagation();
  overlay.onAction(overlay, action);
}

export type OverlayActionHandler = (overlay: Overlay, action: BlockAction) => void;

export class Overlay {
  readonly host: HTMLElement;
  private readonly root: ShadowRoot;
  /** Firefox's per-root <style> (null where the shared sheet is adopted): kept across renders. */
  private readonly style: HTMLStyleElement | null;
  private rendered: TranslationBlockProps | null = null;
  /** On a grid card (a feed title): placed inside the card's footprint, taking no room (card-placement.ts). */
  private readonly onCard: boolean;

  /** `onAction` hears the block's buttons (retry, the toggles, the slang chips); one handler may serve every overlay. */
  constructor(
    kind: UnitKind,
    unitId: string,
    readonly onAction: OverlayActionHandler,
  ) {
    this.onCard = kind === 'feedTitle';
    this.host = document.createElement(OVERLAY_TAG);
    this.host.setAttribute('data-rt-kind', kind);
    this.host.setAttribute('data-rt-unit', unitId);
    this.root = this.host.attachShadow({ mode: 'open' });
    this.style = adoptStyles(this.root);
    overlayOfRoot.set(this.root, this);
    this.root.addEventListener('click', onRootClick);
  }

  /** True when the overlay is where it belongs: right after its unit. */
  isPlacedAfter(anchor: Element): boolean {
    return anchor.nextSibling === this.host;
  }

  placeAfter(anchor: Element): void {
    if (!this.isPlacedAfter(anchor)) anchor.after(this.host);
  }

  /**
   * `quiet`: a waiting placeholder that is not shown yet (display: none, so it costs the page no
   * layout); most answers come before it would have been seen.
   */
  render(props: TranslationBlockProps, quiet = false): void {
    // A card has no room for slang chips: they are shown where the text flows (the note itself).
    if (this.onCard && props.terms.length > 0) props = { ...props, terms: NO_TERMS };
    if (this.onCard) cardPlacer.schedule(this.host);
    if (quiet) this.host.style.setProperty('display', 'none');
    else this.host.style.removeProperty('display');
    this.host.setAttribute('data-rt-state', props.state);
    this.host.setAttribute('data-rt-mode', props.mode);
    this.host.toggleAttribute('data-rt-original', props.showingOriginal);
    this.host.toggleAttribute('data-rt-collapsed', props.collapsed);
    if (this.rendered && sameBlock(this.rendered, props)) return;
    // Keyboard focus on one of our buttons survives the rebuild (same action, same place).
    const focused = this.root.activeElement?.getAttribute('data-rt-action') ?? null;
    const focusedTerm = this.root.activeElement?.getAttribute('data-rt-term') ?? null;
    renderTranslationBlock(this.host, this.root, props, this.style);
    this.rendered = props;
    const refocus = focusedTerm ? this.root.querySelector(`[data-rt-term="${CSS.escape(focusedTerm)}"]`) : focused ? this.root.querySelector(`[data-rt-action="${focused}"]`) : null;
    (refocus as HTMLElement | null)?.focus();
  }

  remove(): void {
    if (this.onCard) cardPlacer.forget(this.host);
    this.host.remove();
  }
}

/** Whether two renders would build the same block (the common case when only the position changed). */
function sameBlock(a: TranslationBlockProps, b: TranslationBlockProps): boolean {
  return (
    a.state === b.state &&
    a.parts === b.parts &&
    a.original === b.original &&
    a.lang === b.lang &&
    a.mode === b.mode &&
    a.showingOriginal === b.showingOriginal &&
    a.collapsed === b.collapsed &&
    a.placeholderLines === b.placeholderLines &&
    a.error === b.error &&
    a.terms === b.terms &&
    a.openTerm === b.openTerm &&
    a.labels === b.labels
  );
}
