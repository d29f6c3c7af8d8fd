/** The toolbar badge: "…" while a tab has units waiting, "!" when some failed, nothing otherwise. */
import { browser } from '@/utils/browser';
import type { UnitCounts } from '@/utils/schemas/messages';

export async function showCountsOnBadge(tabId: number, counts: UnitCounts): Promise<void> {
  const text = counts.failed > 0 ? '!' : counts.waiting > 0 ? '…' : '';
  await browser.action.setBadgeText({ tabId, text });
  if (text) await browser.action.setBadgeBackgroundColor({ tabId, color: counts.failed > 0 ? '#c62828' : '#6b6b75' });
}
