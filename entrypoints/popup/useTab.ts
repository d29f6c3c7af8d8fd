/**
 * The tab the popup steers, and what its content script says about it, asked again every
 * second while the popup is open. `?tabId=` names the tab when the popup is opened as a page
 * of its own (tests, or a detached window); otherwise it is the active tab of this window.
 */
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { askTab } from '@/utils/messaging';
import { browser } from '@/utils/browser';
import type { TabStatusReply } from '@/utils/schemas/messages';
import { isSiteUrl } from '@/utils/sites/hosts';

export type TabState =
  | { kind: 'loading' }
  | { kind: 'site'; tabId: number; status: TabStatusReply; host: string }
  /** A RedNote tab whose content script does not answer: opened before Red Thread was installed or updated. */
  | { kind: 'reload'; tabId: number }
  | { kind: 'elsewhere' };

export const REFRESH_MS = 1000;

async function targetTabId(): Promise<number | undefined> {
  const fromQuery = Number(new URLSearchParams(location.search).get('tabId'));
  if (Number.isInteger(fromQuery) && fromQuery > 0) return fromQuery;
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id;
}

async function readTab(tabId: number | undefined): Promise<TabState> {
  if (tabId === undefined) return { kind: 'elsewhere' };
  const answer = await askTab(tabId, { type: 'status' });
  if (answer.ok) {
    let host = '';
    try {
      host = new URL(answer.value.href).hostname;
    } catch {
      // keep ''
    }
    return { kind: 'site', tabId, status: answer.value, host };
  }
  // The tab's address is only visible where the extension may see it; when it is a RedNote page, say "reload".
  const url = await browser.tabs.get(tabId).then(
    (tab) => tab.url,
    () => undefined,
  );
  return isSiteUrl(url) ? { kind: 'reload', tabId } : { kind: 'elsewhere' };
}

export function useTab(): { tab: TabState; refresh(): void; setTab(next: TabState): void } {
  const [tab, setTab] = useState<TabState>({ kind: 'loading' });
  const tabId = useRef<Promise<number | undefined> | null>(null);
  const asking = useRef(false);

  const refresh = useCallback(() => {
    if (asking.current) return;
    asking.current = true;
    tabId.current ??= targetTabId().catch(() => undefined);
    void tabId.current
      .then(readTab)
      .then(setTab, () => setTab({ kind: 'elsewhere' }))
      .finally(() => {
        asking.current = false;
      });
  }, []);

  useEffect(() => {
    refresh();
    const timer = setInterval(refresh, REFRESH_MS);
    return () => clearInterval(timer);
  }, [refresh]);

  return { tab, refresh, setTab };
}
