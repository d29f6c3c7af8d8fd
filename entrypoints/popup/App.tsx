import { useEffect, useState } from 'preact/hooks';
import { browser } from '@/utils/browser';
import { Logo } from '@/components/Logo';
import { t } from '@/utils/i18n/t';
import { tabStatusReplySchema, type TabStatusReply } from '@/utils/schemas/messages';

type TabState = { kind: 'loading' } | { kind: 'site'; status: TabStatusReply } | { kind: 'elsewhere' };

/** Which tab the popup steers: the active one, or `?tabId=` when the popup is opened as a page of its own. */
async function targetTabId(): Promise<number | undefined> {
  const fromQuery = Number(new URLSearchParams(location.search).get('tabId'));
  if (Number.isInteger(fromQuery) && fromQuery > 0) return fromQuery;
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id;
}

async function readTabState(): Promise<TabState> {
  const tabId = await targetTabId();
  if (tabId === undefined) return { kind: 'elsewhere' };
  try {
    const parsed = tabStatusReplySchema.safeParse(await browser.tabs.sendMessage(tabId, { type: 'status' }));
    return parsed.success ? { kind: 'site', status: parsed.data } : { kind: 'elsewhere' };
  } catch {
    // No content script answered: the tab is not a RedNote page.
    return { kind: 'elsewhere' };
  }
}

export function App() {
  const [tab, setTab] = useState<TabState>({ kind: 'loading' });
  useEffect(() => {
    void readTabState().then(setTab);
  }, []);

  return (
    <main class="popup">
      <header class="popup__header">
        <Logo size={28} />
        <h1>{t('extShortName')}</h1>
      </header>
      {tab.kind === 'loading' && <p class="muted" aria-busy="true">{t('popupLoading')}</p>}
      {tab.kind === 'site' && (
        <p class="status" data-testid="tab-status">
          {t('popupActiveHere')}
        </p>
      )}
      {tab.kind === 'elsewhere' && (
        <section class="elsewhere" data-testid="not-rednote">
          <p>{t('popupNotRedNote')}</p>
          <a class="button" href="https://www.xiaohongshu.com/explore" target="_blank" rel="noreferrer">
            {t('popupOpenRedNote')}
          </a>
        </section>
      )}
    </main>
  );
}
