/**
 * The one mutation watcher. Changes are coalesced per animation frame and handed over as one
 * summary: elements added, whether anything was removed, and elements whose text changed in
 * place. Red Thread's own overlays are left out, so its writes cause no further work; with
 * nothing changing, it does nothing at all (no polling).
 */
import { isOverlay } from './tags';

export interface PageChanges {
  added: Element[];
  removed: boolean;
  /** Elements whose text node was rewritten in place, or whose children were replaced. */
  touched: Element[];
}

export type PageChangesListener = (changes: PageChanges) => void;

export class PageWatcher {
  private readonly observer: MutationObserver;
  private records: MutationRecord[] = [];
  private frame = 0;
  private readonly consumers = new Set<PageChangesListener>();

  /** `onChanges`: the first consumer (the page pipeline); others join with `listen`. */
  constructor(
    private readonly root: Node,
    onChanges: PageChangesListener,
  ) {
    this.consumers.add(onChanges);
    this.observer = new MutationObserver((records) => {
      this.records.push(...records);
      if (!this.frame) this.frame = requestAnimationFrame(() => this.flush());
    });
  }

  /** Watches until `signal` ends. */
  start(signal: AbortSignal): void {
    this.observer.observe(this.root, { childList: true, subtree: true, characterData: true });
    signal.addEventListener('abort', () => this.stop(), { once: true });
  }

  /** Another consumer of the same coalesced changes (the composer), until `signal` ends. */
  listen(consumer: PageChangesListener, signal: AbortSignal): void {
    if (signal.aborted) return;
    this.consumers.add(consumer);
    signal.addEventListener('abort', () => this.consumers.delete(consumer), { once: true });
  }

  private stop(): void {
    this.observer.disconnect();
    if (this.frame) cancelAnimationFrame(this.frame);
    this.frame = 0;
    this.records = [];
  }

  /** Drops the records our own writes just caused (call right after writing). */
  discardOwnRecords(): void {
    const pending = this.observer.takeRecords().filter((r) => !isOwnRecord(r));
    this.records.push(...pending);
    if (pending.length > 0 && !this.frame) this.frame = requestAnimationFrame(() => this.flush());
  }

  private flush(): void {
    this.frame = 0;
    const records = this.records;
    this.records = [];
    const added: Element[] = [];
    const touched = new Set<Element>();
    let removed = false;
    for (const record of records) {
      if (isOwnRecord(record)) continue;
      if (record.type === 'characterData') {
        const parent = record.target.parentElement;
        if (parent) touched.add(parent);
        continue;
      }
      for (const node of record.removedNodes) if (!isOverlay(node)) removed = true;
      let addedText = false;
      for (const node of record.addedNodes) {
        if (node.nodeType === 1 && !isOverlay(node)) added.push(node as Element);
        else if (node.nodeType === 3) addedText = true;
      }
      if ((addedText || record.removedNodes.length > 0) && record.target.nodeType === 1) touched.add(record.target as Element);
    }
    if (added.length === 0 && touched.size === 0 && !removed) return;
    const changes = { added, removed, touched: [...touched] };
    for (const consumer of this.consumers) {
      try {
        consumer(changes);
      } catch (error) {
        // One consumer's error must not stop the others; it is still reported.
        queueMicrotask(() => {
          throw error;
        });
      }
    }
  }
}

/** A record that only adds or removes Red Thread's own overlays. */
function isOwnRecord(record: MutationRecord): boolean {
  if (record.type !== 'childList') return false;
  const nodes = [...record.addedNodes, ...record.removedNodes];
  return nodes.length > 0 && nodes.every(isOverlay);
}
