/**
 * Issue 5, the options and welcome pages, in each browser: what they show, that a key entered
 * there is used and never leaks, that settings survive an export and import, that a bad file is
 * refused without changing anything, and that the switches reach the content script.
 */
import { beforeEach, describe, expect, test } from 'vitest';
import { BROWSER_NAME, useBrowserEnv } from '../harness/env';
import type { TestPage } from '../harness/browser';
import { resetSettings, setSettings, settled } from '../harness/overlays';
import { allPageMarkup, choose, openOptionsPage, storedOnce, storedSettings, type Api } from './ui-helpers';

const env = useBrowserEnv();
const CHENGDU = 'https://www.xiaohongshu.com/explore/6784c1d2000000001a03b7e4';
const DEEPL_KEY = 'test-key:fx';

const openOptions = () => openOptionsPage(env);

/** Everything in storage.sync, as JSON text. */
function syncText(page: TestPage): Promise<string> {
  return page.evaluate(async () => {
    const api = ((globalThis as { browser?: unknown }).browser ?? (globalThis as { chrome?: unknown }).chrome) as Api;
    return JSON.stringify(await api.storage.sync.get(null));
  });
}

/** Puts a file in the import input, as choosing it in the file dialog does. */
function importFile(page: TestPage, name: string, text: string): Promise<void> {
  return page.evaluate(
    ([n, content]: [string, string]) => {
      const input = document.querySelector<HTMLInputElement>('[data-testid="import-settings"]')!;
      const transfer = new DataTransfer();
      transfer.items.add(new File([content], n, { type: 'application/json' }));
      input.files = transfer.files;
      input.dispatchEvent(new Event('change', { bubbles: true }));
    },
    [name, text] as [string, string],
  );
}

/** Clicks "Export settings" and returns the file the browser was given to save. */
async function exportFile(page: TestPage): Promise<{ name: string; text: string }> {
  await page.evaluate(() => {
    const w = window as unknown as { __saved?: Promise<{ name: string; text: string }> };
    const original = HTMLAnchorElement.prototype.click;
    HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
      if (this.download) w.__saved = fetch(this.href).then(async (r) => ({ name: this.download, text: await r.text() }));
      HTMLAnchorElement.prototype.click = original;
    };
  });
  await page.click('[data-testid="export-settings"]');
  return page.waitFor(() => (window as unknown as { __saved?: Promise<{ name: string; text: string }> }).__saved ?? null) as Promise<{ name: string; text: string }>;
}

/** Waits for the message under a control to contain `part`, and returns it whole. */
function noteText(page: TestPage, testId: string, part = ''): Promise<string> {
  const found = page.waitFor(
    ([id, p]: [string, string]) => {
      const text = document.querySelector(`[data-testid="${id}"]`)?.textContent ?? '';
      return text.includes(p) ? text || null : null;
    },
    [testId, part] as [string, string],
    5_000,
  ) as Promise<string>;
  return found.catch(async (error: unknown) => {
    throw new Error(`${String(error)}; the message reads: ${await page.evaluate((id: string) => document.querySelector(`[data-testid="${id}"]`)?.textContent, testId)}`);
  });
}

beforeEach(async () => {
  await resetSettings(env.browser);
  env.server.reset();
});

