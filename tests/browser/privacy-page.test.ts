/**
 * The privacy policy page the extension ships: reached from the options and welcome pages by their
 * link, in the browser's UI language, with every section the stores ask for and the permission list
 * of store/permissions.json. (The Simplified Chinese page is checked in ui-zh.test.ts.)
 */
import { describe, expect, test } from 'vitest';
import { BROWSER_NAME, useBrowserEnv } from '../harness/env';
import type { TestPage } from '../harness/browser';
import permissions from '../../store/permissions.json';
import { PRIVACY_POLICY } from '../../utils/privacy/policy';
import { openOptionsPage } from './ui-helpers';

const env = useBrowserEnv();

/** What the reader sees on the privacy page once it has rendered. */
export async function readPolicyPage(page: TestPage) {
  await page.waitFor(() => location.pathname === '/privacy.html' && document.readyState === 'complete' && !!document.querySelector('section#delete li'));
  return page.evaluate(() => ({
    lang: document.documentElement.lang,
    title: document.title,
    h1: document.querySelector('h1')?.textContent,
    sections: [...document.querySelectorAll('section')].map((s) => s.id),
    headings: [...document.querySelectorAll('h2')].map((h) => h.textContent),
    permissionItems: document.querySelectorAll('section#permissions li').length,
    codeSpans: document.querySelectorAll('code').length,
    text: document.body.innerText,
    // Rendered as text only: no markup characters from the source survive, no element we did not make.
    elements: [...new Set([...document.querySelectorAll('main *')].map((e) => e.localName))].sort(),
  }));
}

describe(`privacy policy page (${BROWSER_NAME})`, () => {
  test('the options page links to it; it says what is sent, to whom, what is stored and how to delete it', async () => {
    const options = await openOptionsPage(env);
    await options.waitFor(() => !!document.querySelector('#privacy [data-testid="privacy-policy-link"]'));
    await options.click('#privacy [data-testid="privacy-policy-link"]');
    const shown = await readPolicyPage(options);
    const en = PRIVACY_POLICY.en;
    expect(shown.lang).toBe('en');
    expect(shown.h1).toBe(en.title);
    expect(shown.title).toBe(en.title);
    expect(shown.sections).toEqual(['summary', 'sent', 'stored', 'delete', 'permissions', 'changes']);
    expect(shown.headings).toEqual(en.sections.map((s) => s.heading));
    expect(shown.permissionItems).toBe(permissions.rows.length);
    // The hosts text goes to, named in words the reader can check against the manifest.
    for (const host of ['edge.microsoft.com', 'translate-pa.googleapis.com', 'api-free.deepl.com', 'api.openai.com']) expect(shown.text).toContain(host);
    expect(shown.text).toContain('Clear cache');
    // No Markdown left in the page (a host wildcard such as *.xhscdn.com is content, not emphasis).
    expect(shown.text).not.toMatch(/`|\*(?!\.[a-z])|\]\(/);
    expect(shown.codeSpans).toBeGreaterThan(5);
    expect(shown.elements).toEqual(['a', 'code', 'em', 'h1', 'h2', 'header', 'li', 'p', 'section', 'time', 'ul']);
    await options.screenshot('privacy-page');
  });

  test('the welcome page links to it too', async () => {
    const welcome = await env.browser.openExtensionPage('welcome.html');
    await welcome.waitFor(() => !!document.querySelector('[data-testid="privacy-policy-link"]'));
    await welcome.click('[data-testid="privacy-policy-link"]');
    const shown = await readPolicyPage(welcome);
    expect(shown.h1).toBe(PRIVACY_POLICY.en.title);
  });
});
