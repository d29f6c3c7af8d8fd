/**
 * The on-demand features (the composer, the selection box: entrypoints/on-demand/), injected into
 * the one frame of a RedNote tab whose content script asked: Red Thread's own file, nothing else.
 */
import { browser } from '@/utils/browser';
import { ON_DEMAND_FILE } from '@/utils/page/on-demand-names';

export async function injectOnDemand(tabId: number, frameId: number): Promise<void> {
  await browser.scripting.executeScript({ target: { tabId, frameIds: [frameId] }, files: [ON_DEMAND_FILE] });
}
