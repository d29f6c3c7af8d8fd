/**
 * The page pipeline: every unit (a feed title, a note title or body, a comment, a bio) from the
 * moment it appears to the moment it goes.
 *
 *   discovered (a PageWatcher frame or the first scan)
 *     -> near the viewport (NearViewport)         -> text read, language decided
 *     -> skipped (already in the reader's language, no language, turned off)
 *     -> or waiting: a placeholder, segments asked through the TranslatorClient (one message per frame)
 *     -> done (translation shown) or error (message and retry)
 *   and gone when the page removes it: overlay removed, unanswered segments cancelled.
 *
 * Writes happen in one pass per animation frame; reads (the text, and the placeholder's height
 * from the IntersectionObserver's own rect) need no extra layout.
 */
import type { BlockAction, TranslationBlockLabels } from '@/components/translation-block';
import type { TermChip } from '@/utils/guidance/runtime';
import type { LanguageCode } from '@/utils/languages';
import type { UnitCounts } from '@/utils/schemas/messages';
import type { DisplayMode, UnitKind } from '@/utils/schemas/settings';
import type { Overlay, OverlayActionHandler } from '@/components/page/overlay';
import type { PageChanges } from '@/utils/dom/page-watcher';
import { extractParts, partsKey, type Part } from '@/utils/sites/xiaohongshu/extract';
import { UNIT_SELECTOR, unitKindOf } from '@/utils/sites/xiaohongshu/selectors';
import type { Detector } from '@/utils/text/language';
import { assemble, planUnit, type Piece } from '@/utils/text/mixed';
import { splitText } from '@/utils/text/split';
import { Lru } from '@/utils/translation/lru';
import type { SegmentResult, TranslatorClient } from './translator-client';

/** Pieces of a long body are at most this long: under every provider's per-request limit. */
const MAX_SEGMENT_CHARS = 1000;

/**
 * A unit's first placeholder shows only if its answer has not come within this time. Most come
 * sooner (the cache at once, a provider in one or two hundred ms): they appear directly, with one
 * layout pass of the page instead of two, and no placeholder flashes by. The placeholder is in
 * the page from the start, hidden, so the unit is counted and tracked as waiting all along.
 */
const PLACEHOLDER_DELAY_MS = 250;

export interface PageSettings {
  to: LanguageCode;
  mode: DisplayMode;
  kinds: Record<UnitKind, boolean>;
  enabled: boolean;
  /** Glossary chips on translations (settings.guidance.glossary). */
  glossary: boolean;
}

interface Segment {
  id: string;
  partIndex: number;
  /** Which sent piece of the part it belongs to (a long piece is split into several segments). */
  pieceIndex: number;
  text: string;
  /** The source language of its piece ("zh", "en", "auto" …). */
  source: string;
  result?: SegmentResult;
}

interface Unit {
  id: string;
  el: Element;
  kind: UnitKind;
  near: boolean;
  /** Asked again by the reader (Retry, "Retry failed"): kept asked even if it leaves the near zone before its answer. */
  askedByReader: boolean;
  /** The original's height when it came near: the placeholder reserves about that much. */
  height: number;
  /** Until when (performance.now()) a first placeholder stays hidden; 0 once it may show. */
  quietUntil: number;
  state: 'idle' | 'deciding' | 'skipped' | 'waiting' | 'done' | 'error';
  /** Bumped whenever the text or the target changes: answers for an older generation are ignored. */
  generation: number;
  key: string;
  parts: Part[];
  /** Per part, what is sent and what is kept as written (mixed-language text); null for kept tokens. */
  plan: Array<Piece[] | null>;
  segments: Segment[];
  translated: Part[];
  provider: string;
  detected: string;
  cached: boolean;
  error: string;
  showingOriginal: boolean;
  collapsed: boolean;
  terms: TermChip[];
  openTerm: string | null;
  overlay: Overlay | null;
}

