#!/usr/bin/env node
/**
 * Builds the Chrome extension for the benchmark into a folder of its own, without touching
 * wxt.config.ts or the regular `.output/chrome-mv3`:
 *
 *   node tests/bench/build.mjs <outDir>
 *
 * WXT 0.21 has no --outDir flag, so this calls its programmatic `build()` with an inline config
 * (merged over wxt.config.ts). Source maps are emitted "hidden" (a separate .map file, no comment
 * in the code), so the shipped files are byte-for-byte what `npm run build` makes, and the bench
 * can name the content script's functions in its CPU profile.
 *
 * The baseline variant is the same command with WXT_BENCH_BASELINE=true in the environment
 * (entrypoints/background/translation.ts then turns batching and caching off).
 */
import { build } from 'wxt';

const outDir = process.argv[2];
if (!outDir) {
  console.error('usage: node tests/bench/build.mjs <outDir>');
  process.exit(2);
}

await build({
  browser: 'chrome',
  outDir,
  vite: () => ({ build: { sourcemap: 'hidden' } }),
});
