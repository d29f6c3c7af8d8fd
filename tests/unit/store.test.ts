/**
 * The store texts and the README's permission table are generated from one source each
 * (store/generate.ts): this fails when a generated file differs from what its sources make, and when
 * the manifest asks for a permission store/permissions.json does not explain (or the other way round).
 * `npm run store` (RT_WRITE=1) rewrites the files instead of failing.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, test } from 'vitest';
import config from '../../wxt.config';
import pkg from '../../package.json';
import en from '../../public/_locales/en/messages.json';
import zh from '../../public/_locales/zh_CN/messages.json';
import permissions from '../../store/permissions.json';
import { generatedFiles, readmeWithTable, SHORT_DESCRIPTION_MAX } from '../../store/generate';
import { SITE_MATCHES } from '../../utils/sites/hosts';

const ROOT = join(import.meta.dirname, '..', '..');
const WRITE = process.env.RT_WRITE === '1';

type Browser = 'chrome' | 'firefox';
type Manifest = Record<string, unknown> & {
  permissions?: string[];
  host_permissions?: string[];
  optional_host_permissions?: string[];
  browser_specific_settings?: { gecko?: { data_collection_permissions?: { required?: string[]; optional?: string[] } } };
};

function manifestFor(browser: Browser): Manifest {
  const manifest = config.manifest as unknown as (env: object) => Manifest;
  return manifest({ browser, manifestVersion: 3, mode: 'production', command: 'build' });
}

/** What the manifest asks for, as "field value" lines. The content script's matches are SITE_MATCHES (entrypoints/content). */
function asked(browser: Browser): string[] {
  const m = manifestFor(browser);
  const lines = [
    ...(m.permissions ?? []).map((v) => `permissions ${v}`),
    ...(m.host_permissions ?? []).map((v) => `host_permissions ${v}`),
    ...(m.optional_host_permissions ?? []).map((v) => `optional_host_permissions ${v}`),
    ...SITE_MATCHES.map((v) => `content_scripts ${v}`),
  ];
  for (const field of ['optional_permissions', 'web_accessible_resources']) if (m[field]) lines.push(`${field} (any)`);
  return lines.sort();
}

function explained(browser: Browser): string[] {
  return permissions.rows
    .flatMap((row) => row.manifest)
    .filter((entry) => !('browser' in entry) || entry.browser === browser)
    .map((entry) => `${entry.field} ${entry.value}`)
    .sort();
}

function checkFile(relative: string, expected: string) {
  const path = join(ROOT, relative);
  if (WRITE) {
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, expected);
  }
  expect(existsSync(path), `${relative} is missing: run npm run store`).toBe(true);
  expect(readFileSync(path, 'utf8'), `${relative} is not what its sources make: run npm run store`).toBe(expected);
}

describe('store listings and the permission table', () => {
  test.each(['chrome', 'firefox'] as const)('every permission the %s manifest asks for has its row and reason, and no row names one it does not ask for', (browser) => {
    expect(explained(browser)).toEqual(asked(browser));
    for (const row of permissions.rows) for (const lang of ['en', 'zh_CN'] as const) expect(row.why[lang].length).toBeGreaterThan(10);
  });

  test('the listings and privacy policy files are what their sources make', () => {
    const firefoxDataCollection = manifestFor('firefox').browser_specific_settings?.gecko?.data_collection_permissions ?? {};
    const files = generatedFiles({ version: pkg.version, firefoxDataCollection });
    for (const [relative, content] of Object.entries(files)) checkFile(relative, content);
  });

  test('the README’s permission table is the generated one', () => {
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
    checkFile('README.md', readmeWithTable(readme));
  });

  test('name and short description fit the stores’ limits (short description ≤ 132 characters, name ≤ 45)', () => {
    for (const messages of [en, zh]) {
      expect(messages.extDescription.message.length).toBeLessThanOrEqual(SHORT_DESCRIPTION_MAX);
      expect(messages.extName.message.length).toBeLessThanOrEqual(45);
    }
  });
});
