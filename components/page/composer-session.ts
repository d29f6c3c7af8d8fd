/**
 * The comment composer's session (issue 7), loaded on demand: the first time a comment box is
 * focused (components/page/composer-trigger.ts starts it). Its parts live with their kind: the
 * box's selectors and read/write in utils/sites/xiaohongshu/composer.ts, the draft logic in
 * utils/page/composer-draft.ts, placement and theme in utils/dom/, the hints in utils/guidance/.
 *
 * The comment composer: "write in your language, post in Chinese".
 *
 * One focusin listener on the document finds the site's comment box whenever it is focused (Vue
 * creates it late, on the first click, and recreates it freely). For that box a session runs:
 *   focused -> a small control beside it ("Translate to 中文", Alt+Shift+T)
 *   -> translate: draft -> the post's language, then that translation -> the user's language (to check)
 *   -> Insert / Insert both: the text arrives the way typing does (execCommand insertText: an input
 *      event for Vue and an undo step), the caret after it
 *   and gentle hints while composing (first comment, sensitive topics, personal details).
 * The control lives in <red-thread-composer> (an open shadow root) right after the site's .input-box,
 * never inside what Vue owns; it goes when the box goes. Nothing here throws into the page.
 */
import { h, render } from 'preact';
import { ComposerPanel, type ComposerError, type ComposerPanelProps } from '@/components/ComposerPanel';
import panelCss from '@/components/composer-panel.css?inline';
import type { PageWatcher } from '@/utils/dom/page-watcher';
import { placeOverBox } from '@/utils/dom/placement';
import { createShadowHost } from '@/utils/dom/shadow-host';
import { COMPOSER_TAG } from '@/utils/dom/tags';
import { themeBehind } from '@/utils/dom/theme';
import { findDraftIssues, type DraftFindings } from '@/utils/guidance/composer-hints';
import type { TipTrigger } from '@/utils/guidance/schema';
import { t } from '@/utils/i18n/t';
import { baseLanguage, type LanguageCode } from '@/utils/languages';
import { chooseTarget, hasLanguage, translateDraft } from '@/utils/page/composer-draft';
import type { TranslatorClient } from '@/utils/page/translator-client';
import { COMPOSER_ANCHOR_SELECTOR, insertAtStart, postLanguage, readDraft, replaceBoxText } from '@/utils/sites/xiaohongshu/composer';
import { firstCommentHintShown, markFirstCommentHintShown } from '@/utils/storage/composer-flags';
import { composerHints, composerLabels, describeError, shortName } from './composer-words';

export interface ComposerDeps {
  client: TranslatorClient;
  /** The content script's one page watcher: the session hears when the box goes or moves. */
  watcher: Pick<PageWatcher, 'listen'>;
  userLanguage(): LanguageCode;
  enabled(): boolean;
  tipsEnabled(): boolean;
  /**
   * A tip's title and text in the reader's explanation language (from the background's guidance
   * dictionary; undefined until it has loaded). Not the bundled data: that would put the whole
   * glossary into the content script.
   */
  tipFor(trigger: TipTrigger, audience: 'newcomer' | 'chinese-reader'): { title: string; text: string } | undefined;
}

// ---- languages ----------------------------------------------------------------------------

const IS_MAC = /Mac|iPhone|iPad/.test(navigator.platform || navigator.userAgent);
const SHORTCUT = IS_MAC ? '⌥⇧T' : 'Alt+Shift+T';
const UNDO = IS_MAC ? '⌘Z' : 'Ctrl+Z';

/** Alt+Shift+T (Option+Shift+T on a Mac), by physical key so layouts and the Mac's ˇ don't matter. */
function isShortcut(event: KeyboardEvent): boolean {
  return event.altKey && event.shiftKey && !event.ctrlKey && !event.metaKey && (event.code === 'KeyT' || event.key.toLowerCase() === 't');
}

