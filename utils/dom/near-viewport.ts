/**
 * Tells which units are on or near the screen. One IntersectionObserver for the window, and
 * one per scroll box (the note's comment list scrolls inside `.note-scroller`), each with a
 * margin so that what is about to scroll in is asked for a little ahead. No scroll listeners.
 */
export type NearCallback = (element: Element, near: boolean, rect: DOMRectReadOnly) => void;

export class NearViewport {
  private readonly windowObserver: IntersectionObserver;
  private readonly boxObservers = new WeakMap<Element, IntersectionObserver>();
  private readonly observerOf = new WeakMap<Element, IntersectionObserver>();
  private readonly all = new Set<IntersectionObserver>();
  /** How many elements each scroll box's observer watches: a box whose units are all gone lets go of its observer. */
  private readonly watched = new Map<IntersectionObserver, number>();

  constructor(
    private readonly onChange: NearCallback,
    private readonly scrollBoxSelector: string,
    signal: AbortSignal,
    private readonly margin = '600px 0px',
  ) {
    this.windowObserver = this.create(null);
    signal.addEventListener('abort', () => this.disconnect(), { once: true });
  }

  observe(element: Element): void {
    const box = element.closest(this.scrollBoxSelector);
    let observer = this.windowObserver;
    if (box) {
      const existing = this.boxObservers.get(box);
      observer = existing && this.all.has(existing) ? existing : this.create(box);
      this.boxObservers.set(box, observer);
    }
    this.observerOf.set(element, observer);
    this.watched.set(observer, (this.watched.get(observer) ?? 0) + 1);
    observer.observe(element);
  }

  unobserve(element: Element): void {
    const observer = this.observerOf.get(element);
    if (!observer) return;
    observer.unobserve(element);
    this.observerOf.delete(element);
    const left = (this.watched.get(observer) ?? 1) - 1;
    this.watched.set(observer, left);
    if (left === 0 && observer !== this.windowObserver) {
      observer.disconnect();
      this.all.delete(observer);
      this.watched.delete(observer);
    }
  }

  private disconnect(): void {
    for (const observer of this.all) observer.disconnect();
    this.all.clear();
  }

  private create(root: Element | null): IntersectionObserver {
    const observer = new IntersectionObserver(
      (entries) => {
        for (const entry of entries) this.onChange(entry.target, entry.isIntersecting, entry.boundingClientRect);
      },
      { root, rootMargin: this.margin },
    );
    this.all.add(observer);
    return observer;
  }
}
