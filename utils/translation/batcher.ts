/**
 * Groups items by key (provider + language pair) into batches that respect a provider's item
 * and character caps. A group is sent when it is full, or after a short window from its first
 * item. Items can be taken back before their batch is sent (cancellation). A batch that left but
 * waits its turn (the provider's rate limit) can be held open: items that come meanwhile join it,
 * within the same caps. Pure: time is injected.
 */
import type { Clock } from './clock';

export interface BatcherOptions<T> {
  maxItems: number;
  maxChars: number;
  windowMs: number;
  sizeOf(item: T): number;
  onBatch(key: string, items: T[]): void;
  clock: Clock;
}

interface Group<T> {
  items: T[];
  chars: number;
  timer: unknown;
}

export class Batcher<T> {
  private readonly groups = new Map<string, Group<T>>();
  /** Per key, the batch that left and still takes items (see hold). */
  private readonly held = new Map<string, { items: T[]; chars: number }>();

  constructor(private readonly options: BatcherOptions<T>) {}

  add(key: string, item: T): void {
    const size = this.options.sizeOf(item);
    let group = this.groups.get(key);
    // Adding this item would break a cap: send what is there first.
    if (group && (group.items.length + 1 > this.options.maxItems || group.chars + size > this.options.maxChars)) {
      this.flush(key);
      group = undefined;
    }
    if (!group) {
      group = { items: [], chars: 0, timer: this.options.clock.setTimeout(() => this.flush(key), this.options.windowMs) };
      this.groups.set(key, group);
    }
    group.items.push(item);
    group.chars += size;
    if (group.items.length >= this.options.maxItems || group.chars >= this.options.maxChars) this.flush(key);
  }

  /** Takes an item back if its batch has not been sent; true when it was still waiting. */
  remove(key: string, item: T): boolean {
    const group = this.groups.get(key);
    const index = group?.items.indexOf(item) ?? -1;
    if (!group || index < 0) return false;
    group.items.splice(index, 1);
    group.chars -= this.options.sizeOf(item);
    if (group.items.length === 0) {
      this.options.clock.clearTimeout(group.timer);
      this.groups.delete(key);
    }
    return true;
  }

  flush(key: string): void {
    const group = this.groups.get(key);
    if (!group) return;
    this.options.clock.clearTimeout(group.timer);
    this.groups.delete(key);
    if (group.items.length > 0) this.options.onBatch(key, group.items);
  }

  flushAll(): void {
    for (const key of [...this.groups.keys()]) this.flush(key);
  }

  /**
   * Keeps a batch that left open for `join` until the returned function is called (its turn
   * came). `items` is the batch's own array: what joins is pushed into it.
   */
  hold(key: string, items: T[]): () => void {
    const held = { items, chars: items.reduce((n, item) => n + this.options.sizeOf(item), 0) };
    this.held.set(key, held);
    return () => {
      if (this.held.get(key) === held) this.held.delete(key);
    };
  }

  /** Puts items into the held batch of `key` as far as the caps allow; returns those that did not fit. */
  join(key: string, items: T[], onJoin: (item: T) => void): T[] {
    const held = this.held.get(key);
    if (!held) return items;
    const rest: T[] = [];
    for (const item of items) {
      const size = this.options.sizeOf(item);
      if (held.items.length < this.options.maxItems && held.chars + size <= this.options.maxChars) {
        held.items.push(item);
        held.chars += size;
        onJoin(item);
      } else rest.push(item);
    }
    return rest;
  }
}
