/**
 * Groups items by key (provider + language pair) into batches that respect a provider's item
 * and character caps. A group is sent when it is full, or after a short window from its first
 * item. Items can be taken back before their batch is sent (cancellation). Pure: time is injected.
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
}