export interface UnitControllerOptions {
  client: TranslatorClient;
  detect: Detector;
  labels(unit: { provider: string; detected: string }): TranslationBlockLabels;
  onCounts(counts: UnitCounts): void;
  /** Called after each write pass, so the watcher can drop the records our own writes caused. */
  afterWrite(): void;
  /** A unit was translated (guidance tips react to what the reader is looking at). */
  onTranslated?(kind: UnitKind, detected: string): void;
  /** Makes the element shown beside a unit (the content script passes the translation block's overlay). */
  overlay(kind: UnitKind, unitId: string, onAction: OverlayActionHandler): Overlay;
  /** The content script's lifetime: when it ends, every trace leaves the page. */
  signal: AbortSignal;
}

export class UnitController {
  private readonly units = new Map<Element, Unit>();
  private readonly bySegment = new Map<string, Unit>();
  private readonly memo = new Lru<string, SegmentResult & { ok: true }>(3000);
  private readonly toRender = new Set<Unit>();
  private renderFrame = 0;
  /** Units whose first placeholder is hidden for now, and the one timer that shows those still waiting. */
  private readonly quiet = new Set<Unit>();
  private quietTimer: ReturnType<typeof setTimeout> | undefined;
  private nextId = 0;
  private lastCounts = '';
  private countsScheduled = false;
  private readonly chips = new Map<string, TermChip>();
  private readonly unitOfOverlay = new WeakMap<Overlay, Unit>();
  /** One handler for every overlay's buttons (no closure per overlay on a page of thousands). */
  private readonly onOverlayAction = (overlay: Overlay, action: BlockAction): void => {
    const unit = this.unitOfOverlay.get(overlay);
    if (unit && unit.overlay === overlay) this.onAction(unit, action);
  };

  constructor(
    private settings: PageSettings,
    private readonly options: UnitControllerOptions,
    private readonly nearby: { observe(el: Element): void; unobserve(el: Element): void },
  ) {
    options.signal.addEventListener('abort', () => this.destroy(), { once: true });
  }

  // ---- discovery and page changes ---------------------------------------------------

  /** The first scan of a page (or of a subtree that appeared). */
  scan(root: ParentNode): void {
    for (const el of root.querySelectorAll(UNIT_SELECTOR)) this.discover(el);
  }

  onChanges(changes: PageChanges): void {
    if (changes.removed) {
      for (const unit of [...this.units.values()]) if (!unit.el.isConnected) this.dispose(unit);
    }
    for (const el of changes.added) {
      if (el.matches(UNIT_SELECTOR)) this.discover(el);
      else {
        const container = el.parentElement?.closest(UNIT_SELECTOR);
        if (container) this.refresh(container);
      }
      for (const inner of el.querySelectorAll(UNIT_SELECTOR)) this.discover(inner);
    }
    for (const el of changes.touched) {
      const container = el.closest(UNIT_SELECTOR);
      if (container) this.refresh(container);
    }
    // Vue may have moved things around our overlays: put each back right after its unit.
    for (const unit of this.units.values()) {
      if (unit.overlay && !unit.overlay.isPlacedAfter(unit.el)) this.toRender.add(unit);
    }
    this.scheduleRender();
  }

  private discover(el: Element): void {
    const existing = this.units.get(el);
    if (existing) {
      this.refresh(el);
      return;
    }
    const kind = unitKindOf(el);
    if (!kind) return;
    const unit: Unit = {
      id: `u${++this.nextId}`,
      el,
      kind,
      near: false,
      askedByReader: false,
      height: 0,
      quietUntil: 0,
      state: 'idle',
      generation: 0,
      key: '',
      parts: [],
      plan: [],
      segments: [],
      translated: [],
      provider: '',
      detected: '',
      cached: false,
      error: '',
      showingOriginal: false,
      collapsed: false,
      terms: [],
      openTerm: null,
      overlay: null,
    };
    this.units.set(el, unit);
    this.nearby.observe(el);
  }

  /** A unit's text may have changed (rewritten in place, children replaced): translate again only if it did. */
  private refresh(el: Element): void {
    const unit = this.units.get(el);
    if (!unit || unit.state === 'idle') return;
    if (partsKey(extractParts(el)) === unit.key) return;
    this.restart(unit);
  }