describe(`options and welcome pages (${BROWSER_NAME})`, () => {
  test('the welcome page opened on install, says what Red Thread does and sends, and leads to RedNote', async () => {
    const welcome = await env.browser.openExtensionPage('welcome.html');
    // The one opened by the install is among the extension's open tabs.
    const views = await welcome.evaluate(() => {
      const api = ((globalThis as { browser?: unknown }).browser ?? (globalThis as { chrome?: unknown }).chrome) as Api;
      return api.extension.getViews({ type: 'tab' }).map((w) => w.location.pathname);
    });
    expect(views.filter((p) => p === '/welcome.html').length).toBeGreaterThanOrEqual(2);
    await welcome.waitFor(() => !!document.querySelector('select#target-language'));
    const shown = await welcome.evaluate(() => ({
      title: document.querySelector('h1')?.textContent,
      text: document.body.textContent ?? '',
      link: document.querySelector<HTMLAnchorElement>('[data-testid="open-rednote"]')?.href,
      lang: document.documentElement.lang,
    }));
    expect(shown.title).toBe('Welcome to Red Thread');
    expect(shown.lang).toBe('en');
    for (const phrase of ['Translations in place', 'Slang explained', 'Etiquette tips', 'Translate this page', 'Microsoft by default', 'no telemetry', 'need no network']) {
      expect(shown.text).toContain(phrase);
    }
    expect(shown.link).toBe('https://www.xiaohongshu.com/explore');
    await welcome.setViewport(1000, 900);
    await welcome.screenshot('welcome', { fullPage: true });
    await choose(welcome, 'select#target-language', 'fr');
    await welcome.waitFor(async () => {
      const api = ((globalThis as { browser?: unknown }).browser ?? (globalThis as { chrome?: unknown }).chrome) as Api;
      return ((await api.storage.sync.get('settings')).settings as { targetLanguage?: string } | undefined)?.targetLanguage === 'fr';
    });
    await welcome.close();
  });

  test('shows every section: providers, guidance, what to translate, data, privacy, shortcuts', async () => {
    const options = await openOptions();
    const shown = await options.evaluate(() => ({
      headings: [...document.querySelectorAll('main h2')].map((h) => h.textContent),
      provider: document.querySelector<HTMLSelectElement>('#default-provider')!.value,
      providerOptions: [...document.querySelector<HTMLSelectElement>('#default-provider')!.options].map((o) => ({ v: o.value, text: o.textContent, disabled: o.disabled })),
      hasTranslator: typeof (globalThis as { Translator?: unknown }).Translator !== 'undefined',
      fallbacks: [...document.querySelectorAll('[data-testid="fallbacks"] li')].map((li) => [li.getAttribute('data-provider'), li.querySelector('input')!.checked]),
      cards: [...document.querySelectorAll('.options__card')].map((c) => c.getAttribute('data-provider')),
      privacy: document.querySelector('#privacy')?.textContent ?? '',
      shortcuts: document.querySelector('#shortcuts')?.textContent ?? '',
      switches: [...document.querySelectorAll('[role="switch"]')].map((s) => [s.id, s.getAttribute('aria-checked')]),
    }));
    expect(shown.headings).toEqual(['Reading', 'Translation services', 'Guidance', 'What to translate', 'Data', 'Privacy', 'Keyboard shortcuts']);
    expect(shown.provider).toBe('microsoft');
    expect(shown.providerOptions.map((o) => o.v)).toEqual(['microsoft', 'google', 'deepl', 'libre', 'openai', 'chrome']);
    // Chrome on-device can be chosen exactly where the browser has a Translator (details: on-device.test.ts).
    const chrome = shown.providerOptions.find((o) => o.v === 'chrome')!;
    expect(chrome.disabled).toBe(!shown.hasTranslator);
    if (!shown.hasTranslator) expect(chrome.text).toContain('not available in this browser');
    expect(shown.fallbacks).toEqual([
      ['google', true],
      ['deepl', false],
      ['libre', false],
      ['openai', false],
    ]);
    expect(shown.cards).toEqual(['microsoft', 'google', 'deepl', 'libre', 'openai', 'chrome']);
    expect(shown.privacy).toContain('goes to the translation service you chose (Microsoft by default, with Google as the automatic fallback) and nowhere else');
    expect(shown.privacy).toContain('local extension storage');
    expect(shown.privacy).toContain('no telemetry');
    expect(shown.shortcuts).toContain('chrome://extensions/shortcuts');
    expect(shown.shortcuts).toContain('Manage Extension Shortcuts');
    expect(shown.switches).toEqual([
      ['guidance-tips', 'true'],
      ['guidance-glossary', 'true'],
      ['guidance-labels', 'true'],
      ['kind-feedTitle', 'true'],
      ['kind-noteTitle', 'true'],
      ['kind-noteBody', 'true'],
      ['kind-comment', 'true'],
      ['kind-bio', 'true'],
      ['image-text', 'true'],
      ['image-text-auto', 'true'],
    ]);
    // The Ollama note names this extension's own origin.
    expect(await options.evaluate(() => document.querySelector('.options__ollama')?.textContent)).toContain(`OLLAMA_ORIGINS=${env.browser.extensionOrigin}`);
    await options.screenshot('options-light', { fullPage: true });
    await options.setColorScheme('dark');
    await options.screenshot('options-dark', { fullPage: true });
    await options.close();
  });

  test('a DeepL key is tested, used with its Authorization header, and never reaches a page or storage.sync', async () => {
    const options = await openOptions();
    // A wrong key: the Test button shows DeepL's exact refusal.
    await options.click('#deepl-key');
    await options.type('wrong-key:fx');
    await options.click('[data-testid="save-deepl"]');
    expect(await noteText(options, 'deepl-note', 'Key saved')).toBe('Key saved.');
    await options.click('[data-testid="test-deepl"]');
    await options.waitFor(() => document.querySelector('[data-testid="test-result-deepl"]')?.getAttribute('data-state') === 'error');
    const refused = await options.evaluate(() => document.querySelector('[data-testid="test-result-deepl"]')?.textContent ?? '');
    expect(refused).toContain('bad-key');
    expect(refused).toContain('DeepL refused the key (HTTP 403)');

    await options.click('#deepl-key');
    await options.type(DEEPL_KEY);
    await options.click('[data-testid="save-deepl"]');
    // The field is emptied; the saved key shows masked.
    await options.waitFor(() => {
      const input = document.querySelector<HTMLInputElement>('#deepl-key');
      return !!input?.placeholder.includes('••••y:fx') && input.value === '';
    });
    await options.click('[data-testid="test-deepl"]');
    await options.waitFor(() => document.querySelector('[data-testid="test-result-deepl"]')?.getAttribute('data-state') === 'ok');
    expect(await options.evaluate(() => document.querySelector('[data-testid="test-result-deepl"]')?.textContent)).toContain('[EN-US] 你好，欢迎来到小红书！');

    await choose(options, '#default-provider', 'deepl');
    await options.waitFor(() => !!document.querySelector('#provider-deepl .options__tag'));
    const stored = await storedOnce(options, (v) => v?.provider === 'deepl');
    expect(stored?.provider).toBe('deepl');
    // The previous default becomes the first fallback.
    expect(stored?.fallbacks).toEqual(['microsoft', 'google']);
    expect(stored?.deepl).toEqual({ plan: 'free' });
    await options.screenshot('options-deepl-saved');

    env.server.reset();
    const page = await env.openSite(CHENGDU);
    const shown = await settled(page, 3);
    expect(shown.filter((o) => o.state === 'done').length).toBeGreaterThan(2);
    const deepl = env.server.providerRequests('deepl');
    expect(deepl.length).toBeGreaterThan(0);
    for (const r of deepl) {
      expect(r.host).toBe('api-free.deepl.com');
      expect(r.headers.authorization).toBe(`DeepL-Auth-Key ${DEEPL_KEY}`);
    }
    expect(env.server.providerRequests('microsoft')).toHaveLength(0);
    expect(shown.some((o) => o.text.startsWith('[EN-US] '))).toBe(true);

    // The key is in no page's DOM (document and shadow roots), nor in storage.sync, nor in the options page's markup.
    const markup = await allPageMarkup(page);
    expect(markup).toContain('red-thread-overlay');
    expect(markup).not.toContain('test-key');
    expect(await syncText(options)).not.toContain('test-key');
    expect(await allPageMarkup(options)).not.toContain(DEEPL_KEY);
    await options.close();
  });

  test('fallback order, guidance and what to translate are saved and reach the page', async () => {
    await setSettings(env.browser, { dismissedTips: ['tip-follow', 'tip-ip'] });
    const options = await openOptions();
    // Fallbacks: add DeepL, then move it before Google (keyboard-reachable buttons).
    await options.click('[data-testid="fallbacks"] li[data-provider="deepl"] input');
    await options.waitFor(() => !!document.querySelector('button[aria-label="Move DeepL up"]'));
    await options.click('button[aria-label="Move DeepL up"]');
    await options.waitFor(() => document.querySelector('[data-testid="fallbacks"] li')?.getAttribute('data-provider') === 'deepl');
    expect((await storedOnce(options, (v) => JSON.stringify(v?.fallbacks) === '["deepl","google"]'))?.fallbacks).toEqual(['deepl', 'google']);

    expect(await options.evaluate(() => document.querySelector('[data-testid="dismissed-count"]')?.textContent)).toContain('2');
    await options.click('[data-testid="show-dismissed"]');
    await options.click('#guidance-glossary');
    await options.click('#kind-comment');
    await options.waitFor(() => document.querySelector('#kind-comment')?.getAttribute('aria-checked') === 'false');
    await options.waitFor(() => document.querySelector<HTMLButtonElement>('[data-testid="show-dismissed"]')?.disabled);
    const stored = await storedOnce(
      options,
      (v) =>
        (v?.translate as { comment?: boolean } | undefined)?.comment === false &&
        (v?.guidance as { glossary?: boolean } | undefined)?.glossary === false &&
        (v?.dismissedTips as unknown[] | undefined)?.length === 0,
    );
    expect(stored?.dismissedTips).toEqual([]);
    expect(stored?.guidance).toEqual({ tips: true, glossary: false, labels: true });
    expect(stored?.translate).toEqual({ feedTitle: true, noteTitle: true, noteBody: true, comment: false, bio: true });

    const page = await env.openSite(CHENGDU);
    const shown = await settled(page, 2);
    expect(shown.map((o) => o.kind).sort()).toEqual(['noteBody', 'noteTitle']);
    expect(env.server.textsSent().some((t) => t.includes('家人们谁懂啊'))).toBe(false);

    // Comments back on: the open page translates them without a reload.
    await options.click('#kind-comment');
    await page.waitFor(() => [...document.querySelectorAll('red-thread-overlay')].some((h) => h.getAttribute('data-rt-kind') === 'comment'));
    await options.close();
  });

  test('the cache size is shown and "Clear cache" empties it', async () => {
    const page = await env.openSite(CHENGDU);
    await settled(page, 3);
    const options = await openOptions();
    const before = await options.waitFor(() => /(\d+) translations/.exec(document.querySelector('[data-testid="cache-stats"]')?.textContent ?? '')?.[1]);
    expect(Number(before)).toBeGreaterThan(0);
    await options.click('[data-testid="clear-cache"]');
    expect(await noteText(options, 'cache-note', 'Cache')).toBe('Cache cleared.');
    await options.waitFor(() => document.querySelector('[data-testid="cache-stats"]')?.textContent?.startsWith('0 translations'));
    await options.close();
  });

  test('export then import gives back the same settings, without any key', async () => {
    const options = await openOptions();
    // The key from the DeepL test is still saved in this browser: the file must not carry it.
    await choose(options, 'select#target-language', 'ja');
    await options.click('input[name="display-mode"][value="replace"]');
    await options.click('#guidance-tips');
    await options.click('#kind-bio');
    await options.waitFor(() => document.querySelector('#kind-bio')?.getAttribute('aria-checked') === 'false');
    await setSettings(env.browser, { sites: { 'www.rednote.com': 'never' } });
    await options.waitFor(() => document.querySelector('[data-testid="sites-off"]')?.textContent?.includes('www.rednote.com'));
    const before = await storedOnce(options, (v) => (v?.translate as { bio?: boolean } | undefined)?.bio === false && v?.displayMode === 'replace' && v?.targetLanguage === 'ja');

    const file = await exportFile(options);
    expect(file.name).toMatch(/^red-thread-settings-\d{4}-\d{2}-\d{2}\.json$/);
    const json = JSON.parse(file.text) as { format: string; settings: unknown };
    expect(json.format).toBe('red-thread-settings');
    expect(json.settings).toEqual(before);
    expect(file.text).not.toContain('test-key');
    expect(file.text).not.toMatch(/secret|key"/i);

    await resetSettings(env.browser);
    await options.waitFor(() => document.querySelector<HTMLSelectElement>('select#target-language')?.value === 'en');
    expect(await storedSettings(options)).toBeUndefined();

    await importFile(options, file.name, file.text);
    expect(await noteText(options, 'file-note', 'imported')).toBe(`Settings imported from ${file.name}.`);
    await options.waitFor(() => document.querySelector<HTMLSelectElement>('select#target-language')?.value === 'ja');
    expect(await storedOnce(options, (v) => JSON.stringify(v) === JSON.stringify(before))).toEqual(before);
    expect(await options.evaluate(() => document.querySelector<HTMLInputElement>('input[name="display-mode"]:checked')?.value)).toBe('replace');
    expect(await options.evaluate(() => document.querySelector('#guidance-tips')?.getAttribute('aria-checked'))).toBe('false');
    await options.close();
  });

  test('a malformed, unknown-key, wrong-value or too-large file is refused with the reason, and nothing changes', async () => {
    await setSettings(env.browser, { targetLanguage: 'ko', displayMode: 'replace' });
    const options = await openOptions();
    const before = await syncText(options);
    const good = { format: 'red-thread-settings', settings: { targetLanguage: 'es' } };
    const cases: Array<[string, string, string]> = [
      ['broken.json', '{"format": "red-thread-settings", "settings": {', 'not valid JSON'],
      ['other.json', JSON.stringify({ theme: 'dark' }), 'not a Red Thread settings file'],
      ['secret.json', JSON.stringify({ ...good, settings: { ...good.settings, deeplKey: 'x:fx' } }), 'does not know: settings.deeplKey'],
      ['nested.json', JSON.stringify({ ...good, settings: { guidance: { tips: true, glossary: true, labels: true, extra: 1 } } }), 'settings.guidance.extra'],
      ['value.json', JSON.stringify({ ...good, settings: { displayMode: 'sideways' } }), 'settings.displayMode'],
      ['future.json', JSON.stringify({ ...good, settings: { version: 99 } }), 'newer version'],
      ['huge.json', JSON.stringify({ ...good, padding: 'x'.repeat(120 * 1024) }), 'larger than a settings file can be'],
    ];
    for (const [name, text, reason] of cases) {
      await importFile(options, name, text);
      const note = await noteText(options, 'file-note', reason);
      expect(note, name).toContain('This file was not imported and nothing changed.');
      expect(note, name).toContain(reason);
      expect(await options.evaluate(() => document.querySelector('[data-testid="file-note"]')?.getAttribute('role'))).toBe('alert');
      expect(await syncText(options), name).toBe(before);
    }
    await options.evaluate(() => document.querySelector('#data')?.scrollIntoView());
    await options.screenshot('options-import-refused');
    expect(await options.evaluate(() => document.querySelector<HTMLSelectElement>('select#target-language')?.value)).toBe('ko');
    await options.close();
  });
});
