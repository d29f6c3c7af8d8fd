/**
 * The tab's counts to the background, for the toolbar badge: at most a few times a second
 * (the latest counts win), and never after the content script's lifetime ends.
 */
import { askBackground } from '@/utils/messaging';
import type { UnitCounts } from '@/utils/schemas/messages';

const BADGE_EVERY_MS = 300;

export function badgeCountsReporter(signal: AbortSignal): (counts: UnitCounts) => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let latest: UnitCounts | null = null;
  signal.addEventListener('abort', () => clearTimeout(timer), { once: true });
  return (counts) => {
    latest = counts;
    if (signal.aborted) return;
    timer ??= setTimeout(() => {
      timer = undefined;
      if (latest) void askBackground({ type: 'counts', counts: latest });
    }, BADGE_EVERY_MS);
  };
}
