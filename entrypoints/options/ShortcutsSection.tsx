/** The extension's keyboard shortcuts, and where each browser lets the user change them. */
import { browser } from '@/utils/browser';
import { isOpenPopupCommand, openShortcutSettings, useCommands } from '@/components/useCommands';
import { t } from '@/utils/i18n/t';

const isFirefox = location.protocol === 'moz-extension:';

export function ShortcutsSection() {
  const commands = useCommands();
  const openInFirefox = isFirefox ? openShortcutSettings() : null;
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
              <tr key={c.name} data-command={c.name}>
                <td>{isOpenPopupCommand(c.name) ? t('shortcutsOpenPopup') : c.description || c.name}</td>
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
            // Chrome lets an extension open its shortcuts page in a tab (a link to chrome:// would not open).
            <button type="button" class="button--link" data-testid="open-shortcuts" onClick={() => void browser.tabs.create({ url: 'chrome://extensions/shortcuts' })}>
              {t('shortcutsOpen')}
            </button>
          )}
        </li>
        <li>
          {t('shortcutsFirefox')}{' '}
          {openInFirefox && (
            <button type="button" class="button--link" data-testid="open-shortcuts" onClick={() => void openInFirefox().catch(() => undefined)}>
              {t('shortcutsFirefoxOpen')}
            </button>
          )}
        </li>
      </ul>
    </>
  );
}