  onNear(el: Element, near: boolean, rect: DOMRectReadOnly): void {
    const unit = this.units.get(el);
    if (!unit) return;
    unit.near = near;
    if (near) {
      unit.height = rect.height;
      if (unit.state === 'idle') void this.prepare(unit);
    } else if (unit.state === 'waiting' && !unit.askedByReader && unit.segments.every((s) => !s.result)) {
      // Scrolled far away before its turn: not asked after all. Not what the reader asked for by
      // hand, though: our own overlays changing height around it can move it out of the zone.
      this.options.client.cancel(unit.segments.map((s) => s.id));
      this.resetUnit(unit);
      this.removeOverlay(unit);
      this.reportCounts();
    }
  }

  // ---- asking -----------------------------------------------------------------------

  private async prepare(unit: Unit, byReader = false): Promise<void> {
    const generation = unit.generation;
    unit.askedByReader = byReader;
    unit.state = 'deciding';
    unit.parts = extractParts(unit.el);
    unit.key = partsKey(unit.parts);
    if (!this.settings.enabled || !this.settings.kinds[unit.kind]) {
      unit.state = 'idle';
      return;
    }
    // Per run, not per unit: only what is not in the reader's language is sent (utils/text/mixed.ts).
    const plan = await planUnit(unit.parts, this.settings.to, this.options.detect);
    if (generation !== unit.generation || !this.units.has(unit.el)) return;
    if (plan.sends === 0) {
      unit.state = 'skipped';
      this.removeOverlay(unit);
      this.reportCounts();
      return;
    }
    unit.plan = plan.parts;
    unit.segments = [];
    plan.parts.forEach((pieces, partIndex) => {
      let pieceIndex = 0;
      for (const piece of pieces ?? []) {
        if (piece.kind !== 'send') continue;
        for (const text of splitText(piece.text, MAX_SEGMENT_CHARS)) {
          const segment: Segment = { id: `${unit.id}.${unit.generation}.${unit.segments.length}`, partIndex, pieceIndex, text, source: piece.source };
          const remembered = this.memo.get(`${this.settings.to}\u0001${text}`);
          if (remembered) segment.result = { ...remembered, id: segment.id, cached: true };
          unit.segments.push(segment);
        }
        pieceIndex += 1;
      }
    });
    unit.state = 'waiting';
    // A first placeholder waits a moment; a unit already showing something shows its placeholder at once.
    if (!unit.overlay) this.keepQuiet(unit);
    else unit.quietUntil = 0;
    const missing = unit.segments.filter((s) => !s.result);
    for (const segment of missing) {
      this.bySegment.set(segment.id, unit);
      this.options.client.translate(segment.id, segment.text, this.settings.to, byReader, segment.source);
    }
    if (missing.length === 0) this.settle(unit);
    this.toRender.add(unit);
    this.scheduleRender();
    this.reportCounts();
  }

  onResults(results: readonly SegmentResult[]): void {
    for (const result of results) {
      const unit = this.bySegment.get(result.id);
      this.bySegment.delete(result.id);
      if (!unit) continue;
      const segment = unit.segments.find((s) => s.id === result.id);
      if (!segment) continue;
      const kept = result.ok && result.terms ? { ...result, terms: this.internTerms(result.terms) } : result;
      segment.result = kept;
      if (kept.ok) this.memo.set(`${this.settings.to}\u0001${segment.text}`, kept);
      if (unit.segments.every((s) => s.result)) {
        this.settle(unit);
        this.toRender.add(unit);
      }
    }
    this.scheduleRender();
    this.reportCounts();
  }

  /**
   * One object per distinct slang chip for the whole page: every answer carries its chips' full
   * explanations, and a comment page repeats the same few terms thousands of times.
   */
  private internTerms(terms: readonly TermChip[]): TermChip[] {
    return terms.map((term) => {
      const key = `${term.id}\u0001${term.meaning}\u0001${term.usage}`;
      const known = this.chips.get(key);
      if (known) return known;
      this.chips.set(key, term);
      return term;
    });
  }