function composing(event: KeyboardEvent): boolean {
  return event.isComposing || event.keyCode === 229;
}

// ---- one box ------------------------------------------------------------------------------

export class ComposerSession {
  readonly host: HTMLElement;
  /** Where the panel renders, inside the host's shadow root. */
  private readonly root: HTMLElement;
  /** The session's lifetime: its listeners end with it. */
  private readonly life = new AbortController();
  private readonly resizer: ResizeObserver | null;
  private disposed = false;
  private visible = false;
  private open = false;
  private phase: ComposerPanelProps['phase'] = 'idle';
  private target: LanguageCode;
  private source = '';
  private translation = '';
  private provider = '';
  private back = '';
  private backPhase: ComposerPanelProps['backPhase'] = 'waiting';
  private stale = false;
  private error: ComposerError | null = null;
  private status = '';
  private generation = 0;
  private findings: DraftFindings = { topics: [], details: [] };
  private firstComment = false;
  private readonly dismissed = new Set<string>();
  private hintTimer: ReturnType<typeof setTimeout> | undefined;
  private placeFrame = 0;

  constructor(
    readonly box: HTMLElement,
    private readonly deps: ComposerDeps,
    private readonly onGone: () => void,
  ) {
    // Placed right after the box's wrapper when shown (attach), not beside the body.
    ({ host: this.host, container: this.root } = createShadowHost(COMPOSER_TAG, panelCss, false));
    this.target = chooseTarget(deps.userLanguage(), postLanguage(box));
    this.findings = findDraftIssues(readDraft(box));

    const signal = this.life.signal;
    box.addEventListener('keydown', this.onBoxKeyDown, { capture: true, signal });
    box.addEventListener('input', this.onInput, { signal });
    box.addEventListener('focusout', this.onFocusOut, { signal });
    this.host.addEventListener('focusout', this.onFocusOut, { signal });
    // While the box lives: is it still there, and are we still right after its wrapper?
    // (The content script's one page watcher: changes coalesced per frame.)
    deps.watcher.listen(() => this.check(), signal);
    this.resizer = typeof ResizeObserver === 'function' ? new ResizeObserver(() => this.schedulePlace()) : null;
    window.addEventListener('resize', this.schedulePlace, { signal });
    void this.checkFirstComment();
  }

  show(): void {
    if (this.disposed) return;
    this.visible = true;
    // The post's language can only be known once the note is there; re-read while nothing is shown.
    if (this.phase === 'idle') this.target = chooseTarget(this.deps.userLanguage(), postLanguage(this.box));
    this.attach();
    this.detectTheme();
    this.render();
  }

  dispose(): void {
    if (this.disposed) return;
    this.disposed = true;
    this.generation += 1;
    this.life.abort();
    this.resizer?.disconnect();
    clearTimeout(this.hintTimer);
    cancelAnimationFrame(this.placeFrame);
    render(null, this.root);
    this.host.remove();
  }

  // ---- placement --------------------------------------------------------------------------

  private anchor(): Element {
    return this.box.closest(COMPOSER_ANCHOR_SELECTOR) ?? this.box.parentElement ?? this.box;
  }

  private attach(): void {
    const anchor = this.anchor();
    if (anchor.nextSibling !== this.host) {
      anchor.after(this.host);
      this.resizer?.disconnect();
      this.resizer?.observe(anchor);
      // In a flex row, cancel the row's gap so the zero-size host takes no room at all.
      const parent = anchor.parentElement;
      const style = parent ? getComputedStyle(parent) : null;
      const gap = style && /flex/.test(style.display) ? Number.parseFloat(/column/.test(style.flexDirection) ? style.rowGap : style.columnGap) : 0;
      this.host.style.setProperty(/column/.test(style?.flexDirection ?? '') ? 'margin-top' : 'margin-inline-start', gap > 0 ? `${-gap}px` : '0px');
    }
    this.schedulePlace();
  }

