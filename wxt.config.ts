import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { MANIFEST_COMMANDS } from './utils/commands';
import { SITE_MATCHES } from './utils/sites/hosts';
import { IMAGE_HOST_MATCHES, imageTextFiles } from './utils/image-reader/build-files';

const GECKO_ID = 'red-thread@redthread.dev';

export default defineConfig({
  hooks: {
    // The guidance data (glossary, site labels, tips) ships as one JSON file, not as script:
    // the background loads it when first needed, and the content script stays small.
    'build:publicAssets': async (_wxt, files) => {
      const { GLOSSARY, SITE_LABELS, TIPS } = await import('./utils/guidance/index');
      files.push({ relativeDest: 'guidance/data.json', contents: JSON.stringify({ glossary: GLOSSARY, labels: SITE_LABELS, tips: TIPS }) });
      // Image text: the recognition models, their dictionary and licence, and onnxruntime's
      // WebAssembly, copied from node_modules at build time (not kept in git); see utils/image-reader.
      files.push(...imageTextFiles());
    },
    // Scripts that run in RedNote's pages (the content script and the on-demand features) use the
    // browser's own promise-based API instead of webextension-polyfill: every page load evaluates
    // them, and what they call (runtime messaging and ports, storage, i18n) returns promises
    // natively in both browsers' Manifest V3. The background and the extension's pages keep the polyfill.
    'vite:build:extendConfig': (entrypoints, config) => {
      if (!entrypoints.every((e) => e.type === 'content-script' || e.name === 'on-demand')) return;
      const native = '@wxt-dev/browser';
      const alias = config.resolve?.alias;
      if (Array.isArray(alias)) {
        for (const entry of alias) if (entry.find === 'wxt/browser') entry.replacement = native;
      } else if (alias) {
        (alias as Record<string, string>)['wxt/browser'] = native;
      }
    },
  },
  modules: ['@wxt-dev/webextension-polyfill'],
  // Both browsers get Manifest V3 (Firefox runs the background as an event page).
  manifestVersion: 3,
  vite: () => ({
    plugins: [preact()],
  }),
  zip: {
    artifactTemplate: '{{name}}-{{version}}-{{browser}}-mv{{manifestVersion}}.zip',
    sourcesTemplate: '{{name}}-{{version}}-sources.zip',
  },
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    short_name: 'Red Thread',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    icons: { 16: 'icon/16.png', 32: 'icon/32.png', 48: 'icon/48.png', 96: 'icon/96.png', 128: 'icon/128.png' },
    action: {
      default_title: '__MSG_extName__',
      default_icon: { 16: 'icon/16.png', 32: 'icon/32.png', 48: 'icon/48.png' },
    },
    // storage: settings and keys. The context menu's permission has a different name in each
    // browser ("menus" in Firefox, "contextMenus" in Chrome); the same entry appears in both.
    // scripting: the on-demand features (composer, selection box) are injected into a RedNote tab when first used.
    permissions: ['storage', 'scripting', browser === 'firefox' ? 'menus' : 'contextMenus', ...(browser === 'firefox' ? [] : ['offscreen'])],
    // Image text runs WebAssembly (onnxruntime) in the extension's own documents; MV3's default CSP forbids it.
    content_security_policy: { extension_pages: "script-src 'self' 'wasm-unsafe-eval'; object-src 'self'" },
    commands: MANIFEST_COMMANDS,
    // The two RedNote sites (where the content script already runs): scripting.executeScript needs
    // them to load the on-demand features into a RedNote tab; Chrome grants no injection from the
    // content script's matches alone. Then the providers Red Thread can call from the background.
    // Custom servers (LibreTranslate, a local or hosted OpenAI-compatible server) are asked for at
    // runtime, when the user sets one.
    host_permissions: [
      ...SITE_MATCHES,
      'https://edge.microsoft.com/*',
      'https://translate-pa.googleapis.com/*',
      'https://translate.googleapis.com/*',
      'https://api-free.deepl.com/*',
      'https://api.deepl.com/*',
      'https://api.openai.com/*',
      // RedNote's image hosts: image text fetches a note's images to read them on this computer.
      ...IMAGE_HOST_MATCHES,
    ],
    optional_host_permissions: ['https://*/*', 'http://*/*'],
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: GECKO_ID,
              strict_min_version: '140.0',
              data_collection_permissions: { required: ['none'] },
            },
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : { minimum_chrome_version: '120' }),
  }),
});