  /** All of a unit's segments are answered: assemble the translation, or the error. */
  private settle(unit: Unit): void {
    const failed = unit.segments.find((s) => s.result && !s.result.ok)?.result;
    if (failed && !failed.ok) {
      unit.state = 'error';
      unit.error = failed.message;
      return;
    }
    // Each part: its kept pieces as written, its sent pieces translated, in order.
    const byPiece = new Map<string, string>();
    for (const s of unit.segments) {
      const r = s.result as SegmentResult & { ok: true };
      const key = `${s.partIndex}.${s.pieceIndex}`;
      byPiece.set(key, (byPiece.get(key) ?? '') + r.text);
    }
    unit.translated = unit.parts.map((part, i) => {
      const pieces = unit.plan[i];
      if (!pieces || part.kind !== 'text') return part;
      const sent = pieces.filter((p) => p.kind === 'send').map((_, j) => byPiece.get(`${i}.${j}`) ?? '');
      return { kind: 'text' as const, text: assemble(pieces, sent) };
    });
    const first = unit.segments[0]?.result as (SegmentResult & { ok: true }) | undefined;
    unit.provider = first?.provider ?? '';
    unit.detected = first?.detected ?? '';
    unit.cached = unit.segments.every((s) => s.result?.ok && s.result.cached);
    const terms = new Map<string, TermChip>();
    for (const s of unit.segments) if (s.result?.ok) for (const term of s.result.terms ?? []) terms.set(term.id, term);
    unit.terms = this.settings.glossary ? [...terms.values()] : [];
    unit.state = 'done';
    this.options.onTranslated?.(unit.kind, unit.detected);
  }

  // ---- user actions and settings ------------------------------------------------------

  retry(unit: Unit): void {
    this.restart(unit, true);
  }

  retryFailed(): void {
    for (const unit of this.units.values()) if (unit.state === 'error') this.restart(unit, true);
  }

  update(settings: PageSettings): void {
    const previous = this.settings;
    this.settings = settings;
    const retranslate = previous.to !== settings.to || (!previous.enabled && settings.enabled) || kindsChanged(previous, settings);
    if (!settings.enabled) {
      // Off: nothing more is sent; what was waiting is dropped (it comes back when switched on).
      for (const unit of this.units.values()) {
        if (unit.state === 'waiting' || unit.state === 'deciding') {
          this.options.client.cancel(unit.segments.filter((s) => !s.result).map((s) => s.id));
          this.resetUnit(unit);
          this.removeOverlay(unit);
        }
      }
    } else if (retranslate) {
      for (const unit of this.units.values()) this.restart(unit);
    } else if (previous.mode !== settings.mode || previous.glossary !== settings.glossary) {
      for (const unit of this.units.values()) if (unit.state === 'done') this.settle(unit);
      for (const unit of this.units.values()) if (unit.overlay) this.toRender.add(unit);
    }
    this.scheduleRender();
    this.reportCounts();
  }

  counts(): UnitCounts {
    const counts = { translated: 0, waiting: 0, failed: 0, cached: 0 };
    for (const unit of this.units.values()) {
      if (unit.state === 'done') {
        counts.translated += 1;
        if (unit.cached) counts.cached += 1;
      } else if (unit.state === 'waiting' || unit.state === 'deciding') counts.waiting += 1;
      else if (unit.state === 'error') counts.failed += 1;
    }
    return counts;
  }

  /** The extension is going away: remove every trace from the page. */
  private destroy(): void {
    if (this.renderFrame) cancelAnimationFrame(this.renderFrame);
    clearTimeout(this.quietTimer);
    this.quiet.clear();
    for (const unit of this.units.values()) {
      unit.overlay?.remove();
      this.nearby.unobserve(unit.el);
    }
    this.units.clear();
    this.bySegment.clear();
  }

  private restart(unit: Unit, byReader = false): void {
    this.options.client.cancel(unit.segments.filter((s) => !s.result).map((s) => s.id));
    this.resetUnit(unit);
    // The reader's retry ("Retry failed" in the popup) asks again for every failed unit, also one
    // the page has since moved away from the viewport: left idle, it would vanish from the counts
    // without being translated. A settings change asks again only for what is near.
    if (unit.near || byReader) void this.prepare(unit, byReader);
    else this.removeOverlay(unit);
  }

  private resetUnit(unit: Unit): void {
    for (const s of unit.segments) this.bySegment.delete(s.id);
    unit.generation += 1;
    unit.segments = [];
    unit.state = 'idle';
    unit.error = '';
  }