  private detach(): void {
    this.visible = false;
    render(null, this.root);
    this.host.remove();
  }

  private readonly schedulePlace = () => {
    if (this.placeFrame || !this.visible) return;
    this.placeFrame = requestAnimationFrame(() => {
      this.placeFrame = 0;
      this.place();
    });
  };

  /** Above the box, right-aligned with it (below when there is no room above): never over the text. */
  private place(): void {
    if (!this.host.isConnected) return;
    const { side, vars } = placeOverBox(this.anchor().getBoundingClientRect(), this.host.getBoundingClientRect(), window.innerHeight);
    this.host.setAttribute('data-rt-place', side);
    for (const [name, value] of Object.entries(vars)) this.host.style.setProperty(name, `${Math.round(value)}px`);
  }

  /** Light or dark, and the page's own surface colour behind the box when it has one. */
  private detectTheme(): void {
    const { dark, background: bg } = themeBehind(this.anchor(), this.box);
    this.host.setAttribute('data-rt-theme', dark ? 'dark' : 'light');
    if (bg) this.host.style.setProperty('--rt-page-bg', bg);
    else this.host.style.removeProperty('--rt-page-bg');
  }

  private check(): void {
    if (this.disposed) return;
    if (!this.box.isConnected) {
      this.dispose();
      this.onGone();
      return;
    }
    if (this.visible && this.anchor().nextSibling !== this.host) this.attach();
  }

  // ---- events -----------------------------------------------------------------------------

  private readonly onBoxKeyDown = (event: KeyboardEvent) => {
    try {
      this.handleKey(event, false);
    } catch {
      // never into the page
    }
  };

  private handleKey(event: KeyboardEvent, fromPanel: boolean): void {
    if (composing(event)) return;
    if (isShortcut(event)) {
      event.preventDefault();
      event.stopPropagation();
      void this.translate();
    } else if (event.key === 'Escape' && (this.open || fromPanel)) {
      // Ours to close; the site's own Escape (closing the note) must not fire as well.
      event.preventDefault();
      event.stopPropagation();
      this.close(true);
    }
  }

  private readonly onInput = () => {
    if (this.disposed) return;
    if (this.status) {
      this.status = '';
      this.render();
    }
    clearTimeout(this.hintTimer);
    this.hintTimer = setTimeout(() => this.refreshDraft(), 250);
  };

  private refreshDraft(): void {
    if (this.disposed) return;
    const draft = readDraft(this.box);
    this.findings = findDraftIssues(draft);
    // How long the draft was that the hints describe: a test waits for its draft to be read
    // (the hints come a moment after typing stops, and "no hint" looks the same before and after).
    this.host.setAttribute('data-rt-hints-for', String(draft.length));
    if (this.phase === 'done') this.stale = draft !== this.source;
    this.render();
  }

  private readonly onFocusOut = (event: FocusEvent) => {
    const next = event.relatedTarget as Node | null;
    if (next && (next === this.box || next === this.host || this.host.contains(next))) return;
    setTimeout(() => {
      if (this.disposed || this.open) return;
      const active = document.activeElement;
      if (active === this.box || active === this.host) return;
      this.detach();
    }, 0);
  };

  // ---- actions ----------------------------------------------------------------------------

