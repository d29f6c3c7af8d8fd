/**
 * Newcomer guidance in the page, beyond the chips on translations:
 * - the site's own labels (关注, 展开 3 条回复, IP属地 …): their meaning in the reader's language,
 *   shown next to the label on hover or keyboard focus. The page's elements are never touched:
 *   one delegated listener reads the text under the pointer, and the hint floats above the page.
 * - etiquette tips: one small card at a time, on its trigger, until dismissed ("Got it", kept
 *   across reloads) or all tips are turned off.
 * Everything comes from the background's guidance dictionary: no provider request.
 */
import { labelHint, tipCard } from '@/components/tip-card';
import floatCss from '@/components/guidance-float.css?inline';
import { createShadowHost } from '@/utils/dom/shadow-host';
import { FLOAT_TAG } from '@/utils/dom/tags';
import { createLabelLookup } from '@/utils/guidance/labels';
import { explanationLanguage, type GuidanceDictionary } from '@/utils/guidance/runtime';
import type { TipTrigger } from '@/utils/guidance/schema';
import { t } from '@/utils/i18n/t';
import type { LanguageCode } from '@/utils/languages';
import { askBackground } from '@/utils/messaging';
import { placeTip, type Box } from '@/utils/dom/placement';
import { HEADER_SELECTOR, NAVIGATION_SELECTOR, SIDE_LINKS_SELECTOR, UNIT_SELECTOR } from '@/utils/sites/xiaohongshu/selectors';

export interface GuidanceSettings {
  lang: LanguageCode;
  labels: boolean;
  tips: boolean;
  dismissed: readonly string[];
  enabled: boolean;
}

export class GuidanceController {
  private dictionary: GuidanceDictionary | null = null;
  private lookup: ((text: string) => string | undefined) | null = null;
  private readonly host: HTMLElement;
  private readonly container: HTMLElement;
  private readonly triggered: TipTrigger[] = [];
  private hint: { meaning: string; top: number; left: number } | null = null;
  private loadedFor: LanguageCode | null = null;
  /** The tip card on show, and what it was built from (rebuilt only when that changes, so focus stays). */
  private card: { key: string; element: HTMLElement } | null = null;
  private hintElement: HTMLElement | null = null;
  /** Dismissed in this page before the settings round trip comes back. */
  private readonly dismissedHere = new Set<string>();

  /** Lives until `signal` ends (the content script's lifetime). */
  constructor(
    private settings: GuidanceSettings,
    signal: AbortSignal,
  ) {
    ({ host: this.host, container: this.container } = createShadowHost(FLOAT_TAG, floatCss));
    document.addEventListener('mouseover', this.onPointer, { passive: true, signal });
    document.addEventListener('focusin', this.onPointer, { passive: true, signal });
    document.addEventListener('mouseout', this.onLeave, { passive: true, signal });
    document.addEventListener('focusout', this.onLeave, { passive: true, signal });
    window.addEventListener('resize', this.onResize, { passive: true, signal });
    signal.addEventListener(
      'abort',
      () => {
        cancelAnimationFrame(this.resizeFrame);
        this.host.remove();
      },
      { once: true },
    );
    void this.load();
  }

  update(settings: GuidanceSettings): void {
    const reload = settings.lang !== this.settings.lang;
    this.settings = settings;
    if (reload) void this.load();
    else this.render();
  }

  /** Something happened that a tip is about (see TIPS' triggers). */
  trigger(trigger: TipTrigger): void {
    if (this.triggered.includes(trigger)) return;
    this.triggered.push(trigger);
    this.render();
  }

  private async load(): Promise<void> {
    const lang = this.settings.lang;
    // The background unreachable (extension reloading): no guidance this time.
    const reply = await askBackground({ type: 'guidance.get', lang });
    if (!reply.ok || this.settings.lang !== lang) return;
    this.dictionary = reply.value.dictionary;
    this.lookup = createLabelLookup(reply.value.dictionary.labels);
    this.loadedFor = lang;
    this.render();
  }

  /**
   * The tip for a trigger and audience, in the reader's explanation language, once the dictionary
   * has loaded (the composer's hints use it; they come from the same data as the tip cards).
   */
  tipFor(trigger: string, audience: string): { title: string; text: string } | undefined {
    const tip = this.dictionary?.tips.find((t) => t.trigger === trigger && (t.audience === audience || t.audience === 'everyone'));
    return tip && { title: tip.title, text: tip.text };
  }