  private dispose(unit: Unit): void {
    this.options.client.cancel(unit.segments.filter((s) => !s.result).map((s) => s.id));
    for (const s of unit.segments) this.bySegment.delete(s.id);
    unit.overlay?.remove();
    unit.overlay = null;
    this.nearby.unobserve(unit.el);
    this.units.delete(unit.el);
    this.toRender.delete(unit);
    this.quiet.delete(unit);
    this.reportCounts();
  }

  private removeOverlay(unit: Unit): void {
    if (!unit.overlay) return;
    unit.overlay.remove();
    unit.overlay = null;
  }

  // ---- writing --------------------------------------------------------------------------

  private keepQuiet(unit: Unit): void {
    unit.quietUntil = performance.now() + PLACEHOLDER_DELAY_MS;
    this.quiet.add(unit);
    this.quietTimer ??= setTimeout(() => this.endQuiet(), PLACEHOLDER_DELAY_MS);
  }

  /** Shows the placeholders whose time has come; waits again for the rest. */
  private endQuiet(): void {
    this.quietTimer = undefined;
    const now = performance.now();
    let next = Number.POSITIVE_INFINITY;
    for (const unit of this.quiet) {
      if (unit.state !== 'waiting') {
        unit.quietUntil = 0;
        this.quiet.delete(unit);
      } else if (unit.quietUntil <= now) {
        unit.quietUntil = 0;
        this.quiet.delete(unit);
        this.toRender.add(unit);
      } else next = Math.min(next, unit.quietUntil);
    }
    if (Number.isFinite(next)) this.quietTimer = setTimeout(() => this.endQuiet(), Math.max(0, next - now));
    this.scheduleRender();
  }

  private scheduleRender(): void {
    if (this.renderFrame || this.toRender.size === 0) return;
    this.renderFrame = requestAnimationFrame(() => {
      this.renderFrame = 0;
      this.renderNow();
    });
  }

  private renderNow(): void {
    const units = [...this.toRender];
    this.toRender.clear();
    for (const unit of units) {
      if (!this.units.has(unit.el)) continue;
      if (unit.state !== 'waiting' && unit.state !== 'done' && unit.state !== 'error') continue;
      if (!unit.overlay) {
        unit.overlay = this.options.overlay(unit.kind, unit.id, this.onOverlayAction);
        this.unitOfOverlay.set(unit.overlay, unit);
      }
      unit.overlay.placeAfter(unit.el);
      unit.overlay.render(
        {
          state: unit.state,
          parts: unit.translated,
          original: unit.parts.map((p) => p.text).join(' '),
          lang: this.settings.to,
          mode: this.settings.mode,
          showingOriginal: unit.showingOriginal,
          collapsed: unit.collapsed,
          placeholderLines: Math.max(1, Math.min(8, Math.round(unit.height / 22) || 1)),
          error: unit.error || undefined,
          terms: unit.terms,
          openTerm: unit.openTerm,
          labels: this.options.labels(unit),
        },
        unit.state === 'waiting' && unit.quietUntil > 0,
      );
    }
    this.options.afterWrite();
  }

  /** The reader used one of a block's buttons. */
  private onAction(unit: Unit, action: BlockAction): void {
    if (action.action === 'retry') {
      this.retry(unit);
      return;
    }
    if (action.action === 'toggle-term') unit.openTerm = unit.openTerm === action.term ? null : action.term;
    else if (action.action === 'toggle-original') unit.showingOriginal = !unit.showingOriginal;
    else unit.collapsed = !unit.collapsed;
    this.toRender.add(unit);
    this.scheduleRender();
  }

  /** Counts go out once per task at most: a burst of 500 units counts once, not 500 times. */
  private reportCounts(): void {
    if (this.countsScheduled) return;
    this.countsScheduled = true;
    queueMicrotask(() => {
      this.countsScheduled = false;
      const counts = this.counts();
      const key = `${counts.translated}/${counts.waiting}/${counts.failed}/${counts.cached}`;
      if (key === this.lastCounts) return;
      this.lastCounts = key;
      this.options.onCounts(counts);
    });
  }
}

function kindsChanged(a: PageSettings, b: PageSettings): boolean {
  return (Object.keys(a.kinds) as UnitKind[]).some((k) => a.kinds[k] !== b.kinds[k]);
}
