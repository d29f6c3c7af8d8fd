// @ts-check
/**
 * The project's lint, configured once: typescript-eslint with type information (floating and
 * misused promises, unsafe `any`), plus the rule that keeps the pure cores pure.
 * Run from the repository root: `npm run lint` (this file's own packages live in tools/lint, with
 * TypeScript 5.9 for typescript-eslint's parser: the project's TypeScript 7 has no JS API).
 */
import Module, { createRequire } from 'node:module';
import { join } from 'node:path';
import js from '@eslint/js';

// Every `require('typescript')` made while linting gets this folder's TypeScript 5.9, wherever the
// requiring package was installed (npm hoists some of typescript-eslint's helpers, like ts-api-utils,
// to the root, where `typescript` is the project's TypeScript 7 without a JS API).
const TYPESCRIPT = createRequire(import.meta.url).resolve('typescript');
const resolve = /** @type {any} */ (Module)._resolveFilename;
/** @type {any} */ (Module)._resolveFilename = function (/** @type {string} */ request, /** @type {unknown[]} */ ...rest) {
  return resolve.call(this, request === 'typescript' ? TYPESCRIPT : request, ...rest);
};
const { default: tseslint } = await import('typescript-eslint');

const ROOT = join(import.meta.dirname, '..', '..');

/** Folders whose code must run anywhere (unit tests, the background, a worker): no browser APIs, no UI. */
const PURE = ['utils/translation', 'utils/text', 'utils/guidance', 'utils/sites', 'utils/schemas', 'utils/image-text'];
/**
 * Adapters inside those folders that are browser-bound by design: IndexedDB, the on-device Translator API,
 * and the comment box's reading and writing (it types into the page's contenteditable as a user would).
 */
const PURE_EXCEPTIONS = ['utils/translation/idb-store.ts', 'utils/translation/on-device.ts', 'utils/sites/xiaohongshu/composer.ts'];
/**
 * The code that runs in RedNote's pages (the content script, the on-demand features and what they
 * mount). It never touches provider keys: they live in the extension origin's IndexedDB, which a
 * content script cannot open anyway (tests/browser/hardening-privacy.test.ts checks that from the
 * content script's own world); this rule keeps the page's code from even importing the key store.
 */
const IN_PAGE = ['entrypoints/content', 'entrypoints/on-demand', 'components/page', 'utils/page', 'utils/dom'];

export default tseslint.config(
  {
    ignores: ['.output/**', '.wxt/**', 'node_modules/**', 'tools/lint/node_modules/**', 'tests/artifacts/**', 'tests/.cache/**', 'public/**', 'tests/fixtures/*.js', 'stats.html', '**/*.mjs'],
  },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked.map((config) => ({ ...config, files: ['**/*.ts', '**/*.tsx'] })),
  {
    files: ['**/*.ts', '**/*.tsx'],
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: ROOT },
    },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
      '@typescript-eslint/no-unsafe-assignment': 'error',
      '@typescript-eslint/no-unsafe-call': 'error',
      '@typescript-eslint/no-unsafe-member-access': 'error',
      '@typescript-eslint/no-unsafe-return': 'error',
      '@typescript-eslint/no-unsafe-argument': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      // Off, on purpose: message handlers and test doubles are typed to return promises (utils/messaging.ts),
      // and an async function without await is how such a handler answers at once.
      '@typescript-eslint/require-await': 'off',
      // Off, on purpose: our props and deps interfaces declare callbacks in method syntax, and what is passed
      // for them are closures; no class method that needs its `this` is handed around unbound.
      '@typescript-eslint/unbound-method': 'off',
      // Abort signals reject with what the platform gives (signal.reason, typed any); everything else rejects with an Error.
      '@typescript-eslint/prefer-promise-reject-errors': ['error', { allowThrowingAny: true, allowThrowingUnknown: true }],
    },
  },
  {
    // The bench's script that runs inside a page: browser globals.
    files: ['tests/bench/page-driver.js'],
    languageOptions: {
      globals: Object.fromEntries(['document', 'window', 'performance', 'requestAnimationFrame', 'setTimeout', 'MutationObserver', 'PerformanceObserver'].map((name) => [name, 'readonly'])),
    },
  },
  {
    files: IN_PAGE.flatMap((dir) => [`${dir}/**/*.ts`, `${dir}/**/*.tsx`]),
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/storage/secrets', '@/utils/storage/secrets', '**/useKeysPresent', '@/components/useKeysPresent'],
              message: 'Code in the page never touches provider keys: ask the background (utils/messaging.ts) for what it needs.',
            },
          ],
        },
      ],
    },
  },
  {
    files: PURE.flatMap((dir) => [`${dir}/**/*.ts`, `${dir}/**/*.tsx`]),
    ignores: PURE_EXCEPTIONS,
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            { name: 'wxt/browser', message: 'Pure core: no browser APIs. Take what you need as a parameter.' },
            { name: 'webextension-polyfill', message: 'Pure core: no browser APIs.' },
            { name: '@/utils/browser', message: 'Pure core: no browser APIs.' },
          ],
          patterns: [
            { group: ['**/utils/browser', '**/utils/storage/*', '@/utils/storage/*', '**/utils/dom/*', '@/utils/dom/*'], message: 'Pure core: no browser APIs, storage or DOM modules.' },
            { group: ['**/components/**', '@/components/**', '**/entrypoints/**', '@/entrypoints/**'], message: 'Pure core: no UI and no entrypoint code.' },
          ],
        },
      ],
      'no-restricted-globals': [
        'error',
        ...['browser', 'chrome', 'document', 'window', 'localStorage', 'sessionStorage', 'indexedDB', 'navigator', 'location'].map((name) => ({ name, message: 'Pure core: no browser APIs.' })),
      ],
    },
  },
);