  /** The next tip to show: triggered, for this reader, not dismissed. */
  private currentTip() {
    if (!this.dictionary || !this.settings.tips || !this.settings.enabled) return null;
    const audience = explanationLanguage(this.settings.lang) === 'zh' ? 'chinese-reader' : 'newcomer';
    for (const trigger of this.triggered) {
      const tip = this.dictionary.tips.find(
        (tip) => tip.trigger === trigger && (tip.audience === audience || tip.audience === 'everyone') && !this.settings.dismissed.includes(tip.id) && !this.dismissedHere.has(tip.id),
      );
      if (tip) return tip;
    }
    return null;
  }

  private render(): void {
    const tip = this.currentTip();
    const labels = { gotIt: t('tipGotIt'), noMoreTips: t('tipNoMoreTips'), close: t('tipClose'), heading: t('tipHeading') };
    const key = tip ? JSON.stringify([tip.id, tip.title, tip.text, labels]) : '';
    if ((this.card?.key ?? '') !== key) {
      this.card?.element.remove();
      this.card = null;
      if (tip) {
        const element = tipCard({
          id: tip.id,
          title: tip.title,
          text: tip.text,
          labels,
          onDismiss: () => {
            this.dismissedHere.add(tip.id);
            void askBackground({ type: 'tips.dismiss', id: tip.id });
            this.render();
          },
          onTipsOff: () => {
            this.settings = { ...this.settings, tips: false };
            void askBackground({ type: 'tips.off' });
            this.render();
          },
        });
        this.card = { key, element };
        this.container.prepend(element);
        this.placeCard();
      }
    }
    this.hintElement?.remove();
    this.hintElement = this.hint && this.settings.labels && this.settings.enabled ? labelHint(this.hint) : null;
    if (this.hintElement) this.container.append(this.hintElement);
  }

  private readonly onPointer = (event: Event) => {
    if (!this.lookup || !this.settings.labels || !this.settings.enabled || this.loadedFor === null) return;
    // A Chinese reader reads the site's labels already.
    if (explanationLanguage(this.settings.lang) === 'zh') return;
    const found = this.labelAt(event.target);
    if (!found) {
      if (this.hint) {
        this.hint = null;
        this.render();
      }
      return;
    }
    const rect = found.element.getBoundingClientRect();
    this.hint = { meaning: found.meaning, top: Math.max(28, rect.top), left: Math.max(4, Math.min(rect.left, innerWidth - 270)) };
    this.render();
  };

  /** The window changed size: the tip finds its spot again (at most once a frame). */
  private resizeFrame = 0;
  private readonly onResize = () => {
    if (!this.card || this.resizeFrame) return;
    this.resizeFrame = requestAnimationFrame(() => {
      this.resizeFrame = 0;
      this.placeCard();
    });
  };

  /**
   * Puts the tip card where it covers none of the site's navigation (side bar entries, header) on
   * this window size: see placeTip. Reads the card's size and the navigation's boxes, then writes.
   */
  private placeCard(): void {
    const card = this.card?.element;
    if (!card) return;
    const boxOf = (el: Element): Box => {
      const r = el.getBoundingClientRect();
      return { top: r.top, left: r.left, width: r.width, height: r.height };
    };
    const avoid = [...document.querySelectorAll(NAVIGATION_SELECTOR)].map(boxOf).filter((b) => b.width > 0 && b.height > 0);
    const sideLinksBottom = Math.max(0, ...[...document.querySelectorAll(SIDE_LINKS_SELECTOR)].map((el) => el.getBoundingClientRect().bottom));
    const header = document.querySelector(HEADER_SELECTOR)?.getBoundingClientRect();
    const spot = placeTip({ width: card.offsetWidth, height: card.offsetHeight }, { width: document.documentElement.clientWidth, height: window.innerHeight }, avoid, {
      sideLinksBottom,
      headerBottom: header ? header.bottom : 0,
    });
    card.style.setProperty('top', `${spot.top}px`);
    card.style.setProperty('left', `${spot.left}px`);
    card.style.setProperty('bottom', 'auto');
    card.setAttribute('data-rt-spot', spot.spot);
  }

  private readonly onLeave = () => {
    if (!this.hint) return;
    this.hint = null;
    this.render();
  };

  /** The label under the pointer: the element itself or a close ancestor with a short text. */
  private labelAt(target: EventTarget | null): { element: Element; meaning: string } | null {
    let element = target instanceof Element ? target : null;
    for (let depth = 0; element && depth < 3; depth++, element = element.parentElement) {
      if (element.localName === FLOAT_TAG || element.closest(UNIT_SELECTOR)) return null;
      const text = element.textContent ?? '';
      if (text.length > 40) return null;
      const meaning = this.lookup!(text);
      if (meaning) return { element, meaning };
    }
    return null;
  }
}
