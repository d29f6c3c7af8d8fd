/** The extension's keyboard shortcuts, and where each browser lets the user change them. */
import { useEffect, useState } from 'preact/hooks';
import { browser } from '@/utils/browser';
import { t } from '@/utils/i18n/t';

interface Command {
  name?: string;
  description?: string;
  shortcut?: string;
}

const isFirefox = location.protocol === 'moz-extension:';

export function ShortcutsSection() {
  const [commands, setCommands] = useState<Command[] | null>(null);
  useEffect(() => {
    // browser.commands may be missing when the manifest declares none.
    const api = (browser as { commands?: { getAll?: () => Promise<Command[]> } }).commands;
    void (api?.getAll?.() ?? Promise.resolve([])).then(setCommands, () => setCommands([]));
  }, []);
  return (
    <>
      {commands === null ? (
        <p class="muted">{t('popupLoading')}</p>
      ) : commands.length === 0 ? (
        <p class="muted" data-testid="no-shortcuts">
          {t('shortcutsNone')}
        </p>
      ) : (
        <table class="options__shortcuts" data-testid="shortcuts">
          <thead>
            <tr>
              <th scope="col">{t('shortcutsAction')}</th>
              <th scope="col">{t('shortcutsKeys')}</th>
            </tr>
          </thead>
          <tbody>
            {commands.map((c) => (
              <tr key={c.name}>
                <td>{c.name === '_execute_action' || c.name === '_execute_browser_action' ? t('shortcutsOpenPopup') : c.description || c.name}</td>
                <td>{c.shortcut ? <kbd>{c.shortcut}</kbd> : <span class="muted">{t('shortcutsNotSet')}</span>}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <ul class="options__where">
        <li>
          {t('shortcutsChrome')} <code>chrome://extensions/shortcuts</code>{' '}
          {!isFirefox && (
            <button type="button" class="button--link" onClick={() => void browser.tabs.create({ url: 'chrome://extensions/shortcuts' })}>
              {t('shortcutsOpen')}
            </button>
          )}
        </li>
        <li>{t('shortcutsFirefox')}</li>
      </ul>
    </>
  );
}