  private async translate(): Promise<void> {
    if (this.disposed || this.phase === 'translating' || !this.deps.enabled()) return;
    this.visible = true;
    this.attach();
    this.open = true;
    this.status = '';
    this.error = null;
    const draft = readDraft(this.box);
    if (!hasLanguage(draft)) {
      this.phase = 'idle';
      this.status = t('composerNothing');
      this.render();
      return;
    }
    const generation = ++this.generation;
    this.target = chooseTarget(this.deps.userLanguage(), postLanguage(this.box));
    const user = this.deps.userLanguage();
    this.phase = 'translating';
    this.render();

    const forward = await translateDraft(this.deps.client, draft, user, this.target);
    if (generation !== this.generation) return;
    if (!forward.ok) {
      this.phase = 'error';
      this.error = describeError(forward.code, forward.message);
      this.render();
      return;
    }
    this.source = draft;
    this.translation = forward.text;
    this.provider = forward.provider;
    this.phase = 'done';
    this.stale = readDraft(this.box) !== draft;
    this.back = '';
    this.backPhase = 'waiting';
    this.render();

    // Back into the user's language, kept tokens and all: does it say what they meant?
    const back = await translateDraft(this.deps.client, forward.text, this.target, user);
    if (generation !== this.generation) return;
    this.backPhase = back.ok ? 'done' : 'error';
    this.back = back.ok ? back.text : '';
    this.render();
  }

  private insert(both: boolean): void {
    if (this.disposed || this.phase !== 'done') return;
    if (readDraft(this.box) !== this.source) {
      this.stale = true;
      this.render();
      return;
    }
    const text = both ? `${this.source.trim()}\n${this.translation}` : this.translation;
    this.generation += 1;
    const ok = replaceBoxText(this.box, text);
    this.phase = 'idle';
    this.open = false;
    this.findings = findDraftIssues(readDraft(this.box));
    this.status = ok ? t('composerInserted', [UNDO]) : t('composerInsertFailed');
    if (!ok) {
      // Keep the translation on screen, so it can be copied by hand.
      this.phase = 'done';
      this.open = true;
    }
    this.render();
  }

  private close(focusBox: boolean): void {
    this.generation += 1;
    this.open = false;
    this.phase = 'idle';
    this.error = null;
    this.status = '';
    this.render();
    if (focusBox) this.box.focus();
  }

  private greet(text: string): void {
    insertAtStart(this.box, text);
    this.firstComment = false;
    this.render();
  }

  private async checkFirstComment(): Promise<void> {
    if (!this.deps.tipsEnabled() || baseLanguage(this.deps.userLanguage()) === 'zh') return;
    try {
      if ((await firstCommentHintShown()) || this.disposed) return;
      this.firstComment = true;
      await markFirstCommentHintShown();
    } catch {
      return; // storage unavailable: no hint rather than one every time
    }
    this.render();
  }

  // ---- rendering --------------------------------------------------------------------------

  private render(): void {
    if (this.disposed || !this.visible) return;
    this.host.toggleAttribute('data-rt-open', this.open);
    this.host.setAttribute('data-rt-phase', this.phase);
    const props: ComposerPanelProps = {
      open: this.open,
      phase: this.phase,
      translateLabel: t('composerTranslateTo', [shortName(this.target)]),
      shortcut: SHORTCUT,
      shortcutAria: 'Alt+Shift+T',
      translateTitle: t('composerTranslateTitle', [SHORTCUT]),
      targetLang: this.target,
      userLang: this.deps.userLanguage(),
      translation: this.translation,
      back: this.back,
      backPhase: this.backPhase,
      stale: this.stale,
      error: this.error,
      status: this.status,
      hints: this.deps.tipsEnabled()
        ? composerHints({
            user: this.deps.userLanguage(),
            firstComment: this.firstComment,
            findings: this.findings,
            dismissed: this.dismissed,
            tipFor: (trigger, audience) => this.deps.tipFor(trigger, audience),
          })
        : [],
      labels: composerLabels(this.target, this.deps.userLanguage(), this.provider),
      onTranslate: () => void this.translate(),
      onInsert: (both) => this.insert(both),
      onClose: () => this.close(true),
      onDismissHint: (id) => {
        this.dismissed.add(id);
        if (id === 'before-first-comment') this.firstComment = false;
        this.render();
      },
      onGreeting: (text) => this.greet(text),
      onKeyDown: (event) => this.handleKey(event, true),
    };
    render(h(ComposerPanel, props), this.root);
    this.schedulePlace();
  }
}
